"""What every public, read-only answer of the timeline's data (the API and the exports) sends:
an ETag with a 304 for a client that has it already, a Last-Modified, and CORS for any origin.
They set no cookie and read none, so any site's script may read them."""

from functools import wraps

from django.conf import settings
from django.utils import translation
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from timeline import public

# Headers a script on another origin may read besides the safelisted ones.
EXPOSED_HEADERS = "ETag, X-Export-Limit, X-Export-Truncated"


def public_read_only(view):
    """GET and HEAD only; an ETag (a hash of the body) on a 200 and a 304 when the client's
    If-None-Match holds it; `Access-Control-Allow-Origin: *` on every answer, errors too, so
    that a script can read what was wrong.

    Only the ETag answers a 304: Last-Modified is the newest change among the events sent,
    which a meeting leaving the view (deleted, say) does not move, so If-Modified-Since alone
    could keep a stale copy."""

    @wraps(view)
    @require_safe
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            if not response.has_header("ETag"):
                set_response_etag(response)
            response = get_conditional_response(
                request, etag=response.get("ETag"), response=response
            )
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        return response

    return wrapped


def in_english(view):
    """The view's words (kinds, statuses, dates) in English whatever the reader's language:
    files and images that calendar applications, feed readers and other sites fetch by URL,
    and keep, are one thing per URL."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            response = view(request, *args, **kwargs)
        response["Content-Language"] = settings.LANGUAGE_CODE
        return response

    return wrapped


def set_last_modified(response, events):
    """Last-Modified: the newest change among `events` (annotated by `with_last_change`)."""
    newest = max((public.changed_at(event) for event in events), default=None)
    if newest is not None:
        response["Last-Modified"] = http_date(newest.timestamp())
    return response
