"""Parse throughput: articles/s and MB/s for `newsparse.parse`, beside a baseline in the same run
that only splits paragraphs on blank lines (goal: a typical 3 KB article under 1 ms).

Texts: the samples, and ../shared/data (structure, quotes and BBC articles) when present.

    python benchmarks/throughput.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
CORPORA = {
    "samples": (ROOT / "samples", "*.txt"),
    "structure dev": (SHARED / "structure" / "texts", "*.txt"),
    "polnear dev": (SHARED / "quotes" / "polnear_dev", "*.txt"),
    "bbc news": (SHARED / "summaries" / "bbc_news_summary" / "News Articles", "*/*.txt"),
}


def blank_line_split(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def best_time(texts: list[str], work: Callable[[str], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            work(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    repeats = parser.parse_args().repeats
    for sample in sorted((ROOT / "samples").glob("*.txt")):  # imports and regexes load once
        newsparse.parse(sample.read_text(encoding="utf-8"))
    print(
        f"{'corpus':<16}{'articles':>9}{'KB avg':>8}{'ms/article':>12}{'articles/s':>12}{'MB/s':>8}"
        f"{'x baseline':>12}"
    )
    everything: list[str] = []
    for name, (folder, pattern) in CORPORA.items():
        if not folder.is_dir():
            continue
        texts = [p.read_bytes().decode("utf-8", errors="replace") for p in sorted(folder.glob(pattern))]
        everything += texts
        report(name, texts, repeats)
    # The goal's own case: every article of 2.5 to 3.5 KB, whichever corpus it comes from.
    typical = [t for t in everything if TYPICAL_BYTES[0] <= len(t.encode("utf-8")) <= TYPICAL_BYTES[1]]
    if typical:
        report("3 KB articles", typical, repeats)


# "A typical 3 KB article": 2.5 to 3.5 KB.
TYPICAL_BYTES = (2560, 3584)


def report(name: str, texts: list[str], repeats: int) -> None:
    size = sum(len(t.encode("utf-8")) for t in texts)
    parse_s = best_time(texts, newsparse.parse, repeats)
    base_s = best_time(texts, blank_line_split, repeats)
    print(
        f"{name:<16}{len(texts):>9}{size / len(texts) / 1024:>8.1f}{parse_s / len(texts) * 1000:>12.3f}"
        f"{len(texts) / parse_s:>12.0f}{size / parse_s / 1e6:>8.2f}{parse_s / base_s:>12.0f}"
    )


if __name__ == "__main__":
    main()
