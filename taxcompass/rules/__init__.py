"""The rules each year ships with, as JSON the data migration and the factories share."""

import json
from pathlib import Path

FOLDER = Path(__file__).parent


def shipped(year):
    """The rules data shipped for ``year`` (2568, 2569)."""
    return json.loads((FOLDER / f"y{year}.json").read_text(encoding="utf-8"))
