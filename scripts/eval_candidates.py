"""Where each gold meeting is lost: candidate recall, then what became of the candidates.

    python scripts/eval_candidates.py [--shared ../shared] [-v] FOLDER...

A gold meeting has a candidate when the engine read a meeting word in the sentence that holds
the meeting's evidence. Candidate recall (meetings matched, or with a candidate) bounds what any
later decision can recover; the rest of the table says which decision lost the others:

  matched           the scorer pairs an event with the meeting (exact or coarser date)
  no candidate      no meeting word read in its sentence (the vocabulary or the document shape),
                    or one with no party at all; the second count says how many had the word
  undated           a candidate, but no date for it (it could only add evidence elsewhere)
  too few sides     a candidate with a date, but no party it can be reported with
  lost later        a dated candidate with its sides, then lost; split by why:
    wrong date        no dated candidate there has a date the scorer accepts
    wrong sides       one has an accepted date, but none names a party of the meeting
    merged or dropped one would match on its own: merging or a later decision lost it
  evidence not found  the gold evidence is not in the text as written (an annotation slip)

Matching is the project scorer's (../shared/eval/score.py), imported, not copied.
"""

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.extraction import Extractor  # noqa: E402
from articles.extraction.language import detect_language  # noqa: E402
from articles.extraction.model import Article  # noqa: E402
from articles.extraction.nlp import nlp_for  # noqa: E402
from articles.extraction.pipeline import run  # noqa: E402
from articles.extraction.triggers import find_triggers  # noqa: E402
from articles.extraction.validity import is_event  # noqa: E402
from scripts.shared_scorer import load_scorer  # noqa: E402

FATES = (
    "matched",
    "no candidate",
    "of which no party",
    "undated",
    "too few sides",
    "lost later",
    "wrong date",
    "wrong sides",
    "merged or dropped",
    "evidence not found",
)


def fate(text: str, meeting: dict, candidates: list, language: str = "en", score=None) -> str:
    position = text.find((meeting.get("evidence") or "")[:60])
    if position < 0:
        return "evidence not found"
    # a little slack: evidence may start with the quote or bracket that opens its sentence
    here = [c for c in candidates if c.sentence.start - 5 <= position < c.sentence.end]
    if not here:
        if _meeting_word_near(text, position, language):
            return "of which no party"
        return "no candidate"
    if all(c.value is None for c in here):
        return "undated"
    valid = [c for c in here if c.value is not None and is_event(c)]
    if not valid:
        return "too few sides"
    if score is None:
        return "lost later"
    dated = [c for c in valid if score.date_relation(meeting.get("date"), c.value)]
    if not dated:
        return "wrong date"
    gold_names = score.names(meeting)
    if not any(score.participant_overlap(gold_names, [p.name for p in c.parties]) for c in dated):
        return "wrong sides"
    return "merged or dropped"


def _meeting_word_near(text: str, position: int, language: str) -> bool:
    """Whether the engine reads a meeting word in the sentence around `position` (the
    candidates stage then made nothing of it: no party at all)."""
    start = max(text.rfind(".", 0, position), text.rfind("\n", 0, position)) + 1
    end_dot = text.find(".", position + 1)
    end = len(text) if end_dot < 0 else end_dot
    return bool(find_triggers(text[start:end], language))


def fates_in(folder: Path, score, extractor, verbose: bool) -> Counter:
    counts = Counter()
    for name, text, meta in score.load_corpus(folder):
        published = date.fromisoformat(meta["published"])
        language = meta.get("language") or detect_language(text)
        events = extractor.extract(text, published=published, language=language).events
        matched = {g for g, _, _, _ in score.match_article(meta["gold"], events)}
        # the candidates as the engine reads them, before merging and rendering
        article = Article.read(
            extractor.gazetteer, language, published, text, nlp_for(language)(text)
        )
        run(article)
        for index, meeting in enumerate(meta["gold"]):
            found = (
                "matched"
                if index in matched
                else fate(text, meeting, article.candidates, language, score)
            )
            counts[found] += 1
            if verbose and found != "matched":
                print(f"  {found:18} {name}: {meeting['date']} {meeting.get('evidence', '')[:80]}")
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list each lost meeting")
    parser.add_argument("folders", nargs="+")
    options = parser.parse_args()
    score = load_scorer(Path(options.shared))
    extractor = Extractor()
    for folder in options.folders:
        counts = fates_in(Path(folder), score, extractor, options.verbose)
        total = sum(counts.values())
        no_candidate = counts["no candidate"] + counts["of which no party"]
        with_candidate = total - no_candidate - counts["evidence not found"]
        counts["no candidate"] = no_candidate
        counts["lost later"] = (
            counts["wrong date"] + counts["wrong sides"] + counts["merged or dropped"]
        )
        table = "  ".join(f"{f} {counts[f]}" for f in FATES if counts[f])
        print(f"{folder}: candidate recall {with_candidate / total:.3f} of {total}; {table}")


if __name__ == "__main__":
    main()
