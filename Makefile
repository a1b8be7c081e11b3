# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
SHARED ?= ../shared
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/diplomatic_timeline
TEST_BROKER_URL ?= redis://127.0.0.1:6379/15

.PHONY: run setup test lint eval bench-extract train-en screenshot clean

$(VENV)/.installed-run: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed-run
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed-run
	$(PY) manage.py migrate --noinput
	$(PY) manage.py sync_gazetteer
	$(PY) manage.py ensure_editor
	$(PY) manage.py load_demo

run: setup
	PORT=$(PORT) PY=$(PY) bash scripts/run.sh

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: $(VENV)/.installed-dev lint
	bash scripts/services.sh
	DATABASE_URL=$(TEST_DATABASE_URL) CELERY_BROKER_URL=$(TEST_BROKER_URL) DB_CONN_MAX_AGE=0 \
		$(PY) -m pytest

eval: $(VENV)/.installed-run
	bash scripts/eval.sh $(SHARED)

bench-extract: $(VENV)/.installed-run
	$(PY) scripts/bench_extract.py

# Train the English tagger + parser on UD English EWT ($(SHARED)/data) into
# articles/extraction/models/en_ewt (15-25 minutes on 2 cores; never run by `make test`).
train-en: $(VENV)/.installed-run
	PY=$(PY) bash scripts/train_english.sh $(SHARED)

screenshot: $(VENV)/.installed-dev
	$(PY) scripts/screenshot.py docs/timeline.png http://127.0.0.1:$(PORT)/

clean:
	rm -rf $(VENV) var staticfiles
