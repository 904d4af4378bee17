"""Time summarize() on parsed articles, beside Lead-3 in the same run.

Parsing is done once, outside the timing: the figure is the cost of the summary stage alone (the
goal is under 2 ms per typical article). Lead-3, the first three sentences of the parsed article,
is timed the same way as the floor any summarizer pays for walking the article.

    python benchmarks/summarize.py [FILE_OR_DIR ...] [--repeat N] [--sentences K]

Without paths it reads `samples/*.txt`; a directory is searched for `*.txt` files recursively.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsparse import Article, parse
from newsparse.summary import summarize

ROOT = Path(__file__).resolve().parent.parent


def lead(article: Article, sentences: int) -> list[str]:
    return [s.text for s in article.sentences[:sentences]]


def read(paths: list[str]) -> list[str]:
    files: list[Path] = []
    for name in paths or [str(ROOT / "samples")]:
        path = Path(name)
        files.extend(sorted(path.rglob("*.txt")) if path.is_dir() else [path])
    return [f.read_bytes().decode("utf-8", errors="replace") for f in files]


def per_article_ms(
    articles: list[Article], run: Callable[[Article, int], list[str]], sentences: int, repeat: int
) -> list[float]:
    times = []
    for article in articles:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            run(article, sentences)
            best = min(best, time.perf_counter() - start)
        times.append(1000 * best)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="article text files or folders of them")
    parser.add_argument("--repeat", type=int, default=5, help="runs per article; the fastest counts")
    parser.add_argument("--sentences", type=int, default=3, help="summary length (default 3)")
    args = parser.parse_args(argv)
    texts = read(args.paths)
    if not texts:
        print("no articles found", file=sys.stderr)
        return 2
    articles = [parse(t) for t in texts]
    counts = [len(a.sentences) for a in articles]
    print(
        f"{len(articles)} articles; sentences per article: median {statistics.median(counts):g}, "
        f"max {max(counts)}; summary of {args.sentences}; best of {args.repeat} runs"
    )
    print(f"  {'':12} {'mean ms':>9} {'median':>9} {'p95':>9} {'max':>9}")
    for name, run in (("summarize", summarize), ("Lead-3", lead)):
        times = sorted(per_article_ms(articles, run, args.sentences, args.repeat))
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(
            f"  {name:12} {statistics.fmean(times):9.3f} {statistics.median(times):9.3f} "
            f"{p95:9.3f} {times[-1]:9.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
