"""The extraction engine: article text -> diplomatic meetings (DESIGN.md, "Extraction contract").

One pass per article: sentence split and morphology (spaCy `fr_core_news_md` for French; a blank
English pipeline with a sentencizer, an installed `en_core_web_*` model, or on demand the project's
tagger and parser trained on UD English EWT, `models/en_ewt`, for English), one
gazetteer pass over the whole text, then per sentence: triggers -> dates -> status -> parties ->
location. Mentions of the same meeting are merged into one event with several evidences.
"""

import bisect
import dataclasses
import os
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from . import confidence, temporal
from .gazetteer import Gazetteer, default_gazetteer, fold
from .language import detect_language
from .participants import (
    _DEFINITE_ROLE,
    _PRONOUN_SUBJECT,
    BACKREF,
    ROLE_NOUNS,
    ParticipantFinder,
    Party,
    backref_count,
    role_group,
    unknown_people,
)
from .triggers import Trigger, find_triggers

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
# (CC BY-SA 4.0) by `make train-en`; see models/README.md. Not the engine's default yet: the
# English rules do not read the parse, and on the eval sets it changes one dev match (a sentence
# boundary the sentencizer missed) for about 30% of throughput. EXTRACTION_ENGLISH_MODEL=ewt
# makes the engine use it; ENGLISH_DEFAULT turns it on for everyone.
ENGLISH_MODEL = Path(__file__).resolve().parent / "models" / "en_ewt"
ENGLISH_DEFAULT = "blank"


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
    """The engine's English pipeline, loaded once per process: models/en_ewt when chosen
    (EXTRACTION_ENGLISH_MODEL=ewt) and there; else an installed en_core_web_* model when there is
    one, else a blank pipeline + sentencizer."""
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
    return french_nlp() if language == "fr" else english_nlp()


def _person_party(person, sentence, match, via: str) -> Party:
    """A gazetteer person standing for the words `match` found in `sentence` (a role, a
    back-reference, a pronoun), with the span of those words in the article."""
    return Party(
        person.name,
        "person",
        sentence.start + match.start(),
        sentence.start + match.end(),
        person.country,
        via,
    )


_CAPTION = re.compile(
    r"\(\s*(?:AFP|Reuters|AP|EPA|Getty)[^()]*\)\s*$|\[\s*(?:File|Photo|Image|Pictured)\s*:[^\]]*\]"
    r"\s*$|\bpose\s+for\s+(?:a\s+)?(?:photos?|pictures?)\b|\bposent\s+pour\s+(?:une\s+)?photo"
    r"|^\s*(?:Photo|Crédit|Credit|Légende|(?:Photo\s+)?[Cc]aption)\s*:|^\s*Photo\s+caption\s*:",
    re.IGNORECASE,
)
_CANCEL = re.compile(
    r"\bannul\w*|\breport(?:é|ée|és|ées|er|e|era|erait)\b|\brepouss\w+|\bcancel+(?:ed|s|led|"
    r"ing|ation)?\b|\bcalled\s+off\b|\bpostpon\w+|\bpulled\s+out\b|\bscrapped\b|\bcall\s+off\b"
    r"|\bne\s+(?:pourra|viendra|se\s+tiendra|aura)\s+(?:finalement\s+)?pas\b"
    r"|\bpushed\s+back\b|\bput\s+off\b|\brescheduled\b|\bdécal[ée]e?s?\b"
    r"|\bdelayed\s+(?:to|until|till)\b|\bput\s+on\s+hold\b|\bshelved\b"
    r"|\bmise?s?\s+en\s+suspens\b|\bgelée?s?\b"
    # "which had been set for Aug. 28, will now take place on Oct. 2": a new date
    r"|\bwill\s+now\s+(?:take\s+place|be\s+held|open|begin|start)\b"
    r"|\b(?:se\s+tiendra|aura\s+lieu|s['’]ouvrira|débutera)\s+finalement\b"
    # "the talks were supposed to begin on March 10": a past plan that did not hold
    r"|\b(?:was|were)\s+supposed\s+to\b|\bétai(?:en)?t\s+censée?s?\b",
    re.IGNORECASE,
)
_PAST_PLAN = re.compile(
    r"\b(?:was|were)\s+supposed\s+to\b|\bétai(?:en)?t\s+censée?s?\b", re.IGNORECASE
)
_NEW_DATE_BEFORE = re.compile(
    r"(?:report\w*|repouss\w*|décal\w*|postpon\w*|pushed\s+back|delayed|moved|rescheduled"
    r"|will\s+now\s+(?:take\s+place|be\s+held|open|begin|start)"
    r"|(?:se\s+tiendra|aura\s+lieu|s['’]ouvrira|débutera)\s+finalement)"
    r"\s+(?:(?:à|au|en|pour|jusqu['’]\w*|to|until|till|for|on|le|les|du)\b[^.;,]{0,30}|"
    r"(?:à|au|en|pour|to|until|till|for|on|le|les|du)\s*)?$",
    re.IGNORECASE,
)
_SCHEDULED = re.compile(
    r"\bprévu\w*|\bprogramm\w+|\bdoi[tv]ent\b|\bdoit\b|\bdevr\w+|\bdevai[te]nt?\b|\bva\b|\bvont\b"
    r"|\bprochaine?s?\b|\bà\s+venir\b|\bwill\b|\bwould\b|\bdue\s+to\b|\bscheduled\b|\bplanned\b"
    r"|\bplanning\b|\bupcoming\b|\bnext\s+(?:week|month|year)\b|\bset\s+to\b|\bexpected\s+to\b"
    r"|\bis\s+to\b|\bare\s+to\b|\bgoing\s+to\b|\bplans?\s+to\b",
    re.IGNORECASE,
)
_ANOTHER = re.compile(
    r"\b(?:précédent|précédente|dernier|dernière|autre|previous|earlier|last|another|first)\s+$",
    re.IGNORECASE,
)
_ALSO = re.compile(r"\b(?:également|aussi|ensuite|puis|also|then|as\s+well|too)\b", re.IGNORECASE)
_AFTER_BEFORE = re.compile(
    r"\b(?:fait\s+suite|suite\s+à|après|avant|following|after|before|since|depuis)\b",
    re.IGNORECASE,
)
_VAGUE_DATE = re.compile(
    r"semaine|week|soon|bientôt|prochainement|shortly|ces\s+derniers|these\s+days|recent"
    r"|this\s+month|ce\s+mois|later|plus\s+tard|courant",
    re.IGNORECASE,
)
_VENUE_BEFORE = re.compile(
    r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of|en\s+marge\s+d[ue]|lors\s+d[ue]"
    r"|à\s+l['’]occasion\s+d[ue])\s+(?:the\s+|le\s+|la\s+|l['’])?(?:[\w()\-]+\s+){0,5}$",
    re.IGNORECASE,
)
# "une éventuelle rencontre", "a possible visit": a meeting that may never be planned
_HEDGE_BEFORE = re.compile(
    r"\b(?:possible|possibility\s+of|éventuel(?:le)?s?|hypothétique|prospect\s+of|idea\s+of"
    r"|idée\s+d['’]une?|hopes?\s+for|espoir\s+d['’]une?|hopes?\s+to|hoping\s+to|wants?\s+to"
    r"|would\s+like\s+to|espère|souhaite(?:rait)?|voudrait|aimerait|pourrait|envisage(?:ait)?"
    r"\s+de|considering|could|might)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# "Speculation of a meeting ... gathered steam": the whole sentence reports talk of a meeting
_HEDGED_SENTENCE = re.compile(
    r"^\W*(?:speculation|spéculations?|rumou?rs?|les\s+rumeurs|talk\s+of)\b", re.IGNORECASE
)
# "il pourrait rencontrer X dans la seconde quinzaine de janvier": a possibility given a date of
# its own is a planned meeting, unlike a wish ("hopes to meet") or an undated possibility
_POSSIBILITY = re.compile(
    r"\b(?:pourrait|pourraient|could|might|may)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_UPCOMING = re.compile(
    r"\b(?:upcoming|forthcoming|imminent|à\s+venir|prochaine?\s+(?:visite|voyage|tournée"
    r"|sommet|rencontre))\b",
    re.IGNORECASE,
)
_CLAUSE_BOUNDARY = re.compile(r"[;:]|,\s|\bqu(?:e|i)\b|\bthat\b|\bwhich\b|\bwho\b")
_OTHER_EVENT = re.compile(
    r"\b(?:address|speech|statement|interview|briefing|press\s+conference|election|vote|attack"
    r"|strike|exercise|drill|parade|ceremony|rally|protest|announcement|tweet|discours"
    r"|déclaration|attaque|attentat|grève|élection|manifestation|exercice|cérémonie)s?\b",
    re.IGNORECASE,
)
_EDITORIAL_NOTE = re.compile(r"[-–]?\s*N\.?D\.?L\.?R\.?\b")
_BRACKETED_AFTER = re.compile(r"^[^\[\(.;]{0,30}[\[\(]\s*$")
_COORDINATION = re.compile(r"\s(?:et|and|puis|then|mais|but)\s|;", re.IGNORECASE)
_ATTENDS = re.compile(
    r"^[^.;]{0,80}?\b(?:pour\s+(?:participer|assister)\s+(?:au|à\s+la|aux)|to\s+attend"
    r"|pour\s+(?:le|la|les)|for\s+the)"
    r"\s+(?:\w+\s+){0,3}?(?:sommet|summit|conférence|conference|réunion|meeting)",
    re.IGNORECASE,
)
# "se retrouver le 20 juin pour un sommet", "due to meet in Arusha for a summit": a meeting
# verb whose purpose adjunct names the encounter takes that noun's kind
_PURPOSE_KIND = re.compile(
    r"[^.;:]{0,70}?\b(?:pour|for)\s+(?:(?:un|une|des|le|la|les|leur|leurs|a|an|the|their|its)\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(sommets?|summits?|pourparlers|talks|n[ée]gociations|negotiations"
    r"|conf[ée]rences?)\b",
    re.IGNORECASE,
)
_PURPOSE_KINDS = {"somm": "summit", "summ": "summit", "conf": "conference"}
# "NAIROBI, March 20, 2024 -", "Genève, 14 mars 2024 -", "JEDDAH, Saudi Arabia, May 12 (Reuters) -":
# a dateline says when the story was filed, never when a meeting took place
_DATELINE = re.compile(
    r"\s*[A-ZÀ-Ý][\w'’.\- ]{1,40}(?:,\s*[\w'’.\- ]{1,30}){0,2},\s*[\w. ]{0,20}\d[\w. ,]{0,20}?"
    r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]\s"
)
_FORWARD = re.compile(r"prochain|next|coming|à\s+venir|upcoming|soon|bientôt", re.IGNORECASE)
_BACKWARD = re.compile(r"dernier|dernière|last|past|passé|earlier", re.IGNORECASE)
# future and conditional endings ("rencontrera", "se rendrait"): a plan when written
_FRENCH_FUTURE_VERB = re.compile(r"\w(?:rai|ras|ra|rons|rez|ront|rait|raient)$", re.IGNORECASE)
# a stretch of time, not the date of an encounter: "over the past week", "au cours des derniers"
_PERIOD_TEXT = re.compile(r"(?:over|during|throughout|au\s+cours|ces\s+derni)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'»”’)\]]*$")
_SEPARATE_BEFORE = re.compile(
    r"\b(?:separate|distinct|séparés?|séparées?|distincts?)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r";|,\s*(?:a|ont|avait)\s+(?:\w+\s+){0,2}?(?:annoncé|indiqué|déclaré|précisé|ajouté)"
    r"|\b(?:alors\s+que|tandis\s+que|while|whereas|as\s+the|amid)\b"
    r"|,\s*(?:\w+\s+){0,4}?(?:said|says|told|added)\b",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose|qui|dont)\b[^,;.]*[,;]", re.IGNORECASE)
_POSSESSIVE_ROLE = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:emir|king|queen|president|prime\s+minister|leader|foreign\s+minister"
    r"|crown\s+prince|chancellor|envoy|ambassador|minister)"
    # "U.S. President Donald Trump", "Saudi Arabia Foreign Minister X": the country is the
    # person's, not a side of its own
    r"|(?-i:\s+(?:Vice\s+|Deputy\s+|Foreign\s+|Defen[cs]e\s+|Special\s+|Trade\s+)?"
    r"(?:President|Prime\s+Minister|Secretary|Chancellor|Envoy|Ambassador|Minister|King|Emir"
    r"|Crown\s+Prince|Leader)\s+[A-Z])",
    re.IGNORECASE,
)
_ROLE_OF = re.compile(
    r"\b(?:émir|emir|roi|reine|président|présidente|premier\s+ministre|prince\s+héritier|king"
    r"|queen|president|prime\s+minister|emir|crown\s+prince)\s+(?:du|de\s+la|de\s+l['’]|des|of"
    r"(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
_COUNTRY_BACKREF = {
    "fr": re.compile(
        r"\b(?:les|des|ces|leurs)\s+(?P<n>deux|trois|quatre)\s+(?:pays|capitales|gouvernements)\b",
        re.I,
    ),
    "en": re.compile(
        r"\bthe\s+(?P<n>two|three|four)\s+(?:countries|nations|governments|capitals)\b"
        r"|\b(?P<both>both)\s+countries\b",
        re.I,
    ),
}
_WITH_AFTER = re.compile(r"\s+(?:with|avec)\b", re.IGNORECASE)
_DAYS_LONG = re.compile(
    r"\b(two|three|four|five|deux|trois|quatre|cinq|[2-7])[- ](?:day|days|jours?)\b", re.I
)
_ENDED = re.compile(
    r"\b(?:ended|concluded|wrapped\s+up|closed|achev\w+|termin\w+|clôtur\w+|pris\s+fin)\b"
    r"[^.;]{0,60}$",
    re.IGNORECASE,
)
_COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
}
# Words without which a sentence holds no date expression: digits, calendar and deictic words.
# Sentences without any are not sent to the temporal tagger.
_MAY_HAVE_DATE = re.compile(
    r"\d|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|f[ée]vrier|mars|avril"
    r"|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|hier|demain|aujourd|veille"
    r"|lendemain|semaine|mois|ann[ée]e|an|ans|week-end|weekend|soir|matin|midi|prochaine?s?"
    r"|derni[eè]re?s?|bient[oô]t|prochainement|d[ée]but|fin|mi|printemps|[ée]t[ée]|automne"
    r"|hiver|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul"
    r"|aug|sept?|oct|nov|dec|today|tonight|tomorrow|yesterday|week|month|year|years|next|last"
    r"|past|earlier|later|soon|early|late|mid|spring|summer|autumn|fall|winter|morning"
    r"|evening|afternoon|night|nuit|ago|weeks|months|days|jours?)\b",
    re.IGNORECASE,
)
_DEFINITE_BEFORE = re.compile(r"\b(?:le|la|les|l'|l’|ce|cette|ces|the|this|that)\s*$")
_SURNAME = re.compile(r"\b(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s+([A-ZÉ][\w\-]+)")
_PERIOD_BOUNDARY = re.compile(
    r"\b(?:since|depuis)\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+,?\s+(?:in|en|le|on)\s+$"
    r"|\b(?:depuis|since|jusqu['’](?:à|au|en)|until|till|d['’]ici|over|throughout"
    r"|over\s+the|in\s+the\s+(?:past|last)|au\s+cours\s+des)\s*(?:le\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)
# "Il s'agissait des premières discussions depuis...", "It was the first visit since...": the
# sentence describes a meeting already reported; it adds evidence, never a new event
_POINTS_BACK = re.compile(
    r"\W*(?:il\s+s['’]agi(?:t|ssait|ra)|c['’](?:était|est|étaient)|ce\s+(?:sont|furent|fut|seront)"
    r"|it\s+(?:was|is|will\s+be)|this\s+(?:was|is|will\s+be)|these\s+(?:were|are)|that\s+was)"
    r"\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:à|au|in)\s+[A-ZÀ-Ý]")
# ", three days after Trump's summit with Putin", ", deux semaines après le sommet de Lomé": a
# time adjunct that mentions an earlier (or later) meeting; its meeting is its own event, dated
# from the main clause's day, and its people are not parties of the main clause's meeting
_TIME_ADJUNCT = re.compile(
    r",\s*(?:(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux"
    r"|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?P<unit>days?|weeks?|jours?|semaines?)\s+)?"
    r"(?P<dir>after|before|following|après|avant)\s+(?=(?:the|a|an|his|her|their|its|nearly"
    r"|almost|some|more|le|la|les|l['’]|un|une|des|du|sa|son|ses|leurs?|(?-i:[A-Z][\w.-]+['’]s))"
    r"\b)",
    re.IGNORECASE,
)
_ADJUNCT_COUNTS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3,
    "four": 4, "quatre": 4, "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8,
    "huit": 8, "nine": 9, "neuf": 9, "ten": 10, "dix": 10,
}  # fmt: skip
# "Sheikh Tamim| bin Hamad Al Thani": capitalised words and particles running on from a name
_NAME_TAIL = re.compile(
    r"(?:[\s-]+(?:(?i:al|el|bin|ben|ibn|de|da|del|van|von)|[A-Z][\w'’-]*))*?[\s-]*$"
)
_ANAPHORA_BEFORE = re.compile(
    r"(?:^|\W)(?:the|this|these|that|le|la|les|l['’]|ce|cet|cette|ces)\s+(?:(?:previous|last|same"
    r"|précédente?s?|dernière?s?|même|first|second|third|fourth|fifth|premier|première"
    r"|deuxième|troisième|quatrième|cinquième|next|following|prochaine?)\s+)?"
    # "the next trilateral summit": a series' adjective between determiner and noun
    r"(?:(?:trilateral|bilateral|annual|regular|ordinary|extraordinary|informal|special)\s+)?$"
    # "a previous round in Rome", "une nouvelle session", "another round": the same parties
    r"|(?:^|\W)(?:(?:a|an|un|une)\s+(?:previous|earlier|new|fresh|further|second|third|précédente?"
    r"|nouvel(?:le)?|autre|deuxième|troisième)|another)\s+$",
    re.IGNORECASE,
)
# "the first such visit in 14 years", "une telle rencontre": a kind of meeting, not one
_SUCH_BEFORE = re.compile(
    r"\b(?:such(?:\s+an?)?|une?\s+tel(?:le)?s?|de\s+tel(?:le)?s?|pareil(?:le)?s?"
    r"|ce\s+genre\s+de|ce\s+type\s+de)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "are due to join the talks", "rejoindront les discussions": more people at a known meeting
_JOIN_BEFORE = re.compile(
    r"\b(?:join(?:s|ed|ing)?|rejoin\w*|se\s+joindr\w*\s+(?:à|aux)|se\s+join\w*\s+(?:à|aux))"
    r"\s+(?:the|these|those|les|la|le|l['’]|ces|cette)\s*$",
    re.IGNORECASE,
)
_FRONTED_PLAN = re.compile(
    r"\W*(?:(?:initialement|d['’]abord|originally|initially|first)\s+)?(?:prévue?s?|programmée?s?"
    r"|fixée?s?|planifiée?s?|annoncée?s?|scheduled|planned|set|slated)\s+[^,;.]{0,40},",
    re.IGNORECASE,
)
# ", le général X"; also "Qatar's ruler, Emir X": the country's role noun, then the name
_APPOSED = re.compile(
    r"(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?)?\s*,\s*(?:(?:le|la|l['’]|the)\s+)?(?:[\w-]+\s+){0,2}"
)
_TIME_PERSON_BEFORE = re.compile(
    r"\b(?:avant|après|depuis|before|after|since|until|jusqu['’]à)\s+(?:l['’]|la\s+|le\s+|the\s+)?"
    r"(?:arrivée\s+au\s+pouvoir|élection|investiture|départ|mort|décès|chute|arrival\s+in\s+power"
    r"|election|inauguration|departure|death|ouster|fall)\s+(?:de\s+|du\s+|d['’]|of\s+)"
    r"(?:M\.\s*|Mme\s*|(?:President|Prime\s+Minister|président|Premier\s+ministre)\s+)?$",
    re.IGNORECASE,
)
_SIDELINES_BEFORE = re.compile(
    r"(?:sidelines|margins)\s+of\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$|en\s+marge\s+d(?:u|e\s+la|e\s+l['’]"
    r"|es|e)\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)
_OF_VENUE = re.compile(r"\s+(?:de|d['’]|of)\s*")
_RELATIVE_START = re.compile(r",\s*(?:who|whose|qui|dont)\b", re.IGNORECASE)
_RELATIVE_WEEK = re.compile(
    r"\b(?:this|next|last)\s+week\b|\bcette\s+semaine\b|\bla\s+semaine\s+(?:prochaine|dernière"
    r"|passée)\b",
    re.IGNORECASE,
)
# "is set to visit Iraq on April 22, his first visit in a decade": the same visit, described
_APPOSED_FIRST = re.compile(
    r"(?:[,(]|\bon|\bduring|\blors\s+de|\bpour)\s*(?:his|her|their|its|sa|son|leur|the|la|le)\s+(?:first|premier|première|second"
    r"|deuxième|last|dernière?)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "s'étaient rencontrés le 19 octobre, une entrevue alors qualifiée d'historique", "they met in
# June, a meeting both sides called useful": a noun apposed to a meeting already named in the
# sentence says more about it; it is not another meeting
_APPOSED_AGAIN = re.compile(r",\s*(?:une?|an?)\s+$", re.IGNORECASE)
_LED_BY = re.compile(
    r"\s*,\s*(?:men[ée]e?s?|conduite?s?|pr[ée]sid[ée]e?s?|dirig[ée]e?s?|led|chaired|headed"
    r"|hosted|co-chaired)\s+(?:\w+\s+)?(?:par|by)\b",
    re.IGNORECASE,
)
_PARTICIPLE_CLAUSE = re.compile(
    r",\s*(?!(?:including|notamment|among|parmi|such)\b)(?:[a-z]{3,}ing|en\s+[a-zéèê]{3,}ant)\b"
)
_FOLLOWED_BY = re.compile(
    r"\b(?:suivie?s?|précédée?s?|followed|preceded)\b(?=\s+(?:\w+\s+){0,5}?(?:d[e'’]|by)\b)",
    re.IGNORECASE,
)
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:ces|cette|cet|ce|these|this|those)\s+$", re.IGNORECASE)
_SAME_DAY = re.compile(
    r"\b(?:le\s+même\s+jour|ce\s+jour-là|la\s+veille|le\s+lendemain|le\s+jour\s+suivant"
    r"|(?:on\s+)?the\s+same\s+day|that\s+same\s+day|the\s+(?:next|following|previous)\s+day"
    r"|the\s+day\s+(?:before|after))\b",
    re.IGNORECASE,
)
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:was|were|been|été)\s+(?:\w+\s+)?(?:announced|annoncée?s?|unveiled|dévoilée?s?"
    r"|revealed|révélée?s?|confirmed|confirmée?s?|officialisée?s?)\s+(?:[\w'’]+\s+){0,2}$",
    re.IGNORECASE,
)
_MEETING_PARTICIPLE = re.compile(
    r"r[ée]uni|rencontr|retrouv|entretenu|rassembl|convoqu|attendu|arriv|rendu|re[çc]u",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:prévue?s?|programmée?s?|planifiée?s?|devai[te]nt|initialement|annulée?s?|reportée?s?"
    r"|scheduled|planned|originally|was\s+to|were\s+to|postponed|cancell?ed|due|attendue?s?"
    r"|expected)\b",
    re.IGNORECASE,
)
_TIME_NOUN = re.compile(
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre|semaine|mois|année|an|jour|soir|matin"
    r"|début|fin|mi|week-end|heure|heures|nuit|soirée|matinée|journée|après-midi|veille"
    r"|lendemain)$",
    re.IGNORECASE,
)
_MEMBERS_NEAR = re.compile(
    r"\b(?:chefs\s+d['’](?:E|É)tat|dirigeants|ministres|heads\s+of\s+state|leaders|ministers"
    r"|de\s+l['’]organisation|of\s+the\s+(?:bloc|organi[sz]ation))\b",
    re.IGNORECASE,
)
_HEADS = re.compile(
    r"\b(?:chefs\s+d['’](?:E|É)tat|dirigeants|heads\s+of\s+state|leaders)\b", re.IGNORECASE
)
# "un rendez-vous des chefs d'Etat, prévu le 29 avril": a plan dates the meeting whose
# complement it follows
_PLAN_PARTICIPLE = re.compile(r"(?:prévu|programmé|fixé|planifié)e?s?$", re.IGNORECASE)
_MEANS_NOUN = re.compile(r"(?:visio|vidéo|video)-?conf[ée]rences?$|t[ée]l[ée]phone$", re.IGNORECASE)
_PHONE = re.compile(r"t[ée]l[ée]phon|\bappel|visio|\bphone\b|\bcall\b", re.IGNORECASE)
_TALKS_CONTEXT = re.compile(
    r"n[ée]gociat|pourparlers|d[ée]l[ée]gation|negotiat|delegation", re.IGNORECASE
)
_HEAD_WORDS = ("president", "king", "queen", "emir", "prime minister", "chancellor")


class _TokenIndex:
    """The spaCy token covering a character offset (None outside tokens or without a parse)."""

    def __init__(self, doc):
        self.doc = doc
        self.parsed = doc.has_annotation("DEP") or doc.has_annotation("MORPH")
        self.starts = [int(i) for i in doc.to_array("IDX")] if self.parsed and len(doc) else []

    def __bool__(self):
        return bool(self.starts)

    def get(self, offset: int):
        if not self.starts:
            return None
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0:
            return None
        token = self.doc[index]
        return token if offset < token.idx + len(token.text) else None


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    caption: bool = False
    heading: bool = False
    reporting: list | None = None  # spans of reporting clauses, computed once
    matches: list | None = None  # gazetteer matches inside the sentence, computed once


@dataclass
class Candidate:
    kind: str
    value: str | None
    precision: str | None
    end_value: str | None
    anchored: bool
    status: str
    parties: list
    location: str | None
    sentence: Sentence
    trigger: Trigger
    explicit_date: bool = False
    vague: bool = False  # "next week", "soon", or a date carried over from another sentence
    week: tuple | None = None  # "this week", "next week": the days it can still take
    distinct: bool = False  # "deux conversations": never merged with its twin
    supporting: bool = False  # may only add evidence to another event
    group: int = 0  # candidates split from one trigger are never merged together
    venue: bool = False  # "met at the G7 summit": the summit is where another meeting happens
    rescheduled_from: object = None
    mentions: list = field(default_factory=list)

    @property
    def person_names(self):
        return {p.name for p in self.parties if p.type == "person"}

    @property
    def names(self):
        return {p.name for p in self.parties}


@dataclass
class ExtractionResult:
    language: str
    published: date | None
    published_inferred: bool
    published_note: str
    events: list


class Extractor:
    """Text -> meetings. Models and the gazetteer are loaded once per process and reused."""

    def __init__(self, gazetteer: Gazetteer | None = None, learned_confidence: bool = True):
        self._gazetteer = gazetteer
        # Off only to train the confidence model, which learns from the rules' own score.
        self.learned_confidence = learned_confidence

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def extract(self, text: str, published: date | None = None, language: str | None = None):
        language = language or detect_language(text)
        inferred, note = False, ""
        if published is None:
            published, note = temporal.infer_publication_date(text, language=language)
            inferred = True
        doc = nlp_for(language)(text)
        if published is None:
            # No anchor for "jeudi" or "next week": keep only meetings whose date is written
            # in full, resolved against today for their status.
            article = _ArticleExtraction(self.gazetteer, language, date.today(), text, doc)
            article.full_dates_only = True
            note = f"{note}; only meetings with a full date were kept".lstrip("; ")
            return ExtractionResult(language, None, True, note, article.run())
        events = _ArticleExtraction(self.gazetteer, language, published, text, doc).run()
        if self.learned_confidence:
            confidence.rescore(events, text=text, published=published, language=language)
        return ExtractionResult(language, published, inferred, note, events)


class _ArticleExtraction:
    def __init__(self, gazetteer: Gazetteer, language: str, published: date, text: str, doc):
        self.gazetteer = gazetteer
        self.language = language
        self.published = published
        self.text = text
        self.doc = doc
        self.finder = ParticipantFinder(gazetteer, language)
        self.matches = gazetteer.find(text, language, fold(text))
        self._match_starts = [m.start for m in self.matches]
        self.full_dates_only = False
        known = [(m.start, m.end) for m in self.matches]
        use_ents = doc if language == "fr" or doc.has_annotation("ENT_IOB") else None
        self.unknown = unknown_people(text, language, known, use_ents)
        self.token_at = _TokenIndex(doc)
        self.people_seen: list[Party] = []  # every person mentioned so far, in text order
        self.candidates: list[Candidate] = []
        self.last_event_subject: Party | None = None
        self.own_sides: set[Trigger] = set()  # nouns whose sides are their own complements
        self._group = 0

    # -- sentences ---------------------------------------------------------------------------
    def sentences(self) -> list[Sentence]:
        out = []
        for span in self.doc.sents:
            start = span.start_char
            for piece in re.split(r"(\n+)", self.text[span.start_char : span.end_char]):
                if piece and not piece.startswith("\n"):
                    stripped = piece.strip()
                    if stripped:
                        lead = len(piece) - len(piece.lstrip())
                        s = start + lead
                        out.append(Sentence(s, s + len(stripped), stripped))
                start += len(piece)
        out = self._repair_splits(out)
        line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]
        first_line = True
        for sentence in out:
            line_start = line_starts[bisect.bisect_right(line_starts, sentence.start) - 1]
            line_end = self.text.find("\n", sentence.start)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)].strip()
            sentence.caption = bool(_CAPTION.search(line))
            ends_clause = line.rstrip().endswith((".", "!", "?", '"', "»", "”", ":"))
            # a headline or subhead: a short line without final punctuation
            if not ends_clause and len(line.split()) <= 14:
                sentence.heading = True
            if first_line and line:
                sentence.heading = sentence.heading or not ends_clause
                first_line = False
        return out

    def _repair_splits(self, sentences: list) -> list:
        """The parser sometimes cuts inside a name ("Kim Jong | Un", "Addis | -Abeba"): within
        one line, a sentence only ends after final punctuation."""
        repaired = []
        for sentence in sentences:
            if repaired:
                previous = repaired[-1]
                gap = self.text[previous.end : sentence.start]
                if "\n" not in gap and not _SENTENCE_END.search(previous.text):
                    merged_end = sentence.end
                    repaired[-1] = Sentence(
                        previous.start, merged_end, self.text[previous.start : merged_end]
                    )
                    continue
            repaired.append(sentence)
        return repaired

    # -- tense -------------------------------------------------------------------------------
    def tense_at(self, absolute: int):
        token = self.token_at.get(absolute)
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

    def sentence_tense(self, sentence: Sentence, rel: int):
        if self.language == "fr" and self.token_at:
            tense = self.tense_at(sentence.start + rel)
            if tense:
                return tense
        return temporal.clause_tense(sentence.text, rel, language=self.language)

    # -- main loop ---------------------------------------------------------------------------
    def run(self) -> list[dict]:
        previous_with_event = None
        previous_sentence = None
        for sentence in self.sentences():
            parties = []
            if not sentence.caption:
                triggers = find_triggers(sentence.text, self.language)
                if triggers:
                    triggers = self.outside_names(sentence, triggers)
                made = False
                if triggers:
                    parties = self.parties_in(sentence)
                    made = self.sentence_events(
                        sentence, triggers, parties, previous_with_event, previous_sentence
                    )
                else:
                    # no meeting here: only who is named, for later pronouns and roles
                    parties = self._people_in(sentence)
                if made:
                    previous_with_event = sentence
            for party in parties:
                if party.type == "person" and party.via in ("name", "role"):
                    self.people_seen.append(party)
            previous_sentence = sentence
        return self.finish()

    # -- parties -----------------------------------------------------------------------------
    def parties_in(self, sentence: Sentence) -> list[Party]:
        text = sentence.text
        excluded = self.reporting_spans(sentence)
        parties: list[Party] = []
        matches = self.matches_in(sentence)
        persons_here = []
        for m in matches:
            if m.actor is not None and m.actor.type == "person":
                persons_here.append((m.start, m.end, m.actor))
        for start, end, name in self.unknown:
            if sentence.start <= start < sentence.end:
                person = self.gazetteer.actor(name)
                persons_here.append((start, end, person or _unknown_person(name)))
        persons_here.sort(key=lambda item: item[0])

        for start, end, person in persons_here:
            rel = start - sentence.start
            country = person.country or self._country_from_role_phrase(sentence, rel, matches)
            parties.append(Party(person.name, "person", start, end, country, "name"))

        # "M. Biden", "Mr Xi", "Kim": a surname standing for a person named earlier
        for match in self._surname_matches(text):
            rel = match.start(1)
            if any(p.start <= sentence.start + rel < p.end for p in parties):
                continue
            if any(
                p.type == "person" and _NAME_TAIL.match(text, p.end - sentence.start, rel)
                for p in parties
                if sentence.start <= p.end <= sentence.start + rel
            ):
                continue  # "Tamim bin Hamad Al Thani": the end of the name just matched
            surname = match.group(1)
            for seen in reversed(self.people_seen):
                if seen.name.split()[-1] == surname or surname in seen.name.split():
                    parties.append(
                        Party(
                            seen.name,
                            "person",
                            sentence.start + rel,
                            sentence.start + match.end(1),
                            seen.country,
                            "name",
                        )
                    )
                    break
            else:
                if match.re is _SURNAME and not self.gazetteer.actor(surname):
                    # "M. Kazimi" never named in full: a person all the same
                    parties.append(
                        Party(
                            surname,
                            "person",
                            sentence.start + rel,
                            sentence.start + match.end(1),
                            None,
                            "name",
                        )
                    )

        for m in matches:
            rel = m.start - sentence.start
            if (m.actor is None and m.place is None) or m.form == "capital":
                continue
            if m.actor is not None and m.actor.type == "person":
                continue
            if m.form == "place":
                if (
                    m.actor is not None
                    and not self.finder.is_locative(text, rel)
                    and not self.finder.is_topic(text, rel)
                ):
                    parties.append(
                        Party(m.actor.name, m.actor.type, m.start, m.end, None, "metonym")
                    )
                continue
            actor = m.actor
            if m.form == "metonym":
                if self.finder.is_locative(text, rel) or self.finder.is_topic(text, rel):
                    continue
                parties.append(Party(actor.name, actor.type, m.start, m.end, None, "metonym"))
                continue
            if m.form == "demonym":
                parties.extend(self.demonym_parties(sentence, m, persons_here))
                continue
            if m.form == "prefix":
                parties.append(Party(actor.name, actor.type, m.start, m.end, None, "prefix"))
                continue
            # alias of a country or an organisation
            if self.finder.is_topic(text, rel):
                continue
            via = (
                "locative"
                if (actor.type == "country" and self.finder.is_locative(text, rel))
                else "name"
            )
            party = Party(actor.name, actor.type, m.start, m.end, None, via)
            # "Qatar's emir", "l'émir du Qatar": the country of the person named with it
            if actor.type == "country" and (
                _POSSESSIVE_ROLE.match(text[m.end - sentence.start :])
                or _ROLE_OF.search(text[max(0, rel - 40) : rel])
            ):
                party.tied = True
            parties.append(party)

        # definite role anaphora: "le chef de l'Etat", "le souverain", "the president"
        for match in _DEFINITE_ROLE[self.language].finditer(text):
            after = text[match.end() : match.end() + 40]
            if re.match(r"\s+(?:[A-ZÉ]|[a-zé]+\s+[A-ZÉ])", after):
                continue  # a name or a demonym + name follows: handled above
            if any(
                p.start - sentence.start in range(match.end(), match.end() + 30)
                and p.via == "demonym-role"
                for p in parties
            ):
                continue
            if re.match(r"\s+\w+", after) and any(
                m.form == "demonym" and 0 <= m.start - sentence.start - match.end() <= 2
                for m in matches
            ):
                continue
            person = self.resolve_role(role_group(match.group(1)), None)
            if person is not None:
                parties.append(_person_party(person, sentence, match, "role"))

        # back-references: "les deux hommes", "the two leaders", "tous deux"
        for match in BACKREF[self.language].finditer(text):
            count = backref_count(match)
            before = [
                p
                for p in parties
                if p.type == "person" and p.start < sentence.start + match.start()
            ]
            people = self.recent_people(count, before)
            for person in people:
                parties.append(_person_party(person, sentence, match, "backref"))

        # "les deux pays", "the two countries": the countries of the last meeting that had them
        for match in _COUNTRY_BACKREF[self.language].finditer(text):
            # "Macron avait rencontré M. Goïta ..., avant la rupture entre les deux pays": the
            # countries of the two people of the sentence, else the last two named
            own = []
            for party in parties:
                if party.type == "person" and party.country and party.country not in own:
                    own.append(party.country)
            count = 2 if match.group("n") is None else _COUNT_WORDS[match.group("n").lower()]
            if len(own) == count:
                continue
            for country in self.recent_countries(count):
                if country not in {p.name for p in parties}:
                    parties.append(
                        Party(
                            country,
                            "country",
                            sentence.start + match.start(),
                            sentence.start + match.end(),
                            None,
                            "backref",
                        )
                    )

        for party in parties:
            rel = party.start - sentence.start
            for index, (start, end) in enumerate(excluded):
                if start <= rel < end:
                    party.reported = index
                    break
        parties.sort(key=lambda p: p.start)
        return parties

    def matches_in(self, sentence: Sentence) -> list:
        """The gazetteer matches that start inside `sentence` (found once per article)."""
        if sentence.matches is None:
            low = bisect.bisect_left(self._match_starts, sentence.start)
            high = bisect.bisect_left(self._match_starts, sentence.end)
            sentence.matches = self.matches[low:high]
        return sentence.matches

    def _surname_matches(self, text: str):
        titled = list(_SURNAME.finditer(text))
        tokens = {}
        for seen in self.people_seen:
            words = seen.name.split()
            if len(words) >= 2:
                tokens.setdefault(words[-1], seen)
                tokens.setdefault(words[0], seen) if len(words[0]) <= 3 else None
        if not tokens:
            return titled
        return titled + list(_surname_regex(tuple(sorted(tokens))).finditer(text))

    def _country_from_role_phrase(self, sentence: Sentence, rel: int, matches):
        """ "le président chinois Xi Jinping", "Chinese President Xi Jinping": the person's
        country when the gazetteer does not know the person."""
        for m in matches:
            if m.form != "demonym" or m.actor is None:
                continue
            m_rel = m.start - sentence.start
            if -45 <= m_rel - rel < 0:
                gap = sentence.text[m.end - sentence.start : rel]
                if len(gap) <= 30 and not re.search(r"[,;.]| et | and ", gap):
                    return m.actor.name
        return None

    def demonym_parties(self, sentence: Sentence, m, persons_here) -> list[Party]:
        text = sentence.text
        rel = m.start - sentence.start
        country = m.actor
        role = self.finder.role_before(text, rel)
        if role is None and self.language == "en":
            role = self.finder.role_after(text, m.end - sentence.start)
        out = [Party(country.name, country.type, m.start, m.end, None, "demonym")]
        if role is None:
            # "le Sénégalais Macky Sall": the nationality noun before a name
            follower = [p for p in persons_here if 0 <= p[0] - m.end <= 3]
            if follower:
                out[0].tied = True
            return out
        out[0].tied = True
        # a name right after the role phrase: the person is found by the name itself
        role_end_abs = max(m.end, sentence.start + (role.end() if role.start() > rel else rel))
        follower = [p for p in persons_here if 0 <= p[0] - role_end_abs <= 25]
        if follower:
            return out
        if re.match(r"homologues|counterparts", role.group(0), re.IGNORECASE):
            # "ses homologues français, allemand et britannique": the countries
            out[0].tied = False
            return out
        group = role_group(role.group(0))
        person = self.resolve_role(group, country.name)
        if person is not None:
            out.append(Party(person.name, "person", m.start, m.end, person.country, "role"))
        return out

    def resolve_role(self, group: tuple, country: str | None):
        """The person a role phrase without a name stands for."""
        candidates = [
            p for p in reversed(self.people_seen) if country is None or p.country == country
        ]
        if country is None and self.language == "fr" and group and "president" in group:
            # French wire copy: an unqualified "le chef de l'Etat" is France's
            french = [p for p in candidates if p.country == "France"]
            if french:
                return self.gazetteer.actor(french[0].name) or _unknown_person(french[0].name)
        for party in candidates:
            actor = self.gazetteer.actor(party.name)
            if actor is None:
                if country is not None:
                    return _unknown_person(party.name)
                continue
            if not group or not actor.roles:
                if country is not None:
                    return actor
                continue
            if any(r.get("role") in group for r in actor.roles):
                return actor
        if country is not None and group:
            return self.gazetteer.person_with_role(country, group, self.published.year)
        return None

    @staticmethod
    def hedged(text, trigger, expression) -> bool:
        before = text[max(0, trigger.start - 40) : trigger.start]
        if not _HEDGE_BEFORE.search(before):
            return False
        dated_after = (
            expression is not None
            and not isinstance(expression, str)
            and expression.start > trigger.start
            and expression.precision in ("day", "month")
        )
        return not (dated_after and _POSSIBILITY.search(before))

    def recent_organisation(self):
        for candidate in reversed(self.candidates):
            if candidate.kind in ("summit", "conference"):
                for party in candidate.parties:
                    if party.type == "organization":
                        return Party(party.name, party.type, 0, 0, None, "anaphora")
        return None

    def recent_countries(self, count: int) -> list:
        for candidate in reversed(self.candidates):
            countries = []
            for party in sorted(candidate.parties, key=lambda p: p.start):
                if party.type == "country" and party.name not in countries:
                    countries.append(party.name)
            if len(countries) >= count:
                return countries[:count]
        return []

    def recent_people(self, count: int, before_in_sentence: list) -> list:
        """The `count` people mentioned last, preferring people of different countries: "the
        two leaders" after a story about two states' leaders."""
        people = []
        pool = list(reversed(before_in_sentence)) + list(reversed(self.people_seen))
        for strict in (True, False):
            for party in pool:
                if len(people) == count:
                    break
                if party.name in [p.name for p in people]:
                    continue
                if strict and party.country and party.country in [p.country for p in people]:
                    continue
                people.append(party)
            if len(people) == count:
                break
        return people if len(people) == count else []

    # -- events of one sentence --------------------------------------------------------------
    def sentence_events(
        self, sentence, triggers, parties, previous_with_event, previous_sentence
    ) -> bool:
        text = sentence.text
        expressions = []
        if _MAY_HAVE_DATE.search(text):
            try:
                expressions = temporal.find_time_expressions(
                    _EDITORIAL_NOTE.sub(lambda m: " " * len(m.group(0)), text),
                    language=self.language,
                    published=self.published,
                    tense_at=self._tense_for(sentence),
                )
            except Exception:  # noqa: BLE001 - a tagger failure must not lose the article
                expressions = []
        expressions = [
            e
            for e in expressions
            if not self._starts_a_period(text, e) and not _PERIOD_TEXT.match(e.text)
        ]
        expressions = [_first_day(e, text) for e in expressions]
        dateline = _DATELINE.match(text) if expressions else None
        if dateline:
            expressions = [e for e in expressions if e.start >= dateline.end()]
        reporting = self.reporting_spans(sentence)
        assignment = _assign_dates(
            triggers, expressions, text, self._date_fits(sentence, reporting, expressions)
        )
        # "attendus le 17 février à Addis-Abeba pour le sommet": the trip's date is the summit's
        for visit in triggers:
            if visit.kind != "visit" or visit not in assignment:
                continue
            summits = [
                t
                for t in triggers
                if t.kind in ("summit", "conference")
                and t.start > visit.end
                and _ATTENDS.match(text[visit.end :])
            ]
            for summit in summits[:1]:
                own = assignment.get(summit)
                if own is None or len(own.value) < len(assignment[visit].value):
                    assignment[summit] = assignment[visit]
        # "Ces discussions seront suivies le 12 janvier d'une rencontre": the date in the
        # phrase is the following meeting's, not theirs
        for followed in _FOLLOWED_BY.finditer(text):
            later = [t for t in triggers if t.start >= followed.end()]
            if not later:
                continue
            for trigger in [t for t in triggers if t.end <= followed.start()]:
                own = assignment.get(trigger)
                if own is not None and followed.end() <= own.start < later[0].start:
                    assignment.pop(trigger)
        adjunct = next(
            (m for m in _TIME_ADJUNCT.finditer(text) if any(t.start >= m.end() for t in triggers)),
            None,
        )
        embedded = set()
        if adjunct is not None:
            embedded = {t for t in triggers if t.start >= adjunct.end()}
            main_dates = [e for e in expressions if e.end <= adjunct.start()]
            for trigger in embedded:
                own = assignment.get(trigger)
                if own is not None and own.start >= adjunct.end():
                    continue  # "after the meeting of ... in June 2000": its own date
                shifted = _shifted(adjunct, main_dates[-1:])
                if shifted is None:
                    assignment.pop(trigger, None)
                else:
                    assignment[trigger] = shifted
        cancelled_triggers = _cancelled_triggers(triggers, text)
        new_dates = [
            e for e in expressions if _NEW_DATE_BEFORE.search(text[max(0, e.start - 70) : e.start])
        ]
        venues = {
            t
            for t in triggers
            if t.kind == "summit" and _VENUE_BEFORE.search(text[max(0, t.start - 30) : t.start])
        }
        made = False
        for trigger in triggers:
            if (
                not trigger.verb
                and any(t.end <= trigger.start for t in triggers)
                and _APPOSED_AGAIN.search(text, max(0, trigger.start - 12), trigger.start)
            ):
                continue  # the meeting named before it, said again: no meeting, no new side
            expression = assignment.get(trigger)
            cancelled = trigger in cancelled_triggers
            new_date = None
            if cancelled and new_dates:
                new_date = min(new_dates, key=lambda e: _distance(trigger, e))
                if expression is new_date:
                    olds = [e for e in expressions if e not in new_dates]
                    olds = [e for e in olds if self._date_fits(sentence, reporting)(trigger, e)]
                    expression = min(olds, key=lambda e: _distance(trigger, e)) if olds else None
            kind = self.decide_kind(trigger, sentence, text)
            trigger_parties = self.trigger_parties(trigger, sentence, parties, reporting)
            if not trigger.verb:
                # "les négociations de Pretoria": the city where they are held, not a side
                trigger_parties = [
                    p
                    for p in trigger_parties
                    if not (
                        p.via == "metonym"
                        and sentence.start + trigger.end <= p.start
                        and _OF_VENUE.fullmatch(text, trigger.end, p.start - sentence.start)
                    )
                ]
            # "avant l'arrivée au pouvoir de M. Pachinian", "after Ruto's election": a person
            # who only dates the meeting is none of its sides
            trigger_parties = [
                p
                for p in trigger_parties
                if not (
                    p.type == "person"
                    and _TIME_PERSON_BEFORE.search(
                        text[max(0, p.start - sentence.start - 60) : p.start - sentence.start]
                    )
                )
            ]
            if kind in ("meeting", "talks", "call"):
                # "on the sidelines of the U.N. General Assembly": where they met, not a side
                kept = [
                    p
                    for p in trigger_parties
                    if not (
                        p.type == "organization"
                        and _SIDELINES_BEFORE.search(
                            text[max(0, p.start - sentence.start - 40) : p.start - sentence.start]
                        )
                    )
                ]
                if _sides(kept) >= 2:
                    trigger_parties = kept
            if embedded and trigger not in embedded:
                cut = sentence.start + adjunct.start()
                trigger_parties = [p for p in trigger_parties if p.start < cut]
            subject = self.pronoun_subject(sentence, trigger, previous_sentence)
            if (
                subject is None
                and _sides(trigger_parties) == 1
                and _WITH_AFTER.match(text[trigger.end :])
            ):
                # "A meeting with X, planned for Friday, was called off": whose meeting is
                # the story's: the subject of the last meeting reported
                subject = self.last_event_subject
            if subject is not None and subject.name not in {p.name for p in trigger_parties}:
                trigger_parties = [subject] + trigger_parties
            location, destination = self.location_for(
                trigger, sentence, kind, [t for t in triggers if t not in venues]
            )
            if kind == "visit":
                orgs = [
                    p
                    for p in trigger_parties
                    if p.type == "organization" and p.start > sentence.start + trigger.start
                ]
                attended = [p for p in orgs if 0 <= p.start - (sentence.start + trigger.end) <= 15]
                if (
                    trigger.verb
                    and attended
                    and not any(
                        p.type == "person"
                        and sentence.start + trigger.end < p.start < attended[0].start
                        for p in trigger_parties
                    )
                ):
                    # "se rendrait au G20": who goes, and the organisation whose summit it is
                    kind = "summit"
                    trigger_abs = sentence.start + trigger.start
                    goers = [
                        p for p in trigger_parties if p.start < trigger_abs or p.via == "pronoun"
                    ]
                    trigger_parties = [
                        p for p in goers if p.type != "country" or p.tied or p.via == "demonym"
                    ] + attended
                else:
                    trigger_parties = self.visit_parties(
                        trigger, sentence, trigger_parties, destination
                    )
            if kind != "visit":
                trigger_parties = [p for p in trigger_parties if p.via != "locative"]
            attends = kind == "visit" and bool(_ATTENDS.search(text[trigger.end :]))
            if attends:
                kind = "summit"
            if trigger.kind != "summit" and venues:
                venue_spans = [(v.start - 40, v.end + 40) for v in venues]
                trigger_parties = [
                    p
                    for p in trigger_parties
                    if not (
                        p.type == "organization"
                        and any(a <= p.start - sentence.start < b for a, b in venue_spans)
                    )
                ]
            # "se rendra en Thaïlande pour participer au sommet": the trip is the summit's
            supporting = (
                attends
                or sentence.heading
                or self.hedged(text, trigger, expression)
                or bool(_HEDGED_SENTENCE.search(text))
                or bool(_POINTS_BACK.match(text[: trigger.start]))
                or bool(_SUCH_BEFORE.search(text[max(0, trigger.start - 30) : trigger.start]))
                or bool(_JOIN_BEFORE.search(text[max(0, trigger.start - 40) : trigger.start]))
                or bool(_APPOSED_FIRST.search(text[max(0, trigger.start - 40) : trigger.start]))
            )
            if (
                kind in ("summit", "conference")
                and not any(p.type == "organization" for p in trigger_parties)
                and _sides(trigger_parties) < 2
            ):
                # "un premier sommet extraordinaire le 30 juillet": the organisation the story
                # is about, from its last summit
                organisation = self.recent_organisation()
                if organisation is not None:
                    trigger_parties = trigger_parties + [organisation]
            elif (
                kind == "meeting"
                and not trigger_parties
                and _MEMBERS_NEAR.search(text, max(0, trigger.start - 80), trigger.end + 60)
            ):
                # "un premier rendez-vous des chefs d'Etat", "les ministres de l'organisation
                # doivent se retrouver": the members of the body the story is about
                organisation = self.recent_organisation()
                if organisation is not None:
                    trigger_parties = [organisation]
                    heads = _HEADS.search(text, max(0, trigger.start - 80), trigger.end + 60)
                    kind = "summit" if heads else "conference"
            if (
                (kind == "meeting" or (kind == "talks" and trigger.kind == "meeting"))
                and any(p.type == "organization" for p in trigger_parties)
                and all(p.type == "organization" or p.via == "locative" for p in trigger_parties)
            ):
                # "une réunion de la Ligue arabe", "an ASEAN meeting": a multilateral body meets
                kind = "conference"
            if (
                kind in ("call", "meeting")
                and _sides([p for p in trigger_parties if p.type == "person"]) >= 2
            ):
                # a meeting between leaders is not "with the G20" they meet at
                trigger_parties = [p for p in trigger_parties if p.type != "organization"]
            inherited = False
            if expression is None and venues and trigger not in venues:
                expression = self.venue_date(sentence, venues, assignment)
            if expression is None and new_date is None and not sentence.heading and not expressions:
                inherited_value = self.inherit_date(sentence, trigger, previous_with_event)
                if inherited_value is None:
                    inherited_value = self.upcoming_date(sentence, trigger)
                if inherited_value is not None:
                    expression = inherited_value
                    inherited = True
            status = self.decide_status(trigger, sentence, expression, cancelled, new_date)
            if (
                _sides(trigger_parties) < 2
                and not any(p.type == "organization" for p in trigger_parties)
                and _ANAPHORA_BEFORE.search(text[: trigger.start])
            ):
                # "The meeting, which had been set for ...", "la précédente rencontre": the
                # parties of the meeting the story last reported
                antecedent = None
                if "gathering" in trigger.text.lower():
                    # a gathering is many-sided: the story's last summit or conference
                    antecedent = self.antecedent("summit") or self.antecedent("conference")
                antecedent = antecedent or self.antecedent(kind)
                if antecedent is not None:
                    known = {p.name for p in antecedent.parties}
                    trigger_parties = list(antecedent.parties) + [
                        p for p in trigger_parties if p.name not in known
                    ]
                    if kind == "meeting":
                        kind = antecedent.kind  # "the meeting" that refers back to a summit
            groups = self.split_bilateral(trigger, sentence, trigger_parties)
            self._group += 1
            previous_object_end = trigger.end
            group_expressions = {}
            if len(groups) > 1:
                # "avec X mercredi, puis jeudi avec Y": each conjunct may carry its own date
                trigger_abs = sentence.start + trigger.start
                for index, group_parties in enumerate(groups):
                    objects = [p for p in group_parties if p.start > trigger_abs]
                    if not objects:
                        continue
                    object_start = min(p.start for p in objects) - sentence.start
                    own = [
                        e
                        for e in expressions
                        if previous_object_end <= e.start < object_start and index > 0
                    ]
                    if own:
                        group_expressions[index] = own[-1]
                    previous_object_end = max(p.end for p in objects) - sentence.start
            for index, group_parties in enumerate(groups):
                if not group_parties:
                    continue
                group_expression = group_expressions.get(index, expression)
                base = dict(
                    kind=kind,
                    parties=group_parties,
                    location=location,
                    sentence=sentence,
                    trigger=trigger,
                    supporting=supporting,
                    group=self._group,
                    venue=trigger in venues,
                )
                created = []
                if group_expression is not None:
                    group_status = status
                    if group_expression is not expression:
                        group_status = self.decide_status(
                            trigger, sentence, group_expression, cancelled, new_date
                        )
                    created.append(
                        self._candidate(group_expression, group_status, inherited, **base)
                    )
                elif new_date is None:
                    created.append(
                        Candidate(
                            value=None,
                            precision=None,
                            end_value=None,
                            anchored=True,
                            status=status,
                            **base,
                        )
                    )
                if new_date is not None:
                    twin = self._candidate(new_date, "scheduled", False, **base)
                    if created:
                        twin.rescheduled_from = created[0]
                    created.append(twin)
                copies = trigger.count if expression is not None else 1
                for _copy_number in range(copies):
                    for candidate in created:
                        if copies > 1:
                            candidate = _copy(candidate)
                            candidate.distinct = True
                        self.candidates.append(candidate)
                        if candidate.value is not None and self._valid(candidate):
                            made = True
                            self.last_event_subject = _subject_of(candidate) or (
                                self.last_event_subject
                            )
        return made

    def outside_names(self, sentence: Sentence, triggers: list) -> list:
        """ "la Conférence internationale sur la région des Grands Lacs", "the Conference on
        Disarmament": a trigger word inside a standing body's name is no meeting (a summit's
        or a council's name, "East Asia Summit", "Security Council", still is)."""
        names = [
            (m.start - sentence.start, m.end - sentence.start)
            for m in self.matches_in(sentence)
            if m.actor is not None
            and m.actor.type == "organization"
            and not re.search(r"summit|council", m.actor.name, re.IGNORECASE)
        ]
        if not names:
            return triggers
        return [t for t in triggers if not any(a <= t.start and t.end <= b for a, b in names)]

    def antecedent(self, kind: str) -> "Candidate | None":
        """The meeting the story last reported, for a definite noun with no party of its own."""
        for candidate in reversed(self.candidates):
            if candidate.value is None or not self._valid(candidate):
                continue
            # "the talks" refer back to talks; a plain "meeting" to any encounter but a call
            if candidate.kind == kind or (kind == "meeting" and candidate.kind != "call"):
                return candidate
        return None

    def _starts_a_period(self, text: str, expression) -> bool:
        """ "depuis le début du conflit en 2020", "since January": the start of a period, not
        the date of a meeting, unless the period is the meeting's ("depuis le début des
        pourparlers en avril")."""
        match = _PERIOD_BOUNDARY.search(text[: expression.start])
        if match is None:
            return False
        return not find_triggers(match.group(0), self.language)

    def visit_parties(self, trigger, sentence, parties, destination) -> list:
        """A visit: the visitors (persons, their role countries, the subject) and where they
        go; other countries of the sentence are not part of it."""
        trigger_abs = sentence.start + trigger.start
        keep = []
        for party in parties:
            if party.type == "person" or party.via in ("pronoun", "backref", "role"):
                keep.append(party)
            elif party.tied or party.via == "metonym" and party.start < trigger_abs:
                keep.append(party)
            elif party.type == "organization":
                keep.append(party)
            elif party.start < trigger_abs and party.via in ("name", "demonym"):
                keep.append(party)
        if destination is not None:
            keep = [p for p in keep if p.name != destination or p.via == "place"]
            if destination not in {p.name for p in keep}:
                keep.append(Party(destination, "country", 0, 0, None, "place"))
        else:
            after = [
                p
                for p in parties
                if p.type == "country" and p.start > trigger_abs and p not in keep
            ]
            keep += after[:1]
        return keep

    def venue_date(self, sentence, venues, assignment):
        """ "meet in Hiroshima during the G7 summit": the meeting is on the summit's date, given
        in this sentence or by an earlier mention of that summit."""
        for venue in venues:
            if assignment.get(venue) is not None:
                return assignment[venue]
            window = (sentence.start + venue.start - 40, sentence.start + venue.end + 40)
            orgs = {
                m.actor.name
                for m in self.matches
                if m.actor is not None
                and m.actor.type == "organization"
                and window[0] <= m.start < window[1]
            }
            for candidate in reversed(self.candidates):
                if (
                    candidate.kind == "summit"
                    and candidate.value is not None
                    and orgs & candidate.names
                ):
                    return temporal.TimeExpression(
                        start=0,
                        end=0,
                        text="venue",
                        value=candidate.value,
                        precision=candidate.precision,
                        end_value=None,
                        anchored=True,
                    )
        return None

    def upcoming_date(self, sentence, trigger):
        """ "his upcoming trip", "sa prochaine visite": within weeks of publication; the month
        of publication at month precision (never a day)."""
        window = sentence.text[max(0, trigger.start - 60) : trigger.end + 20]
        if not _UPCOMING.search(window):
            return None
        return temporal.TimeExpression(
            start=0,
            end=0,
            text="upcoming",
            value=self.published.strftime("%Y-%m"),
            precision="month",
            end_value=None,
            anchored=True,
        )

    def _date_fits(self, sentence: Sentence, reporting: list, expressions_here=()):
        """Whether a date can belong to a trigger: not the date of a reporting clause (unless
        the trigger is in it too), and in French not a date that the parser attaches to another
        noun ("une journée d'action le mardi 28 mars")."""

        def fits(trigger: Trigger, expression) -> bool:
            announced = sentence.text[max(0, expression.start - 40) : expression.start]
            if _ANNOUNCED_BEFORE.search(announced):
                # "the summit was announced in January": the announcement's date
                return False
            for start, end in reporting:
                if start <= expression.start < end and not start <= trigger.start < end:
                    return False
            if _BRACKETED_AFTER.match(sentence.text[trigger.end : expression.start]):
                return True  # "le sommet franco-britannique [du 10 mars]"
            if sentence.text[max(0, expression.start - 3) : expression.start].strip()[-1:] in (
                "[",
                "(",
            ):
                return False  # an editor's bracketed date belongs to the noun just before it
            clauses = _relative_clauses(sentence.text)
            for start, end in clauses:
                # "Starmer, who took office last week, held talks on Wednesday": the first date
                # is the clause's; but "the visit to Bhutan, which was scheduled for Thursday"
                # is the visit's, and so is the only date of the sentence
                if start <= expression.start < end and not start <= trigger.start < end:
                    if not 0 <= start - trigger.end <= 50 and len(expressions_here) > 1:
                        return False
            fronted = _FRONTED_PLAN.match(sentence.text)
            if fronted and expression.start < fronted.end() <= trigger.start:
                # "Initialement prévue le 16 mars, cette session ...": the fronted participle
                # qualifies the subject that follows it
                return trigger.start - fronted.end() <= 40
            if self.language == "fr" and self.token_at:
                return self._attached_here(sentence, trigger, expression)
            low, high = sorted((trigger.end, expression.start))
            return not _OTHER_EVENT.search(sentence.text[low:high])

        return fits

    def _attached_here(self, sentence: Sentence, trigger: Trigger, expression) -> bool:
        """French: the date must hang (in the dependency tree) from the trigger itself or from
        the verb that governs the trigger (or a verb coordinated with it), not from another noun
        ("une journée d'action le 28 mars") or another verb ("décédée en septembre")."""
        token = self.token_at.get(sentence.start + expression.start)
        trigger_token = self.token_at.get(sentence.start + trigger.start)
        if token is None or trigger_token is None:
            return True
        inside = range(sentence.start + expression.start, sentence.start + expression.end)
        trigger_span = range(sentence.start + trigger.start, sentence.start + trigger.end)
        trigger_verb = _governing_verb(trigger_token, trigger_span)
        steps = 0
        while steps < 8:
            head = token.head
            if head.i == token.i:
                return True
            token = head
            steps += 1
            if not sentence.start <= token.idx < sentence.end:
                return True  # the parse leaves the sentence: no evidence either way
            if token.idx in inside:
                continue
            if token.idx in trigger_span:
                return True
            if token.pos_ in ("VERB", "AUX") and any(
                m.start <= token.idx < m.end for m in self.matches_in(sentence)
            ):
                continue  # a name the tagger took for a verb ("Assimi Goïta")
            if token.pos_ in ("VERB", "AUX"):
                if (
                    token.dep_.startswith("acl")
                    and token.head.pos_ == "NOUN"
                    and token.head.idx not in trigger_span
                    and token.head.idx not in inside
                    and not _MEETING_PARTICIPLE.match(token.text)
                ):
                    if _PLAN_PARTICIPLE.match(token.text) and any(
                        a.idx in trigger_span for a in token.head.ancestors
                    ):
                        return True
                    # "les relations rompues en 2016", "l'accord signé en 2015": a participle's
                    # date belongs to the noun it qualifies
                    return False
                if trigger_verb is None:
                    return True
                # "la visite programmée dimanche", "le sommet prévu le 16 décembre"
                if token.dep_.startswith("acl") and token.head.idx in trigger_span:
                    return True
                return _same_or_coordinated(token, trigger_verb)
            if _TIME_NOUN.match(token.text):
                # "le début des pourparlers en avril": the date is the start of the trigger
                if any(child.idx in trigger_span for child in token.children):
                    return True
                continue
            if token.pos_ == "PROPN" or _MEANS_NOUN.match(token.text):
                continue  # "un sommet tenu par visioconférence mercredi": how, not what
            if token.pos_ == "NOUN":
                if ROLE_NOUNS[self.language].fullmatch(token.text):
                    continue
                # the date qualifies another noun: another meeting or a non-meeting event
                return False
        return True

    def _tense_for(self, sentence: Sentence):
        if self.language != "fr" or not self.token_at:
            planned_en = [m.end() for m in _PLANNED.finditer(sentence.text)]
            past_plan = [m.end() for m in _PAST_PLAN.finditer(sentence.text)]
            if not planned_en and not past_plan:
                return None

            def tense_en(offset):
                if any(end <= offset for end in past_plan):
                    # "were supposed to begin on March 10": told in the past, a date gone by
                    return "past"
                if any(end <= offset for end in planned_en):
                    return "future"
                return temporal.clause_tense(sentence.text, offset, language=self.language)

            return tense_en

        planned = [m.end() for m in _PLANNED.finditer(sentence.text)]
        # "Initialement prévue le 16 mars, cette session avait été reportée": a plan that was
        # called off may lie on either side of the publication date; the nearest reading wins
        called_off = bool(planned) and bool(_CANCEL.search(sentence.text))

        def tense_at(offset):
            if planned and _PERIOD_BOUNDARY.search(sentence.text, max(0, offset - 60), offset):
                return "past"  # "depuis le lancement des pourparlers, en mars": a start is past
            if any(end <= offset for end in planned):
                return None if called_off else "future"
            # the parse first; when it finds no verb, the tagger's own clause heuristic
            return self.tense_at(sentence.start + offset) or temporal.clause_tense(
                sentence.text, offset, language=self.language
            )

        return tense_at

    def _candidate(self, expression, status, inherited, **base) -> Candidate:
        vague = inherited or bool(_VAGUE_DATE.search(expression.text or ""))
        week = None
        relative_week = _RELATIVE_WEEK.search(expression.text or "")
        if relative_week:
            words = relative_week.group(0).lower()
            shift = 1 if re.search(r"next|prochaine", words) else 0
            shift = -1 if re.search(r"last|dernière|passée", words) else shift
            monday = (
                self.published - timedelta(days=self.published.weekday()) + timedelta(weeks=shift)
            )
            week = (monday.isoformat(), (monday + timedelta(days=6)).isoformat())
        return Candidate(
            vague=vague,
            week=week,
            value=expression.value,
            precision=expression.precision,
            end_value=expression.end_value,
            anchored=expression.anchored or inherited,
            status=status,
            explicit_date=not expression.anchored and not inherited,
            **base,
        )

    def decide_kind(self, trigger: Trigger, sentence: Sentence, text: str) -> str:
        kind = trigger.kind
        if trigger.ambiguous:
            window = text
            sentences = self._neighbour_text(sentence)
            here = _PHONE.search(window[trigger.start : trigger.end + 80]) or _PHONE.search(window)
            # "s'est entretenu à Doha avec": a place right after the verb means face to face,
            # whatever the next sentence says about telephones
            in_person = not here and _PLACE_AFTER.match(text, trigger.end)
            phone_later = None
            if not here and not in_person:
                phone_later = _PHONE.search(sentences, len(sentence.text))
            if phone_later is not None:
                # the telephone of a later call of its own ("X s'est entretenu mardi au
                # téléphone avec Y") says nothing of this one
                later = sentences[len(sentence.text) : phone_later.end() + 60]
                other_call = next(
                    (t for t in find_triggers(later, self.language) if t.kind == "call"), None
                )
                if other_call is not None and not other_call.ambiguous:
                    sentences = sentences[: len(sentence.text) + other_call.start]
            if here or (not in_person and _PHONE.search(sentences)):
                kind = "call"
            if re.search(r"face-[àa]-face|en\s+personne|in\s+person", text, re.IGNORECASE):
                kind = "meeting"
        if kind == "meeting" and _TALKS_CONTEXT.search(text) and not trigger.verb:
            kind = "talks"
        if (
            kind == "meeting"
            and re.match(r"se\s+(?:sont|seront)", trigger.text, re.I)
            and _TALKS_CONTEXT.search(text)
        ):
            kind = "talks"
        if kind == "meeting" and (trigger.verb or re.match(r"s[e'’]", trigger.text, re.I)):
            purpose = _PURPOSE_KIND.match(text, trigger.end)
            if purpose:
                kind = _PURPOSE_KINDS.get(purpose.group(1)[:4].lower(), "talks")
        return kind

    def _neighbour_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : min(len(self.text), sentence.end + 400)]

    def decide_status(self, trigger, sentence, expression, cancelled, new_date) -> str:
        if cancelled:
            return "cancelled"
        text = sentence.text
        if expression is not None:
            if _FORWARD.search(expression.text or ""):
                return "scheduled"
            if _BACKWARD.search(expression.text or ""):
                return "held"
            start_value = expression.value
            published = self.published.isoformat()
            if len(start_value) == 10:
                if start_value > published:
                    return "scheduled"
                if start_value < published:
                    return "held"
            elif not published.startswith(start_value):
                return "scheduled" if start_value > published[: len(start_value)] else "held"
        window = text[max(0, trigger.start - 90) : trigger.end + 60]
        if _SCHEDULED.search(window):
            return "scheduled"
        if self.language == "fr" and _FRENCH_FUTURE_VERB.search(trigger.text):
            return "scheduled"
        tense = self.sentence_tense(sentence, trigger.start)
        if tense == "future":
            return "scheduled"
        return "held"

    def trigger_parties(
        self, trigger: Trigger, sentence: Sentence, parties: list, reporting: list
    ) -> list:
        """Parties of one trigger: the noun's own complements, else its clause, else the whole
        sentence; whoever is in a reporting clause only when the trigger is in it too."""
        text = sentence.text
        own_span = next((i for i, (a, b) in enumerate(reporting) if a <= trigger.start < b), -1)
        parties = [p for p in parties if p.reported in (-1, own_span)]
        if not trigger.verb and not _SEPARATE_BEFORE.search(text[: trigger.start]):
            local_end = trigger.end
            stop = re.search(
                # a full stop, not the dots of "U.S." or "U.N."
                r"[,;:!?()]|(?<!\b[A-Z])\.|\s(?:et|and|mais|but|qui|which|puis)\s",
                text[trigger.end : trigger.end + 90],
            )
            local_end = trigger.end + (stop.start() if stop else min(90, len(text) - trigger.end))
            led_by = _LED_BY.match(text, trigger.end)
            if led_by:
                # "ces discussions, menées par X et son homologue Y,": who leads them are sides
                end = re.search(r"[,;:!?()]|(?<!\b[A-Z])\.", text[led_by.end() :])
                local_end = led_by.end() + (end.start() if end else len(text) - led_by.end())
            local_start = trigger.start
            before = text[max(0, trigger.start - 40) : trigger.start]
            if self.language == "en":
                cut = max(
                    before.rfind(","),
                    before.rfind(" a "),
                    before.rfind(" the "),
                    before.rfind(" an "),
                )
                local_start = trigger.start - (len(before) - cut) if cut >= 0 else trigger.start
            local = [
                p
                for p in parties
                if local_start <= p.start - sentence.start < local_end
                and not (
                    local_start <= p.start - sentence.start < trigger.start
                    and p.type == "person"
                    and self.language == "fr"
                )
            ]
            if _sides(local) >= 2 or any(p.type == "organization" for p in local):
                self.own_sides.add(trigger)
                return list(local)
            boundary = max(
                (m.end() for m in _CLAUSE_BOUNDARY.finditer(text[: trigger.start])), default=0
            )
            clause = [p for p in parties if boundary <= p.start - sentence.start < local_end]
            if _sides(clause) >= 2:
                return clause
        return list(parties)

    def pronoun_subject(self, sentence: Sentence, trigger: Trigger, previous_sentence):
        text = sentence.text[: trigger.start]
        pronouns = list(_PRONOUN_SUBJECT[self.language].finditer(text))
        if not pronouns:
            return None
        match = pronouns[-1]
        if match is None:
            return None
        lead_end = self.finder.reporting_lead_end(sentence.text)
        if lead_end and match.start() >= lead_end - 6:
            # "X announced that he would...": the pronoun is the sayer
            sayers = [p for p in self._people_in(sentence) if p.start - sentence.start < lead_end]
            if sayers:
                return sayers[0]
        persons_before = [
            p
            for p in self._people_in(sentence)
            if match.end() <= p.start - sentence.start < trigger.start
        ]
        if persons_before:
            return None
        if self.last_event_subject is not None:
            return Party(
                self.last_event_subject.name,
                "person",
                sentence.start + match.start(),
                sentence.start + match.end(),
                self.last_event_subject.country,
                "pronoun",
            )
        if self.people_seen:
            last = self.people_seen[-1]
            return _person_party(last, sentence, match, "pronoun")
        return None

    def reporting_spans(self, sentence: Sentence) -> list:
        if sentence.reporting is None:
            sentence.reporting = self.finder.excluded_spans(sentence.text)
        return sentence.reporting

    def _people_in(self, sentence: Sentence) -> list:
        out = []
        for m in self.matches_in(sentence):
            if (
                sentence.start <= m.start < sentence.end
                and m.actor is not None
                and m.actor.type == "person"
            ):
                out.append(Party(m.actor.name, "person", m.start, m.end, m.actor.country))
        for start, end, name in self.unknown:
            if sentence.start <= start < sentence.end:
                person = self.gazetteer.actor(name) or _unknown_person(name)
                out.append(Party(person.name, "person", start, end, person.country))
        return sorted(out, key=lambda p: p.start)

    def location_for(self, trigger: Trigger, sentence: Sentence, kind: str, others=()):
        """(city, destination country) nearest the trigger in the sentence."""
        best = None
        for m in self.matches_in(sentence):
            if not (sentence.start <= m.start < sentence.end) or m.place is None:
                continue
            rel = m.start - sentence.start
            # "avant l'appel, ... rappelant le sommet en juin à Genève": a place past another
            # meeting noun is that meeting's place (a verb coordinated with this one, as in
            # "se rendrait au G20 et rencontrerait Biden à Bali", shares it)
            if any(
                t.kind != trigger.kind
                and not t.verb
                and (
                    trigger.end <= t.start
                    and t.end <= rel
                    or rel < t.start
                    and t.end <= trigger.start
                )
                for t in others
            ):
                continue
            # "visit Tokyo": the object of a visit is where it takes place
            visited = kind == "visit" and not sentence.text[trigger.end : rel].strip()
            locative = (
                visited
                or self.finder.is_locative(sentence.text, rel)
                or (not trigger.verb and _OF_VENUE.fullmatch(sentence.text, trigger.end, rel))
            )
            if m.form == "metonym" and not locative:
                continue
            if m.form == "place" and m.actor is not None and not locative:
                continue
            distance = abs(rel - trigger.start)
            if best is None or distance < best[0]:
                best = (distance, m.place)
        destination = None
        if kind == "visit":
            after = re.split(
                r"[,;:(]|\s(?:which|who|qui|où|where)\s",
                sentence.text[trigger.end : trigger.end + 60],
            )[0]
            for m in self.matches_in(sentence):
                rel = m.start - sentence.start
                if not (trigger.end <= rel <= trigger.end + len(after)):
                    continue
                # "visit Russia", "se rendre à Washington", "a trip to Sydney"; not "la visite
                # du roi d'Angleterre"
                direct = not sentence.text[trigger.end : rel].strip()
                if not direct and not self.finder.is_locative(sentence.text, rel):
                    continue
                if m.place is not None:
                    destination = m.place.country
                    break
                if (
                    m.actor is not None
                    and m.actor.type == "country"
                    and m.form in ("alias", "metonym")
                ):
                    destination = m.actor.name
                    break
        location = best[1].name if best else None
        if kind == "visit" and destination is None and best is not None:
            # "est arrivé à Buenos Aires pour sa première visite": the city says where
            destination = best[1].country
        return location, destination

    def inherit_date(self, sentence: Sentence, trigger: Trigger, previous_with_event):
        """A dateless sentence that goes on with "également/also/then" keeps the last date."""
        if previous_with_event is None:
            return None
        # "le même jour", "the next day", "la veille": the day of the meeting just reported
        same_day = _SAME_DAY.search(sentence.text)
        shift = 0
        if same_day:
            word = same_day.group(0).lower()
            shift = -1 if re.search(r"veille|before|previous", word) else 0
            shift = 1 if re.search(r"lendemain|next|following|suivant", word) else shift
        elif not _ALSO.search(sentence.text) and not _PRONOUN_SUBJECT[self.language].match(
            sentence.text
        ):
            return None
        tense = self.sentence_tense(sentence, trigger.start)
        published = self.published.isoformat()
        for candidate in reversed(self.candidates):
            if candidate.sentence is previous_with_event and candidate.value is not None:
                later = candidate.value > published[: len(candidate.value)]
                earlier = candidate.value < published[: len(candidate.value)]
                if (tense == "future" and earlier) or (tense == "past" and later):
                    return None
                value = candidate.value
                if same_day and candidate.precision != "day":
                    return None
                if shift:
                    value = (date.fromisoformat(value) + timedelta(days=shift)).isoformat()
                return temporal.TimeExpression(
                    start=0,
                    end=0,
                    text="",
                    value=value,
                    precision=candidate.precision,
                    end_value=None,
                    anchored=True,
                )
        return None

    def split_bilateral(self, trigger: Trigger, sentence: Sentence, parties: list) -> list:
        """ "X rencontrera Y et Z": one meeting of X with each of Y and Z."""
        separate = bool(_SEPARATE_BEFORE.search(sentence.text[: trigger.start]))
        if not (trigger.verb or separate) or trigger.kind not in ("call", "meeting"):
            return [parties]
        trigger_abs = sentence.start + trigger.start
        clause_end = sentence.start + _clause_end(sentence.text, trigger.end)
        # ", who asked him to raise the fate of Japanese citizens": a relative clause describes,
        # its countries are no side of the meeting
        relative = _RELATIVE_START.search(sentence.text, trigger.end)
        if relative:
            clause_end = min(clause_end, sentence.start + relative.start())
        subjects = [p for p in parties if p.type == "person" and p.start < trigger_abs]
        # "will meet Wu Dawei, briefing Wu about his talks with Kim": who the participle's
        # clause names is no one met
        participle = _PARTICIPLE_CLAUSE.search(sentence.text, trigger.end)
        objects_end = sentence.start + (participle.start() if participle else len(sentence.text))
        if any(trigger_abs <= p.start < objects_end for p in parties):
            parties = [p for p in parties if p.start < objects_end]
        objects = [
            p
            for p in parties
            if p.type == "person"
            and trigger_abs <= p.start < objects_end
            and p.via not in ("backref", "pronoun")
            and p.name not in {s.name for s in subjects}
        ]
        free_countries = [
            p
            for p in parties
            if p.type == "country"
            and trigger_abs <= p.start < min(clause_end, objects_end)
            and not p.tied
            and p.via in ("demonym", "name")
        ]
        # "le chef de la junte malienne, le général Assimi Goïta": a country in apposition to
        # the person who follows it is that person's, not a side of its own
        free_countries = [
            c
            for c in free_countries
            if not any(
                0 < o.start - c.end <= 40
                and _APPOSED.fullmatch(
                    sentence.text, c.end - sentence.start, o.start - sentence.start
                )
                for o in objects
            )
        ]
        if len({p.name for p in subjects}) != 1:
            return [parties]
        if len({p.name for p in objects}) + (1 if free_countries else 0) < 2:
            return [parties]
        subject = subjects[0]
        subject_side = [p for p in parties if p.start < trigger_abs]
        groups = []
        seen = set()
        for person in objects:
            if person.name in seen:
                continue
            seen.add(person.name)
            tied = [
                p
                for p in parties
                if p.type == "country"
                and p.tied
                and p.start >= trigger_abs
                and abs(p.start - person.start) <= 40
                and p.name != subject.country
            ]
            tied.sort(key=lambda p: (p.start > person.start, abs(p.start - person.start)))
            groups.append(subject_side + [person] + tied[:1])
        if free_countries:
            groups.append(subject_side + free_countries)
        return groups

    def _valid(self, candidate: Candidate) -> bool:
        sides = _sides(candidate.parties)
        if sides >= 2:
            return True
        if candidate.kind in ("summit", "conference", "meeting", "talks") and any(
            p.type == "organization" for p in candidate.parties
        ):
            return True
        # negotiations always have several sides, even when the sentence names one
        return candidate.kind == "talks" and sides == 1

    # -- merging and output ------------------------------------------------------------------
    def finish(self) -> list[dict]:
        events: list[Candidate] = []
        pending = [c for c in self.candidates]
        for candidate in pending:
            candidate.mentions = [candidate.sentence]
        # dated, valid candidates first in text order; the rest can only add evidence
        primary = [
            c
            for c in pending
            if c.value is not None
            and self._valid(c)
            and not c.supporting
            and (c.explicit_date or not self.full_dates_only)
        ]
        secondary = [c for c in pending if c not in primary]
        for candidate in primary:
            target = self._merge_target(events, candidate)
            if target is None:
                events.append(candidate)
            else:
                _absorb(target, candidate)
        for candidate in secondary:
            target = self._merge_target(events, candidate, loose=True)
            if target is not None:
                # "Ces discussions, menées par X et Y": a meeting named again with its own
                # sides adds them even without a date
                restated = candidate.trigger in self.own_sides and bool(
                    _DEMONSTRATIVE_BEFORE.search(
                        candidate.sentence.text,
                        max(0, candidate.trigger.start - 8),
                        candidate.trigger.start,
                    )
                )
                _absorb(
                    target,
                    candidate,
                    add_parties=candidate.value is not None or restated,
                    primary=False,
                )
        return self._render(events)

    def _merge_target(self, events, candidate, loose=False):
        best = None
        for event in events:
            if event is candidate.rescheduled_from:
                continue
            if event.group == candidate.group:
                continue
            if candidate.distinct and event.distinct:
                continue
            if not _kinds_compatible(event.kind, candidate.kind):
                continue
            if (event.venue or candidate.venue) and event.kind != candidate.kind:
                continue
            statuses = {candidate.status, event.status}
            if (
                len(statuses) > 1
                and statuses != {"cancelled", "scheduled"}
                and candidate.value is not None
                and not candidate.sentence.heading
            ):
                continue
            if candidate.value is not None and not self._dates_mergeable(event, candidate):
                continue
            if _ANOTHER.search(
                candidate.sentence.text[
                    max(0, candidate.trigger.start - 25) : candidate.trigger.start
                ]
            ):
                continue
            anaphora = _definite(candidate) and candidate.kind == event.kind
            if not loose and not anaphora and not _parties_compatible(event, candidate):
                continue
            if not loose and not anaphora and self._different_places(event, candidate):
                continue
            overlap = _overlap(event, candidate)
            same_place = event.location and event.location == candidate.location
            if not overlap and not same_place and not anaphora:
                if not (loose and candidate.kind == event.kind and _definite(candidate)):
                    continue
            score = overlap + (1 if same_place else 0) + (1 if event.kind == candidate.kind else 0)
            if best is None or score > best[0]:
                best = (score, event)
        return best[1] if best else None

    def _different_places(self, a: Candidate, b: Candidate) -> bool:
        """A trip to one country is not a trip, or a meeting, in another."""
        to_a = {p.name for p in a.parties if p.via == "place"} if a.kind == "visit" else set()
        to_b = {p.name for p in b.parties if p.via == "place"} if b.kind == "visit" else set()
        if to_a and to_b:
            return not to_a & to_b
        for visit_to, other in ((to_a, b), (to_b, a)):
            place = self.gazetteer.place_named(other.location) if other.location else None
            if visit_to and place is not None and place.country not in visit_to:
                return True
        return False

    def _dates_mergeable(self, event, candidate) -> bool:
        a, b = event.value, candidate.value
        if a == b:
            return True
        if not (a.startswith(b) or b.startswith(a)):
            return False
        coarse = event if len(a) < len(b) else candidate
        fine = candidate if coarse is event else event
        if coarse.week and len(fine.value) == 10:
            if not coarse.week[0] <= fine.value <= coarse.week[1]:
                return False  # "this week" is not the 22nd when today is the 10th
        return coarse.vague and coarse.precision == "month"

    def _render(self, events: list[Candidate]) -> list[dict]:
        events.sort(key=lambda c: (c.sentence.start, c.trigger.start))
        out = []
        index_of = {}
        for event in events:
            index_of[id(event)] = len(out)
            out.append(self._event_dict(event))
        for event in events:
            if event.rescheduled_from is not None and id(event.rescheduled_from) in index_of:
                out[index_of[id(event.rescheduled_from)]]["rescheduled_to"] = index_of[id(event)]
        return out

    def _event_dict(self, event: Candidate) -> dict:
        participants = []
        seen = set()
        for party in sorted(event.parties, key=lambda p: (p.type != "person", p.start)):
            if party.name in seen:
                continue
            seen.add(party.name)
            participants.append({"name": party.name, "type": party.type})
        mentions = []
        seen_sentences = set()
        for sentence in sorted(event.mentions, key=lambda s: s.start):
            if sentence.start in seen_sentences:
                continue
            seen_sentences.add(sentence.start)
            mentions.append(
                {
                    "evidence": self.text[sentence.start : sentence.end],
                    "start": sentence.start,
                    "end": sentence.end,
                }
            )
        evidence_sentence = event.sentence
        return {
            "date": event.value,
            "end_date": event.end_value,
            "precision": event.precision,
            "kind": event.kind,
            "status": event.status,
            "title": self._title(event, participants),
            "participants": participants,
            "location": event.location,
            "evidence": self.text[evidence_sentence.start : evidence_sentence.end],
            "mentions": mentions,
            "confidence": _confidence(event, participants),
            "rescheduled_to": None,
        }

    def _title(self, event: Candidate, participants: list) -> str:
        return make_title(self.gazetteer, self.language, event.kind, participants, event.location)


_TITLE_KIND = {
    "fr": {
        "call": "Entretien téléphonique",
        "meeting": "Rencontre",
        "talks": "Pourparlers",
        "summit": "Sommet",
        "visit": "Visite",
        "conference": "Réunion",
    },
    "en": {
        "call": "Call",
        "meeting": "Meeting",
        "talks": "Talks",
        "summit": "Summit",
        "visit": "Visit",
        "conference": "Conference",
    },
}


def _french_at(city: str) -> str:
    """ "à Genève", "au Caire", "à La Havane"."""
    if city.startswith("Le "):
        return f" au {city[3:]}"
    if city.startswith("Les "):
        return f" aux {city[4:]}"
    return f" à {city}"


def make_title(
    gazetteer: Gazetteer, language: str, kind: str, participants: list, location: str | None
) -> str:
    """A short title in the article's language: "Entretien téléphonique Joe Biden – Vladimir
    Poutine", "Sommet G20 à Bali", "Call between Emmanuel Macron and Vladimir Putin"."""

    def shown(name):
        actor = gazetteer.actor(name)
        return actor.alias(language) if actor else name

    people = [p["name"] for p in participants if p["type"] == "person"]
    organisations = [p["name"] for p in participants if p["type"] == "organization"]
    countries = [p["name"] for p in participants if p["type"] == "country"]
    names = people if len(people) >= 2 else (organisations + people + countries)
    names = [shown(n) for n in names[:4]]
    head = _TITLE_KIND[language][kind]
    if kind == "visit" and (people or countries or organisations):
        # "Visit of William Ruto to Washington", "Visite de Narendra Modi à Paris"
        place = gazetteer.place_named(location) if location else None
        host_country = place.country if place is not None else None
        # the visitor is not the country visited ("Visite de la Tunisie à Tripoli", not Libye)
        visitors = [n for n in people or organisations or countries if n != host_country]
        visitor = (visitors or people or organisations or countries)[0]
        actor = gazetteer.actor(visitor)
        own_country = actor.country if actor is not None else None
        hosts = [n for n in people + countries if n not in (visitor, own_country)]
        if language == "fr":
            where = _french_at(place.alias("fr") if place else location) if location else ""
            where = where or (f" – {shown(hosts[0])}" if hosts else "")
            name = shown(visitor)
            of = "d'" if name[:1] in "AEIOUYÉÈÊaeiouyéèê" else "de "
            return f"Visite {of}{name}{where}"
        where = location or (shown(hosts[0]) if hosts else "")
        return f"Visit of {shown(visitor)} to {where}" if where else f"Visit of {shown(visitor)}"
    if language == "fr":
        title = f"{head} {' – '.join(names)}" if names else head
        if location:
            place = gazetteer.place_named(location)
            title += _french_at(place.alias("fr") if place else location)
    else:
        if len(names) >= 2:
            title = f"{head} between {', '.join(names[:-1])} and {names[-1]}"
        elif names:
            title = f"{names[0]} {head.lower()}"
        else:
            title = head
        if location:
            title += f" in {location}"
    return title


def _governing_verb(token, own_span):
    """The verb a trigger word depends on (itself when it is a verb)."""
    steps = 0
    while steps < 8:
        if token.pos_ in ("VERB", "AUX") and (token.idx not in own_span or token.pos_ == "VERB"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
        steps += 1
    return None


def _same_or_coordinated(verb, other) -> bool:
    if verb.i == other.i:
        return True
    for a, b in ((verb, other), (other, verb)):
        if a.dep_ == "conj" and a.head.i == b.i:
            return True
        # "pour y être reçu", "pour participer": a purpose clause of the same event
        if a.dep_ in ("advcl", "xcomp", "ccomp") and a.head.i == b.i:
            return True
    return False


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


@lru_cache(maxsize=64)
def _relative_clauses(text: str) -> list:
    return [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(text)]


def _first_day(expression, text: str):
    """ "Two days of talks ended on Friday", "le sommet de trois jours s'est achevé jeudi": a
    meeting is dated by its first day, N - 1 days before the day it ended."""
    if expression.precision != "day" or expression.end_value:
        return expression
    length = _DAYS_LONG.search(text)
    ended = _ENDED.search(text[: expression.start])
    if not length or not ended:
        return expression
    days = _COUNT_WORDS.get(length.group(1).lower()) or int(length.group(1))
    if not 2 <= days <= 7:
        return expression
    last = date.fromisoformat(expression.value)
    first = last - timedelta(days=days - 1)
    return dataclasses.replace(expression, value=first.isoformat(), end_value=last.isoformat())


def _shifted(adjunct, main):
    """The date of a meeting named in ", three days after X's summit": the main clause's day
    moved by the count; None without a count or a day."""
    if not adjunct.group("count") or not main or main[0].precision != "day":
        return None
    count = adjunct.group("count").lower()
    number = int(count) if count.isdigit() else _ADJUNCT_COUNTS[count]
    days = number * (7 if adjunct.group("unit").lower().startswith(("w", "s")) else 1)
    if adjunct.group("dir").lower() not in ("before", "avant"):
        days = -days
    day = date.fromisoformat(main[0].value) + timedelta(days=days)
    return dataclasses.replace(main[0], value=day.isoformat(), end_value=None, anchored=True)


@lru_cache(maxsize=256)
def _surname_regex(tokens: tuple) -> re.Pattern:
    return re.compile(r"(?<![\w\-])(" + "|".join(re.escape(t) for t in tokens) + r")(?![\w\-])")


def _clause_end(text: str, offset: int) -> int:
    """Where the clause that goes on at `offset` ends: a reporting verb, a subordinate
    conjunction ("alors que", "while") or a semicolon."""
    match = _CLAUSE_END.search(text, offset)
    return match.start() if match else len(text)


def _cancelled_triggers(triggers, text) -> set:
    """A cancellation word ("reporté", "cancelled", "called off") applies to the trigger nearest
    to it and to the other triggers of the same kind in the sentence."""
    out = set()
    for cue in _CANCEL.finditer(text):
        nearest = min(
            triggers,
            key=lambda t: (
                abs(t.start - cue.start()) if t.start >= cue.start() else abs(cue.start() - t.end)
            ),
        )
        out |= {t for t in triggers if _same_visit_family(t.kind, nearest.kind)}
    return out


def _same_visit_family(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"visit", "meeting"}


def _subject_of(candidate) -> "Party | None":
    trigger_abs = candidate.sentence.start + candidate.trigger.start
    people = sorted((p for p in candidate.parties if p.type == "person"), key=lambda p: p.start)
    before = [p for p in people if p.start < trigger_abs]
    return (before or people or [None])[0]


def _assign_dates(triggers, expressions, text, fits) -> dict:
    """Each date goes to its nearest trigger; a trigger without one borrows the sentence's only
    date when the two are coordinated ("se rendrait au G20 et rencontrerait ... lundi"), not
    when the text puts them in sequence ("fait suite à", "after")."""
    assignment = {}
    if not expressions:
        return assignment
    by_trigger = {t: [] for t in triggers}
    for expression in expressions:
        fitting = [t for t in triggers if fits(t, expression)]
        if not fitting:
            continue
        nearest = min(fitting, key=lambda t: _distance(t, expression, text))
        by_trigger[nearest].append(expression)
    for trigger, found in by_trigger.items():
        if found:
            assignment[trigger] = min(found, key=lambda e: _distance(trigger, e))
    for trigger in triggers:
        if trigger in assignment:
            continue
        usable = [e for e in expressions if fits(trigger, e)]
        if len(usable) != 1:
            continue
        nearest = usable[0]
        low, high = sorted((trigger.end, nearest.start))
        if _AFTER_BEFORE.search(text[low:high]):
            continue
        between = [t for t in triggers if t is not trigger and low <= t.start < high]
        if between:
            gap_end = min(t.start for t in between) if trigger.end <= nearest.start else high
            gap = (
                text[low:gap_end]
                if trigger.end <= nearest.start
                else text[max(t.end for t in between) : high]
            )
            if len(gap) > 30 or not re.search(r"\s(?:et|and|puis|then)\s", gap):
                continue
        assignment[trigger] = nearest
    return assignment


def _distance(trigger, expression, text: str | None = None) -> int:
    """Characters between a trigger and a date; crossing a coordination ("on Monday and then
    head to Ukraine") counts as far."""
    if expression.end <= trigger.start:
        low, high = expression.end, trigger.start
    elif expression.start >= trigger.end:
        low, high = trigger.end, expression.start
    else:
        return 0
    distance = high - low
    if text is not None and _COORDINATION.search(text[low:high]):
        distance += 100
    return distance


def _sides(parties) -> int:
    sides = set()
    for party in parties:
        if party.type == "person":
            sides.add(party.country or party.name)
        else:
            sides.add(party.name)
    return len(sides)


def _overlap(a: Candidate, b: Candidate) -> int:
    people_a, people_b = a.person_names, b.person_names
    if len(people_a) >= 2 and len(people_b) >= 2:
        shared = len(people_a & people_b)
        return shared if shared >= 2 else 0
    return len(a.names & b.names)


_FAMILIES = [{"call"}, {"meeting", "talks", "visit", "summit", "conference"}]


def _parties_compatible(a: Candidate, b: Candidate) -> bool:
    """Two mentions of one meeting: the people and organisations of one are among the other's
    (countries aside), or they share two of them."""
    names_a = {p.name for p in a.parties if p.type != "country"}
    names_b = {p.name for p in b.parties if p.type != "country"}
    return names_a <= names_b or names_b <= names_a or len(names_a & names_b) >= 2


def _kinds_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if "summit" in (a, b) and "meeting" not in (a, b) and "conference" not in (a, b):
        return False
    return any(a in family and b in family for family in _FAMILIES)


def _definite(candidate: Candidate) -> bool:
    """ "the summit", "ces pourparlers": a meeting already known."""
    before = candidate.sentence.text[
        max(0, candidate.trigger.start - 12) : candidate.trigger.start
    ].lower()
    return bool(_DEFINITE_BEFORE.search(before))


def _absorb(target: Candidate, other: Candidate, add_parties=True, primary=True):
    target.mentions.append(other.sentence)
    if add_parties:
        names = target.names
        for party in other.parties:
            if party.name not in names:
                target.parties.append(party)
                names.add(party.name)
    if (
        primary
        and other.value is not None
        and target.value is not None
        and len(other.value) > len(target.value)
    ):
        target.value, target.precision = other.value, other.precision
        target.end_value = other.end_value
        target.anchored = other.anchored
    if target.location is None and other.location is not None:
        target.location = other.location
    if primary and other.status == "cancelled" and other.value == target.value:
        target.status = "cancelled"
    if target.kind != other.kind and other.kind == "call" and target.trigger.ambiguous:
        target.kind = "call"


def _copy(candidate: Candidate) -> Candidate:
    return Candidate(**{k: getattr(candidate, k) for k in candidate.__dataclass_fields__})


def _unknown_person(name: str):
    from .gazetteer import Actor

    return Actor(name=re.sub(r"^(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s+", "", name), type="person")


def _confidence(event: Candidate, participants: list) -> float:
    score = 0.45
    if event.explicit_date:
        score += 0.2
    elif not event.anchored:
        score += 0.1
    else:
        score += 0.1
    if len(participants) >= 2:
        score += 0.15
    if not event.trigger.ambiguous:
        score += 0.1
    if len(event.mentions) > 1:
        score += 0.05
    return round(min(score, 0.99), 2)


__all__ = ["Extractor", "ExtractionResult", "ROLE_NOUNS", "make_title"]
