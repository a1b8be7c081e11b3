"""Events as the extraction contract writes them, plus their id, permalink, the desk's review
and their last change."""

from timeline import public


def event_json(event, request) -> dict:
    mentions = list(event.mentions.all())
    return {
        "id": event.pk,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "date": event.date_value,
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "precision": event.precision,
        "kind": event.kind,
        "status": event.status,
        "title": event.title,
        "participants": [{"name": a.name, "type": a.type} for a in event.participants.all()],
        "location": event.place.name if event.place else None,
        "evidence": mentions[0].evidence if mentions else "",
        "confidence": round(event.confidence, 3),
        "rescheduled_to": event.rescheduled_to_id,
        "review": event.review,
        "last_change": public.last_change(event),
    }
