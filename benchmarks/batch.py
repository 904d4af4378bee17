"""Batch conversion speed and memory, as ratios measured in the same run.

- Speed: `newsparse convert --to jsonl` of a corpus with --jobs 1 and --jobs 2, beside a
  baseline that only reads each file, splits paragraphs on blank lines and writes JSON lines.
  Goals: --jobs 2 at least 1.7x as fast as --jobs 1; --jobs 1 within 3x of the baseline.
- Memory: peak RSS of a 20,000-file batch against a 2,000-file batch (goal: at most 1.2x).

The corpus is ../shared/data/summaries/bbc_news_summary when present (2,225 BBC articles),
else the samples copied to 2,000 files. Run from the project root:

    python benchmarks/batch.py [--corpus DIR] [--skip-memory]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import synthetic_corpus  # benchmarks/corpus.py: scripts run with this folder on sys.path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "summaries" / "bbc_news_summary" / "News Articles"

BASELINE = r"""
import json, sys
from pathlib import Path
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        out.write(json.dumps({"source": str(path), "paragraphs": paragraphs}) + "\n")
"""

PEAK_RSS = r"""
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def convert(corpus: Path, jobs: int, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsparse",
        "convert",
        str(corpus),
        "-r",
        "--to",
        "jsonl",
        "-q",
        "--jobs",
        str(jobs),
        "-o",
        str(out),
        "--force",
    ]


def peak_rss_kib(command: list[str]) -> int:
    done = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, *command], check=True, capture_output=True, text=True
    )
    return int(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of .txt articles (default: BBC, else samples)")
    parser.add_argument("--skip-memory", action="store_true", help="skip the 2,000 vs 20,000 files run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        corpus = args.corpus or (BBC if BBC.is_dir() else synthetic_corpus(tmp / "corpus", 2000))
        files = sum(1 for _ in corpus.rglob("*.txt"))
        out = tmp / "out.jsonl"
        baseline = timed([sys.executable, "-c", BASELINE, str(corpus), str(out)])
        one = timed(convert(corpus, 1, out))
        two = timed(convert(corpus, 2, out))
        print(f"corpus: {corpus} ({files} files)")
        print(f"{'run':<32}{'seconds':>9}{'files/s':>10}")
        for name, seconds in (
            ("baseline (read, split, write)", baseline),
            ("--jobs 1", one),
            ("--jobs 2", two),
        ):
            print(f"{name:<32}{seconds:>9.2f}{files / seconds:>10.0f}")
        print(f"--jobs 2 speed-up over --jobs 1: {one / two:.2f}x (goal >= 1.7)")
        print(f"--jobs 1 against the baseline:   {one / baseline:.2f}x (goal <= 3)")
        if args.skip_memory:
            return
        small = synthetic_corpus(tmp / "small", 2000)
        large = synthetic_corpus(tmp / "large", 20000)
        small_rss = peak_rss_kib(convert(small, 2, out))
        large_rss = peak_rss_kib(convert(large, 2, out))
        print(
            f"peak RSS: 2,000 files {small_rss / 1024:.1f} MiB, 20,000 files {large_rss / 1024:.1f} MiB, "
            f"ratio {large_rss / small_rss:.2f} (goal <= 1.2)"
        )


if __name__ == "__main__":
    main()
