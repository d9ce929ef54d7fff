"""Evidence spans highlighted in a document's original text.

``evidence`` maps a field name (``location``, ``actor1``, ``date`` ...) to ``[start, end]``
character offsets into the document's text. The text is cut into segments, each with the
fields whose spans cover it; the template escapes each segment and wraps the marked ones
in ``<mark>``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    fields: tuple[str, ...] = ()

    @property
    def marked(self) -> bool:
        return bool(self.fields)


def highlighted_text(text: str, evidence: dict[str, list[int]]) -> list[Segment]:
    """``text`` as segments; spans outside the text or reversed are ignored."""
    cuts = {0, len(text)}
    spans = []
    for name, span in evidence.items():
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        if 0 <= start < end <= len(text):
            spans.append((start, end, name))
            cuts.update((start, end))
    points = sorted(cuts)
    segments = []
    for start, end in zip(points, points[1:]):
        fields = tuple(sorted({name.split(":")[-1] for s, e, name in spans if s <= start and end <= e}))
        segments.append(Segment(text[start:end], fields))
    return segments
