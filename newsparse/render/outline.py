"""The `print` view without colour or layout, for pipes, NO_COLOR and dumb terminals."""

from __future__ import annotations

from ..model import Article, Quote, Span
from .text import one_line, printable

_LABEL_WIDTH = 10


def speaker_label(quote: Quote) -> str:
    """Who said it, fullest name first: "Asaad al-Shaibani (Shaibani)", or "" when nobody."""
    speaker = quote.speaker
    if speaker is None:
        return ""
    text = one_line(speaker.text)
    if speaker.name and speaker.name != text:
        return f"{speaker.name} ({text})"
    return speaker.name or text


def render_outline(article: Article) -> str:
    """Labelled fields, then the paragraphs under their headings, then quotes and times."""
    lines: list[str] = []

    def field(label: str, span: Span | None, extra: str = "") -> None:
        if span is not None:
            lines.append(f"{label:<{_LABEL_WIDTH}}{one_line(span.text) or '-'}{extra}")

    if article.date:
        origin = " (given by the caller)" if article.date.origin == "caller" else ""
        lines.append(f"{'date':<{_LABEL_WIDTH}}{article.date.value}{origin}")
    field("title", article.title)
    field("byline", article.byline)
    field("dateline", article.dateline)
    if article.lede:
        lines += ["", "lede", one_line(article.lede.text)]
    for section in article.sections:
        lines += ["", "## " + one_line(section.heading.text)] if section.heading else ["", "body"]
        for paragraph in section.paragraphs:
            lines += ["", one_line(paragraph.text)]
    if article.quotes:
        lines += ["", f"quotes ({len(article.quotes)})"]
        for quote in article.quotes:
            who = speaker_label(quote) or ("term" if quote.kind == "term" else "unattributed")
            cue = f" [{quote.cue.text}]" if quote.cue else ""
            lines.append(f"  {who}{cue}: \u201c{one_line(quote.text)}\u201d")
    if article.times:
        lines += ["", f"times ({len(article.times)})"]
        lines += [f"  {one_line(t.text)}  {t.type} {t.value}" for t in article.times]
    return printable("\n".join(lines).lstrip("\n")) + "\n"
