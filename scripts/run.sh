#!/usr/bin/env bash
# Start the web server and one Celery worker together; Ctrl-C stops both.
set -euo pipefail
PY=${PY:-.venv/bin/python}
PORT=${PORT:-8000}

trap 'kill 0' INT TERM EXIT
# -B: the worker also runs Celery beat, whose schedule sweeps stranded articles every minute.
"$PY" -m celery -A config worker -B --schedule "${VAR_DIR:-var}/celerybeat-schedule" --loglevel INFO --concurrency 1 &
echo "Timeline: http://127.0.0.1:${PORT}/   Editors: http://127.0.0.1:${PORT}/admin/"
"$PY" manage.py runserver "127.0.0.1:${PORT}" &
wait -n
