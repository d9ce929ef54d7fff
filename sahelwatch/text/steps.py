"""Pipeline steps of the text layer: decode, extract the article, check it, identify its language."""

from __future__ import annotations

import re
from dataclasses import replace

from sahelwatch.errors import DocumentRejected
from sahelwatch.model import Document
from sahelwatch.pipeline import Context, step
from sahelwatch.text.article import extract_article as _extract_article
from sahelwatch.text.decode import clean_text, declared_charset, decode_bytes
from sahelwatch.text.langid import identify_language as _identify_language

_LETTER = re.compile(r"[^\W\d_]")


@step("decode", reads=("raw", "media_type"), writes=("html", "text"))
def decode(doc: Document, ctx: Context) -> Document:
    """Decode raw bytes to text (HTML or plain), detecting the charset."""
    if doc.raw is None:
        return doc
    if doc.media_type == "text/html":
        html, _ = decode_bytes(doc.raw, declared_charset(doc.raw))
        return replace(doc, raw=None, html=html)
    text, _ = decode_bytes(doc.raw)
    return replace(doc, raw=None, text=clean_text(text))


@step("extract_article", reads=("html",), writes=("text", "title", "author", "site", "published_at"))
def extract_article(doc: Document, ctx: Context) -> Document:
    """Turn an HTML page into its article text and metadata, leaving reader comments out."""
    if doc.html is None:
        return doc
    article = _extract_article(doc.html, doc.url, ctx.config.min_text_chars)
    return replace(doc, html=None, text=article.text, title=doc.title or article.title,
                   author=article.author, site=article.site,
                   published_at=doc.published_at or article.published_at)


@step("check_text", reads=("text",), writes=())
def check_text(doc: Document, ctx: Context) -> Document:
    """Refuse documents with no usable text."""
    if len(doc.text.strip()) < ctx.config.min_text_chars or not _LETTER.search(doc.text):
        raise DocumentRejected("empty", f"the text has {len(doc.text.strip())} characters, "
                                        f"fewer than min_text_chars={ctx.config.min_text_chars}")
    return doc


@step("identify_language", reads=("text", "lang_hint"), writes=("lang", "lang_confidence"))
def identify_language(doc: Document, ctx: Context) -> Document:
    """Identify Arabic, French or English with a confidence; anything else is recorded as found."""
    guess = _identify_language(doc.text, ctx.config.language_min_confidence)
    return replace(doc, lang=guess.lang, lang_confidence=guess.confidence)
