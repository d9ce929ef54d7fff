"""Splitting a wrong merge: move some reports of an event out into an event of their own.

The consolidation step owns how events are merged and split (``Store.split_event``); the
web only checks the request and calls it. Until the store offers it, the request is refused
with a clear message.
"""

from __future__ import annotations

from typing import Any

from sahelwatch.errors import SahelWatchError
from sahelwatch.store import queries


class SplitUnavailable(SahelWatchError):
    def __init__(self) -> None:
        super().__init__("splitting events needs the consolidation step (Store.split_event), not installed here")


class SplitRefused(SahelWatchError):
    def __init__(self, event_id: str, reason: str) -> None:
        self.event_id = event_id
        self.reason = reason
        super().__init__(f"cannot split event {event_id!r}: {reason}")


def can_split(store: Any) -> bool:
    return callable(getattr(store, "split_event", None))


def split_event(store: Any, event_id: str, report_ids: list[str], by: str) -> dict[str, Any]:
    """Split ``report_ids`` out of ``event_id``; return the event as it now is and what the store answered."""
    event = queries.get_event(store, event_id)
    known = {r["id"] for r in event["reports"]}
    unknown = sorted(set(report_ids) - known)
    if unknown:
        raise SplitRefused(event_id, f"reports {', '.join(unknown)} are not part of it; its reports: "
                                     f"{', '.join(sorted(known))}")
    if len(set(report_ids)) >= len(known):
        raise SplitRefused(event_id, "leave at least one report in the event")
    if not can_split(store):
        raise SplitUnavailable()
    new_event = store.split_event(event_id, list(dict.fromkeys(report_ids)), by)
    return {"event": queries.get_event(store, event_id), "new_event_id": _plain(new_event)}


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool, list, dict)):
        return value
    if hasattr(value, "__dataclass_fields__"):
        from dataclasses import asdict
        return asdict(value)
    return str(value)
