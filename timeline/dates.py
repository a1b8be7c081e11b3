"""Dates shown at the precision the text gave them: "December 2021", never "December 1, 2021".

Written the way the active language writes them, from Django's localised formats
(config/formats/ and Django's own): "January 10, 2022" / "10 janvier 2022", "January 2022" /
"janvier 2022".
"""

from datetime import date

from django.utils.formats import date_format


def day_label(day: date) -> str:
    return date_format(day, "DATE_FORMAT")


def month_label(day: date) -> str:
    return date_format(day, "YEAR_MONTH_FORMAT")


def date_label(event) -> str:
    if event.precision == "year":
        return str(event.date.year)
    if event.precision == "month":
        return month_label(event.date)
    if event.end_date and event.end_date != event.date:
        return f"{day_label(event.date)} – {day_label(event.end_date)}"
    return day_label(event.date)
