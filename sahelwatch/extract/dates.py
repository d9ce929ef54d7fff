"""Dates in news text, resolved against the publication date (ACLED time precision).

``find_dates(norm, lang, published)`` returns every date expression of the folded text with
its span in the original text, the calendar date it names and its precision: 1 the day,
2 a known week (coded at its middle), 3 a known month. Every date returned is on or before
``published``: expressions of the future (``mardi prochain``, a date after publication) are
read and dropped, because they name plans, not events.

Resolution rules:

- a bare weekday (``mardi``, ``on Tuesday``, ``يوم الثلاثاء``) is the latest such day on or
  before publication (published on a Tuesday, ``mardi`` is that day); with ``last``/
  ``dernier``/``الماضي`` it is strictly before (``mardi dernier`` on a Tuesday = a week ago);
- ``today``/``aujourd'hui``/``اليوم`` (also ``this morning``, ``ce matin``, ``صباح اليوم``,
  ``فجر اليوم``) = publication day; ``yesterday``/``hier``/``أمس``/``البارحة`` = one day
  before; ``the day before yesterday``/``avant-hier``/``أول أمس`` = two; ``last night``/
  ``cette nuit``/``ليلة أمس`` = the night that began the day before (kind ``night``);
- a part of a day (``mardi soir``, ``Tuesday morning``, ``مساء الثلاثاء``, ``فجر الأحد``)
  is that day;
- a night is coded on the day it began (ACLED codes the day an event began):
  ``dans la nuit de samedi à dimanche``, ``overnight Saturday into Sunday``,
  ``ليلة السبت إلى الأحد``, ``ليل السبت الأحد`` = the Saturday; ``Saturday night``,
  ``dans la nuit de samedi``, ``ليل السبت`` = the Saturday. Bare ``ليلة السبت`` follows
  Arabic usage, in which the day begins at sunset: ``ليلة الجمعة`` is the eve of Friday,
  Thursday night, so ``ليلة السبت`` is coded on the Friday. Wire copy translated from
  English sometimes uses it for "Saturday night"; the explicit forms above are the safe ones,
  and the rule is data (``night_eve`` templates in ``lang/ar/dates.toml``);
- ``N days ago``/``il y a N jours``/``قبل N أيام``/``قبل يومين`` = N days before (precision 1);
  weeks give precision 2, months precision 3;
- ``last week``/``la semaine dernière``/``الأسبوع الماضي`` = the Thursday of the previous
  ISO week (Monday to Sunday), precision 2; ``this week`` = the Thursday of this week or
  publication day if earlier; weekends are coded on their Saturday, precision 2;
- month-level expressions (``earlier this month``, ``début mars``, ``مطلع الشهر``,
  ``mid-March``, ``أواخر الشهر الماضي``, ``en mars``, ``March 2026``) have precision 3 and are
  coded on the 5th (early), 15th (mid or unspecified) or 25th (late), or on publication day
  if that is earlier;
- a span of days in one month (``du 4 au 10 février``, ``from 24 to 30 November``,
  ``من 11 إلى 17 مارس``, the weekly bulletins of defence ministries) is coded on its middle
  day, precision 2 when it lasts a week or less, else 3;
- absolute dates (``14 March``, ``March 14, 2026``, ``le 14 mars``, ``14/03/2026``,
  ``الرابع عشر من مارس``, ``14 مارس 2026``, ``14 من الشهر الجاري``) have precision 1; a date
  without a year takes the latest year that puts it on or before publication (``le 28
  décembre`` published on 3 January is the previous year's). Numeric dates are read day
  first (``03/04/2026`` = 3 April); Arabic month names of every regional series are known
  (Maghreb, Algeria/Tunisia, Egypt/Gulf, Mauritania, Levant/Iraq).

Patterns are compiled once per language from ``sahelwatch/lang/<lang>/dates.toml``: one
regular expression of all templates, tried longest template first at each position.
``dateparser`` is not used. Measured on a 3 KB French report, ``search_dates`` took about
42 ms (this module: under 1 ms); it read a bare ``mardi`` published on a Tuesday as the week
before, split ``dans la nuit de samedi à dimanche`` into two dates and missed ``5 غشت``.

No exception of its own: an unknown language raises ``sahelwatch.lang.UnknownLanguage``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from sahelwatch.extract import numbers
from sahelwatch.extract.numbers import alternation, key, number_pattern, read_number, word_start
from sahelwatch.lang import load
from sahelwatch.text.normalise import NormText, fold
from sahelwatch.text.phrases import PhraseMatcher

KINDS = ("absolute", "range", "relative", "weekday", "night", "ago", "week", "month")
PRECISIONS = (1, 2, 3)
_PART_DAY = {None: 15, "early": 5, "mid": 15, "late": 25}
_SLOT_WEIGHT = {"day": 6, "day2": 6, "mref": 8, "month": 6, "year": 4, "dom": 3, "dom2": 3, "mnum": 2,
                "n": 2, "unit": 4, "unit1": 4, "part": 4, "mpart": 4, "period": 6}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: original span, the date it names, ACLED precision, kind, template."""

    start: int
    end: int
    date: dt.date
    precision: int
    kind: str
    rule: str = ""
    reported: bool = False  # the day something was said or published ("a report released Wednesday")

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"precision must be 1, 2 or 3, not {self.precision}")
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}; known: {', '.join(KINDS)}")


def _names(table: dict) -> dict[str, str]:
    """Folded phrase -> the key of the table it is listed under."""
    return {key(phrase): name for name, phrases in table.items() for phrase in phrases}


def month_names(lang: str) -> dict[str, int]:
    """Every folded month name of every series of a language -> month number (1-12)."""
    names: dict[str, int] = {}
    for series in load(lang, "dates")["months"].values():
        for number, item in enumerate(series, start=1):
            for name in [item] if isinstance(item, str) else item:
                names[key(name)] = number
    return names


class _Grammar:
    """The compiled date grammar of one language."""

    def __init__(self, lang: str) -> None:
        data = load(lang, "dates")
        self.lang = lang
        self._compiled: dict[int, re.Pattern] = {}
        iso = {name: i for i, name in enumerate(data["weekdays"], start=1)}
        self.weekdays = {key(w): iso[name] for name, ws in data["weekdays"].items() for w in ws}
        self.months = month_names(lang)
        self.ordinals = {key(w): v for w, v in data["day_ordinals"].items()}
        self.relative = _names(data["relative_days"])
        self.markers = {name: [key(w) for w in ws] for name, ws in data["markers"].items()}
        self.units = _names(data["units"])
        self.single = _names(data["single_units"])
        self.dual = _names(data["dual_units"])
        self.periods = _names(data["periods"])
        self.month_refs = _names(data["month_refs"])
        self.month_parts = _names(data["month_parts"])
        self.parts = [key(w) for w in data["parts_of_day"]["words"]]
        self._compile(data["templates"])

    def _compile(self, templates: dict[str, list[str]]) -> None:
        """Order the templates (most specific first) and index them by the words that start them."""
        items = [(kind, t) for kind, ts in templates.items() for t in ts]
        items.sort(key=lambda item: -_specificity(item[1]))
        self.templates = items
        self.branches = [
            f"(?P<t{i}>{self._template(kind, template, f't{i}_')})" for i, (kind, template) in enumerate(items)
        ]
        self.triggers = PhraseMatcher()
        self.digit_templates: set[int] = set()
        starts = self._slot_starts()
        for index, (kind, template) in enumerate(items):
            slot, word = re.match(r"\s*(?:\{(\w+)\}|([^\s{]+))", fold(template)).groups()
            words = starts.get(slot, []) if slot else [word]
            if kind == "absolute":
                words = [*words, *self.markers["weekday_prefix"], *self.weekdays]
            for phrase in words:
                if phrase and phrase[0].isalnum():
                    self.triggers.add(phrase.split(" ")[0], index)
            if slot in ("dom", "dom2", "year", "mnum", "n", "mref"):
                self.digit_templates.add(index)

    def _slot_starts(self) -> dict[str, list[str]]:
        """The phrases that can begin each slot (digits aside)."""
        m = self.markers
        day = [*m["next_before"], *m["last_before"], *m["weekday_prefix"], *self.weekdays, *self.relative]
        number_words = numbers.grammar(self.lang)
        return {
            "day": day, "day2": day, "dom": [*self.ordinals, "ال"], "dom2": [*self.ordinals, "ال"],
            "month": list(self.months),
            "mref": [*self.months, *self.month_refs], "unit": list(self.units),
            "unit1": [*self.single, *self.dual], "part": self.parts, "mpart": list(self.month_parts),
            "period": list(self.periods),
            "n": [*number_words.words, *number_words.multipliers, *number_words.articles],
        }

    def match_at(self, indices: set[int], text: str, start: int) -> re.Match | None:
        """The first of the given templates, in specificity order, that matches at ``start``."""
        for index in sorted(indices):
            pattern = self._compiled.get(index)
            if pattern is None:
                pattern = self._compiled[index] = re.compile(rf"{word_start(self.lang)}(?:{self.branches[index]})(?!\w)")
            match = pattern.match(text, start)
            if match:
                return match
        return None

    def _template(self, kind: str, template: str, prefix: str) -> str:
        pieces = re.split(r"\{(\w+)\}", fold(template))
        out = []
        for i, piece in enumerate(pieces):
            out.append(self._slot(piece, prefix) if i % 2 else _literal(piece))
        body = "".join(out)
        if kind == "absolute":
            body = rf"(?:{self._weekday_plain()}(?:\s*,\s*|\s+))?" + body
        return body

    def _weekday_plain(self) -> str:
        prefix = alternation(self.markers["weekday_prefix"])
        return rf"(?:{prefix}\s+)?{alternation(self.weekdays)}"

    def _slot(self, name: str, p: str) -> str:
        if name in ("day", "day2"):
            return self._day_slot(p + ("d2_" if name == "day2" else ""))
        m = self.markers
        # "مارس (آذار) 2020", "يناير/كانون الثاني 2025": the month named again in another series
        alt_month = rf"(?:\s*[(/]\s*{alternation(self.months)}\s*\)?)?"
        abbreviated = r"(?:\.(?=\s*\d))?"  # "Dec. 3, 2023", "3 Dec. 2023"
        last_year = rf"(?P<{p}ly>{alternation(m['last_year'])})(?!\w)"  # "April 17 last year"
        if name == "dom2":
            return self._slot("dom", p + "d2_")
        patterns = {
            "dom": rf"(?P<{p}dom>(?:ال)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|eme|e)?(?!\d)"
                   rf"|{alternation(self.ordinals)})",
            "month": rf"(?P<{p}mon>{alternation(self.months)}){abbreviated}{alt_month}",
            "year": rf"(?:(?P<{p}yr>(?:19|20)\d\d)(?!\d)(?:\s?م(?!\w))?|{last_year})",
            "mnum": rf"(?P<{p}mn>1[0-2]|0?[1-9])(?!\d)",
            "mref": rf"(?:(?P<{p}mon>{alternation(self.months)}){abbreviated}{alt_month}"
                    rf"(?:\s*,?\s*(?P<{p}yr>(?:19|20)\d\d)(?!\d)(?:\s?م(?!\w))?)?"
                    rf"(?:\s+{alternation(m['last_after'] + m['this_after'])}(?!\w))?(?:,?\s+{last_year})?"
                    rf"|(?P<{p}ref>{alternation(self.month_refs)}))",
            "n": rf"(?P<{p}n>{number_pattern(self.lang)})",
            "unit": rf"(?P<{p}unit>{alternation(self.units)})",
            "unit1": rf"(?P<{p}unit1>{alternation([*self.single, *self.dual])})",
            "part": rf"(?P<{p}part>{alternation(self.parts)})",
            "mpart": rf"(?P<{p}mp>{alternation(self.month_parts)})",
            "period": rf"(?P<{p}per>{alternation(self.periods)})",
        }
        return patterns[name]

    def _day_slot(self, p: str) -> str:
        m = self.markers
        guard = m["relday_not_followed_by"]
        not_after = rf"(?!\s+{alternation(guard)}(?!\w))" if guard else ""
        # one lookbehind per word: each must have a fixed width
        not_before = "".join(rf"(?<!(?<!\w){re.escape(fold(w))}\s)" for w in m["relday_not_preceded_by"])
        weekday = (
            rf"(?:(?P<{p}nb>{alternation(m['next_before'])})\s+|(?P<{p}lb>{alternation(m['last_before'])})\s+)?"
            rf"(?:{alternation(m['weekday_prefix'])}\s+)?(?P<{p}wd>{alternation(self.weekdays)})"
            rf"(?:\s+(?P<{p}la>{alternation(m['last_after'])})(?!\w)"
            rf"|\s+(?P<{p}na>{alternation(m['next_after'])})(?!\w))?"
        )
        return rf"(?:{not_before}(?P<{p}rel>{alternation(self.relative)})(?!\w){not_after}|{weekday})"


def _specificity(template: str) -> int:
    slots = re.findall(r"\{(\w+)\}", template)
    literal = re.sub(r"\{\w+\}", "", template)
    return sum(_SLOT_WEIGHT.get(s, 2) for s in slots) * 4 + len(literal.strip())


def _literal(text: str) -> str:
    out = []
    for char in text:
        if char == " ":
            out.append(r"[\s-]+")
        elif char == ",":
            out.append(r"\s*,")
        elif char in "-/.":
            out.append(rf"\s*{re.escape(char)}\s*")
        else:
            out.append(re.escape(char))
    return "".join(out)


@lru_cache(maxsize=None)
def grammar(lang: str) -> _Grammar:
    """The compiled date grammar of a language (built once)."""
    return _Grammar(lang)


def find_dates(norm: NormText, lang: str, published: dt.date) -> list[DateMention]:
    """Every date expression in ``norm`` resolved against ``published``, in text order."""
    if isinstance(published, dt.datetime):
        published = published.date()
    g = grammar(lang)
    found = []
    for match in _matches(g, norm):
        index = int(match.lastgroup[1:])
        kind, template = g.templates[index]
        slots = _Slots(match, f"t{index}_")
        resolved = _RESOLVERS[kind](g, slots, published)
        if resolved is None:
            continue
        date, precision, mention_kind = resolved
        if date > published or date.year < 1900 or _two_not_monday(lang, norm.text, match) or (
                _THAT_ONE.match(norm.text, match.end())):
            continue
        date = _in_the_same_year(norm.text, match, date)
        found.append(DateMention(*norm.span(*match.span()), date, precision, mention_kind, template))
    return _spans_across_months(norm.original, found)


_SPAN_OPENS = re.compile(r"(?:\b(?:du|from|between)|(?:^|\s)(?:من|بين))\s*$", re.IGNORECASE)
_SPAN_JOINS = re.compile(r"\s*(?:au|to|until|and|[-–—]|إلى|الى|حتى|و)\s*", re.IGNORECASE)
SPAN_OPENS_CHARS = 8   # "du ", "from ", "من " right before a span's first day


def _spans_across_months(text: str, found: list[DateMention]) -> list[DateMention]:
    """Two days that open and close a span across a month's end ("du 30 avril au 6 mai 2025", "من 30 أفريل إلى
    6 ماي 2025", the weekly bulletins): one span, coded on its middle day as a span within a month is (not a
    night from one day to the next: "dans la nuit du 31 mars au 1er avril" is the 31st)."""
    merged: list[DateMention] = []
    for date in found:
        first = merged[-1] if merged else None
        if first is not None and first.kind == "absolute" and date.kind == "absolute" and (
                1 < (date.date - first.date).days <= 31 and first.date.month != date.date.month
                and _SPAN_JOINS.fullmatch(text, first.end, date.start)
                and _SPAN_OPENS.search(text, max(0, first.start - SPAN_OPENS_CHARS), first.start)):
            days = (date.date - first.date).days
            merged[-1] = DateMention(first.start, date.end, first.date + dt.timedelta(days=days // 2),
                                     2 if days < 7 else 3, "range", first.rule)
            continue
        merged.append(date)
    return merged


_SAME_YEAR = re.compile(r"\W{0,3}(?:\(\S+\)\s*)?(?:من العام نفسه|من العام ذاته|من نفس العام|من السنه نفسها|de la meme annee|"
                        r"cette annee-la|of the same year|that same year|the same year|that year)\b")
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def _in_the_same_year(text: str, match: re.Match, date: dt.date) -> dt.date:
    """"ففي ليلة 9 إلى 10 يونيو من العام نفسه", "le 10 juin de la même année": the year last named before."""
    if not _SAME_YEAR.match(text, match.end()):
        return date
    years = _YEAR.findall(text, 0, match.start())
    if not years:
        return date
    try:
        return date.replace(year=int(years[-1]))
    except ValueError:  # 29 February
        return date


_THAT_ONE = re.compile(r"-la\b|\s+la\b(?!\s+\w)")  # "ce soir-là", "ce jour-là": that evening, not this one
_DUAL_BEFORE = re.compile(r"(?:^|\s)ال\w+\s+$")


def _two_not_monday(lang: str, text: str, match: re.Match) -> bool:
    """Arabic الاثنين after a definite noun is "the two" ("الموظفين الاثنين"), not Monday."""
    return lang == "ar" and match.group().strip() in ("الاثنين", "الاتنين") and bool(
        _DUAL_BEFORE.search(text, max(0, match.start() - 25), match.start()))


def _matches(g: _Grammar, norm: NormText):
    """Template matches, left to right, tried only where a word or digit can start one."""
    starts: dict[int, set[int]] = {}
    for trigger in g.triggers.find(norm):
        starts.setdefault(trigger.start, set()).update(trigger.payloads)
    text = norm.text
    for digits in _DIGITS.finditer(text):
        at = digits.start() - 2 if text[max(0, digits.start() - 2):digits.start()] == "ال" else digits.start()
        starts.setdefault(at, set()).update(g.digit_templates)
    reached = 0
    for start in sorted(starts):
        if start < reached:
            continue
        match = g.match_at(starts[start], text, start)
        if match:
            reached = match.end()
            yield match


_DIGITS = re.compile(r"(?<!\d)\d")


class _Slots:
    """The groups of one template match, read by slot name."""

    def __init__(self, match: re.Match, prefix: str) -> None:
        self.match = match
        self.prefix = prefix

    def get(self, name: str) -> str | None:
        try:
            value = self.match.group(self.prefix + name)
        except IndexError:
            return None
        return key(value) if value is not None else None


# --- resolution ------------------------------------------------------------------------------

Resolved = tuple[dt.date, int, str] | None


def _day(g: _Grammar, s: _Slots, pub: dt.date) -> tuple[dt.date, str] | None:
    """The day named by a {day} slot: a relative day or a weekday (None if in the future)."""
    relative = s.get("rel")
    if relative is not None:
        name = g.relative[relative]
        offset = {"today": 0, "yesterday": 1, "day_before_yesterday": 2, "last_night": 1}[name]
        return pub - dt.timedelta(days=offset), "night" if name == "last_night" else "relative"
    if s.get("nb") or s.get("na"):
        return None
    back = (pub.isoweekday() - g.weekdays[s.get("wd")]) % 7
    if back == 0 and (s.get("lb") or s.get("la")):
        back = 7
    return pub - dt.timedelta(days=back), "weekday"


def _resolve_day(g: _Grammar, s: _Slots, pub: dt.date) -> Resolved:
    day = _day(g, s, pub)
    return (day[0], 1, day[1]) if day else None


def _resolve_night(g: _Grammar, s: _Slots, pub: dt.date) -> Resolved:
    day = _day(g, s, pub)
    return (day[0], 1, "night") if day else None


def _resolve_night_eve(g: _Grammar, s: _Slots, pub: dt.date) -> Resolved:
    day = _day(g, s, pub)
    if day is None:
        return None
    date = day[0] - dt.timedelta(days=1) if day[1] == "weekday" else day[0]
    return date, 1, "night"


def _resolve_absolute(g: _Grammar, s: _Slots, pub: dt.date) -> Resolved:
    day = _day_of_month(g, s.get("d2_dom") or s.get("dom"))
    month, year = _month_and_year(g, s, pub)
    if day is None or month is None:
        return None
    if year is None:
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    try:
        return dt.date(year, month, day), 1, "absolute"
    except ValueError:
        return None


def _resolve_range(g: _Grammar, s: _Slots, pub: dt.date) -> Resolved:
    """A span of days in one month: its middle, precision 2 up to a week, else 3."""
    first, last = _day_of_month(g, s.get("dom")), _day_of_month(g, s.get("d2_dom"))
    end = _resolve_absolute(g, s, pub)
    if first is None or end is None or not 1 <= first < last:
        return None
    try:
        start = end[0].replace(day=first)
    except ValueError:
        return None
    middle = start + (end[0] - start) / 2
    return middle, 2 if (end[0] - start).days < 7 else 3, "range"


def _day_of_month(g: _Grammar, dom: str | None) -> int | None:
    if dom is None:
        return None
    if dom in g.ordinals:
        return g.ordinals[dom]
    digits = re.search(r"\d+", dom)
    return int(digits.group()) if digits else None


def _month_and_year(g: _Grammar, s: _Slots, pub: dt.date) -> tuple[int | None, int | None]:
    """Month and explicit year of a {month}, {mnum} or {mref} slot (this month when absent)."""
    year = int(s.get("yr")[:4]) if s.get("yr") else pub.year - 1 if s.get("ly") else None
    if s.get("mon"):
        return g.months[s.get("mon")], year
    if s.get("mn"):
        return int(s.get("mn")), year
    if s.get("ref") and g.month_refs[s.get("ref")] == "last_month":
        previous = pub.replace(day=1) - dt.timedelta(days=1)
        return previous.month, previous.year
    return pub.month, pub.year


def _resolve_month(g: _Grammar, s: _Slots, pub: dt.date) -> Resolved:
    month, year = _month_and_year(g, s, pub)
    if month is None:
        return None
    if year is None:
        year = pub.year if month <= pub.month else pub.year - 1
    part = g.month_parts.get(s.get("mp")) if s.get("mp") else None
    date = dt.date(year, month, _PART_DAY[part])
    if (date.year, date.month) == (pub.year, pub.month):
        date = min(date, pub)
    return date, 3, "month"


def _resolve_period(g: _Grammar, s: _Slots, pub: dt.date) -> Resolved:
    name = g.periods[s.get("per")]
    monday = pub - dt.timedelta(days=pub.isoweekday() - 1)
    if name == "last_week":
        return monday - dt.timedelta(days=4), 2, "week"
    if name == "this_week":
        return min(pub, monday + dt.timedelta(days=3)), 2, "week"
    if name == "last_weekend":
        return monday - dt.timedelta(days=2), 2, "week"
    if name == "this_weekend":
        return pub - dt.timedelta(days=(pub.isoweekday() - 6) % 7), 2, "week"
    if name == "last_month":
        previous = pub.replace(day=1) - dt.timedelta(days=1)
        return previous.replace(day=15), 3, "month"
    return min(pub, pub.replace(day=15)), 3, "month"


def _resolve_ago(g: _Grammar, s: _Slots, pub: dt.date) -> Resolved:
    if s.get("unit1"):
        word = s.get("unit1")
        unit, count = (g.dual[word], 2) if word in g.dual else (g.single[word], 1)
    else:
        unit = g.units[s.get("unit")]
        count = read_number(s.get("n"), g.lang) if s.get("n") else 1
    if count is None or count > 3660:
        return None
    if unit == "day":
        return pub - dt.timedelta(days=count), 1, "ago"
    if unit == "week":
        return pub - dt.timedelta(weeks=count), 2, "ago"
    if unit == "year":  # "eleven years ago (to the day)": that day, known to the month at least
        return _months_before(pub, 12 * count), 3, "ago"
    return _months_before(pub, count), 3, "ago"


def _months_before(pub: dt.date, count: int) -> dt.date:
    index = pub.year * 12 + pub.month - 1 - count
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(pub.day, last_day))


_RESOLVERS = {
    "absolute": _resolve_absolute,
    "range": _resolve_range,
    "month": _resolve_month,
    "month_part": _resolve_month,
    "period": _resolve_period,
    "ago": _resolve_ago,
    "night_span": _resolve_night,
    "night": _resolve_night,
    "night_eve": _resolve_night_eve,
    "part": _resolve_day,
    "day": _resolve_day,
}
