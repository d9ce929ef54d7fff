"""The REST API over the ASGI app: filters, pagination, exports, one event, documents, statistics, errors."""

from __future__ import annotations

import csv
import io

from sahelwatch.web.export import ACLED_COLUMNS


def ids(response) -> list[str]:
    return [e["id"] for e in response.json()["events"]]


def test_events_newest_first_and_filters(viewer):
    assert ids(viewer.get("/api/v1/events")) == ["ev-menaka", "ev-village", "ev-xss", "ev-tera"]
    assert ids(viewer.get("/api/v1/events?country=NE")) == ["ev-tera"]
    assert ids(viewer.get("/api/v1/events?admin1=ML-9")) == ["ev-menaka", "ev-village"]
    assert ids(viewer.get("/api/v1/events?type=Violence against civilians")) == ["ev-village", "ev-xss"]
    assert ids(viewer.get("/api/v1/events?sub_type=Armed clash")) == ["ev-menaka"]
    assert ids(viewer.get("/api/v1/events?tag=kidnapping")) == ["ev-xss"]
    assert ids(viewer.get("/api/v1/events?actor=Islamic State Sahel")) == ["ev-tera"]
    assert ids(viewer.get("/api/v1/events?from=2026-01-01&to=2026-01-05")) == ["ev-village"]
    assert ids(viewer.get("/api/v1/events?q=bourem")) == ["ev-xss"]
    assert ids(viewer.get("/api/v1/events?bbox=0,13,1,15")) == ["ev-tera"]
    assert ids(viewer.get("/api/v1/events?status=verified")) == []


def test_cursor_pagination_visits_every_event_once(viewer):
    seen, cursor = [], None
    for _ in range(10):
        page = viewer.get("/api/v1/events", params={"limit": 1, "sort": "-fatalities", **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == ["ev-menaka", "ev-village", "ev-tera", "ev-xss"]


def test_sort_ascending_by_date(viewer):
    assert ids(viewer.get("/api/v1/events?sort=date")) == ["ev-tera", "ev-xss", "ev-village", "ev-menaka"]


def test_csv_export_uses_acled_columns(viewer):
    response = viewer.get("/api/v1/events?format=csv&country=ML")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    menaka = next(r for r in rows if r["event_id_cnty"] == "ev-menaka")
    assert menaka["country"] == "Mali" and menaka["iso"] == "466" and menaka["admin1"] == "Ménaka"
    assert menaka["disorder_type"] == "Political violence" and menaka["fatalities"] == "9"
    assert "journal.example" in menaka["source"] and "sample.example" in menaka["source"]
    assert len(rows) == 3


def test_geojson_and_json_exports(viewer):
    collection = viewer.get("/api/v1/events?format=geojson").json()
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 4
    assert collection["features"][0]["geometry"]["coordinates"] == [2.41, 15.93]
    assert len(viewer.get("/api/v1/events?format=json").json()["events"]) == 4


def test_one_event_with_reports_documents_and_evidence(viewer):
    event = viewer.get("/api/v1/events/ev-menaka").json()
    assert event["report_count"] == 2 and {r["document_id"] for r in event["reports"]} == {"doc-en", "doc-fr"}
    report = next(r for r in event["reports"] if r["document_id"] == "doc-fr")
    start, end = report["evidence"]["location"]
    assert report["document_text"][start:end] == "Tidermène"
    assert event["history"][0]["change"] == {"created": ["doc-en", "doc-fr"]}


def test_documents_search_highlights(viewer):
    found = viewer.get("/api/v1/documents", params={"q": "ميناكا"}).json()["documents"]
    assert found[0]["id"] == "doc-ar"
    assert any(s["highlight"] and "ميناكا" in s["text"] for s in found[0]["snippet"])
    document = viewer.get("/api/v1/documents/doc-ar").json()
    assert document["reports"][0]["event_id"] == "ev-village"


def test_statistics(viewer):
    by_country = viewer.get("/api/v1/statistics/country").json()["rows"]
    assert by_country[0] == {"key": "ML", "events": 3, "fatalities": 16}
    months = viewer.get("/api/v1/statistics/month").json()["rows"]
    assert [m["key"] for m in months] == ["2025-11-01", "2025-12-01", "2026-01-01"]
    weeks = viewer.get("/api/v1/statistics/week?country=ML").json()["rows"]
    assert weeks[-1] == {"key": "2026-01-05", "events": 1, "fatalities": 9}
    actors = {r["key"]: r["events"] for r in viewer.get("/api/v1/statistics/actor").json()["rows"]}
    assert actors["Unidentified Armed Group (Mali)"] == 2
    assert viewer.get("/api/v1/statistics/admin1?type=Battles").json()["rows"] == [
        {"key": "ML-9", "events": 1, "fatalities": 9}]


def test_sources_list(viewer, web_store):
    from sqlalchemy import text
    with web_store.transaction() as conn:
        conn.execute(text("INSERT INTO sources (id, name, kind, url, enabled, created_at) "
                          "VALUES ('src-1', 'Sahel Wire', 'rss', 'http://127.0.0.1/feed', :t, '2026-01-01')"),
                     {"t": True})
    sources = viewer.get("/api/v1/sources").json()["sources"]
    assert sources[0]["name"] == "Sahel Wire" and sources[0]["health"] == "unknown" and sources[0]["enabled"] is True


def test_one_error_shape(viewer, anonymous):
    for response, status, code in (
        (viewer.get("/api/v1/events/ev-none"), 404, "not_found"),
        (viewer.get("/api/v1/nothing-here"), 404, "not_found"),
        (viewer.get("/api/v1/events?limit=0"), 422, "invalid_request"),
        (viewer.get("/api/v1/events?from=yesterday"), 422, "invalid_request"),
        (viewer.get("/api/v1/events?sort=color"), 422, "invalid_request"),
        (viewer.get("/api/v1/events?cursor=!!"), 422, "invalid_request"),
        (viewer.get("/api/v1/statistics/planet"), 422, "invalid_request"),
        (anonymous.get("/api/v1/events"), 401, "unauthorized"),
        (viewer.post("/api/v1/events/ev-menaka/split", json={"report_ids": ["x"]}), 403, "forbidden"),
    ):
        assert response.status_code == status, response.text
        assert set(response.json()) == {"error"} and response.json()["error"]["code"] == code
        assert response.json()["error"]["message"]


def test_internal_error_is_json(app, viewer, monkeypatch):
    from sahelwatch.store import queries

    def broken(*args, **kwargs):
        raise RuntimeError("boom")
    monkeypatch.setattr(queries, "get_event", broken)
    response = viewer.get("/api/v1/events/ev-menaka")
    assert response.status_code == 500
    assert response.json() == {"error": {"code": "internal_error",
                                         "message": "an internal error occurred; it has been logged"}}


def test_openapi_and_docs_page(anonymous):
    schema = anonymous.get("/api/v1/openapi.json").json()
    assert "/api/v1/events" in schema["paths"] and "/api/v1/statistics/{by}" in schema["paths"]
    names = {p["name"] for p in schema["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert {"from", "to", "country", "admin1", "type", "sub_type", "tag", "actor", "status", "q", "bbox",
            "sort", "cursor", "limit", "format"} <= names
    docs = anonymous.get("/api/v1/docs")
    assert docs.status_code == 200 and "GET /api/v1/events" in docs.text and "cdn" not in docs.text.lower()
