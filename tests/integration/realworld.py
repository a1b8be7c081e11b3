"""Real parts for the worker and fault tests (and scripts/soak.py): Celery worker processes,
each in a process group of its own so that a whole worker can be killed at once, and a TCP
relay in front of PostgreSQL that can be taken down and brought back without touching the
shared database server."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def database_url(settings_dict, *, relay_port=None):
    """The URL a worker process uses to reach the database Django is connected to, directly
    or through a DatabaseRelay listening on `relay_port`."""
    host = "127.0.0.1" if relay_port else settings_dict.get("HOST") or "127.0.0.1"
    port = relay_port or settings_dict.get("PORT") or "5432"
    user = settings_dict["USER"]
    password = settings_dict.get("PASSWORD")
    credentials = f"{user}:{password}" if password else user
    return f"postgres://{credentials}@{host}:{port}/{settings_dict['NAME']}"


def new_queue_name(prefix="test"):
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def start_worker(*, queue, log_path, database_url, broker_url, media_root, env=None,
                 name=None, pool="prefork", concurrency=1, beat=False):  # fmt: skip
    """A real `celery worker` on `queue`, leader of its own process group."""
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": broker_url,
        "CELERY_QUEUE": queue,
        "MEDIA_ROOT": str(media_root),
        "DB_CONN_MAX_AGE": "0",
        **(env or {}),
    }
    name = name or f"w-{uuid.uuid4().hex[:6]}"
    command = [
        sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", pool,
        "--concurrency", str(concurrency), "--queues", queue, "--hostname", f"{name}@%h",
        "--loglevel", "INFO", "--without-gossip", "--without-mingle", "--without-heartbeat",
    ]  # fmt: skip
    if beat:
        command += ["--beat", "--schedule", str(Path(log_path).with_suffix(".beat"))]
    with open(log_path, "a") as log:
        return subprocess.Popen(
            command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip


def kill_whole_worker(process):
    """kill -9 of the worker's whole process group: the main process and its pool children
    die at once, with no chance to acknowledge, reject or record anything."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def stop_worker(process, timeout=30):
    if process.poll() is not None:
        kill_whole_worker(process)  # its orphaned pool children, if any
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        pass
    kill_whole_worker(process)


def wait_until_ready(process, log_path, timeout=60):
    """Until the worker says it consumes its queue."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the worker exited:\n{Path(log_path).read_text()[-3000:]}")
        if " ready." in Path(log_path).read_text():
            return
        time.sleep(0.2)
    raise RuntimeError(f"the worker is not ready after {timeout}s")


class DatabaseRelay:
    """A TCP relay from a local port to PostgreSQL. `down()` closes every connection through
    it and refuses new ones (nothing listens on the port), as a database that went away;
    `up()` listens again on the same port."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, int(target_port))
        self._lock = threading.Lock()
        self._sockets = set()
        self._listener = None
        self.port = None
        self.up()

    @property
    def is_up(self):
        return self._listener is not None

    def up(self):
        with self._lock:
            if self._listener is not None:
                return
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", self.port or 0))
            listener.listen(64)
            self.port = listener.getsockname()[1]
            self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def down(self):
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._sockets = self._sockets, set()
        if listener is not None:
            _close(listener)
        for sock in sockets:
            _close(sock)

    close = down

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # taken down
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                _close(client)
                continue
            with self._lock:
                if self._listener is not listener:
                    _close(client)
                    _close(upstream)
                    return
                self._sockets |= {client, upstream}
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                _close(sock)
            with self._lock:
                self._sockets -= {source, sink}


def _close(sock):
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


def timeline_rows():
    """What the timeline holds, without ids or times: events with their participants, place
    and the article spans that report them, the actors and places, the engine's change log.
    Two runs that recorded the same thing give equal rows."""
    from timeline.models import Actor, Event, EventChange, Place

    def event_key(event):
        return (event.kind, event.date_value, event.status, event.title)

    events = []
    for event in Event.objects.select_related("place", "merged_into", "rescheduled_to"):
        mentions = event.mentions.select_related("article")
        events.append(
            (
                *event_key(event),
                event.precision,
                event.place.name if event.place else "",
                tuple(sorted(actor.name for actor in event.participants.all())),
                tuple(sorted((m.article.original_name, m.start, m.end) for m in mentions)),
                event_key(event.merged_into) if event.merged_into else (),
                event_key(event.rescheduled_to) if event.rescheduled_to else (),
                round(event.confidence, 6),
            )
        )
    changes = [
        (event_key(change.event), change.field, change.source, repr(change.new))
        for change in EventChange.objects.select_related("event")
    ]
    return {
        "events": sorted(events),
        "actors": sorted(Actor.objects.values_list("name", "type")),
        "places": sorted(Place.objects.values_list("name", flat=True)),
        "changes": sorted(changes),
    }
