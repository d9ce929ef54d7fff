"""How a predicted event is matched with a gold one: same type, country and place."""

from sahelwatch.evaluation.score import same_event


def _event(location, admin1_code, latitude=None, longitude=None, country="NG", event_type="Battles"):
    return {"event_type": event_type, "country": country, "admin1_code": admin1_code, "location": location,
            "latitude": latitude, "longitude": longitude}


def test_a_known_town_matches_by_distance_not_spelling():
    gold = _event("Damboa", "NG-BO")
    assert same_event(gold, _event("Damboa town", "NG-BO", 11.155, 12.756))
    assert not same_event(gold, _event("Maiduguri", "NG-BO", 11.846, 13.160))


def test_an_unlisted_village_matches_a_spelling_with_the_same_consonants_in_the_same_region():
    gold = _event("Intagamey", "NE-6", country="NE")
    assert same_event(gold, _event("Intagami", "NE-6", country="NE"))
    assert not same_event(gold, _event("Intagami", "NE-5", country="NE"))        # another region
    assert not same_event(gold, _event("Tamou", "NE-6", country="NE"))           # other consonants
    assert not same_event(gold, _event("Intagami", "NE-6", country="NE", event_type="Riots"))
