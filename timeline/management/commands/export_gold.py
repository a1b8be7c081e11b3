from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from timeline.gold import export_gold


def _day(value):
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--since {value!r} is not a date: write YYYY-MM-DD.") from error


class Command(BaseCommand):
    help = (
        "Write the articles whose meetings the desk has fully reviewed (confirmed, corrected, "
        "added or rejected) to OUTDIR as NAME.txt + NAME.gold.json, the format of "
        "../shared/corpus/, so that ../shared/eval/score.py can score the engine on them."
    )

    def add_arguments(self, parser):
        parser.add_argument("outdir", type=Path)
        parser.add_argument(
            "--since",
            type=_day,
            help="only articles parsed or updated, or with a meeting an editor changed, on or "
            "after this day (YYYY-MM-DD)",
        )

    def handle(self, *args, outdir, since, **options):
        report = export_gold(outdir, since=since)
        for item in report.exported:
            self.stdout.write(
                f"{item.name}: article {item.article.pk}, {item.meetings} meeting(s), "
                f"{item.rejected} rejected"
            )
        for article, reason in report.skipped:
            self.stdout.write(f"skipped article {article.pk} ({article.display_title}): {reason}")
        self.stdout.write(
            f"Exported {len(report.exported)} article(s) to {outdir}; "
            f"{len(report.skipped)} not ready."
        )
