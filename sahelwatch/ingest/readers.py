"""Readers: turn files, folders, globs and JSON Lines streams into documents for the pipeline.

Formats: ``.txt`` (plain text; the first line is usually the headline), ``.html``/``.htm``
and ``.jsonl`` (one object per line: ``id``, ``url``, ``title``, ``published_at``, ``text``
or ``html``, optional ``lang`` and ``source``). A reader never fails a run: an input it
cannot read becomes a rejected document with its reason (``too_large``, ``malformed_jsonl``,
``unreadable``, ``unsupported_format``).
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from sahelwatch.ingest.urls import canonical_url, document_id
from sahelwatch.model import Document
from sahelwatch.text.decode import clean_text

MEDIA_TYPES = {".txt": "text/plain", ".text": "text/plain", ".html": "text/html", ".htm": "text/html"}
FORMATS = (*MEDIA_TYPES, ".jsonl")


def expand_paths(paths: Iterable[str]) -> Iterator[Path]:
    """Files named directly, found in folders (recursively) or matched by glob patterns, each once."""
    seen: set[Path] = set()
    for item in paths:
        matches = sorted(glob.glob(item, recursive=True)) if glob.has_magic(item) else [item]
        for match in matches:
            path = Path(match)
            candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
            for candidate in candidates:
                resolved = candidate.resolve()
                if resolved not in seen:
                    seen.add(resolved)
                    yield resolved


def _ignored(path: Path) -> bool:
    """Hidden files and a folder's README or SOURCE notes are not documents."""
    return path.suffix.lower() not in FORMATS and (
        path.name.startswith(".") or path.name.lower() in ("readme.md", "source.md"))


def read_paths(paths: Iterable[str], max_bytes: int) -> Iterator[Document]:
    """Documents from every file under ``paths``; files of unknown formats are skipped in folders."""
    for path in expand_paths(paths):
        suffix = path.suffix.lower()
        if suffix not in FORMATS:
            if _ignored(path):
                continue
            yield _rejected_file(path, "unsupported_format",
                                 f"unsupported file type {suffix or '(none)'}; known: {', '.join(FORMATS)}")
            continue
        yield from read_file(path, max_bytes)


def read_file(path: Path, max_bytes: int) -> Iterator[Document]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield _rejected_file(path, "unreadable", exc.strerror or str(exc))
        return
    if size > max_bytes:
        yield _rejected_file(path, "too_large", f"{size} bytes, over max_document_bytes={max_bytes}", size)
        return
    if path.suffix.lower() == ".jsonl":
        with open(path, "rb") as handle:
            yield from read_jsonl(handle, str(path), max_bytes)
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield _rejected_file(path, "unreadable", exc.strerror or str(exc))
        return
    origin = str(path)
    yield Document(id=document_id(origin), origin=origin, media_type=MEDIA_TYPES[path.suffix.lower()],
                   raw=raw, size_bytes=size)


def read_jsonl(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Document]:
    """One document per line of a JSON Lines stream; a bad line becomes a rejected document."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        origin = f"{name}#{number}"
        if len(line) > max_bytes:
            yield Document(id=document_id(origin), origin=origin, size_bytes=len(line)).rejected(
                "too_large", f"line of {len(line)} bytes, over max_document_bytes={max_bytes}")
            continue
        try:
            record = json.loads(line)
            yield document_from_record(record, origin, len(line))
        except (ValueError, TypeError) as exc:
            yield Document(id=document_id(origin), origin=origin, size_bytes=len(line)).rejected(
                "malformed_jsonl", f"line {number}: {str(exc)[:200]}")


def read_stdin(max_bytes: int) -> Iterator[Document]:
    return read_jsonl(sys.stdin.buffer, "stdin", max_bytes)


def document_from_record(record: Any, origin: str, size: int) -> Document:
    """A document from one JSONL object; raises ValueError/TypeError when the object is unusable."""
    if not isinstance(record, dict):
        raise TypeError(f"expected a JSON object, got {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise ValueError("the object has neither a 'text' nor an 'html' string")
    url = _string(record, "url")
    external_id = _string(record, "id")
    source = _string(record, "source")
    canonical = canonical_url(url)
    ident = document_id(canonical or "", f"{source or name_of(origin)}:{external_id}" if external_id else "", origin)
    return Document(
        id=ident, origin=origin, external_id=external_id, url=url, canonical_url=canonical,
        title=clean_text(_string(record, "title") or "") or None, site=source, published_at=parse_datetime(record.get("published_at")),
        media_type="text/html" if isinstance(html, str) and not isinstance(text, str) else "text/plain",
        html=html if not isinstance(text, str) else None, text=clean_text(text) if isinstance(text, str) else "",
        lang_hint=_string(record, "lang"), size_bytes=size,
    )


def name_of(origin: str) -> str:
    return origin.rsplit("#", 1)[0]


def parse_datetime(value: Any) -> datetime | None:
    """An ISO 8601 date or date-time (naive ones are taken as UTC); anything else is None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _string(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int)):
        raise TypeError(f"field {key!r} must be a string")
    return str(value).strip() or None


def _rejected_file(path: Path, reason: str, detail: str, size: int = 0) -> Document:
    origin = str(path)
    return Document(id=document_id(origin), origin=origin, size_bytes=size).rejected(reason, detail)


def count_inputs(paths: Iterable[str]) -> int:
    """How many documents ``read_paths`` will yield (JSONL lines counted), for a progress bar."""
    total = 0
    for path in expand_paths(paths):
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            try:
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        elif not _ignored(path):
            total += 1
    return total
