"""Inputs that break naive text parsers, generated at any size: for tests and benchmarks.

Modelled on cmark's pathological tests: each case must parse in time linear in its size.
"""

from __future__ import annotations

from collections.abc import Callable

PathologicalCase = Callable[[int], str]


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


CASES: dict[str, PathologicalCase] = {
    "one long line": lambda n: _repeat("word and more words, ", n),
    "quote marks": lambda n: _repeat('"', n),
    "curly quote marks": lambda n: _repeat("\u201c", n),
    "alternating quotes": lambda n: _repeat('"a" said b, \u201cc\u201d ', n),
    "unbalanced quotes per paragraph": lambda n: _repeat('He said "never closed.\n\n', n),
    "nested brackets": lambda n: _repeat("(", n // 2) + _repeat(")", n // 2),
    "nested quotes": lambda n: _repeat("\u201c'\u00ab", n // 2) + _repeat("\u00bb'\u201d", n // 2),
    "periods": lambda n: _repeat(".", n),
    "abbreviations": lambda n: _repeat("U.S. Dr. No. a.m. ", n),
    "short lines": lambda n: _repeat("Go\n", n),
    "blank lines": lambda n: _repeat("\n", n),
    "heading-like lines": lambda n: _repeat("Short Heading Line\n\n", n),
    "NUL bytes": lambda n: _repeat("a\x00", n),
    "dashes and datelines": lambda n: _repeat("LONDON (Reuters) - ", n),
    "numbers and dates": lambda n: _repeat("12/11/2025 10:30 a.m. 2025 Monday ", n),
    "speech verbs": lambda n: _repeat('"Yes," he said, she added, they told ', n),
}
