"""Who may use the desk: members of the Editors group (or anyone holding its permissions)."""

import functools

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

# Reviewing and correcting meetings needs this permission; the Editors group has it.
DESK_PERMISSION = "timeline.change_event"


def is_editor(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm(DESK_PERMISSION)


def editor_required(view):
    """Anonymous visitors are sent to log in; signed-in users who are not editors get 403."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_editor(request.user):
            raise PermissionDenied("The desk is for editors.")
        return view(request, *args, **kwargs)

    return wrapper
