"""Days told from an event the story has dated (event_anchored_dates.py): "au lendemain de la
signature", "on the eve of the signing ceremony". Sentences written for these tests."""

from datetime import date

FRIDAY = date(2025, 3, 14)


def _dates_with(events, name):
    return [e["date"] for e in events if name in str(e["participants"])]


def test_it_dates_a_call_the_day_after_a_signing_dated_before(extract):
    events = extract(
        "L'accord de paix a été signé le 3 mars à Lomé par les deux camps. "
        "Les Nations unies ont salué le texte. "
        "Au lendemain de la signature, Emmanuel Macron a téléphoné à Olaf Scholz.",
        FRIDAY,
        "fr",
    )
    assert _dates_with(events, "Olaf Scholz") == ["2025-03-04"]


def test_it_dates_a_meeting_on_the_eve_of_a_signing_ceremony(extract):
    events = extract(
        "The peace treaty was signed in Lisbon on March 12. The United Nations welcomed the text. "
        "On the eve of the signing ceremony, Emmanuel Macron met Olaf Scholz in Lisbon.",
        FRIDAY,
        "en",
    )
    assert _dates_with(events, "Olaf Scholz") == ["2025-03-11"]


def test_it_takes_no_anchor_from_the_today_of_a_quotation(extract):
    # the speaker's "aujourd'hui" is the signing day, not the day of writing the story dates
    events = extract(
        "« Aujourd'hui, nous signons la paix », a déclaré le médiateur. "
        "La veille de la signature, Emmanuel Macron avait reçu à dîner Olaf Scholz.",
        FRIDAY,
        "fr",
    )
    assert "2025-03-13" not in _dates_with(events, "Olaf Scholz")


def test_it_takes_a_day_written_twice_with_the_event_as_one_anchor(extract):
    events = extract(
        "The peace treaty was signed in Lisbon yesterday, 13 March 2025, by both parties. "
        "The United Nations welcomed the text. "
        "On the eve of the signing ceremony, Emmanuel Macron met Olaf Scholz in Lisbon.",
        FRIDAY,
        "en",
    )
    assert _dates_with(events, "Olaf Scholz") == ["2025-03-12"]


def test_it_dates_a_meeting_the_day_after_an_opening_dated_before(extract):
    events = extract(
        "La conférence s'est ouverte le 10 mars à Genève en présence de quarante délégations. "
        "Le 12 mars, Antonio Guterres a rencontré Pedro Sánchez. "
        "Le lendemain de l'ouverture, Emmanuel Macron a eu un long tête-à-tête avec Olaf Scholz.",
        FRIDAY,
        "fr",
    )
    assert _dates_with(events, "Olaf Scholz") == ["2025-03-11"]


def test_it_makes_no_meeting_of_the_summit_a_day_is_counted_from(extract):
    events = extract(
        "BONN - The summit of the seven industrial nations opens here on March 20. "
        "Emmanuel Macron will hold talks with Olaf Scholz the day before the summit.",
        FRIDAY,
        "en",
    )
    assert sorted((e["date"], e["kind"]) for e in events) == [
        ("2025-03-19", "talks"),
        ("2025-03-20", "summit"),
    ]


def test_it_counts_the_day_from_the_event_s_own_day_written_with_it(extract):
    events = extract(
        "Emmanuel Macron will meet Olaf Scholz in Lisbon on the eve of the March 20 "
        "inauguration of the new president.",
        FRIDAY,
        "en",
    )
    assert _dates_with(events, "Olaf Scholz") == ["2025-03-19"]
    events = extract(
        "Emmanuel Macron et Olaf Scholz se sont entretenus au lendemain du sommet du 10 mars.",
        FRIDAY,
        "fr",
    )
    assert _dates_with(events, "Olaf Scholz") == ["2025-03-11"]


def test_it_reads_a_day_set_off_by_a_comma_after_the_eve_as_the_eve_itself(extract):
    events = extract(
        "La veille de la signature, jeudi, Emmanuel Macron a reçu Olaf Scholz à Lisbonne.",
        FRIDAY,
        "fr",
    )
    assert _dates_with(events, "Olaf Scholz") == ["2025-03-13"]
