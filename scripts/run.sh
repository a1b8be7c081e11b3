#!/usr/bin/env bash
# Start the web server and one Celery worker together; Ctrl-C stops both.
set -euo pipefail
PY=${PY:-.venv/bin/python}
PORT=${PORT:-8000}
URL="http://127.0.0.1:${PORT}/"

# `kill 0` signals this shell too: the trap is taken off first, or that signal would run it
# again, and again (bash ended in a segmentation fault).
trap 'trap - INT TERM EXIT; kill 0' INT TERM EXIT
"$PY" manage.py runserver "127.0.0.1:${PORT}" &
server=$!

# The address is printed once / has answered, not when the processes are merely launched:
# runserver takes seconds to start on a small machine, and its first request (plotly's figure
# classes, the templates) most of a second more; this request pays for that one.
"$PY" - "$URL" "$server" <<'PROBE'
import os
import sys
import time
import urllib.error
import urllib.request

url, server = sys.argv[1], int(sys.argv[2])
deadline = time.monotonic() + 180
while time.monotonic() < deadline:
    try:
        os.kill(server, 0)
    except OSError:
        sys.exit("The web server stopped before answering: see its messages above.")
    try:
        urllib.request.urlopen(url, timeout=60).read()
        sys.exit(0)
    except urllib.error.HTTPError:
        sys.exit(0)  # it answers, if with an error: its message is above and on the page
    except OSError:
        time.sleep(0.2)
print(f"{url} did not answer within 180 s; still waiting for it.", file=sys.stderr)
PROBE
echo "Timeline: ${URL}   Editors: ${URL}admin/"

# The worker starts once the page answers: loading the NLP models and parsing the demo
# articles takes both cores of a small machine for seconds, which the web server's start would
# otherwise wait behind. Articles uploaded meanwhile wait in the queue.
# -B: the worker also runs Celery beat, whose schedule sweeps stranded articles every minute.
"$PY" -m celery -A config worker -B --schedule "${VAR_DIR:-var}/celerybeat-schedule" --loglevel INFO --concurrency 1 &
wait -n
