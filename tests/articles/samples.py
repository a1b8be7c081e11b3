"""Documents in every format the inbox reads, written for these tests (the stories are
invented), and builders for the binary ones."""

import io
import json

NEWSML_G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:test:2024:0612"
    version="2" standard="NewsML-G2" standardversion="2.33" conformance="power" xml:lang="fr">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:EXAMPLE"/>
    <versionCreated>2024-06-12T17:40:00+02:00</versionCreated>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <contentCreated>2024-06-11T09:00:00+02:00</contentCreated>
    <language tag="fr-FR"/>
    <headline>Le chef de la diplomatie kényane reçu à Paris</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>ignored</title></head>
        <body>
          <p>Paris, 12 juin 2024 - Le ministre français des Affaires étrangères a reçu
             mercredi son homologue kényan pour un entretien sur la sécurité régionale.</p>
          <p>Les deux ministres doivent se revoir en <em>septembre</em> à Nairobi.</p>
        </body>
      </html>
    </inlineXML>
  </contentSet>
</newsItem>
"""

NEWSML_TEXT = (
    "Le chef de la diplomatie kényane reçu à Paris\n\n"
    "Paris, 12 juin 2024 - Le ministre français des Affaires étrangères a reçu mercredi son "
    "homologue kényan pour un entretien sur la sécurité régionale.\n\n"
    "Les deux ministres doivent se revoir en septembre à Nairobi.\n"
)

# The classic entity expansion: a few hundred bytes that would grow to gigabytes.
NEWSML_WITH_ENTITIES = """<?xml version="1.0"?>
<!DOCTYPE newsItem [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">
  <contentMeta><headline>&c;</headline></contentMeta>
</newsItem>
"""

NINJS_1 = json.dumps(
    {
        "uri": "urn:example:test:2024:0305",
        "type": "text",
        "language": "en-GB",
        "versioncreated": "2024-03-05T21:15:00Z",
        "firstcreated": "2024-03-05T18:00:00Z",
        "headline": "Nordic ministers agree to meet again in Oslo",
        "body_text": (
            "Oslo, March 5 - The foreign ministers of the Nordic countries held talks by video"
            "\ncall on Tuesday.\n\nThey will meet in person in Oslo in May, the host said."
        ),
    }
)

NINJS_1_TEXT = (
    "Nordic ministers agree to meet again in Oslo\n\n"
    "Oslo, March 5 - The foreign ministers of the Nordic countries held talks by video "
    "call on Tuesday.\n\n"
    "They will meet in person in Oslo in May, the host said.\n"
)

NINJS_2 = json.dumps(
    {
        "uri": "urn:example:test:2024:1102",
        "type": "text",
        "language": "fr",
        "firstcreated": "2024-11-02T08:30:00+01:00",
        "headlines": [{"role": "main", "value": "Visite du Premier ministre à Rabat"}],
        "bodies": [
            {
                "role": "main",
                "contenttype": "text/html",
                "value": "<p>Rabat, 2 novembre - Le Premier ministre est arrivé samedi.</p>"
                "<p>Il doit rencontrer le roi <b>dimanche</b>.</p>",
            }
        ],
    },
    ensure_ascii=False,
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Sommet à Addis-Abeba | Le Quotidien d'essai</title>
  <meta property="og:title" content="Les chefs d'État africains réunis à Addis-Abeba">
  <meta property="article:published_time" content="2024-02-17T10:00:00+03:00">
</head>
<body>
  <nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Les chefs d'État africains réunis à Addis-Abeba</h1>
    <p>Addis-Abeba, 17 février 2024 - Les dirigeants de l'Union africaine ont ouvert samedi
       leur sommet annuel au siège de l'organisation, consacré cette année à l'éducation.</p>
    <p>Le président de la Commission a appelé les États membres à tenir leurs engagements
       avant la prochaine réunion, prévue en juillet.</p>
  </article>
  <footer>Abonnez-vous à notre lettre — mentions légales — © Le Quotidien d'essai</footer>
  <script>console.log("mesure d'audience");</script>
</body>
</html>
"""

LATIN1_STORY = (
    "Entretien à Genève\n"
    "Le ministre français s'est entretenu jeudi à Genève avec son homologue suisse, "
    "a indiqué le ministère. Une réunion des deux délégations est prévue à Berne.\n"
)


def docx_bytes(paragraphs: list[str], *, language: str = "") -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(paragraphs[0], level=1)
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    document.core_properties.language = language
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(lines: list[str] | None) -> bytes:
    """A one-page PDF written by hand: its lines in Helvetica (a text layer), or with
    `lines=None` a page with nothing but a grey box, as a scan offers a text reader."""
    if lines is None:
        content = b"0.5 g 72 72 468 648 re f"
    else:
        shown = []
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            shown.append(f"({escaped}) Tj T*")
        content = "\n".join(["BT", "/F1 11 Tf", "16 TL", "72 720 Td", *shown, "ET"]).encode(
            "cp1252"
        )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (fr-FR) >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(pdf)
