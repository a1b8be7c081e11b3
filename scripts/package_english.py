"""Finish the trained English pipeline for the repository (called by scripts/train_english.sh).

    .venv/bin/python scripts/package_english.py MODEL_DIR TEST_SCORES_JSON SCORES_OUT \
        [--training-seconds N]

Writes the attribution, licence and UD *test* scores into MODEL_DIR/meta.json, blanks the
training-data paths of its config.cfg (they point at the git-ignored build folder), and writes
the test scores (UAS, LAS, tag/POS/morph accuracy, sentence F, speed) to SCORES_OUT.
"""

import argparse
import json
import re
import sys
from pathlib import Path

SOURCE = {
    "name": "Universal Dependencies English Web Treebank (UD_English-EWT)",
    "url": "https://github.com/UniversalDependencies/UD_English-EWT",
    "license": "CC BY-SA 4.0",
    "author": (
        "Silveira et al. (2014), 'A Gold Standard Dependency Corpus for English'; the Universal "
        "Dependencies contributors; built on the English Web Treebank (LDC2012T13)"
    ),
    "version": "UD 2.x, commit 15d613d8 (train rebuilt from the per-document sources)",
}
KEYS = (
    "dep_uas",
    "dep_las",
    "tag_acc",
    "pos_acc",
    "morph_acc",
    "sents_p",
    "sents_r",
    "sents_f",
    "speed",
)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("test_scores", type=Path)
    parser.add_argument("scores_out", type=Path)
    parser.add_argument("--training-seconds", type=int, default=None)
    args = parser.parse_args(argv)

    raw = json.loads(args.test_scores.read_text(encoding="utf-8"))
    test = {key: round(raw[key], 4) for key in KEYS if raw.get(key) is not None}
    size = sum(p.stat().st_size for p in args.model.rglob("*") if p.is_file())

    meta_path = args.model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "ewt_diplomatic",
            "version": "1.0.0",
            "description": (
                "English tagger, morphologizer and dependency parser of the diplomatic "
                "timeline's extraction engine (no NER, no static vectors), trained with "
                "training/en_ewt.cfg on UD English EWT by `make train-en`. Scores under "
                "'performance' are on the UD English EWT *test* split; the genres are web text, "
                "not news."
            ),
            "author": "The diplomatic timeline project",
            "license": "CC BY-SA 4.0 (derived from UD English EWT, CC BY-SA 4.0)",
            "sources": [SOURCE],
            "notes": (
                "Trained on Universal Dependencies English EWT (CC BY-SA 4.0), "
                "https://github.com/UniversalDependencies/UD_English-EWT. The treebank itself is "
                "not distributed with this model."
            ),
            "performance": test,
            "performance_split": "UD English EWT test (2,077 sentences)",
        }
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    config_path = args.model / "config.cfg"
    config = config_path.read_text(encoding="utf-8")
    config = re.sub(r'^(train|dev) = ".*"$', r"\1 = null", config, flags=re.MULTILINE)
    config_path.write_text(config, encoding="utf-8")

    out = {
        "model": str(args.model),
        "split": "UD English EWT test (2,077 sentences)",
        "scores": test,
        "size_bytes": size,
        "training_seconds": args.training_seconds,
        "source": SOURCE,
    }
    args.scores_out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
