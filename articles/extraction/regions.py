"""States named as a region's group: "the three Baltic presidents", "Nordic and Baltic foreign
ministers", "les ministres des Affaires étrangères du Benelux". The corpus lists the member
states of such a group when its people are not named. The groups and the nouns they must
qualify are data (data/regions.json): "the Baltic Sea" or "Nordic skiing" name no side.
"""

import json
import re
from pathlib import Path

from .temporal.vocabulary import word_alternation

_DATA = json.loads((Path(__file__).parent / "data" / "regions.json").read_text("utf-8"))
_MEMBERS = {
    language: {
        adjective.lower(): group["members"]
        for group in _DATA["groups"]
        for adjective in group[language]
    }
    for language in ("en", "fr")
}


def _by_length(words) -> list:
    return sorted(words, key=len, reverse=True)


def _pattern(language: str) -> re.Pattern:
    adjectives = word_alternation(_by_length(_MEMBERS[language]))
    nouns = word_alternation(_by_length(_DATA["nouns"][language]))
    if language == "en":
        return re.compile(
            rf"\b(?P<a>{adjectives})(?:\s+and\s+(?P<b>{adjectives}))?\s+(?:{nouns})\b",
            re.IGNORECASE,
        )
    return re.compile(
        rf"\b(?:{nouns})\s+(?P<a>{adjectives})(?:\s+et\s+(?P<b>{adjectives}))?(?![\w-])",
        re.IGNORECASE,
    )


_PATTERNS = {language: _pattern(language) for language in ("en", "fr")}


def regional_states(text: str, language: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, member states) of each group of states the text names by its region."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        members = []
        for adjective in (match.group("a"), match.group("b")):
            if adjective:
                members += _MEMBERS[language][" ".join(adjective.lower().split())]
        found.append((match.start(), match.end(), list(dict.fromkeys(members))))
    return found
