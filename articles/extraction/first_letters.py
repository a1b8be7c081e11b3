"""The letters a regular expression can start a match with, to try at a word only the
patterns that can begin there.

The trigger scan tries one alternation of about a hundred patterns at each word before a
meeting stem; Python's engine tries every alternative in turn, and that was most of the
engine's own time. Grouping the alternatives by the letter they can start with, in their
order, gives at each word the same first match (an alternative that cannot start with the
word's letter cannot match there) for a fraction of the attempts.

The set is read from the parse of the pattern by the standard library's own parser
(`re._parser`, Python 3.11); anything it cannot bound (a class such as `\\w`, a group
reference) makes the pattern a candidate at every letter, which is always correct.
"""

import re
import re._constants as sre
import re._parser as sre_parse

EVERY_LETTER = None  # the pattern can start with a letter this reading cannot bound

# a character class wider than this many code points is taken as unbounded
_WIDEST_RANGE = 400


def first_letters(pattern: str, flags: int = re.IGNORECASE) -> frozenset | None:
    """The lowercase characters a match of `pattern` can start with, or EVERY_LETTER."""
    try:
        letters, can_be_empty = _first(list(sre_parse.parse(pattern, flags)))
    except (re.error, TypeError, ValueError):
        return EVERY_LETTER
    if letters is EVERY_LETTER or can_be_empty:
        return EVERY_LETTER
    return frozenset(letters)


def _first(items: list) -> tuple:
    """(letters, whether the sequence can match the empty string) of a parsed sequence."""
    letters = set()
    for op, value in items:
        if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item gives the first character
        if op is sre.LITERAL:
            letters.add(chr(value).lower())
            return letters, False
        if op is sre.IN:
            found = _class_letters(value)
            return (EVERY_LETTER if found is EVERY_LETTER else letters | found), False
        if op is sre.SUBPATTERN:
            found, can_be_empty = _first(list(value[3]))
        elif op is sre.BRANCH:
            found, can_be_empty = set(), False
            for alternative in value[1]:
                more, empty = _first(list(alternative))
                if more is EVERY_LETTER:
                    return EVERY_LETTER, False
                found |= more
                can_be_empty = can_be_empty or empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            least, _most, body = value
            found, can_be_empty = _first(list(body))
            can_be_empty = can_be_empty or least == 0
        else:
            return EVERY_LETTER, False
        if found is EVERY_LETTER:
            return EVERY_LETTER, False
        letters |= found
        if not can_be_empty:
            return letters, False
    return letters, True


def _class_letters(members: list):
    letters = set()
    for op, value in members:
        if op is sre.LITERAL:
            letters.add(chr(value).lower())
        elif op is sre.RANGE and value[1] - value[0] <= _WIDEST_RANGE:
            letters.update(chr(code).lower() for code in range(value[0], value[1] + 1))
        else:
            return EVERY_LETTER
    return letters


def by_first_letter(named_patterns: list, prefix: str, flags: int = re.IGNORECASE):
    """One alternation per first letter of the `(name, pattern)` pairs, in their order, each
    behind `prefix`: {letter: compiled}, and the one for any other letter. At a position whose
    lowercase character is `letter`, `table.get(letter, other).match` gives what the whole
    alternation's `match` gives."""
    starts = [(name, pattern, first_letters(pattern, flags)) for name, pattern in named_patterns]
    letters = set().union(*(found for _n, _p, found in starts if found is not EVERY_LETTER))

    def alternation(letter):
        chosen = [
            f"(?P<{name}>{pattern})"
            for name, pattern, found in starts
            if found is EVERY_LETTER or letter in found
        ]
        # "(?!)" never matches: a letter no pattern starts with is tried at no cost
        return re.compile(prefix + "(?:" + ("|".join(chosen) or "(?!)") + ")", flags)

    return {letter: alternation(letter) for letter in sorted(letters)}, alternation(None)
