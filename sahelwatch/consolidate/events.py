"""Consolidation: event reports from many documents become one event per real incident.

    events = consolidate(reports, MergeRules(window_days=2, distance_km=50))

How reports are grouped (deterministic: the same reports always give the same events):

1. **Blocking.** Reports are compared only within one country and, there, with the reports
   whose dates lie within the window (sorted by date, a sweep), so 5,000 reports cost a few
   tens of thousands of comparisons, not twelve million.
2. **Links.** Each compatible pair (``criteria.compare``: same family, date, place, actors,
   toll) is a link with a score and the criteria that held.
3. **Merging**, strongest links first (ties by report order): two groups merge only when
   *every* pair across them is compatible (no chaining of a Monday attack in one town into
   a Thursday attack in the next one), no two of their reports come from the same document
   (a document's extractor already told its events apart), and no analyst split separates
   any two of them (``splits``). Links between news reports are merged first; links from
   **background** reports (an earlier event recalled as context) come after and may attach
   a background report to one event, but never join two groups that each hold a news report.
   Background reports that match no event become background-only events (kept and listed,
   flagged ``background``), which other mentions of the same past incident, and later news
   reports, may join.
4. **Incremental runs** pass the events already stored as ``existing`` groups: new reports
   join them or form new events; two existing events are never merged by an incremental run
   (``sahelwatch consolidate`` recomputes everything from scratch). A stored event keeps the
   merge reasons earlier runs recorded (``recorded``) for the reports it still holds, and the
   run adds the reasons of the reports it gains. Of the links between a new
   report and the reports of one stored event only the strongest is tried, and the report is
   compared with the event as a whole (one answer kept, not one per pair): the first try
   settles it, since groups only grow and a refused merge stays refused. So a run's memory
   grows with its new reports and the events they meet, not with the pairs they make.

An event's id derives from its earliest report (the first stored: ``ReportRecord.order``), so
it does not change when later reports join; fields are chosen by ``fields.choose_fields``;
``merge_reasons`` lists, for every merge that made the event (in this run or, for a stored event,
an earlier one), the two reports whose link justified it and the criteria that held; a reason
goes when one of its two reports leaves the event (a split, a full run that regroups).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby

from sahelwatch.consolidate.criteria import MAX_SLACK_DAYS, Link, MergeRules, compare, reference_date
from sahelwatch.consolidate.fields import EventFields, choose_fields
from sahelwatch.errors import SahelWatchError

__all__ = ["ConsolidatedEvent", "InvalidSplit", "MergeRules", "ReportRecord", "consolidate", "event_id_for",
           "reasons_within", "split_event", "split_pairs"]


class InvalidSplit(SahelWatchError):
    """A split that cannot be made: reports not in the event, or nothing left on one side."""

    def __init__(self, event_id: str, report_ids: Sequence[str], reason: str) -> None:
        self.event_id = event_id
        self.report_ids = tuple(report_ids)
        self.reason = reason
        super().__init__(f"cannot split event {event_id}: {reason}")


@dataclass(frozen=True, slots=True)
class ReportRecord:
    """One event report as consolidation sees it: the extracted fields, its document and source."""

    id: str
    document_id: str
    order: int                        # first stored first; ties never happen within a store
    event_type: str
    sub_event_type: str
    country: str
    geo_precision: int = 3
    ct_tags: tuple[str, ...] = ()
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    event_date: dt.date | None = None
    date_precision: int | None = None
    background: bool = False
    confidence: float = 0.5
    published_at: dt.datetime | None = None
    source: str = ""                  # what counts as one source (source id, else site, else document)
    reliability: str | None = None    # Admiralty grade of the source, A-F
    event_id: str | None = None       # the event it belongs to, when already consolidated


@dataclass(frozen=True, slots=True)
class ConsolidatedEvent:
    id: str
    report_ids: tuple[str, ...]
    fields: EventFields
    merge_reasons: tuple[dict, ...] = field(default=())


def event_id_for(first_report_id: str) -> str:
    """The id of the event whose earliest report is ``first_report_id``."""
    return "ev-" + hashlib.sha256(first_report_id.encode()).hexdigest()[:16]


def reasons_within(reasons: Iterable[dict], report_ids: Iterable[str]) -> list[dict]:
    """The merge reasons whose two reports are both among ``report_ids``, each pair once, in order."""
    members, seen, kept = set(report_ids), set(), []
    for reason in reasons:
        pair = tuple(reason["reports"])
        if pair not in seen and members.issuperset(pair):
            seen.add(pair)
            kept.append(reason)
    return kept


def split_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Analysts' split constraints as a lookup: report id -> the reports it must stay apart from."""
    apart: dict[str, set[str]] = {}
    for a, b in pairs:
        apart.setdefault(a, set()).add(b)
        apart.setdefault(b, set()).add(a)
    return apart


class _Groups:
    """Groups of reports being merged, with the checks every merge must pass.

    What is remembered of the comparisons grows with the new reports, not with the stored
    events they meet: two reports outside stored events are compared once and the answer kept;
    a report and a stored event (whose reports are never separated here) keep one answer, is
    the report compatible with every report of the event.
    """

    def __init__(self, reports: Sequence[ReportRecord], rules: MergeRules, apart: Mapping[str, set[str]],
                 existing: Mapping[str, str], recorded: Mapping[str, Sequence[dict]]) -> None:
        self.rules, self.apart, self.existing = rules, apart, existing
        self.pairs: dict[tuple[str, str], Link | None] = {}
        self.agreeing: dict[tuple[str, str], int] = {}    # (report, stored event): its compatible reports met
        self.fitting: dict[tuple[str, str], bool] = {}    # (report, stored event): compatible with all of them
        self.group = {r.id: r.id for r in reports}
        self.members = {r.id: [r] for r in reports}
        self.reasons: dict[str, list[dict]] = {r.id: [] for r in reports}
        self.stored_as: dict[str, str] = {}
        self.stored_reports: dict[str, tuple[ReportRecord, ...]] = {}
        for event, members in groupby(sorted(existing.items(), key=lambda kv: (kv[1], kv[0])), key=lambda kv: kv[1]):
            ids = [report for report, _ in members]
            for other in ids[1:]:
                self._join(self.group[ids[0]], self.group[other], None)
            self.stored_as[self.group[ids[0]]] = event
            self.stored_reports[event] = tuple(self.members[self.group[ids[0]]])
            self.reasons[self.group[ids[0]]] = reasons_within(recorded.get(event, ()), ids)

    def blocks(self, a: ReportRecord, b: ReportRecord) -> tuple[str, str]:
        """What a link of ``a`` and ``b`` joins from the start: a report and a stored event, or two reports."""
        if a.id in self.existing:
            return b.id, self.existing[a.id]
        return a.id, self.existing.get(b.id, b.id)

    def link(self, a: ReportRecord, b: ReportRecord) -> Link | None:
        """The link of two reports, not both in stored events; what merge checks need of it is kept."""
        if a.id not in self.existing and b.id not in self.existing:
            return self._pair(a, b)
        key = self.blocks(a, b)
        found = compare(a, b, self.rules)
        if found is None:
            self.fitting[key] = False
        else:
            self.agreeing[key] = self.agreeing.get(key, 0) + 1
        return found

    def _pair(self, a: ReportRecord, b: ReportRecord) -> Link | None:
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if key not in self.pairs:
            self.pairs[key] = compare(a, b, self.rules)
        return self.pairs[key]

    def fits(self, report: ReportRecord, event: str) -> bool:
        """Whether ``report`` is compatible with every report of the stored ``event``."""
        key = (report.id, event)
        if key not in self.fitting:
            stored = self.stored_reports[event]
            self.fitting[key] = self.agreeing.get(key, 0) == len(stored) or all(
                compare(report, other, self.rules) is not None for other in stored)
        return self.fitting[key]

    def compatible(self, ga: str, gb: str) -> bool:
        """Every report of group ``ga`` is compatible with every report of group ``gb`` (not both stored events)."""
        loose = {g: [r for r in self.members[g] if r.id not in self.existing] if g in self.stored_as
                 else self.members[g] for g in (ga, gb)}
        for group, other in ((ga, gb), (gb, ga)):
            event = self.stored_as.get(other)
            if event is not None and not all(self.fits(r, event) for r in loose[group]):
                return False
        return all(self._pair(x, y) is not None for x in loose[ga] for y in loose[gb])

    def can_merge(self, ga: str, gb: str, background_link: bool) -> bool:
        left, right = self.members[ga], self.members[gb]
        if ga in self.stored_as and gb in self.stored_as:
            return False
        if background_link and any(not r.background for r in left) and any(not r.background for r in right):
            return False
        documents = {r.document_id for r in left}
        if any(r.document_id in documents for r in right):
            return False
        ids = {r.id for r in right}
        if any(self.apart.get(r.id, set()) & ids for r in left):
            return False
        return self.compatible(ga, gb)

    def _join(self, ga: str, gb: str, reason: dict | None) -> None:
        keep, drop = (ga, gb) if self.members[ga][0].order <= self.members[gb][0].order else (gb, ga)
        for report in self.members[drop]:
            self.group[report.id] = keep
        self.members[keep] = sorted(self.members[keep] + self.members.pop(drop), key=lambda r: r.order)
        self.reasons[keep] += self.reasons.pop(drop) + ([reason] if reason else [])
        if drop in self.stored_as:
            self.stored_as[keep] = self.stored_as.pop(drop)

    def merge(self, a: ReportRecord, b: ReportRecord, link: Link) -> None:
        ga, gb = self.group[a.id], self.group[b.id]
        if ga != gb and self.can_merge(ga, gb, a.background or b.background):
            self._join(ga, gb, {"reports": sorted((a.id, b.id)), "score": link.score, "criteria": link.criteria})


def _candidate_pairs(reports: Sequence[ReportRecord], rules: MergeRules) -> Iterable[tuple[ReportRecord, ReportRecord]]:
    """Pairs of reports of one country whose dates may lie within the window (a sorted sweep)."""
    dated = [(reference_date(r), r) for r in reports if reference_date(r)[0] is not None]
    dated.sort(key=lambda item: (item[1].country, item[0][0], item[1].order))
    for _, block in groupby(dated, key=lambda item: item[1].country):
        block = list(block)
        for i, ((date_i, slack_i), a) in enumerate(block):
            horizon = date_i + dt.timedelta(days=rules.window_days + slack_i + MAX_SLACK_DAYS)
            for (date_j, _), b in block[i + 1:]:
                if date_j > horizon:
                    break
                yield a, b


def consolidate(reports: Sequence[ReportRecord], rules: MergeRules,
                splits: Iterable[tuple[str, str]] = (),
                existing: Mapping[str, str] | None = None,
                recorded: Mapping[str, Sequence[dict]] | None = None) -> list[ConsolidatedEvent]:
    """Group ``reports`` into events; ``existing`` maps already consolidated reports to their event id,
    ``recorded`` those events to the merge reasons stored with them."""
    ids = {r.id for r in reports}
    existing = {k: v for k, v in (existing or {}).items() if k in ids}
    groups = _Groups(reports, rules, split_pairs(splits), existing, recorded or {})
    strongest: dict[tuple[str, str], tuple] = {}
    for a, b in _candidate_pairs(reports, rules):
        if a.id in existing and b.id in existing:
            continue
        link = groups.link(a, b)
        if link is not None:
            first, second = (a, b) if a.order <= b.order else (b, a)
            item = (first.background or second.background, -link.score, first.order, second.order, first, second, link)
            pair = groups.blocks(first, second)
            if pair not in strongest or item[:4] < strongest[pair][:4]:
                strongest[pair] = item
    for *_, a, b, link in sorted(strongest.values(), key=lambda item: item[:4]):
        groups.merge(a, b, link)
    events = []
    for key, members in groups.members.items():
        ident = groups.stored_as.get(key) or event_id_for(members[0].id)
        events.append(ConsolidatedEvent(ident, tuple(r.id for r in members), choose_fields(members),
                                        tuple(groups.reasons[key])))
    return sorted(events, key=lambda e: e.id)


def split_event(event_id: str, reports: Sequence[ReportRecord], report_ids: Sequence[str],
                reasons: Sequence[dict], stored: object | None) -> tuple[ConsolidatedEvent, ConsolidatedEvent]:
    """The two events a split makes: (the one keeping ``event_id``, the new one).

    The part holding the event's first report keeps the id (ids derive from the first report,
    so a later full run agrees); that is the part without ``report_ids`` unless they include
    the first report.
    """
    members = {r.id for r in reports}
    chosen = set(report_ids)
    if stored is None or not reports:
        raise InvalidSplit(event_id, report_ids, "no such event, or it holds no report")
    if chosen - members:
        raise InvalidSplit(event_id, report_ids, f"{', '.join(sorted(chosen - members))} not in this event; "
                                                 f"its reports: {', '.join(sorted(members))}")
    if not chosen or chosen == members:
        raise InvalidSplit(event_id, report_ids, "leave at least one report on each side of the split")
    ordered = sorted(reports, key=lambda r: r.order)
    first_side = chosen if ordered[0].id in chosen else members - chosen
    parts = []
    for side in (first_side, members - first_side):
        part = [r for r in ordered if r.id in side]
        ident = event_id if side is first_side else event_id_for(part[0].id)
        parts.append(ConsolidatedEvent(ident, tuple(r.id for r in part), choose_fields(part),
                                       tuple(reasons_within(reasons, side))))
    return parts[0], parts[1]


def consolidate_after_ingest(store: object, summary: object, context: object) -> None:
    """Post-ingest hook: put the reports just stored into events (setting ``consolidate_on_ingest``)."""
    config = context.config
    if config["consolidate_on_ingest"]:
        store.consolidate(MergeRules.from_config(config))


def _register_hook() -> None:
    from sahelwatch.ingest.run import post_ingest_hook

    post_ingest_hook("consolidate_events")(consolidate_after_ingest)


_register_hook()
