"""Throughput of the extraction engine, against the bare spaCy pipelines, in one run.

    .venv/bin/python scripts/bench_extract.py [--repeat 5] [--corpus ../shared/corpus/dev]

Texts: the shared dev corpus when it is there, and always our own fixtures
(tests/extraction/fixtures). Models load once; after a warm-up pass, each side is timed
`--repeat` times over all the texts and the best run is kept:
  - spaCy: fr_core_news_md on the French texts, the English pipeline the engine uses
    (`english_nlp()`: with EXTRACTION_ENGLISH_MODEL=ewt the trained models/en_ewt tagger and
    parser) on the English ones;
  - whole: the full extraction (which includes that same spaCy pass) on the same texts.
Prints articles per second for both and the ratio whole / spaCy (target: at most 1.30).
"""

import argparse
import json
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    args = parser.parse_args(argv)

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

    def bare_spacy():
        for text, language, _published in items:
            doc = pipelines[language].make_doc(text)
            for proc in shipped[language]:
                doc = proc(doc)

    def whole():
        for text, language, published in items:
            extractor.extract(text, published=published, language=language)

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
    print(f"ratio whole/spaCy: {whole_seconds / spacy_seconds:.2f} (target <= 1.30)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
