"""People the gazetteer does not know, found from how news prose names them: a title before
the name ("Foreign Minister Omar Haddad", "le président Paul Ndiaye"), where the name stands
next to a role or a meeting verb ("her Swiss counterpart, Omar Haddad", "met Lena Park"), two
surnames joined by a hyphen next to a meeting noun ("la rencontre Berg-Haddad"), and in French
the model's PER entities. A person found so keeps the surface name as canonical name.
"""

import json
import re
from pathlib import Path

from .first_letters import at_its_first_letters
from .gazetteer import default_actor_records, default_place_records

# The letters a name may start with and go on with, beyond ASCII: "Mikuláš Bek", "Mevlüt
# Çavuşoğlu", "Đỗ Mười", "Łukasz", "İbrahim" (Latin-1, Latin Extended-A and B, and the
# Vietnamese letters of Latin Extended Additional)
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
_LOW = "a-zß-öø-ÿ\u0100-\u024f\u1e00-\u1eff"

_TITLE_NAME = {
    "fr": re.compile(
        r"\b(?:M\.|Mme|président|présidente|ministre|chancelier|chancelière|roi|reine|émir|"
        r"prince|émissaire|envoyé|envoyée|secrétaire\s+d['’][ÉEée]tat|homologue|dirigeant|"
        # "le général Abdourahamane Tiani", "l'ancien chef de l'Etat nigérian Abdulsalami Abubakar"
        r"général|maréchal|colonel|cheikh|Cheikh|sultan|cardinal|Mgr|chef\s+de\s+l['’][ÉEée]tat|"
        r"chef\s+du\s+gouvernement|secrétaire\s+générale?|"
        r"(?:le|la|l['’])\s+[A-ZÉ][a-zéèëï]+(?:ne|en|ain|ais|ois|ien|ienne|ine|in|an|ane|aise"
        r"|oise|aine))"
        # "le ministre d'État Ali al-Hajj Mohamed", "le secrétaire général de l'ONU Kofi Annan"
        r"(?:\s+(?:[a-zéèêëïôûç\-]+|[ld]['’][A-ZÉ][\w-]*)){0,3}\s+"
        rf"((?:[{_UP}][\w'’\-]+)(?:\s+(?:(?:de|ben|bin|dos|da|do|del|van|von|arap)\s+|al-|el-)?"
        rf"[{_UP}][\w'’\-]+){{1,2}}(?:\s+d['’][{_UP}][\w-]+)?)"
    ),
    "en": re.compile(
        r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Crown\s+Prince|"
        r"Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|Secretary(?:\s+of\s+State)?|"
        r"Secretary-General|Special\s+Representative(?:\s+for\s+[A-Z][\w ]+?)?|Envoy|"
        r"Ambassador|Chairman|Sheikh|Senator|[Ll]eader|counterpart|Mr\.?|Mrs\.?|Ms\.?)"
        rf"\s+((?:[{_UP}][\w'’\-]+)(?:\s+(?:al-|el-|(?:bin|ben|de|del|da|dos|van|von|al)\s+)?"
        rf"[{_UP}][\w'’\-]+){{1,2}})"
    ),
}


# "les ministres de la Défense, Prawit Wongsuwon et Tea Banh", "les présidents ougandais Yoweri
# Museveni et kényan Daniel arap Moi": a plural title before the names it gives
_FR_NAME = (
    rf"[{_UP}][\w'’-]+(?:\s+(?:(?:de|ben|bin|dos|da|do|del|van|von|arap)\s+|al-|el-)?"
    rf"[{_UP}][\w'’-]+){{1,2}}"
)
_FR_PLURAL_TITLE_LIST = re.compile(
    r"\b(?:présidents|ministres|chefs\s+d['’][ÉEée]tat|dirigeants|émissaires|négociateurs)"
    rf"(?:\s+[\w'’-]+){{0,4}}?,?\s+((?:{_FR_NAME})(?:\s*,\s*(?:[a-zé-]+\s+)?{_FR_NAME})*"
    rf"\s+et\s+(?:[a-zé-]+\s+)?{_FR_NAME})"
)


# "Son ministre de la Défense, João Gomes Cravinho,": a name apposed to a role phrase
_FR_APPOSED = re.compile(
    r"\b(?:ministre|président|présidente|secrétaire|ambassadeur|ambassadrice|envoyée?|chef"
    r"|porte-parole|médiateur|médiatrice|émissaire|conseill(?:er|ère)|commissaire)\b"
    rf"[^,.;:()«»]{{0,60}},\s+({_FR_NAME})(?=\s*[,.;])"
)


def _french_listed_names(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _FR_APPOSED.finditer(text):
        found.append((match.start(1), match.end(1), match.group(1)))
    for listed in _FR_PLURAL_TITLE_LIST.finditer(text):
        for match in re.finditer(_FR_NAME, listed.group(1)):
            start = listed.start(1) + match.start()
            found.append((start, start + len(match.group(0)), match.group(0)))
    return found


def unknown_people(text: str, language: str, known_spans, doc=None) -> list[tuple[int, int, str]]:
    """People absent from the gazetteer: spaCy PER entities (French) and title + Name patterns.

    A person unknown to the gazetteer keeps the surface name as canonical name.
    """
    found = []

    def overlaps(start, end):
        return any(start < e and s < end for s, e in known_spans)

    for match in _TITLE_NAME[language].finditer(text):
        start, end = match.start(1), match.end(1)
        if not overlaps(start, end):
            found.append((start, end, match.group(1)))
    from_context = _french_listed_names if language == "fr" else _contextual_english_names
    for start, end, name in _paired_surnames(text, language) + from_context(text):
        if not overlaps(start, end) and not any(start < e and s < end for s, e, _ in found):
            found.append((start, end, name))
    if doc is not None:
        for ent in doc.ents:
            if ent.label_ != "PER":
                continue
            words = ent.text.split()
            # "Valéry Giscard d'Estaing", "Ursula von der Leyen": particles in lower case
            if len(words) < 2 or not all(
                w[:1].isupper() or _NAME_PARTICLE.fullmatch(w) for w in words
            ):
                continue
            if ent.text.startswith(("M. ", "Mme ")):
                continue
            if overlaps(ent.start_char, ent.end_char):
                continue
            if any(ent.start_char < e and s < ent.end_char for s, e, _ in found):
                continue
            found.append((ent.start_char, ent.end_char, ent.text))
    cleaned = []
    for start, _end, name in found:
        # a name never runs over a line break ("Lena Okafor\n\nMonday")
        name = re.sub(r"[\s,]+$", "", name.split("\n")[0])
        # "MM. Viatcheslav Molotov", "Qian Qichen's visit": the honorific and the possessive
        # are no part of the name
        honorific = _HONORIFIC_BEFORE.match(name)
        if honorific:
            start, name = start + honorific.end(), name[honorific.end() :]
        name = _POSSESSIVE_END.sub("", name)
        if not name:
            continue
        if name.split()[0] in {"Le", "La", "Les", "The", "Un", "Une"}:
            continue
        # "Deputy Prime Minister", "Affairs Theresa Lazaro": the words of a title are no name
        title = re.match(rf"(?:(?:{_TITLE_WORDS}|{_EN_HONORIFIC}|of)\s+)+", name + " ")
        if title:
            start, name = start + title.end(), name[title.end() :]
            # "Secretary General José Miguel| Insulza": the pattern's few words went to the
            # title; the name runs on by as many
            for _ in range(len(title.group(0).split())):
                more = _NEXT_NAME_WORD.match(text, start + len(name))
                if not name or more is None or _NOT_A_NAME_WORD.match(more.group(0).strip()):
                    break
                name += more.group(0)
        # "Président de la République": a title's complement is no name either
        if not name or name.split()[0] in ("of", "de", "du", "des", "la", "le"):
            continue
        # "Marie-Ève Lapointe-Gagnon": the recogniser often stops at the dash of a compound
        # surname (a lone surname is left alone: "Sharon-Abbas" are two)
        rest = _SURNAME_PART.match(text, start + len(name))
        if rest and " " in name and not overlaps(start + len(name), rest.end()):
            name += rest.group(0)
        # "Luiz Inacio Lula| da Silva", "Tamim bin Hamad| Al Thani": a name that runs on past
        # the recogniser's last word with a particle
        rest = _PARTICLE_TAIL.match(text, start + len(name))
        if _PARTICLE_END.search(name):
            # "Khalid bin Mohammed Al| Attiyah": the name stopped on its particle
            rest = _NEXT_NAME_WORD.match(text, start + len(name))
        if rest and " " in name and not overlaps(start + len(name), rest.end()):
            name += rest.group(0)
        cleaned.append((start, start + len(name), name))
    return sorted(cleaned)


_NAME_PARTICLE = re.compile(
    r"(?:d['’]\w+|de|du|des|la|le|van|von|der|den|al-\w+|el-\w+|ben|bin|da|dos|di|do|das|del"
    r"|della|dei|arap|y|af|zu|ter|ten)"
)
_SURNAME_PART = re.compile(rf"(?:-[{_UP}][\w'’]+)+")
_PARTICLE_TAIL = re.compile(
    r"(?:\s+(?:da|dos|das|do|bin|ben|ibn|Al|al|el|von|van|der|den|Ben|Bin|Ould|Abu)\s+"
    rf"(?-i:[{_UP}])[\w'’-]+)+"
)
_PARTICLE_END = re.compile(r"\s(?:da|dos|das|do|bin|ben|ibn|Al|al|el|von|van|der|den)$")
_NEXT_NAME_WORD = re.compile(rf"\s+(?-i:[{_UP}])[\w'’-]+")
_NOT_A_NAME_WORD = re.compile(
    r"(?:The|Le|La|Les|On|In|At|And|Et|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)$"
)
_HONORIFIC_BEFORE = re.compile(rf"(?:MM\.|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s+(?=[{_UP}])")
_POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")


# A name or a state's name starts with a capital: said once before the pattern, it lets the
# scan pass every other word without trying the whole pattern there (a speed-up only)
_CAPITAL = rf"(?=(?-i:[{_UP}]))"
# An English name the gazetteer does not know: two or three capitalised words...
# A word of a name: accented letters ("Macuácua"), "O'Brien", "McDonald", "Banda-Mwale".
_EN_NAME_WORD = (
    rf"(?-i:[{_UP}](?:['’][{_UP}])?[{_LOW}]+(?:[{_UP}][{_LOW}]+)?"
    rf"(?:-[{_UP}][{_LOW}]+)?)"
)
# an initial: "William P. Rogers", "S Jaishankar", "G. L. Peiris" (not the S of "U.S."), or
# initials run together: "S.P. Thamilselvan", "E.Sh. Karabaev"
_EN_INITIAL = r"(?<![\w.])(?:(?:(?-i:[A-Z][a-z]?)\.){2,3}|(?-i:[A-Z])\.?)"
# up to four words: "Nguyen Thi Thu Ha"; or initials and a surname
_EN_NAME = (
    rf"((?:{_EN_INITIAL}\s*){{1,2}}(?<=[.\s]){_EN_NAME_WORD}|{_EN_NAME_WORD}"
    rf"(?:\s+(?:{_EN_INITIAL}\s+){{0,2}}(?:al-|el-|(?:bin|ben|de|van|von|da|dos)\s+)?"
    rf"{_EN_NAME_WORD}){{1,3}})"
)
# "Paek Nam Sun of North Korea met": where the person comes from, between name and verb
_OF_COUNTRY = r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
_EN_NAME_WORDS = json.loads((Path(__file__).parent / "data" / "names_en.json").read_text("utf-8"))
_EN_ROLE = "(?:" + "|".join(_EN_NAME_WORDS["roles"]) + ")"
_EN_MEETING_VERB = "(?:" + "|".join(_EN_NAME_WORDS["meeting_verbs"]) + ")"
# ...named where a person stands: after a role ("her Swiss counterpart, Omar Haddad"), before
# an apposed role ("Omar Haddad, the foreign minister"), as the subject or object of a meeting
# verb ("Anna Berg will meet", "met Omar Haddad", "talks with Lena Park")
_EN_NAME_IN_CONTEXT = [
    re.compile(rf"\b{_EN_ROLE}(?:\s+of\s+(?-i:[A-Z])\w+)?,?\s+{_EN_NAME}\b", re.IGNORECASE),
    # ... or "Omar Haddad, Tunisia's foreign minister"
    re.compile(
        rf"\b{_CAPITAL}{_EN_NAME},\s+(?:(?:then|now|former)\s+)?(?:the|a|an|his|her|their"
        rf"|(?:the\s+)?(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?['’]s)"
        rf"\s+(?:[\w.-]+\s+){{0,3}}?"
        rf"{_EN_ROLE}\b",
        re.IGNORECASE,
    ),
    # "Cyril Ramaphosa, then AU chairman,", "Abiy Ahmed, who took office in 2018": a name set
    # off by a comma before a role or a relative "who" is a person's
    re.compile(
        rf"\b{_CAPITAL}{_EN_NAME},\s+(?:(?:then|now|former)\s+(?:[\w.-]+\s+){{0,2}}?{_EN_ROLE}\b|who\b)",
        re.IGNORECASE,
    ),
    # "the Foreign Minister of the Republic of Belarus, Sergei Aleinik,", "the U.S. ambassador
    # in Baghdad, April Glaspie,": a name apposed to a role phrase
    re.compile(
        rf"\b{_EN_ROLE}\b[^,.;:()]{{0,60}},\s+{_EN_NAME}(?=\s*(?:[,.;]|$))",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_CAPITAL}{_EN_NAME}{_OF_COUNTRY}\s+"
        rf"(?:(?:will|would|is\s+to|was\s+to|has|had|also|then|later|is|was)\s+)*"
        rf"{_EN_MEETING_VERB}\b",
        re.IGNORECASE,
    ),
    # "Jorge Vargas's visit to Lima", "Lena Park's talks with": the one whose meeting it is
    # (not a "tour" nor an "arrival": a singer's tour reaches a city too)
    re.compile(
        rf"\b{_CAPITAL}{_EN_NAME}['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:visit|trip|meeting|talks|call"
        rf"|journey|stopover|audience|summit)s?\b",
        re.IGNORECASE,
    ),
    # "Lena Park and Omar Haddad held talks": the first of two subjects
    re.compile(
        rf"\b{_CAPITAL}{_EN_NAME}{_OF_COUNTRY}\s+(?:and|&)\s+(?-i:[A-Z])[\w'’-]+"
        rf"(?:\s+(?-i:[A-Z])[\w'’-]+){{1,2}}{_OF_COUNTRY}\s+"
        rf"(?:(?:will|would|is\s+to|are\s+to|have|had|also|then|later|are|were)\s+)*"
        rf"{_EN_MEETING_VERB}\b",
        re.IGNORECASE,
    ),
    # "a meeting between Dick Spring and Patrick Mayhew": the two names of "between"
    re.compile(rf"\bbetween\s+{_EN_NAME}{_OF_COUNTRY}\s+(?:and|&)\s+(?-i:[A-Z])"),
    re.compile(
        rf"\bbetween\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){{0,3}}{_OF_COUNTRY}"
        rf"\s+(?:and|&)\s+{_EN_NAME}\b"
    ),
    # "Nguyen Thi Thu Ha (Vietnam)": a name with a country or a role in brackets
    re.compile(rf"\b{_CAPITAL}{_EN_NAME}(?=\s*\((?-i:[A-Z][a-z]))"),
    re.compile(
        rf"\b(?:{_EN_MEETING_VERB}|with)\s+{_EN_NAME}\b(?=\s*(?:[,.;]|on\b|in\b|at\b"
        rf"|and\b|who\b|to\b|for\b|$))",
        re.IGNORECASE,
    ),
    # "met Olaf Scholz on Monday and Paul Mwangi on Tuesday": the second one met
    re.compile(
        rf"\b(?:{_EN_MEETING_VERB}|with)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){{0,3}}"
        rf"(?:\s+on\s+(?-i:[A-Z])[a-z]+day)?,?\s+and\s+{_EN_NAME}\b"
        rf"(?=\s*(?:[,.;]|on\b|in\b|at\b|$))",
        re.IGNORECASE,
    ),
]
# "Presidents Yoweri Museveni of Uganda, Omar Bashir of Sudan and Paul Kagame of Rwanda": a
# plural title before a list of names, each one a person
_EN_LISTED = _EN_NAME.replace("(", "(?:", 1) + _OF_COUNTRY
_EN_PLURAL_TITLE_LIST = re.compile(
    r"\b(?-i:Presidents|Prime\s+Ministers|Foreign\s+Ministers|Ministers|Premiers|Leaders)\s+"
    rf"({_EN_LISTED}(?:\s*,\s*{_EN_LISTED})*,?\s+and\s+{_EN_LISTED})"
)
_TITLE_WORDS = "|".join(re.escape(word) for word in _EN_NAME_WORDS["title_words"])
# the English names of the states of the gazetteer ("Australia", "Saudi Arabia", "Congo")
_STATE_RECORDS = [r for r in default_actor_records() if r.get("type") == "country"]
_EN_STATES = sorted(
    {
        alias
        for record in _STATE_RECORDS
        for alias in record.get("aliases", {}).get("en", [])
        if alias[:1].isupper()
    },
    key=len,
    reverse=True,
)
_EN_STATE = "(?-i:" + "|".join(re.escape(state) for state in _EN_STATES) + ")"
# a word of a title or an honorific that may stand between a state's possessive and the name
_EN_HONORIFIC = r"(?-i:Dr\.?|Dame|Sir|Sheikh|Mullah|Gen\.|General|Sultan|Cardinal|Archbishop)"
_EN_NAME_NEAR_A_STATE = [
    # "Australia's Bob Hawke", "Thailand's Prime Minister Paetongtarn Shinawatra", "Pakistan's
    # army chief, General Qamar Javed Bajwa", "Myanmar's military ruler Min Aung Hlaing"
    re.compile(
        rf"\b{_CAPITAL}{_EN_STATE}['’]s\s+(?:(?:(?!(?:and|or|with)\b)(?-i:[a-z][\w-]*)|{_EN_HONORIFIC}"
        rf"|(?-i:{_TITLE_WORDS}))"
        rf"[\s,]+){{0,6}}?(?!{_EN_HONORIFIC}\s|(?-i:{_TITLE_WORDS})\s){_EN_NAME}\b"
    ),
    # "Dr Vivian Balakrishnan", "Dame Meg Taylor", "Mullah Abdul Ghani Baradar"
    re.compile(rf"\b{_EN_HONORIFIC}\s+{_EN_NAME}\b"),
    # "Felix Tshisekedi of Congo hosted", "Oscar Arias of Costa Rica, Jose Azcona of Honduras"
    re.compile(rf"\b{_CAPITAL}{_EN_NAME}\s+of\s+(?:the\s+)?{_EN_STATE}\b"),
]
# each told the letters it can start with (first_letters.py): those led by a role word or a
# meeting verb then pass most positions of the text without being tried there
_NAME_PATTERNS = [at_its_first_letters(p) for p in _EN_NAME_IN_CONTEXT + _EN_NAME_NEAR_A_STATE]
_NOT_A_FIRST_NAME = set(_EN_NAME_WORDS["not_a_first_name"])  # capitalised words that begin no name
_NOT_IN_A_NAME = set(_EN_NAME_WORDS["not_in_a_name"])


def _contextual_english_names(text: str) -> list[tuple[int, int, str]]:
    found = []
    for listed in _EN_PLURAL_TITLE_LIST.finditer(text):
        for match in re.finditer(_EN_NAME + _OF_COUNTRY, listed.group(1)):
            start = listed.start(1) + match.start(1)
            found.append((start, start + len(match.group(1)), match.group(1)))
    for pattern in _NAME_PATTERNS:
        for match in pattern.finditer(text):
            start, name = match.start(1), match.group(1)
            # "On Friday Bhim Rawal met": capitalised words before the name are none of it
            while len(name.split()) > 2 and name.split()[0] in _NOT_A_FIRST_NAME:
                first = name.split()[0]
                skipped = len(name) - len(name[len(first) :].lstrip())
                start, name = start + skipped, name[skipped:]
            words = name.split()
            if words[0] in _NOT_A_FIRST_NAME or any(w in _NOT_IN_A_NAME for w in words):
                continue
            found.append((start, start + len(name), name))
    return found


# "another Weisglass-Erekat meeting", "la rencontre Abbas-Sharon": two surnames joined by a
# hyphen next to a meeting noun are two people
_PAIRED_SURNAMES = {
    "en": re.compile(
        r"\b((?-i:[A-Z][a-z]{2,}))[-–]((?-i:[A-Z][a-z]{2,}))\s+(?:meeting|talks|summit|call"
        r"|encounter|negotiations)\b"
    ),
    "fr": re.compile(
        r"\b(?:rencontre|entretien|sommet|tête-à-tête|face-à-face|pourparlers|échange)s?\s+"
        r"((?-i:[A-Z][a-zéèëï]{2,}))[-–]((?-i:[A-Z][a-zéèëï]{2,}))\b"
    ),
}


def _place_words() -> set:
    """One-word names of states and places of the gazetteer, in both languages, and the
    continents and seas: "the Russia-Africa summit", "le sommet Chine-Afrique" pair places."""
    records = _STATE_RECORDS + default_place_records()
    words = {
        alias
        for record in records
        for aliases in record.get("aliases", {}).values()
        for alias in aliases
        if " " not in alias
    }
    return words | set(_EN_NAME_WORDS["continents_and_seas"])


_PLACE_WORDS = _place_words()


def _paired_surnames(text: str, language: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _PAIRED_SURNAMES[language].finditer(text):
        if match.group(1) in _PLACE_WORDS or match.group(2) in _PLACE_WORDS:
            continue
        for group in (1, 2):
            name = match.group(group)
            if name not in _NOT_A_FIRST_NAME and name not in _NOT_IN_A_NAME:
                found.append((match.start(group), match.end(group), name))
    return found


# French capitalised words that begin no given name (the English ones: names_en.json)
_FR_NOT_A_FIRST_NAME = frozenset(
    "Le La Les Du De Des Un Une M Mme Mgr MM Monsieur Madame Selon Pour Avec Après Avant Quand "
    "Lors Dans En Et Mais Puis Ainsi Chez Sous Sur Par Cette Ce Son Sa Ses Leur Lundi Mardi "
    "Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août "
    "Septembre Octobre Novembre Décembre Président Présidente Premier Première Ministre Général "
    "Maréchal Roi Reine Prince Princesse Cheikh Émir Emir Pape Sultan Chef Chancelier "
    "Chancelière Colonel Capitaine Commandant Docteur Maître Cardinal Saint Sainte".split()
)
_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])([{_UP}][{_LOW}'’-]+)\s$")


def other_bearers_dropped(text: str, matches: list) -> list:
    """The gazetteer's matches less a person matched by a surname alone that follows another
    given name: "Jorge Vargas" is not Getúlio Vargas, "Hunter Biden" not Joe Biden (the full
    name the gazetteer knows would have matched whole). A title, an honorific, a weekday or a
    word that begins a sentence before the surname ("President Vargas", "On Monday Vargas")
    leaves it be."""
    kept = []
    for match in matches:
        actor = match.actor
        if actor is not None and actor.type == "person" and " " not in match.text.strip():
            before = _WORD_BEFORE.search(text, max(0, match.start - 30), match.start)
            word = before.group(1) if before else None
            if (
                word is not None
                and word not in _NOT_A_FIRST_NAME
                and word not in _FR_NOT_A_FIRST_NAME
                and not re.fullmatch(_TITLE_WORDS, word)
                and not any(
                    word in alias.split() for names in actor.aliases.values() for alias in names
                )
            ):
                continue
        kept.append(match)
    return kept
