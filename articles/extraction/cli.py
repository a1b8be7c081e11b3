"""Command line: one file, or JSON Lines in and out (the contract of DESIGN.md).

    python -m articles.extraction FILE --published YYYY-MM-DD [--language fr|en]
    python -m articles.extraction --jsonl < articles.jsonl > events.jsonl

`main` takes argv/stdin/stdout so that `python manage.py extract_events` can wrap it.
"""

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from .pipeline import Extractor


def _parse_date(value):
    if not value:
        return None
    return date.fromisoformat(str(value)[:10])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract_events", description="Extract diplomatic meetings from news articles."
    )
    parser.add_argument("file", nargs="?", help="a UTF-8 text file (omit with --jsonl)")
    parser.add_argument("--published", help="publication date YYYY-MM-DD (inferred if absent)")
    parser.add_argument("--language", choices=["fr", "en"], help="detected if absent")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"id","text","published","language"} lines on stdin, write {"id","events"}',
    )
    return parser


def main(argv=None, stdin=None, stdout=None) -> int:
    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout if stdout is not None else sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    extractor = Extractor()
    if args.jsonl:
        for line in stdin:
            line = line.strip()
            if not line:
                continue
            item = json.loads(line)
            result = extractor.extract(
                item.get("text") or "",
                published=_parse_date(item.get("published")),
                language=item.get("language") or None,
            )
            out = {"id": item.get("id"), "events": result.events}
            if result.published_inferred:
                out["published"] = result.published.isoformat() if result.published else None
                out["published_note"] = result.published_note
            stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            stdout.flush()
        return 0
    if not args.file:
        parser.error("give a FILE or --jsonl")
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        sys.stderr.write(f"cannot read {args.file}: {error}\n")
        return 2
    result = extractor.extract(text, published=_parse_date(args.published), language=args.language)
    out = {"events": result.events}
    if result.published_inferred:
        out["published"] = result.published.isoformat() if result.published else None
        out["published_note"] = result.published_note
    stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return 0
