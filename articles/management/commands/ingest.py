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
    help = (
        "Upload article files from the shell, exactly as the admin upload does: plain text in "
        "any encoding, HTML, NewsML-G2, ninjs, .docx or a PDF with a text layer. Each file's "
        "own language and date (its metadata, a date in its name, its language read from the "
        "text) win over --language and --published; --per-file wins over everything."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument(
            "--published",
            type=publication_date,
            default=None,
            help="YYYY-MM-DD, for the files that carry no date of their own",
        )
        parser.add_argument(
            "--language",
            choices=["fr", "en"],
            default="",
            help="for the files that do not say and whose text is too short to tell",
        )
        parser.add_argument(
            "--per-file",
            action="append",
            default=[],
            metavar='"NAME: YYYY-MM-DD, fr"',
            help="one file's own date and/or language (repeat for several files)",
        )

    def handle(self, *args, files, published, language, per_file, **options):
        try:
            settings_by_name = services.parse_file_settings("\n".join(per_file))
        except ValueError as error:
            raise CommandError(f"--per-file: {error}") from error
        unknown = sorted(set(settings_by_name) - {path.name for path in files})
        if unknown:
            raise CommandError(f"--per-file names no file given: {', '.join(unknown)}")
        failures = 0
        for path in files:
            own = settings_by_name.get(path.name, services.FileSettings())
            try:
                content = path.read_bytes()
                result = services.upload_article(
                    content=content,
                    filename=path.name,
                    language=own.language,
                    published_at=own.published_at,
                    default_language=language,
                    default_published_at=published,
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
                self.stdout.write(f"{path}: new, queued as article {article.pk} ({result.summary})")
            else:
                self.stdout.write(
                    f"{path}: duplicate of article {article.pk} ({article.get_status_display()})"
                )
        if failures:
            raise CommandError(f"{failures} of {len(files)} file(s) could not be ingested")
