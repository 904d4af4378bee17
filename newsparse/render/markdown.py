"""Markdown with YAML front matter: `#` title, lede, `##` section headings, paragraphs.

Every paragraph and heading is written on one line, so only the start of that line and the inline
characters can change how a Markdown parser reads it; both are escaped so that the output parses
back to the same headings and paragraphs.
"""

from __future__ import annotations

import json
import re

from ..model import Article, Span
from .text import one_line

# Inline characters that would start emphasis, code, links, HTML, strikethrough or an entity.
_INLINE = re.compile(r"([\\`*_\[\]<~])|&(?=#?\w+;)")
# Line starts that open a block: ATX heading, block quote, bullet list or thematic break
# ("-", "+"; "*" is escaped inline), setext underline.
_BLOCK_START = re.compile(r"#{1,6}(?=\s|$)|>|[-+](?=\s|$)|[-+]{3,}|=+\s*$")
# "1. " or "1) " opens an ordered list: escape the delimiter, not the number.
_ORDERED_ITEM = re.compile(r"(\d{1,9})([.)])(?=\s|$)")
# A run of "#" after a space at the end of a heading is read as its closing sequence.
_CLOSING_HASHES = re.compile(r"(?<=\s)#+$")


def escape_line(text: str) -> str:
    """One line of text as Markdown that renders as exactly that text."""
    line = _INLINE.sub(lambda m: "\\" + (m.group(1) or "&"), one_line(text))
    if _BLOCK_START.match(line):
        return "\\" + line
    return _ORDERED_ITEM.sub(r"\1\\\2", line, count=1) if _ORDERED_ITEM.match(line) else line


def _heading(level: int, span: Span) -> str:
    text = _CLOSING_HASHES.sub(lambda m: "\\" + m.group(), escape_line(span.text))
    return "#" * level + " " + text


def _front_matter(article: Article, source: str | None) -> list[str]:
    """YAML whose values are JSON strings (valid YAML scalars), so no value needs more quoting."""

    def scalar(value: str | None) -> str:
        return "null" if value is None else json.dumps(value, ensure_ascii=False)

    fields = {
        "date": article.date.value if article.date else None,
        "title": one_line(article.title.text) if article.title else None,
        "byline": one_line(article.byline.text) if article.byline else None,
        "dateline": one_line(article.dateline.text) if article.dateline else None,
        "source": source,
    }
    return ["---", *(f"{key}: {scalar(value)}" for key, value in fields.items()), "---"]


def render_markdown(article: Article, source: str | None = None) -> str:
    """The article as a Markdown document."""
    blocks: list[str] = []
    if article.title:
        blocks.append(_heading(1, article.title))
    if article.lede:
        blocks.append(escape_line(article.lede.text))
    for section in article.sections:
        if section.heading:
            blocks.append(_heading(2, section.heading))
        blocks.extend(escape_line(p.text) for p in section.paragraphs)
    front = "\n".join(_front_matter(article, source))
    return front + "\n\n" + "\n\n".join(blocks) + "\n" if blocks else front + "\n"
