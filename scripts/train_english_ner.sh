#!/usr/bin/env bash
# Train and measure an English named-entity recognizer (PER, ORG, LOC) on top of the committed
# EWT pipeline (`make train-en-ner`). It does NOT replace articles/extraction/models/en_ewt: on
# the news corpus it did not pay (articles/extraction/models/README.md, "Named entities").
#
#   bash scripts/train_english_ner.sh [SHARED]     (SHARED defaults to ../shared)
#
# 1. converts Universal NER English EWT ($SHARED/data/uner-english-ewt, CC BY-SA 4.0; IOB2 for
#    the EWT dev and test sentences only) into .spacy files in the git-ignored build/en_ewt_ner/:
#    UNER dev minus every tenth document to train on, that tenth to pick the best step, UNER
#    test to score (scripts/uner_to_docbin.py);
# 2. trains with training/en_ewt_ner.cfg (seed 0, 3,000 steps, single CPU process; tok2vec,
#    tagger, morphologizer and parser sourced from the committed model and frozen);
# 3. evaluates the best model on UNER test (build/en_ewt_ner/uner-test-scores.json) and on the
#    UD EWT test split (build/en_ewt_ner/ud-test-scores.json: the tagger and parser scores must
#    equal the committed model's).
# The model stays in build/en_ewt_ner/output/model-best. Never run in CI or `make test`.
set -euo pipefail
shared=${1:-../shared}
py=${PY:-.venv/bin/python}
uner="$shared/data/uner-english-ewt"
ud="$shared/data/ud-english-ewt"
build=build/en_ewt_ner
base=articles/extraction/models/en_ewt
test -f "$base/meta.json" || { echo "missing $base (make train-en first)" >&2; exit 1; }
for split in dev test; do
  test -f "$uner/en_ewt-ud-$split.iob2" || { echo "missing $uner/en_ewt-ud-$split.iob2" >&2; exit 1; }
done
test -f "$ud/en_ewt-ud-test.conllu" || { echo "missing $ud/en_ewt-ud-test.conllu" >&2; exit 1; }

rm -rf "$build"
mkdir -p "$build/corpus" "$build/ud"
"$py" scripts/uner_to_docbin.py "$uner" "$build/corpus"
"$py" -m spacy convert "$ud/en_ewt-ud-test.conllu" "$build/ud" \
  --converter conllu --n-sents 10 --file-type spacy

started=$(date +%s)
"$py" -m spacy train training/en_ewt_ner.cfg --output "$build/output" \
  --paths.train "$build/corpus/uner-train.spacy" \
  --paths.dev "$build/corpus/uner-holdout.spacy" \
  --paths.base_model "$base" \
  --system.seed 0 --gpu-id -1 2>&1 | tee "$build/train.log"
echo "training took $(( $(date +%s) - started ))s" | tee -a "$build/train.log"

"$py" -m spacy evaluate "$build/output/model-best" "$build/corpus/uner-test.spacy" \
  --output "$build/uner-test-scores.json" --gpu-id -1
"$py" -m spacy evaluate "$build/output/model-best" "$build/ud/en_ewt-ud-test.spacy" \
  --output "$build/ud-test-scores.json" --gpu-id -1
du -sh "$base"; du -sh "$build/output/model-best"; du -sh "$build/output/model-best/ner"
