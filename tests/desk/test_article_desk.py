"""The editor's view of an article: its meetings highlighted, and a missed meeting added from
a selected sentence."""

from datetime import date
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model

from articles.models import Article
from desk.passages import marked_paragraphs
from tests.factories import extracted, make_article, make_editor, record_extracted
from timeline import editing
from timeline.models import Event, EventChange, Mention, Source
from timeline.services import replace_article_events

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}
THURSDAY = date(2024, 3, 14)

HEADLINE = "Une semaine chargée pour les chancelleries\n"
CALL = "Le président américain a téléphoné lundi à son homologue russe."
MISSED = "Le ministre a rencontré mardi son homologue allemand."
STORY = f"{HEADLINE}{CALL}\n{MISSED} Les entretiens ont porté sur l'énergie.\n"


@pytest.fixture
def editor(client):
    user = make_editor("ines")
    client.force_login(user)
    return user


def parsed_article(text, **fields):
    """An article as a parse leaves it: its cleaned text stored (here the text as written)."""
    article = make_article(text=text, status=Article.Status.PARSED, **fields)
    Article.objects.filter(pk=article.pk).update(text=text)
    article.refresh_from_db()
    return article


@pytest.fixture
def story():
    return parsed_article(STORY, published_at=THURSDAY, title="Semaine diplomatique")


def desk_url(article):
    return f"/desk/articles/{article.pk}/"


def form_url(article):
    return f"/desk/articles/{article.pk}/new-meeting"


def record_the_call(article):
    """The engine's reading of the call, as a parse records it."""
    return record_extracted(
        article,
        extracted(
            evidence=CALL,
            start=STORY.index(CALL),
            date="2024-03-11",
            title="Appel Biden – Poutine",
            participants=[
                {"name": "Joe Biden", "type": "person"},
                {"name": "Vladimir Putin", "type": "person"},
            ],
        ),
    )[0]


def span_of(sentence):
    start = STORY.index(sentence)
    return start, start + len(sentence)


def meeting_values(**values):
    return {
        "kind": "meeting",
        "date": "2024-03-12",
        "status": "held",
        "participants": "Germany",
        "place": "",
        "title": "Rencontre avec le ministre allemand",
        **values,
    }


# --- who may use it ------------------------------------------------------------------------


def test_it_sends_anonymous_visitors_to_log_in(client, story):
    for url in (desk_url(story), f"{form_url(story)}?start=0&end=5"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_it_refuses_signed_in_users_who_are_not_editors(client, story):
    reader = get_user_model().objects.create_user("lecteur", password="not-used-here")
    client.force_login(reader)
    assert client.get(desk_url(story)).status_code == 403
    start, end = span_of(MISSED)
    response = client.post(form_url(story), {"start": start, "end": end, **meeting_values()})
    assert response.status_code == 403
    assert not Event.objects.exists()


# --- the text with its meetings --------------------------------------------------------------


def test_it_highlights_each_mention_and_links_it_to_its_event(client, editor, story):
    call = record_the_call(story)
    added = editing.add_event(
        article=story, user=editor, values=meeting_values(participants=["Germany"]),
        **dict(zip(("start", "end"), span_of(MISSED), strict=True)),
    )  # fmt: skip
    page = client.get(desk_url(story)).content.decode()
    assert (
        f'<a class="desk-mark-link" href="/desk/events/{call.pk}/">'
        f'<mark class="desk-mark desk-mark-engine" data-start="{STORY.index(CALL)}"'
    ) in page
    assert f">{CALL}</mark>" in page
    assert (
        f'<a class="desk-mark-link" href="/desk/events/{added.pk}/">'
        f'<mark class="desk-mark desk-mark-editor" data-start="{STORY.index(MISSED)}"'
    ) in page
    assert "added by ines" in page
    # Beside the text, both meetings, the editor's told apart.
    assert "Appel Biden – Poutine" in page and "Rencontre avec le ministre allemand" in page
    assert page.count("desk-meeting-editor") == 1


def test_it_keeps_the_paragraphs_and_shows_the_articles_status_and_date(client, editor, story):
    page = client.get(desk_url(story)).content.decode()
    assert page.count('<p><span data-start="') == 3  # headline, call, missed meeting
    assert f'<span data-start="0">{HEADLINE.strip()}</span></p>' in page
    assert "Parsed" in page
    assert 'Published <time datetime="2024-03-14">Thursday 14 March 2024</time>' in page


def test_it_escapes_the_text_it_highlights(client, editor):
    article = parsed_article("Un <b>sommet</b> & une <script>alerte()</script>.\n")
    page = client.get(desk_url(article)).content.decode()
    assert "Un &lt;b&gt;sommet&lt;/b&gt; &amp; une &lt;script&gt;alerte()&lt;/script&gt;." in page
    assert "<script>alerte" not in page


def test_it_cuts_overlapping_mentions_into_segments_that_add_up_to_the_text():
    text = "Alpha beta gamma.\nDelta epsilon."
    engine = SimpleNamespace(start=0, end=17, source=Source.ENGINE, event_id=1)
    editor = SimpleNamespace(start=6, end=10, source=Source.EDITOR, event_id=2)
    paragraphs = marked_paragraphs(text, [engine, editor])
    first, second = paragraphs
    assert [(s["start"], s["text"], s["mention"]) for s in first] == [
        (0, "Alpha ", engine),
        (6, "beta", editor),
        (10, " gamma.", engine),
    ]
    assert [(s["start"], s["text"], s["mention"]) for s in second] == [(18, "Delta epsilon.", None)]
    for segment in first + second:
        assert text[segment["start"] : segment["start"] + len(segment["text"])] == segment["text"]


# --- adding a meeting the engine missed -------------------------------------------------------


def test_it_fills_the_form_with_the_engines_reading_of_the_selected_sentence(client, editor, story):
    # Two words selected in the middle of the sentence: the whole sentence is the evidence.
    start = STORY.index("rencontré mardi")
    response = client.get(
        form_url(story), {"start": start, "end": start + len("rencontré mardi")}, **HTMX
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "<html" not in page  # the partial, for the panel beside the text
    assert f">{MISSED}</blockquote>" in page
    assert f'name="start" value="{STORY.index(MISSED)}"' in page
    assert f'name="end" value="{STORY.index(MISSED) + len(MISSED)}"' in page
    # "mardi" in an article published on Thursday 14 March 2024 is Tuesday the 12th.
    assert 'name="date" value="2024-03-12"' in page
    # "son homologue allemand": the gazetteer knows the adjective.
    assert ">\nGermany</textarea>" in page
    assert '<option value="meeting" selected>' in page
    assert '<option value="held" selected>' in page


def test_it_adds_the_meeting_with_its_sentence_as_evidence_and_the_editor_as_author(
    client, editor, story
):
    record_the_call(story)
    start, end = span_of(MISSED)
    response = client.post(
        form_url(story), {"start": start, "end": end, **meeting_values()}, **HTMX
    )
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#article-desk"
    event = Event.objects.get(title="Rencontre avec le ministre allemand")
    assert (event.date, event.kind, event.status) == (date(2024, 3, 12), "meeting", "held")
    assert [a.name for a in event.participants.all()] == ["Germany"]
    mention = event.mentions.get()
    assert (mention.start, mention.end, mention.evidence) == (start, end, MISSED)
    assert (mention.source, mention.added_by) == (Source.EDITOR, editor)
    created = event.changes.get(field="created")
    assert (created.source, created.user, created.article) == (Source.EDITOR, editor, story)
    # The article again, the new sentence highlighted as the editor's.
    page = response.content.decode()
    assert f'<mark class="desk-mark desk-mark-editor" data-start="{start}"' in page
    assert "Added <a href=" in page


def test_it_goes_back_to_the_article_after_adding_without_javascript(client, editor, story):
    start, end = span_of(MISSED)
    response = client.post(form_url(story), {"start": start, "end": end, **meeting_values()})
    event = Event.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{desk_url(story)}?added={event.pk}"
    page = client.get(response["Location"]).content.decode()
    assert "Added <a href=" in page and "Rencontre avec le ministre allemand" in page


@pytest.mark.parametrize(
    "offsets",
    [
        {"start": "le début", "end": "10"},
        {"start": "5"},
        {"start": "40", "end": "20"},
        {"start": "0", "end": str(len(STORY) + 50)},
    ],
)
def test_it_refuses_a_selection_outside_the_text_and_says_why(client, editor, story, offsets):
    response = client.get(form_url(story), offsets, **HTMX)
    assert response.status_code == 400
    assert "Select the sentence that reports the meeting" in response.content.decode()
    response = client.post(form_url(story), {**offsets, **meeting_values()}, **HTMX)
    assert response.status_code == 400
    assert not Event.objects.exists()


def test_it_keeps_the_form_and_says_why_when_a_value_is_wrong(client, editor, story):
    start, end = span_of(MISSED)
    response = client.post(
        form_url(story),
        {"start": start, "end": end, **meeting_values(date="mardi", title="")},
        **HTMX,
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "is not a date: write YYYY-MM-DD, YYYY-MM or YYYY." in page
    assert "This field is required." in page
    assert f">{MISSED}</blockquote>" in page
    assert not Event.objects.exists() and not Mention.objects.exists()
    assert not EventChange.objects.exists()


def test_it_keeps_the_added_meeting_when_the_article_is_parsed_again(client, editor, story):
    start, end = span_of(MISSED)
    client.post(form_url(story), {"start": start, "end": end, **meeting_values()}, **HTMX)
    replace_article_events(article=story, events=[])
    event = Event.objects.get()
    assert event.mentions.get().source == Source.EDITOR
    page = client.get(desk_url(story)).content.decode()
    assert f'<mark class="desk-mark desk-mark-editor" data-start="{start}"' in page


def test_it_is_linked_from_the_admins_article_pages(client, story):
    admin = get_user_model().objects.create_superuser("chef", password="not-used-here")
    client.force_login(admin)
    link = f'<a href="{desk_url(story)}">Open on the desk</a>'
    assert link in client.get("/admin/articles/article/").content.decode()
    assert link in client.get(f"/admin/articles/article/{story.pk}/change/").content.decode()
