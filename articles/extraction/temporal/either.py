"""One of two dates: "reporté à jeudi ou vendredi", "en mai ou juin". The meeting is on one
of them, so it is dated by what both share (the month, the year), as the corpus annotates it.
Read by `expressions.find_time_expressions` once the sentence's dates are chosen."""

import dataclasses
import re

from .resolution import TimeExpression
from .vocabulary import EN_MONTH, FR_MONTH, MONTH_NUMBER, fold

_EITHER_JOIN = re.compile(r"\s*,?\s*(?:ou|or)\s+(?:(?:le|la|en|in|on|au|à)\s+)?", re.IGNORECASE)
_UNIT_LENGTH = {"day": 10, "month": 7, "year": 4}
# "until the end of the month or the beginning of November": a vague bound then a hedge, dated
# by the first in the corpus
_PART_OF = re.compile(r"\b(?:beginning|start|end|early|late|mid|début|fin|mi-)", re.IGNORECASE)


def one_of_two(expressions: list[TimeExpression], text: str) -> list[TimeExpression]:
    """The expressions in text order, two dates of one unit joined by "ou" / "or" made one, at
    what the two share; a bare month after "en mai ou" read with the first."""
    kept: list[TimeExpression] = []
    for expression in expressions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.precision == expression.precision
            and previous.precision in ("day", "month")
            and not previous.end_value
            and not expression.end_value
            and previous.value != expression.value
            and _EITHER_JOIN.fullmatch(text, previous.end, expression.start)
            and not _PART_OF.search(text, previous.start, expression.end)
        ):
            if previous.value[:4] == expression.value[:4]:
                shared = "month" if previous.value[:7] == expression.value[:7] else "year"
                kept[-1] = dataclasses.replace(
                    previous,
                    value=previous.value[: _UNIT_LENGTH[shared]],
                    precision=shared,
                    end=expression.end,
                    text=text[previous.start : expression.end],
                )
                continue
        kept.append(expression)
    return [_or_a_month_after(expression, text) for expression in kept]


# "en mai ou juin": the second month is a bare name, which no pattern reads on its own
_OR_MONTH = {
    language: re.compile(rf"{_EITHER_JOIN.pattern}(?P<month>{month})(?![\w-])(?!\s+\d)", re.I)
    for language, month in (("fr", FR_MONTH), ("en", EN_MONTH))
}


def _or_a_month_after(expression: TimeExpression, text: str) -> TimeExpression:
    if expression.precision != "month" or expression.end_value:
        return expression
    for pattern in _OR_MONTH.values():
        match = pattern.match(text, expression.end)
        if match is None:
            continue
        # "décembre ou janvier" runs into the next year: the two share no unit, keep the first
        if MONTH_NUMBER.get(fold(match.group("month")), 0) <= int(expression.value[5:7]):
            return expression
        return dataclasses.replace(
            expression,
            value=expression.value[:4],
            precision="year",
            end=match.end(),
            text=text[expression.start : match.end()],
        )
    return expression
