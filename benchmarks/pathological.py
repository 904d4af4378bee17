"""Time each pathological input at 1x and 10x its size and print the ratio (goal: at most 11x).

python benchmarks/pathological.py [--size 100000]
"""

from __future__ import annotations

import argparse
import time

import newsparse
from newsparse.pathological import CASES


def best_of(text: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        newsparse.parse(text)
        times.append(time.perf_counter() - start)
    return min(times)


def make_warm_up() -> str:
    return "".join(make(2000) for make in CASES.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="characters at 1x")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    newsparse.parse(make_warm_up())  # imports and regex compilation, paid once, not by a case
    print(f"{'case':<34}{'1x ms':>10}{'10x ms':>10}{'ratio':>8}")
    worst = 0.0
    for name, make in CASES.items():
        small = best_of(make(args.size), args.repeats)
        large = best_of(make(args.size * 10), args.repeats)
        ratio = large / small if small else float("inf")
        worst = max(worst, ratio)
        flag = "" if ratio <= 11 else "  <-- superlinear"
        print(f"{name:<34}{small * 1000:>10.1f}{large * 1000:>10.1f}{ratio:>8.1f}{flag}")
    print(f"worst ratio {worst:.1f} (goal: at most 11)")


if __name__ == "__main__":
    main()
