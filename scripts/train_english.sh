#!/usr/bin/env bash
# Train the engine's English pipeline (tagger + morphologizer + parser) on UD English EWT and
# put it where the engine loads it: articles/extraction/models/en_ewt/ (`make train-en`).
#
#   bash scripts/train_english.sh [SHARED]     (SHARED defaults to ../shared)
#
# 1. converts the CoNLL-U files of $SHARED/data/ud-english-ewt/ into .spacy files in the
#    git-ignored build/en_ewt/ (ten sentences a document, so the parser learns sentence ends);
# 2. trains with training/en_ewt.cfg (seed 0, 2,500 steps, single CPU process);
# 3. evaluates the best model (chosen on dev) on the UD *test* split;
# 4. copies it into the repository with the attribution in meta.json, and the test scores in
#    articles/extraction/models/en_ewt-scores.json (no model-last, no training artefacts).
# Never run in CI or `make test`.
set -euo pipefail
shared=${1:-../shared}
py=${PY:-.venv/bin/python}
ud="$shared/data/ud-english-ewt"
build=build/en_ewt
target=articles/extraction/models/en_ewt
scores=articles/extraction/models/en_ewt-scores.json
for split in train dev test; do
  test -f "$ud/en_ewt-ud-$split.conllu" || { echo "missing $ud/en_ewt-ud-$split.conllu" >&2; exit 1; }
done

rm -rf "$build"
mkdir -p "$build/corpus"
for split in train dev test; do
  "$py" -m spacy convert "$ud/en_ewt-ud-$split.conllu" "$build/corpus" \
    --converter conllu --n-sents 10 --file-type spacy
done

started=$(date +%s)
"$py" -m spacy train training/en_ewt.cfg --output "$build/output" \
  --paths.train "$build/corpus/en_ewt-ud-train.spacy" \
  --paths.dev "$build/corpus/en_ewt-ud-dev.spacy" \
  --system.seed 0 --gpu-id -1 2>&1 | tee "$build/train.log"
seconds=$(( $(date +%s) - started ))
echo "training took ${seconds}s" | tee -a "$build/train.log"

"$py" -m spacy evaluate "$build/output/model-best" "$build/corpus/en_ewt-ud-test.spacy" \
  --output "$build/test-scores.json" --gpu-id -1

rm -rf "$target"
mkdir -p "$(dirname "$target")"
cp -r "$build/output/model-best" "$target"
"$py" scripts/package_english.py "$target" "$build/test-scores.json" "$scores" \
  --training-seconds "$seconds"
du -sh "$target"
