"""The project's scorer (../shared/eval/score.py), imported from where it stands, never copied:
its matching of predicted to gold meetings is the one every figure of the project uses."""

import importlib.util
from pathlib import Path


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", Path(shared) / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
