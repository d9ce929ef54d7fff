"""Numbers in news text: counts in digits or words, their qualifiers, and what they measure.

``find_numbers(norm, lang)`` returns every number mention of the folded text, in text order,
each with its span in the original text. Language data comes from
``sahelwatch/lang/<lang>/numbers.toml`` (and the month names of ``dates.toml``).

What is read:

- digits with the language's separators: ``1,200`` (en), ``1 200`` and ``1.200`` (fr, where
  ``1,5`` is a decimal), ``1.200`` and ``1,200`` (ar, a separator followed by exactly three
  digits groups thousands); Arabic-Indic digits arrive folded to ASCII; a multiplier word may
  follow (``1,5 million``, ``3 آلاف``);
- number words and their compounds: ``thirty-five``, ``a hundred and twelve``,
  ``quatre-vingt-quinze``, ``soixante et onze``, ``ثلاثة وعشرون``, ``ثلاثة عشر``, ``مئة وعشرون``;
- nouns that count by themselves: Arabic duals (``جنديين`` = 2) and singular persons
  (``قُتل جندي``, ``a soldier was killed`` = 1; words that are also adjectives only as the object
  of a killing, ``القضاء على إرهابي``), unless a number next to them already counts them
  (``15 جنديا``); a number after them that only repeats them is read with them (``جنديين اثنين``,
  ``جندي واحد``: one mention of the noun);
- ACLED quantities: vague words are coded (several/plusieurs/عدة = 3, dozens/des dizaines/
  عشرات = 12, hundreds/des centaines/مئات = 100) and flagged ``vague``; approximate phrases
  (a dozen = 12, une dizaine = 10, une centaine = 100) carry the qualifier ``about``;
- qualifiers before the number (at least, plus de, ما لا يقل عن, nearly, près de, نحو,
  up to, jusqu'à, ما يصل إلى) or just after it, within a word or two (``12 morts au moins``,
  ``12 جنديا على الأقل``): ``at_least``, ``about`` or ``up_to``.

What is not a count — the mention is returned with a ``unit`` and counters must skip it
(``is_count`` is False):

- ``year``: four digits 1900-2100 without separator and without qualifier;
- ``date``: a day number next to a month name (``14 mars``, ``14 من مارس``, en ``March 14``),
  or a numeric date ``14/03/2026``; ``time``: ``14h30``, ``10:30``, ``10 am``, ``الساعة 10``;
- ``age`` (aged 25, âgé de 25, البالغ من العمر 25, 25-year-old), ``percent``, ``distance``
  (à 30 km), ``money``, ``weight``, ``duration`` (3 jours, 25 ans, يومين), ``ordinal``
  (1er, 3rd), ``decimal`` (2,5 without a multiplier), ``times`` (مرتين).

Spans cover the number itself (the digits, words or vague phrase), not its qualifier.
French ``un``/``une`` are also the indefinite article: they are reported as 1 and the caller
decides from the words around them. Ranges (``10 à 15``) give two mentions.

No exception of its own: an unknown language raises ``sahelwatch.lang.UnknownLanguage``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sahelwatch.lang import load
from sahelwatch.text.normalise import NormText, fold

QUALIFIERS = ("at_least", "about", "up_to")
UNITS = ("year", "date", "time", "age", "percent", "distance", "money", "weight", "duration",
         "ordinal", "decimal", "times")


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in a text: original span, value, qualifier, vagueness and unit (None = a count)."""

    start: int
    end: int
    value: int
    qualifier: str | None = None
    vague: bool = False
    unit: str | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        if self.qualifier not in (None, *QUALIFIERS):
            raise ValueError(f"unknown qualifier {self.qualifier!r}; known: {', '.join(QUALIFIERS)}")
        if self.unit not in (None, *UNITS):
            raise ValueError(f"unknown unit {self.unit!r}; known: {', '.join(UNITS)}")
        if self.value < 0:
            raise ValueError(f"negative value {self.value}")
        if self.qualifier or self.vague:
            object.__setattr__(self, "approximate", True)

    @property
    def is_count(self) -> bool:
        """True when the number counts things (people, attacks), not a year, price or distance."""
        return self.unit is None


def key(phrase: str) -> str:
    """The lookup key of a phrase: folded, hyphens and runs of spaces made one space."""
    return " ".join(fold(phrase).replace("-", " ").split())


def phrase_pattern(phrase: str) -> str:
    """A regex for a phrase in folded text: a space or hyphen inside it matches either."""
    parts = [re.escape(part) for part in key(phrase).split(" ")]
    body = r"[\s-]+".join(parts)
    if phrase.startswith("-"):
        body = "-?" + body
    return body


def alternation(phrases) -> str:
    """A non-capturing alternation of phrases, longest first (so the longest wins)."""
    unique = {key(p): p for p in phrases if key(p)}
    ordered = sorted(unique.values(), key=lambda p: -len(key(p)))
    return "(?:" + "|".join(phrase_pattern(p) for p in ordered) + ")" if ordered else "(?!x)x"


def word_start(lang: str) -> str:
    """Start-of-word lookbehind; Arabic words may carry a proclitic (و ف ب ل; not ك, whose "كميات", quantities,
    would read مئات, hundreds, once folded)."""
    if lang == "ar":
        return r"(?:(?<!\w)|(?<=(?<!\w)[وفبل])|(?<=(?<!\w)[وف][بل]))"
    return r"(?<!\w)"


_NOT_BETWEEN = "(?:et|and|or|ou|dont|including|but|mais|while|alors)"
_DIGIT_START = r"(?:(?<![0-9a-z_])|(?<=[^0-9a-z_]n))(?<![a-z]-)(?<!\d[.,])"  # "N30 million", the naira written before


class _Grammar:
    """The compiled number grammar of one language."""

    def __init__(self, lang: str) -> None:
        data = load(lang, "numbers")
        self.lang = lang
        self.words = {key(w): v for w, v in data["words"].items()}
        self.multipliers = {key(w): v for w, v in data["multipliers"].items()}
        self.articles = {key(w) for w in data["articles"]["words"]}
        self.connectors = {key(w) for w in data["connectors"]["words"]}
        self.prefixes = tuple(fold(p) for p in data["connectors"]["prefix"])
        self.phrases = {key(p): (v, "about", False) for p, v in data["approximate"].items()}
        self.phrases.update({key(p): (v, None, True) for p, v in data["vague"].items()})
        self.nouns = {key(w): (2, u or None) for w, u in data["dual"].items()}
        self.nouns.update({key(w): (1, None) for w in data["singular"]["words"]})
        self.object_nouns = {key(w) for w in data["singular"]["object_words"]}
        self.nouns.update({w: (1, None) for w in self.object_nouns})
        self.rules = data["grammar"]
        self.units_after = {key(w): u for u, ws in data["units_after"].items() for w in ws}
        self._compile(data)

    def _compile(self, data: dict) -> None:
        start = word_start(self.lang)
        tokens = alternation([*self.words, *self.multipliers])
        self.token_pattern = self._sequence(tokens)
        self.token_re = re.compile(
            rf"{start}(?:(?P<t>{tokens}|{alternation(self.articles)})|(?P<c>{alternation(self.connectors)}))(?!\w)"
        )
        mults = alternation(self.multipliers)
        digits = self._digits()
        self.main_re = re.compile(
            rf"{_DIGIT_START}(?:(?P<numdate>\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}(?!\d))"
            rf"|(?P<clock>\d{{1,2}}\s?[:h]\s?[0-5]\d(?!\d))"
            rf"|(?P<digits>{digits})(?P<sfx>[^\W\d_]+|[%٪])?(?!\w)"
            rf"(?:\s+(?P<dmult>{mults})(?!\w))?)"
            rf"|{start}(?:(?P<phrase>{alternation(self.phrases)})|(?P<words>{self.token_pattern})"
            rf"|(?P<noun>{alternation(self.nouns)}))(?!\w)"
        )
        self._compile_context(data, start, tokens)

    def _sequence(self, tokens: str) -> str:
        connectors = alternation(self.connectors)
        prefix = alternation(self.prefixes) + "?" if self.prefixes else ""
        sep = rf"(?:\s*-\s*|\s+(?:{connectors}\s+|{prefix}))"
        article = rf"(?:{alternation(self.articles)}\s+(?={alternation(self.multipliers)}(?!\w)))?"
        return rf"{article}{tokens}(?!\w)(?:{sep}{tokens}(?!\w))*"

    def _digits(self) -> str:
        fmt = self.lang_format()
        thousands = "|".join(re.escape(s) for s in fmt["thousands"])
        decimal = "|".join(re.escape(s) for s in fmt["decimal"])
        grouped = rf"\d{{1,3}}(?:(?:{thousands})\d{{3}}(?!\d))+"
        return rf"(?:{grouped}|\d+)(?:(?:{decimal})\d+)?"

    def lang_format(self) -> dict:
        return load(self.lang, "numbers")["format"]

    def _compile_context(self, data: dict, start: str, tokens: str) -> None:
        before = [(q, w) for q, ws in data["qualifiers_before"].items() for w in ws]
        self.qual_before = {key(w): q for q, w in before}
        self.qual_before_re = re.compile(rf"{start}(?P<q>{alternation(self.qual_before)})\s*\Z")
        self.qual_after = {key(w): q for q, ws in data["qualifiers_after"].items() for w in ws}
        window = int(data["window"]["after_words"])
        word = rf"(?!{_NOT_BETWEEN}(?!\w))[^\W\d_]+"
        self.qual_after_re = re.compile(
            rf"[\s,]*(?:{word}\s+){{0,{window}}}?(?P<q>{alternation(self.qual_after)})(?!\w)"
        )
        fillers = alternation(data["fillers"]["words"])
        self.unit_after_re = re.compile(
            rf"\s*-?\s*(?:{fillers}\s+)?(?P<u>{alternation(self.units_after)})(?!\w)"
        )
        self.units_before = {key(w): u for u, ws in data["units_before"].items() for w in ws}
        self.unit_before_re = re.compile(rf"(?<!\w)(?P<u>{alternation(self.units_before)})\s*\Z")
        months = _month_names(self.lang)
        self.month_after_re = re.compile(rf"\s*(?:(?:de|من|of)\s+)?{months}\.?(?!\w)")
        self.month_before_re = re.compile(rf"(?<!\w){months}\.?\s*\Z") if self.lang == "en" else None
        object_after = alternation(data["singular"]["object_after"])
        self.object_after_re = re.compile(rf"{start}{object_after}\s+\Z")
        self.counted_re = re.compile(rf"(?:\d|(?<!\w){tokens})\s*\Z")
        self.counted_after_re = re.compile(rf"\s*\(?(?:\d|{tokens}(?!\w))")  # "إرهابي (01)"


def _month_names(lang: str) -> str:
    names = []
    for series in load(lang, "dates")["months"].values():
        for item in series:
            names.extend([item] if isinstance(item, str) else item)
    return alternation(names)


@lru_cache(maxsize=None)
def grammar(lang: str) -> _Grammar:
    """The compiled grammar of a language (built once)."""
    return _Grammar(lang)


def find_numbers(norm: NormText, lang: str) -> list[NumberMention]:
    """Every number mention in ``norm`` (counts and, with a unit, other numbers), in text order."""
    g = grammar(lang)
    text = norm.text
    found: list[NumberMention] = []
    read_to = 0
    for match in g.main_re.finditer(text):
        if match.start() < read_to:
            continue  # the number that repeated a noun read with it
        for start, end, value, qualifier, vague, unit in _read_match(g, text, match):
            read_to = end
            qualifier = _qualifier(g, text, start, end) or qualifier
            if unit in (None, "decimal"):
                unit = _unit(g, text, start, end, value, qualifier) or unit
            elif unit == "ordinal" and _next_to_month(g, text, start, end, value):
                unit = "date"
            found.append(NumberMention(*norm.span(start, end), value, qualifier, vague, unit))
    return found


def _read_match(g: _Grammar, text: str, match: re.Match):
    start, end = match.span()
    if match.group("numdate"):
        yield start, end, int(re.match(r"\d+", match.group("numdate")).group()), None, False, "date"
    elif match.group("clock"):
        yield start, end, int(re.match(r"\d+", match.group("clock")).group()), None, False, "time"
    elif match.group("digits"):
        yield from _read_digits(g, match)
    elif match.group("phrase"):
        value, qualifier, vague = g.phrases[key(match.group("phrase"))]
        yield start, end, value, qualifier, vague, None
    elif match.group("words"):
        for s, e, value in parse_words(g, match.group("words")):
            yield start + s, start + e, value, None, False, None
    elif match.group("noun") and not g.counted_re.search(text, max(0, start - 40), start):
        if key(match.group("noun")) in g.object_nouns and not g.object_after_re.search(text, max(0, start - 40), start):
            return  # "هجوم إرهابي": an adjective, not a person
        value, unit = g.nouns[key(match.group("noun"))]
        after = g.counted_after_re.match(text, end)
        if after is None:
            yield start, end, value, None, False, unit
        elif g.words.get(key(text[after.start():after.end()].strip())) == value:
            yield start, after.end(), value, None, False, unit  # "جنديين اثنين": the number only repeats the noun


def _read_digits(g: _Grammar, match: re.Match):
    raw, suffix, mult = match.group("digits"), match.group("sfx"), match.group("dmult")
    number, is_decimal = _digits_value(g, raw)
    unit = None
    if suffix:
        unit = _suffix_unit(g, suffix)
        if unit is False:
            return
    if mult:
        number *= g.multipliers[key(mult)]
    elif is_decimal and unit is None:
        unit = "decimal"
    end = match.end("dmult") if mult else match.end("sfx") if suffix else match.end("digits")
    yield match.start(), end, int(number), None, False, unit


def _digits_value(g: _Grammar, raw: str) -> tuple[float, bool]:
    """The value of digits with separators; a last separator is decimal unless it groups 3 digits."""
    fmt = g.lang_format()
    separators = [i for i, c in enumerate(raw) if not c.isdigit()]
    integer, fraction = raw, ""
    if separators:
        at = separators[-1]
        sep, tail = raw[at], raw[at + 1:]
        if sep in fmt["decimal"] and (sep not in fmt["thousands"] or len(tail) != 3):
            integer, fraction = raw[:at], tail
    digits = "".join(c for c in integer if c.isdigit())
    value = float(f"{digits}.{fraction}") if fraction else float(digits)
    return value, bool(fraction)


def _suffix_unit(g: _Grammar, suffix: str) -> str | None | bool:
    """The unit of letters glued to digits (1er, 10km, 20h); False when they make no number."""
    unit = g.units_after.get(key(suffix))
    return unit if unit else False


def _qualifier(g: _Grammar, text: str, start: int, end: int) -> str | None:
    before = g.qual_before_re.search(text, max(0, start - 48), start)
    if before:
        return g.qual_before[key(before.group("q"))]
    after = g.qual_after_re.match(text, end, min(len(text), end + 60))
    if after:
        return g.qual_after[key(after.group("q"))]
    return None


def _unit(g: _Grammar, text: str, start: int, end: int, value: int, qualifier: str | None) -> str | None:
    before = g.unit_before_re.search(text, max(0, start - 40), start)
    if before:
        return g.units_before[key(before.group("u"))]
    after = g.unit_after_re.match(text, end, min(len(text), end + 40))
    if after:
        unit = g.units_after[key(after.group("u"))]
        if unit not in ("ordinal", "time"):
            return unit
    if _next_to_month(g, text, start, end, value):
        return "date"
    if qualifier is None and _is_year(text[start:end], value):
        return "year"
    return None


def _next_to_month(g: _Grammar, text: str, start: int, end: int, value: int) -> bool:
    """A day number before a month name (or, in English, after one)."""
    if value > 31:
        return False
    if g.month_after_re.match(text, end, min(len(text), end + 40)):
        return True
    return bool(g.month_before_re and g.month_before_re.search(text, max(0, start - 20), start))


def _is_year(raw: str, value: int) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100


def parse_words(g: _Grammar, phrase: str) -> list[tuple[int, int, int]]:
    """Split a run of number words into numbers: ``(start, end, value)`` offsets in ``phrase``."""
    numbers: list[tuple[int, int, int]] = []
    state = _WordState()
    for token in g.token_re.finditer(phrase):
        if token.group("c"):
            state.connected = True
            continue
        word = key(token.group("t"))
        joined = state.connected or _prefixed(g, phrase, token.start())
        if not state.take(g, word, joined, token.span()):
            numbers.extend(state.close())
            state = _WordState()
            state.take(g, word, False, token.span())
        state.connected = False
    numbers.extend(state.close())
    return numbers


def _prefixed(g: _Grammar, phrase: str, at: int) -> bool:
    return any(phrase[max(0, at - len(p)):at] == p for p in g.prefixes) and at > 0


class _WordState:
    """Running value of one number being read word by word."""

    def __init__(self) -> None:
        self.total = 0
        self.current = 0
        self.floor = float("inf")
        self.span: tuple[int, int] | None = None
        self.connected = False
        self.article = False

    def take(self, g: _Grammar, word: str, joined: bool, span: tuple[int, int]) -> bool:
        if word in g.articles:
            if self.span is not None:
                return False
            self.article = True
        elif word in g.multipliers:
            if not self._multiply(g.multipliers[word]):
                return False
        elif not self._add(g, g.words[word], joined):
            return False
        self.span = (self.span[0] if self.span else span[0], span[1])
        return True

    def _add(self, g: _Grammar, value: int, joined: bool) -> bool:
        if self.span is None or self.article:
            if self.article:
                return False
            self.current = value
            return True
        if _can_add(g.rules, self.current, value, joined):
            self.current += value
            return True
        return False

    def _multiply(self, factor: int) -> bool:
        if factor < 1000:
            if self.current % 100 != self.current or self.current >= factor:
                return False
            self.current = (self.current or 1) * factor
            self.article = False
            return True
        if factor >= self.floor:
            return False
        self.total += (self.current or 1) * factor
        self.current = 0
        self.floor = factor
        self.article = False
        return True

    def close(self) -> list[tuple[int, int, int]]:
        value = self.total + self.current
        if self.span is None or self.article or value == 0:
            return []
        return [(self.span[0], self.span[1], value)]


def _can_add(rules: dict, current: int, value: int, joined: bool) -> bool:
    """May ``value`` extend the number read so far (``current``, below the last thousand)?"""
    if value >= 100:
        return current % 1000 == 0 and value < 1000
    low = current % 100
    if current % 1000 >= 100 and low == 0:
        return True
    if current == 0:
        return True
    if low >= 20 and low % 10 == 0:
        return value < 10 or (10 <= value < 20 and low in rules["teens_after_tens"])
    if 1 <= low <= 9 and rules["units_before_tens"] and joined and value % 10 == 0 and 20 <= value <= 90:
        return True
    return 1 <= low <= 9 and rules["teens_by_ten"] and not joined and value == 10


def read_number(phrase: str, lang: str) -> int | None:
    """The value of a phrase that is exactly one number (digits or words), else None."""
    folded = key(phrase)
    if folded.isdigit():
        return int(folded)
    g = grammar(lang)
    if folded in g.phrases:
        return g.phrases[folded][0]
    if folded in g.articles:
        return 1
    numbers = parse_words(g, folded)
    if len(numbers) == 1 and numbers[0][:2] == (0, len(folded)):
        return numbers[0][2]
    return None


def number_pattern(lang: str) -> str:
    """A regex (no groups) matching one number in digits or words, for other extractors."""
    return rf"(?:\d{{1,3}}|{grammar(lang).token_pattern})"
