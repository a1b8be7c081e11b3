"""What the review queue shows: the events waiting for an editor, most doubtful and newest
first, each with where its values came from and its evidence inside its article."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404

from desk.forms import FieldEditForm
from timeline import queries
from timeline.models import Event, EventChange, Mention, Source

PAGE_SIZE = 50
# Characters of the paragraph kept on each side of an evidence sentence: enough to judge the
# sentence in its context, short enough that fifty items stay readable.
CONTEXT_REACH = 150


@dataclass
class Excerpt:
    """An evidence sentence inside a bit of its article's text."""

    mention: Mention
    before: str
    sentence: str
    after: str
    cut_before: bool = False
    cut_after: bool = False


@dataclass
class QueueItem:
    event: Event
    fields: list[dict]
    evidence: list[Excerpt]
    form: FieldEditForm = field(default_factory=FieldEditForm)
    # The fix form is shown open when it comes back with an error.
    fixing: bool = False


def excerpt(mention: Mention, reach: int = CONTEXT_REACH) -> Excerpt:
    """The sentence at mention.start:end with its paragraph around it, cut to `reach`
    characters each side at a word boundary."""
    text, start, end = mention.article.text or "", mention.start, mention.end
    if text[start:end] != mention.evidence:
        # Offsets written against another version of the text: find the sentence itself.
        found = text.find(mention.evidence) if mention.evidence else -1
        if found < 0:
            return Excerpt(mention=mention, before="", sentence=mention.evidence, after="")
        start, end = found, found + len(mention.evidence)
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    low, high = max(paragraph_start, start - reach), min(paragraph_end, end + reach)
    if low > paragraph_start:
        space = text.find(" ", low, start)
        low = space + 1 if space >= 0 else low
    if high < paragraph_end:
        space = text.rfind(" ", end, high)
        high = space if space >= 0 else high
    return Excerpt(
        mention=mention,
        before=text[low:start],
        sentence=text[start:end],
        after=text[end:high],
        cut_before=low > paragraph_start,
        cut_after=high < paragraph_end,
    )


def _with_evidence(events):
    return events.select_related("place").prefetch_related(
        Prefetch("mentions", queryset=Mention.objects.select_related("article"))
    )


def waiting_events():
    """Unreviewed events still on the timeline (not merged into another), most doubtful
    first, then newest."""
    return _with_evidence(
        Event.objects.filter(review=Event.Review.UNREVIEWED, merged_into=None)
    ).order_by("confidence", "-created_at", "-id")


def next_waiting(after_pk) -> Event | None:
    """The first waiting event listed after event `after_pk`: the one that comes up at the
    end of the editor's list when an event leaves it. None when the list showed the last."""
    after = Event.objects.filter(pk=after_pk).first() if str(after_pk).isdigit() else None
    if after is None:
        return None
    later = (
        Q(confidence__gt=after.confidence)
        | Q(confidence=after.confidence, created_at__lt=after.created_at)
        | Q(confidence=after.confidence, created_at=after.created_at, id__lt=after.id)
    )
    return waiting_events().filter(later).first()


def event_in_queue(pk) -> Event:
    """An event the queue may act on: any still on the timeline, whatever its review (another
    editor may have reviewed it since the page was drawn)."""
    return get_object_or_404(_with_evidence(Event.objects.filter(merged_into=None)), pk=pk)


def queue_page(number):
    return Paginator(waiting_events(), PAGE_SIZE).get_page(number)


def queue_item(event: Event, form: FieldEditForm | None = None) -> QueueItem:
    return QueueItem(
        event=event,
        fields=queries.field_sources(event),
        evidence=[excerpt(mention) for mention in event.mentions.all()],
        form=form or FieldEditForm(),
        fixing=form is not None and bool(form.errors),
    )


def review_counts() -> list[dict]:
    """How many events stand in each review state (merged-away events are not counted)."""
    counted = dict(
        Event.objects.filter(merged_into=None)
        .values_list("review")
        .annotate(n=Count("id"))
        .order_by()
    )
    return [
        {"state": state, "label": label, "count": counted.get(state, 0)}
        for state, label in Event.Review.choices
    ]


def last_review(user) -> EventChange | None:
    """The editor's latest review, while it still stands: the queue offers to undo it."""
    change = (
        EventChange.objects.filter(field="review", source=Source.EDITOR, user=user)
        .select_related("event")
        .order_by("-at", "-id")
        .first()
    )
    if change is None or change.new == Event.Review.UNREVIEWED:
        return None
    return change if change.event.review == change.new else None
