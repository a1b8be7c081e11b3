"""The desk's reviews as an annotated corpus, in the format of ../shared/corpus/.

An article whose every meeting the desk has reviewed (confirmed, corrected, added or
rejected) becomes `NAME.txt` (its clean text) and `NAME.gold.json`, so that the scorer
(`make eval`) can measure the engine on the newsroom's own corrections and training can use
them.

The gold is annotated per article, as at the time of writing: a meeting held on 10 January
is "scheduled" in the article of 30 December. So each confirmed meeting starts from what the
engine read in this article (`Mention.reading`), and the desk's values replace it field by
field where an editor set them, with two exceptions that keep the article's own point in
time: an editor's status applies from the newest article reporting the meeting on (older
ones say what was expected then), and a date the article gives less precisely ("in January")
stays as the article gives it when the editor's date falls inside it. A meeting an editor
added from the article takes the event's values.
"""

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db.models import Prefetch, Q
from django.utils.text import slugify

from articles.models import Article
from timeline import provenance
from timeline.models import Event, EventChange, Mention, Source
from timeline.services import dates_compatible, parse_date_value

REVIEWED = (Event.Review.CONFIRMED, Event.Review.REJECTED)


@dataclass
class Exported:
    name: str
    article: Article
    meetings: int
    rejected: int


@dataclass
class ExportReport:
    exported: list[Exported] = field(default_factory=list)
    # Articles left out, with why: [(article, reason)].
    skipped: list[tuple[Article, str]] = field(default_factory=list)


def _article_events(article) -> dict[int, tuple[Event, list[Mention]]]:
    """The live events the article reports, each with its mentions in this article."""
    events = {}
    for mention in article.mentions.all():
        event = mention.event
        if event.merged_into_id:
            continue
        events.setdefault(event.pk, (event, []))[1].append(mention)
    return events


def _newest_report(event) -> date | None:
    dates = [m.article.published_at for m in event.mentions.all() if m.article.published_at]
    return max(dates) if dates else None


def _event_values(event) -> dict:
    values = provenance.current_values(event)
    return {
        "date": values["date"],
        "kind": values["kind"],
        "participants": values["participants"],
        "location": values["place"],
        "status": values["status"],
    }


def _date_as_article_gives_it(article_date: str, editor_date: str) -> str:
    """The article's coarser date when the editor's falls inside it, else the editor's."""
    try:
        article_day, article_precision = parse_date_value(article_date)
        editor_day, editor_precision = parse_date_value(editor_date)
    except ValueError:
        return editor_date
    coarser = len(article_date) < len(editor_date)
    if coarser and dates_compatible(article_day, article_precision, editor_day, editor_precision):
        return article_date
    return editor_date


def gold_entry(event, mentions, article) -> dict:
    """One confirmed meeting as this article's gold annotation."""
    evidence = min(mentions, key=lambda m: m.start).evidence
    values = _event_values(event)
    reading = next((m.reading for m in mentions if m.source == Source.ENGINE and m.reading), None)
    if reading is None:
        return {**values, "evidence": evidence}
    said = {
        "date": reading["date"],
        "kind": reading["kind"],
        "participants": sorted({p["name"] for p in reading.get("participants", [])}),
        "location": reading.get("place"),
        "status": reading["status"],
    }
    held = {f for f in provenance.TRACKED_FIELDS if provenance.held_by_editor(event, f)}
    entry = dict(said)
    for gold_field, field_name in (
        ("kind", "kind"),
        ("participants", "participants"),
        ("location", "place"),
    ):
        if field_name in held:
            entry[gold_field] = values[gold_field]
    if "date" in held:
        entry["date"] = _date_as_article_gives_it(said["date"], values["date"])
    newest = _newest_report(event)
    if "status" in held and (newest is None or (article.published_at or date.min) >= newest):
        entry["status"] = values["status"]
    return {**entry, "evidence": evidence}


def not_event_entry(event, mentions) -> str:
    evidence = min(mentions, key=lambda m: m.start).evidence
    return f"{evidence} — read as “{event.title}”: rejected by the desk"


def reviewed_articles(since: date | None = None):
    """Parsed articles worth checking: changed since `since`, or with a meeting an editor
    touched since (a review made today of an article parsed last month is news)."""
    articles = Article.objects.filter(status=Article.Status.PARSED).exclude(text="")
    if since:
        touched = EventChange.objects.filter(source=Source.EDITOR, at__date__gte=since)
        articles = articles.filter(
            Q(updated_at__date__gte=since) | Q(mentions__event__changes__in=touched)
        ).distinct()
    mentions = Mention.objects.select_related("event", "event__place").prefetch_related(
        "event__participants",
        Prefetch("event__mentions", queryset=Mention.objects.select_related("article")),
    )
    return articles.prefetch_related(Prefetch("mentions", queryset=mentions)).order_by(
        "published_at", "id"
    )


def article_gold(article) -> tuple[dict | None, str]:
    """The article's gold file's content, or None and why it is not ready."""
    if not article.published_at:
        return None, "no publication date"
    events = _article_events(article)
    if not events:
        return None, "no meeting to review"
    waiting = [e for e, _ in events.values() if e.review not in REVIEWED]
    if waiting:
        return None, f"{len(waiting)} meeting(s) not reviewed yet"
    ordered = sorted(events.values(), key=lambda pair: min(m.start for m in pair[1]))
    meta = {
        "source": f"desk export: {article.original_name}",
        "language": article.language,
        "published": article.published_at.isoformat(),
        "published_inferred": article.published_inferred,
    }
    if article.published_inferred and article.published_note:
        meta["note"] = article.published_note
    meta["gold"] = [
        gold_entry(event, mentions, article)
        for event, mentions in ordered
        if event.review == Event.Review.CONFIRMED
    ]
    meta["not_events"] = [
        not_event_entry(event, mentions)
        for event, mentions in ordered
        if event.review == Event.Review.REJECTED
    ]
    return meta, ""


def _name(article, taken: set[str]) -> str:
    base = f"{article.published_at.isoformat()}-{slugify(article.display_title)[:60].strip('-')}"
    name = base.rstrip("-")
    if name in taken:
        name = f"{name}-{article.pk}"
    taken.add(name)
    return name


def export_gold(outdir: Path, *, since: date | None = None) -> ExportReport:
    """Write every fully reviewed article to `outdir` (created if need be)."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    report, taken = ExportReport(), set()
    for article in reviewed_articles(since):
        meta, why_not = article_gold(article)
        if meta is None:
            report.skipped.append((article, why_not))
            continue
        name = _name(article, taken)
        (outdir / f"{name}.txt").write_text(article.text, encoding="utf-8")
        (outdir / f"{name}.gold.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        report.exported.append(
            Exported(
                name=name,
                article=article,
                meetings=len(meta["gold"]),
                rejected=len(meta["not_events"]),
            )
        )
    return report
