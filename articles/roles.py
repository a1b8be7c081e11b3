"""The newsroom's roles: the Editors group (its permissions are set by the migration
articles/0002_editors_group) and the first editor account `make run` creates."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q

EDITORS_GROUP = "Editors"


def editor_exists() -> bool:
    """Whether someone can already upload and review: a member of Editors or a superuser."""
    return (
        get_user_model()
        .objects.filter(Q(is_superuser=True) | Q(groups__name=EDITORS_GROUP), is_active=True)
        .exists()
    )


def create_editor(*, username: str, password: str):
    """A staff account (for the admin's upload page) in the Editors group; not a superuser,
    so it cannot manage users or groups."""
    group = Group.objects.get(name=EDITORS_GROUP)  # created by the migration
    with transaction.atomic():
        user = get_user_model().objects.create_user(
            username=username, email="", password=password, is_staff=True
        )
        user.groups.add(group)
    return user
