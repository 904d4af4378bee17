"""Sentence boundaries inside one paragraph of running text.

A first, deliberately small splitter: split after `.`, `?` or `!` (and closing quotes or brackets)
when whitespace and an upper-case letter, digit or opening quote follow, unless the word before the
full stop is a known abbreviation or an initial.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep st jr sr no vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev hon pres supt det insp u.s u.k "
    "u.n a.m p.m e.g i.e".split()
)
_BOUNDARY = re.compile(r"""[.?!]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9])""")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of each sentence of `text[start:end]`, whitespace-stripped."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, stop):
        if _is_abbreviation(text[begin : match.start() + 1]):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
    spans.append((begin, stop))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[0] < s[1]]


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph, each a whitespace-stripped substring of `text`, in order."""
    return [text[a:b] for a, b in sentence_spans(text)]


def _is_abbreviation(head: str) -> bool:
    if not head.endswith("."):
        return False
    match = _WORD_BEFORE.search(head)
    if not match:
        return False
    word = match.group(1).lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
