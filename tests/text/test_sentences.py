"""Sentence spans: where a full stop ends a sentence and where it does not."""

from sahelwatch.text.sentences import sentence_spans


def sentences(text):
    return [text[start:end] for start, end in sentence_spans(text)]


def test_abbreviations_and_numbers_do_not_end_a_sentence():
    text = "Gen. Musa said 1.200 troops were sent. M. Diallo a confirmé."
    assert sentences(text) == ["Gen. Musa said 1.200 troops were sent.", "M. Diallo a confirmé."]


def test_a_month_abbreviation_before_its_day_does_not_end_a_sentence():
    assert sentences("On Jan. 8, 2025, the group killed 28 soldiers. It was in Jan. The army withdrew.") == [
        "On Jan. 8, 2025, the group killed 28 soldiers.", "It was in Jan.", "The army withdrew."]
    assert sentences("Le 8 janv. 2025, une attaque a visé Point Triple. Le bilan est lourd.") == [
        "Le 8 janv. 2025, une attaque a visé Point Triple.", "Le bilan est lourd."]


def test_a_datelines_month_abbreviation_after_its_day_does_not_end_a_sentence():
    assert sentences("RABAT, 19 fév. (AMI) – Le BCIJ a démantelé une cellule. Le bilan date du 3 oct. Les suspects "
                     "sont en garde à vue.") == [
        "RABAT, 19 fév. (AMI) – Le BCIJ a démantelé une cellule.", "Le bilan date du 3 oct.",
        "Les suspects sont en garde à vue."]


def test_a_clock_time_the_sentence_goes_on_from_does_not_end_it():
    assert sentences("The attack took place at 2 p.m. (1300 GMT) on Friday in Fambita. It ended at 4 p.m. Police "
                     "arrived later.") == ["The attack took place at 2 p.m. (1300 GMT) on Friday in Fambita.",
                                           "It ended at 4 p.m.", "Police arrived later."]


def test_a_line_break_ends_a_sentence():
    assert sentences("BAMAKO\nDes hommes armés ont attaqué Boni") == ["BAMAKO", "Des hommes armés ont attaqué Boni"]


def test_an_initial_does_not_end_a_sentence_unless_a_sentence_starts_after_it():
    assert sentences("Le général A. Traoré est arrivé. Il a parlé.") == ["Le général A. Traoré est arrivé.",
                                                                      "Il a parlé."]
    assert sentences("ويرى الخبير الأمني (ع. م) أن الأرقام تعكس ذلك. وقال آخر.") == [
        "ويرى الخبير الأمني (ع. م) أن الأرقام تعكس ذلك.", "وقال آخر."]
    assert sentences("Ils se sont repliés vers le parc W. Le JNIM a revendiqué.") == [
        "Ils se sont repliés vers le parc W.", "Le JNIM a revendiqué."]
