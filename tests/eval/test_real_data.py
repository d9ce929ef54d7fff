"""Real text the project did not write."""

import datetime as dt

from sahelwatch.extract.document import extract_events


def test_the_real_arabic_analysis_article_is_analysis_without_events(shared_dir):
    text = (shared_dir / "examples" / "bladna24-morocco-sahel-analysis.ar.txt").read_text(encoding="utf-8")
    extraction = extract_events(text, "ar", dt.date(2025, 6, 1))
    assert (extraction.kind, extraction.events) == ("analysis", ())
