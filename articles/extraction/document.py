"""The document's shape: its sentences (cuts inside a line repaired), which of them are photo
captions and which are headlines or subheads, and the tense of the verb at an offset.

A caption ("( AFP / ... )", "[File: ...]", "Photo caption:") is not read at all; a heading (a
short line without final punctuation, and the first line unless it ends a clause) only adds
evidence to events found in the body. An agenda ("Lundi 16 juin" then "09h00 – Entretien avec
M. X", "Monday, June 16" then "10:30 - Bilateral with...") lists items under day headings: each
item is read as a sentence of its own, dated by its heading (`agenda_items`).
"""

import bisect
import re
from datetime import date, timedelta

from . import temporal
from .model import Article, Sentence
from .participants import Party

_CAPTION = re.compile(
    r"\(\s*(?:AFP|Reuters|AP|EPA|Getty)[^()]*\)\s*$|\[\s*(?:File|Photo|Image|Pictured)\s*:[^\]]*\]"
    r"\s*$|\bpose\s+for\s+(?:a\s+)?(?:photos?|pictures?)\b|\bposent\s+pour\s+(?:une\s+)?photo"
    r"|^\s*(?:Photo|Crédit|Credit|Légende|(?:Photo\s+)?[Cc]aption)\s*:|^\s*Photo\s+caption\s*:",
    re.IGNORECASE,
)


def sentences(article: Article) -> list[Sentence]:
    """The article's sentences, a line break always ending one, captions and headings marked."""
    out = []
    for span in article.doc.sents:
        start = span.start_char
        for piece in re.split(r"(\n+)", article.text[span.start_char : span.end_char]):
            if piece and not piece.startswith("\n"):
                stripped = piece.strip()
                if stripped:
                    lead = len(piece) - len(piece.lstrip())
                    s = start + lead
                    out.append(Sentence(s, s + len(stripped), stripped))
            start += len(piece)
    out = _repair_splits(article.text, out)
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", article.text)]
    # What a line says (caption, heading) is read once per line, not once per sentence: on a
    # text of one long line, reading it per sentence made the work grow with its square.
    lines: dict[int, tuple[str, bool, bool, bool]] = {}
    first_line = True
    for sentence in out:
        index = bisect.bisect_right(line_starts, sentence.start) - 1
        if index not in lines:
            lines[index] = _read_line(article.text, line_starts, index)
        line, caption, ends_clause, short = lines[index]
        sentence.caption = caption
        # a headline or subhead: a short line without final punctuation
        if not ends_clause and short:
            sentence.heading = True
        if first_line and line:
            sentence.heading = sentence.heading or not ends_clause
            first_line = False
    agenda_items(article, out)
    return out


# "09h00 –", "10:30 -", "9.30am:", "- ", "• ": an item of an agenda or a schedule
_ITEM_START = re.compile(
    r"^(?:\d{1,2}\s*(?:h|:|\.)\s*\d{0,2}\s*(?:a\.?m\.?|p\.?m\.?)?\s*[–—:-]|[–—•*-]\s)",
    re.IGNORECASE,
)
# a line that is a day and nothing more: "Lundi 16 juin", "Monday, June 16", "Mardi 17 juin 2025"
_DAY_LINE_WORDS = re.compile(r"^[\w\s,.'’-]{3,40}$")


def agenda_items(article: Article, out: list[Sentence]) -> None:
    """Marks the items of an agenda with the day they are listed under: a text with two day
    headings or more (a line that is only a date) has one; its items are the lines under a
    heading that start with a clock time or a dash, or that have no final punctuation. The
    person the agenda belongs to is the first named before the first day heading."""
    days = []
    for index, sentence in enumerate(out):
        if not sentence.heading or not _DAY_LINE_WORDS.match(sentence.text):
            continue
        # "MONDAY": a heading in capitals is read as the day it names
        line = sentence.text.title() if sentence.text.isupper() else sentence.text
        found = temporal.find_time_expressions(
            line, language=article.language, published=article.published
        )
        if (
            len(found) == 1
            and found[0].precision == "day"
            and found[0].end - found[0].start >= len(sentence.text.strip(" ,.")) - 2
        ):
            days.append((index, found[0].value))
    if len(days) < 2:
        return
    days = _in_sequence(days, out)
    bounds = days + [(len(out), None)]
    for (first, day), (after, _next_day) in zip(bounds, bounds[1:], strict=False):
        in_section = True
        for sentence in out[first + 1 : after]:
            if sentence.heading and sentence.text.isupper():
                break  # "FURTHER AHEAD", "RAPPEL": a heading in capitals ends the day's section
            line_start = sentence.start == 0 or article.text[sentence.start - 1] == "\n"
            if line_start and (
                _ITEM_START.match(sentence.text)
                or not _ends_sentence(article.text, sentence.start, sentence.end)
            ):
                sentence.agenda_day = day
                sentence.heading = False
            elif sentence.heading:
                in_section = False  # a subheading ends the day's paragraphs
            elif in_section:
                # "MONDAY / ASEAN foreign ministers meet in Vientiane.": a diary's paragraph
                # under the day; its own date, if any, comes first
                sentence.day_heading = day
    owner_end = out[days[0][0]].start
    for match in article.matches:
        if match.start >= owner_end:
            break
        if match.actor is not None and match.actor.type == "person":
            article.agenda_owner = Party(
                match.actor.name, "person", match.start, match.end, match.actor.country, "agenda"
            )
            return
    for start, end, name in article.unknown_people:
        if start < owner_end:
            person = article.gazetteer.actor(name)
            country = person.country if person is not None else None
            article.agenda_owner = Party(name, "person", start, end, country, "agenda")
            return


def _in_sequence(days: list, out: list) -> list:
    """Day headings follow each other: "MONDAY ... THURSDAY" in a diary of the week ahead
    written on a Sunday is the Thursday after that Monday, not the one before the writing,
    whichever is nearer. A heading that names only a weekday moves on by weeks until it comes
    after the heading before it."""
    in_order = []
    for index, value in days:
        if in_order and not re.search(r"\d", out[index].text):
            day = date.fromisoformat(value)
            while day.isoformat() < in_order[-1][1]:
                day += timedelta(days=7)
            value = day.isoformat()
        in_order.append((index, value))
    return in_order


def _read_line(text: str, line_starts: list[int], index: int) -> tuple[str, bool, bool, bool]:
    """Line `index` of the text, stripped: (its text, a caption, ends a clause, 14 words or
    fewer)."""
    end = line_starts[index + 1] - 1 if index + 1 < len(line_starts) else len(text)
    line = text[line_starts[index] : end].strip()
    ends_clause = line.rstrip().endswith((".", "!", "?", '"', "»", "”", ":"))
    short = len(line.split(None, 14)) <= 14
    return line, bool(_CAPTION.search(line)), ends_clause, short


_STARTS_WITH_STOP = re.compile(r"([.!?…]+[\"'»”’)\]]*)\s+")


_DATE_LABEL = re.compile(
    r"[–—•*\-\s]*(?:\d[\w\s.,'’-]{0,28}"
    rf"|(?:(?:early|mid|late|début|fin|mi)[-\s]+)?(?:{temporal.EN_MONTH}|{temporal.FR_MONTH})"
    rf"(?:\s+{temporal.YEAR})?\s*):",
    re.IGNORECASE,
)


def _repair_splits(text: str, sentences: list) -> list:
    """The parser sometimes cuts inside a name ("Kim Jong | Un", "Addis | -Abeba"): within
    one line, a sentence only ends after final punctuation."""
    spans: list[list[int]] = []
    for sentence in sentences:
        start = sentence.start
        if spans and _STARTS_WITH_STOP.match(text, start, sentence.end):
            # "... avec les israéliens | . À ce propos": the parser left the full stop to the
            # next sentence; it ends the one before
            stop = _STARTS_WITH_STOP.match(text, start, sentence.end)
            if "\n" not in text[spans[-1][1] : start]:
                spans[-1][1] = start + len(stop.group(1))
                start = stop.end()
                if start >= sentence.end:
                    continue
                sentence = Sentence(start, sentence.end, text[start : sentence.end])
        if spans:
            previous = spans[-1]
            gap = text[previous[1] : sentence.start]
            # the end of the sentence so far: only its last characters are read, never the
            # whole of a sentence growing by repairs
            if "\n" not in gap and (
                not _ends_sentence(text, previous[0], previous[1])
                # "– 14 et 15 octobre : Conseil exécutif de l'UA": a date labelling the item
                # that follows it on the line
                or _DATE_LABEL.fullmatch(text, previous[0], previous[1])
            ):
                previous[1] = sentence.end
                continue
        spans.append([sentence.start, sentence.end])
    return [Sentence(start, end, text[start:end]) for start, end in spans]


def _ends_sentence(text: str, start: int, end: int) -> bool:
    r"""The span ends with final punctuation, then closing quotes or brackets (the regex
    `[.!?…:;]["'»”’)\]]*$`), read from its end only."""
    closers = "\"'»”’)]"
    while end > start and text[end - 1] in closers:
        end -= 1
    return end > start and text[end - 1] in ".!?…:;"


# the simple future's endings, not those of a passé simple ("déclara", "entra", "assura")
_FRENCH_FUTURE_ENDING = re.compile(
    r"(?:era|rra|dra|vra|ira|aura|ront|rons|rez|rai|ras)$", re.IGNORECASE
)
# and some conditionals as imperfects ("constituerait", "informerait": Tense=Imp); the future
# stem before the ending says ("déclarait", "ouvrait", "montrait" are imperfects)
_FRENCH_CONDITIONAL_ENDING = re.compile(
    r"(?:er|rr|dr|evr|aur)(?:ais|ait|ions|iez|aient)$", re.IGNORECASE
)


def tense_at(article: Article, absolute: int):
    """French: the tense of the verb that governs the token at `absolute` in the parse."""
    token = article.token_at.get(absolute)
    if token is None:
        return None
    seen = 0
    while token is not None and seen < 8:
        if token.pos_ == "AUX" and token.dep_.startswith("aux") and token.head.i != token.i:
            # a meeting word that starts at its auxiliary ("a reçu"): the participle it helps
            # carries the compound tense, the auxiliary alone only its present
            token = token.head
            seen += 1
            continue
        if token.pos_ in ("VERB", "AUX"):
            return _french_verb_tense(token)
        if token.head.i == token.i:
            break
        token = token.head
        seen += 1
    return None


def sentence_tense(article: Article, sentence: Sentence, rel: int):
    """The tense at `rel` in the sentence: the French parse, else the tagger's clause reading."""
    if article.language == "fr" and article.token_at:
        tense = tense_at(article, sentence.start + rel)
        if tense:
            return tense
    return temporal.clause_tense(sentence.text, rel, language=article.language)


# "doit recevoir", "allait rencontrer": a modal or "aller" whose infinitive lies ahead
_MODAL_AHEAD = frozenset(
    "va vont doit doivent devrait devraient devra devront allait allaient".split()
)


def _governor_tense(head):
    """The tense an infinitive takes from the verb it depends on ("doit recevoir")."""
    if head.text.lower() in _MODAL_AHEAD:
        return "future"
    return _french_verb_tense(head)


def _french_verb_tense(token):
    morph = token.morph
    verb_form = morph.get("VerbForm")
    mood = morph.get("Mood")
    tense = morph.get("Tense")
    auxiliaries = [child for child in token.children if child.dep_.startswith("aux")]
    head = token.head
    if (
        auxiliaries
        and all("Inf" in aux.morph.get("VerbForm") for aux in auxiliaries)
        and head.i != token.i
        and head.pos_ in ("VERB", "AUX")
    ):
        # "doit être reçu lundi", "va être accueilli": an infinitive auxiliary has no tense
        # of its own; the verb it depends on has
        return _governor_tense(head)
    for aux in auxiliaries:
        aux_tense = aux.morph.get("Tense")
        aux_mood = aux.morph.get("Mood")
        if "Cnd" in aux_mood:
            return "past" if "Part" in verb_form else "future"
        if "Fut" in aux_tense:
            return "future"
        if aux.lemma_ in ("devoir", "aller") or aux.text.lower().startswith(
            ("doi", "dev", "va", "vont")
        ):
            if aux.text.lower() in ("va", "vont", "doit", "doivent", "devrait", "devraient"):
                return "future"
        if "Part" in verb_form or "Past" in tense:
            return "past"
    if "Inf" in verb_form and head.i != token.i and head.pos_ in ("VERB", "AUX"):
        return _governor_tense(head)
    if "Cnd" in mood or "Fut" in tense:
        return "future"
    if "Fin" in verb_form and (
        _FRENCH_FUTURE_ENDING.search(token.text) or _FRENCH_CONDITIONAL_ENDING.search(token.text)
    ):
        # the tagger reads some futures and conditionals as pasts ("recevra": Tense=Past,
        # "constituerait": Tense=Imp); the ending says
        return "future"
    if "Imp" in tense or "Past" in tense:
        return "past"
    if "Pres" in tense:
        return "present"
    return None
