"""The Dask path beside the local one, in the same run, on the same corpus.

- local: `newsparse convert CORPUS -r --to jsonl --jobs 2` (a process pool of 2).
- dask, cold: `newsparse.dask.convert(..., address="local:2")` in a fresh interpreter, counting
  the start of a LocalCluster of 2 worker processes, as a one-off command would.
- dask, warm: the same on a cluster already running (what a long-lived cluster costs).

Prints the times, the ratio to the local path and the Dask path's overhead per article, and
checks that the part files, read in order, are byte for byte the local output.

The corpus is ../shared/data/summaries/bbc_news_summary/News Articles when present (2,225 BBC
articles), else the samples copied to --count files. Run from the project root:

    python benchmarks/dask.py [--corpus DIR] [--count 3000] [--partition-size 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus import synthetic_corpus  # benchmarks/corpus.py: scripts run with this folder on sys.path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "summaries" / "bbc_news_summary" / "News Articles"

DASK_RUN = r"""
import json, sys
from newsparse.dask import convert
summary = convert([sys.argv[1]], sys.argv[2], address=sys.argv[3], recursive=True,
                  partition_size=int(sys.argv[4]), force=True)
print(json.dumps({"articles": summary.articles, "errors": summary.errors, "files": summary.files}))
"""


def timed(command: list[str], repeat: int = 1) -> tuple[float, str]:
    """The best of `repeat` runs (the one least slowed by other work on the machine), its output."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        runs.append((time.perf_counter() - start, done.stdout))
    return min(runs)


def local_convert(corpus: Path, out: Path) -> list[str]:
    options = ["-r", "--to", "jsonl", "-q", "--jobs", "2", "-o", str(out), "--force"]
    return [sys.executable, "-m", "newsparse", "convert", str(corpus), *options]


def dask_convert(corpus: Path, out: Path, address: str, partition_size: int) -> list[str]:
    return [sys.executable, "-c", DASK_RUN, str(corpus), str(out), address, str(partition_size)]


def joined(files: list[str]) -> bytes:
    return b"".join(Path(name).read_bytes() for name in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="a folder of .txt articles (default: BBC or samples)")
    parser.add_argument("--count", type=int, default=3000, help="files in the synthetic corpus")
    parser.add_argument("--partition-size", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each path; the best counts")
    args = parser.parse_args()
    distributed: Any = importlib.import_module("distributed")  # its constructors have no annotations

    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        corpus = args.corpus or (BBC if BBC.is_dir() else synthetic_corpus(work / "corpus", args.count))
        local_out, cold_out, warm_out = work / "local.jsonl", work / "cold", work / "warm"
        size = args.partition_size

        local_seconds, _ = timed(local_convert(corpus, local_out), args.repeat)
        cold_seconds, printed = timed(dask_convert(corpus, cold_out, "local:2", size), args.repeat)
        cold = json.loads(printed)
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        with cluster, distributed.Client(cluster):
            timed(dask_convert(corpus, warm_out, cluster.scheduler_address, size))  # warm-up
            warm_command = dask_convert(corpus, warm_out, cluster.scheduler_address, size)
            warm_seconds, printed = timed(warm_command, args.repeat)
        warm = json.loads(printed)

        articles = cold["articles"] + cold["errors"]
        same = joined(cold["files"]) == local_out.read_bytes() == joined(warm["files"])
        print(f"corpus: {corpus} ({articles} articles, {cold['errors']} errors)")
        print(f"partition size: {size} ({len(cold['files'])} part files)")
        print(f"{'local convert --jobs 2:':28} {local_seconds:6.2f} s")
        runs = (("dask local:2 (cold start)", cold_seconds), ("dask, cluster running", warm_seconds))
        for label, seconds in runs:
            overhead_ms = (seconds - local_seconds) / articles * 1000
            print(
                f"{label + ':':28} {seconds:6.2f} s  ratio {seconds / local_seconds:4.2f}x  "
                f"overhead {overhead_ms:+.2f} ms/article"
            )
        print(f"part files in order == local output: {'yes' if same else 'NO'}")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
