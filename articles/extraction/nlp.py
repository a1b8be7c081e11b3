"""The spaCy pipelines: which one reads an article of each language, loaded once per process.

French: `fr_core_news_md` (lemmatizer excluded). English: the project's tagger and parser trained
on UD English EWT (`models/en_ewt`), or on demand (EXTRACTION_ENGLISH_MODEL=blank) an installed
`en_core_web_*` model or a blank pipeline with a sentencizer. In every parsed pipeline a line
break starts a sentence.

`chunks` cuts a text longer than `CHUNK_CHARACTERS` into pieces at line breaks (else sentence
ends, else spaces): the engine reads each as an article of its own (`pipeline.Extractor`).
"""

import bisect
import os
import re
from pathlib import Path

_MODELS: dict = {}


NEWLINE_COMPONENT = "newline_sentences"


_LINE_BREAKS = re.compile(r"\n[\n \t]*")


def _register_newline_component():
    from spacy.language import Language

    if Language.has_factory(NEWLINE_COMPONENT):
        return

    @Language.component(NEWLINE_COMPONENT)
    def newline_sentences(doc):
        """A line break ends a sentence (headlines, captions, datelines): set before the parser
        so that no dependency arc crosses from a caption into the next paragraph."""
        if len(doc) < 2:
            return doc
        starts = doc.to_array("IDX").tolist()
        for newline in _LINE_BREAKS.finditer(doc.text):
            index = bisect.bisect_right(starts, newline.start())
            if 0 < index < len(doc) and not doc[index].is_space:
                doc[index].is_sent_start = True
        return doc


def french_nlp():
    """fr_core_news_md, loaded once per process; the lemmatizer is not used."""
    if "fr" not in _MODELS:
        import spacy

        _register_newline_component()
        nlp = spacy.load("fr_core_news_md", exclude=["lemmatizer"])
        nlp.add_pipe(NEWLINE_COMPONENT, before="parser")
        _MODELS["fr"] = nlp
    return _MODELS["fr"]


# The project's English pipeline: tagger, morphologizer and parser trained on UD English EWT
# (CC BY-SA 4.0) by `make train-en`; see models/README.md. The engine's default since session
# 10, when the sides stage began to read the parse in English as in French (which verb a party
# hangs from). EXTRACTION_ENGLISH_MODEL=blank gives the former pipeline (an installed
# en_core_web_* model, else a blank one with a sentencizer), for comparison.
ENGLISH_MODEL = Path(__file__).resolve().parent / "models" / "en_ewt"
ENGLISH_DEFAULT = "ewt"


def english_model():
    """The committed models/en_ewt pipeline (tagger, morphologizer, parser), loaded once per
    process, with the engine's line-break sentence marker before the parser."""
    if "en_ewt" not in _MODELS:
        import spacy

        _register_newline_component()
        nlp = spacy.load(ENGLISH_MODEL)
        nlp.add_pipe(NEWLINE_COMPONENT, before="parser")
        _MODELS["en_ewt"] = nlp
    return _MODELS["en_ewt"]


def english_nlp():
    """The engine's English pipeline, loaded once per process: models/en_ewt unless
    EXTRACTION_ENGLISH_MODEL=blank (or the model is missing); else an installed en_core_web_*
    model when there is one, else a blank pipeline + sentencizer."""
    if "en" not in _MODELS:
        import spacy

        nlp = None
        wanted = os.environ.get("EXTRACTION_ENGLISH_MODEL") or ENGLISH_DEFAULT
        if wanted == "ewt" and (ENGLISH_MODEL / "meta.json").is_file():
            nlp = english_model()
        for name in ("en_core_web_md", "en_core_web_sm", "en_core_web_lg", "en_core_web_trf"):
            if nlp is not None:
                break
            try:
                nlp = spacy.load(name, exclude=["lemmatizer"])
            except (OSError, ImportError):
                continue
        if nlp is None:
            nlp = spacy.blank("en")
            nlp.add_pipe("sentencizer")
        _MODELS["en"] = nlp
    return _MODELS["en"]


def nlp_for(language: str):
    """The pipeline that reads an article in `language`."""
    return french_nlp() if language == "fr" else english_nlp()


# A text up to this long is read as one article (every article of the corpora is under 5,000
# characters). A longer one is read in pieces of at most this size: fr_core_news_md's peak
# memory grows with the length of the Doc it parses (about 3.4 MB per 1,000 characters, 1.4 GB
# for 300,000), and some of the engine's stages with the square of the article's length.
CHUNK_CHARACTERS = 50_000

_CUTS = (
    re.compile(r"\n[\n \t]*"),  # a line break: the engine's sentences never cross one
    re.compile(r"[.!?…][\"'»”’)\]]*\s+(?=[A-ZÀ-ÖØ-Þ«\"“(\d])"),  # a sentence end
    re.compile(r"\s+"),  # at least between words
)


def chunks(text: str, size: int | None = None) -> list[str]:
    """`text` in consecutive pieces of at most `size` characters (at least half of it, but the
    last), cut after a line break, else after a sentence end, else after a space, in the
    second half of each piece: "".join(chunks(text)) == text."""
    size = size or CHUNK_CHARACTERS
    pieces = []
    position = 0
    while len(text) - position > size:
        window_end = position + size
        cut = window_end
        for pattern in _CUTS:
            ends = [
                match.end() for match in pattern.finditer(text, position + size // 2, window_end)
            ]
            if ends:
                cut = ends[-1]
                break
        pieces.append(text[position:cut])
        position = cut
    pieces.append(text[position:])
    return pieces
