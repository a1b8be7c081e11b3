import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create an editor account when there is none: EDITOR_USERNAME / EDITOR_PASSWORD from "
        "the environment, or a generated password printed once."
    )

    def handle(self, *args, **options):
        users = get_user_model()
        if users.objects.filter(is_superuser=True).exists():
            self.stdout.write("An editor account exists already.")
            return
        username = os.environ.get("EDITOR_USERNAME", "editor")
        password = os.environ.get("EDITOR_PASSWORD") or secrets.token_urlsafe(12)
        users.objects.create_superuser(username=username, email="", password=password)
        if os.environ.get("EDITOR_PASSWORD"):
            self.stdout.write(
                f"Created editor account {username!r} (password from EDITOR_PASSWORD)."
            )
        else:
            self.stdout.write(
                f"Created editor account {username!r} with password {password!r} — "
                "note it now, it is not shown again."
            )
