"""The gazetteer file: gzip-compressed TSV, one place (or demonym) a line, sorted.

Columns: kind, id, name, country, admin1_code, admin2, latitude, longitude, population,
flags (``c`` curated, ``o`` OpenStreetMap), name_fr, name_ar, names (Latin, ``|``),
names_ar (``|``), keys (folded match keys, ``|``). Written byte-for-byte reproducibly
(gzip header without time or file name).
"""

from __future__ import annotations

import gzip
import hashlib
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

COLUMNS = ("kind", "id", "name", "country", "admin1_code", "admin2", "latitude", "longitude",
           "population", "flags", "name_fr", "name_ar", "names", "names_ar", "keys")
HEADER = "#" + "\t".join(COLUMNS)


def _clean(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, (list, tuple)):
        return "|".join(_clean(v) for v in value)
    return str(value).replace("\t", " ").replace("\n", " ").replace("|", "/")


def write_rows(path: Path, rows: Iterable[tuple], comment: str = "") -> str:
    """Write rows sorted, return the SHA-256 of the uncompressed content."""
    lines = sorted("\t".join(_clean(v) for v in row) for row in rows)
    head = [f"# {line}" for line in comment.splitlines()] + [HEADER]
    content = ("\n".join(head + lines) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as handle:
        handle.write(content)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return hashlib.sha256(content).hexdigest()


def read_rows(path: Path) -> Iterator[list[str]]:
    """The rows of a gazetteer file as lists of strings (comment lines skipped)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def content_fingerprint(path: Path) -> str:
    """SHA-256 of the uncompressed content of a gazetteer file."""
    with gzip.open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def read_lines(path: Path) -> list[str]:
    """The data lines of a gazetteer file, unsplit (comment lines skipped)."""
    with gzip.open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    return [line for line in text.split("\n") if line and not line.startswith("#")]
