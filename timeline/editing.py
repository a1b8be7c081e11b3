"""The editors' writes: corrections, reviews, reverts, merges, splits and added meetings.

Every function here logs what it changed (timeline.models.EventChange) with the editor's
name, and marks the fields it set as the editor's (timeline.provenance), so that no later
parse overwrites them. Views, the admin and commands call these and nothing else.
"""

from django.db import transaction
from django.utils import timezone

from timeline import provenance
from timeline.models import Event, EventChange, Mention, Regrouping, Source
from timeline.search import refresh_search_text, search_text_written_once
from timeline.services import (
    TITLE_FACTS,
    log_change,
    parse_date_value,
    refresh_from_engine,
    set_field,
)


class EditRejected(ValueError):
    """The edit cannot be made; the message says why, in words an editor can act on."""


def validate_value(field: str, value):
    """The value in its stored form, or EditRejected."""
    if field == "kind":
        if value not in Event.Kind.values:
            raise EditRejected(f"Unknown kind {value!r}: choose one of {', '.join(Event.Kind)}.")
    elif field == "status":
        if value not in Event.Status.values:
            raise EditRejected(f"Unknown status {value!r}.")
    elif field in ("date", "end_date"):
        if field == "end_date" and not value:
            return None
        try:
            parse_date_value(value)
        except ValueError as error:
            raise EditRejected(
                f"{value!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY."
            ) from error
    elif field == "participants":
        value = sorted({str(name).strip() for name in value if str(name).strip()})
        if any(len(name) > 200 for name in value):
            raise EditRejected("A participant's name is limited to 200 characters.")
    elif field == "place":
        value = (value or "").strip() or None
        if value and len(value) > 200:
            raise EditRejected("A place name is limited to 200 characters.")
    elif field == "title":
        value = (value or "").strip()
        if not value:
            raise EditRejected("A meeting needs a title.")
        value = value[:300]
    else:
        raise EditRejected(f"{field!r} cannot be edited.")
    return value


def _locked(event):
    # Two editors (or an editor and a worker) writing the same event queue up here.
    return Event.objects.select_for_update().get(pk=event.pk)


def _record_editors_changes(*, event, held, changes, user, note) -> list[EventChange]:
    """Mark the `held` fields as the editor's (no parse overwrites them), log each
    (field, old, new) change as the editor's, and let an engine-held title follow the facts.
    `event` is locked by the caller."""
    for field in held:
        event.provenance = {**event.provenance, field: provenance.editor_source(user)}
        event.proposals = {k: v for k, v in event.proposals.items() if k != field}
    event.save()
    logged = [
        log_change(
            event=event,
            field=field,
            old=old,
            new=new,
            source=Source.EDITOR,
            user=user,
            note=note,
        )  # fmt: skip
        for field, old, new in changes
    ]
    if any(field in TITLE_FACTS for field, _, _ in changes):
        refresh_from_engine(event)
    return logged


def edit_event(*, event: Event, user, values: dict, note: str = "") -> list[EventChange]:
    """Set fields of `event` to an editor's values. Unchanged values are not logged."""
    cleaned = {field: validate_value(field, value) for field, value in values.items()}
    with transaction.atomic(), search_text_written_once():
        event = _locked(event)
        before = provenance.current_values(event)
        changed = [field for field, value in cleaned.items() if value != before[field]]
        for field in changed:
            set_field(event, field, cleaned[field])
        after = provenance.current_values(event)
        return _record_editors_changes(
            event=event,
            held=cleaned,
            changes=[(field, before[field], after[field]) for field in changed],
            user=user,
            note=note,
        )


def record_admin_edit(*, event: Event, before: dict, user) -> list[EventChange]:
    """The Django admin saved `event`: what differs from `before` is an editor's correction."""
    after = provenance.current_values(event)
    changed = [f for f in provenance.TRACKED_FIELDS if after[f] != before.get(f)]
    if not changed:
        return []
    with transaction.atomic(), search_text_written_once():
        return _record_editors_changes(
            event=_locked(event),
            held=changed,
            changes=[(field, before.get(field), after[field]) for field in changed],
            user=user,
            note="in the admin",
        )


def accept_proposal(*, event: Event, user, field: str) -> list[EventChange]:
    proposal = event.proposals.get(field)
    if proposal is None:
        raise EditRejected("The engine proposes nothing else for this field any more.")
    return edit_event(
        event=event, user=user, values={field: proposal["value"]}, note="engine's proposal"
    )


def release_field(*, event: Event, user, field: str) -> EventChange:
    """Give a field back to the engine: its value follows the articles again."""
    if field not in provenance.TRACKED_FIELDS:
        raise EditRejected(f"{field!r} cannot be edited.")
    with transaction.atomic(), search_text_written_once():
        event = _locked(event)
        before = provenance.current_values(event)[field]
        event.provenance = {k: v for k, v in event.provenance.items() if k != field}
        event.save()
        refresh_from_engine(event)
        event.refresh_from_db()
        return log_change(
            event=event,
            field=field,
            old=before,
            new=provenance.current_values(event)[field],
            source=Source.EDITOR,
            user=user,
            note="given back to the engine",
        )


def set_review(*, event: Event, user, review: str, note: str = "") -> EventChange | None:
    if review not in Event.Review.values:
        raise EditRejected(f"Unknown review state {review!r}.")
    with transaction.atomic(), search_text_written_once():
        event = _locked(event)
        old = event.review
        if old == review:
            return None
        event.review = review
        event.save(update_fields=["review", "updated_at"])
        return log_change(
            event=event, field="review", old=old, new=review, source=Source.EDITOR, user=user,
            note=note,
        )  # fmt: skip


def revert_change(*, change: EventChange, user) -> None:
    """Put back what `change` replaced; the revert is itself a change in the history."""
    if change.reverted_by_id:
        raise EditRejected("This change has already been reverted.")
    if change.field in ("merge", "split"):
        if change.regrouping is None:
            raise EditRejected("This regrouping cannot be undone.")
        undo_regrouping(regrouping=change.regrouping, user=user)
        return
    if change.field == "review":
        revert = set_review(
            event=change.event, user=user, review=change.old, note=f"revert of change {change.pk}"
        )
    elif change.field in provenance.TRACKED_FIELDS and (
        change.old is not None or change.field in ("place", "end_date")
    ):
        done = edit_event(
            event=change.event,
            user=user,
            values={change.field: change.old},
            note=f"revert of change {change.pk}",
        )
        revert = done[0] if done else None
    else:
        raise EditRejected("This entry records a fact, not a change that can be reverted.")
    if revert is None:
        raise EditRejected("The field already has the value this change replaced.")
    change.reverted_by = revert
    change.save(update_fields=["reverted_by"])


# --- one real meeting, one event -----------------------------------------------------------


def _snapshot(event):
    return {
        "values": provenance.current_values(event),
        "provenance": event.provenance,
        "proposals": event.proposals,
    }


def merge_events(*, source: Event, target: Event, user, reason: str = "") -> Regrouping:
    """`source` and `target` are one real meeting: `source`'s evidence moves to `target`,
    and `source`'s permalink now leads there. The editor's own values on `source` are kept
    where `target` has only the engine's."""
    if source.pk == target.pk:
        raise EditRejected("An event cannot be merged into itself.")
    with transaction.atomic(), search_text_written_once():
        # Locked in id order, so that two editors merging the same pair cannot deadlock.
        locked = {e.pk: e for e in Event.objects.select_for_update().filter(
            pk__in=[source.pk, target.pk]).order_by("pk")}  # fmt: skip
        source, target = locked[source.pk], locked[target.pk]
        if source.merged_into_id or target.merged_into_id:
            raise EditRejected("One of these events was merged already; reload the page.")
        regrouping = Regrouping.objects.create(
            kind=Regrouping.Kind.MERGE,
            source_event=source,
            target_event=target,
            target_before=_snapshot(target),
            source_before=_snapshot(source),
            reason=(reason or "merged by an editor")[:300],
            user=user,
        )
        taken = set(target.mentions.values_list("article_id", "start"))
        moving = [m for m in source.mentions.all() if (m.article_id, m.start) not in taken]
        # Each moved mention says why it is here now; the undo puts its old reason back.
        regrouping.source_before["reasons"] = {str(m.pk): m.reason for m in moving}
        Mention.objects.filter(pk__in=[m.pk for m in moving]).update(
            event=target, reason=f"merged from event {source.pk}: {regrouping.reason}"[:300]
        )
        regrouping.moved = [m.pk for m in moving]
        source_values = provenance.current_values(source)
        adopted = {}
        for field in provenance.TRACKED_FIELDS:
            if provenance.held_by_editor(source, field) and not provenance.held_by_editor(
                target, field
            ):
                set_field(target, field, source_values[field])
                target.provenance = {**target.provenance, field: source.provenance[field]}
                adopted[field] = source.provenance[field]
        regrouping.target_before["adopted"] = adopted
        regrouping.save()
        if source.review == Event.Review.CONFIRMED and target.review == Event.Review.UNREVIEWED:
            target.review = Event.Review.CONFIRMED
        target.save()
        source.merged_into = target
        source.save(update_fields=["merged_into", "updated_at"])
        Event.objects.filter(merged_into=source).update(merged_into=target)
        for event in (source, target):
            log_change(
                event=event,
                field="merge",
                old=source.pk,
                new=target.pk,
                source=Source.EDITOR,
                user=user,
                note=f"{source.title} ({source.date_value}) merged into event {target.pk}: "
                f"{regrouping.reason}",
                regrouping=regrouping,
            )
        refresh_from_engine(target)
        # The evidence moved in bulk, unseen by timeline.signals.
        refresh_search_text([source.pk, target.pk])
        return regrouping


def split_mentions(*, event: Event, mention_ids, user) -> Regrouping:
    """Move some of `event`'s evidence into a new event of its own: the engine, or an
    editor, wrongly took two meetings for one."""
    with transaction.atomic(), search_text_written_once():
        event = _locked(event)
        mentions = list(event.mentions.filter(pk__in=mention_ids))
        if not mentions:
            raise EditRejected("Choose the evidence to split off.")
        if len(mentions) == event.mentions.count():
            raise EditRejected("Splitting off all of an event's evidence would leave it empty.")
        values = provenance.current_values(event)
        new_event = Event(
            kind=event.kind,
            date=event.date,
            precision=event.precision,
            end_date=event.end_date,
            status=event.status,
            title=event.title,
            place=event.place,
            confidence=event.confidence,
            provenance=dict(event.provenance),
        )
        new_event.save()
        set_field(new_event, "participants", values["participants"])
        Mention.objects.filter(pk__in=[m.pk for m in mentions]).update(
            event=new_event, reason=f"split off event {event.pk} by an editor"
        )
        regrouping = Regrouping.objects.create(
            kind=Regrouping.Kind.SPLIT,
            source_event=event,
            target_event=new_event,
            moved=[m.pk for m in mentions],
            # The undo puts back why each mention belonged to the event it came from.
            source_before={**_snapshot(event), "reasons": {str(m.pk): m.reason for m in mentions}},
            reason="split off by an editor",
            user=user,
        )
        for changed in (event, new_event):
            log_change(
                event=changed,
                field="split",
                old=event.pk,
                new=new_event.pk,
                source=Source.EDITOR,
                user=user,
                note=f"{len(mentions)} mention(s) split off event {event.pk} "
                f"into event {new_event.pk}",
                regrouping=regrouping,
            )
        refresh_from_engine(new_event)
        refresh_from_engine(event)
        refresh_search_text([event.pk, new_event.pk])
        return regrouping


def undo_regrouping(*, regrouping: Regrouping, user) -> EventChange:
    """Undo a merge or a split: the evidence goes back, and so do the values the regrouping
    brought, unless an editor has changed them since."""
    with transaction.atomic(), search_text_written_once():
        regrouping = Regrouping.objects.select_for_update().get(pk=regrouping.pk)
        if regrouping.undone_at:
            raise EditRejected("This has already been undone.")
        source = Event.objects.select_for_update().get(pk=regrouping.source_event_id)
        target = Event.objects.select_for_update().get(pk=regrouping.target_event_id)
        done = list(EventChange.objects.filter(regrouping=regrouping).values_list("pk", flat=True))
        if regrouping.kind == Regrouping.Kind.MERGE:
            Mention.objects.filter(pk__in=regrouping.moved, event=target).update(event=source)
            for pk, reason in regrouping.source_before.get("reasons", {}).items():
                Mention.objects.filter(pk=pk, event=source).update(reason=reason)
            before = regrouping.target_before
            for field, source_of_value in before.get("adopted", {}).items():
                if target.provenance.get(field) == source_of_value:
                    set_field(target, field, before["values"][field])
                    target.provenance = {**target.provenance}
                    if field in before["provenance"]:
                        target.provenance[field] = before["provenance"][field]
                    else:
                        target.provenance.pop(field, None)
            target.save()
            source.merged_into = None
            source.save(update_fields=["merged_into", "updated_at"])
            note = f"merge of event {source.pk} into event {target.pk} undone"
        else:
            Mention.objects.filter(pk__in=regrouping.moved, event=target).update(event=source)
            for pk, reason in regrouping.source_before.get("reasons", {}).items():
                Mention.objects.filter(pk=pk, event=source).update(reason=reason)
            # The split-off event's permalink may have been shared: it now leads back.
            target.merged_into = source
            target.save(update_fields=["merged_into", "updated_at"])
            note = f"split of event {target.pk} off event {source.pk} undone"
        regrouping.undone_at = timezone.now()
        regrouping.save(update_fields=["undone_at"])
        logged = [
            log_change(
                event=event,
                field=regrouping.kind,
                old=None,
                new=None,
                source=Source.EDITOR,
                user=user,
                note=note,
                regrouping=regrouping,
            )
            for event in (source, target)
        ]
        # The merge or split entries show as undone, whether undone from the history or not;
        # the entries of the undo itself stay as they are.
        EventChange.objects.filter(pk__in=done).update(reverted_by=logged[0])
        refresh_from_engine(source)
        refresh_from_engine(target)
        refresh_search_text([source.pk, target.pk])
        return logged[0]


# --- meetings the engine missed ------------------------------------------------------------


def add_event(*, article, start: int, end: int, values: dict, user) -> Event:
    """An editor adds a meeting the engine missed, with the sentence that reports it."""
    if not (0 <= start < end <= len(article.text)):
        raise EditRejected("Select the sentence that reports the meeting inside the article.")
    required = ("kind", "date", "status", "title")
    missing = [f for f in required if not values.get(f)]
    if missing:
        raise EditRejected(f"Say the meeting's {', '.join(missing)}.")
    cleaned = {f: validate_value(f, v) for f, v in values.items() if f in provenance.TRACKED_FIELDS}
    with transaction.atomic(), search_text_written_once():
        day, precision = parse_date_value(cleaned["date"])
        event = Event(
            kind=cleaned["kind"],
            date=day,
            precision=precision,
            status=cleaned["status"],
            title=cleaned["title"],
            confidence=1.0,
            review=Event.Review.CONFIRMED,
            provenance={f: provenance.editor_source(user) for f in provenance.TRACKED_FIELDS},
        )
        for field in ("end_date", "place"):
            if field in cleaned:
                set_field(event, field, cleaned[field])
        event.save()
        set_field(event, "participants", cleaned.get("participants", []))
        Mention.objects.create(
            event=event,
            article=article,
            evidence=article.text[start:end],
            start=start,
            end=end,
            source=Source.EDITOR,
            added_by=user,
            reason="added by an editor",
        )
        log_change(
            event=event,
            field="created",
            old=None,
            new=provenance.current_values(event),
            source=Source.EDITOR,
            user=user,
            article=article,
            note="added from the article's text",
        )
        return event
