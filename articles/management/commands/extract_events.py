from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Extract meetings from an article file (FILE --published YYYY-MM-DD [--language fr|en]) "
        "or from JSON Lines on stdin (--jsonl). The same engine the workers run."
    )

    def run_from_argv(self, argv):
        # The engine's own command line parses the arguments, so that `python -m
        # articles.extraction` and this command cannot drift apart.
        from articles.extraction.cli import main

        raise SystemExit(main(argv[2:]))
