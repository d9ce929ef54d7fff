"""Real text the project did not write."""

import datetime as dt

from sahelwatch.extract.document import extract_events


def test_the_real_arabic_analysis_article_is_analysis_without_events(shared_dir):
    text = (shared_dir / "examples" / "bladna24-morocco-sahel-analysis.ar.txt").read_text(encoding="utf-8")
    extraction = extract_events(text, "ar", dt.date(2025, 6, 1))
    assert (extraction.kind, extraction.events) == ("analysis", ())


def test_ucdp_headlines_drop_citation_lines_and_imprecise_rows(tmp_path):
    from eval.geo.ucdp_headlines import read_rows

    csv_file = tmp_path / "ged.csv"
    csv_file.write_text(
        "where_prec,source_headline\n#loc+prec,#meta\n"
        '1,"Cult war claims 8 lives in Benin\n\nAU \tAjiri Daniels;Gunmen kill 3 in Edo"\n'
        "4,Clashes somewhere in the north\n", encoding="utf-8")
    rows = read_rows(csv_file)
    assert [r["source_headline"] for r in rows] == ["Cult war claims 8 lives in Benin;Gunmen kill 3 in Edo"]
