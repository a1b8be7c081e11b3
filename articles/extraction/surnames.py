"""A surname standing for a person: "M. Biden", "Mr Xi", "President Clinton", "Kim" after "Kim
Jong Un", "Bashir" after "Omar al-Bashir". Part of the mentions stage (`mentions.parties_in`):
the person the story named with that surname, else the gazetteer's namesake in office that
year, else (after "M.", "Mr") a person the story never named in full.
"""

import re
from functools import lru_cache

from .model import Article, Sentence
from .participants import Party

_SURNAME = re.compile(r"\b(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s+([A-ZÉ][\w\-]+)")
# "President Clinton", "le président Chirac": a title, then a surname alone; "Sir Keir", "Dame
# Meg": a British knighthood, then the given name it is used with
_TITLED_SURNAME = re.compile(
    r"\b(?:Sir|Dame|President|Prime\s+Minister|Premier|Chancellor|Secretary\s+of\s+State|Secretary"
    r"|Foreign\s+Minister|Vice\s+President|King|Queen|Senator|(?i:président|chancelier"
    r"|premier\s+ministre|secrétaire\s+d['’]État|ministre))\s+([A-ZÉ][\w\-]+)\b(?![\s-]+[A-ZÉ])"
)
# "Sheikh Tamim| bin Hamad Al Thani": capitalised words and particles running on from a name
_NAME_TAIL = re.compile(
    r"(?:[\s-]+(?:(?i:al|el|bin|ben|ibn|de|da|del|van|von)|[A-Z][\w'’-]*))*?[\s-]*$"
)
# "Omar al-Bashir" is "Bashir" on second mention, "Abdel Fattah el-Sisi" "Sisi": the article
# is dropped with the first name
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|an|ar|at|az)-(?=[A-Z])")
# "Luiz Inácio Lula da Silva" is "Lula": the word before a Portuguese or Spanish particle
_PARTICLE = re.compile(r"da|das|do|dos|de|del|della|di")
# where the family name comes first, and stands alone on second mention whatever its length
# ("Moon Jae-in" is "Moon", "Lee Hsien Loong" "Lee"); the romanised Korean given name, one
# hyphenated word, says so of a person of any country the gazetteer gives
_FAMILY_NAME_FIRST = frozenset(
    {"China", "Taiwan", "North Korea", "South Korea", "Singapore", "Hong Kong", "Macau"}
)
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def surname_parties(article: Article, sentence: Sentence, parties: list) -> list[Party]:
    """The people the sentence names by a surname alone, beyond `parties` (those it names in
    full)."""
    text = sentence.text
    found = []
    for match in _surname_matches(article, text):
        rel = match.start(1)
        named = parties + found
        if any(p.start <= sentence.start + rel < p.end for p in named):
            continue
        if any(
            p.type == "person" and _NAME_TAIL.match(text, p.end - sentence.start, rel)
            for p in named
            if sentence.start <= p.end <= sentence.start + rel
        ):
            continue  # "Tamim bin Hamad Al Thani": the end of the name just matched
        person = _person(article, match)
        if person is not None:
            name, country = person
            found.append(
                Party(
                    name,
                    "person",
                    sentence.start + rel,
                    sentence.start + match.end(1),
                    country,
                    "name",
                )
            )
    return found


def _person(article: Article, match: re.Match) -> tuple | None:
    """(name, state) of the person a surname stands for, or None."""
    surname = match.group(1)
    # "President Ghani" after "Mullah Abdul Ghani Baradar" and "Ashraf Ghani": the one whose
    # surname it is before the one it is a given name of
    seen = next(
        (p for p in reversed(article.people_seen) if surname in _surname_forms(p.name)), None
    ) or next((p for p in reversed(article.people_seen) if surname in p.name.split()), None)
    if seen is not None:
        return seen.name, seen.country
    namesake = article.gazetteer.namesake_in_office(surname, article.published.year)
    if namesake is not None:
        return namesake.name, namesake.country
    if match.re is _SURNAME and not article.gazetteer.actor(surname):
        return surname, None  # "M. Kazimi" never named in full: a person all the same
    return None


def _surname_matches(article: Article, text: str):
    titled = list(_SURNAME.finditer(text)) + list(_TITLED_SURNAME.finditer(text))
    tokens = {}
    for seen in article.people_seen:
        words = seen.name.split()
        if len(words) >= 2:
            for surname in _surname_forms(seen.name):
                tokens.setdefault(surname, seen)
            if len(words[0]) <= 3 or _family_name_first(seen, words):
                tokens.setdefault(words[0], seen)
    if not tokens:
        return titled
    return titled + list(_surname_regex(tuple(sorted(tokens))).finditer(text))


def _family_name_first(person: Party, words: list) -> bool:
    return person.country in _FAMILY_NAME_FIRST or (
        len(words) == 2 and bool(_HYPHENATED_GIVEN_NAME.fullmatch(words[1]))
    )


@lru_cache(maxsize=4096)
def _surname_forms(name: str) -> tuple:
    """The words a person's surname may be written with alone: the last word of the name,
    that word without an Arabic article ("al-Bashir", "Bashir"), and the word before a
    Portuguese or Spanish particle that is not the first name ("Luiz Inácio Lula da Silva" is
    "Lula")."""
    words = name.split()
    last = words[-1]
    bare = _ARABIC_ARTICLE.sub("", last)
    forms = (last, bare) if bare != last and len(bare) > 2 else (last,)
    for index in range(2, len(words) - 1):
        if _PARTICLE.fullmatch(words[index]) and words[index - 1][:1].isupper():
            return forms + (words[index - 1],)
    return forms


@lru_cache(maxsize=256)
def _surname_regex(tokens: tuple) -> re.Pattern:
    return re.compile(r"(?<![\w\-])(" + "|".join(re.escape(t) for t in tokens) + r")(?![\w\-])")
