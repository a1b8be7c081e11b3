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
# a pattern that can start with more letters than this is not told them (at_its_first_letters)
_FEWEST_SKIPPED = 40


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


def at_its_first_letters(pattern: re.Pattern) -> re.Pattern:
    """`pattern`, told up front which characters a match can start with: `search` and
    `finditer` then pass every other position without trying the whole pattern there (a
    speed-up only). A pattern whose start cannot be bounded, or can be any of more than
    `_FEWEST_SKIPPED` letters (a capitalised name), is left as it is: checking the class at
    every position would then cost more than it saves."""
    letters = first_letters(pattern.pattern, pattern.flags)
    if letters is EVERY_LETTER or len(letters) > _FEWEST_SKIPPED:
        return pattern
    return re.compile(_lookahead_of(letters) + pattern.pattern, pattern.flags)


def _lookahead_of(letters) -> str:
    """A lookahead of `letters`, in both cases ("(?=[Aa])")."""
    both_cases = letters | {letter.upper() for letter in letters if len(letter.upper()) == 1}
    return "(?=[" + "".join(re.escape(letter) for letter in sorted(both_cases)) + "])"


def alternation_by_first_letter(alternatives: list[str], flags: int = re.IGNORECASE) -> str:
    """A pattern that matches what "|".join(alternatives) matches, the alternatives grouped by
    the letter they can start with, in their order, each group behind a lookahead of its letter:
    at a position the engine then tries one group instead of every alternative. Left as the
    plain alternation when an alternative's start cannot be bounded, or when one holds a
    capturing group (repeated in two letters' groups, it would renumber the groups after it)."""
    starts = [(alternative, first_letters(alternative, flags)) for alternative in alternatives]
    if (
        not starts
        or any(found is EVERY_LETTER for _a, found in starts)
        or any(re.compile(alternative, flags).groups for alternative in alternatives)
    ):
        return "|".join(alternatives)
    groups = []
    for letter in sorted(set().union(*(found for _a, found in starts))):
        chosen = "|".join(alternative for alternative, found in starts if letter in found)
        groups.append(f"{_lookahead_of({letter})}(?:{chosen})")
    return "(?:" + "|".join(groups) + ")"


def top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` cut at each "|" outside parentheses and character classes: the alternatives
    of its top level, in order ("|".join of them gives `pattern` back)."""
    alternatives = []
    depth = 0
    class_start = None  # where the character class being read opened
    start = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if class_start is not None:
            # "]" first in a class ("[]...]", "[^]...]") is a member, not its end
            first = class_start + (2 if pattern[class_start + 1 : class_start + 2] == "^" else 1)
            if char == "]" and index > first:
                class_start = None
        elif char == "[":
            class_start = index
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
        index += 1
    alternatives.append(pattern[start:])
    return alternatives
