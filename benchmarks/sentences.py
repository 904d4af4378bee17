"""Time newsparse's sentence splitter against pySBD on the same texts, in the same run.

    python benchmarks/sentences.py [--passes N] [--no-generated] [--shared DIR]

Texts: the Golden Rules fixture (tests/fixtures/sentences), generated news-like paragraphs, and, when
the shared evaluation data sit beside the project (../shared/data/sentences), the MEANTIME
documents. pySBD is timed only when installed (`pip install pysbd`); it is a measuring tool, not a
dependency. Each corpus is split `--passes` times by each splitter, taking turns; the best pass is
reported, with pySBD's time divided by newsparse's.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsparse import split_sentences  # noqa: E402  (the checkout, not an installed copy)

Splitter = Callable[[str], list[str]]

_NAMES = [
    "Maria Lopez",
    "Dr. Alan Park",
    "Sen. Ruth Hale",
    "Gov. Tom Ruiz",
    "J. R. Miller",
    "Lt. Gen. Ann Cole",
]
_COMPANIES = ["Orbis Corp.", "Lumen Inc.", "Harlow & Co.", "Kestrel Ltd.", "the U.S. Treasury"]
_PLAIN_CLAUSES = [
    "the council approved the budget after a long debate",
    "residents said they were worried about rising rents in the neighborhood",
    "the storm knocked out power to thousands of homes across the region",
    "police said the suspect was arrested without incident",
    "the company plans to hire hundreds of workers over the next year",
    "critics argue the measure does little to address the underlying problem",
    "the museum will reopen to the public after a two-year renovation",
    "talks between the two sides are expected to resume next week",
]
_HARD_CLAUSES = [
    "{name} said the plan would cost $4.5 billion over 10 years",
    "shares of {company} fell 3.2% to $18.75 at 4 p.m. Tuesday",
    "the vote, set for Jan. 15, was delayed by the U.S. Senate",
    "officials in Sacramento, Calif., declined to comment on the No. 2 proposal",
    "{name} told reporters the results were final... or nearly so",
    "the report (see p. 12) cited data from 2019 to 2024",
    "{company} CEO {name} met officials at 9 a.m. on Monday",
]
# News sentences run to about 20 words: most clauses get a tail.
_TAILS = [
    ", according to a statement released late in the day",
    ", two people familiar with the matter said on condition of anonymity",
    " despite objections from several community groups and local business owners",
    ", a move that surprised many observers in the capital",
    " as part of a broader effort to cut costs before the end of the fiscal year",
    " in an interview with local reporters",
]
_QUOTES = [
    '"We are not done with this fight. We will be back next year, and we will win," {name} said.',
    '"Why now, after all these years of waiting?" {name} asked during the hearing.',
    "\u201cIt is over, and frankly it is time for everyone to move on,\u201d {name} told the crowd.",
]


def generated_paragraphs(count: int, seed: int = 5) -> list[str]:
    """Deterministic paragraphs of three to six news-style sentences of about 20 words; a quarter are
    quotations and four in ten of the rest carry abbreviations, initials, decimals or times."""
    rng = random.Random(seed)
    paragraphs = []
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.25:
                sentences.append(rng.choice(_QUOTES).format(name=rng.choice(_NAMES)))
                continue
            clauses = _HARD_CLAUSES if rng.random() < 0.4 else _PLAIN_CLAUSES
            clause = rng.choice(clauses).format(name=rng.choice(_NAMES), company=rng.choice(_COMPANIES))
            if rng.random() < 0.8:
                clause += rng.choice(_TAILS)
            sentences.append(clause[0].upper() + clause[1:] + rng.choice([".", ".", ".", ".", "?"]))
        paragraphs.append(" ".join(sentences))
    return paragraphs


def golden_rule_texts() -> list[str]:
    path = ROOT / "tests" / "fixtures" / "sentences" / "golden_rules_en.jsonl"
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def meantime_texts(shared: Path) -> list[str]:
    path = shared / "data" / "sentences" / "meantime_en_sentences.jsonl"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines if line.strip()]
    return [doc["text"][doc.get("body_start", 0) or 0 :] for doc in docs]


def pysbd_splitter() -> Splitter | None:
    try:
        import pysbd  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)

    def split(text: str) -> list[str]:
        return [str(s) for s in segmenter.segment(text)]

    return split


def one_pass(splitter: Splitter, texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        splitter(text)
    return time.perf_counter() - started


def best_passes(splitters: list[Splitter], texts: list[str], passes: int) -> list[float]:
    """The fastest of `passes` runs over all texts for each splitter, in seconds. The splitters take
    turns pass by pass, so a busy machine slows them alike and the ratio stays fair."""
    best = [float("inf")] * len(splitters)
    for _ in range(passes):
        for index, splitter in enumerate(splitters):
            best[index] = min(best[index], one_pass(splitter, texts))
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--passes", type=int, default=3, help="passes per splitter and corpus (best is kept)")
    parser.add_argument("--paragraphs", type=int, default=2000, help="generated paragraphs")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="shared data folder")
    args = parser.parse_args(argv)
    corpora = {
        "golden rules": golden_rule_texts(),
        "generated news": generated_paragraphs(args.paragraphs),
        "MEANTIME bodies": meantime_texts(args.shared),
    }
    pysbd = pysbd_splitter()
    if pysbd is None:
        print("pySBD is not installed (pip install pysbd): timing newsparse only", file=sys.stderr)
    header = f"{'corpus':<18}{'texts':>7}{'chars':>10}  {'newsparse s/pass':>17}  {'pySBD s/pass':>13}"
    print(header + f"  {'ratio':>7}")
    total_ours = total_theirs = 0.0
    for name, texts in corpora.items():
        if not texts:
            print(f"{name:<18}  (not found, skipped)")
            continue
        chars = sum(len(t) for t in texts)
        times = best_passes([split_sentences] + ([pysbd] if pysbd else []), texts, args.passes)
        ours = times[0]
        total_ours += ours
        row = f"{name:<18}{len(texts):>7}{chars:>10}  {ours:>17.4f}"
        if pysbd is not None:
            theirs = times[1]
            total_theirs += theirs
            row += f"  {theirs:>13.4f}  {theirs / ours:>6.1f}x"
        print(row)
    if pysbd is not None and total_ours > 0:
        print(f"{'all':<35}  {total_ours:>17.4f}  {total_theirs:>13.4f}  {total_theirs / total_ours:>6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
