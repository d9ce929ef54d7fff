"""Interface labels for codes shown on pages (marked with ``N_`` for extraction, translated when shown)."""

from __future__ import annotations

import re

from sahelwatch.web.filters import N_, STATUS_LABELS

ROLE_LABELS = {"viewer": N_("viewer"), "analyst": N_("analyst"), "reviewer": N_("reviewer"), "admin": N_("admin")}
HEALTH_LABELS = {"ok": N_("healthy"), "failing": N_("failing"), "disabled": N_("disabled"), "unknown": N_("not fetched yet")}
FIELD_LABELS = {"event_type": N_("type"), "sub_event_type": N_("sub-type"), "location": N_("place"),
                "admin1": N_("region"), "country": N_("country"), "actor1": N_("actor 1"), "actor2": N_("actor 2"),
                "fatalities": N_("fatalities"), "date": N_("date"), "event_date": N_("date"), "ct_tags": N_("CT tag")}


def type_class(event_type: str | None) -> str:
    """The CSS class colouring an event type (``t-battles``, ``t-explosions-remote-violence`` ...)."""
    return "t-" + re.sub(r"[^a-z]+", "-", (event_type or "other").lower()).strip("-")


TEMPLATE_GLOBALS = {"status_labels": STATUS_LABELS, "health_labels": HEALTH_LABELS, "field_labels": FIELD_LABELS,
                    "role_labels": ROLE_LABELS, "type_class": type_class}
