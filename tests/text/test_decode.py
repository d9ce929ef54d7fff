import codecs

import pytest

from sahelwatch.errors import DocumentRejected
from sahelwatch.text.decode import declared_charset, decode_bytes

ARABIC = "قُتل ثلاثة وعشرون جندياً في هجوم على معسكر بولكيسي وسط مالي"
FRENCH = "Une attaque a visé le camp de Boulkessi, au centre du Mali, faisant vingt-trois morts."


def test_utf8_and_bom():
    assert decode_bytes(ARABIC.encode("utf-8"))[0] == ARABIC
    assert decode_bytes(codecs.BOM_UTF8 + FRENCH.encode("utf-8"))[0] == FRENCH
    assert decode_bytes(FRENCH.encode("utf-16"))[0] == FRENCH


def test_declared_legacy_charsets():
    page = f'<html><head><meta charset="windows-1256"></head><body>{ARABIC}</body></html>'.encode("cp1256")
    assert declared_charset(page) == "cp1256"
    text, charset = decode_bytes(page, declared_charset(page))
    assert ARABIC in text and charset == "cp1256"


def test_mislabelled_page_is_read_as_what_it_is():
    page = f'<meta charset="iso-8859-1"><p>{ARABIC}</p>'.encode("utf-8")
    text, charset = decode_bytes(page, declared_charset(page))
    assert ARABIC in text and charset == "utf-8"


def test_undeclared_latin1_is_detected():
    text, _ = decode_bytes((FRENCH * 3).encode("latin-1"))
    assert "Boulkessi" in text and "visé" in text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b"  \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
])
def test_unusable_input_is_rejected_with_a_reason(data, reason):
    with pytest.raises(DocumentRejected) as info:
        decode_bytes(data)
    assert info.value.reason == reason
