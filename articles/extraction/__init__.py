"""Diplomatic meeting extraction: text -> meetings (calls, meetings, talks, summits, visits,
conferences), held, scheduled or cancelled. Plain Python, no Django.

    from articles.extraction import Extractor, extract
    result = Extractor().extract(text, published=date(2021, 12, 30), language="fr")
    result.events  # list of dicts, the contract of DESIGN.md
"""

from datetime import date

from .gazetteer import (
    Gazetteer,
    default_actor_records,
    default_gazetteer,
    default_gazetteer_records,
    default_place_records,
)
from .pipeline import ExtractionResult, Extractor, make_title

_DEFAULT_EXTRACTOR = None


def extract(text: str, published: date | None = None, language: str | None = None):
    """Extract with the process-wide default Extractor (models and gazetteer loaded once)."""
    global _DEFAULT_EXTRACTOR
    if _DEFAULT_EXTRACTOR is None:
        _DEFAULT_EXTRACTOR = Extractor()
    return _DEFAULT_EXTRACTOR.extract(text, published=published, language=language)


__all__ = [
    "ExtractionResult",
    "Extractor",
    "Gazetteer",
    "default_actor_records",
    "default_gazetteer",
    "default_gazetteer_records",
    "default_place_records",
    "extract",
    "make_title",
]
