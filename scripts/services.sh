#!/usr/bin/env bash
# The test suite talks to real PostgreSQL and Redis on 127.0.0.1 and drives Debian's Chromium.
# Start the servers when they are installed but stopped; say what to install when missing.
set -u
missing=()

pg_up() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
redis_up() { (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; }

wait_for() {
  for _ in $(seq 1 30); do "$1" && return 0; sleep 1; done
  return 1
}

if ! pg_up; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && ls /etc/postgresql >/dev/null 2>&1; then
    echo "Starting PostgreSQL..."
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    wait_for pg_up || missing+=("PostgreSQL is installed but did not start on 127.0.0.1:5432")
  else
    missing+=("PostgreSQL server (Debian: apt-get install postgresql)")
  fi
fi

if ! redis_up; then
  if command -v redis-server >/dev/null 2>&1; then
    echo "Starting Redis..."
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
    wait_for redis_up || missing+=("Redis is installed but did not start on 127.0.0.1:6379")
  else
    missing+=("Redis server (Debian: apt-get install redis-server)")
  fi
fi

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  missing+=("Chromium for the browser tests (Debian: apt-get install chromium)")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "make test needs these, which are missing here:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi
