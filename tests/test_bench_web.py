"""The pure helpers of scripts/bench_web.py (`make bench-web`); the benchmark itself never runs
in `make test`."""

import gzip
import importlib.util
import random
from datetime import date
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "scripts" / "bench_web.py"
_spec = importlib.util.spec_from_file_location("bench_web", _PATH)
bench_web = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_web)


def test_sizes_are_increasing_positive_numbers():
    assert bench_web.parse_sizes("1000,10000, 100_000") == [1000, 10000, 100000]
    for wrong in ("", "10000,1000", "0,10", "1000,1000"):
        with pytest.raises(ValueError):
            bench_web.parse_sizes(wrong)


def test_middle_page():
    assert bench_web.middle_page(1000) == 5
    assert bench_web.middle_page(10001) == 50
    assert bench_web.middle_page(50) == 1


def test_body_sizes_take_what_was_sent_gzipped_or_compute_it():
    body = b"<li>meeting</li>" * 1000
    assert bench_web.body_sizes(gzip.compress(body), "gzip")[::2] == (len(body), True)
    assert bench_web.body_sizes(gzip.compress(body), "gzip")[1] == len(gzip.compress(body))
    size, zipped, sent = bench_web.body_sizes(body, None)
    assert (size, sent) == (len(body), False) and 0 < zipped < size


def _cast():
    rng = random.Random(1)
    actors = bench_web.cast_of_actors(rng)
    by_type = {}
    for key, actor in enumerate(actors):
        by_type.setdefault(actor["type"], []).append((actor["name"], 1.0, key))
    places = [(name, 1.0, key) for key, (name, _) in enumerate(bench_web.CITIES)]
    return actors, by_type, places


def test_cast_has_unique_names_of_every_type():
    actors, by_type, _ = _cast()
    assert len({a["name"] for a in actors}) == len(actors) > 250
    assert set(by_type) == {"person", "country", "organization"}
    assert all(a["details"]["country"] for a in actors if a["type"] == "person")


def test_meetings_are_plausible_and_reproducible():
    _, by_type, places = _cast()
    plans = [bench_web.plan_meeting(random.Random(seed), by_type, places) for seed in range(300)]
    again = [bench_web.plan_meeting(random.Random(seed), by_type, places) for seed in range(300)]
    assert plans == again
    for plan in plans:
        assert 2 <= len(plan["participants"]) == len(set(plan["participants"])) <= 4
        assert date(2001, 1, 1) <= plan["date"] < date(2026, 1, 1)
        if plan["precision"] == "month":
            assert plan["date"].day == 1
        if plan["precision"] == "year":
            assert (plan["date"].month, plan["date"].day) == (1, 1)
        if plan["kind"] == "call":
            assert plan["place"] is None
        assert plan["title"].startswith(bench_web.KIND_WORDS[plan["kind"]])
        assert plan["end_date"] is None or plan["end_date"] > plan["date"]
    assert {p["precision"] for p in plans} == {"day", "month", "year"}
    assert {p["status"] for p in plans} == {"held", "scheduled", "cancelled"}


def test_table_rows_and_alignment():
    row = bench_web.result_row(
        {
            "size": 10000,
            "page_ms": "480",
            "page_runs": 1,
            "page_bytes": 90 * 1024,
            "page_gzip": 12 * 1024,
            "page_queries": 7,
            "api_p1": 0.02,
            "bare_p1": 0.01,
            "api_queries_p1": 4,
            "api_queries_mid": 4,
            "draw": "timed out after 180 s",
        }
    )
    assert row[:8] == ["10,000", "480 (1 run)", "90 (12)", 7, "20", "10", "2.00", "4/4"]
    assert row[8:] == ["timed out after 180 s", None, None]
    lines = bench_web.format_table([row, bench_web.TARGETS]).splitlines()
    assert len(lines) == 4 and len({len(line) for line in lines}) == 1
    assert "n/a" in lines[2]
