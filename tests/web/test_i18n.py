"""The interface in Arabic, French and English: complete catalogues, right-to-left Arabic, localised names."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from sahelwatch.web.i18n import TRANSLATIONS_DIR, Locale, pick_language


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_message_is_translated(lang):
    with open(TRANSLATIONS_DIR / lang / "LC_MESSAGES" / "messages.po", "rb") as handle:
        catalog = read_po(handle, locale=lang)
    untranslated = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert len(list(catalog)) > 100 and untranslated == []


def test_catalogue_covers_the_templates():
    with open(TRANSLATIONS_DIR / "messages.pot", "rb") as handle:
        template = {m.id for m in read_po(handle) if m.id}
    with open(TRANSLATIONS_DIR / "ar" / "LC_MESSAGES" / "messages.po", "rb") as handle:
        arabic = {m.id for m in read_po(handle, locale="ar") if m.id}
    assert template <= arabic and {"Dashboard", "Log in", "Events by week and type"} <= template


def test_locale_formats_and_names():
    ar, fr, en = Locale("ar"), Locale("fr"), Locale("en")
    assert ar.gettext("Dashboard") == "لوحة المتابعة" and fr.gettext("Dashboard") == "Tableau de bord"
    assert fr.number(12345) == "12\u202f345" and en.number(12345) == "12,345"
    assert fr.date("2026-01-12") == "12 janv. 2026" and en.date("2026-01-12") == "Jan 12, 2026"
    assert ar.term("Battles") == "معارك" and fr.term("Armed clash") == "Affrontement armé"
    assert ar.country("ML") == "مالي" and ar.admin1("ML-9") == "ميناكا"
    assert ar.dir == "rtl" and fr.dir == "ltr"


def test_language_choice():
    assert pick_language(None, "fr") == "fr"
    assert pick_language("ar", "fr") == "ar"
    assert pick_language(None, None, accept="fr-FR,fr;q=0.9,en;q=0.8") == "fr"
    assert pick_language("de", None, accept="de") == "en"


def test_pages_follow_the_chosen_language_and_remember_it(viewer):
    response = viewer.get("/language/ar?next=/events", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/events"
    page = viewer.get("/events").text
    assert '<html lang="ar" dir="rtl">' in page and "الأحداث" in page and "معارك" in page
    viewer.get("/language/fr")
    page = viewer.get("/").text
    assert '<html lang="fr" dir="ltr">' in page and "Tableau de bord" in page and "Ménaka" in page


def test_arabic_evidence_is_right_to_left(viewer):
    page = viewer.get("/events/ev-village").text
    assert 'lang="ar" dir="rtl"' in page and '<mark class="evidence' in page


def test_user_preference_is_used_after_login(app, web_store):
    from fastapi.testclient import TestClient
    from sahelwatch.store import users
    from tests.web.conftest import PASSWORD, login

    users.create_user(web_store, "amina", PASSWORD, role="viewer", lang="ar")
    with TestClient(app) as client:
        login(client, "amina")
        assert '<html lang="ar" dir="rtl">' in client.get("/").text
