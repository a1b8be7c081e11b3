from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from tests.articles.samples import LATIN1_STORY, NEWSML_G2, docx_bytes, pdf_bytes

pytestmark = pytest.mark.django_db


def test_it_ingests_files_with_one_line_each(tmp_path):
    first = tmp_path / "one.fr.txt"
    first.write_text("Premier article de test, assez long pour compter.", encoding="utf-8")
    second = tmp_path / "two.fr.txt"
    second.write_text("Second article de test, lui aussi assez long.", encoding="utf-8")
    out = StringIO()
    call_command(
        "ingest", str(first), str(second), first, published="2024-03-14", language="fr", stdout=out
    )
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert "new, queued as article" in lines[0] and "new, queued" in lines[1]
    assert "duplicate of article" in lines[2]
    article = Article.objects.get(original_name="one.fr.txt")
    assert str(article.published_at) == "2024-03-14" and article.language == "fr"


def test_it_rejects_a_malformed_publication_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Texte.", encoding="utf-8")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("ingest", str(path), "--published", "30/12/2021")


def test_it_names_a_missing_file_and_goes_on(tmp_path):
    present = tmp_path / "present.txt"
    present.write_text("Un article bien présent sur le disque.", encoding="utf-8")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 of 2"):
        call_command("ingest", str(tmp_path / "absent.txt"), str(present), stdout=out, stderr=err)
    assert "absent.txt: cannot read" in err.getvalue()
    assert "present.txt: new" in out.getvalue()


def test_it_ingests_a_batch_of_formats_and_names_the_file_it_refuses(tmp_path):
    sent = {
        "depeche_20240612.xml": NEWSML_G2.encode(),
        "scan.pdf": pdf_bytes(None),
        "2021-12-30-entretien.txt": LATIN1_STORY.encode("cp1252"),
        "lisbonne.docx": docx_bytes(["Rencontre à Lisbonne", "Les ministres se sont vus."]),
    }
    for name, content in sent.items():
        (tmp_path / name).write_bytes(content)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="1 of 4"):
        call_command(
            "ingest",
            *(str(tmp_path / name) for name in sent),
            "--published=2024-01-01",
            "--per-file=lisbonne.docx: en, 2024-03-01",
            stdout=out,
            stderr=err,
        )
    assert err.getvalue().strip() == (
        f"{tmp_path / 'scan.pdf'}: rejected: This PDF has no text layer: it is a scan; send "
        "the text or an OCR'd PDF."
    )
    assert "(NewsML-G2 file; language fr (from the document)" in out.getvalue()
    stored = {article.original_name: article for article in Article.objects.all()}
    assert set(stored) == set(sent) - {"scan.pdf"}
    for name, article in stored.items():
        with article.original.open("rb") as handle:
            assert handle.read() == sent[name], name
    got = {name: (a.language, str(a.published_at)) for name, a in stored.items()}
    assert got == {
        "depeche_20240612.xml": ("fr", "2024-06-12"),
        "2021-12-30-entretien.txt": ("fr", "2021-12-30"),  # the name beats --published
        "lisbonne.docx": ("en", "2024-03-01"),  # --per-file beats everything
    }


def test_it_refuses_a_per_file_setting_for_a_file_not_given(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Un article assez long pour compter ici.", encoding="utf-8")
    with pytest.raises(CommandError, match="--per-file names no file given: b.txt"):
        call_command("ingest", str(path), "--per-file", "b.txt: fr")
    assert Article.objects.count() == 0
