"""Response headers Django and django-csp do not send, and an authentication middleware that
leaves the session alone when there is none.

Public pages (the timeline, permalinks, the API) are the same for every anonymous reader, so a
cache may keep one copy: they must not set a cookie nor vary on Cookie.
"""

from django.conf import settings
from django.contrib.auth import middleware as auth_middleware
from django.contrib.auth.models import AnonymousUser


class PermissionsPolicyMiddleware:
    """`Permissions-Policy: camera=(), microphone=(), ...` from settings.PERMISSIONS_POLICY."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


async def _anonymous():
    return AnonymousUser()


class AuthenticationMiddleware(auth_middleware.AuthenticationMiddleware):
    """Django's, except that a request without a session cookie is anonymous at once.

    Reading `request.user` reads the session, and a session read makes SessionMiddleware add
    `Vary: Cookie` to the response, even when the request had no session at all. Without the
    cookie there is nothing to read: the user is anonymous either way.
    """

    def process_request(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return super().process_request(request)
        request.user = AnonymousUser()
        request.auser = _anonymous
