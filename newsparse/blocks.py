"""Stage 1: the source text as lines and blocks, with offsets and nothing interpreted yet.

A block is a run of lines that belong to one paragraph: lines separated by blank lines form
separate blocks, and so do lines of a block that are not hard-wrapped prose (one paragraph per
line, short heading lines, list items).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SENTENCE_END = re.compile(r"""[.!?:;]["'\u201d\u2019)\]]*$""")
_LIST_ITEM = re.compile(r"(?:[-*\u2022\u2013]|\d{1,3}[.)])\s")
# Hard-wrapped text keeps its lines close to one width; Reuters wraps near 65 columns.
_MIN_WRAP_WIDTH = 40
# Nobody hard-wraps wider than this: longer lines are whole paragraphs, one per line.
_MAX_WRAP_WIDTH = 150


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: offsets of its text without the surrounding whitespace."""

    start: int
    end: int
    indent: int


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph candidate: one or more lines that read as one piece of text."""

    lines: tuple[Line, ...]

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


def split_lines(text: str) -> list[list[Line]]:
    """Non-blank lines, grouped into runs that blank lines separate."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    for match in _LINE.finditer(text):
        raw_start, raw_end = match.span()
        if raw_start == raw_end:
            break
        body = match.group().rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            if current:
                groups.append(current)
                current = []
            continue
        indent = len(body) - len(body.lstrip())
        start = raw_start + indent
        current.append(Line(start, start + len(stripped), indent))
    if current:
        groups.append(current)
    return groups


def split_blocks(text: str) -> list[Block]:
    """The text's blocks in order: blank-line groups, split further where lines are not wrapped."""
    blocks: list[Block] = []
    for group in split_lines(text):
        blocks.extend(_unwrap(text, group))
    return blocks


def _unwrap(text: str, lines: list[Line]) -> list[Block]:
    """Join hard-wrapped lines into paragraphs; keep separate lines separate."""
    if len(lines) == 1:
        return [Block(tuple(lines))]
    widths = [line.end - line.start for line in lines]
    wrap_width = max(widths)
    if not _MIN_WRAP_WIDTH <= wrap_width <= _MAX_WRAP_WIDTH:
        return [Block((line,)) for line in lines]
    blocks: list[Block] = []
    current: list[Line] = [lines[0]]
    for prev, line in pairwise(lines):
        if _continues(text, prev, line, wrap_width):
            current.append(line)
        else:
            blocks.append(Block(tuple(current)))
            current = [line]
    blocks.append(Block(tuple(current)))
    return blocks


def _continues(text: str, prev: Line, line: Line, wrap_width: int) -> bool:
    """Whether `line` continues the paragraph that `prev` ends, as in hard-wrapped text."""
    if line.indent > prev.indent:  # an indented first line opens a new paragraph
        return False
    if _LIST_ITEM.match(text, line.start):
        return False
    prev_text = text[prev.start : prev.end]
    prev_width = prev.end - prev.start
    # A line that stops well short of the wrap width ended its paragraph by choice.
    if prev_width < 0.75 * wrap_width:
        return False
    return not (_SENTENCE_END.search(prev_text) and prev_width < 0.9 * wrap_width)
