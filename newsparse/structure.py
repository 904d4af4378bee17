"""Stage 2: classify blocks as date line, title, byline, dateline, heading, paragraph or boilerplate.

The rules follow how news text is laid out: a header of short lines (title, date, byline) before
the first paragraph of prose, a dateline that opens the lede, and sub-headings as short lines
without final punctuation that head the paragraphs after them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .blocks import Block, split_blocks
from .dates import DATE, DATE_LABEL, MONTH, date_value, match_date_line
from .model import ArticleDate, Span

BodyKind = Literal["heading", "paragraph"]

# How many header lines (title, date, byline) may stand before the first paragraph.
_MAX_HEADER_BLOCKS = 6
_MAX_TITLE_CHARS = 250
_MAX_HEADING_CHARS = 120
_MAX_HEADING_WORDS = 16

_GLUED_DATE = re.compile(rf"{DATE_LABEL}(?P<date>{DATE})\s+(?=\S)", re.IGNORECASE)
_BYLINE = re.compile(
    r"(?:by|written by|story by|reporting by)\s+[A-Z][\w.'\-]+(?:[ ,]+\S+){0,8}", re.IGNORECASE
)
_DATELINE = re.compile(
    rf"""(?:
        (?P<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){{0,3}}
            (?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)
        (?:,\s*(?P<date>{MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?))?
        (?:\s*\((?P<agency>[A-Z][\w .&'\-]{{0,30}})\))?
      | \((?P<agency_only>[A-Z][\w .&'\-]{{0,30}})\)
    )\s*(?:--|-|\u2014|\u2013)\s+""",
    re.VERBOSE,
)
_BOILERPLATE = re.compile(
    r"(?:related(?:\s+(?:articles?|stories|coverage|content))?\s*:|read more\b|read also\b|see also\b"
    r"|advertisement$|sponsored\b|share (?:this|on)\b|subscribe\b|sign up\b|follow us\b|click here\b"
    r"|(?:image|photo|picture|video|caption|credit)s?\s*(?::|\u2014|-)"
    r"|copyright\b|\u00a9|all rights reserved)",
    re.IGNORECASE,
)
_FINAL_PUNCTUATION = re.compile(r"""[.,;:!\u2026]["'\u201d\u2019)\]]*$""")


@dataclass
class Layout:
    """What the classifier found, as offsets into the source text."""

    date: ArticleDate | None = None
    title: Span | None = None
    byline: Span | None = None
    dateline: Span | None = None
    body: list[tuple[BodyKind, int, int]] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)


def classify(text: str) -> Layout:
    """Sort the text's blocks into header fields, body headings and paragraphs, and boilerplate."""
    layout = Layout()
    blocks = split_blocks(text)
    body_blocks = _read_header(text, blocks, layout)
    for index, block in enumerate(body_blocks):
        start, end = block.start, block.end
        if _BOILERPLATE.match(text, start, end):
            layout.boilerplate.append(_span(text, start, end))
            continue
        if not layout.body:
            start = _open_lede(text, start, end, layout)
            layout.body.append(("paragraph", start, end))
            continue
        following = body_blocks[index + 1 :]
        kind: BodyKind = "heading" if following and _is_heading(text, block) else "paragraph"
        layout.body.append((kind, start, end))
    return layout


def _read_header(text: str, blocks: list[Block], layout: Layout) -> list[Block]:
    """Take title, date and byline lines from the top; return the blocks that remain."""
    for index, block in enumerate(blocks[:_MAX_HEADER_BLOCKS]):
        start, end = block.start, block.end
        is_last = index == len(blocks) - 1
        date = match_date_line(text, start, end) if len(block.lines) == 1 else None
        if date and layout.date is None:
            layout.date = _date(text, *date)
        elif layout.byline is None and _BYLINE.fullmatch(text, start, end):
            layout.byline = _span(text, start, end)
        elif _BOILERPLATE.match(text, start, end):
            layout.boilerplate.append(_span(text, start, end))
        elif index == 0 and not is_last and _is_title(text, block):
            layout.title = _span(text, start, end)
        else:
            return blocks[index:]
    return blocks[min(len(blocks), _MAX_HEADER_BLOCKS) :]


def _open_lede(text: str, start: int, end: int, layout: Layout) -> int:
    """Take a glued date label and a dateline off the lede's start; return where the lede begins."""
    glued = _GLUED_DATE.match(text, start, end)
    if glued and layout.date is None:
        layout.date = _date(text, *glued.span("date"))
        start = glued.end()
    dateline = _DATELINE.match(text, start, end)
    if dateline and dateline.end() < end:
        layout.dateline = _span(text, start, dateline.end())
        if dateline.group("date") and layout.date is None:
            layout.date = _date(text, *dateline.span("date"))
        start = dateline.end()
    return start


def _is_title(text: str, block: Block) -> bool:
    line = text[block.start : block.end]
    return (
        len(block.lines) <= 2
        and len(line) <= _MAX_TITLE_CHARS
        and not line.endswith(".")
        and any(c.isalpha() for c in line)
    )


def _is_heading(text: str, block: Block) -> bool:
    if len(block.lines) != 1:
        return False
    line = text[block.start : block.end]
    first = line[0]
    return (
        len(line) <= _MAX_HEADING_CHARS
        and len(line.split()) <= _MAX_HEADING_WORDS
        and (first.isupper() or first.isdigit() or first in "\"'\u201c\u2018")
        and not _FINAL_PUNCTUATION.search(line)
    )


def _span(text: str, start: int, end: int) -> Span:
    return Span(text[start:end], start, end)


def _date(text: str, start: int, end: int) -> ArticleDate | None:
    raw = text[start:end]
    value = date_value(raw)
    return ArticleDate(raw, start, end, value) if value else None
