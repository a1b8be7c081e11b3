"""The article desk: an article's text with the evidence of its meetings highlighted, and the
meetings the engine missed, added from a selected sentence."""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import reswap, retarget

from articles.models import Article
from desk import passages
from desk.access import editor_required
from desk.forms import EventForm
from timeline import editing
from timeline.models import Event


def _article_context(article, added=None):
    mentions = list(
        article.mentions.select_related("event", "added_by").order_by("start", "end", "pk")
    )
    return {
        "article": article,
        "paragraphs": passages.marked_paragraphs(article.text, mentions),
        "meetings": passages.article_meetings(mentions),
        "added": added,
    }


@editor_required
@require_GET
def article_desk(request, pk):
    article = get_object_or_404(Article, pk=pk)
    # After a meeting was added without JavaScript: say so above the text.
    added_id = request.GET.get("added", "")
    added = (
        Event.objects.filter(pk=added_id, mentions__article=article).first()
        if added_id.isdigit()
        else None
    )
    context = _article_context(article, added=added)
    return render(request, "desk/article.html", context)


@editor_required
@require_http_methods(["GET", "POST"])
def new_meeting(request, pk):
    """GET: the form, filled in with the engine's reading of the selected sentence.
    POST: the editor's meeting, with that sentence as its evidence."""
    article = get_object_or_404(Article, pk=pk)
    data = request.POST if request.method == "POST" else request.GET
    passage = passages.PassageForm(data, text=article.text)
    if not passage.is_valid():
        context = {"article": article, "refusal": passage.message}
        return _form_response(request, context, status=400)
    start, end = passage.cleaned_data["start"], passage.cleaned_data["end"]
    basis = None
    if request.method == "GET":
        initial, basis = passages.engine_initial(article, start, end)
        form = EventForm(initial=initial)
    else:
        form = EventForm(request.POST)
        if form.is_valid():
            try:
                event = editing.add_event(
                    article=article,
                    start=start,
                    end=end,
                    values=form.cleaned_data["values"],
                    user=request.user,
                )
            except editing.EditRejected as error:
                form.add_error(None, str(error))
            else:
                return _added(request, article, event)
    context = {
        "article": article,
        "form": form,
        "start": start,
        "end": end,
        "sentence": article.text[start:end],
        "basis_note": passages.BASIS_NOTES.get(basis, ""),
    }
    return _form_response(request, context, status=422 if form.is_bound else 200)


def _form_response(request, context, status):
    template = "desk/new_meeting.html#form" if request.htmx else "desk/new_meeting.html"
    response = render(request, template, context, status=status)
    # One URL answers with a page or a partial: caches must keep the two apart.
    patch_vary_headers(response, ("HX-Request",))
    return response


def _added(request, article, event):
    if not request.htmx:
        return redirect(f"{reverse('desk:article', args=[article.pk])}?added={event.pk}")
    # The form asked to replace itself; the whole article is shown again, with the new mark.
    response = render(
        request, "desk/article.html#article-desk", _article_context(article, added=event)
    )
    return reswap(retarget(response, "#article-desk"), "outerHTML")
