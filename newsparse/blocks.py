"""Stage 1: the source text as lines and blocks, with offsets and nothing interpreted yet.

A block is a run of lines that belong to one paragraph: lines separated by blank lines form
separate blocks, and so do lines of a block that are not hard-wrapped prose (one paragraph per
line, short heading lines, list items). Rows of a plain-text table form a block of their own,
marked `table`, so that no later stage reads them as prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

Layout = Literal["indented", "wrapped", "lines"]

# Line breaks as str.splitlines() knows them: CR, LF, CRLF, and the rarer Unicode separators.
_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LIST_ITEM = re.compile(r"(?:[-*\u2022\u2013\u2014\u25aa\u25cf]|\d{1,3}[.)]|\[\d{1,3}\])\s")
_TERMINAL = ".!?:;"
_CLOSERS = "\"'\u201d\u2019)]"
# Hard-wrapped text keeps its lines close to one width; Reuters wraps near 65 columns.
_MIN_WRAP_WIDTH = 40
# Nobody hard-wraps wider than this: a text with longer lines has one paragraph per line.
_MAX_WRAP_WIDTH = 150
# Table cells are short and set apart by runs of spaces.
_CELL_GAP = re.compile(r"[ \t]{2,}|\t")
_MAX_CELL_CHARS = 24
_MIN_CELLS = 3


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: offsets of its text without the surrounding whitespace."""

    start: int
    end: int
    indent: int


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph candidate: one or more lines that read as one piece of text.

    `group` numbers the runs of lines between blank lines, so that a block knows its neighbours
    on the same run; `table` marks the rows of a plain-text table.
    """

    lines: tuple[Line, ...]
    group: int = 0
    table: bool = False

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
    # A byte order mark left at the start of a str is no part of the first line.
    at = 1 if text.startswith("\ufeff") else 0
    # str.splitlines breaks where _BREAKS does, in C: a regex scan for lines took twice as long.
    for raw in (text[at:] if at else text).splitlines(keepends=True):
        raw_start = at
        at += len(raw)
        body = raw.rstrip(_BREAKS)
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
    groups = split_lines(text)
    widest = max((line.end - line.start for group in groups for line in group), default=0)
    layout = _layout(text, groups, widest)
    blocks: list[Block] = []
    for number, group in enumerate(groups):
        for lines, table in _tables(text, group):
            if table:
                blocks.append(Block(tuple(lines), number, table=True))
            else:
                blocks.extend(Block(b, number) for b in _unwrap(text, lines, layout))
    return blocks


def _layout(text: str, groups: list[list[Line]], widest: int) -> Layout:
    """How the text marks its paragraphs: by indented first lines (wire copy), by line breaks in
    wrapped text, or one paragraph per line.

    Where most line breaks inside a group come after a full stop, the lines are paragraphs, not
    the wrapped lines of one: wrapping breaks lines wherever the width runs out.
    """
    if widest > _MAX_WRAP_WIDTH:
        return "lines"
    breaks = [(prev, line) for group in groups for prev, line in pairwise(group)]
    if any(prev.indent > line.indent == 0 and not _is_list_item(text, prev) for prev, line in breaks):
        return "indented"
    if breaks and 2 * sum(_ends_sentence(text, prev) for prev, _ in breaks) >= len(breaks):
        return "lines"
    return "wrapped"


def is_table_row(text: str, line: Line) -> bool:
    """Whether a line reads as a table row: three or more short cells set apart by runs of spaces."""
    if line.end - line.start > 4 * _MAX_WRAP_WIDTH:
        return False
    if text.find("  ", line.start, line.end) < 0 and text.find("\t", line.start, line.end) < 0:
        return False  # no gap between cells: prose, the common case, without a regex split
    cells = _CELL_GAP.split(text[line.start : line.end])
    return len(cells) >= _MIN_CELLS and max(len(cell) for cell in cells) <= _MAX_CELL_CHARS


def _tables(text: str, lines: list[Line]) -> list[tuple[list[Line], bool]]:
    """Split a group into runs of prose lines and runs of table rows.

    A short line between two table rows (a row label wrapped onto its own line) belongs to the
    table too.
    """
    rows = [is_table_row(text, line) for line in lines]
    if not any(rows):
        return [(lines, False)]
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if not rows[index] and rows[index - 1] and rows[index + 1] and line.end - line.start <= 20:
            rows[index] = True
    runs: list[tuple[list[Line], bool]] = []
    for line, row in zip(lines, rows, strict=True):
        if runs and runs[-1][1] == row:
            runs[-1][0].append(line)
        else:
            runs.append(([line], row))
    return runs


def _unwrap(text: str, lines: list[Line], layout: Layout) -> list[tuple[Line, ...]]:
    """Join hard-wrapped lines into paragraphs; keep separate lines separate.

    In indented text (Reuters) a paragraph runs to the next indented line; in other wrapped text
    lines join unless their widths say a paragraph ended; in a text of long lines, only a line
    that plainly continues a broken sentence (it starts in lower case) joins the one before.
    """
    if len(lines) == 1:
        return [tuple(lines)]
    wrap_width = max(line.end - line.start for line in lines)
    blocks: list[tuple[Line, ...]] = []
    current: list[Line] = [lines[0]]
    for prev, line in pairwise(lines):
        if layout == "indented":
            joins = line.indent == 0 and not _is_list_item(text, line)
        elif layout == "wrapped" and wrap_width >= _MIN_WRAP_WIDTH:
            joins = _continues(text, prev, line, wrap_width)
        else:
            joins = False
        if joins or _continues_sentence(text, prev, line):
            current.append(line)
        else:
            blocks.append(tuple(current))
            current = [line]
    blocks.append(tuple(current))
    return blocks


def _is_list_item(text: str, line: Line) -> bool:
    return bool(_LIST_ITEM.match(text, line.start, line.end))


def _ends_sentence(text: str, line: Line) -> bool:
    tail = text[max(line.start, line.end - 8) : line.end].rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in _TERMINAL


def _continues_sentence(text: str, prev: Line, line: Line) -> bool:
    """A line that starts in lower case after a line without final punctuation: a broken line."""
    first = text[line.start]
    return (
        first.isalpha() and first.islower() and line.indent <= prev.indent and not _ends_sentence(text, prev)
    )


def _continues(text: str, prev: Line, line: Line, wrap_width: int) -> bool:
    """Whether `line` continues the paragraph that `prev` ends, as in hard-wrapped text."""
    if line.indent > prev.indent:  # an indented first line opens a new paragraph
        return False
    if _is_list_item(text, line):
        return False
    prev_width = prev.end - prev.start
    # A line that stops well short of the wrap width ended its paragraph by choice.
    if prev_width < 0.75 * wrap_width:
        return False
    return not (_ends_sentence(text, prev) and prev_width < 0.9 * wrap_width)
