from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article

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
