"""Keep each event's search text (timeline.search) in step with what it holds.

Events, their participants, places and evidence are written from many places: the parses,
the desk, the admin, tests' factories. Listening to the rows themselves is the one way none of
them can forget; the bulk updates signals do not see (evidence moved by a merge or a split,
rewritten by a parse) are followed by an explicit `refresh_search_text` in those services.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from timeline.models import Actor, Event, Mention, Place
from timeline.search import refresh_search_text

# An event saved with only other fields (a review, a merge pointer) searches the same.
_SEARCHED_EVENT_FIELDS = {"title", "place"}


@receiver(post_save, sender=Event)
def event_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields is not None and not _SEARCHED_EVENT_FIELDS & set(update_fields)):
        return
    refresh_search_text([instance.pk])


@receiver(m2m_changed, sender=Event.participants.through)
def participants_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if reverse:
        # actor.events.add(...): pk_set holds events; clear() is told of none, so they are
        # noted before.
        if action == "pre_clear":
            instance._events_before_clear = list(instance.events.values_list("pk", flat=True))
        elif action == "post_clear":
            refresh_search_text(getattr(instance, "_events_before_clear", []))
        elif action in ("post_add", "post_remove"):
            refresh_search_text(pk_set or [])
    elif action in ("post_add", "post_remove", "post_clear"):
        refresh_search_text([instance.pk])


@receiver(post_save, sender=Mention)
@receiver(post_delete, sender=Mention)
def mention_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_search_text([instance.event_id])


@receiver(post_save, sender=Actor)
@receiver(post_save, sender=Place)
def name_saved(sender, instance, created, raw=False, **kwargs):
    # An editor added an alias or corrected a name: every event of that actor or place.
    if not (created or raw):
        refresh_search_text(instance.events.values_list("pk", flat=True))
