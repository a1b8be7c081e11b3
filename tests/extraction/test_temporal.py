"""The temporal tagger, on sentences written for these tests.

Most tests publish on Thursday 14 March 2024; the week around it:
Mon 11, Tue 12, Wed 13, [Thu 14], Fri 15, Sat 16, Sun 17, Mon 18, Tue 19, Wed 20.
"""

from datetime import date, datetime

import pytest

from articles.extraction.temporal import (
    clause_tense,
    find_time_expressions,
    infer_publication_date,
)

THURSDAY = date(2024, 3, 14)


@pytest.fixture(autouse=True)
def media_in_tmp():
    """Shadows the Django-only autouse fixture of tests/conftest.py: this module needs no
    Django, so it also runs with `-p no:django`."""


def found(text, language="fr", published=THURSDAY):
    return find_time_expressions(text, language=language, published=published)


def only(text, language="fr", published=THURSDAY):
    expressions = found(text, language, published)
    assert len(expressions) == 1, expressions
    return expressions[0]


def values(text, language="fr", published=THURSDAY):
    return [e.value for e in found(text, language, published)]


# Weekdays, French ------------------------------------------------------------------------


def test_it_reads_a_past_weekday_as_the_same_day_when_it_is_publication_day():
    expression = only("Les deux ministres ont conclu jeudi leurs discussions à Oslo.")
    assert (expression.text, expression.value, expression.precision) == (
        "jeudi",
        "2024-03-14",
        "day",
    )
    assert expression.anchored


def test_it_reads_a_future_weekday_as_the_same_day_when_it_is_publication_day():
    assert only("Le président rencontrera jeudi son homologue.").value == "2024-03-14"


def test_it_reads_a_past_weekday_as_the_most_recent_one():
    assert only("Les délégations se sont retrouvées lundi à Rome.").value == "2024-03-11"


def test_it_reads_a_future_weekday_as_the_next_one():
    assert only("Le ministre se rendra lundi à Rome.").value == "2024-03-18"


def test_it_keeps_the_time_of_day_with_the_weekday():
    expression = only("Le chef de l'Etat a appelé mercredi soir son homologue malien.")
    assert (expression.text, expression.value) == ("mercredi soir", "2024-03-13")


def test_it_reads_a_weekday_heading_an_agenda_line_before_its_hour():
    assert values("Vendredi 10h30 : entretien avec la ministre nigériane.") == ["2024-03-15"]
    assert values("Samedi 9h : petit-déjeuner de travail avec le commissaire.") == ["2024-03-16"]
    # a day of the month after the weekday is the day pattern's, not an hour
    assert values("Le ministre se rendra lundi 18 à Rome.") == ["2024-03-18"]


def test_it_reads_mardi_dernier_as_before_publication_whatever_the_verb():
    assert only("Ils se verront comme mardi dernier.").value == "2024-03-12"


def test_it_reads_prochain_as_strictly_after_publication():
    assert only("Une réunion est prévue jeudi prochain.").value == "2024-03-21"
    assert only("Ils se retrouveront lundi prochain.").value == "2024-03-18"


@pytest.mark.parametrize(
    "language, text, day",
    [
        ("fr", "Ils se retrouveront jeudi de la semaine prochaine à Dakar.", "2024-03-21"),
        ("fr", "Ils se sont vus mardi de la semaine dernière.", "2024-03-05"),
        ("en", "They will meet on Thursday next week in Dakar.", "2024-03-21"),
        ("en", "They met on Tuesday of last week.", "2024-03-05"),
    ],
)
def test_it_reads_a_weekday_of_the_week_named_after_it_in_that_week(language, text, day):
    # not this Thursday, nor the Tuesday just gone: the one of the week before or after
    assert only(text, language).value == day


def test_it_reads_an_english_week_as_starting_on_sunday():
    # published Sunday 17 March 2024: "last week" ran from Sunday 10 to Saturday 16
    expression = only("They met on Wednesday last week.", "en", date(2024, 3, 17))
    assert expression.value == "2024-03-13"


def test_it_reads_ce_mardi_by_the_tense_of_its_clause():
    assert only("Le sommet s'est ouvert ce mardi à Dakar.").value == "2024-03-12"


def test_it_reads_a_conditional_clause_as_future():
    assert only("Les deux dirigeants se rencontreraient lundi.").value == "2024-03-18"


def test_it_reads_devrait_and_va_as_future():
    assert only("Le ministre devrait se rendre mercredi à Berlin.").value == "2024-03-20"
    assert only("Elle va s'entretenir vendredi avec son homologue.").value == "2024-03-15"


def test_it_reads_planning_verbs_as_future_even_in_the_past_tense():
    assert only("Il a décidé de reporter à lundi le sommet.").value == "2024-03-18"
    assert only("Elle prévoit de se rendre mardi à Kiev.").value == "2024-03-19"
    assert only("Les ministres s'apprêtent à signer vendredi.").value == "2024-03-15"


def test_it_takes_the_nearest_weekday_when_the_tense_is_unknown():
    assert only("Sommet à Oslo samedi.").value == "2024-03-16"
    assert only("Réunion à Oslo mardi.").value == "2024-03-12"


def test_it_reads_a_weekday_in_the_present_as_scheduled_when_it_is_near():
    assert only("Le président se rend lundi à Moscou.").value == "2024-03-18"
    assert only("Le président reçoit mardi son homologue.").value == "2024-03-12"


def test_it_leaves_a_formerly_planned_day_to_the_nearest_occurrence():
    text = "Le sommet qui devait se tenir mardi a été annulé."
    assert clause_tense(text, text.index("mardi"), language="fr") is None
    assert only(text).value == "2024-03-12"
    text = "The talks, which were scheduled for Saturday, were called off."
    assert only(text, "en").value == "2024-03-16"


def test_it_reads_a_fronted_weekday_by_the_verb_that_follows():
    assert only("Lundi, le président recevra son homologue.").value == "2024-03-18"


# Weekdays, English -----------------------------------------------------------------------


def test_it_reads_an_english_past_weekday():
    assert only("The ministers met on Monday in Oslo.", "en").value == "2024-03-11"


def test_it_reads_an_english_future_weekday():
    expression = only("The president will travel to Oslo on Monday.", "en")
    assert (expression.text, expression.value) == ("Monday", "2024-03-18")


def test_it_reads_a_day_a_meeting_is_set_for_as_ahead_unless_the_plan_is_told_as_past():
    # published Thursday 14 March 2024
    assert values("A summit set for Saturday has been called off.", "en") == ["2024-03-16"]
    assert values("The talks, initially slated for Friday, were put off.", "en") == ["2024-03-15"]
    # "had been set for": planned at some point, the nearest Tuesday, here the one just past
    text = "He flew home, calling off a lunch that had been set for Tuesday."
    assert values(text, "en") == ["2024-03-12"]


def test_it_reads_last_and_next_weekdays():
    assert values("They talked last Tuesday and will talk again next Friday.", "en") == [
        "2024-03-12",
        "2024-03-15",
    ]


def test_it_reads_a_bare_english_weekday_on_publication_day():
    assert only("She spoke to him on the phone Thursday.", "en").value == "2024-03-14"


def test_it_reads_tuesday_night():
    expression = only("The two leaders spoke on Tuesday night.", "en")
    assert (expression.text, expression.value) == ("Tuesday night", "2024-03-12")


def test_it_reads_is_expected_to_and_progressive_as_future():
    assert only("The envoy is expected to arrive in Cairo on Wednesday.", "en").value == (
        "2024-03-20"
    )
    assert only("The delegations are meeting on Saturday.", "en").value == "2024-03-16"


def test_it_reads_the_verb_before_a_coordinated_weekday():
    text = "Macron will visit Rome on Monday and then head to Madrid on Tuesday."
    assert values(text, "en") == ["2024-03-18", "2024-03-19"]


# Explicit dates, French ------------------------------------------------------------------


def test_it_puts_a_future_january_date_of_a_december_story_in_the_next_year():
    expression = only("Les pourparlers reprendront le 10 janvier.", published=date(2023, 12, 28))
    assert (expression.text, expression.value) == ("le 10 janvier", "2024-01-10")


def test_it_puts_a_past_december_date_of_a_january_story_in_the_previous_year():
    text = "Les deux hommes s'étaient rencontrés le 20 décembre."
    assert only(text, published=date(2024, 1, 5)).value == "2023-12-20"


def test_it_keeps_an_explicit_year_and_marks_it_unanchored():
    expression = only("L'accord a été signé le 10 janvier 2022.")
    assert (expression.value, expression.anchored) == ("2022-01-10", False)


def test_it_uses_the_weekday_of_a_dated_day_to_choose_its_year():
    text = "Les négociateurs se sont retrouvés mercredi 29 novembre."
    assert only(text, published=date(2024, 1, 5)).value == "2023-11-29"


def test_it_reads_le_mardi_28_mars_prochain():
    expression = only(
        "Une grève est prévue le mardi 28 mars prochain.", published=date(2023, 3, 24)
    )
    assert (expression.text, expression.value) == ("le mardi 28 mars prochain", "2023-03-28")


def test_it_reads_the_first_of_the_month():
    assert only("Le traité a été signé le 1er décembre.").value == "2023-12-01"


def test_it_reads_a_day_range_within_a_month():
    expression = only("Le forum se tiendra du 17 au 19 novembre à Lima.")
    assert (expression.value, expression.end_value) == ("2024-11-17", "2024-11-19")


def test_it_puts_a_future_january_range_in_the_next_year():
    expression = only("La conférence aura lieu du 10 au 12 janvier.", published=date(2023, 12, 20))
    assert (expression.value, expression.end_value) == ("2024-01-10", "2024-01-12")


def test_it_reads_a_range_across_new_year():
    expression = only("La trêve durera du 28 décembre au 3 janvier.", published=date(2023, 12, 20))
    assert (expression.value, expression.end_value) == ("2023-12-28", "2024-01-03")


def test_it_reads_a_range_of_weekdays():
    expression = only("La visite, programmée de dimanche à mercredi, a été reportée.")
    assert (expression.text, expression.value, expression.end_value) == (
        "de dimanche à mercredi",
        "2024-03-17",
        "2024-03-20",
    )


def test_it_reads_a_date_in_an_editors_bracket():
    assert only("Le sommet [du 10 mars-NDLR] a été un succès.").value == "2024-03-10"


def test_it_reads_iso_and_numeric_dates():
    assert values("Réunion du 2024-03-01 et du 05/02/2024.") == ["2024-03-01", "2024-02-05"]


def test_it_reads_french_abbreviations_and_missing_accents():
    assert values("Signé le 5 sept. 2023, le 3 fevrier 2022 et le 2 aout 2021.") == [
        "2023-09-05",
        "2022-02-03",
        "2021-08-02",
    ]


def test_it_reads_more_abbreviations_and_accentless_months():
    assert values("Signé le 4 janv. 2022, le 9 févr. 2023 et le 2 decembre 2021.") == [
        "2022-01-04",
        "2023-02-09",
        "2021-12-02",
    ]
    assert values("Signed on Sept. 21st, 2023 and Dec 2, 2021.", "en") == [
        "2023-09-21",
        "2021-12-02",
    ]


def test_it_reads_a_full_french_date_in_a_past_clause():
    assert only("Le sommet de la Cedeao s'est tenu le 7 juillet 2019.").value == "2019-07-07"


def test_it_reads_a_plural_modifier_after_a_range():
    expression = only("Ils se sont vus les 27 et 28 février derniers.")
    assert (expression.value, expression.end_value) == ("2024-02-27", "2024-02-28")


def test_it_reads_a_day_range_with_weekdays():
    expression = only("Le forum se tiendra du lundi 10 au mercredi 12 juin.")
    assert (expression.value, expression.end_value) == ("2024-06-10", "2024-06-12")


def test_it_reads_le_15_courant_as_the_publication_month():
    assert only("Une rencontre est prévue le 15 courant.").value == "2024-03-15"


# Explicit dates, English -----------------------------------------------------------------


def test_it_puts_a_future_january_date_in_the_next_year_in_english():
    text = "Talks will resume on January 10 in Geneva."
    assert only(text, "en", date(2023, 12, 28)).value == "2024-01-10"


def test_it_reads_an_abbreviated_month_with_a_dot():
    expression = only("Envoys will meet on Jan. 10.", "en", date(2023, 12, 28))
    assert (expression.text, expression.value) == ("Jan. 10", "2024-01-10")


def test_it_reads_day_month_year_in_english():
    assert only("The treaty was signed on 10 January 2022.", "en").value == "2022-01-10"


def test_it_reads_month_day_and_day_as_a_range():
    text = "He said he would hold a summit in Hanoi on February 27 and 28."
    expression = only(text, "en", date(2019, 2, 9))
    assert (expression.value, expression.end_value) == ("2019-02-27", "2019-02-28")


def test_it_reads_a_hyphenated_range():
    expression = only("The conference runs January 10-12.", "en", date(2023, 12, 28))
    assert (expression.text, expression.value, expression.end_value) == (
        "January 10-12",
        "2024-01-10",
        "2024-01-12",
    )


def test_it_puts_a_past_yearless_date_in_the_previous_year_when_needed():
    text = "The two leaders met for the first time on June 12 in Singapore."
    assert only(text, "en", date(2019, 2, 9)).value == "2018-06-12"


def test_it_reads_english_ordinals():
    assert values("They met on March 2nd and again on the 5th of March.", "en") == [
        "2024-03-02",
        "2024-03-05",
    ]


def test_it_reads_a_bare_ordinal_day_in_the_publication_month_by_tense():
    assert values("They met on the 5th and will meet again on the 20th.", "en") == [
        "2024-03-05",
        "2024-03-20",
    ]
    assert found("It was the 5th round; on the 5th day of talks they left.", "en") == []


def test_it_keeps_a_near_future_date_in_a_past_clause_in_the_same_year():
    text = "She said he could not come for the May 24 summit."
    assert only(text, "en", date(2023, 5, 17)).value == "2023-05-24"


# Relative days ---------------------------------------------------------------------------


def test_it_reads_french_relative_days():
    text = "Avant-hier, hier, aujourd'hui, demain et après-demain."
    assert values(text) == ["2024-03-12", "2024-03-13", "2024-03-14", "2024-03-15", "2024-03-16"]


def test_it_reads_earlier_in_the_day_as_publication_day():
    assert only("Plus tôt dans la journée, il a appelé son homologue.").value == "2024-03-14"
    assert only("Earlier in the day, he called his counterpart.", "en").value == "2024-03-14"


def test_it_reads_english_relative_days():
    assert values("Yesterday, today and tomorrow.", "en") == [
        "2024-03-13",
        "2024-03-14",
        "2024-03-15",
    ]


# Weeks -----------------------------------------------------------------------------------


def test_it_gives_next_week_a_month_precision():
    expression = only("Ils ont rendez-vous la semaine prochaine.", published=date(2022, 1, 21))
    assert (expression.value, expression.precision) == ("2022-01", "month")


def test_it_gives_a_week_across_two_months_a_year_precision():
    expression = only("Leaders meet this week in Brussels.", "en", date(2024, 2, 28))
    assert (expression.value, expression.precision) == ("2024", "year")


def test_it_gives_a_week_across_two_years_a_year_range():
    expression = only("Leaders meet this week in Brussels.", "en", date(2024, 12, 31))
    assert (expression.value, expression.end_value, expression.precision) == (
        "2024",
        "2025",
        "year",
    )


def test_it_reads_the_weekend_after_a_thursday_as_the_coming_one():
    assert only("Ils se verront ce week-end à Rome.").value == "2024-03"
    assert only("They will meet in Japan this weekend.", "en").value == "2024-03"


def test_it_reads_this_past_weekend_and_this_past_sunday():
    assert values("They met this past Sunday, as they did this past weekend.", "en") == [
        "2024-03-10",
        "2024-03",
    ]


def test_it_reads_over_the_past_week_as_a_span_ending_on_publication():
    expression = only("Macron has held calls with both leaders over the past week.", "en")
    assert (expression.value, expression.precision) == ("2024-03", "month")
    expression = only("He has called them over the past week.", "en", date(2024, 3, 4))
    assert (expression.value, expression.precision) == ("2024", "year")


def test_it_reads_last_week_and_earlier_this_week():
    assert values("They spoke last week and again earlier this week.", "en") == [
        "2024-03",
        "2024-03",
    ]


def test_it_reads_the_start_of_next_week():
    expression = only("Réunion en début de semaine prochaine.")
    assert (expression.value, expression.precision) == ("2024-03", "month")


def test_it_never_gives_a_week_day_precision():
    for text in ("la semaine dernière", "cette semaine", "la semaine prochaine"):
        assert only(f"Ils se sont vus {text}.").precision != "day"


# Months ----------------------------------------------------------------------------------


def test_it_reads_debut_decembre_as_a_month():
    text = "Lors d'un précédent entretien début décembre, il avait menacé."
    expression = only(text, published=date(2021, 12, 30))
    assert (expression.text, expression.value, expression.precision) == (
        "début décembre",
        "2021-12",
        "month",
    )


def test_it_puts_a_future_mid_january_in_the_next_year():
    text = "Le sommet se tiendra à la mi-janvier."
    assert only(text, published=date(2023, 12, 20)).value == "2024-01"


def test_it_reads_fin_and_mi_month_forms():
    assert values("Il partira fin mars et reviendra mi-avril.") == ["2024-03", "2024-04"]


def test_it_reads_a_month_by_tense():
    assert only("Ils s'étaient rencontrés en juin à Genève.").value == "2023-06"
    assert only("Ils se rencontreront en juin à Genève.").value == "2024-06"


def test_it_reads_en_juin_dernier_and_last_june():
    assert only("En juin dernier, les parties s'étaient quittées.").value == "2023-06"
    assert only("They parted last June.", "en").value == "2023-06"


def test_it_reads_the_next_and_last_month():
    assert values("Le mois prochain, comme le mois dernier.") == ["2024-04", "2024-02"]
    assert values("Next month, as last month.", "en") == ["2024-04", "2024-02"]


def test_it_keeps_an_explicit_month_and_year():
    assert only("Les combats ont repris en décembre 2021.").value == "2021-12"
    assert only("Fighting resumed in January 2021.", "en").value == "2021-01"


def test_it_reads_depuis_a_month_as_the_past():
    assert only("Depuis janvier 2021, ils se parlent.").value == "2021-01"
    assert only("Ils ne se parleront plus depuis septembre.").value == "2023-09"


def test_it_reads_a_week_or_half_of_a_month_as_the_month():
    assert only("Ils se verront la deuxième quinzaine de mai.").value == "2024-05"
    assert only("The talks will be held in the first week of April.", "en").value == "2024-04"


def test_it_reads_early_mid_late_months_in_english():
    assert values("Talks in early December and late January.", "en", date(2023, 12, 5)) == [
        "2023-12",
        "2024-01",
    ]
    assert only("The envoys met in mid-December.", "en").value == "2023-12"
    assert only("The envoys will meet in June.", "en").value == "2024-06"


def test_it_takes_the_nearest_month_when_the_tense_is_unknown():
    assert only("Le sommet de janvier à Addis-Abeba.", published=date(2023, 12, 20)).value == (
        "2024-01"
    )


def test_it_reads_the_end_of_the_month():
    assert only("Il sera nommé d'ici la fin du mois.").value == "2024-03"
    assert only("A decision is due by the end of the month.", "en").value == "2024-03"


def test_it_reads_what_one_looks_forward_to_as_ahead_whatever_the_tense():
    # Thursday 14 March 2024: May is this coming May, though "looked" is past
    assert values("He said he looked forward to hosting the summit in May.", "en") == ["2024-05"]


# One of two dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # Thursday 14 March 2024: Friday 15 or Saturday 16, both in March
        ("La réunion aura lieu vendredi ou samedi.", "fr", "2024-03"),
        ("The ministers will meet on Friday or Saturday.", "en", "2024-03"),
        # May or June of the coming year: only the year is sure
        ("Le sommet se tiendra en mai ou juin.", "fr", "2024"),
        ("The summit is to be held in May or June.", "en", "2024"),
        ("Le sommet se tiendra en mai ou en juin.", "fr", "2024"),
    ],
)
def test_it_dates_one_of_two_dates_by_what_they_share(text, language, value):
    assert values(text, language) == [value]


def test_it_keeps_the_first_date_when_the_second_is_only_a_hedge():
    # "the end of the month or the beginning of the next": the corpus dates it by the first
    assert values("They put it off until the end of the month or early April.", "en")[0] == (
        "2024-03"
    )


def test_it_keeps_the_first_month_when_the_second_runs_into_another_year():
    assert values("Il viendra en décembre ou janvier.")[0] == "2024-12"


# Seasons ---------------------------------------------------------------------------------


def test_it_reads_seasons_at_year_precision():
    assert values("Ils se sont vus l'été dernier et se reverront cet automne.") == ["2023", "2024"]
    assert values("They met last summer and will meet again next spring.", "en") == ["2023", "2025"]


def test_it_gives_a_winter_a_year_range():
    expression = only("Les pourparlers ont échoué l'hiver 2022.")
    assert (expression.value, expression.end_value, expression.precision) == (
        "2022",
        "2023",
        "year",
    )


# Years -----------------------------------------------------------------------------------


def test_it_reads_a_year_after_a_preposition():
    assert only("L'accord conclu en 2014 reste en vigueur.").value == "2014"
    assert only("The deal agreed in 2002 still stands.", "en").value == "2002"


def test_it_reads_a_year_used_as_an_adjective_in_english():
    assert values("Since the 2018 summit, the 2000 soldiers have stayed.", "en") == ["2018"]


def test_it_reads_every_year_of_a_list():
    assert values("Ils se sont vus en 2019, 2020 et 2021.") == ["2019", "2020", "2021"]
    assert values("They met between 2015 and 2018.", "en") == ["2015", "2018"]


def test_it_does_not_read_a_count_after_a_preposition_as_a_year():
    assert values("Un contingent de 2000 soldats, selon l'accord de 2015 sur le nucléaire.") == [
        "2015"
    ]
    assert values("A force of 2000 troops left; in 2019 talks resumed.", "en") == ["2019"]


def test_it_reads_debut_2020_as_a_year_not_a_month():
    expression = only("Le sommet est reporté à début 2020.", published=date(2019, 12, 12))
    assert (expression.value, expression.precision) == ("2020", "year")


def test_it_reads_au_debut_de_l_annee_2020_as_a_year():
    assert only("Ils proposent de reporter au début de l'année 2020 le sommet.").value == "2020"
    assert only("The summit was pushed to early 2020.", "en").precision == "year"


def test_it_reads_quarters_and_halves_as_years():
    assert only("La visite aura lieu au premier trimestre 2025.").value == "2025"
    assert only("Talks are expected in the second half of next year.", "en").value == "2025"


def test_it_reads_relative_years():
    assert values("Cette année, l'an prochain et l'année dernière.") == ["2024", "2025", "2023"]
    assert values("This year, next year and last year.", "en") == ["2024", "2025", "2023"]


def test_it_reads_the_end_of_this_year():
    assert only("Un accord est attendu d'ici la fin de l'année.").value == "2024"


def test_it_does_not_anchor_the_following_year_to_publication():
    assert found("Il avait promis de revenir l'année suivante.") == []


def test_it_reads_au_debut_de_l_annee_prochaine():
    assert only("Le sommet aura lieu au début de l'année prochaine.").value == "2025"


# Vague future ----------------------------------------------------------------------------


def test_it_resolves_soon_to_the_publication_year():
    for text, language in (
        ("Il se rendra bientôt à Moscou.", "fr"),
        ("Ils se verront dans les prochains mois.", "fr"),
        ("Ils se verront au cours des prochaines semaines.", "fr"),
        ("He would visit Moscow soon.", "en"),
        ("Talks will resume in the coming weeks.", "en"),
    ):
        expression = only(text, language)
        assert (expression.value, expression.precision, expression.anchored) == (
            "2024",
            "year",
            True,
        )


def test_it_ignores_as_soon_as():
    assert found("They will meet as soon as possible.", "en") == []


# What is not a date ----------------------------------------------------------------------


def test_it_finds_nothing_in_times_of_day():
    assert found("La réunion a débuté à 15 heures et s'est achevée vers 10h00.") == []


def test_it_finds_nothing_in_durations_and_ages():
    text = "Après trois jours et cinq mois de pause, une cinquantaine de minutes, à 74 ans."
    assert found(text) == []
    assert found("After three days of talks lasting 45 minutes, the 74-year-old left.", "en") == []


def test_it_finds_nothing_in_depuis_le_debut_de_la_guerre():
    assert found("C'est sa première visite depuis le début de la guerre.") == []


def test_it_does_not_read_may_the_verb_or_the_name_as_a_month():
    assert found("They may meet, Theresa May said.", "en") == []


def test_it_does_not_read_a_bare_number_as_a_year():
    assert found("Some 2014 soldiers and 1500 police were deployed.", "en") == []


def test_it_reads_mai_after_a_preposition():
    assert only("Ils se sont rencontrés en mai.").value == "2023-05"


# Tense of a clause -----------------------------------------------------------------------


def tense(text, marker, language="fr"):
    return clause_tense(text, text.index(marker), language=language)


def test_it_recognises_french_past_forms():
    for text in (
        "Les deux présidents ont conclu jeudi un accord.",
        "Le ministre s'est entretenu jeudi avec son homologue.",
        "Les parties s'étaient quittées jeudi sur une note positive.",
        "Le président avait annoncé jeudi un sommet.",
        "Les deux hommes se sont rencontrés jeudi.",
        "Le chef de l'Etat a d'ailleurs appelé jeudi son homologue.",
        "Les négociateurs se sont retrouvés jeudi à Vienne.",
    ):
        assert tense(text, "jeudi") == "past", text


def test_it_recognises_french_future_forms():
    for text in (
        "Les deux présidents se rencontreront jeudi.",
        "Les deux présidents se rencontreraient jeudi.",
        "Les discussions seront suivies jeudi d'une réunion.",
        "Le ministre se rendra jeudi à Pékin.",
        "Le ministre devrait se rendre jeudi à Pékin.",
        "Le ministre va rencontrer jeudi son homologue.",
        "Un sommet est prévu jeudi à Pau.",
        "Une visite programmée jeudi à Londres.",
        "Le président est attendu jeudi à Dakar.",
        "Une session du Parlement aurait lieu jeudi soir.",
    ):
        assert tense(text, "jeudi") == "future", text


def test_it_recognises_english_tenses():
    for text in (
        "The president will travel on Thursday.",
        "The envoy is due to arrive on Thursday.",
        "The leaders are scheduled to meet on Thursday.",
        "She plans to visit Kyiv on Thursday.",
        "The summit is set to open on Thursday.",
        "He is to meet the king on Thursday.",
        "He's going to call Putin on Thursday.",
        "The talks will be held on Thursday.",
        "The summit is scheduled to be held on Thursday.",
    ):
        assert tense(text, "Thursday", "en") == "future", text
    for text in (
        "The ministers met on Thursday.",
        "The leaders held talks on Thursday.",
        "She spoke to him on Thursday.",
        "The talks were tense on Thursday.",
        "The president had called him on Thursday.",
        "The minister visited Kyiv on Thursday.",
        "The two sides agreed on Thursday to meet again.",
    ):
        assert tense(text, "Thursday", "en") == "past", text


def test_it_borrows_the_tense_of_the_preceding_verb_when_the_clause_has_none():
    text = (
        "Les discussions seront suivies le 12 janvier d'une réunion, puis le 13 janvier d'un vote."
    )
    assert tense(text, "13 janvier") == "future"


def test_it_reads_a_nominal_future_cue():
    text = "Moscou, à l'approche de pourparlers le 10 janvier à Genève, durcit le ton."
    assert tense(text, "10 janvier") == "future"


def test_it_accepts_a_publication_datetime():
    expressions = find_time_expressions(
        "Ils se sont vus mardi.", language="fr", published=datetime(2024, 3, 14, 9, 30)
    )
    assert [e.value for e in expressions] == ["2024-03-12"]


def test_it_accepts_an_outside_tense_function():
    expressions = find_time_expressions(
        "Réunion jeudi.", language="fr", published=THURSDAY, tense_at=lambda offset: "past"
    )
    assert [e.value for e in expressions] == ["2024-03-14"]


# Publication date ------------------------------------------------------------------------


def test_it_takes_a_french_byline_date():
    text = "Le sommet est reporté\n\n12 décembre 2019 à 10h01 par Une Journaliste\n\nLe texte."
    published, note = infer_publication_date(text, language="fr")
    assert published == date(2019, 12, 12)
    assert "12 décembre 2019" in note


def test_it_takes_an_english_published_line():
    text = "Summit called off\nPublished 3 March 2023\nThe summit was called off on Friday."
    assert infer_publication_date(text, language="en")[0] == date(2023, 3, 3)


def test_it_takes_an_iso_dateline():
    assert infer_publication_date("2021-12-30\nLe texte.", language="fr")[0] == date(2021, 12, 30)


def test_it_moves_the_latest_date_forward_to_the_weekday_of_the_lead():
    text = (
        "Photo prise lors d'une rencontre entre les deux chefs de la diplomatie à Paris, dans "
        "la grande salle du ministère, le 25 décembre 2021 ( AGENCE / UN PHOTOGRAPHE )\n\n"
        "Les deux présidents ont conclu jeudi un long entretien téléphonique consacré à la "
        "sécurité européenne et à la crise qui secoue la région.\n"
    )
    published, note = infer_publication_date(text, language="fr")
    assert published == date(2021, 12, 30)
    assert "jeudi" in note


def test_it_takes_a_numeric_french_byline():
    text = "Un titre\nPublié le 12/03/2024 à 10h05\nLe président a reçu mardi son homologue."
    assert infer_publication_date(text, language="fr")[0] == date(2024, 3, 12)


def test_it_moves_to_the_reporting_day_when_the_lead_names_two_days():
    text = (
        "NIAMEY - Le président a reçu mardi son homologue béninois, a-t-on appris mercredi. "
        "Le précédent sommet, prévu le 3 mars 2024, avait été annulé."
    )
    assert infer_publication_date(text, language="fr")[0] == date(2024, 3, 6)


def test_it_dates_a_weekday_dated_day_by_the_most_recent_fitting_year():
    text = "Le ministre a été reçu mardi 20 février au palais présidentiel de Bamako."
    published, note = infer_publication_date(text, language="fr", today=date(2025, 6, 1))
    assert published == date(2024, 2, 20)
    assert "guess" in note


def test_it_steps_back_from_a_dated_day_still_ahead_to_the_lead_weekday():
    text = (
        "Les deux gouvernements ont fait savoir vendredi que la visite était reportée à cause "
        "de la grève nationale. Une manifestation est prévue le mardi 19 mars prochain."
    )
    published, _ = infer_publication_date(text, language="fr", today=date(2025, 6, 1))
    assert published == date(2024, 3, 15)


def test_it_refuses_an_old_full_date_when_the_text_names_a_later_year():
    text = "The accord was signed on 14 July 2015. New talks are planned for 2024 in Vienna."
    published, note = infer_publication_date(text, language="en")
    assert published is None
    assert "2024" in note


def test_it_says_why_when_no_date_is_usable():
    published, note = infer_publication_date("Les deux hommes se sont parlé jeudi.", language="fr")
    assert published is None
    assert note


# Gaps, planned dates and verb forms seen on the held-out set ----------------------------


def test_it_reads_first_talks_in_two_years_as_a_gap_not_a_date():
    assert found("Rival leaders hold first talks in two years", language="en") == []


def test_it_reads_the_first_visit_in_years_as_a_gap_in_a_past_sentence():
    sentence = "The board said the tour would be the first such visit in 11 years."
    assert [e.text for e in found(sentence, language="en")] == []


def test_it_still_reads_in_two_weeks_as_ahead_in_a_future_clause():
    assert values("The envoys will meet again in two weeks.", language="en") == ["2024-03"]


def test_it_reads_ended_in_three_days_as_a_duration():
    assert found("The round of talks ended in three days.", language="en") == []


def test_it_reads_expected_someone_to_do_as_future():
    sentence = "The ministry said it expected Ghana to send a delegation in February."
    assert values(sentence, language="en") == ["2025-02"]


def test_it_reads_invited_someone_to_visit_as_future():
    sentence = "The emir invited the prime minister to visit Doha in January."
    assert values(sentence, language="en", published=date(2023, 11, 2)) == ["2024-01"]


def test_it_reads_a_hyphenated_past_verb_after_a_fronted_weekday():
    sentence = "On Sunday, the two ministers co-chaired a video conference with donors."
    assert values(sentence, language="en", published=date(2024, 3, 18)) == ["2024-03-17"]


def test_it_reads_re_elected_as_past():
    sentence = "The chairman was re-elected on Tuesday by the council."
    assert clause_tense(sentence, sentence.index("Tuesday"), language="en") == "past"


def test_it_reads_a_compound_past_with_en_outre_between_the_words():
    sentence = "La ministre s'est en outre entretenue mardi avec son homologue tunisien."
    assert clause_tense(sentence, sentence.index("mardi"), language="fr") == "past"
    assert values(sentence) == ["2024-03-12"]


def test_it_reads_a_compound_past_with_par_ailleurs_between_the_words():
    sentence = "Le président a par ailleurs reçu lundi une délégation du Golfe."
    assert values(sentence) == ["2024-03-11"]


def test_it_reads_sont_convenus_de_as_future():
    sentence = "Les deux délégations sont convenus de se retrouver le 2 avril."
    assert clause_tense(sentence, sentence.index("le 2 avril"), language="fr") == "future"
    assert values(sentence) == ["2024-04-02"]


def test_it_reads_se_sont_engages_a_as_future():
    sentence = "Les deux camps se sont engagés à reprendre les discussions en mai."
    assert values(sentence) == ["2024-05"]


def test_it_dates_an_initially_planned_meeting_that_was_called_off_by_nearness():
    # published 14 March 2024: 8 March is six days back, not next year
    sentence = "Initialement prévue le 8 mars, la réunion avait été reportée sans explication."
    assert values(sentence) == ["2024-03-08"]


def test_it_dates_an_originally_scheduled_meeting_that_was_cancelled_by_nearness():
    sentence = "The talks, originally scheduled for March 9, were called off by the hosts."
    assert values(sentence, language="en") == ["2024-03-09"]


def test_it_keeps_a_planned_meeting_ahead_when_the_sentence_looks_ahead():
    sentence = "La réunion, prévue le 8 avril, se tiendra à Lomé."
    assert values(sentence) == ["2024-04-08"]


def test_it_keeps_est_prevu_as_future():
    sentence = "Un sommet régional est prévu le 8 mars à Lomé."
    assert values(sentence, published=date(2024, 2, 20)) == ["2024-03-08"]


def test_it_reads_in_two_weeks_as_ahead_when_a_verb_follows_first():
    sentence = "The first round will be held in two weeks."
    assert values(sentence, language="en") == ["2024-03"]


def test_it_reads_at_the_weekend_as_a_weekend():
    expression = only("The envoys met at the weekend in Nairobi.", language="en")
    assert (expression.value, expression.precision) == ("2024-03", "month")


def test_it_reads_the_week_of_a_date_as_a_week_not_a_day():
    expression = only("The next round is pencilled in for the week of March 25.", language="en")
    assert (expression.value, expression.precision) == ("2024-03", "month")


def test_it_reads_la_semaine_du_as_a_week_not_a_day():
    expression = only("Les négociateurs se retrouveront la semaine du 25 mars à Lomé.")
    assert (expression.value, expression.precision) == ("2024-03", "month")


def test_it_reads_a_week_across_two_months_at_year_precision():
    expression = only("Le sommet se tiendra la semaine du lundi 29 avril.")
    assert (expression.value, expression.precision) == ("2024", "year")


def test_it_reads_en_fin_d_annee_as_this_year():
    expression = only("La visite du roi aura lieu en fin d'année.")
    assert (expression.value, expression.precision) == ("2024", "year")


# Yearless dates in a future clause ----------------------------------------------------------


def test_it_reads_a_date_a_few_weeks_back_in_a_future_clause_as_that_past_date():
    sentence = "Les ministres feront le point sur les suites du sommet des 28 et 29 février."
    assert only(sentence).value == "2024-02-28"
    english = "The envoys will review what came of the 2 March talks."
    assert only(english, language="en").value == "2024-03-02"


def test_it_still_reads_a_date_weeks_ahead_in_a_future_clause_as_the_next_one():
    december = date(2021, 12, 30)
    assert only("Les délégations se retrouveront le 10 janvier.", published=december).value == (
        "2022-01-10"
    )
    assert only("Le conseil se réunira le 20 mars.").value == "2024-03-20"


def test_it_reads_a_weekday_before_ahead_of_by_the_verb_it_follows():
    # "ahead of" looks forward to the talks, not to the day of the arrival
    assert values("The envoy arrived in Oslo on Tuesday ahead of talks on the truce.", "en") == [
        "2024-03-12"
    ]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The minister will see her counterpart later in the afternoon.", "en"),
        ("Le ministre verra son homologue plus tard dans l'après-midi.", "fr"),
    ],
)
def test_it_reads_later_in_the_afternoon_as_the_day_of_publication(text, language):
    assert values(text, language) == ["2024-03-14"]


def test_it_reads_a_weekend_summit_as_the_coming_weekend():
    # Thursday 14 March 2024: the coming weekend is 16-17 March
    assert values("Officials said they planned a weekend summit of the region.", "en") == [
        "2024-03"
    ]
    assert values("The weekend was quiet in the capital.", "en") == []


@pytest.mark.parametrize(
    "text, language, first",
    [
        ("Quatorze rencontres se sont tenues entre janvier et août 1993.", "fr", "1993-01"),
        ("Les pourparlers ont duré de février à mai 2001.", "fr", "2001-02"),
        ("The envoys met between January and August 1993.", "en", "1993-01"),
        ("Talks ran from March to June 2019.", "en", "2019-03"),
    ],
)
def test_it_gives_the_first_month_of_a_range_the_year_written_after_the_second(
    text, language, first
):
    assert values(text, language)[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "It is the first visit to the region by a Chilean leader in 11 years.",
        "It was the highest-level contact between the two navies in five years.",
        "Their talks were the only ones in three years.",
    ],
)
def test_it_reads_in_n_years_after_a_first_or_a_superlative_as_how_long_since(text):
    assert values(text, "en") == []


def test_it_still_reads_in_two_weeks_ahead_after_a_first():
    assert values("Their first meeting will take place in two weeks.", "en") != []


def test_it_reads_a_day_or_month_then_last_year_as_one_date_in_that_year():
    assert values("They met on April 27 last year.", "en") == ["2023-04-27"]
    assert values("Ils s'étaient vus le 27 avril de l'année dernière.") == ["2023-04-27"]
    assert values("They will meet again in May next year.", "en") == ["2025-05"]


def test_it_reads_a_month_of_last_or_next_year_as_that_month_of_that_year():
    # published in 2024: "July of last year" is July 2023, not this July and a separate year
    assert values("The envoy's secret trip in July of last year opened the way.", "en") == [
        "2023-07"
    ]
    assert values("They will meet again on 3 March of next year.", "en") == ["2025-03-03"]


def test_it_reads_a_weekday_with_a_day_number_as_that_day_near_publication():
    # published Thursday 10 December 2020: the next Monday the 14th
    assert values("Il recevra lundi 14 le ministre.", published=date(2020, 12, 10)) == [
        "2020-12-14"
    ]
    # on Thursday 3 December, "mardi 24" is the Tuesday of November on which the 24th fell
    assert values("Il a reçu mardi 24 le ministre.", published=date(2020, 12, 3)) == ["2020-11-24"]


def test_it_reads_le_12_before_a_place_as_a_day_of_this_month():
    assert values("Il recevra le 12 à Bruxelles son homologue.", published=date(2008, 5, 7)) == [
        "2008-05-12"
    ]
    assert values("Il recevra lundi 14 heures son homologue.", published=date(2020, 12, 10)) == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("1994 – Les deux pays ouvrent des négociations à Genève.", "fr"),
        ("1994 – The two countries open negotiations in Geneva.", "en"),
    ],
)
def test_it_reads_a_year_heading_a_timeline_entry(text, language):
    assert [(e.value, e.precision) for e in found(text, language)] == [("1994", "year")]


def test_it_reads_no_year_in_a_number_that_opens_a_sentence():
    texts = [e.text for e in found("1994 soldiers crossed the border on Monday.", "en")]
    assert texts == ["Monday"]


@pytest.mark.parametrize("phrase", ["planned for 2019", "postponed to 2019", "set for 2019"])
def test_it_reads_a_year_after_a_plan_word(phrase):
    text = f"A state visit {phrase} never took place."
    assert [(e.value, e.precision) for e in found(text, "en")] == [("2019", "year")]
