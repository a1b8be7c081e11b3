"""The filtered view of `/` as files: /events.csv, .ics, .atom and .timelinejs.json.

Each takes exactly the filters of `/`. Unlike the page, a value not understood answers 400
naming it: an export that silently held every meeting would be taken for the filtered one.
They are written in English whatever the reader's language (`in_english`).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse, JsonResponse

from timeline import exports
from timeline.filters import parse_filter
from timeline.http import in_english, public_read_only, set_last_modified

CSV_FILENAME = "diplomatic-meetings.csv"


def _bad_filter(problems):
    message = "\n".join(f"{problem.field}: {problem.error}" for problem in problems)
    return HttpResponse(message + "\n", status=400, content_type="text/plain; charset=utf-8")


def _finish(response, events, truncated):
    # The limit is always said; a cut export says so too (its files have nowhere to say it).
    response["X-Export-Limit"] = str(settings.EXPORT_MAX_EVENTS)
    if truncated:
        response["X-Export-Truncated"] = "true"
    return set_last_modified(response, events)


@public_read_only
@in_english
def events_csv(request):
    event_filter, problems = parse_filter(request.GET)
    if problems:
        return _bad_filter(problems)
    events, truncated = exports.bounded(exports.exported_events(event_filter))
    response = HttpResponse(
        exports.events_csv(events, request.build_absolute_uri),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{CSV_FILENAME}"'
    return _finish(response, events, truncated)


@public_read_only
@in_english
def events_ics(request):
    # No attachment disposition: calendar applications subscribe to this URL.
    event_filter, problems = parse_filter(request.GET)
    if problems:
        return _bad_filter(problems)
    events, truncated = exports.bounded(exports.exported_events(event_filter))
    host = urlsplit(request.build_absolute_uri("/")).hostname
    response = HttpResponse(
        exports.events_ical(events, request.build_absolute_uri, host),
        content_type="text/calendar; charset=utf-8",
    )
    return _finish(response, events, truncated)


@public_read_only
@in_english
def events_timelinejs(request):
    event_filter, problems = parse_filter(request.GET)
    if problems:
        return _bad_filter(problems)
    events, truncated = exports.bounded(exports.exported_events(event_filter))
    description = exports.describe(event_filter)
    if truncated:
        description += f" (the first {len(events):,} meetings only)"
    response = JsonResponse(
        exports.events_timelinejs(events, request.build_absolute_uri, description=description),
        json_dumps_params={"ensure_ascii": False},
    )
    return _finish(response, events, truncated)


@public_read_only
@in_english
def events_atom(request):
    event_filter, problems = parse_filter(request.GET)
    if problems:
        return _bad_filter(problems)
    return exports.ChangedMeetingsFeed()(request, event_filter=event_filter)
