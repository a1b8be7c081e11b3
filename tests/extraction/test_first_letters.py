"""Trying at a word only the patterns that can start with its letter (first_letters.py) finds
what the whole alternation finds. Sentences written for these tests."""

import re

import pytest

from articles.extraction import triggers
from articles.extraction.first_letters import (
    EVERY_LETTER,
    alternation_by_first_letter,
    at_its_first_letters,
    by_first_letter,
    first_letters,
    top_level_alternatives,
)

WORD_START = r"(?<!\w)(?=[^\W\d_])"


@pytest.mark.parametrize(
    ("pattern", "letters"),
    [
        (r"sommet|rencontr\w+", {"s", "r"}),
        # an optional adverb before the verb: either can come first
        (r"(?:longuement\s+)?t[ée]l[ée]phon\w+", {"l", "t"}),
        (r"\bheld\s+talks", {"h"}),
        (r"[A-C]alls", {"a", "b", "c"}),
        (r"Élysée", {"é"}),
    ],
)
def test_it_reads_the_letters_a_pattern_can_start_with(pattern, letters):
    assert first_letters(pattern) == letters


@pytest.mark.parametrize("pattern", [r"\w+\s+met", r"(?:talks)?", r".alks"])
def test_it_tries_everywhere_a_pattern_whose_first_letter_it_cannot_bound(pattern):
    assert first_letters(pattern) is EVERY_LETTER


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Le ministre s'est longuement entretenu lundi avec son homologue à Rabat."),
        ("fr", "Les deux dirigeants se sont retrouvés pour un sommet, puis ont téléphoné à Kyiv."),
        ("fr", "La visite d'Etat du président a été reportée, selon l'Elysée."),
        ("en", "The foreign minister held talks with her counterpart and later spoke by phone."),
        ("en", "Leaders will gather for a summit in Lima before a state visit to Chile."),
        ("en", "The envoy met rebel leaders on Tuesday; a second round is planned."),
    ],
)
def test_it_matches_at_every_word_what_the_whole_alternation_matches(language, sentence):
    patterns = triggers._triggers(language) + triggers._frames(language)
    named = [(f"t{i}", pattern) for i, (_kind, pattern, _verb, _amb) in enumerate(patterns)]
    whole = re.compile(
        WORD_START + "(?:" + "|".join(f"(?P<{n}>{p})" for n, p in named) + ")", re.IGNORECASE
    )
    letters, other = by_first_letter(named, WORD_START)
    found = 0
    for word in re.finditer(WORD_START, sentence):
        expected = whole.match(sentence, word.start())
        got = letters.get(sentence[word.start()].lower(), other).match(sentence, word.start())
        assert (got and (got.span(), got.lastgroup)) == (
            expected and (expected.span(), expected.lastgroup)
        )
        found += expected is not None
    assert found  # each sentence holds at least one meeting word


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Le sommet, prévu mardi 14 mars, a été repoussé à la mi-avril, puis à l'automne."),
        ("fr", "Ils s'étaient vus il y a deux semaines, et se reverront dans les prochains jours."),
        ("en", "The talks, held on 3/4 May, resume next Tuesday and again in early June 2024."),
        ("en", "They met yesterday, two days after the summit of March 12th; more talks soon."),
        ("en", "The ministers met on 14 March in Geneva and again on 2 April 2019 in Vienna."),
    ],
)
def test_it_finds_the_same_dates_told_where_they_can_start(language, sentence):
    # each date pattern, told which letters it can start with, finds what it found untold
    from articles.extraction.temporal import expressions

    raw = {"fr": expressions.FRENCH_PATTERNS, "en": expressions.ENGLISH_PATTERNS}[language]
    told = expressions._GATED[language]
    found = 0
    for (pattern, _handler), (quick, _h, _gate) in zip(raw, told, strict=True):
        expected = [m.span() for m in pattern.finditer(sentence)]
        assert [m.span() for m in quick.finditer(sentence)] == expected, pattern.pattern[:60]
        found += len(expected)
    assert found


@pytest.mark.parametrize(
    ("pattern", "alternatives"),
    [
        (r"a(?:b|c)|d", [r"a(?:b|c)", "d"]),
        # a bar inside a class or escaped is no cut
        (r"[|]x|\|y|z", [r"[|]x", r"\|y", "z"]),
        # a "]" first in a class is one of its members
        (r"[]|]x|[^]|]y|w", [r"[]|]x", r"[^]|]y", "w"]),
    ],
)
def test_it_cuts_a_pattern_at_its_top_level_bars_only(pattern, alternatives):
    assert top_level_alternatives(pattern) == alternatives
    assert "|".join(alternatives) == pattern


def test_it_leaves_an_alternation_whose_groups_would_be_renumbered_as_it_is():
    alternatives = [r"(me)et\w*", r"[mt]alks"]
    assert alternation_by_first_letter(alternatives) == "|".join(alternatives)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "L'entretien prévu jeudi a été annulé ; la visite, reportée à une date ultérieure."),
        ("fr", "Le déjeuner n'a finalement pas eu lieu, mais les deux ministres se sont parlé."),
        ("en", "The summit was called off, and a dinner set for Friday was put back to Monday."),
        ("en", "Talks had been due to resume in Oslo; the envoy's trip was shelved until May."),
    ],
)
def test_it_finds_what_the_plain_alternation_finds_with_alternatives_grouped(language, sentence):
    from articles.extraction import patterns

    vocabulary = triggers._vocabulary(language)
    cases = [
        (
            WORD_START + triggers._ELISION[language],
            vocabulary["stems"] + triggers._frame_stems(language),
            triggers._STEMS[language],
        ),
        (WORD_START, vocabulary["not_meetings"], triggers._NOT_MEETINGS_AT_WORDS[language]),
        (
            r"(?<!\w)(?=\w)",
            top_level_alternatives(patterns._CANCEL_WORDS),
            patterns.CANCEL,
        ),
    ]
    found = 0
    for prefix, alternatives, grouped in cases:
        plain = re.compile(prefix + "(?:" + "|".join(alternatives) + ")", re.IGNORECASE)
        expected = [m.span() for m in plain.finditer(sentence)]
        assert [m.span() for m in grouped.finditer(sentence)] == expected, grouped.pattern[:60]
        found += len(expected)
    assert found


@pytest.mark.parametrize(
    "pattern",
    [
        # an optional lead-in, a line start and lookbehinds before the word itself
        r"(?:(?:^|\bque\s+|[,;]\s*))?(?<!\bavec\s)(?:(?<=qu')|(?<![\w'-]))(?:il|elle)\b",
        r"\b(?:announced|invited|annoncée?s?|invitée?s?)\b",
        r"(?:report\w*|postpon\w*|put\s+off)\s+(?:to|au|à)\b[^.;,]{0,30}$",
    ],
)
def test_it_finds_the_same_matches_once_told_the_letters_a_pattern_starts_with(pattern):
    untold = re.compile(pattern, re.IGNORECASE)
    told = at_its_first_letters(untold)
    assert told.pattern != untold.pattern
    for sentence in [
        "Il a annoncé, qu'il la verrait ; elle a été invitée à Rome.",
        "Le sommet, que elle préside, a été reporté au 12 mai",
        "The talks were announced on Monday and postponed to Friday",
        "Invited by Rome, she said the visit was put off to next week",
    ]:
        assert [m.span() for m in told.finditer(sentence)] == [
            m.span() for m in untold.finditer(sentence)
        ]


def test_it_leaves_a_pattern_that_can_start_with_any_capital_as_it_is():
    name = re.compile(r"(?-i:[A-ZÀ-ÖØ-Þ])[a-z]+\s+(?-i:[A-Z])[a-z]+", re.IGNORECASE)
    assert at_its_first_letters(name) is name
