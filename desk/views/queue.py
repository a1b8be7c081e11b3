"""The review queue: unreviewed events, most doubtful and newest first, confirmed, rejected or
fixed in place. Under HTMX an action answers with the partial it changed; without JavaScript
it is a plain POST that redirects back to the queue."""

from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET, require_POST

from desk import queue_items
from desk.access import editor_required
from desk.forms import FieldEditForm
from timeline import editing
from timeline.models import Event

TEMPLATE = "desk/queue.html"


def _queue(request, *, page_number, fixing=None, status=200, partial=False):
    """The queue page, or its `queue` partial. `fixing` is (event, bound form) for an item
    whose fix came back with an error, so that its form shows the error in place."""
    page = queue_items.queue_page(page_number)
    events = list(page.object_list)
    forms = {}
    if fixing:
        forms[fixing[0].pk] = fixing[1]
        # Reviewed by someone else meanwhile: still shown, so that the editor sees the error.
        if fixing[0] not in events:
            events.insert(0, fixing[0])
    context = {
        "page": page,
        "page_number": page.number,
        "items": [queue_items.queue_item(e, forms.get(e.pk)) for e in events],
        "counts": queue_items.review_counts(),
        "last_review": queue_items.last_review(request.user),
        "kinds": Event.Kind.choices,
        "statuses": Event.Status.choices,
    }
    response = render(request, f"{TEMPLATE}#queue" if partial else TEMPLATE, context, status=status)
    # One URL answers with a page or a partial: caches must keep the two apart.
    patch_vary_headers(response, ("HX-Request",))
    return response


def _item(request, event, form=None, status=200):
    context = {
        "item": queue_items.queue_item(event, form),
        "page_number": request.POST.get("page") or 1,
    }
    return render(request, f"{TEMPLATE}#item", context, status=status)


def _back_to_queue(request, anchor=""):
    return redirect(f"{reverse('desk:queue')}?page={request.POST.get('page') or 1}{anchor}")


@require_GET
@editor_required
def review_queue(request):
    return _queue(request, page_number=request.GET.get("page"), partial=bool(request.htmx))


@require_POST
@editor_required
def review(request, pk):
    """Confirm or reject; "unreviewed" puts the event back (the undo of a review)."""
    event = queue_items.event_in_queue(pk)
    review = request.POST.get("review", "")
    try:
        editing.set_review(event=event, user=request.user, review=review)
    except editing.EditRejected as error:
        return HttpResponseBadRequest(str(error))
    if not request.htmx:
        return _back_to_queue(request)
    if review == Event.Review.UNREVIEWED:
        # Back in the queue (an undo): the whole list is drawn again, with it in its place.
        return _queue(request, page_number=request.POST.get("page"), partial=True)
    # The item leaves the list; the event that follows the list's last comes in at its end,
    # and the counts, the undo offer and the pages are brought up to date.
    coming = queue_items.next_waiting(request.POST.get("after"))
    context = {
        "coming": queue_items.queue_item(coming) if coming else None,
        "page": queue_items.queue_page(request.POST.get("page")),
        "page_number": request.POST.get("page") or 1,
        "counts": queue_items.review_counts(),
        "last_review": queue_items.last_review(request.user),
        "oob": True,
    }
    return render(request, f"{TEMPLATE}#reviewed", context)


@require_POST
@editor_required
def fix(request, pk):
    """Set one field to the editor's value: the item shows it at once, held as theirs."""
    event = queue_items.event_in_queue(pk)
    form = FieldEditForm(request.POST)
    if not form.is_valid():
        if request.htmx:
            return _item(request, event, form, status=422)
        return _queue(
            request, page_number=request.POST.get("page"), fixing=(event, form), status=422
        )
    editing.edit_event(
        event=event,
        user=request.user,
        values={form.cleaned_data["field"]: form.cleaned_data["stored"]},
    )
    if not request.htmx:
        return _back_to_queue(request, f"#queue-item-{pk}")
    return _item(request, queue_items.event_in_queue(pk))
