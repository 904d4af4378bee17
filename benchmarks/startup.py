"""Start-up time of `import newsparse`, `newsparse --version` and `convert --to json`.

Each is timed as a fresh interpreter and printed as a ratio to `python -c "import click"` measured
in the same run (goal: at most 1.3x), so the figures do not depend on the machine.

    python benchmarks/startup.py [--runs 20]

Run it with the interpreter of a regular install (`pip install .`): an editable install
(`pip install -e .`) adds its own import hook, about 8 ms, that users do not pay.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "palmyra-2025-12-15.txt"
CASES = {
    "baseline: import click": ["-c", "import click"],
    "import newsparse": ["-c", "import newsparse"],
    "newsparse --version": ["-m", "newsparse", "--version"],
    "convert --to json (seed)": ["-m", "newsparse", "convert", "--to", "json", str(SEED)],
    "print, piped (seed)": ["-m", "newsparse", "print", str(SEED)],
    "print --color always (seed)": ["-m", "newsparse", "print", "--color", "always", str(SEED)],
}


def wall_time(args: list[str], runs: int) -> float:
    """The median of `runs` fresh interpreters, after one warm-up run for the file cache."""
    command = [sys.executable, *args]
    subprocess.run(command, check=True, capture_output=True)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="interpreters started per case")
    runs = parser.parse_args().runs
    times = {name: wall_time(args, runs) for name, args in CASES.items()}
    baseline = times["baseline: import click"]
    print(f"{'case':<30}{'median ms':>12}{'x click':>10}")
    for name, seconds in times.items():
        print(f"{name:<30}{seconds * 1000:>12.1f}{seconds / baseline:>10.2f}")


if __name__ == "__main__":
    main()
