"""A long soak (`make soak`, never part of `make test`): real Celery workers on Redis and
PostgreSQL take a stream of uploads while faults are injected at random -- a whole worker
killed with SIGKILL and started again, the database taken away from the workers for a while
(a TCP relay in front of PostgreSQL), a message taken off the Redis queue and thrown away.
At the end, once the faults stop, every article must be parsed or failed with a reason,
exactly once, none stranded; the figures are printed.

The script plays the scheduler: it runs the sweep of stranded articles every --sweep-every
seconds (Celery beat does it every minute in production), with short STRANDED_AFTER and time
limits so that a ten-minute soak sees articles go round several times.

    make soak                                   # 10 minutes, 2 workers
    SOAK_DURATION=180 SOAK_WORKERS=3 make soak

It uses a database of its own (SOAK_DATABASE_URL, created and migrated when missing) and a
Redis database and queue of its own; nothing else is touched.
"""

import argparse
import collections
import contextlib
import itertools
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_EN = "January February March April May June July August September October November December"
# Leaders and places the shipped gazetteer knows; the sentences are written for the soak.
LEADERS = [
    ("le président français Emmanuel Macron", "French President Emmanuel Macron"),
    ("le président kényan William Ruto", "Kenyan President William Ruto"),
    ("le chancelier allemand Olaf Scholz", "German Chancellor Olaf Scholz"),
    ("le président sud-africain Cyril Ramaphosa", "South African President Cyril Ramaphosa"),
    ("le Premier ministre indien Narendra Modi", "Indian Prime Minister Narendra Modi"),
    ("le secrétaire d'Etat américain Antony Blinken", "US Secretary of State Antony Blinken"),
]
PLACES = [("Nairobi", "Nairobi"), ("Genève", "Geneva"), ("Vienne", "Vienna"), ("Paris", "Paris")]
TEMPLATES = {
    "fr": [
        "{a} s'est entretenu au téléphone le {held} avec {b}, a indiqué son cabinet.\n\n"
        "Les deux dirigeants doivent se retrouver le {planned} à {place} pour un sommet "
        "consacré au commerce.\n",
        "Un sommet réunira le {planned} à {place} {a} et {b}, a annoncé la présidence.\n\n"
        "Les deux hommes s'étaient parlé au téléphone le {held}.\n",
    ],
    "en": [
        "{a} spoke by telephone with {b} on {held}, his office said.\n\n"
        "The two leaders are due to meet in {place} on {planned} for a summit on trade.\n",
        "{a} and {b} will hold a summit in {place} on {planned}, officials said.\n\n"
        "They last spoke by phone on {held}.\n",
    ],
}


def _day(value, language):
    if language == "fr":
        return f"{value.day} {MONTHS_FR.split()[value.month - 1]}"
    return f"{MONTHS_EN.split()[value.month - 1]} {value.day}"


class Newsroom:
    """A stream of uploads: several agencies' items about a pool of meetings, and a few
    damaged files."""

    def __init__(self, rng, meetings=12):
        self.rng = rng
        self.meetings = []
        for _ in range(meetings):
            a, b = rng.sample(range(len(LEADERS)), 2)
            published = date(2024, 1, 1) + timedelta(days=rng.randint(0, 300))
            self.meetings.append(
                {
                    "a": a,
                    "b": b,
                    "place": rng.randrange(len(PLACES)),
                    "published": published,
                    "held": published - timedelta(days=rng.randint(1, 3)),
                    "planned": published + timedelta(days=rng.randint(10, 60)),
                }
            )

    def next_file(self, number):
        rng = self.rng
        if rng.random() < 0.05:
            junk = rng.choice(
                [rng.randbytes(rng.randint(1, 4000)), "\u200b\ufeff".encode() * 40, b"%PDF-1.4"]
            )
            return f"damaged-{number}.txt", junk, None, None
        meeting = rng.choice(self.meetings)
        language = rng.choice(["fr", "en"])
        index = 0 if language == "fr" else 1
        text = rng.choice(TEMPLATES[language]).format(
            a=LEADERS[meeting["a"]][index],
            b=LEADERS[meeting["b"]][index],
            place=PLACES[meeting["place"]][index],
            held=_day(meeting["held"], language),
            planned=_day(meeting["planned"], language),
        )
        text = text[0].upper() + text[1:] + f"\n(soak {number})\n"
        name = f"soak-{number}.{language}.txt"
        return name, text.encode(), language, meeting["published"]


def _ensure_database(url):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=600, help="seconds of faults")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--uploads-per-second", type=float, default=1.0)
    parser.add_argument("--fault-every", type=float, default=15, help="mean seconds")
    parser.add_argument("--sweep-every", type=float, default=10)
    parser.add_argument("--stranded-after", type=int, default=30)
    parser.add_argument("--time-limit", type=int, default=60)
    parser.add_argument("--drain-timeout", type=float, default=600)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    rng = random.Random(seed)

    database_url = os.environ.get(
        "SOAK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/diplomatic_timeline_soak"
    )
    broker_url = os.environ.get("SOAK_BROKER_URL", "redis://127.0.0.1:6379/14")
    queue = f"soak-{uuid.uuid4().hex[:8]}"
    work_dir = Path(tempfile.mkdtemp(prefix="soak-"))
    shared_env = {
        "STRANDED_AFTER": str(args.stranded_after),
        "CELERY_TASK_TIME_LIMIT": str(args.time_limit),
        "LOG_LEVEL": "INFO",
    }
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=database_url,
        CELERY_BROKER_URL=broker_url,
        CELERY_QUEUE=queue,
        MEDIA_ROOT=str(work_dir / "media"),
        DB_CONN_MAX_AGE="0",
        **shared_env,
    )
    _ensure_database(database_url)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("sync_gazetteer", verbosity=0)

    from articles import services
    from articles.models import Article
    from config.celery import app as celery_app
    from tests.integration import realworld
    from timeline.models import Event

    parts = urlsplit(database_url)
    relay = realworld.DatabaseRelay(parts.hostname or "127.0.0.1", parts.port or 5432)
    from django.db import connection

    worker_url = realworld.database_url(connection.settings_dict, relay_port=relay.port)
    started = collections.Counter()

    def start(slot):
        started["workers"] += 1
        return realworld.start_worker(
            queue=queue, log_path=work_dir / f"worker-{slot}.log", database_url=worker_url,
            broker_url=broker_url, media_root=work_dir / "media", env=shared_env,
            name=f"soak{slot}-{started['workers']}",
        )  # fmt: skip

    print(f"soak: seed {seed}, {args.workers} workers, {args.duration:.0f} s, logs in {work_dir}")
    workers = {slot: start(slot) for slot in range(args.workers)}
    newsroom = Newsroom(rng)
    uploaded, refused, faults = [], collections.Counter(), collections.Counter()
    numbers = itertools.count()
    sweeps = collections.Counter()
    relay_back_at = None

    def sweep():
        with contextlib.suppress(Exception):
            outcome = services.sweep_stranded()
            sweeps["queued again"] += len(outcome["queued"])
            sweeps["failed"] += len(outcome["failed"])

    def inject_fault():
        nonlocal relay_back_at
        kind = rng.choice(["kill -9 a worker", "database away", "message taken off the queue"])
        if kind == "kill -9 a worker":
            slot = rng.choice(list(workers))
            realworld.kill_whole_worker(workers[slot])
            workers[slot] = start(slot)
        elif kind == "database away":
            if not relay.is_up:
                return
            relay.down()
            relay_back_at = time.monotonic() + rng.uniform(2, 25)
        else:
            with celery_app.connection_for_write() as broker:
                message = broker.default_channel.basic_get(queue, no_ack=True)
            if message is None:
                # The workers keep up: the next upload's message is the one lost (the broker
                # said yes, then dropped it).
                kind = "message lost at upload"
                real_send, services.send_parse = services.send_parse, lambda article_id: True
                try:
                    upload()
                finally:
                    services.send_parse = real_send
        faults[kind] += 1

    def upload():
        name, content, language, published = newsroom.next_file(next(numbers))
        try:
            result = services.upload_article(
                content=content, filename=name, language=language or "", published_at=published
            )
        except services.UploadRejected:
            refused["refused at upload"] += 1
            return
        if result.created:
            uploaded.append(result.article.pk)
        else:
            refused["the same bytes as an earlier upload"] += 1

    try:
        began = time.monotonic()
        next_upload = next_fault = next_sweep = began
        next_fault += rng.expovariate(1 / args.fault_every)
        while time.monotonic() - began < args.duration:
            now = time.monotonic()
            if now >= next_upload:
                upload()
                next_upload += rng.expovariate(args.uploads_per_second)
            if relay_back_at and now >= relay_back_at:
                relay.up()
                relay_back_at = None
            if now >= next_fault:
                inject_fault()
                next_fault = now + rng.expovariate(1 / args.fault_every)
            if now >= next_sweep:
                sweep()
                next_sweep = now + args.sweep_every
            for slot, process in list(workers.items()):
                if process.poll() is not None:
                    faults["worker died by itself"] += 1
                    workers[slot] = start(slot)
            time.sleep(0.05)

        # The faults stop; everything must come to rest.
        relay.up()
        print(f"soak: faults over after {time.monotonic() - began:.0f} s, draining...")
        drain_began = time.monotonic()
        while time.monotonic() - drain_began < args.drain_timeout:
            pending = Article.objects.filter(pk__in=uploaded, status__in=["queued", "parsing"])
            if not pending.exists():
                break
            sweep()
            time.sleep(args.sweep_every / 2)
        drained_in = time.monotonic() - drain_began
    finally:
        for process in workers.values():
            realworld.stop_worker(process)
        relay.close()
        with celery_app.connection_for_write() as broker, contextlib.suppress(Exception):
            broker.default_channel.queue_delete(queue)

    articles = list(Article.objects.filter(pk__in=uploaded))
    statuses = collections.Counter(a.status for a in articles)
    terminal = collections.Counter(
        sum(entry["status"] in ("parsed", "failed") for entry in a.status_log) for a in articles
    )
    reasons = collections.Counter(a.error.split(".")[0][:90] for a in articles if a.error)
    attempts = collections.Counter(a.attempts for a in articles)
    mismatched = []
    for article in articles:
        if article.status == "parsed":
            said = int(article.status_log[-1]["note"].split()[0])
            found = Event.objects.filter(mentions__article=article).distinct().count()
            if said != found:
                mismatched.append((article.pk, said, found))
    keys = collections.Counter()
    for event in Event.objects.filter(merged_into=None, mentions__article__in=uploaded).distinct():
        names = tuple(sorted(event.participants.values_list("name", flat=True)))
        keys[(event.kind, event.date_value, event.status, names, event.place_id)] += 1
    duplicates = {key: n for key, n in keys.items() if n > 1}

    print(f"\nseed {seed}; ran {args.duration:.0f} s with {args.workers} workers; drained in "
          f"{drained_in:.0f} s")  # fmt: skip
    print(f"uploads: {len(uploaded)} stored; {dict(refused)}")
    print(f"faults: {dict(faults)}; worker processes started: {started['workers']}")
    print(f"sweep: {dict(sweeps)}")
    print(f"articles: {dict(statuses)}; attempts: {dict(sorted(attempts.items()))}")
    print(f"final status recorded per article: {dict(terminal)} (times: articles)")
    for reason, n in reasons.most_common():
        print(f"  failed x{n}: {reason}")
    print(f"events on the timeline: {len(keys)}; duplicates: {len(duplicates)}")

    problems = []
    stranded = [a.pk for a in articles if a.status not in ("parsed", "failed")]
    if stranded:
        problems.append(f"stranded articles: {stranded}")
    if set(terminal) != {1}:
        problems.append(f"articles finished more or less than once: {dict(terminal)}")
    if any(a.status == "failed" and not a.error for a in articles):
        problems.append("an article failed without a reason")
    if mismatched:
        problems.append(f"parsed articles whose events differ from their parse: {mismatched}")
    if duplicates:
        problems.append(f"the same meeting recorded twice: {duplicates}")
    for article in articles:
        with article.original.open("rb") as stored:
            if services.sha256_of(stored.read()) != article.sha256:
                problems.append(f"article {article.pk}: original not kept byte for byte")
    if problems:
        print("\nSOAK FAILED:\n  " + "\n  ".join(problems))
        return 1
    print("\nsoak passed: every article parsed or failed with a reason, exactly once.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
