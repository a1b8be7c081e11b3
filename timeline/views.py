from datetime import date, timedelta
from functools import wraps

from csp.decorators import csp_replace
from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseGone, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, quote_etag
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_safe
from django_htmx.http import push_url

from desk.access import is_editor
from timeline import cards, public, sharing
from timeline.api import page_events
from timeline.dates import date_label
from timeline.figure import figure_words, parse_window, plotly_locale, timeline_figure
from timeline.filters import (
    TimelineFilter,
    parse_filter,
    parse_page,
    published_actors,
    timeline_events,
)
from timeline.http import in_english, public_read_only
from timeline.models import Actor, Event

API_PAGE_SIZE = 100
LIST_PAGE_SIZE = 50  # meetings listed under the figure, a page at a time
AROUND_DAYS = 183  # a permalink shows the timeline this many days either side of its meeting
EMBED_MOST = 100  # meetings an embedded list shows; the timeline has the rest


def _vary_on_htmx(response):
    # One URL answers with a page or a partial: caches must keep the two apart.
    patch_vary_headers(response, ("HX-Request",))
    return response


@require_safe
@gzip_page  # public pages hold no secret (no cookie, no CSRF token) for BREACH to read
def timeline(request):
    # A value not understood is left out and named in a notice: the page still answers.
    event_filter, problems = parse_filter(request.GET)
    context = _timeline_context(event_filter, problems, request.GET.get("page", ""))
    page = context["page"]
    if not request.htmx:
        return _vary_on_htmx(render(request, "timeline/timeline.html", context))
    response = render(request, "timeline/timeline.html#htmx-results", context)
    # The address, like the boxes (swapped out of band when a value was not understood), says
    # what was applied: without the form's empty boxes ("?actor=&kind=…"), with the page past
    # the first. Back and a reload then give this very view.
    query = event_filter.querystring()
    if page.number > 1:
        query = f"{query}&page={page.number}" if query else f"page={page.number}"
    push_url(response, reverse("timeline:timeline") + (f"?{query}" if query else ""))
    return _vary_on_htmx(response)


def _timeline_context(event_filter, problems, page_value: str) -> dict:
    """What the timeline page shows for a filter: the figure, a page of the list, the boxes."""
    events = timeline_events(event_filter)
    paginator = Paginator(events, LIST_PAGE_SIZE)
    number, page_problem = parse_page(page_value, paginator.num_pages)
    if page_problem:
        problems = [*problems, page_problem]
    page = paginator.page(number)
    return {
        "events": page.object_list,
        "page": page,
        "count": paginator.count,
        "figure": timeline_figure(
            events,
            date_label=date_label,
            query=event_filter.querystring(),
            count=paginator.count,
        ),
        "plotly_locale": plotly_locale(),
        "figure_words": figure_words(),
        "event_filter": event_filter,
        "problems": problems,
        "kinds": Event.Kind.choices,
        "statuses": Event.Status.choices,
        "actors": published_actors(also=event_filter.actor),
    }


def _frameable(view):
    """Let the sites of EMBED_FRAME_ANCESTORS frame this view, which every other page forbids
    (X-Frame-Options: DENY and frame-ancestors 'none'). The setting is read per request."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        allowed = {"frame-ancestors": settings.EMBED_FRAME_ANCESTORS}
        return csp_replace(allowed)(view)(request, *args, **kwargs)

    return xframe_options_exempt(wrapped)


@require_safe
@gzip_page
@_frameable
def embed(request):
    """The filtered meetings as a short list for an iframe in an article: newest first, no
    figure, no script; the filters of / and the same notices for a value not understood."""
    event_filter, problems = parse_filter(request.GET)
    events = timeline_events(event_filter).order_by("-date", "-id")
    shown = list(events[:EMBED_MOST])
    query = event_filter.querystring()
    context = {
        "events": shown,
        "count": len(shown) if len(shown) < EMBED_MOST else events.count(),
        "problems": problems,
        "timeline_url": reverse("timeline:timeline") + (f"?{query}" if query else ""),
    }
    return render(request, "timeline/embed.html", context)


@public_read_only
@gzip_page
def figure_json(request):
    """The figure for the page's filters inside the window the reader has zoomed to
    (`window_from`, `window_to`): the meetings themselves once few enough are in it."""
    event_filter, problems = parse_filter(request.GET)
    window, window_problems = parse_window(request.GET)
    if problems or window_problems:
        return _api_errors([*problems, *window_problems])
    figure = timeline_figure(
        timeline_events(event_filter),
        date_label=date_label,
        window=window,
        query=event_filter.querystring(),
    )
    return JsonResponse(figure)


@require_safe
def spot(request, day):
    """The meetings of one day in one lane (`lane`: its actor's slug) under the page's filters:
    what a click on a spot where several meetings sit lists."""
    event_filter, _problems = parse_filter(request.GET)
    try:
        when = date.fromisoformat(day)
    except ValueError:
        raise Http404("No such day") from None
    events = timeline_events(event_filter).filter(date=when)
    lane = request.GET.get("lane", "")
    if lane:
        events = events.filter(participants__slug=lane)
    context = {"day": when, "events": list(events.distinct()), "lane": lane}
    template = "timeline/spot.html#panel" if request.htmx else "timeline/spot.html"
    return _vary_on_htmx(render(request, template, context))


def _event_or_404(pk):
    return get_object_or_404(
        Event.objects.select_related("place", "rescheduled_to").prefetch_related(
            "participants", public.event_mentions(), "rescheduled_from"
        ),
        pk=pk,
    )


@require_safe
def event_detail(request, pk, slug):
    event = _event_or_404(pk)
    if event.merged_into_id:
        # Links to a merged-away event were shared: they lead to the one meeting it became.
        return _vary_on_htmx(redirect(public.survivor(event).get_absolute_url(), permanent=True))
    editor = is_editor(request.user)
    if public.is_withdrawn(event) and not editor:
        template = "timeline/gone.html#panel" if request.htmx else "timeline/gone.html"
        return _vary_on_htmx(render(request, template, {"event": event}, status=410))
    if slug != event.slug:
        return redirect(event.get_absolute_url(), permanent=True)
    canonical_url = request.build_absolute_uri(event.get_absolute_url())
    description = sharing.describe(event)
    card_url = request.build_absolute_uri(_card_url(event))
    context = {
        "event": event,
        "reports": public.reports(event),
        "is_editor": editor,
        "canonical_url": canonical_url,
        "description": description,
        "card_url": card_url,
        "card_size": (cards.WIDTH, cards.HEIGHT),
        "title_language": sharing.title_language(event),
        "json_ld": sharing.json_ld(
            event,
            url=canonical_url,
            description=description,
            image=card_url,
            actor_url=lambda actor: request.build_absolute_uri(_actor_url(actor)),
        ),
    }
    if request.htmx:
        return _vary_on_htmx(render(request, "timeline/event.html#panel", context))
    # A permalink opened (shared, reloaded after a click, Back) is the timeline around the
    # meeting with its panel open: the months before and after it, in the figure and the list.
    around = TimelineFilter(
        start=event.date - timedelta(days=AROUND_DAYS), end=event.date + timedelta(days=AROUND_DAYS)
    )
    context.update(_timeline_context(around, [], ""))
    query = around.querystring()
    context["close_url"] = reverse("timeline:timeline") + f"?{query}"
    return _vary_on_htmx(render(request, "timeline/event.html", context))


def _card_url(event):
    # The version in the address makes a changed meeting a new image for sites that cache
    # share images for a long time under their address.
    path = reverse("timeline:event-card", kwargs={"pk": event.pk, "slug": event.slug})
    return f"{path}?v={cards.version_tag(event)}"


@require_safe
@in_english
def event_card(request, pk, slug):
    """The meeting's share image. A withdrawn meeting has none, for editors too: the image is
    cached publicly."""
    event = get_object_or_404(
        Event.objects.select_related("place", "rescheduled_to").prefetch_related("participants"),
        pk=pk,
    )
    if event.merged_into_id:
        return redirect(_card_url(public.survivor(event)), permanent=True)
    if public.is_withdrawn(event):
        return HttpResponseGone(
            "This meeting was withdrawn by the desk.", content_type="text/plain"
        )
    if slug != event.slug:
        return redirect(_card_url(event), permanent=True)
    tag = cards.version_tag(event)
    etag = quote_etag(f"card-{event.pk}-{tag}")
    response = get_conditional_response(request, etag=etag) or HttpResponse(
        cards.card_png(event, tag), content_type="image/png"
    )
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={cards.CACHE_SECONDS}"
    return response


@require_safe
@gzip_page
def actor_page(request, slug):
    """An actor's meetings, newest first, and those it met most often. An actor with no
    published meeting (a gazetteer entry, or one whose meetings were withdrawn) has a page
    saying so, which search engines are asked not to index."""
    actor = get_object_or_404(Actor, slug=slug)
    paginator = Paginator(public.actor_meetings(actor), LIST_PAGE_SIZE)
    number, page_problem = parse_page(request.GET.get("page", ""), paginator.num_pages)
    page = paginator.page(number)
    counterparts = list(public.counterparts(actor))
    context = {
        "actor": actor,
        "page": page,
        "events": page.object_list,
        "count": paginator.count,
        "counterparts": counterparts,
        "problems": [page_problem] if page_problem else [],
        "description": sharing.describe_actor(actor, paginator.count, counterparts),
        "canonical_url": request.build_absolute_uri(_actor_url(actor)),
        "timeline_url": _actor_timeline_url(actor),
    }
    return render(request, "timeline/actor.html", context)


def _actor_url(actor):
    return reverse("timeline:actor", kwargs={"slug": actor.slug})


def _actor_timeline_url(actor):
    return f"{reverse('timeline:timeline')}?actor={actor.slug}"


@require_safe
def event_without_slug(request, pk):
    event = public.survivor(get_object_or_404(Event, pk=pk))
    return redirect(event.get_absolute_url(), permanent=True)


@public_read_only
def api_events(request):
    # A client asking for something it will not get is told so (400), not given everything.
    event_filter, problems = parse_filter(request.GET)
    if problems:
        # Without the filter the page's range means nothing: only its form is checked.
        return _api_errors([*problems, parse_page(request.GET.get("page", ""))[1]])
    # The page's ids first, then their rows with their last change: the database works out
    # the newest change of these 100 meetings only, not of every meeting skipped before them.
    ids = timeline_events(event_filter).values_list("pk", flat=True)
    paginator = Paginator(ids, API_PAGE_SIZE)
    number, problem = parse_page(request.GET.get("page", ""), paginator.num_pages)
    if problem:
        return _api_errors([problem])
    page = paginator.page(number)
    events, newest = page_events(list(page), request)

    def page_url(n):
        query = request.GET.copy()
        query["page"] = n
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    response = JsonResponse(
        {
            "events": events,
            "count": paginator.count,
            "page": page.number,
            "pages": paginator.num_pages,
            "next": page_url(page.next_page_number()) if page.has_next() else None,
            "previous": page_url(page.previous_page_number()) if page.has_previous() else None,
        },
        json_dumps_params={"ensure_ascii": False},
    )
    if newest is not None:
        response["Last-Modified"] = http_date(newest.timestamp())
    return response


def _api_errors(problems):
    # {"errors": {"kind": "unknown kind 'xyz'; one of …", …}}: one message per parameter.
    errors = {problem.field: problem.error for problem in problems if problem}
    return JsonResponse({"errors": errors}, status=400, json_dumps_params={"ensure_ascii": False})
