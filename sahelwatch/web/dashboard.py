"""What the dashboard shows for the current filters: map, timeline, top actors, latest events, totals."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace
from typing import Any

from sahelwatch import taxonomy
from sahelwatch.store import queries
from sahelwatch.store.queries import EventFilter
from sahelwatch.web import svg
from sahelwatch.web.filters import STATUS_LABELS, STATUSES
from sahelwatch.web.i18n import Locale, _gazetteer

MAP_POINTS = 1500


def default_window(store: Any, where: EventFilter) -> tuple[EventFilter, bool]:
    """Without dates, the dashboard shows the 12 months up to the latest event (a full history is the events page)."""
    if where.date_from or where.date_to:
        return where, False
    latest = queries.latest_event_date(store)
    if latest is None:
        return where, False
    return replace(where, date_from=latest - dt.timedelta(days=365), date_to=latest), True


def build(web: Any, where: EventFilter, locale: Locale) -> dict[str, Any]:
    store = web.store
    where, windowed = default_window(store, where)
    by_admin1 = queries.event_statistics(store, where, "admin1", limit=5000).rows
    by_country = queries.event_statistics(store, where, "country", limit=100).rows
    weekly = queries.event_statistics(store, where, "week", limit=5000, split_by_type=True).rows
    points = queries.list_events(store, where, "-date", None, MAP_POINTS).events
    return {
        "map": svg.events_map(web.boundaries, points, {r["key"]: r["events"] for r in by_admin1}, where.country,
                              locale),
        "timeline": svg.timeline(weekly, locale),
        "actors": queries.event_statistics(store, where, "actor", limit=10).rows,
        "by_country": by_country,
        "by_type": queries.event_statistics(store, where, "event_type", limit=10).rows,
        "latest": points[:12],
        "total_events": sum(r["events"] for r in by_country),
        "total_fatalities": sum(r["fatalities"] for r in by_country),
        "window": (where.date_from, where.date_to) if windowed else None,
    }


def filter_options(locale: Locale) -> dict[str, list[tuple[str, str]]]:
    """The choices of the filter form's selects, labelled in the user's language."""
    return {
        "countries": _countries(locale.lang),
        "types": [(name, locale.term(name)) for name in taxonomy.EVENT_TYPES],
        "sub_types": [(name, locale.term(name)) for name in taxonomy.SUB_EVENT_TYPES],
        "tags": [(name, locale.term(name)) for name in taxonomy.CT_TAGS],
        "statuses": [(name, locale.gettext(STATUS_LABELS[name])) for name in STATUSES],
        "sorts": [("-date", locale.gettext("Newest first")), ("date", locale.gettext("Oldest first")),
                  ("-fatalities", locale.gettext("Most fatalities")), ("-updated", locale.gettext("Recently updated"))],
    }


@functools.cache
def _countries(lang: str) -> list[tuple[str, str]]:
    codes = sorted({code.split("-")[0] for code in _gazetteer().admin1_codes()})
    locale = Locale(lang)
    return sorted(((code, locale.country(code)) for code in codes), key=lambda pair: pair[1])
