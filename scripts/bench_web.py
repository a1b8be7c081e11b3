"""How the public timeline holds up as meetings pile up (`make bench-web`, never `make test`).

    .venv/bin/python scripts/bench_web.py [--sizes 1000,10000,100000] [--keep] [--no-browser]
    .venv/bin/python scripts/bench_web.py --reuse   # the database a --keep run left

Seeds a PostgreSQL database of its own (--database-url, default
postgres://postgres@127.0.0.1:5432/dt_bench; dropped and created again at the start, dropped
at the end unless --keep) with realistic published meetings -- a few hundred actors and places,
25 years of dates at day, month and year precision, kinds, statuses and reviews in realistic
proportions, 2-4 participants each, articles that report three meetings each with their
mentions and a logged change per meeting, plus 5% withdrawn meetings (rejected or merged) that
`/` must leave out. The sizes grow one into the next (1,000, then 9,000 more, ...).

Settings are production's: DEBUG off, a throwaway SECRET_KEY, the manifest static storage
(collected into a temporary folder); only SECURE_SSL_REDIRECT is off, for there is no TLS
proxy in front here.

Per size, in process through Django's test Client (the whole middleware stack, no network):
  - `/`: median server time of --runs runs after a warm-up (one run only when the warm-up
    takes longer than --page-budget seconds), its bytes and their gzip size (computed here:
    the app does not compress HTML), its queries;
  - `/api/events?page=1` against a bare Django view of the same 100 rows with the same fields
    and values (checked equal; `.values()`, one query per related list and a JsonResponse,
    defined here and routed beside the app's URLs, which counts nothing and sends no page
    links or ETag), interleaved, medians of --api-runs runs; the ratio API / bare; the API's
    queries on page 1 and on a middle page; and, as a note, the ratio to the first yardstick,
    a narrow view of 12 columns of the same rows.
Then in Chromium (Playwright, headless, /usr/bin/chromium) against gunicorn serving the same
database: the time from the end of the HTML response to `#timeline-figure[data-ready='true']`
(Plotly has drawn), the time for a hover label to appear when the mouse moves onto a marker,
and the time of a Plotly.relayout to a two-year x range. Each browser step gives up after
--browser-timeout seconds and says so.
"""

import argparse
import gzip
import hashlib
import math
import os
import random
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import types
import urllib.request
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/dt_bench"
DEFAULT_SIZES = "1000,10000,100000"
PAGE_SIZE = 100  # the API's (timeline.views.API_PAGE_SIZE)
BATCH = 5000
WITHDRAWN_SHARE = 0.05  # meetings seeded on top of each size that `/` must not show
FIRST_YEAR, YEARS = 2001, 25
ZOOM_RANGE = ("2012-01-01", "2013-12-31")

HEADERS = [
    "meetings",
    "/ ms",
    "/ KB (gz KB)",
    "/ queries",
    "API p1 ms",
    "bare ms",
    "ratio",
    "API queries p1/mid",
    "draw s",
    "hover ms",
    "zoom ms",
]
TARGETS = ["target", "< 1000", "< 300", "", "", "", "<= 2.0", "bounded", "", "< 100", "< 100"]

# ---------------------------------------------------------------------------------------------
# Pure helpers (no Django): tests/test_bench_web.py

KINDS = {"meeting": 35, "call": 25, "talks": 15, "visit": 12, "summit": 8, "conference": 5}
STATUSES = {"held": 80, "scheduled": 12, "cancelled": 8}
PRECISIONS = {"day": 85, "month": 11, "year": 4}
REVIEWS = {"unreviewed": 75, "confirmed": 25}
PARTICIPANT_COUNTS = {2: 70, 3: 20, 4: 10}
ACTOR_TYPES = {"person": 75, "country": 15, "organization": 10}
KIND_WORDS = {
    "meeting": "Meeting",
    "call": "Call",
    "talks": "Talks",
    "visit": "Visit",
    "summit": "Summit",
    "conference": "Conference",
}

COUNTRIES = (
    "France Germany Italy Spain Portugal Belgium Netherlands Poland Ukraine Russia Turkey "
    "Greece Sweden Norway Finland Denmark Austria Switzerland Hungary Romania Serbia Georgia "
    "Armenia Azerbaijan Kazakhstan China Japan India Pakistan Indonesia Vietnam Thailand "
    "Australia Canada Mexico Brazil Argentina Chile Colombia Peru Egypt Morocco Algeria Tunisia "
    "Nigeria Kenya Ethiopia Senegal Ghana Angola Qatar Iran Iraq Israel Jordan Lebanon Syria"
).split()
COUNTRIES += ["United States", "United Kingdom", "South Africa", "Saudi Arabia", "South Korea"]
COUNTRIES += ["United Arab Emirates", "New Zealand", "Ivory Coast", "Democratic Republic of Congo"]
ORGANISATIONS = [
    "United Nations",
    "NATO",
    "European Union",
    "African Union",
    "ASEAN",
    "OSCE",
    "Arab League",
    "World Bank",
    "International Monetary Fund",
    "World Health Organization",
    "G7",
    "G20",
    "OPEC",
    "Council of Europe",
    "European Commission",
    "ECOWAS",
    "Gulf Cooperation Council",
    "Organisation of Islamic Cooperation",
    "Mercosur",
    "Shanghai Cooperation Organisation",
    "International Atomic Energy Agency",
    "World Trade Organization",
    "UNESCO",
    "UNHCR",
    "Commonwealth",
]
FIRST_NAMES = (
    "Anna Ahmed Boris Carla Chen Daniel Elena Emmanuel Fatima Farid Giorgia Hassan Ingrid Ivan "
    "Jacinda Javier Joao Karim Kenji Lars Leila Luis Maria Mehmet Nadia Narendra Olaf Omar "
    "Pedro Rania Sergei Sofia Tanaka Ursula Viktor Wang William Yasmin Yuki Zoran"
).split()
LAST_NAMES = (
    "Abe Alvarez Bakr Berg Costa Demir Duarte Fischer Garcia Haddad Ivanov Jensen Kaya Kim "
    "Kowalski Lambert Lindqvist Lopez Mansour Meyer Moreau Nakamura Nowak Okafor Petrov Rahman "
    "Rossi Sato Schmidt Silva Singh Suzuki Tanaka Varga Weber Yilmaz Zhang Dubois Osei Mbeki"
).split()
CITIES = [
    ("Paris", "France"),
    ("Berlin", "Germany"),
    ("Rome", "Italy"),
    ("Madrid", "Spain"),
    ("Lisbon", "Portugal"),
    ("Brussels", "Belgium"),
    ("The Hague", "Netherlands"),
    ("Warsaw", "Poland"),
    ("Kyiv", "Ukraine"),
    ("Moscow", "Russia"),
    ("Ankara", "Turkey"),
    ("Istanbul", "Turkey"),
    ("Athens", "Greece"),
    ("Stockholm", "Sweden"),
    ("Oslo", "Norway"),
    ("Helsinki", "Finland"),
    ("Copenhagen", "Denmark"),
    ("Vienna", "Austria"),
    ("Geneva", "Switzerland"),
    ("Davos", "Switzerland"),
    ("Budapest", "Hungary"),
    ("Bucharest", "Romania"),
    ("Belgrade", "Serbia"),
    ("Tbilisi", "Georgia"),
    ("Yerevan", "Armenia"),
    ("Baku", "Azerbaijan"),
    ("Astana", "Kazakhstan"),
    ("Beijing", "China"),
    ("Shanghai", "China"),
    ("Tokyo", "Japan"),
    ("Osaka", "Japan"),
    ("New Delhi", "India"),
    ("Islamabad", "Pakistan"),
    ("Jakarta", "Indonesia"),
    ("Bali", "Indonesia"),
    ("Hanoi", "Vietnam"),
    ("Bangkok", "Thailand"),
    ("Canberra", "Australia"),
    ("Ottawa", "Canada"),
    ("Mexico City", "Mexico"),
    ("Brasilia", "Brazil"),
    ("Rio de Janeiro", "Brazil"),
    ("Buenos Aires", "Argentina"),
    ("Santiago", "Chile"),
    ("Bogota", "Colombia"),
    ("Lima", "Peru"),
    ("Cairo", "Egypt"),
    ("Sharm el-Sheikh", "Egypt"),
    ("Rabat", "Morocco"),
    ("Algiers", "Algeria"),
    ("Tunis", "Tunisia"),
    ("Abuja", "Nigeria"),
    ("Nairobi", "Kenya"),
    ("Addis Ababa", "Ethiopia"),
    ("Dakar", "Senegal"),
    ("Accra", "Ghana"),
    ("Luanda", "Angola"),
    ("Doha", "Qatar"),
    ("Tehran", "Iran"),
    ("Baghdad", "Iraq"),
    ("Jerusalem", "Israel"),
    ("Amman", "Jordan"),
    ("Beirut", "Lebanon"),
    ("Washington", "United States"),
    ("New York", "United States"),
    ("Camp David", "United States"),
    ("London", "United Kingdom"),
    ("Pretoria", "South Africa"),
    ("Riyadh", "Saudi Arabia"),
    ("Jeddah", "Saudi Arabia"),
    ("Seoul", "South Korea"),
    ("Abu Dhabi", "United Arab Emirates"),
    ("Dubai", "United Arab Emirates"),
    ("Wellington", "New Zealand"),
    ("Abidjan", "Ivory Coast"),
    ("Kinshasa", "Democratic Republic of Congo"),
    ("Strasbourg", "France"),
    ("Munich", "Germany"),
    ("Minsk", "Belarus"),
    ("Singapore", "Singapore"),
]


def parse_sizes(text: str) -> list[int]:
    """'1000,10000' -> [1000, 10000]: positive, increasing (each size grows the last one)."""
    sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    if not sizes or any(size < 1 for size in sizes) or sizes != sorted(set(sizes)):
        raise ValueError(f"sizes must be increasing positive numbers: {text!r}")
    return sizes


def pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def zipf_weights(count: int, exponent: float = 0.9) -> list[float]:
    """A few actors or places in most meetings, a long tail in few: weight 1/rank^exponent."""
    return [1 / (rank + 1) ** exponent for rank in range(count)]


def middle_page(count: int, page_size: int = PAGE_SIZE) -> int:
    return max(1, math.ceil(count / page_size) // 2)


def gzip_size(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=6))


def body_sizes(content: bytes, content_encoding: str | None) -> tuple[int, int, bool]:
    """(bytes, gzipped bytes, whether the server sent it gzipped) of a response body: the
    gzip size is what was sent when the server compressed it, else computed here."""
    if (content_encoding or "").strip().lower() == "gzip":
        return len(gzip.decompress(content)), len(content), True
    return len(content), gzip_size(content), False


def median(values):
    return statistics.median(values) if values else None


def cast_of_actors(rng: random.Random) -> list[dict]:
    """Countries, organisations and people (each with a country), as Actor fields."""
    actors = [{"name": name, "type": "country", "details": {}} for name in COUNTRIES]
    actors += [{"name": name, "type": "organization", "details": {}} for name in ORGANISATIONS]
    names = sorted({f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES})
    for name in rng.sample(names, 220):
        role = rng.choice(["president", "prime minister", "foreign minister", "envoy"])
        details = {"country": rng.choice(COUNTRIES), "roles": [role]}
        actors.append({"name": name, "type": "person", "details": details})
    return actors


def plan_meeting(rng: random.Random, actors_by_type: dict, places: list) -> dict:
    """One meeting as the engine would have recorded it. `actors_by_type` maps a type to a
    list of (name, weight, key), `places` is a list of (name, weight, key); the keys come back
    in `participants` and `place`."""
    kind = pick(rng, KINDS)
    precision = pick(rng, PRECISIONS)
    day = date(FIRST_YEAR, 1, 1) + timedelta(days=rng.randrange(YEARS * 365))
    if precision == "month":
        day = day.replace(day=1)
    elif precision == "year":
        day = day.replace(month=1, day=1)
    end_date = None
    if precision == "day" and kind in ("visit", "summit", "conference") and rng.random() < 0.4:
        end_date = day + timedelta(days=rng.randint(1, 3))
    chosen = []
    wanted = pick(rng, PARTICIPANT_COUNTS)
    while len(chosen) < wanted:
        pool = actors_by_type[pick(rng, ACTOR_TYPES)]
        name, _, key = rng.choices(pool, weights=[w for _, w, _ in pool])[0]
        if all(key != other for _, other in chosen):
            chosen.append((name, key))
    place = None
    if kind != "call" and rng.random() < 0.85:
        place = rng.choices(places, weights=[w for _, w, _ in places])[0]
    short = [name.split()[-1] if len(name.split()) == 2 else name for name, _ in chosen]
    return {
        "kind": kind,
        "status": pick(rng, STATUSES),
        "precision": precision,
        "date": day,
        "end_date": end_date,
        "title": f"{KIND_WORDS[kind]} {' – '.join(short)}",
        "participants": [key for _, key in chosen],
        "participant_names": [name for name, _ in chosen],
        "place": place[2] if place else None,
        "place_name": place[0] if place else None,
        "confidence": round(rng.uniform(0.45, 0.99), 3),
        "review": pick(rng, REVIEWS),
    }


def date_value(day: date, precision: str) -> str:
    iso = day.isoformat()
    return {"day": iso, "month": iso[:7], "year": iso[:4]}[precision]


def evidence_for(meeting: dict, language: str) -> str:
    names = meeting["participant_names"]
    who = ", ".join(names[:-1]) + (" and " if language == "en" else " et ") + names[-1]
    when = date_value(meeting["date"], meeting["precision"])
    where = meeting["place_name"]
    if language == "en":
        return f"{who} held {meeting['kind']} {'in ' + where + ' ' if where else ''}on {when}."
    return f"{who} ont tenu un(e) {meeting['kind']} {'à ' + where + ' ' if where else ''}le {when}."


def format_cell(value) -> str:
    if value is None:
        return "n/a"
    return str(value)


def format_table(rows: list[list], headers: list[str] = HEADERS) -> str:
    """A plain-text table, columns as wide as their widest cell, `|` between them."""
    cells = [[format_cell(v) for v in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [" | ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def result_row(result: dict) -> list:
    """A size's measurements as the table's cells (None when not measured)."""

    def ms(seconds):
        return None if seconds is None else f"{seconds * 1000:.0f}"

    ratio = None
    if result.get("api_p1") and result.get("bare_p1"):
        ratio = f"{result['api_p1'] / result['bare_p1']:.2f}"
    page = result.get("page_ms")
    if page is not None and result.get("page_runs", 0) == 1:
        page = f"{page} (1 run)"
    return [
        f"{result['size']:,}",
        page,
        f"{result['page_bytes'] / 1024:.0f} ({result['page_gzip'] / 1024:.0f})"
        if result.get("page_bytes") is not None
        else None,
        result.get("page_queries"),
        ms(result.get("api_p1")),
        ms(result.get("bare_p1")),
        ratio,
        f"{result['api_queries_p1']}/{result['api_queries_mid']}"
        if result.get("api_queries_p1") is not None
        else None,
        result.get("draw"),
        result.get("hover"),
        result.get("zoom"),
    ]


# ---------------------------------------------------------------------------------------------
# The database


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def recreate_database(url: str, *, drop_only=False):
    """Drop the benchmark's database (and create it again). Only a database whose name says
    'bench' is ever dropped."""
    import psycopg

    name = database_name(url)
    if "bench" not in name:
        sys.exit(f"refusing to drop {name!r}: the benchmark's database name must contain 'bench'")
    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            connection.execute(f'CREATE DATABASE "{name}"')


def configure(url: str, workdir: Path) -> dict:
    """Production's environment for this run, set before Django reads its settings."""
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": url,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        # No TLS proxy in front of this server: production's redirect to https would loop.
        "SECURE_SSL_REDIRECT": "false",
        "VAR_DIR": str(workdir / "var"),
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "LOG_LEVEL": "ERROR",  # not every 404 of the browser's /favicon.ico
    }
    os.environ.update(env)
    return env


class Seeder:
    """Grows the database to a number of published meetings, in batches of bulk inserts."""

    def __init__(self, seed: int):
        from articles.models import Article
        from timeline.models import Actor, Event, EventChange, Mention, Place

        self.models = Article, Actor, Event, EventChange, Mention, Place
        self.rng = random.Random(seed)
        self.published = 0
        self.articles = 0
        self.published_ids = []
        try:
            from timeline.search import search_text_for
        except ImportError:  # the search text is being written elsewhere; seed without it
            search_text_for = None
        has_field = any(f.name == "search_text" for f in Event._meta.get_fields())
        self.search_text_for = search_text_for if has_field else None
        self._cast()

    def _cast(self):
        from django.utils.text import slugify

        _, Actor, _, _, _, Place = self.models
        people = cast_of_actors(self.rng)
        actors = Actor.objects.bulk_create(
            [Actor(slug=slugify(a["name"]), aliases={}, **a) for a in people]
        )
        self.actors_by_type = {}
        shuffled = self.rng.sample(actors, len(actors))
        for actor, weight in zip(shuffled, zipf_weights(len(actors)), strict=True):
            self.actors_by_type.setdefault(actor.type, []).append((actor.name, weight, actor.pk))
        places = Place.objects.bulk_create(
            [Place(name=name, country=country) for name, country in CITIES]
        )
        self.places = [
            (p.name, w, p.pk) for p, w in zip(places, zipf_weights(len(places)), strict=True)
        ]

    def grow_to(self, target: int):
        while self.published < target:
            self._batch(min(BATCH, target - self.published))
        settle()

    def _batch(self, count: int):
        from django.db import transaction
        from django.utils import timezone
        from django.utils.text import slugify

        Article, _, Event, EventChange, Mention, _ = self.models
        rng = self.rng
        plans = [plan_meeting(rng, self.actors_by_type, self.places) for _ in range(count)]
        withdrawn = [
            plan_meeting(rng, self.actors_by_type, self.places)
            for _ in range(round(count * WITHDRAWN_SHARE))
        ]
        everything = sorted(plans + withdrawn, key=lambda plan: plan["date"])
        # Articles report three meetings of the same weeks each; one in five meetings is also
        # reported by the next article.
        reports = {}
        for index, plan in enumerate(everything):
            reports.setdefault(index // 3, []).append(plan)
            if rng.random() < 0.2 and index // 3 + 1 <= (len(everything) - 1) // 3:
                reports.setdefault(index // 3 + 1, []).append(plan)
        now = timezone.now()
        with transaction.atomic():
            articles = []
            for number in sorted(reports):
                self.articles += 1
                language = "fr" if rng.random() < 0.6 else "en"
                spans, text = [], ""
                for plan in reports[number]:
                    sentence = evidence_for(plan, language)
                    spans.append((plan, sentence, len(text)))
                    text += sentence + "\n\n"
                key = hashlib.sha256(f"bench-{self.articles}".encode()).hexdigest()
                first_day = reports[number][0]["date"]
                article = Article(
                    original=f"originals/bench/{key[:16]}.txt",
                    original_name=f"wire-{self.articles}.txt",
                    sha256=key,
                    title=f"Diplomatic wire {self.articles}",
                    language=language,
                    published_at=first_day + timedelta(days=rng.randint(0, 2)),
                    text=text,
                    status="parsed",
                    attempts=1,
                    status_log=[{"status": "parsed", "at": now.isoformat(), "note": ""}],
                )
                article.spans = spans
                articles.append(article)
            Article.objects.bulk_create(articles, batch_size=1000)
            for plan in everything:
                plan["mentions"] = []
            for article in articles:
                for plan, sentence, start in article.spans:
                    plan["mentions"].append((article, sentence, start))

            def event_of(plan, **extra):
                evidence = [sentence for _, sentence, _ in plan["mentions"]]
                fields = {"review": plan["review"], **extra}
                if self.search_text_for:
                    fields["search_text"] = self.search_text_for(
                        title=plan["title"],
                        place=(plan["place_name"], {}) if plan["place_name"] else None,
                        participants=[(name, {}) for name in plan["participant_names"]],
                        evidence=evidence,
                    )
                return Event(
                    kind=plan["kind"],
                    date=plan["date"],
                    precision=plan["precision"],
                    end_date=plan["end_date"],
                    status=plan["status"],
                    title=plan["title"],
                    slug=slugify(plan["title"])[:120] or "meeting",
                    place_id=plan["place"],
                    confidence=plan["confidence"],
                    **fields,
                )

            published_ids = set(map(id, plans))
            shown = [plan for plan in everything if id(plan) in published_ids]
            hidden = [plan for plan in everything if id(plan) not in published_ids]
            events = Event.objects.bulk_create([event_of(p) for p in shown], batch_size=1000)
            self.published_ids += [event.pk for event in events]
            hidden_events = []
            for plan in hidden:
                if rng.random() < 0.6:
                    hidden_events.append(event_of(plan, review="rejected"))
                else:
                    target = rng.choice(self.published_ids)
                    hidden_events.append(event_of(plan, merged_into_id=target))
            hidden_events = Event.objects.bulk_create(hidden_events, batch_size=1000)
            Through = Event.participants.through
            links, mentions, changes = [], [], []
            for plan, event in zip(shown + hidden, events + hidden_events, strict=True):
                links += [Through(event_id=event.pk, actor_id=key) for key in plan["participants"]]
                for rank, (article, sentence, start) in enumerate(plan["mentions"]):
                    reading = {
                        "date": date_value(plan["date"], plan["precision"]),
                        "kind": plan["kind"],
                        "status": plan["status"],
                        "place": plan["place_name"],
                        "participants": plan["participant_names"],
                        "title": plan["title"],
                    }
                    mentions.append(
                        Mention(
                            event_id=event.pk,
                            article=article,
                            evidence=sentence,
                            start=start,
                            end=start + len(sentence),
                            reading=reading,
                            reason="first report" if rank == 0 else "same meeting",
                        )
                    )
                changes.append(
                    EventChange(
                        event_id=event.pk,
                        at=now,
                        source="engine",
                        article=plan["mentions"][0][0],
                        field="created",
                        new={"title": plan["title"]},
                    )
                )
            Through.objects.bulk_create(links, batch_size=BATCH)
            Mention.objects.bulk_create(mentions, batch_size=BATCH)
            EventChange.objects.bulk_create(changes, batch_size=BATCH)
        self.published += count


# ---------------------------------------------------------------------------------------------
# Server measurements, in process


def settle():
    """VACUUM ANALYZE, as autovacuum would have done on a live database by now: fresh
    statistics for the planner, and the visibility map that lets a count or a page of ids be
    read from an index alone (without it every row is looked up in the table again)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def bare_events(request):
    """The yardstick: the same 100 published meetings as the API's page, with the same fields
    and values, written the plain Django way (the page's ids, then `.values()` of those rows
    and one query per related list, a JsonResponse). It counts nothing and sends no page
    links, ETag or Last-Modified, and reads no filter: the ratio weighs all of that. With
    `count=1` it also counts the meetings through Django's Paginator, as a paginated list
    view does, and says how many. The bench checks that it and the API give the same
    meetings, field for field."""
    from django.core.paginator import Paginator
    from django.db.models import OuterRef, Subquery
    from django.http import JsonResponse
    from django.urls import reverse

    from timeline.models import Event, EventChange, Mention

    page = int(request.GET.get("page", "1"))
    published = Event.objects.filter(merged_into__isnull=True).exclude(review="rejected")
    ordered = published.order_by("date", "id").values_list("id", flat=True)
    extra = {}
    if request.GET.get("count"):
        paginator = Paginator(ordered, PAGE_SIZE)
        ids = list(paginator.page(page))
        extra = {"count": paginator.count, "pages": paginator.num_pages}
    else:
        ids = list(ordered[(page - 1) * PAGE_SIZE : page * PAGE_SIZE])
    # The ids first: the newest change is then looked up for these 100 rows only, not for
    # every row an OFFSET skips.
    newest = EventChange.objects.filter(event=OuterRef("pk")).order_by("-at", "-id")
    rows = list(
        Event.objects.filter(id__in=ids)
        .order_by("date", "id")
        .annotate(
            change_at=Subquery(newest.values("at")[:1]),
            change_by=Subquery(newest.values("source")[:1]),
            change_field=Subquery(newest.values("field")[:1]),
        )
        .values(
            *("id", "slug", "date", "precision", "end_date", "kind", "status", "title"),
            *("place__name", "confidence", "rescheduled_to_id", "review", "updated_at"),
            *("change_at", "change_by", "change_field"),
        )
    )
    ids = [row["id"] for row in rows]
    people = {}
    for link in (
        Event.participants.through.objects.filter(event_id__in=ids)
        .order_by("actor__name", "actor_id")
        .values("event_id", "actor__name", "actor__type")
    ):
        people.setdefault(link["event_id"], []).append(
            {"name": link["actor__name"], "type": link["actor__type"]}
        )
    evidence = {}
    for mention in (
        Mention.objects.filter(event_id__in=ids)
        .order_by("article_id", "start")
        .values("event_id", "evidence")
    ):
        evidence.setdefault(mention["event_id"], mention["evidence"])
    events = []
    for row in rows:
        iso = row["date"].isoformat()
        url = reverse("timeline:event", kwargs={"pk": row["id"], "slug": row["slug"]})
        change = {"at": row["updated_at"].isoformat(), "by": None, "field": None}
        if row["change_at"] is not None:
            change = {
                "at": row["change_at"].isoformat(),
                "by": row["change_by"],
                "field": row["change_field"],
            }
        events.append(
            {
                "id": row["id"],
                "url": request.build_absolute_uri(url),
                "date": {"day": iso, "month": iso[:7], "year": iso[:4]}[row["precision"]],
                "end_date": row["end_date"].isoformat() if row["end_date"] else None,
                "precision": row["precision"],
                "kind": row["kind"],
                "status": row["status"],
                "title": row["title"],
                "participants": people.get(row["id"], []),
                "location": row["place__name"],
                "evidence": evidence.get(row["id"], ""),
                "confidence": round(row["confidence"], 3),
                "rescheduled_to": row["rescheduled_to_id"],
                "review": row["review"],
                "last_change": change,
            }
        )
    return JsonResponse({"events": events, **extra}, json_dumps_params={"ensure_ascii": False})


def narrow_events(request):
    """The first yardstick (until issue 8's second pass), kept for comparison: the page's rows
    with 11 columns of their own and their place's name, without participants, evidence, last
    change or permalink."""
    from django.http import JsonResponse

    from timeline.models import Event

    page = int(request.GET.get("page", "1"))
    rows = (
        Event.objects.filter(merged_into__isnull=True)
        .exclude(review="rejected")
        .order_by("date", "id")
        .values(
            "id",
            "date",
            "precision",
            "end_date",
            "kind",
            "status",
            "title",
            "place__name",
            "confidence",
            "rescheduled_to_id",
            "review",
        )[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    )
    return JsonResponse({"events": list(rows)})


def install_urls() -> str:
    """A urlconf with the bare view beside the app's own URLs; returns its module name."""
    from django.urls import include, path

    module = types.ModuleType("bench_web_urls")
    module.urlpatterns = [
        path("bench/bare-events", bare_events),
        path("bench/narrow-events", narrow_events),
        path("", include("config.urls")),
    ]
    sys.modules[module.__name__] = module
    return module.__name__


def get(client, url):
    # As a browser asks: the app compresses some answers (gzip_page) and not others.
    response = client.get(url, headers={"accept-encoding": "gzip, deflate, br"})
    if response.status_code != 200:
        raise RuntimeError(f"GET {url}: {response.status_code}\n{response.content[:2000]!r}")
    return response


def counted(client, url):
    """One GET with its queries counted: (seconds, response, number of queries)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = get(client, url)
        seconds = time.perf_counter() - started
    return seconds, response, len(queries.captured_queries)


def measure_server(client, size, runs, api_runs, page_budget) -> dict:
    result = {"size": size}
    # `/`: the counted run is the warm-up; past the budget it is the only one.
    seconds, response, result["page_queries"] = counted(client, "/")
    result["page_bytes"], result["page_gzip"], result["page_gzip_sent"] = body_sizes(
        response.content, response.get("Content-Encoding")
    )
    if seconds > page_budget:
        times = [seconds]
    else:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            get(client, "/")
            times.append(time.perf_counter() - started)
    result["page_ms"], result["page_runs"] = f"{median(times) * 1000:.0f}", len(times)

    mid = middle_page(size)
    _, api, result["api_queries_p1"] = counted(client, "/api/events?page=1")
    _, response, result["api_queries_mid"] = counted(client, f"/api/events?page={mid}")
    if response.json()["page"] != mid:
        raise RuntimeError(f"the API did not answer page {mid}")
    for number, answer in ((1, api), (mid, response)):
        bare = get(client, f"/bench/bare-events?page={number}").json()["events"]
        if bare != answer.json()["events"]:
            raise RuntimeError(f"the bare view and the API differ on page {number}")
    get(client, "/bench/narrow-events?page=1")
    keys = ("api_p1", "bare_p1", "counting_p1", "narrow_p1", "api_mid", "bare_mid")
    timings = {key: [] for key in keys}
    for _ in range(api_runs):  # interleaved, so that drift hits both sides alike
        for key, url in (
            ("api_p1", "/api/events?page=1"),
            ("bare_p1", "/bench/bare-events?page=1"),
            ("counting_p1", "/bench/bare-events?page=1&count=1"),
            ("narrow_p1", "/bench/narrow-events?page=1"),
            ("api_mid", f"/api/events?page={mid}"),
            ("bare_mid", f"/bench/bare-events?page={mid}"),
        ):
            started = time.perf_counter()
            get(client, url)
            timings[key].append(time.perf_counter() - started)
    for key, values in timings.items():
        result[key] = median(values)
    result["mid_page"] = mid
    return result


# ---------------------------------------------------------------------------------------------
# The browser


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env: dict, timeout: int):
    port = free_port()
    command = [
        *(sys.executable, "-m", "gunicorn", "config.wsgi"),
        *("--bind", f"127.0.0.1:{port}", "--workers", "2", "--timeout", str(timeout)),
        *("--log-level", "warning"),
    ]
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/events?page=1", timeout=5).read()
            return process, url
        except OSError:
            if process.poll() is not None:
                raise RuntimeError("gunicorn exited") from None
            time.sleep(0.3)
    process.terminate()
    raise RuntimeError("gunicorn did not answer within 30 s")


# Notes the moment the figure is marked drawn (Playwright injects this outside the page's CSP).
READY_WATCH = """
new MutationObserver((records, observer) => {
  const figure = document.getElementById('timeline-figure');
  if (figure && figure.dataset.ready === 'true') {
    window.__benchReadyAt = performance.now();
    observer.disconnect();
  }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-ready']});
"""
READY_TIMES = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return {responseEnd: nav.responseEnd, ready: window.__benchReadyAt};
}"""
# Where on screen one of the figure's points is (a marker, a bar): the middle one of those
# drawn in SVG, else one computed from the first trace's data (WebGL traces draw no elements),
# else the middle of the plot area.
POINT_POSITION = """() => {
  const gd = document.getElementById('timeline-figure');
  const inView = r => r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  const drawn = [...gd.querySelectorAll('.cartesianlayer .point')]
    .map(p => p.getBoundingClientRect()).filter(inView);
  if (drawn.length) {
    const r = drawn[Math.floor(drawn.length / 2)];
    return {x: r.left + r.width / 2, y: r.top + r.height / 2, how: 'drawn point'};
  }
  const box = gd.getBoundingClientRect();
  const layout = gd._fullLayout;
  const trace = (gd._fullData || []).find(t => t.x && t.x.length && t.hoverinfo !== 'skip');
  if (trace && layout && layout.xaxis && layout.yaxis) {
    const i = Math.floor(trace.x.length / 2);
    const y = typeof trace.y[i] === 'number' ? trace.y[i] / 2 : trace.y[i];
    const px = box.left + layout._size.l + layout.xaxis.d2p(trace.x[i]);
    const py = box.top + layout._size.t + layout.yaxis.d2p(y);
    if (isFinite(px) && isFinite(py)) return {x: px, y: py, how: 'computed from the data'};
  }
  const drag = gd.querySelector('.nsewdrag');
  const area = drag ? drag.getBoundingClientRect() : box;
  return {x: area.left + area.width / 2, y: area.top + area.height / 2, how: 'plot centre'};
}"""
# Zoom to a window: the time of Plotly.relayout's redraw, and, when the page answers a zoom by
# fetching a new figure (it marks the figure not ready meanwhile), the time until it is drawn.
ZOOM_START = """([start, end]) => {
  const gd = document.getElementById('timeline-figure');
  const root = document.documentElement;
  for (const name of ['benchZoom', 'benchRefetching', 'benchSettled']) delete root.dataset[name];
  setTimeout(() => {
    const started = performance.now();
    const watch = new MutationObserver(() => {
      if (gd.dataset.ready === 'false') root.dataset.benchRefetching = 'true';
      else if (root.dataset.benchRefetching && gd.dataset.ready === 'true') {
        root.dataset.benchSettled = String(performance.now() - started);
        watch.disconnect();
      }
    });
    watch.observe(gd, {attributes: true, attributeFilter: ['data-ready']});
    Plotly.relayout(gd, {'xaxis.range': [start, end]}).then(() => {
      root.dataset.benchZoom = String(performance.now() - started);
    });
  }, 0);
}"""
FIGURE_MODE = """() => {
  const gd = document.getElementById('timeline-figure');
  const meta = gd.layout && gd.layout.meta;
  return [meta && meta.mode ? meta.mode : null, (gd._fullData || []).map(t => t.type)];
}"""


def _timed_out(error) -> bool:
    return "Timeout" in str(error)


def measure_browser(browser, url: str, timeout: float) -> dict:
    """draw s, hover ms, zoom ms (as table cells), and notes."""
    from playwright.sync_api import Error as PlaywrightError

    cells = {"draw": None, "hover": None, "zoom": None}
    notes = []
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    page.add_init_script(READY_WATCH)
    timeout_ms = timeout * 1000

    def mode_after():
        mode, types = page.evaluate(FIGURE_MODE)
        kinds = ", ".join(sorted(set(types))) or "no trace"
        return f"figure: {mode or 'no mode said'}, {len(types)} traces ({kinds})"

    try:
        started = time.perf_counter()
        try:
            response = page.goto(url, wait_until="commit", timeout=timeout_ms)
            if response is None or response.status != 200:
                cells["draw"] = f"HTTP {response.status if response else 'no answer'}"
                return {**cells, "notes": notes}
            left = max(1.0, timeout_ms - (time.perf_counter() - started) * 1000)
            page.wait_for_selector(
                "#timeline-figure[data-ready='true']", state="attached", timeout=left
            )
        except PlaywrightError as error:
            if not _timed_out(error):
                raise
            cells["draw"] = f"timed out after {timeout:.0f} s"
            return {**cells, "notes": notes}
        wall = time.perf_counter() - started
        times = page.evaluate(READY_TIMES)
        draw = (times["ready"] - times["responseEnd"]) / 1000
        cells["draw"] = f"{draw:.2f}"
        notes.append(f"browser: from the request to the figure drawn {wall:.2f} s ({mode_after()})")

        page.mouse.move(2, 2)
        page.wait_for_timeout(300)
        spot = page.evaluate(POINT_POSITION)
        started = time.perf_counter()
        page.mouse.move(spot["x"], spot["y"])
        try:
            page.wait_for_selector(".hoverlayer .hovertext", state="attached", timeout=timeout_ms)
            cells["hover"] = f"{(time.perf_counter() - started) * 1000:.0f}"
        except PlaywrightError as error:
            if not _timed_out(error):
                raise
            cells["hover"] = f"timed out after {timeout:.0f} s"
        notes.append(f"hover: the mouse moved onto a point ({spot['how']})")

        page.evaluate(ZOOM_START, list(ZOOM_RANGE))
        try:
            page.wait_for_selector("html[data-bench-zoom]", state="attached", timeout=timeout_ms)
            cells["zoom"] = f"{float(page.get_attribute('html', 'data-bench-zoom')):.0f}"
        except PlaywrightError as error:
            if not _timed_out(error):
                raise
            cells["zoom"] = f"timed out after {timeout:.0f} s"
            return {**cells, "notes": notes}
        page.wait_for_timeout(1000)  # long enough for a debounced fetch to start
        if page.get_attribute("html", "data-bench-refetching"):
            try:
                page.wait_for_selector(
                    "html[data-bench-settled]", state="attached", timeout=timeout_ms
                )
                settled = float(page.get_attribute("html", "data-bench-settled"))
                notes.append(
                    f"zoom to {' .. '.join(ZOOM_RANGE)}: the page fetched the window's figure, "
                    f"drawn {settled:.0f} ms after the zoom ({mode_after()})"
                )
            except PlaywrightError as error:
                if not _timed_out(error):
                    raise
                notes.append(f"zoom: the window's figure not drawn after {timeout:.0f} s")
    finally:
        context.close()
    return {**cells, "notes": notes}


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="published meetings, increasing")
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--keep", action="store_true", help="keep the database at the end")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure the database a --keep run left, as it is: migrated, no seeding, kept at "
        "the end; --sizes is ignored",
    )
    parser.add_argument("--runs", type=int, default=5, help="timed runs of / per size")
    parser.add_argument("--api-runs", type=int, default=15, help="timed runs of each API page")
    parser.add_argument("--page-budget", type=float, default=10.0, help="s; one run of / past it")
    parser.add_argument("--browser-timeout", type=float, default=180.0, help="s per browser step")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium check")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    sizes = parse_sizes(args.sizes)

    workdir = Path(tempfile.mkdtemp(prefix="bench-web-"))
    env = configure(args.database_url, workdir)
    if not args.reuse:
        recreate_database(args.database_url)
    server = browser = playwright = None
    results = []
    try:
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        from django.db import connections
        from django.test import Client
        from django.test.utils import override_settings

        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        print(
            f"Database {database_name(args.database_url)} migrated, static files collected "
            f"({time.perf_counter() - started:.0f} s). DEBUG={settings.DEBUG}, "
            f"{settings.STORAGES['staticfiles']['BACKEND'].rsplit('.', 1)[-1]}.",
            flush=True,
        )
        print(
            "Server figures: in process, Django's test Client through all the middleware "
            f"(median of {args.runs} runs of /, {args.api_runs} of each API page); gzip sizes "
            "as sent when the server compressed, else computed here (said per size). Browser: "
            "headless Chromium against gunicorn (2 workers) on the same database.\n",
            flush=True,
        )
        seeder = None
        if args.reuse:
            from timeline.filters import published_events

            sizes = [published_events().count()]
        else:
            seeder = Seeder(args.seed)
        client = Client()
        if not args.no_browser:
            from playwright.sync_api import sync_playwright

            # Playwright's sync API keeps an event loop in this thread, which Django takes for
            # an async context; nothing here runs concurrently, so Django's guard is lifted.
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

            server, base_url = start_gunicorn(env, int(args.browser_timeout) + 60)
            playwright = sync_playwright().start()
            browser = playwright.chromium.launch(
                executable_path=args.chromium,
                args=["--no-sandbox", "--disable-gpu", "--no-first-run"],
            )
        with override_settings(ROOT_URLCONF=install_urls()):
            for size in sizes:
                started = time.perf_counter()
                if seeder is None:
                    settle()
                    print(f"== {size:,} published meetings, the kept database", flush=True)
                else:
                    seeder.grow_to(size)
                    print(
                        f"== {size:,} published meetings (+{round(size * WITHDRAWN_SHARE):,} "
                        f"withdrawn, {seeder.articles:,} articles), seeded in "
                        f"{time.perf_counter() - started:.0f} s",
                        flush=True,
                    )
                result = measure_server(client, size, args.runs, args.api_runs, args.page_budget)
                connections.close_all()
                notes = [
                    "/ sent gzipped"
                    if result["page_gzip_sent"]
                    else "/ sent uncompressed; its gzip size computed here",
                    f"API middle page {result['mid_page']}: {result['api_mid'] * 1000:.0f} ms, "
                    f"bare {result['bare_mid'] * 1000:.0f} ms, ratio "
                    f"{result['api_mid'] / result['bare_mid']:.2f}",
                    f"API page 1 against the bare view counting the meetings too (Django's "
                    f"Paginator): {result['counting_p1'] * 1000:.1f} ms, ratio "
                    f"{result['api_p1'] / result['counting_p1']:.2f}",
                    f"API page 1 against the narrow view of 12 columns (no participants, "
                    f"evidence, last change or permalink; the yardstick until issue 8's second "
                    f"pass): {result['narrow_p1'] * 1000:.1f} ms, ratio "
                    f"{result['api_p1'] / result['narrow_p1']:.2f}",
                ]
                if browser is not None:
                    measured = measure_browser(browser, base_url + "/", args.browser_timeout)
                    notes += measured.pop("notes")
                    result.update(measured)
                results.append(result)
                print(format_table([result_row(result), TARGETS]))
                for note in notes:
                    print(f"  {note}")
                print(flush=True)
        print("All sizes:")
        print(format_table([*map(result_row, results), TARGETS]))
        print(
            "Targets (issue 8): / well under 1 s and under 300 KB; the API at most 2x the bare "
            "view with a bounded number of queries; hover and zoom under 100 ms."
        )
    finally:
        if browser is not None:
            browser.close()
        if playwright is not None:
            playwright.stop()
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # noqa: BLE001 (Django may never have been set up)
            pass
        if not (args.keep or args.reuse):
            recreate_database(args.database_url, drop_only=True)
        else:
            print(f"Kept the database: {args.database_url}")
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
