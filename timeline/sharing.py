"""What a meeting's permalink tells other sites about it: a one-sentence description, the
schema.org Event (JSON-LD) search engines read, and the language its title is written in."""

from timeline.dates import date_label
from timeline.models import Actor, Event

SITE_NAME = "Diplomatic timeline"

KIND_PHRASES = {
    Event.Kind.CALL: "Phone call",
    Event.Kind.MEETING: "Meeting",
    Event.Kind.TALKS: "Talks",
    Event.Kind.SUMMIT: "Summit",
    Event.Kind.VISIT: "Visit",
    Event.Kind.CONFERENCE: "Conference",
}

# A summit's forty delegations do not fit in a sentence: the first few are named.
MOST_NAMED = 4

SCHEMA_TYPES = {
    Actor.Type.PERSON: "Person",
    Actor.Type.COUNTRY: "Country",
    Actor.Type.ORGANIZATION: "Organization",
}

SCHEMA_STATUSES = {
    Event.Status.HELD: "https://schema.org/EventScheduled",  # it took place as planned
    Event.Status.SCHEDULED: "https://schema.org/EventScheduled",
    Event.Status.CANCELLED: "https://schema.org/EventCancelled",
}
POSTPONED = "https://schema.org/EventPostponed"


def names_phrase(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C, D and 3 others'."""
    if len(names) > MOST_NAMED:
        others = len(names) - MOST_NAMED
        return f"{', '.join(names[:MOST_NAMED])} and {others} other{'s' if others > 1 else ''}"
    if len(names) > 1:
        return f"{', '.join(names[:-1])} and {names[-1]}"
    return names[0] if names else ""


def _day_range(event) -> str:
    label = date_label(event)
    start, _, end = label.partition(" – ")
    return f"from {start} to {end}" if end else ""


def _held_when(event) -> str:
    return _day_range(event) or (
        f"on {date_label(event)}" if event.precision == "day" else f"in {date_label(event)}"
    )


def _planned_when(event) -> str:
    return _day_range(event) or f"for {date_label(event)}"


def describe(event: Event) -> str:
    """One sentence for the permalink's description and its share previews, e.g. "Phone call
    between Joe Biden and Vladimir Putin, held on 30 December 2021." Reads the participants
    and the place, so select and prefetch them."""
    names = [actor.name for actor in event.participants.all()]
    subject = KIND_PHRASES.get(event.kind, event.get_kind_display())
    if len(names) > 1:
        subject += f" between {names_phrase(names)}"
    elif names:
        subject += f" with {names[0]}"
    if event.place_id:
        subject += f" in {event.place.name}"
    if event.status == Event.Status.HELD:
        return f"{subject}, held {_held_when(event)}."
    if event.status == Event.Status.SCHEDULED:
        return f"{subject}, scheduled {_planned_when(event)}."
    if event.rescheduled_to_id:
        new_date = date_label(event.rescheduled_to)
        return f"{subject}, planned {_planned_when(event)} and postponed to {new_date}."
    return f"{subject}, planned {_planned_when(event)} and cancelled."


def schema_status(event: Event) -> str:
    if event.status == Event.Status.CANCELLED and event.rescheduled_to_id:
        return POSTPONED
    return SCHEMA_STATUSES[event.status]


def title_language(event: Event) -> str:
    """The language the event's title is written in: that of the article the engine took it
    from, or (a title an editor wrote, an event older than provenance) that of its first
    article; "" when no article reports it. Reads `event.mentions.all()` with their articles
    (see `public.event_mentions`)."""
    articles = [mention.article for mention in event.mentions.all()]
    source = (event.provenance or {}).get("title", {})
    if source.get("by") == "engine":
        for article in articles:
            if article.pk == source.get("article") and article.language:
                return article.language
    dated = sorted(articles, key=lambda a: (a.published_at is None, a.published_at, a.pk))
    return next((article.language for article in dated if article.language), "")


def json_ld(event: Event, *, url: str, description: str, actor_url, image: str = "") -> dict:
    """The schema.org Event for the permalink. `actor_url(actor)` gives an actor's page."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "description": description,
        # ISO 8601 at the stored precision: "2021-12-30", "2021-12" or "2021".
        "startDate": event.date_value,
        "eventStatus": schema_status(event),
    }
    if event.end_date and event.precision == Event.Precision.DAY:
        data["endDate"] = event.end_date.isoformat()
    language = title_language(event)
    if language:
        data["inLanguage"] = language
    if event.place_id:
        data["location"] = {"@type": "Place", "name": event.place.name}
    attendees = [
        {
            "@type": SCHEMA_TYPES.get(actor.type, "Thing"),
            "name": actor.name,
            "url": actor_url(actor),
        }
        for actor in event.participants.all()
    ]
    if attendees:
        data["attendee"] = attendees
    if image:
        data["image"] = image
    return data


def describe_actor(actor: Actor, count: int, counterparts) -> str:
    """The actor page's description: "Vladimir Putin: 12 meetings on the diplomatic timeline,
    most often with Joe Biden, Emmanuel Macron and Xi Jinping." """
    if not count:
        return f"{actor.name}: no meeting on the diplomatic timeline yet."
    sentence = f"{actor.name}: {count} meeting{'s' if count > 1 else ''} on the diplomatic timeline"
    names = [other.name for other in list(counterparts)[:3]]
    if names:
        sentence += f", most often with {names_phrase(names)}"
    return sentence + "."
