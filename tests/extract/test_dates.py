"""Dates in Arabic, French and English news, resolved against the publication date."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.extract.dates import DateMention, find_dates
from sahelwatch.text.normalise import normalise

TUE = dt.date(2026, 3, 17)   # a Tuesday
SUN = dt.date(2026, 3, 15)   # a Sunday
JAN = dt.date(2026, 1, 3)    # a Saturday early in January


def dates(text, lang, published):
    return {text[m.start:m.end]: m for m in find_dates(normalise(text), lang, published)}


def d(iso):
    return dt.date.fromisoformat(iso)


# (lang, published, sentence, surface, date, precision, kind)
CASES = [
    # weekdays: bare = latest on or before publication, "last" = strictly before
    ("fr", TUE, "L'attaque a eu lieu mardi près de Ménaka.", "mardi", "2026-03-17", 1, "weekday"),
    ("fr", TUE, "L'attaque a eu lieu mardi dernier près de Ménaka.", "mardi dernier", "2026-03-10", 1, "weekday"),
    ("fr", TUE, "Des hommes armés ont attaqué dimanche un poste.", "dimanche", "2026-03-15", 1, "weekday"),
    ("fr", TUE, "Ce lundi, l'armée a riposté.", "Ce lundi", "2026-03-16", 1, "weekday"),
    ("en", TUE, "Militants struck on Tuesday, the army said.", "on Tuesday", "2026-03-17", 1, "weekday"),
    ("en", TUE, "The convoy was ambushed last Tuesday.", "last Tuesday", "2026-03-10", 1, "weekday"),
    ("en", TUE, "Friday's attack killed 12.", "Friday", "2026-03-13", 1, "weekday"),
    ("ar", TUE, "هاجم مسلحون يوم الثلاثاء مركزا للجيش", "يوم الثلاثاء", "2026-03-17", 1, "weekday"),
    ("ar", TUE, "هاجم مسلحون يوم الثلاثاء الماضي مركزا للجيش", "يوم الثلاثاء الماضي", "2026-03-10", 1, "weekday"),
    ("ar", TUE, "وقع الهجوم الخميس الماضي", "الخميس الماضي", "2026-03-12", 1, "weekday"),
    ("ar", TUE, "وقال الجيش اليوم الثلاثاء إن", "اليوم الثلاثاء", "2026-03-17", 1, "relative"),
    ("ar", TUE, "إن الهجوم وقع أمس الاثنين", "أمس الاثنين", "2026-03-16", 1, "relative"),
    # relative days
    ("fr", TUE, "Hier, des jihadistes ont attaqué.", "Hier", "2026-03-16", 1, "relative"),
    ("fr", TUE, "avant-hier, un engin explosif", "avant-hier", "2026-03-15", 1, "relative"),
    ("fr", TUE, "aujourd'hui, l'état-major a annoncé", "aujourd'hui", "2026-03-17", 1, "relative"),
    ("fr", TUE, "ce matin, une patrouille a sauté", "ce matin", "2026-03-17", 1, "relative"),
    ("fr", TUE, "hier soir, des tirs ont été entendus", "hier soir", "2026-03-16", 1, "relative"),
    ("en", TUE, "Yesterday gunmen killed three people.", "Yesterday", "2026-03-16", 1, "relative"),
    ("en", TUE, "the day before yesterday an IED exploded", "the day before yesterday", "2026-03-15", 1, "relative"),
    ("en", TUE, "This morning a convoy was attacked.", "This morning", "2026-03-17", 1, "relative"),
    ("ar", TUE, "وأعلن الجيش أمس عن مقتل", "أمس", "2026-03-16", 1, "relative"),
    ("ar", TUE, "وقع الانفجار البارحة في", "البارحة", "2026-03-16", 1, "relative"),
    ("ar", TUE, "هجوم أول أمس على قرية", "أول أمس", "2026-03-15", 1, "relative"),
    ("ar", TUE, "هجوم صباح اليوم على ثكنة", "صباح اليوم", "2026-03-17", 1, "relative"),
    ("ar", TUE, "هجوم فجر اليوم على ثكنة", "فجر اليوم", "2026-03-17", 1, "relative"),
    ("ar", TUE, "اعتقلت الشرطة مساء أمس خلية", "مساء أمس", "2026-03-16", 1, "relative"),
    # parts of the day and nights: a night is coded on the day it began
    ("fr", TUE, "Dans la nuit de samedi à dimanche, des hommes armés ont attaqué.", "Dans la nuit de samedi à dimanche", "2026-03-14", 1, "night"),
    ("fr", TUE, "dans la nuit du vendredi au samedi", "dans la nuit du vendredi au samedi", "2026-03-13", 1, "night"),
    ("fr", TUE, "dans la nuit de dimanche à lundi", "dans la nuit de dimanche à lundi", "2026-03-15", 1, "night"),
    ("fr", TUE, "dimanche soir, une embuscade", "dimanche soir", "2026-03-15", 1, "weekday"),
    ("fr", TUE, "cette nuit, le camp a été visé", "cette nuit", "2026-03-16", 1, "night"),
    ("en", TUE, "Gunmen attacked overnight Saturday into Sunday.", "overnight Saturday into Sunday", "2026-03-14", 1, "night"),
    ("en", TUE, "The base was shelled on Saturday night.", "on Saturday night", "2026-03-14", 1, "night"),
    ("en", TUE, "in the early hours of Sunday", "in the early hours of Sunday", "2026-03-15", 1, "weekday"),
    ("en", TUE, "Last night militants raided the town.", "Last night", "2026-03-16", 1, "night"),
    ("ar", TUE, "وقع الهجوم ليلة السبت إلى الأحد", "ليلة السبت إلى الأحد", "2026-03-14", 1, "night"),
    ("ar", TUE, "وقع الهجوم ليلة السبت على الأحد", "ليلة السبت على الأحد", "2026-03-14", 1, "night"),
    ("ar", TUE, "وقع الهجوم ليل السبت الأحد", "ليل السبت الأحد", "2026-03-14", 1, "night"),
    ("ar", TUE, "وقع الهجوم ليلة السبت", "ليلة السبت", "2026-03-13", 1, "night"),
    ("ar", TUE, "وقع الهجوم ليلة أمس", "ليلة أمس", "2026-03-16", 1, "night"),
    ("ar", TUE, "هجوم فجر الأحد على ثكنة", "فجر الأحد", "2026-03-15", 1, "weekday"),
    ("ar", TUE, "في الساعات الأولى من صباح الجمعة", "في الساعات الأولى من صباح الجمعة", "2026-03-13", 1, "weekday"),
    # N days ago
    ("fr", TUE, "il y a trois jours, un véhicule", "il y a trois jours", "2026-03-14", 1, "ago"),
    ("fr", TUE, "il y a 2 semaines", "il y a 2 semaines", "2026-03-03", 2, "ago"),
    ("en", TUE, "three days ago a mine exploded", "three days ago", "2026-03-14", 1, "ago"),
    ("en", TUE, "a week ago the army", "a week ago", "2026-03-10", 2, "ago"),
    ("ar", TUE, "قبل ثلاثة أيام هاجم", "قبل ثلاثة أيام", "2026-03-14", 1, "ago"),
    ("ar", TUE, "قبل ٤ أيام هاجم", "قبل ٤ أيام", "2026-03-13", 1, "ago"),
    ("ar", TUE, "قبل يومين هاجم", "قبل يومين", "2026-03-15", 1, "ago"),
    ("ar", TUE, "منذ أسبوعين", "منذ أسبوعين", "2026-03-03", 2, "ago"),
    # weeks and months
    ("fr", TUE, "la semaine dernière, les FAMa", "la semaine dernière", "2026-03-12", 2, "week"),
    ("en", TUE, "Last week, troops", "Last week", "2026-03-12", 2, "week"),
    ("ar", TUE, "الأسبوع الماضي، نفذ الجيش", "الأسبوع الماضي", "2026-03-12", 2, "week"),
    ("en", TUE, "earlier this month the group", "earlier this month", "2026-03-05", 3, "month"),
    ("fr", TUE, "début mars, une attaque", "début mars", "2026-03-05", 3, "month"),
    ("fr", TUE, "à la mi-février", "à la mi-février", "2026-02-15", 3, "month"),
    ("fr", TUE, "fin février, l'armée", "fin février", "2026-02-25", 3, "month"),
    ("ar", TUE, "مطلع الشهر الجاري", "مطلع الشهر الجاري", "2026-03-05", 3, "month"),
    ("ar", TUE, "في مطلع الشهر شن", "في مطلع الشهر", "2026-03-05", 3, "month"),
    ("ar", TUE, "أواخر الشهر الماضي", "أواخر الشهر الماضي", "2026-02-25", 3, "month"),
    ("ar", TUE, "منتصف فبراير", "منتصف فبراير", "2026-02-15", 3, "month"),
    ("en", TUE, "late last month", "late last month", "2026-02-25", 3, "month"),
    ("en", TUE, "in mid-December", "in mid-December", "2025-12-15", 3, "month"),
    ("en", TUE, "The attack in May 2024 shocked", "in May 2024", "2024-05-15", 3, "month"),
    ("fr", TUE, "en janvier 2025, des renforts", "en janvier 2025", "2025-01-15", 3, "month"),
    ("ar", TUE, "في يناير الماضي", "في يناير الماضي", "2026-01-15", 3, "month"),
    # spans of days (weekly bulletins): the middle day
    ("fr", dt.date(2026, 2, 11), "durant la période du 4 au 10 février 2026", "du 4 au 10 février 2026", "2026-02-07", 2, "range"),
    ("en", dt.date(2026, 12, 2), "during the period from 24 to 30 November 2026", "from 24 to 30 November 2026", "2026-11-27", 2, "range"),
    ("ar", dt.date(2026, 3, 18), "خلال الفترة الممتدة من 11 إلى 17 مارس 2026", "من 11 إلى 17 مارس 2026", "2026-03-14", 2, "range"),
    # a span across a month's end: its middle day too (but a night from one day to the next is its first day)
    ("ar", dt.date(2025, 5, 7), "خلال الفترة الممتدة من 30 أفريل إلى 6 ماي 2025", "30 أفريل إلى 6 ماي 2025",
     "2025-05-03", 2, "range"),
    ("fr", dt.date(2025, 5, 7), "durant la période du 30 avril au 6 mai 2025", "30 avril au 6 mai 2025",
     "2025-05-03", 2, "range"),
    ("en", dt.date(2025, 5, 7), "in the week from 28 April to 4 May 2025", "28 April to 4 May 2025", "2025-05-01", 2,
     "range"),
    ("fr", TUE, "entre le 1er et le 28 février", "entre le 1er et le 28 février", "2026-02-14", 3, "range"),
    # two days named together: the first, precision 2, so that a sentence telling one of them dates its event
    ("en", dt.date(2026, 7, 19), "drone strikes on 18 and 19 July 2026.", "18 and 19 July 2026", "2026-07-18", 2,
     "range"),
    ("fr", dt.date(2026, 7, 19), "des frappes les 18 et 19 juillet 2026.", "18 et 19 juillet 2026", "2026-07-18", 2,
     "range"),
    ("ar", dt.date(2026, 7, 19), "غارات يومي 18 و19 يوليو 2026", "18 و19 يوليو 2026", "2026-07-18", 2, "range"),
    # absolute dates
    ("fr", TUE, "le 14 mars 2026, à Djibo", "14 mars 2026", "2026-03-14", 1, "absolute"),
    ("fr", TUE, "le mardi 10 mars, à Djibo", "le mardi 10 mars", "2026-03-10", 1, "absolute"),
    ("fr", TUE, "le 1er mars, à Djibo", "1er mars", "2026-03-01", 1, "absolute"),
    ("fr", TUE, "le 14/03/2026 à Djibo", "14/03/2026", "2026-03-14", 1, "absolute"),
    ("fr", TUE, "le 14 courant", "14 courant", "2026-03-14", 1, "absolute"),
    ("fr", JAN, "l'attaque du 28 décembre", "28 décembre", "2025-12-28", 1, "absolute"),
    ("fr", TUE, "le 20 mars dernier", "20 mars dernier", "2025-03-20", 1, "absolute"),
    ("en", TUE, "On 14 March, militants", "14 March", "2026-03-14", 1, "absolute"),
    ("en", TUE, "On March 14, 2026, militants", "March 14, 2026", "2026-03-14", 1, "absolute"),
    ("en", TUE, "On Saturday, March 14, militants", "On Saturday, March 14", "2026-03-14", 1, "absolute"),
    ("en", TUE, "the 2nd of March", "the 2nd of March", "2026-03-02", 1, "absolute"),
    ("en", JAN, "on December 28 the army", "December 28", "2025-12-28", 1, "absolute"),
    ("en", TUE, "on Dec. 3, 2023, a drone", "Dec. 3, 2023", "2023-12-03", 1, "absolute"),
    ("en", TUE, "Eleven years ago to the day, a gunman", "Eleven years ago", "2015-03-17", 3, "ago"),
    ("fr", TUE, "il y a dix ans, un commando", "il y a dix ans", "2016-03-17", 3, "ago"),
    ("ar", TUE, "قبل خمس سنوات هاجم مسلحون", "قبل خمس سنوات", "2021-03-17", 3, "ago"),
    ("en", TUE, "on 17 Jan. 2017 a jet", "17 Jan. 2017", "2017-01-17", 1, "absolute"),
    ("ar", TUE, "في الرابع عشر من مارس", "الرابع عشر من مارس", "2026-03-14", 1, "absolute"),
    ("ar", TUE, "يوم ١٤ مارس ٢٠٢٦", "١٤ مارس ٢٠٢٦", "2026-03-14", 1, "absolute"),
    ("ar", TUE, "يوم 14 مارس 2026م", "14 مارس 2026م", "2026-03-14", 1, "absolute"),
    ("ar", TUE, "في 3 أفريل 2025", "3 أفريل 2025", "2025-04-03", 1, "absolute"),
    ("ar", TUE, "في 7 كانون الثاني 2026", "7 كانون الثاني 2026", "2026-01-07", 1, "absolute"),
    ("ar", TUE, "في 5 غشت 2025", "5 غشت 2025", "2025-08-05", 1, "absolute"),
    ("ar", TUE, "في 12 شتنبر", "12 شتنبر", "2025-09-12", 1, "absolute"),
    ("ar", TUE, "في 2 جويلية", "2 جويلية", "2025-07-02", 1, "absolute"),
    ("ar", TUE, "في 9 حزيران", "9 حزيران", "2025-06-09", 1, "absolute"),
    ("ar", TUE, "في ١٤/٠٣/٢٠٢٦", "١٤/٠٣/٢٠٢٦", "2026-03-14", 1, "absolute"),
    ("ar", TUE, "يوم 10 من الشهر الجاري", "10 من الشهر الجاري", "2026-03-10", 1, "absolute"),
    ("ar", TUE, "يوم الثلاثاء 10 مارس", "يوم الثلاثاء 10 مارس", "2026-03-10", 1, "absolute"),
    ("ar", JAN, "هجوم 28 ديسمبر", "28 ديسمبر", "2025-12-28", 1, "absolute"),
    ("ar", JAN, "هجوم 28 دجنبر", "28 دجنبر", "2025-12-28", 1, "absolute"),
    ("ar", TUE, "هجوم بوهوما في ٢٣ مارس (آذار) ٢٠٢٠", "٢٣ مارس (آذار) ٢٠٢٠", "2020-03-23", 1, "absolute"),
    ("ar", TUE, "في الثامن من يناير/كانون الثاني 2025", "الثامن من يناير/كانون الثاني 2025", "2025-01-08", 1,
     "absolute"),
    # a day or month "last year": the year before publication, even for a day not yet reached this year
    ("en", TUE, "On March 2 last year, JNIM killed 54 soldiers", "March 2 last year", "2025-03-02", 1, "absolute"),
    ("fr", TUE, "le 2 mars de l'année dernière, le JNIM", "2 mars de l'année dernière", "2025-03-02", 1, "absolute"),
    ("ar", TUE, "في 2 مارس من العام الماضي", "2 مارس من العام الماضي", "2025-03-02", 1, "absolute"),
    ("en", TUE, "in May last year", "in May last year", "2025-05-15", 3, "month"),
]


@pytest.mark.parametrize("lang, published, sentence, surface, date, precision, kind", CASES)
def test_dates(lang, published, sentence, surface, date, precision, kind):
    found = dates(sentence, lang, published)
    assert surface in found, {s: str(m.date) for s, m in found.items()}
    mention = found[surface]
    assert (mention.date, mention.precision, mention.kind) == (d(date), precision, kind)


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "mardi prochain, une réunion"), ("en", "next Monday talks resume"), ("ar", "الأحد المقبل"),
    ("fr", "le 14 mars 2027"), ("en", "elections on 28 December 2026"), ("fr", "le 20 courant"),
])
def test_future_expressions_give_no_date(lang, sentence):
    assert dates(sentence, lang, TUE) == {}


@pytest.mark.parametrize("lang, sentence", [
    ("ar", "في اليوم التالي"), ("ar", "اليوم العالمي للطفل"), ("fr", "le 31 février"),
    ("en", "12 soldiers and 4 vehicles"), ("fr", "à 30 km de Gao"), ("ar", "مرتين في الشهر"),
    ("fr", "Ce soir-là, un commando a ouvert le feu"), ("fr", "ce jour-là, les soldats"),
])
def test_no_false_dates(lang, sentence):
    assert dates(sentence, lang, TUE) == {}


def test_a_night_from_one_day_to_the_next_is_no_span():
    found = dates("Dans la nuit du 31 mars au 1er avril, l'armée a abattu un drone.", "fr", dt.date(2025, 4, 2))
    assert found["31 mars"].date == d("2025-03-31") and found["31 mars"].precision == 1


def test_al_ithnayn_after_a_definite_noun_is_the_two_not_monday():
    assert dates("واقتادوا الموظفين الاثنين إلى وجهة مجهولة", "ar", TUE) == {}
    assert "يوم الاثنين" in dates("هاجم مسلحون يوم الاثنين قرية", "ar", TUE)


def test_mardi_on_a_tuesday_is_that_day_and_dernier_the_week_before():
    found = dates("mardi, puis mardi dernier", "fr", TUE)
    assert found["mardi"].date == TUE and found["mardi dernier"].date == TUE - dt.timedelta(days=7)


def test_year_rolls_over_in_january():
    for lang, text in [("fr", "le 28 décembre"), ("en", "on 28 December"), ("ar", "يوم 28 ديسمبر")]:
        (mention,) = find_dates(normalise(text), lang, dt.date(2026, 1, 2))
        assert mention.date == dt.date(2025, 12, 28)


def test_date_expressions_are_found_in_order_in_a_report():
    text = ("Des hommes armés ont attaqué dans la nuit de samedi à dimanche le poste de Boulkessi. "
            "Le 10 mars, un autre poste avait été visé. Il y a trois jours, un convoi a sauté sur une mine.")
    found = find_dates(normalise(text), "fr", TUE)
    assert [m.date for m in found] == [d("2026-03-14"), d("2026-03-10"), d("2026-03-14")]


def test_weekday_is_resolved_for_every_day_of_the_week():
    for back in range(7):
        published = TUE + dt.timedelta(days=back)
        (mention,) = find_dates(normalise("mardi"), "fr", published)
        assert mention.date == TUE
        (mention,) = find_dates(normalise("mardi dernier"), "fr", published)
        assert mention.date == (TUE if back else TUE - dt.timedelta(days=7))


def test_published_may_be_a_datetime():
    (mention,) = find_dates(normalise("hier"), "fr", dt.datetime(2026, 3, 17, 9, 30))
    assert mention.date == dt.date(2026, 3, 16)


def test_mention_is_validated():
    with pytest.raises(ValueError):
        DateMention(0, 1, TUE, 4, "absolute")
    with pytest.raises(ValueError):
        DateMention(0, 1, TUE, 1, "someday")


PIECES = list("ابتثجحخدذرسشصضطظعغفقكلمنهويةىأإآئؤء ًٌَُِّـ٠١٢٣٤٥٦٧٨٩0123456789 ,.-/:hkmsaeiouéèàç'\n") + [
    "mardi", "dernier", "prochain", "dans la nuit de ", " à ", "samedi", "hier", "il y a ", " jours",
    "الثلاثاء", "الماضي", "ليلة ", "إلى", "أمس", "قبل ", "يومين", "مارس", "غشت", "كانون الثاني", "مطلع",
    "Tuesday", "last ", "overnight ", " into ", "ago", "March", "mid-", "early ", "14", "2026", "1999", "/",
]
MIXED = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=MIXED, lang=st.sampled_from(["ar", "fr", "en"]),
       published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_never_crashes_spans_inside_dates_not_after_publication(text, lang, published):
    for mention in find_dates(normalise(text), lang, published):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.date <= published
        assert mention.precision in (1, 2, 3)


@pytest.mark.parametrize("text, lang, day", [
    ("قُتل 157 شخصا في 23 مارس 2019. ففي ليلة 9 إلى 10 يونيو (حزيران) من العام نفسه، هاجم مسلحون القرية.", "ar",
     dt.date(2019, 6, 9)),
    ("Le 23 mars 2019, 157 personnes ont été tuées. Le 10 juin de la même année, des hommes armés ont attaqué.", "fr",
     dt.date(2019, 6, 10)),
    ("On March 23, 2019, 157 people were killed. On June 10 of the same year, gunmen attacked.", "en",
     dt.date(2019, 6, 10)),
])
def test_a_day_of_the_same_year_takes_the_year_named_before(text, lang, day):
    found = find_dates(normalise(text), lang, dt.date(2026, 3, 23))
    assert found[-1].date == day


def test_that_day_is_not_today_in_arabic():
    text = "أن دورية عسكرية طوقت السوق صباح ذلك اليوم، وفي نفس اليوم"
    found = find_dates(normalise(text), "ar", dt.date(2025, 5, 18))
    assert found == []
