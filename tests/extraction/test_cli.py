"""The command line contract: one file, or JSON Lines in and out."""

import io
import json

from articles.extraction.cli import main


def test_it_prints_the_events_of_one_file(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Olaf Scholz a rencontré mercredi Giorgia Meloni à Rome.", encoding="utf-8")
    out = io.StringIO()
    assert main([str(article), "--published", "2024-03-14", "--language", "fr"], stdout=out) == 0
    events = json.loads(out.getvalue())["events"]
    assert [(e["kind"], e["date"]) for e in events] == [("meeting", "2024-03-13")]


def test_it_answers_one_line_per_article_in_jsonl_mode():
    lines = [
        {
            "id": "a",
            "text": "Joe Biden met Fumio Kishida in Tokyo on Tuesday.",
            "published": "2024-03-14",
            "language": "en",
        },
        {"id": "b", "text": "Rien de diplomatique ici.", "published": None},
    ]
    stdin = io.StringIO("".join(json.dumps(line) + "\n" for line in lines))
    out = io.StringIO()
    assert main(["--jsonl"], stdin=stdin, stdout=out) == 0
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a["id"] for a in answers] == ["a", "b"]
    assert answers[0]["events"][0]["date"] == "2024-03-12"
    assert answers[1]["events"] == []


def test_it_says_when_a_file_cannot_be_read(tmp_path, capsys):
    assert main([str(tmp_path / "missing.txt")], stdout=io.StringIO()) == 2
    assert "cannot read" in capsys.readouterr().err
