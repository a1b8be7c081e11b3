import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(request, tmp_path):
    """Uploaded originals go to a throwaway folder in every test.

    The extraction tests also run without Django (`-p no:django`); they store nothing.
    """
    if not request.config.pluginmanager.hasplugin("django"):
        return
    request.getfixturevalue("settings").MEDIA_ROOT = tmp_path / "media"
