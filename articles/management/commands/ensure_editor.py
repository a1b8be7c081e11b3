import os
import secrets

from django.core.management.base import BaseCommand

from articles import roles


class Command(BaseCommand):
    help = (
        "Create an editor account when there is none: EDITOR_USERNAME / EDITOR_PASSWORD from "
        "the environment, or a generated password printed once. The account is staff and in "
        "the Editors group (upload and review), not a superuser."
    )

    def handle(self, *args, **options):
        if roles.editor_exists():
            self.stdout.write("An editor account exists already.")
            return
        username = os.environ.get("EDITOR_USERNAME", "editor")
        password = os.environ.get("EDITOR_PASSWORD") or secrets.token_urlsafe(12)
        roles.create_editor(username=username, password=password)
        if os.environ.get("EDITOR_PASSWORD"):
            self.stdout.write(
                f"Created editor account {username!r} (password from EDITOR_PASSWORD)."
            )
        else:
            self.stdout.write(
                f"Created editor account {username!r} with password {password!r} — "
                "note it now, it is not shown again."
            )
