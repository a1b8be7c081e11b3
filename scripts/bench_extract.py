"""Throughput of the extraction engine, against the bare spaCy pipelines, in one run.

    .venv/bin/python scripts/bench_extract.py [--repeat 5] [--corpus ../shared/corpus/dev]

Texts: the shared dev corpus when it is there, and always our own fixtures
(tests/extraction/fixtures). Models load once; after a warm-up pass, each side is timed
`--repeat` times over all the texts and the best run is kept:
  - spaCy: fr_core_news_md on the French texts, the English pipeline the engine uses
    (`english_nlp()`: the trained models/en_ewt tagger and parser; EXTRACTION_ENGLISH_MODEL=blank
    for the former sentencizer) on the English ones;
  - whole: the full extraction (which includes that same spaCy pass) on the same texts.
Prints articles per second for both and the ratio whole / spaCy (issue 6's target: at most 1.5).
On a shared machine whose speed drifts for seconds at a time, that ratio of two blocks timed one
after the other moves by tenths between runs of the same code; so it also prints the ratio
timed text by text (each text's spaCy pass, then its whole extraction, summed over the texts),
the median of `--repeat` runs, which a drift slows on both sides alike.

Then the largest article an upload may hold (settings.ARTICLE_MAX_CHARACTERS), per language:
a text composed here of meetings and context sentences, in paragraphs and on one line, each
extracted in a fresh process; prints its time and the process's peak RSS (VmHWM, the models
included). `--largest N` measures N characters instead, `--largest 0` skips it.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.extraction import Extractor  # noqa: E402
from articles.extraction.pipeline import NEWLINE_COMPONENT, nlp_for  # noqa: E402


def load_texts(folders):
    items = []
    for folder in folders:
        for gold_path in sorted(Path(folder).glob("*.gold.json")):
            meta = json.loads(gold_path.read_text(encoding="utf-8"))
            text_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
            published = date.fromisoformat(meta["published"]) if meta.get("published") else None
            items.append((text_path.read_text(encoding="utf-8"), meta["language"], published))
    return items


def best_time(function, repeat):
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


_PEOPLE = {
    "fr": [
        ("Le président français Emmanuel Macron", "la chancelière allemande Angela Merkel"),
        ("Le président américain Joe Biden", "son homologue russe Vladimir Poutine"),
        ("Le président ukrainien Volodymyr Zelensky", "le Premier ministre Boris Johnson"),
    ],
    "en": [
        ("French President Emmanuel Macron", "German Chancellor Angela Merkel"),
        ("U.S. President Joe Biden", "his Russian counterpart Vladimir Putin"),
        ("Ukrainian President Volodymyr Zelensky", "British Prime Minister Boris Johnson"),
    ],
}
_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre".split(),
    "en": "January February March April May June July August September October November "
    "December".split(),
}
_CITIES = {"fr": ["Paris", "Berlin", "Genève", "Moscou"], "en": ["Paris", "Berlin", "Geneva"]}
_CONTEXT = {
    "fr": [
        "Les discussions ont porté sur la sécurité régionale, l'énergie et l'aide humanitaire.",
        "Selon des diplomates, aucun accord n'a été trouvé sur la question des sanctions.",
        "Un porte-parole a indiqué que le dialogue se poursuivrait dans les semaines à venir.",
        "Les observateurs notent que la tension reste vive dans la région depuis des mois.",
    ],
    "en": [
        "The talks covered regional security, energy and humanitarian aid.",
        "According to diplomats, no agreement was reached on the question of sanctions.",
        "A spokesman said the dialogue would continue in the coming weeks.",
        "Observers note that tension has remained high in the region for months.",
    ],
}


def long_article(language: str, size: int, one_line: bool = False) -> str:
    """About `size` characters (never more): paragraphs of four sentences, one in five a
    meeting on a date of 2019-2021, the rest context; or all of it on one line."""
    chance = random.Random(7)
    parts, length = [], 0
    while length < size + 1_000:
        sentences = []
        for _ in range(4):
            if chance.random() < 0.2:
                first, second = chance.choice(_PEOPLE[language])
                day, year = chance.randint(1, 28), chance.choice([2019, 2020, 2021])
                month = chance.choice(_MONTHS[language])
                city = chance.choice(_CITIES[language])
                sentences.append(
                    f"{first} a rencontré {second} le {day} {month} {year} à {city}."
                    if language == "fr"
                    else f"{first} met {second} in {city} on {month} {day}, {year}."
                )
            else:
                sentences.append(chance.choice(_CONTEXT[language]))
        parts.append(" ".join(sentences))
        length += len(parts[-1]) + 2
    text = (" " if one_line else "\n\n").join(parts)
    return text[:size].rsplit(" ", 1)[0]


def measure_one(language: str, size: int, one_line: bool) -> dict:
    """Extract one long article in this process: seconds and peak RSS (VmHWM) in MB."""
    text = long_article(language, size, one_line)
    extractor = Extractor()
    # models and gazetteer loaded before timing, as in a worker that has parsed an article
    extractor.extract(long_article(language, 300), published=date(2022, 1, 1), language=language)
    started = time.perf_counter()
    events = extractor.extract(text, published=date(2022, 1, 1), language=language).events
    seconds = time.perf_counter() - started
    status = Path("/proc/self/status").read_text()
    peak_kb = next(int(line.split()[1]) for line in status.splitlines() if "VmHWM" in line)
    return {"characters": len(text), "seconds": seconds, "peak_mb": peak_kb / 1024,
            "events": len(events)}  # fmt: skip


def largest_allowed() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.conf import settings

    return settings.ARTICLE_MAX_CHARACTERS


def bench_largest(size: int) -> None:
    for language in ("fr", "en"):
        for one_line in (False, True):
            command = [sys.executable, __file__, "--one", language, str(size)]
            command += ["--one-line"] if one_line else []
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            shape = "one line" if one_line else "paragraphs"
            if done.returncode:
                print(f"largest {language} {shape}: failed\n{done.stderr[-2000:]}")
                continue
            found = json.loads(done.stdout.splitlines()[-1])
            print(
                f"largest allowed, {language}, {shape}: {found['characters']:,} characters "
                f"in {found['seconds']:.1f} s, peak RSS {found['peak_mb']:.0f} MB "
                f"({found['events']} meetings)"
            )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    parser.add_argument("--largest", type=int, default=None, help="characters (default: limit)")
    parser.add_argument(
        "--one", nargs=2, metavar=("LANGUAGE", "CHARACTERS"), help=argparse.SUPPRESS
    )
    parser.add_argument("--one-line", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure_one(args.one[0], int(args.one[1]), args.one_line)))
        return 0

    folders = [ROOT / "tests" / "extraction" / "fixtures"]
    if Path(args.corpus).is_dir():
        folders.insert(0, Path(args.corpus))
    items = load_texts(folders)
    if not items:
        print("no texts found", file=sys.stderr)
        return 1

    extractor = Extractor()
    pipelines = {language: nlp_for(language) for language in {lang for _, lang, _ in items}}
    extractor.gazetteer  # noqa: B018 - build the gazetteer before timing

    # the models exactly as shipped: every component except the engine's own newline marker
    shipped = {
        language: [proc for name, proc in nlp.pipeline if name != NEWLINE_COMPONENT]
        for language, nlp in pipelines.items()
    }

    def bare_one(text, language):
        doc = pipelines[language].make_doc(text)
        for proc in shipped[language]:
            doc = proc(doc)

    def bare_spacy():
        for text, language, _published in items:
            bare_one(text, language)

    def whole():
        for text, language, published in items:
            extractor.extract(text, published=published, language=language)

    def paired_ratio():
        """whole / spaCy with the two timed text by text, one right after the other: a machine
        that slows down or speeds up for a while slows both alike."""
        spacy_total = whole_total = 0.0
        for text, language, published in items:
            started = time.perf_counter()
            bare_one(text, language)
            spacy_total += time.perf_counter() - started
            started = time.perf_counter()
            extractor.extract(text, published=published, language=language)
            whole_total += time.perf_counter() - started
        return whole_total / spacy_total

    bare_spacy()  # warm-up: first calls allocate and cache
    whole()
    spacy_seconds = best_time(bare_spacy, args.repeat)
    whole_seconds = best_time(whole, args.repeat)

    languages = {lang: sum(1 for _, x, _ in items if x == lang) for lang in pipelines}
    described = ", ".join(f"{count} {lang}" for lang, count in sorted(languages.items()))
    print(f"texts: {len(items)} ({described}) from {', '.join(str(f) for f in folders)}")
    print(f"best of {args.repeat} runs after warm-up")
    print(f"bare spaCy:  {spacy_seconds:.3f} s  {len(items) / spacy_seconds:.1f} articles/s")
    print(f"whole:       {whole_seconds:.3f} s  {len(items) / whole_seconds:.1f} articles/s")
    print(f"ratio whole/spaCy: {whole_seconds / spacy_seconds:.2f} (target <= 1.5)")
    paired = sorted(paired_ratio() for _ in range(args.repeat))
    print(
        f"ratio timed text by text, median of {args.repeat} runs: {statistics.median(paired):.2f}"
        f" (from {paired[0]:.2f} to {paired[-1]:.2f})"
    )
    largest = largest_allowed() if args.largest is None else args.largest
    if largest:
        bench_largest(largest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
