"""Reading the formats newsrooms send: each reader, the dispatcher, and what a file says about
its own language and date. No database: these are plain functions."""

import zipfile
from datetime import date
from io import BytesIO

import pytest

from articles.formats import (
    IngestError,
    date_from_filename,
    detect_language,
    read_document,
    sniff_format,
)
from tests.articles.samples import (
    HTML_PAGE,
    LATIN1_STORY,
    NEWSML_G2,
    NEWSML_TEXT,
    NEWSML_WITH_ENTITIES,
    NINJS_1,
    NINJS_1_TEXT,
    NINJS_2,
    docx_bytes,
    pdf_bytes,
)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-8-sig"])
def test_it_reads_french_text_in_the_encodings_newsrooms_save(encoding):
    document = read_document(LATIN1_STORY.encode(encoding), "entretien.txt")
    assert document.format == "text"
    assert document.text == LATIN1_STORY


def test_it_reads_the_characters_only_windows_1252_has():
    story = "L’œuvre coûte 5 € – « un entretien » à Genève, a-t-il dit.\n"
    assert read_document(story.encode("cp1252"), "note.txt").text == story


def test_it_refuses_bytes_that_are_no_text_and_lists_what_it_reads():
    noise = bytes(range(256)) * 20
    with pytest.raises(IngestError, match=r"neither text .* \(plain text \(any encoding\)"):
        read_document(noise, "photo.jpg")


def test_it_keeps_the_main_text_of_an_html_page_with_its_headline_first():
    document = read_document(HTML_PAGE.encode(), "page.html")
    lines = document.text.split("\n\n")
    assert lines[0] == "Les chefs d'État africains réunis à Addis-Abeba"
    assert lines[1].startswith("Addis-Abeba, 17 février 2024 - Les dirigeants")
    assert "Accueil" not in document.text and "mentions légales" not in document.text
    assert "audience" not in document.text
    assert (document.language, document.published) == ("fr", date(2024, 2, 17))


def test_it_reads_an_html_page_saved_in_windows_1252():
    page = HTML_PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    document = read_document(page.encode("cp1252"), "page.htm")
    assert "leur sommet annuel au siège de l'organisation" in document.text


def test_it_reads_headline_body_language_and_date_of_a_newsml_g2_item():
    document = read_document(NEWSML_G2.encode(), "depeche.xml")
    assert document.format == "newsml"
    assert document.text == NEWSML_TEXT
    assert document.language == "fr"
    assert document.published == date(2024, 6, 12)
    assert document.published_from == "the NewsML-G2 versionCreated"


def test_it_takes_the_content_created_date_when_a_newsml_item_has_no_version_date():
    item = NEWSML_G2.replace(
        "<versionCreated>2024-06-12T17:40:00+02:00</versionCreated>", ""
    ).replace('<language tag="fr-FR"/>', "")
    document = read_document(item.encode(), "depeche.xml")
    assert document.published == date(2024, 6, 11)
    assert document.published_from == "the NewsML-G2 contentCreated"
    assert document.language == "fr"  # from the item's xml:lang


def test_it_finds_the_news_item_inside_a_newsml_message():
    body = NEWSML_G2.split("?>", 1)[1]
    message = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header/>'
        f"<itemSet>{body}</itemSet></newsMessage>"
    )
    assert read_document(message.encode(), "message.xml").text == NEWSML_TEXT


def test_it_refuses_xml_that_declares_entities_without_expanding_them():
    with pytest.raises(IngestError, match="declares a DTD or entities"):
        read_document(NEWSML_WITH_ENTITIES.encode(), "attaque.xml")


def test_it_refuses_a_newsml_item_without_text():
    item = NEWSML_G2.split("<contentSet>")[0] + "</newsItem>"
    with pytest.raises(IngestError, match="carries no text"):
        read_document(item.encode(), "photo.xml")


def test_it_refuses_xml_that_is_not_newsml():
    with pytest.raises(IngestError, match="not a NewsML-G2 news item"):
        read_document(b'<?xml version="1.0"?><rss><channel/></rss>', "flux.xml")


def test_it_reads_a_ninjs_1_item_with_plain_text_body():
    document = read_document(NINJS_1.encode(), "item.json")
    assert document.format == "ninjs"
    assert document.text == NINJS_1_TEXT
    assert (document.language, document.published) == ("en", date(2024, 3, 5))
    assert document.published_from == "the ninjs versioncreated"


def test_it_reads_a_ninjs_2_item_with_headlines_and_an_html_body():
    document = read_document(NINJS_2.encode(), "item.json")
    assert document.text == (
        "Visite du Premier ministre à Rabat\n\n"
        "Rabat, 2 novembre - Le Premier ministre est arrivé samedi.\n\n"
        "Il doit rencontrer le roi dimanche.\n"
    )
    assert (document.language, document.published) == ("fr", date(2024, 11, 2))
    assert document.published_from == "the ninjs firstcreated"


def test_it_refuses_json_that_is_no_news_item():
    with pytest.raises(IngestError, match="not an IPTC ninjs news item"):
        read_document(b'{"name": "liste de contacts"}', "contacts.json")
    with pytest.raises(IngestError, match="not valid JSON"):
        read_document(b'{"headline": "Sommet",', "coupe.json")


def test_it_reads_the_paragraphs_and_language_of_a_word_document():
    content = docx_bytes(
        [
            "Rencontre à Lisbonne",
            "Les deux Premiers ministres se sont rencontrés vendredi à Lisbonne.",
            "Ils se reverront à Madrid à l'automne.",
        ],
        language="fr-PT",
    )
    document = read_document(content, "lisbonne.docx")
    assert document.format == "docx"
    assert document.text == (
        "Rencontre à Lisbonne\n\n"
        "Les deux Premiers ministres se sont rencontrés vendredi à Lisbonne.\n\n"
        "Ils se reverront à Madrid à l'automne.\n"
    )
    assert document.language == "fr"


def test_it_refuses_an_opendocument_file_and_says_how_to_save_it():
    archive = BytesIO()
    with zipfile.ZipFile(archive, "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(IngestError, match=r"OpenDocument \(.odt\).*Save the article as .docx"):
        read_document(archive.getvalue(), "article.odt")


def test_it_refuses_an_old_word_file():
    with pytest.raises(IngestError, match=r"Word 97-2003 \(.doc\).*Save it as .docx"):
        read_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "vieux.doc")


def test_it_reads_the_text_layer_of_a_pdf_joining_lines_cut_mid_sentence():
    content = pdf_bytes(
        [
            "Nouveau cycle de pourparlers à Vienne",
            "Les négociateurs se sont retrouvés lundi à Vienne pour un",
            "nouveau cycle de pourparlers sur le nucléaire.",
            "La prochaine séance est prévue jeudi.",
        ]
    )
    document = read_document(content, "vienne.pdf")
    assert document.format == "pdf"
    assert document.text == (
        "Nouveau cycle de pourparlers à Vienne\n\n"
        "Les négociateurs se sont retrouvés lundi à Vienne pour un nouveau cycle de "
        "pourparlers sur le nucléaire.\n\n"
        "La prochaine séance est prévue jeudi.\n"
    )
    assert document.language == "fr"  # the catalog's /Lang


def test_it_refuses_a_scanned_pdf_with_what_to_send_instead():
    with pytest.raises(IngestError) as refusal:
        read_document(pdf_bytes(None), "scan.pdf")
    assert str(refusal.value) == (
        "This PDF has no text layer: it is a scan; send the text or an OCR'd PDF."
    )


def test_it_refuses_a_damaged_pdf_in_words_an_editor_can_act_on():
    with pytest.raises(IngestError, match="This PDF is damaged or unusual .* Export or save it"):
        read_document(b"%PDF-1.4\nnothing else", "abime.pdf")


@pytest.mark.parametrize(
    ("content", "filename", "kind"),
    [
        (HTML_PAGE.encode(), "page.txt", "html"),
        (NEWSML_G2.encode(), "depeche.txt", "newsml"),
        (NINJS_1.encode(), "sans-extension", "ninjs"),
        (pdf_bytes(["Un texte"]), "document", "pdf"),
        (HTML_PAGE.encode("utf-16"), "page", "html"),
        (b"Un texte ordinaire sans balises.", "texte.html", "html"),
        (b"Un texte ordinaire sans balises.", "texte.md", "text"),
        (b"{EMBARGO 18h} Les ministres se retrouvent lundi.", "depeche.txt", "text"),
    ],
)
def test_it_sniffs_the_format_from_the_content_first_then_the_extension(content, filename, kind):
    assert sniff_format(content, filename) == kind


def test_it_refuses_a_file_whose_extension_promises_a_format_its_content_is_not():
    with pytest.raises(IngestError, match="named rapport.pdf but its content is not a PDF"):
        read_document(b"Un simple texte renomme.", "rapport.pdf")


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("afp-2021-12-30-biden-putin-call.fr.txt", date(2021, 12, 30)),
        ("depeche_20211230_1805.xml", date(2021, 12, 30)),
        ("2024.02.17 sommet UA.docx", date(2024, 2, 17)),
        ("note-2021-13-45-puis-2022-01-05.txt", date(2022, 1, 5)),
        ("reuters-123456789.txt", None),
        ("compte-rendu.txt", None),
    ],
)
def test_it_reads_a_date_written_in_the_file_name(filename, expected):
    assert date_from_filename(filename) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LATIN1_STORY, "fr"),
        ("The two ministers said that they will meet again in Oslo after the summit.", "en"),
        ("Sommet à Nairobi", ""),
    ],
)
def test_it_detects_the_language_only_when_the_text_makes_it_clear(text, expected):
    assert detect_language(text) == expected
