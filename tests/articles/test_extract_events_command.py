import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Written for the project: a Monday story (2024-06-03).
STORY = (
    "Le président sénégalais Bassirou Diomaye Faye a reçu lundi à Dakar le Premier ministre "
    "espagnol Pedro Sanchez pour un entretien consacré aux migrations.\n"
)


def run_command(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "manage.py", "extract_events", *args],
        cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_it_prints_the_events_of_one_file(tmp_path):
    path = tmp_path / "dakar.fr.txt"
    path.write_text(STORY, encoding="utf-8")
    completed = run_command(str(path), "--published", "2024-06-03", "--language", "fr")
    assert completed.returncode == 0, completed.stderr
    events = json.loads(completed.stdout)["events"]
    assert any(e["date"] == "2024-06-03" and e["status"] == "held" for e in events)
    assert all({"date", "kind", "status", "participants", "evidence"} <= set(e) for e in events)


def test_it_reads_and_writes_json_lines():
    line = json.dumps({"id": "a1", "text": STORY, "published": "2024-06-03", "language": "fr"})
    completed = run_command("--jsonl", stdin=line + "\n")
    assert completed.returncode == 0, completed.stderr
    output = [json.loads(row) for row in completed.stdout.splitlines() if row.strip()]
    assert [row["id"] for row in output] == ["a1"]
    assert output[0]["events"]
