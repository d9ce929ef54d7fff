"""Sentence spans of news text in Arabic, French and English.

A sentence ends at . ! ? ؟ … or ؛ followed by a space, or at a line break. A full stop after a
short abbreviation ("M.", "Gen.", "St.") does not end one, nor one after an initial ("A. Traoré",
"(ع. م)") unless a sentence's first word follows ("le parc W. Le JNIM"), nor one between digits
("1.200"), after a month's abbreviation before or after its day ("Jan. 8", "RABAT, 19 fév. (AMI)") or after
a clock time that the sentence goes on from ("2 p.m. (1300 GMT) on Friday").
"""

from __future__ import annotations

import re

_END = re.compile(r"(?:(?<=[.!?؟…؛])\s+|\n+)")
_ABBREVIATION = re.compile(r"\b(?:M|Mr|Mrs|Dr|Gen|Col|Lt|Sgt|Capt|St|Mgr|No|Vol|Cpl|Maj|Brig|Rev|Jr|Sr|Hon|Supt|Insp|Cdt|vs|"
                           r"etc|cf|p)\.$")
_INITIAL = re.compile(r"(?:\b[A-Z]|(?<!\w)[\u0621-\u064a])\.$")  # "A. Traoré", "(ع. م)"
# a capital after a letter's full stop that starts a sentence, not a name: "vers le parc W. Le JNIM a revendiqué"
_SENTENCE_START = re.compile(r"(?:Le|La|Les|L['’]|Il|Ils|Elle|Elles|Un|Une|Des|Ce|Cette|Selon|Dans|Mais|Et|En|Au|Aux|"
                             r"The|A|An|It|He|She|They|This|That|In|On|At|But|And|According)\b")
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|fév|fev|avr|juil|sept|oct|nov|"
                    r"déc)\.$",
                    re.IGNORECASE)  # "On Jan. 8, 2025", "le 8 janv. 2025": a date goes on
_DAY_MONTH = re.compile(r"\b\d{1,2}\s+\w+\.$")  # "RABAT, 19 fév. (AMI) –": a dateline goes on
_CLOCK = re.compile(r"\b[ap]\.m\.$")  # "at around 2 p.m. (1300 GMT) on Friday": the time goes on

def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, blanks excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.start()
        if "\n" not in match.group() and (_ABBREVIATION.search(text, max(start, end - 6), end) or (
                _INITIAL.search(text, max(start, end - 3), end) and not _SENTENCE_START.match(text, match.end())) or (
                _MONTH.search(text, max(start, end - 6), end) and (text[match.end():match.end() + 1].isdigit() or (
                    _DAY_MONTH.search(text, max(start, end - 12), end)
                    and not text[match.end():match.end() + 1].isupper()))) or (
                _CLOCK.search(text, max(start, end - 6), end) and not text[match.end():match.end() + 1].isupper())):
            continue
        _add(spans, text, start, end)
        start = match.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
