"""Clean plain text: one field or paragraph a line, blank lines between, hard wrapping undone.

The output parses back to the same structure, so it doubles as a normal form for corpora.
"""

from __future__ import annotations

from ..model import Article, Span

_CONTROLS = dict.fromkeys([*range(0x20), 0x7F, *range(0x80, 0xA0)], "\ufffd")
del _CONTROLS[0x09], _CONTROLS[0x0A]


def printable(text: str) -> str:
    """Text safe to show on a terminal: control characters (escape sequences included) become
    U+FFFD, one for one, so offsets into the text still line up."""
    return text.translate(_CONTROLS)


def one_line(text: str) -> str:
    """Runs of whitespace (including the newlines of hard-wrapped text) as single spaces."""
    return " ".join(text.split())


def render_text(article: Article) -> str:
    """The article as normalized plain text: title, date line, byline, then the body.

    One-line body blocks that stood on adjacent lines in the source (a list, a text of one
    paragraph a line) stay on adjacent lines; the others are separated by a blank line, so that
    the text reads back as the same structure.
    """
    header: list[str] = []
    date, dateline = article.date, article.dateline
    date_in_dateline = bool(date and dateline and dateline.start <= date.start < dateline.end)
    if article.title:
        header.append(one_line(article.title.text))
    if date and date.origin == "text" and not date_in_dateline:
        header.append(one_line(date.text))
    if article.byline:
        header.append(one_line(article.byline.text))
    body: list[tuple[Span, str]] = []
    if article.lede:
        opening = one_line(dateline.text) + " " if dateline else ""
        body.append((article.lede, opening + one_line(article.lede.text)))
    for section in article.sections:
        if section.heading:
            body.append((section.heading, one_line(section.heading.text)))
        body.extend((p, one_line(p.text)) for p in section.paragraphs)
    out = "\n\n".join(header)
    previous: Span | None = None
    for span, text in body:
        adjacent = previous is not None and _adjacent(article.source, previous, span)
        out += ("\n" if adjacent else "\n\n" if out else "") + text
        previous = span
    return out + "\n" if out else ""


def _adjacent(source: str, first: Span, second: Span) -> bool:
    """Whether two one-line blocks (list items, lines of a one-paragraph-a-line text) stood on
    adjacent lines in the source. Unwrapped paragraphs always get a blank line after them."""
    if any(break_ in span.text for span in (first, second) for break_ in "\r\n"):
        return False
    gap = source[first.end : second.start]
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") <= 1 and not gap.strip()
