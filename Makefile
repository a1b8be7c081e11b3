# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
SHARED ?= ../shared
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/diplomatic_timeline
TEST_BROKER_URL ?= redis://127.0.0.1:6379/15

.PHONY: run setup test lint soak eval eval-cv bench-extract bench-web train-en train-en-ner train-confidence screenshot clean

$(VENV)/.installed-run: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# Training only (scikit-learn): never needed to run or test the app.
$(VENV)/.installed-train: requirements.txt requirements-train.txt $(VENV)/.installed-run
	$(PY) -m pip install --quiet -r requirements-train.txt
	touch $@

# The pages' front-end packages (plotly.js), pinned in package.json and package-lock.json.
NODE_PACKAGES := node_modules/.installed
$(NODE_PACKAGES): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed-run
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed-run $(NODE_PACKAGES)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py sync_gazetteer
	$(PY) manage.py ensure_editor
	$(PY) manage.py load_demo

run: setup
	PORT=$(PORT) PY=$(PY) bash scripts/run.sh

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: $(VENV)/.installed-dev $(NODE_PACKAGES) lint
	bash scripts/services.sh
	DATABASE_URL=$(TEST_DATABASE_URL) CELERY_BROKER_URL=$(TEST_BROKER_URL) DB_CONN_MAX_AGE=0 \
		$(PY) -m pytest

# Real workers under random faults (kill -9, database away, lost messages) for SOAK_DURATION
# seconds, then every article must be parsed or failed, exactly once. Never run by `make test`.
SOAK_DURATION ?= 600
SOAK_WORKERS ?= 2
soak: $(VENV)/.installed-dev
	bash scripts/services.sh
	$(PY) scripts/soak.py --duration $(SOAK_DURATION) --workers $(SOAK_WORKERS)

eval: $(VENV)/.installed-run
	bash scripts/eval.sh $(SHARED)

# Leave-articles-out cross-validated figures of what the engine learns (the confidence model),
# of a learned keep-or-drop decision on top of it, of a learned choice of each meeting's
# parties and of each meeting word's date (the three measured, not shipped: they do not pay).
eval-cv: $(VENV)/.installed-train
	$(PY) scripts/train_confidence.py --shared $(SHARED) --cv-only
	$(PY) scripts/eval_learned_filter.py --shared $(SHARED)
	$(PY) scripts/eval_learned_parties.py --shared $(SHARED)
	$(PY) scripts/eval_learned_dates.py --shared $(SHARED)

# Retrain the confidence model from $(SHARED)/corpus/train and the project's annotated sets
# into articles/extraction/models/confidence.json (about 20 s; never run by `make test`).
train-confidence: $(VENV)/.installed-train
	$(PY) scripts/train_confidence.py --shared $(SHARED)

bench-extract: $(VENV)/.installed-run
	$(PY) scripts/bench_extract.py

# The public page and the API at 1,000 / 10,000 / 100,000 meetings, seeded into a PostgreSQL
# database of its own (dt_bench, dropped at the end): server time, bytes and queries of /, the
# API against a bare view of the same meetings, and Chromium's draw, hover and zoom times. About
# 5-15 minutes; never run by `make test`. E.g. BENCH_WEB_ARGS="--sizes 1000,10000 --keep", then
# BENCH_WEB_ARGS=--reuse to measure that kept database again without seeding.
BENCH_WEB_ARGS ?=
bench-web: $(VENV)/.installed-dev $(NODE_PACKAGES)
	bash scripts/services.sh
	$(PY) scripts/bench_web.py $(BENCH_WEB_ARGS)

# Train the English tagger + parser on UD English EWT ($(SHARED)/data) into
# articles/extraction/models/en_ewt (15-25 minutes on 2 cores; never run by `make test`).
train-en: $(VENV)/.installed-run
	PY=$(PY) bash scripts/train_english.sh $(SHARED)

# Train and score an English NER (PER/ORG/LOC, Universal NER English EWT) on top of that model,
# into build/en_ewt_ner only: measured and not shipped (articles/extraction/models/README.md).
# About 3 minutes on 2 cores; never run by `make test`.
train-en-ner: $(VENV)/.installed-run
	PY=$(PY) bash scripts/train_english_ner.sh $(SHARED)

screenshot: $(VENV)/.installed-dev
	$(PY) scripts/screenshot.py docs/timeline.png http://127.0.0.1:$(PORT)/

clean:
	rm -rf $(VENV) node_modules var staticfiles
