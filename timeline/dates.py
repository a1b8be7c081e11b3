"""Dates shown at the precision the text gave them: "December 2021", never "1 December 2021"."""

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def _day(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def date_label(event) -> str:
    if event.precision == "year":
        return str(event.date.year)
    if event.precision == "month":
        return f"{MONTHS[event.date.month - 1]} {event.date.year}"
    if event.end_date and event.end_date != event.date:
        return f"{_day(event.date)} – {_day(event.end_date)}"
    return _day(event.date)
