"""Small factories: each makes one row with sensible defaults, overridable by keyword."""

import itertools
from datetime import date

from articles import services as article_services
from articles.models import Article
from timeline.models import Actor, Event, Mention, Place

_numbers = itertools.count(1)


def make_article(*, text="Un article de test.\n", **fields) -> Article:
    fields.setdefault("language", "fr")
    fields.setdefault("published_at", date(2024, 3, 14))
    result = article_services.upload_article(
        content=text.encode("utf-8"),
        filename=fields.pop("filename", f"article-{next(_numbers)}.txt"),
        language=fields.pop("language"),
        published_at=fields.pop("published_at"),
    )
    article = result.article
    if fields:
        Article.objects.filter(pk=article.pk).update(**fields)
        article.refresh_from_db()
    return article


def make_actor(name="Antony Blinken", *, type=Actor.Type.PERSON, **fields) -> Actor:
    return Actor.objects.get_or_create(name=name, defaults={"type": type, **fields})[0]


def make_place(name="Geneva", **fields) -> Place:
    return Place.objects.get_or_create(name=name, defaults=fields)[0]


def make_event(
    *,
    title="Entretien Blinken – Lavrov",
    participants=("Antony Blinken", "Sergei Lavrov"),
    article=None,
    evidence="Les deux ministres se sont parlé jeudi.",
    **fields,
) -> Event:
    fields.setdefault("kind", Event.Kind.CALL)
    fields.setdefault("date", date(2024, 3, 14))
    fields.setdefault("status", Event.Status.HELD)
    event = Event.objects.create(title=title, **fields)
    event.participants.add(*[make_actor(name) for name in participants])
    if article is not None:
        Mention.objects.create(
            event=event, article=article, evidence=evidence, start=0, end=len(evidence)
        )
    return event


def extracted(**fields) -> dict:
    """One meeting as the extraction engine returns it (the contract of DESIGN.md), with the
    span of its evidence in the article. Override any field by keyword."""
    evidence = fields.pop("evidence", "Les deux ministres se sont parlé jeudi.")
    start = fields.pop("start", 0)
    event = {
        "date": "2024-03-14",
        "end_date": None,
        "kind": "call",
        "status": "held",
        "title": "Appel Blinken – Lavrov",
        "participants": [
            {"name": "Antony Blinken", "type": "person"},
            {"name": "Sergei Lavrov", "type": "person"},
        ],
        "location": None,
        "evidence": evidence,
        "mentions": [{"evidence": evidence, "start": start, "end": start + len(evidence)}],
        "confidence": 0.8,
        "rescheduled_to": None,
    }
    event.update(fields)
    return event


def record_extracted(article, *events: dict) -> list[Event]:
    """Record meetings in `article` as a parse by the engine would (timeline.services)."""
    from timeline import services as timeline_services

    return timeline_services.replace_article_events(article=article, events=list(events))


def make_editor(username="ines", *, password="not-used-here"):
    """A staff account holding the desk's permission (what the Editors group grants for
    reviewing; tests/articles/test_roles.py checks the group itself)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user(username, password=password, is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="timeline", codename="change_event")
    )
    return user
