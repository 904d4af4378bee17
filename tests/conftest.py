"""Shared fixtures: the sample articles and the golden-file switch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SEED = ROOT / "samples" / "palmyra-2025-12-15.txt"
GOLDEN = Path(__file__).resolve().parent / "golden"
# NEWSPARSE_UPDATE_GOLDEN=1 rewrites the golden files instead of comparing; review the diff.
UPDATE_GOLDEN = os.environ.get("NEWSPARSE_UPDATE_GOLDEN") == "1"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
