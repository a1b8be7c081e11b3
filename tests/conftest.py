import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded originals go to a throwaway folder in every test."""
    settings.MEDIA_ROOT = tmp_path / "media"
