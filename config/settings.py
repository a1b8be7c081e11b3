"""One settings module for every environment, driven by environment variables.

The defaults run on a bare machine (SQLite, a filesystem message broker, DEBUG on).
Production sets DATABASE_URL, CELERY_BROKER_URL, SECRET_KEY, DEBUG=false and ALLOWED_HOSTS.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    return os.environ.get(name, default).strip().lower() in ("1", "true", "yes", "on")


def env_list(name, default):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", "true")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "development-only-key-not-for-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")

# Where this deployment keeps its own files: the SQLite database, uploaded originals and the
# filesystem broker's queue when no server-backed ones are configured.
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "csp",
    "articles",
    "timeline",
    "desk",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.headers.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the django_language cookie (set only by the switch in the header),
    # else the browser's Accept-Language; adds Vary: Accept-Language and Content-Language.
    # English on the editors' pages.
    "config.language.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's AuthenticationMiddleware, except that a request without a session cookie is
    # anonymous without reading the session: public pages then do not vary on Cookie.
    "config.headers.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "config.urls"
# Editors sign in where the admin does; the desk sends anonymous visitors there.
LOGIN_URL = "admin:login"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# Readers' pages in English or French: the browser's Accept-Language picks one, the switch in
# the header (config/language.py) overrides it with the django_language cookie. English is the
# default. The desk and the admin are written in English only.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Date formats per language (config/formats/): "January 10, 2022", "10 janvier 2022".
FORMAT_MODULE_PATH = ["config.formats"]
# The switch's choice is remembered for a year, on HTTPS only in production.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
# plotly.js comes from npm (package.json, installed by `make setup` and `make test`): the basic
# bundle (scatter and bar), the same plotly.js version the Python side targets, at a quarter of
# the full bundle's weight. htmx comes from django-htmx. Nothing third-party is copied into
# static/.
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/plotly", BASE_DIR / "node_modules" / "plotly.js-basic-dist-min"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Uploaded articles are wire copy: a few hundred KB at most. Refuse anything far larger.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 200
ARTICLE_MAX_BYTES = int(os.environ.get("ARTICLE_MAX_BYTES", 2 * 1024 * 1024))
# The longest extracted text accepted at upload (a .docx or a PDF holds more text than its
# bytes): the engine parses this much within the parse's time limit and under 1 GB, in either
# language (`make bench-extract` prints the figures for an article of this length).
ARTICLE_MAX_CHARACTERS = int(os.environ.get("ARTICLE_MAX_CHARACTERS", "2200000"))

# The most meetings one export of a filtered view holds (/events.csv, .ics, .atom,
# .timelinejs.json); a longer view is cut, and the response says so (X-Export-Truncated).
EXPORT_MAX_EVENTS = int(os.environ.get("EXPORT_MAX_EVENTS", "5000"))

# HTTPS. Off in development (runserver speaks plain HTTP); on by default once DEBUG is off,
# except HSTS, which a deployment turns on deliberately (SECURE_HSTS_SECONDS): browsers remember
# it. `manage.py check --deploy` passes with the production variables of the README.
_PRODUCTION = "false" if DEBUG else "true"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", _PRODUCTION)
# The proxy in front of gunicorn tells Django the original request was HTTPS with this header
# (set "X-Forwarded-Proto" only behind a proxy that overwrites it; empty: no proxy).
_proxy_header = os.environ.get("SECURE_PROXY_SSL_HEADER", "" if DEBUG else "X-Forwarded-Proto")
if _proxy_header.strip():
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + _proxy_header.strip().upper().replace("-", "_"), "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true")
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", "false")
_secure_cookies = os.environ.get("SECURE_COOKIES", _PRODUCTION)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", _secure_cookies)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", _secure_cookies)
LANGUAGE_COOKIE_SECURE = env_bool("LANGUAGE_COOKIE_SECURE", _secure_cookies)
# SecurityMiddleware sends these on every response (nosniff is Django's default too).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = os.environ.get("SECURE_REFERRER_POLICY", "same-origin")
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): scripts only from this origin, no eval, no inline
# script or event handler (the templates keep their JavaScript in static files). Styles may be
# inline because plotly.js writes style attributes and a <style> element as it draws.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        # data: for plotly's "download as PNG" and the admin's inline SVG icons.
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# Who may frame /embed/ (the only page that may be framed): "*" for any site, or a list of
# origins ("https://news.example.org,https://blog.example.org").
EMBED_FRAME_ANCESTORS = env_list("EMBED_FRAME_ANCESTORS", "*")
# Browser features the site never uses, refused to every frame (config/headers.py).
PERMISSIONS_POLICY = [
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "encrypted-media",
    "fullscreen",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "picture-in-picture",
    "publickey-credentials-get",
    "screen-wake-lock",
    "usb",
    "xr-spatial-tracking",
]

# Celery. Without CELERY_BROKER_URL the broker is a folder on disk, so `make run` needs no
# server; production and the test suite use Redis.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "filesystem://localhost/")
# The worker's own time limits for one parse (the task message carries none).
CELERY_TASK_TIME_LIMIT = int(os.environ.get("CELERY_TASK_TIME_LIMIT", "300"))
if CELERY_BROKER_URL.startswith("filesystem://"):
    BROKER_DIR = VAR_DIR / "broker"
    for folder in ("queue", "processed", "control"):
        (BROKER_DIR / folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "processed_folder": str(BROKER_DIR / "processed"),
        "control_folder": str(BROKER_DIR / "control"),
        "store_processed": False,
    }
else:
    # A task stays invisible this long after delivery; it must outlast the hard time limit,
    # or Redis would hand a still-running task to a second worker.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_TASK_TIME_LIMIT + 60}
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_QUEUE", "articles")
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# acks_late + prefetch 1: a task is acknowledged only once it finished, so a worker that dies
# mid-parse leaves the message to be redelivered; parse_article is idempotent, so that is safe.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = CELERY_TASK_TIME_LIMIT - 30
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", "false")
# An article still queued or parsing this many seconds after its last move is stranded (a
# message lost, a broker down at upload, a worker killed): the sweep queues it again, and
# "Parse again" accepts it. A parsing article is given at least the hard time limit.
STRANDED_AFTER = int(os.environ.get("STRANDED_AFTER", "300"))
# A stranded article whose parse was started this many times is failed with a reason.
PARSE_MAX_ATTEMPTS = int(os.environ.get("PARSE_MAX_ATTEMPTS", "3"))
# Retries of one parse while the database or the broker is unreachable (back-off 2, 4, 8 s...,
# at most 120 s apart); past them the article is failed, or left to the sweep.
PARSE_MAX_RETRIES = int(os.environ.get("PARSE_MAX_RETRIES", "6"))
# Celery beat (run by `make run` inside the worker, `-B`; a `celery beat` process in
# production) runs the sweep every minute.
CELERY_BEAT_SCHEDULE = {
    "sweep-stranded-articles": {"task": "articles.tasks.sweep_stranded", "schedule": 60.0}
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
