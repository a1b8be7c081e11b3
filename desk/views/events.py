"""The editor's page of one event: its fields and where each value came from, the engine's
proposals, its history with revert, and merging, splitting and undoing.

Every action is a plain form POST that redirects back to the page (Post/Redirect/Get); under
HTMX it answers with the page's main partial instead. Writes go through timeline.editing.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from desk.access import editor_required
from desk.forms import FieldEditForm
from timeline import editing, provenance, queries
from timeline.models import Event, EventChange

# The largest id the database holds: a longer number typed in is no event, not a crash.
MAX_ID = 2**63 - 1


class MergeForm(forms.Form):
    """The event to merge into: one of the listed likely duplicates (`target`, the button
    pressed) or any event id typed in (`target_id`)."""

    target = forms.IntegerField(required=False, min_value=1, max_value=MAX_ID)
    target_id = forms.IntegerField(required=False, min_value=1, max_value=MAX_ID)
    reason = forms.CharField(required=False, max_length=300)

    def clean(self):
        cleaned = super().clean()
        chosen = cleaned.get("target") or cleaned.get("target_id")
        if not chosen and not self.errors:
            raise forms.ValidationError("Choose the event this one should be merged into.")
        cleaned["chosen"] = chosen
        return cleaned


def _event_or_404(pk):
    return get_object_or_404(
        Event.objects.select_related("place", "merged_into").prefetch_related("participants"),
        pk=pk,
    )


def _page(request, event):
    context = {
        "event": event,
        "fields": queries.field_sources(event),
        "mentions": queries.mentions(event),
        "article_count": event.mentions.values("article").distinct().count(),
        "duplicates": [] if event.merged_into_id else queries.likely_duplicates(event),
        "history": queries.history(event),
        "kinds": Event.Kind.choices,
        "statuses": Event.Status.choices,
    }
    template = "desk/event.html#main" if request.htmx else "desk/event.html"
    return render(request, template, context)


def _done(request, pk):
    """After an action: the fresh main partial for HTMX, a redirect back otherwise."""
    if request.htmx:
        return _page(request, _event_or_404(pk))
    return redirect("desk:event", pk=pk)


def _not_merged_away(event):
    if event.merged_into_id:
        raise editing.EditRejected(
            f"This event was merged into event {event.merged_into_id}: correct that one, "
            "or undo the merge first."
        )


def _form_errors(form) -> str:
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


@require_GET
@editor_required
def event_desk(request, pk):
    return _page(request, _event_or_404(pk))


@require_POST
@editor_required
def event_fix(request, pk):
    event = _event_or_404(pk)
    form = FieldEditForm(request.POST)
    try:
        _not_merged_away(event)
        if not form.is_valid():
            raise editing.EditRejected(_form_errors(form))
        field = form.cleaned_data["field"]
        changes = editing.edit_event(
            event=event, user=request.user, values={field: form.cleaned_data["stored"]}
        )
        label = provenance.FIELD_LABELS[field]
        if changes:
            messages.success(request, f"{label} corrected; the engine will not overwrite it.")
        else:
            messages.info(request, f"{label} unchanged; it is now held as yours.")
    except editing.EditRejected as error:
        messages.error(request, str(error))
    return _done(request, pk)


@require_POST
@editor_required
def event_proposal(request, pk):
    """Take the engine's proposal for a field, or give the field back to the engine."""
    event = _event_or_404(pk)
    field = request.POST.get("field", "")
    try:
        _not_merged_away(event)
        if request.POST.get("action") == "release":
            editing.release_field(event=event, user=request.user, field=field)
            messages.success(request, "The engine's reading sets this field again.")
        else:
            editing.accept_proposal(event=event, user=request.user, field=field)
            messages.success(request, "The engine's value is now the event's.")
    except editing.EditRejected as error:
        messages.error(request, str(error))
    return _done(request, pk)


@require_POST
@editor_required
def event_review(request, pk):
    event = _event_or_404(pk)
    try:
        _not_merged_away(event)
        review = request.POST.get("review", "")
        if editing.set_review(event=event, user=request.user, review=review):
            messages.success(request, f"Marked {Event.Review(review).label.lower()}.")
    except editing.EditRejected as error:
        messages.error(request, str(error))
    return _done(request, pk)


@require_POST
@editor_required
def event_revert(request, pk, change_pk):
    change = get_object_or_404(EventChange.objects.select_related("event"), pk=change_pk, event=pk)
    try:
        editing.revert_change(change=change, user=request.user)
        undone = change.field in ("merge", "split")
        messages.success(request, "Undone." if undone else "Reverted.")
    except editing.EditRejected as error:
        messages.error(request, str(error))
    return _done(request, pk)


@require_POST
@editor_required
def event_merge(request, pk):
    event = _event_or_404(pk)
    form = MergeForm(request.POST)
    try:
        _not_merged_away(event)
        if not form.is_valid():
            raise editing.EditRejected(_form_errors(form))
        target = Event.objects.filter(pk=form.cleaned_data["chosen"]).first()
        if target is None:
            raise editing.EditRejected(f"There is no event {form.cleaned_data['chosen']}.")
        editing.merge_events(
            source=event, target=target, user=request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(request, f"Merged into event {target.pk}; undo it from the history.")
    except editing.EditRejected as error:
        messages.error(request, str(error))
    return _done(request, pk)


@require_POST
@editor_required
def event_split(request, pk):
    event = _event_or_404(pk)
    try:
        _not_merged_away(event)
        mention_ids = [
            int(v) for v in request.POST.getlist("mention") if v.isdigit() and int(v) <= MAX_ID
        ]
        regrouping = editing.split_mentions(event=event, mention_ids=mention_ids, user=request.user)
        messages.success(
            request,
            f"Split off into event {regrouping.target_event_id}; undo it from the history.",
        )
    except editing.EditRejected as error:
        messages.error(request, str(error))
    return _done(request, pk)
