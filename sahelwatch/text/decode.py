"""Bytes to text: charset from the byte-order mark, the HTML declaration, or detection.

UTF-8 is tried first because a strict UTF-8 decode that succeeds on non-ASCII bytes is
almost never wrong, whatever a page declares (mislabelled pages usually declare a legacy
charset and send UTF-8). Otherwise the declared charset, then charset-normalizer's guess.
Binary input and text that decodes to noise are refused with a reason.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from sahelwatch.errors import DocumentRejected

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = {chr(c) for c in range(32)} - {"\n", "\r", "\t", "\f"}


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, if any and if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB mean this is not text."""
    head = data[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return the text and the charset used, or raise DocumentRejected."""
    if not data.strip():
        raise DocumentRejected("empty", "the input has no content")
    for bom, charset in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(charset, errors="replace"), charset)
    if looks_binary(data):
        raise DocumentRejected("binary", "the input is binary, not text")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return _checked(data.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.3:
        raise DocumentRejected("encoding", f"cannot determine the character encoding (declared: {declared or 'none'})")
    return _checked(data.decode(best.encoding, errors="replace"), best.encoding)


def clean_text(text: str) -> str:
    """Text as the rest of the pipeline sees it: no NUL characters, Unix line ends, no outer blanks."""
    return text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n").strip()


def _checked(text: str, charset: str) -> tuple[str, str]:
    sample = text[:20_000]
    bad = sum(1 for c in sample if c == "\ufffd" or c in _CONTROL)
    if sample and bad / len(sample) > 0.02:
        raise DocumentRejected("encoding", f"text decoded as {charset} is mostly invalid characters")
    return text, charset
