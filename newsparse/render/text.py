"""Clean plain text: one field or paragraph a line, blank lines between, hard wrapping undone.

The output parses back to the same structure, so it doubles as a normal form for corpora.
"""

from __future__ import annotations

from ..model import Article


def one_line(text: str) -> str:
    """Runs of whitespace (including the newlines of hard-wrapped text) as single spaces."""
    return " ".join(text.split())


def render_text(article: Article) -> str:
    """The article as normalized plain text: title, date line, byline, then the body."""
    lines: list[str] = []
    date, dateline = article.date, article.dateline
    date_in_dateline = bool(date and dateline and dateline.start <= date.start < dateline.end)
    if article.title:
        lines.append(one_line(article.title.text))
    if date and date.origin == "text" and not date_in_dateline:
        lines.append(one_line(date.text))
    if article.byline:
        lines.append(one_line(article.byline.text))
    if article.lede:
        opening = one_line(dateline.text) + " " if dateline else ""
        lines.append(opening + one_line(article.lede.text))
    for section in article.sections:
        if section.heading:
            lines.append(one_line(section.heading.text))
        lines.extend(one_line(p.text) for p in section.paragraphs)
    return "\n\n".join(lines) + "\n" if lines else ""
