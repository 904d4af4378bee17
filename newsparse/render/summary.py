"""The `summarize` output: the chosen sentences and the article's facts, as text, JSON or Markdown."""

from __future__ import annotations

from typing import Any

from ..facts import Facts
from ..model import Span, to_plain
from .markdown import escape_line
from .text import one_line


def summary_record(sentences: list[Span], facts: Facts, source: str | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"summary": to_plain(tuple(sentences)), "facts": to_plain(facts)}
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
    rows.append(("length", f"{facts.words} words, about {facts.reading_minutes} min to read"))
    return rows


def render_summary_text(sentences: list[Span], facts: Facts) -> str:
    body = [one_line(s.text) for s in sentences]
    rows = [f"{label + ':':<10}{value}" for label, value in _fact_lines(facts)]
    return "\n".join([*body, "", *rows]) + "\n"


def render_summary_markdown(sentences: list[Span], facts: Facts) -> str:
    bullets = [f"- {escape_line(s.text)}" for s in sentences]
    rows = [f"- **{label}**: {escape_line(value)}" for label, value in _fact_lines(facts)]
    return "\n".join(["## Summary", "", *bullets, "", "## Facts", "", *rows]) + "\n"
