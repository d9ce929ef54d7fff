"""The annotated corpus: documents with their gold coding, read from JSON Lines files."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sahelwatch.errors import SahelWatchError


class CorpusError(SahelWatchError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    lang: str
    text: str
    published: date | None
    kind: str
    events: tuple[dict[str, Any], ...]
    path: str
    title: str | None = None   # the headline, when the document gives it apart from the text


def corpus_files(paths: Iterable[Path]) -> list[Path]:
    """The .jsonl files named or found (recursively) under ``paths``, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.rglob("*.jsonl")))
        elif path.is_file():
            files.append(path)
        else:
            raise CorpusError(path, "no such file or folder")
    return sorted(set(files))


def load_corpus(paths: Iterable[Path]) -> list[GoldDocument]:
    documents = []
    for path in corpus_files(paths):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                gold = record["gold"]
                published = record.get("published_at")
                documents.append(GoldDocument(
                    record["id"], record["lang"], record["text"],
                    datetime.fromisoformat(published).date() if published else None,
                    gold["kind"], tuple(gold["events"]), str(path), record.get("title")))
            except (ValueError, KeyError, TypeError) as exc:
                raise CorpusError(path, f"line {number}: {exc!r}") from None
    return documents


def fingerprint(paths: Iterable[Path]) -> str:
    """SHA-256 over the corpus files' names and bytes: changes whenever the corpus does."""
    digest = hashlib.sha256()
    for path in corpus_files(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
