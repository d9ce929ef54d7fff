"""The packaged gazetteer: ISO mapping, names in three languages, lookups, errors."""

import pytest

from sahelwatch.gazetteer import Gazetteer, UnknownAdmin1, UnknownCountry
from sahelwatch.gazetteer.errors import GazetteerFileMissing


@pytest.mark.parametrize("code, name", [("ML-9", "Ménaka"), ("ML-10", "Taoudénit"), ("ML-7", "Gao"),
                                        ("NE-6", "Tillabéri"), ("BF-12", "Sahel"), ("NG-BO", "Borno")])
def test_admin1_iso_codes_and_names(gazetteer, code, name):
    region = gazetteer.admin1(code)
    assert region.name == name
    assert region.latitude is not None and region.longitude is not None


def test_niger_state_exists_with_arabic_and_french_names(gazetteer):
    region = gazetteer.admin1("NG-NI")
    assert region.country == "NG"
    assert region.name_ar == "ولاية النيجر"
    assert "niger" in region.name_fr.lower()
    assert 8 < region.latitude < 12 and 3 < region.longitude < 8


def test_every_covered_country_has_admin1_regions(gazetteer):
    for country in ("ML", "NE", "BF", "MR", "TD", "NG", "DZ", "LY", "MA", "TN", "SN", "CM", "BJ", "TG", "GH"):
        assert gazetteer.admin1_codes(country), country


def test_country_names_in_three_languages(gazetteer):
    mali = gazetteer.country("ML")
    assert (mali.name, mali.name_fr, mali.name_ar) == ("Mali", "Mali", "مالي")
    assert gazetteer.country("SO").name_ar == "الصومال"  # the whole world has countries


@pytest.mark.parametrize("spelling", ["Tombouctou", "Timbuktu", "تمبكتو", "تنبكتو"])
def test_timbuktu_spellings_find_the_town(gazetteer, spelling):
    towns = [p for p in gazetteer.lookup(spelling) if p.kind == "town"]
    assert any(p.country == "ML" and abs(p.latitude - 16.77) < 0.2 for p in towns)


@pytest.mark.parametrize("variant, other", [("Arbinda", "Aribinda"), ("Banibangou", "Bani Bangou"),
                                            ("Seytenga", "Sitenga"), ("Solenzo", "Salanso"),
                                            ("Barsalogho", "Barsalogo"), ("Tillabery", "Tillabéri")])
def test_spelling_variants_lead_to_the_same_place(gazetteer, variant, other):
    ids = {p.id for p in gazetteer.lookup(variant)}
    assert ids & {p.id for p in gazetteer.lookup(other)}


@pytest.mark.parametrize("name, country", [("Inates", "NE"), ("Ber", "ML"), ("Boulkessi", "ML")])
def test_towns_missing_from_geonames_are_curated(gazetteer, name, country):
    assert any(p.country == country and p.curated for p in gazetteer.lookup(name))


def test_malian_places_with_unknown_admin1_got_one(gazetteer):
    ml_towns = [p for p in gazetteer.lookup("Boni") if p.country == "ML"]
    assert ml_towns and all(p.admin1_code and p.admin1_code.startswith("ML-") for p in ml_towns)


def test_unknown_codes_raise_errors_naming_the_cause(gazetteer):
    with pytest.raises(UnknownAdmin1) as error:
        gazetteer.admin1("ML-99")
    assert error.value.code == "ML-99"
    with pytest.raises(UnknownCountry):
        gazetteer.country("XX")


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(GazetteerFileMissing):
        Gazetteer.load(tmp_path / "none.tsv.gz")


def test_nearest_town(gazetteer):
    distance, place = gazetteer.nearest(16.27, -0.04)[0]
    assert place.name == "Gao" and distance < 5


@pytest.mark.parametrize("one, other, district", [("Point Triple", "Karimama", "Karimama"),
                                                  ("Kpinkankandi", "Mandouri", "Kpendjal")])
def test_curated_towns_carry_the_district_their_source_lacks(gazetteer, one, other, district):
    """Benin and Togo come without GeoNames districts; the curated file gives the ones news names."""
    (first,), (second,) = ([p for p in gazetteer.lookup(n) if p.kind == "town"] for n in (one, other))
    assert first.admin2 == second.admin2 == district


def test_a_prefecture_is_a_district_not_a_town(gazetteer):
    assert {p.kind for p in gazetteer.lookup("Kpendjal")} == {"admin2"}
