"""A learned choice of each meeting's parties, measured against the rules' (issue 6, item 3):
not shipped, because it does not pay.

    python scripts/eval_learned_parties.py [--shared ../shared]      (run by `make eval-cv`)

For every meeting the engine reports that the scorer (../shared/eval/score.py) matches to a gold
meeting, each party the rules chose (`sides.py`) and each other party its sentence names is one
example, right when the gold meeting lists it. A logistic regression weighs how the party was
named, where it stands from the meeting word (before or after, how far, across a comma, a
relative pronoun or a reporting clause), the word just before it and its place in the
dependency parse (subject, object, oblique, apposition; whether the meeting word governs it).
It learns from ../shared/corpus/train and the project's read sets (the confidence model's);
../shared/corpus/dev is held out and joins the leave-articles-out cross-validation. Two
thresholds (drop a party the rules chose below one, add one they left above the other) are
chosen by cross-validation on the learning sets. Printed: the scorer's participants F1 on
matched meetings with the rules' choice and with the learned one, and how well the model ranks
the chosen and the left parties (ROC AUC).

Measured at the end of session 13: the rules' choice stands. CV F1 0.730 (rules) against 0.731
(learned); held-out dev 0.832 against 0.786; AUC 0.67 among the parties the rules chose, 0.53
among those they left. Most missed participants are not named in the meeting's sentence.
"""

import argparse
import math
import re
import sys
from datetime import date
from functools import cache
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.extraction import Extractor  # noqa: E402
from articles.extraction import pipeline as engine  # noqa: E402
from articles.extraction.gazetteer import fold  # noqa: E402
from articles.extraction.model import Article, Candidate  # noqa: E402
from articles.extraction.nlp import nlp_for  # noqa: E402
from articles.extraction.participants import Party  # noqa: E402
from scripts.shared_scorer import load_scorer  # noqa: E402
from scripts.train_confidence import PROJECT_SETS, UNREAD_SETS, _matrix  # noqa: E402
from scripts.train_confidence import fit as fit_rows  # noqa: E402

# every party each sentence with meeting words names, by the sentence's start (read by
# wrapping the pipeline's sentence stage)
POOLS = {}
_read_sentence = engine.sentence_events


def _pooled_sentence(article, sentence, triggers, parties, previous_with_event):
    POOLS[sentence.start] = list(parties)
    return _read_sentence(article, sentence, triggers, parties, previous_with_event)


engine.sentence_events = _pooled_sentence

KINDS = ("call", "meeting", "talks", "summit", "visit", "conference")
PARTY_TYPES = ("person", "country", "organization")
VIAS = (
    "name",
    "role",
    "pronoun",
    "backref",
    "metonym",
    "demonym",
    "demonym-role",
    "locative",
    "anaphora",
    "agenda",
    "prefix",
)
# the word just before a party, folded ("avec", "with", "entre"): a closed list, the rest "other"
WORDS_BEFORE = (
    "with",
    "avec",
    "between",
    "entre",
    "and",
    "et",
    "by",
    "par",
    "to",
    "a",
    "au",
    "aux",
    "in",
    "en",
    "of",
    "de",
    "du",
    "des",
    "from",
    "the",
    "le",
    "la",
    "les",
    "his",
    "her",
    "son",
    "sa",
    "ses",
    "on",
    "sur",
    "at",
    "for",
    "pour",
)
RELATIONS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos", "conj", "compound")
# never weighed again: where a visit goes and a state added for its office holder
_FIXED_VIAS = frozenset({"place", "office"})
_RELATIVE = re.compile(r"\b(?:qui|que|qu['’]|dont|where|which|who|whom|that|où)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’])?$")


def options(article: Article, candidate: Candidate) -> list[tuple[Party, bool]]:
    """The parties that could be the meeting's sides, each with whether the rules chose it:
    the rules' choice, then everyone else its sentence names (once per name)."""
    chosen = [p for p in candidate.parties if p.via not in _FIXED_VIAS]
    names = {p.name for p in candidate.parties}
    out = [(p, True) for p in chosen]
    for party in POOLS.get(candidate.sentence.start, []):
        if party.name not in names:
            names.add(party.name)
            out.append((party, False))
    return out


def _parse_features(article: Article, candidate: Candidate, party: Party) -> dict:
    found = {}
    trigger_token = _trigger_token(article, candidate)
    token = article.token_at.get(party.start) if party.end > party.start else None
    if token is None or trigger_token is None:
        found["parse=none"] = 1.0
        return found
    # the head of the party's span: climb while the head stays inside the mention (spaCy
    # makes a new Token at each access: compare their indices, never their identity)
    while token.head.i != token.i and party.start <= token.head.idx < party.end:
        token = token.head
    relation = token.dep_.lower()
    found.update({f"rel={r}": float(relation == r) for r in RELATIONS})
    found["rel=other"] = float(relation not in RELATIONS)
    found["head_is_trigger"] = float(token.head.i == trigger_token.i)
    ancestors = [a.i for a in token.ancestors]
    trigger_ancestors = [a.i for a in trigger_token.ancestors]
    found["under_trigger"] = float(trigger_token.i in ancestors)
    found["above_trigger"] = float(token.i in trigger_ancestors)
    common = next((a for a in ancestors if a in trigger_ancestors or a == trigger_token.i), None)
    if common is None:
        found["tree_distance"] = 1.0
    else:
        up = ancestors.index(common) + 1
        down = trigger_ancestors.index(common) + 1 if common in trigger_ancestors else 0
        found["tree_distance"] = min(up + down, 8) / 8
    found["head_is_verb"] = float(token.head.pos_ in ("VERB", "AUX"))
    return found


def _trigger_token(article: Article, candidate: Candidate):
    start = candidate.sentence.start + candidate.trigger.start
    for offset in range(start, candidate.sentence.start + candidate.trigger.end):
        token = article.token_at.get(offset)
        if token is not None and token.pos_ in ("VERB", "NOUN", "PROPN"):
            return token
    return article.token_at.get(start)


def features(
    article: Article, candidate: Candidate, party: Party, chosen: bool, n_options: int
) -> dict:
    """The facts about one party of one meeting the model weighs, each a number."""
    sentence = candidate.sentence
    text = sentence.text
    trigger_start = sentence.start + candidate.trigger.start
    trigger_end = sentence.start + candidate.trigger.end
    found = {"chosen": float(chosen), "french": float(article.language == "fr")}
    found.update({f"kind={k}": float(candidate.kind == k) for k in KINDS})
    found.update({f"type={t}": float(party.type == t) for t in PARTY_TYPES})
    found.update({f"via={v}": float(party.via == v) for v in VIAS})
    found["trigger_verb"] = float(candidate.trigger.verb)
    found["tied"] = float(party.tied)
    found["reported"] = float(party.reported >= 0)
    found["with_country"] = float(party.type == "person" and bool(party.country))
    inside = sentence.start <= party.start < sentence.end
    found["outside_sentence"] = float(not inside)
    found["options"] = math.log1p(n_options) / 3
    found["rules_sides"] = min(len(candidate.parties), 6) / 6
    if not inside:
        return found
    before = party.end <= trigger_start
    found["before_trigger"] = float(before)
    gap = text[party.end - sentence.start : candidate.trigger.start] if before else ""
    if not before:
        gap = text[candidate.trigger.end : max(candidate.trigger.end, party.start - sentence.start)]
    distance = len(gap)
    found["distance"] = math.log1p(distance) / 6
    found["commas_between"] = min(gap.count(","), 3) / 3
    found["relative_between"] = float(bool(_RELATIVE.search(gap)))
    found["semicolon_between"] = float(";" in gap or ":" in gap)
    found["adjacent"] = float(distance <= 12)
    preceding = text[max(0, party.start - sentence.start - 20) : party.start - sentence.start]
    words = preceding.split()
    last = fold(words[-1]).strip(",.'’") if words else ""
    last = {"à": "a"}.get(last, last)
    found.update({f"before={w}": float(last == w) for w in WORDS_BEFORE})
    found["before=other"] = float(bool(last) and last not in WORDS_BEFORE)
    found["sentence_start"] = float(party.start - sentence.start < 3)
    found["in_trigger"] = float(trigger_start <= party.start < trigger_end)
    found.update(_parse_features(article, candidate, party))
    return found


THRESHOLDS = [round(t, 2) for t in np.arange(0.05, 0.96, 0.05)]


def examples(folder: Path, tag: str, score, gazetteer) -> list[dict]:
    """One row per (matched meeting, party that could be its side) in `folder`."""
    rows = []
    read = []

    def render(article, events):
        # the merged candidates, in the order of the rendered meetings
        read.append(events)
        return _render(article, events)

    _render = engine.render
    engine.render = render
    for name, text, meta in score.load_corpus(folder):
        published = date.fromisoformat(meta["published"])
        language = meta["language"]
        article = Article.read(gazetteer, language, published, text, nlp_for(language)(text))
        read.clear()
        POOLS.clear()
        rendered = engine.run(article)
        events = read[0]
        for gold_index, predicted, _relation, _overlap in score.match_article(
            meta["gold"], rendered
        ):
            gold_names = score.names(meta["gold"][gold_index])
            shown = score.names(rendered[predicted])
            event = events[predicted]
            choices = options(article, event)
            for party, chosen in choices:
                rows.append(
                    {
                        "article": f"{tag}/{name}",
                        "meeting": f"{tag}/{name}/{predicted}",
                        "gold": gold_names,
                        "shown": shown,
                        "name": party.name,
                        "chosen": chosen,
                        "right": any(score.same_entity(g, party.name) for g in gold_names),
                        "features": features(article, event, party, chosen, len(choices)),
                    }
                )
            if not choices:
                rows.append(
                    {
                        "article": f"{tag}/{name}",
                        "meeting": f"{tag}/{name}/{predicted}",
                        "gold": gold_names,
                        "shown": shown,
                        "name": None,
                    }
                )
    engine.render = _render
    return rows


def _parties(rows):
    return [row for row in rows if row["name"] is not None]


def fit(rows, names):
    """The confidence model's logistic regression (same scaling and regularisation), on the
    parties."""
    return fit_rows(_parties(rows), names)


def predict(fitted, rows, names) -> dict:
    model, means, scales = fitted
    rows = _parties(rows)
    if not rows:
        return {}
    probabilities = model.predict_proba((_matrix(rows, names) - means) / scales)[:, 1]
    return {id(row): float(p) for row, p in zip(rows, probabilities, strict=True)}


def participants_f1(rows, score, probabilities=None, drop=0.0, add=1.01) -> float:
    """The scorer's participants F1 over the matched meetings, when each meeting shows the
    rules' names less those dropped and plus those added."""
    by_meeting = {}
    for row in rows:
        by_meeting.setdefault(row["meeting"], []).append(row)
    tp = n_gold = n_shown = 0
    for meeting_rows in by_meeting.values():
        gold, shown = meeting_rows[0]["gold"], list(meeting_rows[0]["shown"])
        if probabilities is not None:
            parties = _parties(meeting_rows)
            dropped = {r["name"] for r in parties if r["chosen"] and probabilities[id(r)] < drop}
            if len(dropped) == len({r["name"] for r in parties if r["chosen"]}):
                dropped = set()  # a meeting keeps at least one side
            added = [r["name"] for r in parties if not r["chosen"] and probabilities[id(r)] >= add]
            shown = [n for n in shown if n not in dropped] + added
        tp += _overlap(score, tuple(gold), tuple(shown))
        n_gold += len(gold)
        n_shown += len(shown)
    return 2 * tp / (n_gold + n_shown) if n_gold + n_shown else 0.0


@cache
def _overlap(score, gold: tuple, shown: tuple) -> int:
    return score.participant_overlap(list(gold), list(shown))


def cross_validated(rows, names, folds=5) -> dict:
    """Leave-articles-out: every party is weighed by a model that never saw its article."""
    groups = [row["article"] for row in rows]
    probabilities = {}
    for learn, held in GroupKFold(n_splits=folds).split(rows, groups=groups):
        fitted = fit([rows[i] for i in learn], names)
        probabilities.update(predict(fitted, [rows[i] for i in held], names))
    return probabilities


def best_thresholds(rows, score, probabilities) -> tuple[float, float, float]:
    best = (participants_f1(rows, score), 0.0, 1.01)
    for drop in [0.0, *THRESHOLDS]:
        for add in [*THRESHOLDS, 1.01]:
            f1 = participants_f1(rows, score, probabilities, drop, add)
            if f1 > best[0] + 1e-9:
                best = (f1, drop, add)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    options = parser.parse_args()
    shared = Path(options.shared)
    score = load_scorer(shared)
    gazetteer = Extractor().gazetteer

    learn = examples(shared / "corpus" / "train", "train", score, gazetteer)
    for folder in PROJECT_SETS:
        learn += examples(ROOT / folder, Path(folder).name, score, gazetteer)
    dev = examples(shared / "corpus" / "dev", "dev", score, gazetteer)
    unread = []
    for folder in UNREAD_SETS:
        unread += examples(ROOT / folder, Path(folder).name, score, gazetteer)
    names = sorted({n for row in _parties(learn + dev) for n in row["features"]})

    learn_cv = cross_validated(learn, names)
    rules_f1, drop, add = (
        participants_f1(learn, score),
        *best_thresholds(learn, score, learn_cv)[1:],
    )
    print(
        f"learned from {len({r['article'] for r in learn})} articles, "
        f"{len({r['meeting'] for r in learn})} matched meetings, {len(_parties(learn))} parties"
    )
    print(
        f"thresholds chosen by 5-fold leave-articles-out CV on them: drop below {drop}, "
        f"add above {add}; participants F1 rules {rules_f1:.3f}, learned (CV) "
        f"{participants_f1(learn, score, learn_cv, drop, add):.3f}"
    )
    fitted = fit(learn, names)
    for label, rows in (("held-out dev", dev), ("never-read sets (measured only)", unread)):
        print(
            f"{label}: participants F1 rules {participants_f1(rows, score):.3f}, learned "
            f"{participants_f1(rows, score, predict(fitted, rows, names), drop, add):.3f}"
        )
    everything = learn + dev
    all_cv = cross_validated(everything, names)
    print(
        f"leave-articles-out 5-fold CV on learning sets and dev: participants F1 rules "
        f"{participants_f1(everything, score):.3f}, learned "
        f"{participants_f1(everything, score, all_cv, drop, add):.3f}"
    )
    for label, chosen in (("chosen by the rules", True), ("left by the rules", False)):
        rows = [r for r in _parties(everything) if r["chosen"] == chosen]
        labels = [r["right"] for r in rows]
        print(
            f"parties {label}: {len(rows)}, {sum(labels)} right; CV AUC "
            f"{roc_auc_score(labels, [all_cv[id(r)] for r in rows]):.3f}"
        )


if __name__ == "__main__":
    main()
