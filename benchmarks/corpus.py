"""Corpora for the benchmarks: copies of the samples, made in a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def synthetic_corpus(folder: Path, count: int) -> Path:
    """`count` article files under `folder`, a thousand to a subfolder, cycling through the samples."""
    samples = sorted((ROOT / "samples").glob("*.txt"))
    for number in range(count):
        sub = folder / f"{number // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(samples[number % len(samples)], sub / f"{number:06d}.txt")
    return folder
