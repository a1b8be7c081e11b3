"""What a meeting's permalink tells other sites about it: a one-sentence description, the
schema.org Event (JSON-LD) search engines read, and the language its title is written in.

The sentences are in the active language. The French ones are worded so that no participle
has to agree with the kind's gender ("Visite ..., le 30 décembre 2021.")."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext

from timeline.dates import date_label
from timeline.models import Actor, Event

SITE_NAME = "Diplomatic timeline"

KIND_PHRASES = {
    Event.Kind.CALL: gettext_lazy("Phone call"),
    Event.Kind.MEETING: gettext_lazy("Meeting"),
    Event.Kind.TALKS: gettext_lazy("Talks"),
    Event.Kind.SUMMIT: gettext_lazy("Summit"),
    Event.Kind.VISIT: gettext_lazy("Visit"),
    Event.Kind.CONFERENCE: gettext_lazy("Conference"),
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
        return ngettext(
            "%(names)s and %(count)s other", "%(names)s and %(count)s others", others
        ) % {"names": ", ".join(names[:MOST_NAMED]), "count": others}
    if len(names) > 1:
        return _("%(names)s and %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}
    return names[0] if names else ""


def _day_range(event) -> str:
    label = date_label(event)
    start, _dash, end = label.partition(" – ")
    return _("from %(start)s to %(end)s") % {"start": start, "end": end} if end else ""


def _held_when(event) -> str:
    if event.precision == "day":
        return _day_range(event) or _("on %(date)s") % {"date": date_label(event)}
    return _("in %(date)s") % {"date": date_label(event)}


def _planned_when(event) -> str:
    # One English word, two in French: "le 30 décembre 2021", "en décembre 2021".
    if event.precision == "day":
        return _day_range(event) or pgettext("a day", "for %(date)s") % {"date": date_label(event)}
    return pgettext("a month or a year", "for %(date)s") % {"date": date_label(event)}


def describe(event: Event) -> str:
    """One sentence for the permalink's description and its share previews, e.g. "Phone call
    between Joe Biden and Vladimir Putin, held on December 30, 2021." Reads the participants
    and the place, so select and prefetch them."""
    names = [actor.name for actor in event.participants.all()]
    subject = str(KIND_PHRASES.get(event.kind, event.get_kind_display()))
    if len(names) > 1:
        subject = _("%(kind)s between %(names)s") % {"kind": subject, "names": names_phrase(names)}
    elif names:
        subject = _("%(kind)s with %(name)s") % {"kind": subject, "name": names[0]}
    if event.place_id:
        subject = _("%(meeting)s in %(place)s") % {"meeting": subject, "place": event.place.name}
    if event.status == Event.Status.HELD:
        return _("%(meeting)s, held %(when)s.") % {"meeting": subject, "when": _held_when(event)}
    planned = {"meeting": subject, "when": _planned_when(event)}
    if event.status == Event.Status.SCHEDULED:
        return _("%(meeting)s, scheduled %(when)s.") % planned
    if event.rescheduled_to_id:
        planned["new_date"] = date_label(event.rescheduled_to)
        return _("%(meeting)s, planned %(when)s and postponed to %(new_date)s.") % planned
    return _("%(meeting)s, planned %(when)s and cancelled.") % planned


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
        return _("%(name)s: no meeting on the diplomatic timeline yet.") % {"name": actor.name}
    values = {"name": actor.name, "count": count}
    names = [other.name for other in list(counterparts)[:3]]
    if names:
        values["names"] = names_phrase(names)
        return (
            ngettext(
                "%(name)s: %(count)s meeting on the diplomatic timeline, most often with "
                "%(names)s.",
                "%(name)s: %(count)s meetings on the diplomatic timeline, most often with "
                "%(names)s.",
                count,
            )
            % values
        )
    return (
        ngettext(
            "%(name)s: %(count)s meeting on the diplomatic timeline.",
            "%(name)s: %(count)s meetings on the diplomatic timeline.",
            count,
        )
        % values
    )
