"""The interval scripts/eval_never_read.py prints beside each pooled F1 (`make eval`) and its
share of places right; the scoring itself never runs in `make test`."""

import importlib.util
from collections import Counter
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "scripts" / "eval_never_read.py"
_spec = importlib.util.spec_from_file_location("eval_never_read", _PATH)
eval_never_read = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eval_never_read)


def _article(gold, predicted, matched):
    return Counter(gold=gold, predicted=predicted, matched=matched)


def test_it_gives_no_spread_when_every_article_scores_alike():
    articles = [_article(4, 4, 3)] * 20
    assert eval_never_read.f1_interval(articles, draws=200) == (0.75, 0.75)


def test_it_brackets_the_pooled_f1_and_widens_when_articles_disagree():
    alike = [_article(4, 4, 3)] * 10 + [_article(4, 4, 2)] * 10
    apart = [_article(4, 4, 4)] * 10 + [_article(4, 4, 1)] * 10
    pooled = eval_never_read.f1(sum(alike, Counter()))
    low, high = eval_never_read.f1_interval(alike, draws=500)
    wide_low, wide_high = eval_never_read.f1_interval(apart, draws=500)
    assert low < pooled < high
    assert wide_high - wide_low > high - low


def test_it_draws_the_same_interval_twice():
    articles = [_article(5, 3, 2), _article(2, 4, 1), _article(6, 6, 6)] * 5
    assert eval_never_read.f1_interval(articles) == eval_never_read.f1_interval(articles)


def test_it_prints_the_share_of_places_right_among_the_meetings_the_gold_places():
    counts = Counter(gold=4, predicted=4, matched=4, located=3, **{"location right": 2})
    assert "location 0.667" in eval_never_read.line(counts)
