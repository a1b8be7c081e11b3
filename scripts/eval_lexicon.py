"""How much of the ways of saying "a meeting" the engine reads: one sentence per construction.

    python scripts/eval_lexicon.py [-v] [tests/extraction/lexicon/sentences.jsonl]

The sentences (`tests/extraction/lexicon/sentences.jsonl`, 585 meetings and 120 sentences with
none, in English and French) were written for the project by a helper who had not seen the
engine's vocabulary, one per construction: verbs, nouns, light verbs, meals, stops on a trip,
calls, agenda lines, captions. For each language it prints

  meeting word      the share of meeting sentences in which the trigger stage reads a word
  event             the share from which the whole engine makes an event (any date: the
                    sentences are read as if published on 15 June 2025), and of the right kind
  false             the share of sentences with no meeting from which it makes an event
"""

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.extraction import Extractor  # noqa: E402
from articles.extraction.triggers import find_triggers  # noqa: E402

PUBLISHED = date(2025, 6, 15)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "path", nargs="?", default=str(ROOT / "tests/extraction/lexicon/sentences.jsonl")
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list what is missed")
    options = parser.parse_args()
    rows = [json.loads(line) for line in Path(options.path).read_text("utf-8").splitlines() if line]
    extractor = Extractor()
    counts = Counter()
    for row in rows:
        language, meeting = row["lang"], row["kind"] != "none"
        events = extractor.extract(row["text"], published=PUBLISHED, language=language).events
        counts[language, meeting] += 1
        if meeting:
            word = bool(find_triggers(row["text"], language))
            counts[language, "word"] += word
            counts[language, "event"] += bool(events)
            counts[language, "kind"] += any(e["kind"] == row["kind"] for e in events)
            if options.verbose and not events:
                found = "word " if word else "no word"
                print(f"  missed {language} {row['kind']:10} {found} {row['text'][:110]}")
        else:
            counts[language, "false"] += bool(events)
            if options.verbose and events:
                print(f"  false  {language} {events[0]['kind']:10} {row['text'][:110]}")
    for language in ("en", "fr"):
        meetings, others = counts[language, True], counts[language, False]
        print(
            f"{language}: meeting word {counts[language, 'word'] / meetings:.3f}  "
            f"event {counts[language, 'event'] / meetings:.3f} "
            f"(right kind {counts[language, 'kind'] / meetings:.3f}) of {meetings};  "
            f"false {counts[language, 'false'] / others:.3f} of {others}"
        )


if __name__ == "__main__":
    main()
