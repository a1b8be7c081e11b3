"""The document's shape: its sentences (cuts inside a line repaired), which of them are photo
captions and which are headlines or subheads, and the tense of the verb at an offset.

A caption ("( AFP / ... )", "[File: ...]", "Photo caption:") is not read at all; a heading (a
short line without final punctuation, and the first line unless it ends a clause) only adds
evidence to events found in the body.
"""

import bisect
import re

from . import temporal
from .model import Article, Sentence

_CAPTION = re.compile(
    r"\(\s*(?:AFP|Reuters|AP|EPA|Getty)[^()]*\)\s*$|\[\s*(?:File|Photo|Image|Pictured)\s*:[^\]]*\]"
    r"\s*$|\bpose\s+for\s+(?:a\s+)?(?:photos?|pictures?)\b|\bposent\s+pour\s+(?:une\s+)?photo"
    r"|^\s*(?:Photo|Crédit|Credit|Légende|(?:Photo\s+)?[Cc]aption)\s*:|^\s*Photo\s+caption\s*:",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'»”’)\]]*$")


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
    first_line = True
    for sentence in out:
        line_start = line_starts[bisect.bisect_right(line_starts, sentence.start) - 1]
        line_end = article.text.find("\n", sentence.start)
        line = article.text[line_start : line_end if line_end >= 0 else len(article.text)].strip()
        sentence.caption = bool(_CAPTION.search(line))
        ends_clause = line.rstrip().endswith((".", "!", "?", '"', "»", "”", ":"))
        # a headline or subhead: a short line without final punctuation
        if not ends_clause and len(line.split()) <= 14:
            sentence.heading = True
        if first_line and line:
            sentence.heading = sentence.heading or not ends_clause
            first_line = False
    return out


def _repair_splits(text: str, sentences: list) -> list:
    """The parser sometimes cuts inside a name ("Kim Jong | Un", "Addis | -Abeba"): within
    one line, a sentence only ends after final punctuation."""
    repaired = []
    for sentence in sentences:
        if repaired:
            previous = repaired[-1]
            gap = text[previous.end : sentence.start]
            if "\n" not in gap and not _SENTENCE_END.search(previous.text):
                merged_end = sentence.end
                repaired[-1] = Sentence(
                    previous.start, merged_end, text[previous.start : merged_end]
                )
                continue
        repaired.append(sentence)
    return repaired


def tense_at(article: Article, absolute: int):
    """French: the tense of the verb that governs the token at `absolute` in the parse."""
    token = article.token_at.get(absolute)
    if token is None:
        return None
    seen = 0
    while token is not None and seen < 8:
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


def _french_verb_tense(token):
    morph = token.morph
    verb_form = morph.get("VerbForm")
    mood = morph.get("Mood")
    tense = morph.get("Tense")
    auxiliaries = [child for child in token.children if child.dep_.startswith("aux")]
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
    head = token.head
    if "Inf" in verb_form and head.i != token.i and head.pos_ in ("VERB", "AUX"):
        lowered = head.text.lower()
        if lowered in (
            "va",
            "vont",
            "doit",
            "doivent",
            "devrait",
            "devraient",
            "devra",
            "devront",
            "allait",
            "allaient",
        ):
            return "future"
        return _french_verb_tense(head)
    if "Cnd" in mood or "Fut" in tense:
        return "future"
    if "Imp" in tense or "Past" in tense:
        return "past"
    if "Pres" in tense:
        return "present"
    return None
