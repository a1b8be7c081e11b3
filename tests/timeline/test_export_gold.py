"""The desk feeds the engine: fully reviewed articles become a corpus the scorer reads."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.factories import extracted, make_article, make_editor, record_extracted
from timeline import editing
from timeline.models import Event

pytestmark = pytest.mark.django_db

SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"

PLANNED = "Les émissaires des deux pays doivent se voir le 10 janvier à Genève."
BRIEFING = "Le porte-parole a tenu un point de presse mercredi avec son adjoint."
HELD = "Les émissaires des deux pays se sont vus lundi à Genève, pendant sept heures."
OTHER = "Les deux présidents se sont parlé au téléphone mardi soir."

ENVOYS = [{"name": "Wendy Sherman", "type": "person"}, {"name": "Sergei Ryabkov", "type": "person"}]


@pytest.fixture
def editor():
    return make_editor("yann")


def parsed(text, published, **fields):
    article = make_article(text=text, published_at=published, status="parsed", **fields)
    article.text = text
    article.save(update_fields=["text"])
    return article


def talks(evidence, *, start=0, **fields):
    fields.setdefault("date", "2022-01-10")
    return extracted(
        evidence=evidence,
        start=start,
        kind="talks",
        title="Pourparlers à Genève",
        participants=ENVOYS,
        location="Geneva",
        **fields,
    )


@pytest.fixture
def reviewed_story(editor):
    """Talks planned on 30 December and held on 10 January, a press briefing the engine took
    for a meeting, and a call nobody has reviewed yet."""
    planned = parsed(f"{PLANNED}\n{BRIEFING}\n", date(2021, 12, 30), title="Avant Genève")
    talks_event, briefing = record_extracted(
        planned,
        talks(PLANNED, status="scheduled"),
        extracted(
            evidence=BRIEFING,
            start=len(PLANNED) + 1,
            kind="meeting",
            title="Point de presse",
            date="2021-12-29",
            participants=[{"name": "Ned Price", "type": "person"}],
        ),
    )
    held = parsed(f"{HELD}\n", date(2022, 1, 11), title="Après Genève")
    [same] = record_extracted(held, talks(HELD, status="held"))
    assert same.pk == talks_event.pk
    # The engine missed the two delegations: the editor's correction goes into the gold.
    sides = ["Wendy Sherman", "Sergei Ryabkov", "United States", "Russia"]
    editing.edit_event(event=talks_event, user=editor, values={"participants": sides})
    editing.set_review(event=talks_event, user=editor, review=Event.Review.CONFIRMED)
    editing.set_review(event=briefing, user=editor, review=Event.Review.REJECTED)
    waiting = parsed(f"{OTHER}\n", date(2022, 1, 12), title="Un appel")
    record_extracted(waiting, extracted(evidence=OTHER, date="2022-01-11"))
    return {"planned": planned, "held": held, "waiting": waiting}


def read_corpus(folder):
    return {
        path.name[: -len(".gold.json")]: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(Path(folder).glob("*.gold.json"))
    }


def test_it_exports_only_the_articles_the_desk_fully_reviewed(reviewed_story, tmp_path, capsys):
    outdir = tmp_path / "desk-gold"
    call_command("export_gold", str(outdir))

    corpus = read_corpus(outdir)
    assert sorted(corpus) == ["2021-12-30-avant-geneve", "2022-01-11-apres-geneve"]
    assert (outdir / "2021-12-30-avant-geneve.txt").read_text(encoding="utf-8").startswith(PLANNED)
    out = capsys.readouterr().out
    assert "2021-12-30-avant-geneve: article" in out
    assert "Exported 2 article(s)" in out and "1 not ready" in out


def test_it_writes_each_article_as_it_stood_when_written(reviewed_story, tmp_path):
    call_command("export_gold", str(tmp_path))
    corpus = read_corpus(tmp_path)

    before = corpus["2021-12-30-avant-geneve"]
    assert before["source"].startswith("desk export: ")
    assert (before["language"], before["published"], before["published_inferred"]) == (
        "fr",
        "2021-12-30",
        False,
    )
    assert before["gold"] == [
        {
            "date": "2022-01-10",
            "kind": "talks",
            "participants": ["Russia", "Sergei Ryabkov", "United States", "Wendy Sherman"],
            "location": "Geneva",
            "status": "scheduled",
            "evidence": PLANNED,
        }
    ]
    assert len(before["not_events"]) == 1
    assert BRIEFING in before["not_events"][0] and "rejected by the desk" in before["not_events"][0]
    assert corpus["2022-01-11-apres-geneve"]["gold"][0]["status"] == "held"


def test_it_exports_a_meeting_an_editor_added(editor, tmp_path):
    article = parsed(f"{OTHER}\n", date(2022, 1, 12), title="Appel ajouté")
    editing.add_event(
        article=article,
        start=0,
        end=len(OTHER),
        values={
            "kind": "call",
            "date": "2022-01-11",
            "status": "held",
            "title": "Appel Biden – Poutine",
            "participants": ["Joe Biden", "Vladimir Putin"],
        },
        user=editor,
    )
    call_command("export_gold", str(tmp_path))
    [gold] = read_corpus(tmp_path).values()
    assert gold["gold"][0]["participants"] == ["Joe Biden", "Vladimir Putin"]
    assert gold["gold"][0]["evidence"] == OTHER


def test_it_exports_only_what_changed_since_a_day(reviewed_story, tmp_path):
    call_command("export_gold", str(tmp_path), "--since", "2999-01-01")
    assert read_corpus(tmp_path) == {}


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the repo")
def test_it_writes_a_corpus_the_scorer_reads(reviewed_story, tmp_path):
    corpus_dir = tmp_path / "corpus"
    call_command("export_gold", str(corpus_dir))
    # A perfect extractor's answers: the scorer must read the files and find every meeting.
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text(
        "".join(
            json.dumps({"id": name, "events": meta["gold"]}, ensure_ascii=False) + "\n"
            for name, meta in read_corpus(corpus_dir).items()
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(SCORER), "--corpus", str(corpus_dir), "--predictions", predictions],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "articles 2  gold events 2  predicted 2  matched 2" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("F1 1.000")
