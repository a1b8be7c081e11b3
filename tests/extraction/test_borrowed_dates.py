"""Dates a meeting's own sentence does not give (borrowed_dates.py): a part of the day, a clock
time or "just" with no date. Sentences written for these tests."""

from datetime import date

TUESDAY = date(2025, 4, 22)


def dated(events):
    return sorted((e["date"], e["kind"]) for e in events)


def test_it_dates_an_afternoon_meeting_on_the_day_the_story_is_telling(extract):
    text = (
        "Emmanuel Macron a rencontré Olaf Scholz lundi à Berlin. "
        "Dans l'après-midi, il s'est entretenu avec Donald Tusk."
    )
    assert ("2025-04-21", "meeting") in dated(extract(text, TUESDAY, "fr"))
    tusk = [e for e in extract(text, TUESDAY, "fr") if "Donald Tusk" in str(e["participants"])]
    assert [e["date"] for e in tusk] == ["2025-04-21"]


def test_it_dates_a_clock_time_with_no_day_on_the_day_of_writing(extract):
    events = extract(
        "Emmanuel Macron s'est entretenu vers 10h00 au téléphone avec Olaf Scholz.", TUESDAY, "fr"
    )
    assert dated(events) == [("2025-04-22", "call")]


def test_it_dates_a_meeting_that_has_just_happened_on_the_day_of_writing(extract):
    events = extract("Emmanuel Macron and Olaf Scholz have just met in Berlin.", TUESDAY, "en")
    assert dated(events) == [("2025-04-22", "meeting")]


def test_it_takes_no_day_ahead_for_an_afternoon_told_in_the_past(extract):
    text = (
        "Emmanuel Macron recevra Olaf Scholz le 30 avril à Paris. "
        "Le chancelier était alors à Varsovie, avant de gagner Prague dans l'après-midi "
        "pour y rencontrer Petr Fiala."
    )
    fiala = [e for e in extract(text, TUESDAY, "fr") if "Petr Fiala" in str(e["participants"])]
    assert all(e["date"] != "2025-04-30" for e in fiala)


def test_it_dates_talks_by_the_one_date_of_a_present_tense_clause_on_them(extract):
    (event,) = extract(
        "Les pourparlers entre la France et l'Allemagne, qui reprennent en janvier à Genève, "
        "restent bloqués.",
        date(1959, 12, 2),
        "fr",
    )
    assert (event["date"], event["status"]) == ("1960-01", "scheduled")


def test_it_dates_a_meeting_held_later_on_the_day_just_told(extract):
    text = (
        "Pope Francis received the Vietnamese president Vo Van Thuong on Monday. "
        "Thuong later held talks with Cardinal Pietro Parolin."
    )
    parolin = [e for e in extract(text, TUESDAY, "en") if "Pietro Parolin" in str(e)]
    assert [e["date"] for e in parolin] == ["2025-04-21"]


def test_it_borrows_no_day_for_a_meeting_weeks_later_or_put_off_until_later(extract):
    weeks_later = (
        "Pope Francis received the Vietnamese president Vo Van Thuong on Monday. "
        "Three weeks later Thuong held talks with Cardinal Pietro Parolin."
    )
    put_off = (
        "Pope Francis received the Vietnamese president Vo Van Thuong on Monday. "
        "His talks with Cardinal Pietro Parolin will be rescheduled later."
    )
    for text in (weeks_later, put_off):
        parolin = [e for e in extract(text, TUESDAY, "en") if "Pietro Parolin" in str(e)]
        assert "2025-04-21" not in [e["date"] for e in parolin]


def test_it_dates_an_entry_of_a_live_page_to_the_day_the_page_follows(extract):
    # the page is put out after midnight: its entries are on the day its opening tells
    text = (
        "Live: the mediators in Harare\n\n"
        "The envoys of the regional bloc failed to break the deadlock on Sunday 6 March.\n\n"
        "Posted on 7 March 2022\n\n"
        "23h10 - The mediators have ended their second session of the day with Emmerson "
        "Mnangagwa.\n\n"
        "20:05 - Earlier, Nelson Chamisa met the envoy Mokgweetsi Masisi for an hour.\n"
    )
    events = extract(text, date(2022, 3, 7), "en")
    chats = [e for e in events if "Nelson Chamisa" in {p["name"] for p in e["participants"]}]
    assert [e["date"] for e in chats] == ["2022-03-06"]
