"""Editors' facts win: provenance, no overwrite by any parse, history, revert, merge, split."""

from datetime import date

import pytest

from tests.factories import extracted, make_article, make_editor, record_extracted
from timeline import editing
from timeline.models import Event, Mention

pytestmark = pytest.mark.django_db

CALL_SENTENCE = "Les deux présidents se sont parlé au téléphone jeudi, a indiqué la présidence."


@pytest.fixture
def editor():
    return make_editor("clara")


def call(**fields):
    fields.setdefault("evidence", CALL_SENTENCE)
    fields.setdefault("title", "Appel Biden – Poutine")
    fields.setdefault(
        "participants",
        [{"name": "Joe Biden", "type": "person"}, {"name": "Vladimir Putin", "type": "person"}],
    )
    fields.setdefault("date", "2021-12-30")
    return extracted(**fields)


def article(text=CALL_SENTENCE + "\n", published=date(2021, 12, 30)):
    # The text a parse would have stored, so that offsets into it mean something.
    story = make_article(text=text, published_at=published)
    story.text = text
    story.save(update_fields=["text"])
    return story


def test_it_records_which_article_each_engine_value_came_from():
    story = article()
    [event] = record_extracted(story, call(location="Geneva"))
    assert event.provenance["place"] == {"by": "engine", "article": story.id}
    assert event.mentions.get().reading["place"] == "Geneva"
    assert event.changes.get().field == "created"


def test_it_keeps_an_editors_place_when_the_article_is_parsed_again(editor):
    story = article()
    [event] = record_extracted(story, call(location="Geneva"))
    editing.edit_event(event=event, user=editor, values={"place": None})
    editing.set_review(event=event, user=editor, review=Event.Review.CONFIRMED)

    [again] = record_extracted(story, call(location="Geneva"))

    again.refresh_from_db()
    assert again.pk == event.pk
    assert again.place is None
    assert again.review == Event.Review.CONFIRMED
    assert again.provenance["place"]["user"] == "clara"
    assert again.proposals["place"]["value"] == "Geneva"


def test_it_keeps_an_editors_participants_when_a_new_engine_reads_more(editor):
    story = article()
    [event] = record_extracted(story, call())
    editing.edit_event(event=event, user=editor, values={"participants": ["Joe Biden"]})
    newer_engine = call(
        participants=[
            {"name": "Joe Biden", "type": "person"},
            {"name": "Vladimir Putin", "type": "person"},
            {"name": "Sergei Lavrov", "type": "person"},
        ]
    )
    [again] = record_extracted(story, newer_engine)
    assert sorted(again.participants.values_list("name", flat=True)) == ["Joe Biden"]
    assert again.proposals["participants"]["value"] == [
        "Joe Biden",
        "Sergei Lavrov",
        "Vladimir Putin",
    ]


def test_it_finds_an_event_again_by_its_sentence_after_an_editor_moved_its_date(editor):
    story = article()
    [event] = record_extracted(story, call())
    editing.edit_event(event=event, user=editor, values={"date": "2021-12-29"})
    [again] = record_extracted(story, call())
    assert again.pk == event.pk
    assert again.date_value == "2021-12-29"
    assert Event.objects.count() == 1


def test_it_never_deletes_an_event_an_editor_worked_on_when_its_article_drops_it(editor):
    story = article()
    [event] = record_extracted(story, call())
    editing.edit_event(event=event, user=editor, values={"title": "Appel de fin d'année"})
    record_extracted(story)
    event.refresh_from_db()
    assert event.title == "Appel de fin d'année"
    assert event.changes.filter(field="mention").exists()


def test_it_drops_an_untouched_engine_event_its_article_no_longer_reports():
    story = article()
    record_extracted(story, call())
    record_extracted(story)
    assert Event.objects.count() == 0


def test_it_keeps_the_engine_updating_fields_no_editor_touched(editor):
    story = article()
    [event] = record_extracted(story, call(location="Geneva"))
    editing.edit_event(event=event, user=editor, values={"place": None})
    [again] = record_extracted(story, call(location="Geneva", status="scheduled"))
    assert again.status == "scheduled"
    change = again.changes.filter(field="status").get()
    assert (change.old, change.new, change.source) == ("held", "scheduled", "engine")


def test_it_logs_every_editor_change_with_old_and_new_values(editor):
    [event] = record_extracted(article(), call())
    editing.edit_event(event=event, user=editor, values={"kind": "meeting", "date": "2021-12"})
    logged = {c.field: (c.old, c.new, c.author) for c in event.changes.filter(source="editor")}
    assert logged == {
        "kind": ("call", "meeting", "clara"),
        "date": ("2021-12-30", "2021-12", "clara"),
    }


def test_it_reverts_a_change_and_logs_the_revert(editor):
    [event] = record_extracted(article(), call(location="Geneva"))
    [change] = editing.edit_event(event=event, user=editor, values={"place": None})
    editing.revert_change(change=change, user=editor)
    event.refresh_from_db()
    change.refresh_from_db()
    assert event.place.name == "Geneva"
    assert change.reverted_by.note == f"revert of change {change.pk}"
    with pytest.raises(editing.EditRejected):
        editing.revert_change(change=change, user=editor)


def test_it_refuses_a_date_an_editor_mistyped_and_changes_nothing(editor):
    [event] = record_extracted(article(), call())
    with pytest.raises(editing.EditRejected, match="YYYY-MM-DD"):
        editing.edit_event(event=event, user=editor, values={"date": "30/12/2021"})
    event.refresh_from_db()
    assert event.date_value == "2021-12-30"
    assert not event.changes.filter(source="editor").exists()


def test_it_gives_a_field_back_to_the_engine(editor):
    story = article()
    [event] = record_extracted(story, call(location="Geneva"))
    editing.edit_event(event=event, user=editor, values={"place": "Moscow"})
    editing.release_field(event=event, user=editor, field="place")
    event.refresh_from_db()
    assert event.place.name == "Geneva"
    assert event.provenance["place"]["by"] == "engine"


def test_it_takes_the_engines_proposal_when_the_editor_accepts_it(editor):
    story = article()
    [event] = record_extracted(story, call())
    editing.edit_event(event=event, user=editor, values={"status": "scheduled"})
    record_extracted(story, call(status="held"))
    event.refresh_from_db()
    assert event.proposals["status"]["value"] == "held"
    editing.accept_proposal(event=event, user=editor, field="status")
    event.refresh_from_db()
    assert event.status == "held" and "status" not in event.proposals


# --- one real meeting, one event, across articles ----------------------------------------


def test_it_merges_a_meeting_known_to_the_month_with_the_same_meeting_known_to_the_day():
    early = article(text="Ils s'étaient parlé début décembre.\n", published=date(2021, 12, 30))
    dated = article(text="Ils se sont parlé le 7 décembre.\n", published=date(2021, 12, 8))
    [by_month] = record_extracted(early, call(date="2021-12", evidence="début décembre"))
    [by_day] = record_extracted(dated, call(date="2021-12-07", evidence="le 7 décembre"))
    assert by_month.pk == by_day.pk
    by_day.refresh_from_db()
    assert by_day.date_value == "2021-12-07"
    merged_in = by_day.mentions.get(article=dated)
    assert "shared Joe Biden, Vladimir Putin" in merged_in.reason


def test_it_merges_talks_and_a_meeting_but_never_a_call_and_a_meeting():
    first, second, third = (article(text=f"Article {n}.\n") for n in range(3))
    [talks] = record_extracted(first, call(kind="talks"))
    [meeting] = record_extracted(second, call(kind="meeting"))
    [phone] = record_extracted(third, call(kind="call"))
    assert talks.pk == meeting.pk
    assert phone.pk != talks.pk


def test_it_keeps_a_month_apart_when_two_meetings_that_month_could_be_it():
    a, b, c = (article(text=f"Récit {n}.\n") for n in range(3))
    [first] = record_extracted(a, call(date="2021-12-07"))
    [second] = record_extracted(b, call(date="2021-12-30"))
    [vague] = record_extracted(c, call(date="2021-12"))
    assert len({first.pk, second.pk, vague.pk}) == 3


def test_it_keeps_meetings_in_two_different_places_apart():
    a, b = article(text="Un récit.\n"), article(text="Un autre récit.\n")
    [geneva] = record_extracted(a, call(kind="meeting", location="Geneva"))
    [vienna] = record_extracted(b, call(kind="meeting", location="Vienna"))
    assert geneva.pk != vienna.pk


def test_it_keeps_what_each_article_said_as_the_status_changes():
    announced = article(text="Une rencontre est prévue.\n", published=date(2021, 12, 30))
    held = article(text="La rencontre a eu lieu.\n", published=date(2022, 1, 10))
    [event] = record_extracted(announced, call(date="2022-01-10", status="scheduled"))
    record_extracted(held, call(date="2022-01-10", status="held"))
    event.refresh_from_db()
    assert event.status == "held"
    said = [
        (m.article.published_at, m.reading["status"])
        for m in event.mentions.order_by("article__published_at")
    ]
    assert said == [(date(2021, 12, 30), "scheduled"), (date(2022, 1, 10), "held")]
    status_change = event.changes.get(field="status")
    assert status_change.article == held


def test_it_merges_two_events_and_undoes_the_merge(editor):
    a, b = article(text="Premier récit.\n"), article(text="Second récit.\n")
    [kept] = record_extracted(a, call())
    [other] = record_extracted(b, call(kind="visit", title="Visite", location="Moscow"))
    assert kept.pk != other.pk
    editing.edit_event(event=other, user=editor, values={"title": "Visite corrigée"})

    regrouping = editing.merge_events(source=other, target=kept, user=editor, reason="same")
    other.refresh_from_db()
    kept.refresh_from_db()
    assert other.merged_into == kept
    assert kept.mentions.count() == 2
    assert kept.title == "Visite corrigée"  # the editor's value wins over the engine's

    editing.undo_regrouping(regrouping=regrouping, user=editor)
    other.refresh_from_db()
    kept.refresh_from_db()
    assert other.merged_into is None
    assert kept.title == "Appel Biden – Poutine"
    assert (kept.mentions.count(), other.mentions.count()) == (1, 1)
    assert kept.changes.filter(field="merge").count() == 2


def test_it_splits_a_mention_off_and_undoes_the_split(editor):
    a, b = article(text="Premier récit.\n"), article(text="Second récit.\n")
    [event] = record_extracted(a, call())
    record_extracted(b, call(status="held", location="Geneva"))
    event.refresh_from_db()
    assert event.mentions.count() == 2
    mention = event.mentions.get(article=b)

    regrouping = editing.split_mentions(event=event, mention_ids=[mention.pk], user=editor)
    split_off = regrouping.target_event
    assert split_off.mentions.get() == mention
    assert split_off.place.name == "Geneva"
    event.refresh_from_db()
    assert event.place is None

    # The split survives a parse of the split-off article: its sentence stays with its event.
    [again] = record_extracted(b, call(status="held", location="Geneva"))
    assert again.pk == split_off.pk

    change = split_off.changes.get(field="split")
    editing.revert_change(change=change, user=editor)
    split_off.refresh_from_db()
    assert split_off.merged_into == event
    assert event.mentions.count() == 2


def test_it_refuses_to_split_off_all_the_evidence(editor):
    [event] = record_extracted(article(), call())
    with pytest.raises(editing.EditRejected):
        editing.split_mentions(
            event=event, mention_ids=list(event.mentions.values_list("pk", flat=True)), user=editor
        )


def test_it_adds_a_meeting_an_editor_found_in_the_text_and_keeps_it_on_parse(editor):
    text = "Le ministre a déjeuné mardi avec son homologue.\nSuite du texte.\n"
    story = article(text=text)
    Event.objects.all().delete()
    event = editing.add_event(
        article=story,
        start=0,
        end=47,
        values={
            "kind": "meeting",
            "date": "2021-12-28",
            "status": "held",
            "title": "Déjeuner des ministres",
            "participants": ["Antony Blinken", "Sergei Lavrov"],
        },
        user=editor,
    )
    mention = event.mentions.get()
    assert (mention.evidence, mention.source, mention.added_by) == (text[:47], "editor", editor)
    record_extracted(story)
    assert Mention.objects.filter(pk=mention.pk).exists()
    assert Event.objects.get(pk=event.pk).provenance["kind"]["by"] == "editor"


def test_it_keeps_an_editors_value_when_a_later_article_reports_the_meeting(editor):
    first = article(text="Premier récit.\n", published=date(2021, 12, 30))
    later = article(text="Récit du lendemain.\n", published=date(2021, 12, 31))
    [event] = record_extracted(first, call())
    editing.edit_event(event=event, user=editor, values={"kind": "meeting"})
    [same] = record_extracted(later, call(kind="talks", location="Geneva"))
    assert same.pk == event.pk
    assert same.kind == "meeting"
    assert same.provenance["kind"]["by"] == "editor"
    assert same.place.name == "Geneva"  # a field no editor touched follows the articles


def test_it_still_joins_a_later_article_to_a_meeting_an_editor_redated(editor):
    first = article(text="Premier récit.\n", published=date(2021, 12, 30))
    later = article(text="Récit du lendemain.\n", published=date(2021, 12, 31))
    [event] = record_extracted(first, call(date="2021-12-30"))
    editing.edit_event(event=event, user=editor, values={"date": "2021-12-29"})
    [same] = record_extracted(later, call(date="2021-12-30"))
    assert same.pk == event.pk
    assert same.date_value == "2021-12-29"
    assert same.proposals["date"]["value"] == "2021-12-30"


def test_it_refuses_in_the_database_an_event_merged_into_itself(editor):
    from django.db import IntegrityError, transaction

    [event] = record_extracted(article(), call())
    with pytest.raises(editing.EditRejected):
        editing.merge_events(source=event, target=event, user=editor)
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(merged_into=event)


def test_it_keeps_the_story_of_a_meeting_scheduled_then_held_then_postponed():
    announced = article(text="Annonce.\n", published=date(2021, 12, 30))
    held = article(text="Compte rendu.\n", published=date(2022, 1, 10))
    postponed = article(text="Report.\n", published=date(2022, 1, 11))
    talks = {"kind": "talks", "date": "2022-01-10"}
    [event] = record_extracted(announced, call(status="scheduled", **talks))
    record_extracted(held, call(status="held", **talks))
    [old, new] = record_extracted(
        postponed,
        call(status="cancelled", rescheduled_to=1, **talks),
        call(status="scheduled", kind="talks", date="2022-02", evidence="reportées à février"),
    )
    assert old.pk == event.pk
    event.refresh_from_db()
    assert (event.status, event.rescheduled_to) == ("cancelled", new)
    told = [
        (m.article.published_at.isoformat(), m.reading["status"])
        for m in event.mentions.order_by("article__published_at")
    ]
    assert told == [
        ("2021-12-30", "scheduled"),
        ("2022-01-10", "held"),
        ("2022-01-11", "cancelled"),
    ]
    assert [c.new for c in event.changes.filter(field="status").order_by("at")] == [
        "held",
        "cancelled",
    ]


def test_it_writes_the_engines_title_again_when_an_editor_corrects_its_facts(editor):
    [event] = record_extracted(
        article(), call(location="Geneva", title="Entretien téléphonique à Genève")
    )
    editing.edit_event(event=event, user=editor, values={"place": None})
    event.refresh_from_db()
    assert "Genève" not in event.title
    assert "Joe Biden" in event.title and "Poutine" in event.title
    assert event.provenance["title"]["by"] == "engine"
    assert event.changes.get(field="title").source == "engine"
    # A parse of the article keeps the title in line with the editor's facts.
    [again] = record_extracted(event.mentions.get().article, call(location="Geneva"))
    assert "Genève" not in again.title


def test_it_leaves_a_title_an_editor_wrote_alone_when_the_facts_change(editor):
    [event] = record_extracted(article(), call(location="Geneva"))
    editing.edit_event(event=event, user=editor, values={"title": "L'appel de fin d'année"})
    editing.edit_event(event=event, user=editor, values={"place": None})
    event.refresh_from_db()
    assert event.title == "L'appel de fin d'année"
