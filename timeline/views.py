from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from desk.access import is_editor
from timeline import public
from timeline.api import event_json
from timeline.dates import date_label
from timeline.figure import build_figure
from timeline.filters import TimelineFilter, published_actors, timeline_events
from timeline.models import Event

API_PAGE_SIZE = 100


def _vary_on_htmx(response):
    # One URL answers with a page or a partial: caches must keep the two apart.
    patch_vary_headers(response, ("HX-Request",))
    return response


@require_safe
def timeline(request):
    event_filter = TimelineFilter.from_query(request.GET)
    events = list(timeline_events(event_filter))
    context = {
        "events": events,
        "figure": build_figure(events, date_label=date_label),
        "event_filter": event_filter,
        "kinds": Event.Kind.choices,
        "statuses": Event.Status.choices,
        "actors": published_actors(),
    }
    template = "timeline/timeline.html#results" if request.htmx else "timeline/timeline.html"
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
    context = {
        "event": event,
        "reports": public.reports(event),
        "is_editor": editor,
        "canonical_url": request.build_absolute_uri(event.get_absolute_url()),
    }
    template = "timeline/event.html#panel" if request.htmx else "timeline/event.html"
    return _vary_on_htmx(render(request, template, context))


@require_safe
def event_without_slug(request, pk):
    event = public.survivor(get_object_or_404(Event, pk=pk))
    return redirect(event.get_absolute_url(), permanent=True)


@require_safe
def api_events(request):
    event_filter = TimelineFilter.from_query(request.GET)
    events = public.with_last_change(timeline_events(event_filter)).prefetch_related("mentions")
    paginator = Paginator(events, API_PAGE_SIZE)
    try:
        number = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        number = 1
    page = paginator.page(min(number, paginator.num_pages))

    def page_url(n):
        query = request.GET.copy()
        query["page"] = n
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return JsonResponse(
        {
            "events": [event_json(event, request) for event in page.object_list],
            "count": paginator.count,
            "page": page.number,
            "pages": paginator.num_pages,
            "next": page_url(page.next_page_number()) if page.has_next() else None,
            "previous": page_url(page.previous_page_number()) if page.has_previous() else None,
        },
        json_dumps_params={"ensure_ascii": False},
    )
