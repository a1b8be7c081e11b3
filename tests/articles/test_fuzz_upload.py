"""A few hundred malformed files, generated with a fixed seed, through the real upload paths
(the admin's upload form with an editor's login, and `manage.py ingest`), then parsed by the
parse task's own code: no server error, every refusal says why, every stored original is kept
byte for byte, and every stored article ends parsed or failed with a reason.

The parse runs in this process (the task's body, no broker): the path through a real worker
is covered by tests/integration/test_worker.py and test_faults.py."""

import io
import random
import re
import zipfile
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles import roles, services
from articles.models import Article
from articles.tasks import parse_article

pytestmark = pytest.mark.django_db

SEED = 20240515
UPLOAD_URL = "/admin/articles/article/upload/"

# Written for the test: a few sentences to damage.
SENTENCES = [
    "Le ministre des Affaires étrangères s'est entretenu lundi avec son homologue à Genève.",
    "Les deux délégations doivent se retrouver le 12 mars à Nairobi pour un sommet régional.",
    "The foreign minister held talks on Tuesday with her counterpart in Vienna.",
    "A summit of the bloc's leaders is planned for April 3 in Arusha, officials said.",
    "Ça coûte cher à l'État : « réunion » prévue à Séoul, Zürich et Kraków — déjà reportée.",
]

ODD_NAMES = [
    "###", "…", ".hidden", "con", "nul.txt", "a" * 300 + ".txt", "dépêche été ☀.txt",
    "../../etc/passwd", "..\\..\\windows\\win.ini", "  spaces  .txt", "emoji-🤝-summit.txt",
    "no-extension", "trailing-dot.", "double.txt.pdf", "UPPER.TXT", "tab\tin-name.txt",
    "%00percent.txt", "<script>alert(1)</script>.txt", "Ω≈ç√∫˜µ≤≥÷.xml", "2024-13-45-bad-date.txt",
    "dépêche_20241399_2500.txt", "semi;colon,comma.json", "name'with'quotes.docx",
]  # fmt: skip


def _text(rng, n=3):
    return "\n\n".join(rng.choice(SENTENCES) for _ in range(n))


def _zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _nested(opening, closing, depth):
    return opening * depth + closing * depth


def malformed_files(rng, count):
    """(name, bytes) pairs, every one different, of every kind of damage listed below."""
    makers = [
        # Random bytes, short and longer.
        lambda: ("random.bin", rng.randbytes(rng.randint(1, 8000))),
        lambda: ("random.txt", rng.randbytes(rng.randint(1, 3000))),
        # UTF-8 cut in the middle of a character, or Latin-1 bytes in UTF-8.
        lambda: ("truncated.txt", _text(rng).encode()[: rng.randint(1, 200)] + "é".encode()[:1]),
        lambda: ("mixed.txt", _text(rng).encode() + _text(rng).encode("latin-1", "replace")),
        # NUL bytes and other control characters among the words.
        lambda: ("nul.txt", _text(rng).encode().replace(b" ", b"\x00", rng.randint(1, 20))),
        lambda: ("controls.txt", bytes(rng.choice(range(32)) for _ in range(300)) + b"Paris."),
        # Huge lines: one line of many words, one of no space at all.
        lambda: ("long-line.txt", (" ".join([rng.choice(SENTENCES)] * 200)).encode()),
        lambda: ("no-space.txt", b"x" * rng.randint(50_000, 200_000)),
        # Empty in disguise: byte-order marks, blanks, zero-width characters, UTF-16 of nothing.
        lambda: ("bom.txt", b"\xef\xbb\xbf" * rng.randint(1, 50)),
        lambda: ("blank.txt", rng.choice([b" ", b"\n", b"\r\n", b"\t"]) * rng.randint(1, 5000)),
        lambda: ("zero-width.txt", "\u200b\u2060\ufeff".encode() * rng.randint(1, 500)),
        lambda: ("utf16.txt", ("\u200b" * rng.randint(0, 30)).encode("utf-16")),
        # Wrong extensions: text called PDF or Word, a PDF called text, a truncated PDF.
        lambda: ("article.pdf", _text(rng).encode()),
        lambda: ("article.docx", _text(rng).encode()),
        lambda: ("article.txt", b"%PDF-1.4\n" + rng.randbytes(rng.randint(0, 2000))),
        lambda: ("scan.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"),
        lambda: ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(500)),
        # Zip bombs, lite: a document that unpacks far larger than an article, one that is
        # only large, a ZIP without a Word document, a ZIP cut short.
        lambda: ("bomb.docx", _zip({"word/document.xml": b" " * (60 * 1024 * 1024)})),
        lambda: ("big.docx", _zip({"word/document.xml": b"<w:document>" + b" " * 4_000_000})),
        lambda: ("not-word.docx", _zip({f"f{rng.randint(0, 9)}.txt": _text(rng).encode()})),
        lambda: ("cut.docx", _zip({"word/document.xml": b"<w/>"})[: rng.randint(10, 60)]),
        # Markup: deeply nested XML and HTML, entities, a NewsML envelope around nothing.
        lambda: ("deep.xml", _nested("<a>", "</a>", rng.randint(5_000, 50_000)).encode()),
        lambda: ("deep.html", ("<html><body>" + _nested("<div>", "</div>", 20_000)).encode()),
        lambda: (
            "laughs.xml",
            b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;&b;&b;</l>',
        ),
        lambda: (
            "empty-newsml.xml",
            b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentSet/></newsItem>',
        ),
        lambda: ("broken.html", b"<html><p>" + _text(rng).encode()[: rng.randint(5, 80)]),
        lambda: ("script.html", b"<html><script>" + b"var x = 1;" * 500 + b"</script></html>"),
        # JSON: broken, deeply nested, a ninjs item with a body of the wrong type.
        lambda: ("broken.json", b'{"headline": "' + _text(rng).encode()[:50]),
        lambda: ("deep.json", b'{"a":' + _nested("[", "]", rng.randint(2_000, 99_999)).encode()),
        lambda: ("odd-ninjs.json", b'{"body_text": ["a", {"b": null}], "versioncreated": 12}'),
        lambda: ("ninjs-date.json", b'{"body_html": "<p>Rien.</p>", "firstcreated": "9999-99"}'),
        # Too large for an article.
        lambda: ("huge.txt", b"Un article. " * (2 * 1024 * 1024 // 12 + 10)),
        # Readable text under an odd name.
        lambda: (rng.choice(ODD_NAMES), _text(rng).encode()),
    ]  # fmt: skip
    seen, files = set(), []
    while len(files) < count:
        name, content = rng.choice(makers)()
        # Every file different, so that none is a duplicate of another.
        content += b"\n" * (len(files) % 3) + (b" " * (len(files) // 3) if content else b"")
        if content in seen:
            continue
        seen.add(content)
        files.append((name, content))
    return files


BOUNDARY = "fuzz-boundary-7f3a9c1e5b"


def _multipart(files, fields):
    """The form's body as a browser sends it, the file names exactly as given (the test
    client's own encoder would clean them first)."""
    body = []
    for key, value in fields.items():
        body += [
            f"--{BOUNDARY}\r\n".encode(),
            f'Content-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode(),
        ]
    for name, content in files:
        body += [
            f"--{BOUNDARY}\r\n".encode(),
            f'Content-Disposition: form-data; name="files"; filename="{name}"\r\n'.encode(),
            b"Content-Type: application/octet-stream\r\n\r\n",
            content,
            b"\r\n",
        ]
    body.append(f"--{BOUNDARY}--\r\n".encode())
    return b"".join(body)


@pytest.fixture
def editor_client(client):
    client.force_login(roles.create_editor(username="desk", password="a-long-test-password"))
    return client


def _parse_everything_stored():
    for article in Article.objects.filter(status="queued"):
        # The task's own code, in this process: what a worker runs, failures included.
        parse_article.apply(args=(article.pk,))


def _assert_every_article_finished_and_kept(expected):
    for article in Article.objects.all():
        assert article.status in ("parsed", "failed"), (article.original_name, article.status)
        if article.status == "failed":
            _assert_readable(article.error)
        with article.original.open("rb") as stored:
            assert stored.read() == expected[article.sha256]


def _assert_readable(reason):
    """A sentence or two for a person, not a stack trace."""
    assert len(reason) >= 30 and " " in reason, reason
    assert "Traceback" not in reason and "\n" not in reason.strip(), reason


def test_it_answers_every_malformed_upload_with_a_stored_article_or_a_reason(
    editor_client, monkeypatch
):
    monkeypatch.setattr(services, "send_parse", lambda article_id: True)  # no broker here
    rng = random.Random(SEED)
    files = malformed_files(rng, 260)
    refused = []
    for start in range(0, len(files), 20):
        batch = files[start : start + 20]
        response = editor_client.post(
            UPLOAD_URL,
            # Every other batch with the form's default date and language.
            _multipart(
                batch, {"published_at": "2024-03-14", "language": "fr"} if start % 40 else {}
            ),
            content_type=f"multipart/form-data; boundary={BOUNDARY}",
            follow=True,
        )
        # Back to the list of articles, which tells the editor what became of each file.
        assert response.redirect_chain == [("/admin/articles/article/", 302)]
        assert response.status_code == 200
        notes = [str(message) for message in response.context["messages"]]
        assert len(notes) == len(batch), notes
        for (_, content), note in zip(batch, notes, strict=True):
            if note.startswith("Not uploaded: "):
                refused.append(note)
                _assert_readable(note.split(": ", 2)[-1])
                assert not Article.objects.filter(sha256=services.sha256_of(content)).exists()
            else:
                assert note.startswith("New: "), note
                assert Article.objects.filter(sha256=services.sha256_of(content)).exists()
    stored = {services.sha256_of(content): content for _, content in files}
    assert 0 < len(refused) < len(files)

    _parse_everything_stored()
    _assert_every_article_finished_and_kept(stored)
    assert Article.objects.filter(status="failed").exists()
    assert Article.objects.filter(status="parsed").exists()


def test_it_stores_or_refuses_with_a_reason_every_malformed_file_given_to_ingest(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(services, "send_parse", lambda article_id: True)
    rng = random.Random(SEED + 1)
    files = malformed_files(rng, 60)
    paths = []
    for number, (name, content) in enumerate(files):
        # A folder per file: odd names stay as they are, several files may share one.
        safe = re.sub(r"[/\\\x00]", "_", name)[:200] or "_"
        path = tmp_path / str(number) / safe
        path.parent.mkdir()
        path.write_bytes(content)
        paths.append(path)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match=r"\d+ of 60 file\(s\) could not be ingested"):
        call_command("ingest", *map(str, paths), stdout=out, stderr=err)
    lines = {
        line.split(": ", 1)[0]: line for line in (out.getvalue() + err.getvalue()).splitlines()
    }
    for path, (_, content) in zip(paths, files, strict=True):
        line = lines[str(path)]
        if ": rejected: " in line:
            _assert_readable(line.split(": rejected: ", 1)[1])
            assert not Article.objects.filter(sha256=services.sha256_of(content)).exists()
        else:
            assert Article.objects.filter(sha256=services.sha256_of(content)).exists(), line
    _parse_everything_stored()
    _assert_every_article_finished_and_kept({services.sha256_of(c): c for _, c in files})
