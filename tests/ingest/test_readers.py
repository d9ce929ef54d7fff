import io
import json

from sahelwatch.ingest.readers import count_inputs, expand_paths, read_jsonl, read_paths
from sahelwatch.ingest.urls import canonical_url, document_id


def test_canonical_url():
    assert canonical_url("HTTPS://Sahel-Presse.example:443/a/?utm_source=x&b=2&a=1#top") == \
        "https://sahel-presse.example/a/?a=1&b=2"
    assert canonical_url("https://x.example/article.php?id=12&fbclid=abc") == "https://x.example/article.php?id=12"
    assert canonical_url("mailto:someone@example.org") is None
    assert canonical_url("not a url") is None


def test_document_id_is_stable_and_takes_the_first_key():
    assert document_id("", "b") == document_id("b") != document_id("a")
    assert document_id("x").startswith("doc-")


def test_jsonl_records_and_bad_lines():
    lines = [
        json.dumps({"id": 7, "url": "https://a.example/x?utm_medium=rss", "title": "T", "text": "texte\x00 ici",
                    "published_at": "2026-03-14T10:00:00Z", "lang": "fr", "source": "Sahel Presse"}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"html": "<p>page</p>", "published_at": "14 mars"}),
    ]
    docs = list(read_jsonl(io.BytesIO("\n".join(lines).encode()), "feed.jsonl", 10_000))
    assert [d.status for d in docs] == ["ok", "rejected", "rejected", "rejected", "ok"]
    first = docs[0]
    assert (first.external_id, first.canonical_url, first.text, first.lang_hint, first.site) == \
        ("7", "https://a.example/x", "texte ici", "fr", "Sahel Presse")
    assert first.published_at.isoformat() == "2026-03-14T10:00:00+00:00"
    assert {d.reject_reason for d in docs[1:4]} == {"malformed_jsonl"}
    assert docs[1].reject_detail.startswith("line 2:")
    assert docs[4].media_type == "text/html" and docs[4].published_at is None


def test_paths_folders_globs_and_limits(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("un texte")
    (tmp_path / "sub" / "b.html").write_text("<p>page</p>")
    (tmp_path / "sub" / "c.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n')
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "README.md").write_text("notes")
    (tmp_path / ".hidden").write_text("x")
    found = {p.name for p in expand_paths([str(tmp_path), str(tmp_path / "*.txt")])}
    assert found == {"a.txt", "b.html", "c.jsonl", "big.txt", "image.png", "README.md", ".hidden"}
    docs = list(read_paths([str(tmp_path)], max_bytes=1000))
    assert count_inputs([str(tmp_path)]) == len(docs) == 6
    reasons = {d.origin.rsplit("/", 1)[-1]: d.reject_reason for d in docs}
    assert reasons["big.txt"] == "too_large" and reasons["image.png"] == "unsupported_format"
    assert reasons["a.txt"] is None and reasons["b.html"] is None
