"""Which language a page is written in, and the switch that picks one.

Readers' pages follow the browser (Accept-Language) unless the reader chose a language with the
switch in the header, which sets the django_language cookie. A reader who never clicks it gets
no cookie: the pages stay one copy per URL and language for a cache (see README, Caching).
"""

from django.conf import settings
from django.http import HttpResponseForbidden
from django.middleware import locale
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

# The editors' pages are written in English: a French browser would otherwise get English
# pages holding French kinds, statuses and dates.
ENGLISH_ONLY = ("/desk/", "/admin/")


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except on the editors' pages, which are always in English."""

    def process_request(self, request):
        if request.path_info.startswith(ENGLISH_ONLY):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            return
        super().process_request(request)


def _same_origin(request) -> bool:
    origin = request.headers.get("Origin")
    if origin is None:  # older browsers send none on a same-origin form
        return True
    own = f"{request.scheme}://{request.get_host()}"
    return origin == own or origin in settings.CSRF_TRUSTED_ORIGINS


@csrf_exempt
@require_POST
def switch_language(request):
    """Django's set_language (a POST of `language` and `next`) without the CSRF token.

    The token would have to be on every public page, and asking for it sets the csrftoken
    cookie and Vary: Cookie, which public pages must not. What a forged request could do is
    change a reader's language, and a browser says where a cross-site form came from: a
    request from another origin is refused."""
    if not _same_origin(request):
        return HttpResponseForbidden("The language can only be changed from this site.")
    return set_language(request)
