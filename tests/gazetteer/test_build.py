"""The build: keys, demonym forms, reproducibility of the packaged files."""

import os
from pathlib import Path

import pytest

from sahelwatch.gazetteer import sources
from sahelwatch.gazetteer.build import MAIN_FILE, _settlement_names, build_gazetteer
from sahelwatch.gazetteer.sources import CuratedDataError
from sahelwatch.gazetteer.fileformat import content_fingerprint, read_lines, write_rows
from sahelwatch.gazetteer.keys import demonym_forms, french_forms, match_keys
from sahelwatch.gazetteer.store import DATA_DIR

SHARED = Path(os.environ.get("SAHELWATCH_SHARED_DATA", Path(__file__).parents[3] / "shared" / "data"))


def test_match_keys_fold_and_add_hyphen_variants():
    keys = match_keys(["Gorom-Gorom", "Ménaka"], ["تيلابيري"])
    assert {"gorom-gorom", "gorom gorom", "menaka", "تيلابيري"} <= set(keys)


def test_french_and_arabic_demonym_forms():
    assert french_forms("malien") == ["malien", "malienne", "maliens", "maliennes"]
    latin, arabic = demonym_forms({"demonyms_en": ["Malian"], "demonyms_ar": ["المالي"]})
    assert "Malians" in latin and {"الماليه", "الماليين", "الماليون"} <= {a.replace("ة", "ه") for a in arabic}


def test_settlement_aliases_that_drop_a_generic_first_word_are_not_kept():
    # "Gidan Buhari" (Buhari's house) is not found by "Buhari", nor "Unguwar Mata" by "Mata"
    assert _settlement_names("Gidan Buhari", ["gidan buhari", "buhari"]) == ["Gidan Buhari", "gidan buhari"]
    assert _settlement_names("Unguwar Mata", ["Mata", ""]) == ["Unguwar Mata"]
    # other short forms stay: "Goniri Kura" is also written "Goniri"; spelling variants stay
    assert _settlement_names("Goniri Kura", ["goniri"]) == ["Goniri Kura", "goniri"]
    assert _settlement_names("Wuro Bagga", ["wurabugga"]) == ["Wuro Bagga", "wurabugga"]


def test_written_file_is_byte_reproducible(tmp_path):
    rows = [("town", "b", "B"), ("town", "a", "A")]
    first = write_rows(tmp_path / "one.tsv.gz", rows)
    second = write_rows(tmp_path / "two.tsv.gz", list(reversed(rows)))
    assert first == second
    assert (tmp_path / "one.tsv.gz").read_bytes() == (tmp_path / "two.tsv.gz").read_bytes()
    assert read_lines(tmp_path / "one.tsv.gz")[0].startswith("town\ta")


def test_packaged_file_is_small():
    assert (DATA_DIR / MAIN_FILE).stat().st_size < 5_000_000


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "geonames-sahel").exists(), reason="shared/data not available")
def test_rebuild_matches_the_packaged_files(tmp_path):
    report = build_gazetteer(SHARED, tmp_path)
    for name in report.files:
        assert content_fingerprint(tmp_path / name) == content_fingerprint(DATA_DIR / name), name
    assert report.unmapped_admin1 == ()


def test_districts_geonames_keeps_under_a_former_region_are_in_their_current_one(gazetteer):
    for name in ("Département de Téra", "Département de Ouallam", "Kollo Department"):
        [district] = [p for p in gazetteer.lookup(name) if p.kind == "admin2"]
        assert district.admin1_code == "NE-6", name  # Tillabéri, not Niamey


def test_towns_of_malis_new_regions_are_in_them(gazetteer):
    """GeoNames still codes most of Ménaka's and Taoudénit's towns under Gao and Tombouctou."""
    expected = {"Inékar": "ML-9", "Andéramboukane": "ML-9", "Tidermène": "ML-9", "Araouane": "ML-10"}
    for name, region in expected.items():
        towns = [p for p in gazetteer.lookup(name) if p.kind == "town" and p.country == "ML"]
        assert towns and {t.admin1_code for t in towns} == {region}, name


def test_towns_elsewhere_carry_their_region_whose_name_is_not_matched(gazetteer):
    [mogadishu] = [p for p in gazetteer.lookup("Mogadishu") if p.kind == "town"]
    assert (mogadishu.admin1_code, mogadishu.admin1) == ("SO-BN", "Banaadir")
    assert gazetteer.lookup("Banaadir") == []  # a region of the world, not a name to find in texts


def test_a_curated_town_line_reads_its_region_and_district():
    town = sources._curated_town("BJ", "Point Triple | Point-Triple | بوان تريبل | 11.89, 2.42 | BJ-AL | Karimama")
    assert (town.point, town.admin1, town.admin2) == ((11.89, 2.42), "BJ-AL", "Karimama")
    assert sources._curated_town("BJ", "Cotonou | | كوتونو |").admin2 is None
    with pytest.raises(CuratedDataError, match="district"):
        sources._curated_town("BJ", "Cotonou | | | | BJ-LI | Cotonou | extra")


def test_a_units_name_given_as_a_towns_alternate_is_not_kept():
    latin, arabic = sources.clean_alternates(["Batna", "Wilaya de Batna", "باتنة", "ولاية باتنة", "محافظة الفيوم"])
    assert (latin, arabic) == (["Batna"], ["باتنة"])


def test_the_wilaya_of_batna_is_the_region_not_its_capital(gazetteer):
    assert {p.kind for p in gazetteer.lookup("ولاية باتنة")} <= {"admin1"}
