"""Match keys of names (folded spellings) and the inflected forms of demonyms."""

from __future__ import annotations

import re

from sahelwatch.text.normalise import fold

_MIN_LATIN, _MIN_ARABIC = 3, 3


def match_keys(names: list[str], names_ar: list[str], admin2: bool = False) -> list[str]:
    """Folded keys of ``names`` and ``names_ar``: hyphen and apostrophe variants included."""
    keys: list[str] = []
    for name in [*names, *names_ar]:
        key = " ".join(fold(name).split())
        if len(key) < (_MIN_ARABIC if _arabic(key) else _MIN_LATIN):
            continue
        keys.append(key)
        if "-" in key:
            key = " ".join(key.replace("-", " ").split())
            keys.append(key)
        if not _arabic(key):
            keys += _article_variants(key)
    return sorted(dict.fromkeys(keys))


_ARTICLE = re.compile(r"(?:(?<=^)|(?<= ))(?:al|el) (?=\w)")
_MOTHER = re.compile(r"^(?:umm|oum) ")


def _article_variants(key: str) -> list[str]:
    """Latin spellings of an Arabic name's article and of "Umm": "umm al aranib" is also written
    "oum al-aranib", "umm el-aranib" ...; "al qatrun" "al-qatrun", "el-qatrun"."""
    forms = {key}
    if _MOTHER.match(key):
        forms |= {_MOTHER.sub(head, key) for head in ("umm ", "oum ")}
    for article in ("al ", "el ", "al-", "el-"):
        forms |= {_ARTICLE.sub(article, form) for form in forms}
    forms.discard(key)
    return sorted(forms)


def _arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def demonym_forms(entry: dict) -> tuple[list[str], list[str]]:
    """Latin (English and French) and Arabic forms of a country's demonyms."""
    latin: list[str] = []
    for word in entry.get("demonyms_en", []):
        latin += [word] if word.endswith(("ese", "ch", "sh")) else [word, word + "s"]
    for word in entry.get("demonyms_fr", []):
        latin += french_forms(word)
    arabic: list[str] = []
    for word in entry.get("demonyms_ar", []):
        arabic += [word, word + "ة", word + "ين", word + "ون"]
    return list(dict.fromkeys(latin)), list(dict.fromkeys(arabic))


def french_forms(word: str) -> list[str]:
    """Masculine, feminine and plural forms of a French nationality adjective."""
    if word.endswith(("ien", "éen")):
        return [word, word + "ne", word + "s", word + "nes"]
    if word.endswith(("ais", "ois")):
        return [word, word + "e", word + "es"]
    if word.endswith(("ain", "an")):
        return [word, word + "e", word + "s", word + "es"]
    if word.endswith("e"):
        return [word, word + "s"]
    return [word, word + "s", word + "e", word + "es"]
