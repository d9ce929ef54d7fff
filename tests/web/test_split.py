"""An analyst splits a wrong merge from the event page (through Store.split_event)."""

from __future__ import annotations

import pytest

from sahelwatch.store.reports import report_id
from sahelwatch.web.split import can_split
from tests.web.conftest import csrf_of


def test_analyst_splits_a_merged_event(analyst, web_store):
    if not can_split(web_store):
        pytest.skip("Store.split_event (consolidation) is not available in this tree")
    page = analyst.get("/events/ev-menaka")
    assert 'action="/events/ev-menaka/split"' in page.text
    response = analyst.post("/events/ev-menaka/split", data={"csrf_token": csrf_of(page.text),
                                                             "report_id": report_id("doc-fr", 0)},
                            follow_redirects=False)
    assert response.status_code == 303
    event = analyst.get("/api/v1/events/ev-menaka").json()
    assert [r["document_id"] for r in event["reports"]] == ["doc-en"]
    new_id = response.headers["location"].split("split=")[1]
    moved = analyst.get(f"/api/v1/events/{new_id}").json()
    assert [r["document_id"] for r in moved["reports"]] == ["doc-fr"]


def test_split_refuses_reports_of_other_events_and_emptying(analyst):
    token = csrf_of(analyst.get("/events/ev-menaka").text)
    headers = {"X-CSRF-Token": token}
    foreign = analyst.post("/api/v1/events/ev-menaka/split", json={"report_ids": [report_id("doc-ar", 0)]},
                           headers=headers)
    assert foreign.status_code == 400 and "not part of it" in foreign.json()["error"]["message"]
    everything = analyst.post("/api/v1/events/ev-menaka/split",
                              json={"report_ids": [report_id("doc-en", 0), report_id("doc-fr", 0)]}, headers=headers)
    assert everything.status_code == 400 and "at least one" in everything.json()["error"]["message"]
