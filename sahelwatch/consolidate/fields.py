"""The fields of a consolidated event, chosen from its reports by stated rules.

- **Principal reports** are the reports of the event as news; background mentions (an
  earlier event recalled as context) count only when the event has nothing else.
- **Conflicts** (two reports give different values) are settled, for each field, by the most
  reliable source (Admiralty grade A best, an unknown source counts as F); between equally
  reliable sources, by the majority of reports; then by the earliest report.
- **Type and sub-type** are chosen together, from the principal reports.
- **Actors** are chosen as a pair (roles stay together) among the principal reports that name
  the most specific actors (a named group beats "Unidentified Armed Group").
- **Date**: the most precise date (ACLED time precision) of the principal reports.
- **Place** (town, admin1, admin2, coordinates, precision, all from one report): the most
  precise one, the lowest geo precision.
- **Fatalities**: the latest revised toll, from the report published last that gives one
  (a follow-up or a later mention carries the revision); ties go to the more reliable source.
- **CT tags**: every tag of a principal report. **Confidence**: the highest of the reports.
  **Background**: true only when every report is a background mention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

GRADES = "ABCDEF"
_GENERIC_PREFIXES = ("Unidentified ",)


@dataclass(frozen=True, slots=True)
class EventFields:
    """The chosen fields of one consolidated event."""

    event_type: str
    sub_event_type: str
    ct_tags: tuple[str, ...]
    country: str
    admin1: str | None
    admin1_code: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    event_date: dt.date | None
    date_precision: int | None
    background: bool
    confidence: float
    report_count: int
    source_count: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def reliability_rank(report: Any) -> int:
    grade = (report.reliability or "F").upper()
    return GRADES.index(grade) if grade in GRADES else len(GRADES) - 1


def decide(reports: Sequence[Any], value: Callable[[Any], Hashable]) -> Any:
    """The report whose value wins: the most reliable source, then the majority, then the earliest."""
    holders: dict[Hashable, list[Any]] = {}
    for report in reports:
        holders.setdefault(value(report), []).append(report)

    def rank(item: tuple[Hashable, list[Any]]) -> tuple[int, int, int]:
        members = item[1]
        return (min(reliability_rank(r) for r in members), -len(members), min(r.order for r in members))

    return min(holders.items(), key=rank)[1][0] if holders else None


def _specificity(report: Any) -> int:
    return sum(1 for name in (report.actor1, report.actor2) if name and not name.startswith(_GENERIC_PREFIXES))


def _published(report: Any) -> dt.datetime:
    stamp = report.published_at or dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)


def latest_toll(reports: Sequence[Any]) -> Any:
    """The report with the latest revised toll, or None when no report gives one."""
    counted = [r for r in reports if r.fatalities is not None]
    if not counted:
        return None
    return max(counted, key=lambda r: (_published(r), -reliability_rank(r), r.order))


def choose_fields(reports: Sequence[Any]) -> EventFields:
    """The event's fields from its reports (at least one), by the rules of this module."""
    principal = [r for r in reports if not r.background] or list(reports)
    typed = decide(principal, lambda r: (r.event_type, r.sub_event_type))
    most_specific = max(_specificity(r) for r in principal)
    actors = decide([r for r in principal if _specificity(r) == most_specific], lambda r: (r.actor1, r.actor2))
    dated = [r for r in principal if r.event_date is not None]
    best_precision = min((r.date_precision or 1 for r in dated), default=None)
    dating = decide([r for r in dated if (r.date_precision or 1) == best_precision], lambda r: r.event_date)
    best_place = min(r.geo_precision for r in principal)
    placed = decide([r for r in principal if r.geo_precision == best_place],
                    lambda r: (r.location, r.admin1_code))
    toll = latest_toll(reports)
    return EventFields(
        event_type=typed.event_type, sub_event_type=typed.sub_event_type,
        ct_tags=tuple(sorted({tag for r in principal for tag in r.ct_tags})), country=principal[0].country,
        admin1=placed.admin1, admin1_code=placed.admin1_code, admin2=placed.admin2, location=placed.location,
        latitude=placed.latitude, longitude=placed.longitude, geo_precision=placed.geo_precision,
        actor1=actors.actor1, actor2=actors.actor2, fatalities=toll.fatalities if toll else None,
        event_date=dating.event_date if dating else None, date_precision=dating.date_precision if dating else None,
        background=all(r.background for r in reports), confidence=max(r.confidence for r in reports),
        report_count=len(reports), source_count=len({r.source for r in reports}),
    )
