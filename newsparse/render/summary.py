"""The `summarize` output: the chosen sentences and the article's facts, as text, JSON or Markdown."""

from __future__ import annotations

from typing import Any

from ..facts import Facts
from ..model import Span, to_plain
from ..summary import ScoredSentence
from .markdown import escape_line
from .text import one_line, printable


def summary_record(chosen: list[ScoredSentence], facts: Facts, source: str | None = None) -> dict[str, Any]:
    """Each sentence with its offsets, score and the named parts of the score, then the facts."""
    sentences = [
        {
            **to_plain(item.span),
            "score": round(item.score, 4),
            "parts": {k: round(v, 4) for k, v in item.parts},
        }
        for item in chosen
    ]
    record: dict[str, Any] = {"summary": sentences, "facts": to_plain(facts)}
    if source is not None:
        record["source"] = source
    return record


def _fact_lines(facts: Facts) -> list[tuple[str, str]]:
    rows = [("date", facts.date or "-"), ("title", facts.title or "-")]
    if facts.headings:
        rows.append(("headings", "; ".join(facts.headings)))
    if facts.speakers:
        rows.append(("quoted", ", ".join(f"{s.name} ({s.quotes})" for s in facts.speakers)))
    if facts.times:
        rows.append(("times", ", ".join(f"{one_line(t.text)} = {t.value}" for t in facts.times[:8])))
    words = "1 word" if facts.words == 1 else f"{facts.words} words"
    rows.append(("length", f"{words}, about {facts.reading_minutes} min to read"))
    return rows


def render_summary_text(sentences: list[Span], facts: Facts) -> str:
    body = [printable(one_line(s.text)) for s in sentences]
    rows = [f"{label + ':':<10}{printable(value)}" for label, value in _fact_lines(facts)]
    return "\n".join([*body, "", *rows]) + "\n"


def render_summary_markdown(sentences: list[Span], facts: Facts) -> str:
    bullets = [f"- {escape_line(s.text)}" for s in sentences]
    rows = [f"- **{label}**: {escape_line(value)}" for label, value in _fact_lines(facts)]
    return "\n".join(["## Summary", "", *bullets, "", "## Facts", "", *rows]) + "\n"


def explain_rows(chosen: list[ScoredSentence]) -> tuple[list[str], list[list[str]]]:
    """A table of why each sentence was chosen: its score parts, total, and the sentence."""
    names = list(dict.fromkeys(name for item in chosen for name, _ in item.parts))
    rows = [
        [
            *(f"{dict(item.parts).get(name, 0.0):+.2f}" for name in names),
            f"{item.score:.2f}",
            printable(one_line(item.span.text)),
        ]
        for item in chosen
    ]
    return [*names, "score", "sentence"], rows


def render_explain_text(chosen: list[ScoredSentence]) -> str:
    header, rows = explain_rows(chosen)
    return "\n".join("\t".join(row) for row in [header, *rows]) + "\n"
