"""HTML page to article text and metadata, with trafilatura, reader comments left out.

trafilatura drops the comment sections it recognises; themes it does not know still leak
comments into the text. Those are cut at the first line that is a comment-section marker in
Arabic, French or English ("اترك تعليقاً", "Laisser un commentaire", "Leave a comment", ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import trafilatura

from sahelwatch.errors import DocumentRejected
from sahelwatch.text.normalise import fold

COMMENT_MARKERS = (
    "اترك تعليقا", "اترك تعليق", "أضف تعليقا", "اضف تعليق", "التعليقات", "تعليقات القراء", "اكتب تعليقك",
    "laisser un commentaire", "laissez un commentaire", "ajouter un commentaire", "commentaires",
    "réagissez", "vos commentaires",
    "leave a comment", "leave a reply", "post a comment", "add a comment", "comments", "reader comments",
)
_MARKER_LINE = re.compile(
    r"^\s*(?:\d+\s+)?(?:" + "|".join(re.escape(fold(m)) for m in COMMENT_MARKERS) + r")\s*[:(\d)]*\s*$")


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str | None
    author: str | None
    site: str | None
    published_at: datetime | None


def cut_comments(text: str) -> str:
    """Drop everything from the first comment-section marker line on, if it is not at the top."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index > 0 and len(line) < 60 and _MARKER_LINE.match(fold(line)):
            return "\n".join(lines[:index]).rstrip()
    return text


def extract_article(html: str, url: str | None = None, min_chars: int = 40) -> Article:
    """The article of an HTML page, or DocumentRejected('no_article') if it has none of ``min_chars``."""
    result = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True,
        favor_precision=True, deduplicate=False,
    )
    text = cut_comments((result.text or "").strip()) if result is not None else ""
    if len(text) < min_chars:
        raise DocumentRejected("no_article", f"no article text found in the HTML page ({len(text)} characters)")
    return Article(text, result.title or None, result.author or None, result.sitename or None,
                   _parse_date(result.date))


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
