from pathlib import Path

from django.core.management.base import BaseCommand

from articles import services

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"


class Command(BaseCommand):
    help = "Upload the demo articles written for the project (once; later runs are duplicates)."

    def handle(self, *args, **options):
        for path in sorted(DEMO_DIR.glob("*.txt")):
            language = path.suffixes[-2].lstrip(".") if len(path.suffixes) > 1 else ""
            result = services.upload_article(
                content=path.read_bytes(), filename=path.name, language=language
            )
            self.stdout.write(f"{path.name}: {result.outcome} (article {result.article.pk})")
