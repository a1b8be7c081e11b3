"""The share image of a meeting (og:image): a 1200×630 PNG card with its title, date, kind
and status, parties and the site's name, drawn here with Pillow and kept in Django's cache
under the event's version, so a change to the event draws a new card."""

import io
from functools import lru_cache
from pathlib import Path

from django.core.cache import cache
from PIL import Image, ImageDraw, ImageFont

from timeline.dates import date_label
from timeline.models import Event
from timeline.sharing import SITE_NAME, names_phrase

WIDTH, HEIGHT = 1200, 630
# Bump when the drawing changes: cards already cached (and ETags clients hold) are then stale.
LAYOUT = 1
CACHE_SECONDS = 86400

INK = "#1d2731"
MUTED = "#5f6b76"
BAND = "#13212e"  # the site header's colour
# The timeline's status colours (static/timeline/site.css).
STATUS_COLOURS = {
    Event.Status.HELD: "#1f4e79",
    Event.Status.SCHEDULED: "#c0504d",
    Event.Status.CANCELLED: "#7f7f7f",
}

# Debian's fonts-dejavu-core when installed (wide coverage: accents, Cyrillic, dashes);
# otherwise the font Pillow ships (Pillow >= 10.1 draws it at any size). Nothing is downloaded.
FONT_FILES = {
    False: ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
    True: ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
}

MARGIN = 72
TEXT_WIDTH = WIDTH - 2 * MARGIN


@lru_cache(maxsize=16)
def _font(size: int, bold: bool = False):
    for path in FONT_FILES[bold]:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def version(event: Event):
    """When anything the card shows last changed: the event's last save or logged change
    (participants changed without a save), its parties' and place's names, the new date of a
    postponed meeting. Reads the participants, so prefetch them."""
    moments = [event.updated_at, *(actor.updated_at for actor in event.participants.all())]
    newest_change = event.changes.order_by("-at").values_list("at", flat=True).first()
    if newest_change:
        moments.append(newest_change)
    if event.place_id:
        moments.append(event.place.updated_at)
    if event.rescheduled_to_id:
        moments.append(event.rescheduled_to.updated_at)
    return max(moments)


def version_tag(event: Event) -> str:
    """A short text naming the card's version, for its URL (?v=) and its ETag."""
    return f"{LAYOUT}-{int(version(event).timestamp() * 1_000_000)}"


def status_line(event: Event) -> str:
    """'Phone call · Held', 'Summit · Cancelled, postponed to January 12, 2022'."""
    status = event.get_status_display()
    if event.status == Event.Status.CANCELLED and event.rescheduled_to_id:
        status += f", postponed to {date_label(event.rescheduled_to)}"
    return f"{event.get_kind_display()} · {status}"


def _wrap(draw, text: str, font, width: int, most_lines: int) -> list[str]:
    """Lines of `text` no wider than `width`; past `most_lines` the last ends with '…'."""
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > most_lines:
        lines = lines[:most_lines]
        lines[-1] += " …"
    # A single word wider than the card (a long name) is cut, not left to overflow.
    return [_cut(draw, line, font, width) for line in lines]


def _cut(draw, line: str, font, width: int) -> str:
    if draw.textlength(line, font=font) <= width:
        return line
    while line and draw.textlength(line + "…", font=font) > width:
        line = line[:-1]
    return line + "…"


def draw_card(event: Event) -> bytes:
    """The card as PNG bytes. Reads participants, place and the new date of a postponed
    meeting, so select and prefetch them."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "#ffffff")
    draw = ImageDraw.Draw(image)
    colour = STATUS_COLOURS.get(event.status, MUTED)
    draw.rectangle((0, 0, 18, HEIGHT), fill=colour)
    draw.rectangle((0, HEIGHT - 70, WIDTH, HEIGHT), fill=BAND)
    draw.text(
        (MARGIN, HEIGHT - 35), SITE_NAME, font=_font(28, bold=True), fill="#ffffff", anchor="lm"
    )

    y = 60
    draw.text((MARGIN, y), status_line(event).upper(), font=_font(26, bold=True), fill=colour)
    y += 56
    title_font = _font(58, bold=True)
    for line in _wrap(draw, event.title, title_font, TEXT_WIDTH, most_lines=3):
        draw.text((MARGIN, y), line, font=title_font, fill=INK)
        y += 70
    y += 18
    when = date_label(event)
    if event.place_id:
        when += f" · {event.place.name}"
    draw.text((MARGIN, y), _cut(draw, when, _font(36), TEXT_WIDTH), font=_font(36), fill=INK)
    y += 58
    names = [actor.name for actor in event.participants.all()]
    party_font = _font(30)
    room = max(1, (HEIGHT - 70 - 24 - y) // 40)
    for line in _wrap(draw, names_phrase(names), party_font, TEXT_WIDTH, most_lines=room):
        draw.text((MARGIN, y), line, font=party_font, fill=MUTED)
        y += 40

    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def card_png(event: Event, tag: str) -> bytes:
    """The card for `event` at version `tag` (see `version_tag`), drawn once per version."""
    key = f"timeline:card:{event.pk}:{tag}"
    png = cache.get(key)
    if png is None:
        png = draw_card(event)
        cache.set(key, png, CACHE_SECONDS)
    return png
