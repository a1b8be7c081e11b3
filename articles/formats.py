"""Read the files newsrooms send into text and what each says about itself. No Django here.

One reader per format (plain text in any encoding, HTML page, NewsML-G2, IPTC ninjs JSON,
Word .docx, PDF with a text layer) and `read_document`, which picks the reader from the
content first and the file name second. Every refusal is an `IngestError` whose message
tells an editor what to do. The headline, when the document has one, is the first line.
"""

import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import PurePath
from xml.etree.ElementTree import Element, ParseError, tostring

import charset_normalizer
import defusedxml
import defusedxml.ElementTree

ACCEPTED_FORMATS = (
    "plain text (any encoding), an HTML page, NewsML-G2 XML, ninjs JSON, a Word .docx "
    "or a PDF with a text layer"
)

FORMAT_NAMES = {
    "text": "text file",
    "html": "HTML page",
    "newsml": "NewsML-G2 file",
    "ninjs": "ninjs file",
    "docx": "Word document",
    "pdf": "PDF",
}

# The timeline reads French and English: only the encodings those are written in are
# candidates. Left free, the detector takes a short Latin-1 French file for Central European
# (cp1250) and "Genève" comes out "Genčve".
_TEXT_ENCODINGS = [
    "utf_8",
    "utf_16",
    "utf_32",
    "cp1252",
    "latin_1",
    "iso8859_15",
    "mac_roman",
]
_NEWSML = "{http://iptc.org/std/nar/2006-10-01/}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# A .docx is a ZIP: a small upload may unpack to gigabytes. No article needs more than this.
_DOCX_MAX_UNPACKED = 50 * 1024 * 1024


class IngestError(Exception):
    """The file cannot be read as an article; the message tells an editor what to do."""


@dataclass(frozen=True)
class Document:
    text: str
    format: str
    # What the document declares, "" / None when it does not say.
    language: str = ""
    published: date | None = None
    # Where `published` was read, for the editor: "NewsML-G2 versionCreated".
    published_from: str = ""


def read_document(content: bytes, filename: str = "") -> Document:
    """The text and metadata of an uploaded file, whatever its format."""
    kind = sniff_format(content, filename)
    try:
        return READERS[kind](content)
    except IngestError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged file can make a library raise anything
        raise IngestError(
            f"This {FORMAT_NAMES[kind]} is damaged or unusual and cannot be read "
            f"({type(error).__name__}: {error}). Export or save it again, or send its text "
            "as a .txt file."
        ) from error


def sniff_format(content: bytes, filename: str = "") -> str:
    """The reader for this content: its first bytes decide, the file's extension otherwise."""
    head = content[:8192]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"%PDF-"):
        return "pdf"
    if stripped.startswith(b"PK\x03\x04"):
        return "docx"
    if stripped.startswith(b"\xd0\xcf\x11\xe0"):
        raise IngestError(
            "This is an old Word 97-2003 (.doc) file, which the inbox does not read. Save it "
            "as .docx or PDF (File > Save as) and upload it again."
        )
    markup = _head_as_text(head).lstrip("\ufeff \t\r\n").lower()
    # A JSON object opens with a quoted key; a wire story may well open with "{EMBARGO}".
    if re.match(r'\{\s*"', markup):
        return "ninjs"
    if markup.startswith("<"):
        if "iptc.org/std/nar/" in markup:
            return "newsml"
        if any(tag in markup for tag in ("<!doctype html", "<html", "<body", "<p>", "<p ")):
            return "html"
    by_extension = {
        ".htm": "html",
        ".html": "html",
        ".xhtml": "html",
        ".xml": "newsml",
        ".json": "ninjs",
        ".docx": "docx",
        ".pdf": "pdf",
    }
    kind = by_extension.get(PurePath(filename).suffix.lower(), "text")
    if kind in ("pdf", "docx"):
        raise IngestError(
            f"The file is named {PurePath(filename).name} but its content is not a "
            f"{FORMAT_NAMES[kind]}: it may be damaged or renamed. Export it again."
        )
    return kind


def _head_as_text(head: bytes) -> str:
    # Only ASCII markers are looked for; Latin-1 maps every byte, so nothing fails here.
    for bom, encoding in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="ignore")
    return head.decode("latin-1")


def decode_text(content: bytes) -> str:
    """Bytes to text: UTF-8 when they are (the only certain answer), else the detected encoding."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    match = charset_normalizer.from_bytes(content, cp_isolation=_TEXT_ENCODINGS).best()
    if match is None:
        raise IngestError(
            "This file is neither text in an encoding the inbox knows nor one of the formats "
            f"it reads ({ACCEPTED_FORMATS}). Save the article in one of these and upload it "
            "again."
        )
    return str(match)


def read_text(content: bytes) -> Document:
    return Document(text=decode_text(content), format="text")


def read_html(content: bytes) -> Document:
    # Imported here: trafilatura brings lxml and date parsing, which other formats never need.
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(content)
    if tree is None:
        raise IngestError(
            "This HTML page cannot be parsed. Save the page again from the browser, or copy "
            "the article text into a .txt file."
        )
    language = tree.get("lang") or tree.get(_XML_LANG) or ""
    extracted = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        # Dates only from the page's metadata, never guessed from its text: dates in the
        # text are the engine's to read, in context.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None or not (extracted.text or "").strip():
        raise IngestError(
            "No article text was found in this HTML page (it may be an index, a login page or "
            "built by scripts). Copy the article text into a .txt file and upload that."
        )
    paragraphs = extracted.text.splitlines()
    return Document(
        text=_headline_and_body(extracted.title or "", paragraphs),
        format="html",
        language=language_code(language),
        published=_date_of(extracted.date),
        published_from="the page's metadata" if _date_of(extracted.date) else "",
    )


def read_newsml(content: bytes) -> Document:
    try:
        root = defusedxml.ElementTree.fromstring(content, forbid_dtd=True)
    except defusedxml.DefusedXmlException as error:
        raise IngestError(
            "This XML file declares a DTD or entities, which the inbox refuses for safety "
            "(they can expand to gigabytes or read files on the server). Ask for the item "
            "without a DOCTYPE, or send the article text."
        ) from error
    except ParseError as error:
        raise IngestError(
            f"This XML file is not well-formed ({error}). Ask the agency to send it again, or "
            "send the article text."
        ) from error
    item = root if root.tag == f"{_NEWSML}newsItem" else root.find(f".//{_NEWSML}newsItem")
    if item is None:
        raise IngestError(
            "This XML file is not a NewsML-G2 news item (it has no newsItem). The inbox reads "
            f"{ACCEPTED_FORMATS}."
        )
    headline = _element_text(item.find(f"{_NEWSML}contentMeta/{_NEWSML}headline"))
    body_element, paragraphs = None, []
    for body_element in item.iterfind(f"{_NEWSML}contentSet/{_NEWSML}inlineXML"):
        paragraphs = _xhtml_paragraphs(body_element)
        if paragraphs:
            break
    if not paragraphs:
        for body_element in item.iterfind(f"{_NEWSML}contentSet/{_NEWSML}inlineData"):
            paragraphs = _plain_paragraphs("".join(body_element.itertext()))
            if paragraphs:
                break
    if not paragraphs:
        raise IngestError(
            "This NewsML-G2 item carries no text (no inlineXML or inlineData in its "
            "contentSet): it may be a picture or point to remote content. Send the article "
            "text."
        )
    language_element = item.find(f"{_NEWSML}contentMeta/{_NEWSML}language")
    language = (
        (language_element.get("tag") if language_element is not None else "")
        or (body_element.get(_XML_LANG) if body_element is not None else "")
        or item.get(_XML_LANG)
        or root.get(_XML_LANG)
        or ""
    )
    published, published_from = None, ""
    for path, name in (
        (f"{_NEWSML}itemMeta/{_NEWSML}versionCreated", "versionCreated"),
        (f"{_NEWSML}contentMeta/{_NEWSML}contentCreated", "contentCreated"),
    ):
        published = _date_of(_element_text(item.find(path)))
        if published:
            published_from = f"the NewsML-G2 {name}"
            break
    return Document(
        text=_headline_and_body(headline, paragraphs),
        format="newsml",
        language=language_code(language),
        published=published,
        published_from=published_from,
    )


def read_ninjs(content: bytes) -> Document:
    try:
        item = json.loads(decode_text(content))
    except json.JSONDecodeError as error:
        raise IngestError(
            f"This JSON file is not valid JSON ({error.msg}, line {error.lineno} column "
            f"{error.colno}). Ask for it again, or send the article text."
        ) from error
    body_keys = ("body_text", "body_html", "bodies")
    if not isinstance(item, dict) or not any(item.get(key) for key in body_keys):
        raise IngestError(
            "This JSON file is not an IPTC ninjs news item with a text body (no body_text, "
            "body_html or bodies). Send the article text."
        )
    headline = item.get("headline") or ""
    if not headline and isinstance(item.get("headlines"), list):
        headline = next((h.get("value", "") for h in item["headlines"] if isinstance(h, dict)), "")
    paragraphs = []
    if item.get("body_text"):
        paragraphs = _plain_paragraphs(str(item["body_text"]))
    elif item.get("bodies"):
        bodies = [b for b in item["bodies"] if isinstance(b, dict) and b.get("value")]
        plain = [b for b in bodies if "html" not in str(b.get("contenttype", "")).lower()]
        if plain:
            paragraphs = _plain_paragraphs(str(plain[0]["value"]))
        elif bodies:
            paragraphs = html_paragraphs(str(bodies[0]["value"]))
    else:
        paragraphs = html_paragraphs(str(item["body_html"]))
    published, published_from = None, ""
    for key in ("versioncreated", "firstcreated"):
        published = _date_of(item.get(key))
        if published:
            published_from = f"the ninjs {key}"
            break
    return Document(
        text=_headline_and_body(str(headline), paragraphs),
        format="ninjs",
        language=language_code(str(item.get("language") or "")),
        published=published,
        published_from=published_from,
    )


def read_docx(content: bytes) -> Document:
    import docx

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        members = archive.infolist()
    names = {member.filename for member in members}
    if "word/document.xml" not in names:
        kind = "an OpenDocument (.odt) file" if "content.xml" in names else "a ZIP archive"
        raise IngestError(
            f"This is {kind}, not a Word .docx document. Save the article as .docx, PDF or "
            "text and upload it again."
        )
    if sum(member.file_size for member in members) > _DOCX_MAX_UNPACKED:
        raise IngestError(
            "This Word document unpacks to more than 50 MB, far more than an article. Save "
            "the article text alone as .docx or .txt and upload it again."
        )
    document = docx.Document(io.BytesIO(content))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    return Document(
        text=_headline_and_body("", paragraphs),
        format="docx",
        language=language_code(document.core_properties.language or ""),
    )


def read_pdf(content: bytes) -> Document:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(content))
    if reader.is_encrypted and not reader.decrypt(""):
        raise IngestError(
            "This PDF is password-protected. Export it again without a password, or send the "
            "article text."
        )
    pages = [page.extract_text() or "" for page in reader.pages]
    if not any(character.isalnum() for page in pages for character in page):
        raise IngestError(
            "This PDF has no text layer: it is a scan; send the text or an OCR'd PDF."
        )
    paragraphs = [line for page in pages for line in _unwrap_lines(page.splitlines())]
    declared = reader.trailer["/Root"].get("/Lang") if "/Root" in reader.trailer else None
    return Document(
        text=_headline_and_body("", paragraphs),
        format="pdf",
        language=language_code(str(declared or "")),
    )


READERS = {
    "text": read_text,
    "html": read_html,
    "newsml": read_newsml,
    "ninjs": read_ninjs,
    "docx": read_docx,
    "pdf": read_pdf,
}


def _unwrap_lines(lines: list[str]) -> list[str]:
    """A PDF (or an agency's text body) breaks lines where the page or the line is full; the
    engine reads a line as a paragraph.

    A line joins the next when it does not end a sentence and the next starts in lowercase:
    the line was cut mid-sentence.
    """
    paragraphs: list[str] = []
    for line in (line.strip() for line in lines):
        if not line:
            continue
        previous = paragraphs[-1] if paragraphs else ""
        if previous and previous[-1] not in '.!?:»"”)' and line[0].islower():
            paragraphs[-1] = f"{previous} {line}"
        else:
            paragraphs.append(line)
    return paragraphs


class _ParagraphCollector(HTMLParser):
    """Text of an HTML fragment, one paragraph per block element, scripts and head left out."""

    BLOCKS = frozenset(
        "address article aside blockquote br dd div dl dt figcaption footer h1 h2 h3 h4 h5 h6 "
        "header hr li main ol p pre section table td th tr ul".split()
    )
    SKIPPED = frozenset("head noscript script style template".split())

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._words: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self._skipping += 1
        elif tag in self.BLOCKS:
            self._end_paragraph()

    def handle_endtag(self, tag):
        if tag in self.SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self.BLOCKS:
            self._end_paragraph()

    def handle_data(self, data):
        if not self._skipping:
            self._words.append(data)

    def close(self):
        super().close()
        self._end_paragraph()

    def _end_paragraph(self):
        paragraph = " ".join("".join(self._words).split())
        if paragraph:
            self.paragraphs.append(paragraph)
        self._words = []


def html_paragraphs(markup: str) -> list[str]:
    collector = _ParagraphCollector()
    collector.feed(markup)
    collector.close()
    return collector.paragraphs


def _xhtml_paragraphs(element: Element) -> list[str]:
    # Our own parsed copy: dropping namespaces lets the HTML collector see "p", not "{...}p".
    for node in element.iter():
        if isinstance(node.tag, str):
            node.tag = node.tag.rpartition("}")[2]
    markup = "".join(tostring(child, encoding="unicode") for child in element)
    return html_paragraphs(markup) or _plain_paragraphs(element.text or "")


def _plain_paragraphs(text: str) -> list[str]:
    return _unwrap_lines(text.splitlines())


def _element_text(element: Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _headline_and_body(headline: str, paragraphs: list[str]) -> str:
    """The headline as the first line (once), then the paragraphs, a blank line between."""
    lines = [line.strip() for line in paragraphs if line.strip()]
    headline = " ".join(headline.split())
    if headline and (not lines or lines[0] != headline):
        lines.insert(0, headline)
    return "\n\n".join(lines) + "\n" if lines else ""


def _date_of(value) -> date | None:
    """The calendar date as written in an ISO 8601 date or timestamp, None otherwise.

    The date is the one the writer's clock showed (not converted to UTC): it is the day the
    text's "today" and "Thursday" refer to.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?!\d)")


def date_from_filename(filename: str) -> date | None:
    """A date written in the file name: afp-2021-12-30-sommet.txt, depeche_20211230_1805.xml."""
    for match in _FILENAME_DATE.finditer(PurePath(filename).name):
        try:
            return date(int(match[1]), int(match[3]), int(match[4]))
        except ValueError:
            continue
    return None


def language_code(tag: str) -> str:
    """The primary language of a tag, lowercased: "fr-FR" -> "fr", "eng" -> "en"."""
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    # "und", "mul" and "zxx" say the language is unknown, mixed or none: not a language.
    return {"fra": "fr", "fre": "fr", "eng": "en", "und": "", "mul": "", "zxx": ""}.get(
        primary, primary
    )


_FRENCH_WORDS = frozenset(
    "le la les des du une est sont dans pour avec sur par pas qui que au aux cette il elle "
    "ont été sera leur selon entre après mais où ses nous vous".split()
)
_ENGLISH_WORDS = frozenset(
    "the of and to is are was were for with on by not that which this it he she has have "
    "had will would their after but from his her said".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """'fr' or 'en' when the text clearly is, "" when it is too short or mixed to tell."""
    french = english = 0
    for word in _WORD.findall(text[:5000].lower()):
        french += word in _FRENCH_WORDS
        english += word in _ENGLISH_WORDS
    if french + english < 6:
        return ""
    if french >= 2 * english:
        return "fr"
    if english >= 2 * french:
        return "en"
    return ""
