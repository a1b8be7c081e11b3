"""Convert Universal NER English EWT (IOB2) into spaCy DocBin files for `make train-en-ner`.

    .venv/bin/python scripts/uner_to_docbin.py UNER_DIR OUT_DIR [--holdout-every 10]

UNER_DIR holds en_ewt-ud-dev.iob2 and en_ewt-ud-test.iob2 (../shared/data/uner-english-ewt,
CC BY-SA 4.0: read at training time, never copied into the repository). Writes into OUT_DIR
(the git-ignored build/ folder):
  - uner-train.spacy    UNER *dev* minus the held-out documents (there is no UNER train split);
  - uner-holdout.spacy  every N-th document of UNER dev (newdoc order), to pick the best model;
  - uner-test.spacy     UNER *test*, for the reported scores only.
Ten sentences a Doc; spaces are read from each sentence's `# text =` line; labels PER, ORG, LOC
(IOB2, the same strings the engine reads: "PER"). Deterministic: no shuffling.
"""

import argparse
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

LABELS = {"PER", "ORG", "LOC"}


def read_iob2(path: Path):
    """Documents (newdoc id, [sentence]) of (text, words, tags)."""
    documents, text, words, tags = [], None, [], []

    def flush():
        nonlocal text, words, tags
        if words:
            if not documents:
                documents.append(("", []))
            documents[-1][1].append((text, words, tags))
        text, words, tags = None, [], []

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id"):
            flush()
            documents.append((line.split("=", 1)[1].strip(), []))
        elif line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            flush()
        else:
            columns = line.split("\t")
            tag = columns[2]
            if tag != "O" and (tag[:2] not in ("B-", "I-") or tag[2:] not in LABELS):
                tag = "O"  # (no other label in UNER English; guard against stray values)
            words.append(columns[1])
            tags.append(tag)
    flush()
    return documents


def spaces_from_text(text, words):
    """Whether each word is followed by a space in the sentence text (True when unknown)."""
    spaces, position = [], 0
    for word in words:
        found = text.find(word, position) if text else -1
        if found < 0:
            spaces.append(True)
            continue
        position = found + len(word)
        spaces.append(position < len(text) and text[position] == " ")
    if spaces:
        spaces[-1] = True
    return spaces


def repair(tags):
    """IOB2 as spaCy wants it: an I- that does not continue its label starts an entity."""
    fixed, previous = [], "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed


def to_docs(vocab, sentences, n_sents=10):
    for i in range(0, len(sentences), n_sents):
        words, spaces, tags, starts = [], [], [], []
        for text, sentence_words, sentence_tags in sentences[i : i + n_sents]:
            words += sentence_words
            spaces += spaces_from_text(text, sentence_words)
            tags += repair(sentence_tags)
            starts += [True] + [False] * (len(sentence_words) - 1)
        yield Doc(vocab, words=words, spaces=spaces, ents=tags, sent_starts=starts)


def write(vocab, documents, path: Path):
    sentences = [sentence for _name, doc_sentences in documents for sentence in doc_sentences]
    docs = list(to_docs(vocab, sentences))
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    entities = sum(len(doc.ents) for doc in docs)
    print(f"{path}: {len(sentences)} sentences, {entities} entities, {len(docs)} docs")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("uner", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--holdout-every", type=int, default=10)
    args = parser.parse_args(argv)

    vocab = spacy.blank("en").vocab
    args.out.mkdir(parents=True, exist_ok=True)
    dev = read_iob2(args.uner / "en_ewt-ud-dev.iob2")
    test = read_iob2(args.uner / "en_ewt-ud-test.iob2")
    every = args.holdout_every
    holdout = [d for i, d in enumerate(dev) if i % every == every - 1]
    train = [d for i, d in enumerate(dev) if i % every != every - 1]
    write(vocab, train, args.out / "uner-train.spacy")
    write(vocab, holdout, args.out / "uner-holdout.spacy")
    write(vocab, test, args.out / "uner-test.spacy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
