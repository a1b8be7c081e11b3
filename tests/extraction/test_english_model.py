"""The English pipeline trained on UD English EWT (articles/extraction/models/en_ewt,
`make train-en`): loaded once per process, with a tagger and a parser that read a meeting."""

import pytest

from articles.extraction import nlp, pipeline

needs_model = pytest.mark.skipif(
    not (pipeline.ENGLISH_MODEL / "meta.json").is_file(),
    reason="the trained English model is not in articles/extraction/models/en_ewt",
)


def test_the_engines_english_pipeline_is_loaded_once():
    assert pipeline.english_nlp() is pipeline.english_nlp()
    assert pipeline.nlp_for("en") is pipeline.english_nlp()


@needs_model
def test_the_trained_english_model_is_loaded_once():
    assert pipeline.english_model() is pipeline.english_model()


@needs_model
def test_the_committed_model_carries_its_attribution():
    meta = pipeline.english_model().meta
    assert meta["name"] == "ewt_diplomatic"
    assert "CC BY-SA 4.0" in meta["license"]
    assert any("UD_English-EWT" in source["url"] for source in meta["sources"])


@needs_model
def test_the_english_model_tags_and_parses_a_meeting():
    nlp = pipeline.english_model()
    assert {"tagger", "parser"} <= set(nlp.pipe_names)
    doc = nlp("The foreign minister met her Japanese counterpart in Tokyo on Tuesday.")
    assert doc.has_annotation("DEP") and doc.has_annotation("TAG")
    met = next(token for token in doc if token.text == "met")
    assert met.dep_ == "ROOT" and met.tag_ == "VBD"
    assert [child.text for child in met.children if child.dep_ == "nsubj"] == ["minister"]
    assert [child.text for child in met.children if child.dep_ == "obj"] == ["counterpart"]


@needs_model
def test_a_line_break_ends_an_english_sentence_before_the_parser():
    doc = pipeline.english_model()("Leaders meet in Geneva\nThe two presidents talked for hours.")
    # (a sentence of the line break alone may come between: the engine drops blank sentences)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Leaders meet in Geneva",
        "The two presidents talked for hours.",
    ]


@needs_model
def test_the_engine_reads_english_with_the_trained_parser(monkeypatch):
    monkeypatch.delenv("EXTRACTION_ENGLISH_MODEL", raising=False)
    monkeypatch.delitem(nlp._MODELS, "en", raising=False)
    doc = pipeline.english_nlp()("Olaf Scholz met Joe Biden in Berlin on Friday.")
    assert doc.has_annotation("DEP")
