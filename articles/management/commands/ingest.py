from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles import services


def publication_date(value):
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--published must be YYYY-MM-DD, not {value!r}") from error


class Command(BaseCommand):
    help = "Upload article files from the shell, exactly as the admin upload does."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--published", type=publication_date, default=None)
        parser.add_argument("--language", choices=["fr", "en"], default="")

    def handle(self, *args, files, published, language, **options):
        failures = 0
        for path in files:
            try:
                content = path.read_bytes()
                result = services.upload_article(
                    content=content, filename=path.name, language=language, published_at=published
                )
            except OSError as error:
                failures += 1
                self.stderr.write(f"{path}: cannot read ({error.strerror})")
                continue
            except services.UploadRejected as error:
                failures += 1
                self.stderr.write(f"{path}: rejected: {error}")
                continue
            article = result.article
            if result.created and not result.sent:
                self.stdout.write(
                    f"{path}: new, stored as article {article.pk}; the broker is unreachable, "
                    "it will be queued automatically once it is back"
                )
            elif result.created:
                self.stdout.write(f"{path}: new, queued as article {article.pk}")
            else:
                self.stdout.write(
                    f"{path}: duplicate of article {article.pk} ({article.get_status_display()})"
                )
        if failures:
            raise CommandError(f"{failures} of {len(files)} file(s) could not be ingested")
