"""Flat rows derived from articles, for tables, spreadsheets and JSON Lines: quotes and timelines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Article, Quote, Span, TimeExpression

# A TIMEX3 value that names a calendar date or time: "2025", "2025-12", "2025-W50", "2025-12-14T09:30",
# or a part of a day: "2025-12-14TEV" (Sunday evening).
_CALENDAR_VALUE = re.compile(
    r"\d{4}(?:-(?:\d{2}|W\d{2}|Q\d|H\d|SU|SP|FA|WI))*(?:-\d{2})?(?:T(?:[\d:]+|MO|AF|EV|NI))?$"
)


def _line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quotation as a table row; `speaker` is the fullest name, else the words used (None,
    as in `convert` output, when nobody is credited)."""

    source: str | None
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    kind: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """A dated time expression with the sentence it anchors."""

    source: str | None
    value: str
    type: str
    text: str
    sentence: str
    start: int
    end: int


def quote_rows(article: Article, source: str | None = None, speaker: str | None = None) -> list[QuoteRow]:
    """The article's quotations in order; `speaker` keeps those whose speaker's name or words
    contain it, ignoring case."""
    wanted = speaker.casefold() if speaker else None
    rows = []
    for quote in article.quotes:
        row = _quote_row(quote, source)
        if wanted is None or any(
            wanted in (field or "").casefold() for field in (row.speaker, row.speaker_text)
        ):
            rows.append(row)
    return rows


def _quote_row(quote: Quote, source: str | None) -> QuoteRow:
    said_by = quote.speaker
    words = _line(said_by.text) if said_by else None
    return QuoteRow(
        source=source,
        speaker=(said_by.name or words) if said_by else None,
        speaker_text=words,
        cue=_line(quote.cue.text) if quote.cue else None,
        kind=quote.kind,
        quote=_line(quote.text),
        start=quote.start,
        end=quote.end,
    )


def timeline_rows(article: Article, source: str | None = None) -> list[TimelineRow]:
    """Expressions that resolve to a calendar date or time, each with its sentence, sorted by value."""
    containers = [*article.sentences, *article.headings, *([article.title] if article.title else [])]
    rows = [
        _timeline_row(time, _container(containers, time), source)
        for time in article.times
        if time.type in ("DATE", "TIME") and _CALENDAR_VALUE.match(time.value)
    ]
    return sorted(rows, key=lambda row: (row.value, row.start))


def _container(spans: list[Span], time: TimeExpression) -> str:
    for span in spans:
        if span.start <= time.start and time.end <= span.end:
            return _line(span.text)
    return _line(time.text)


def _timeline_row(time: TimeExpression, sentence: str, source: str | None) -> TimelineRow:
    return TimelineRow(source, time.value, time.type, _line(time.text), sentence, time.start, time.end)


def merge_timelines(rows: list[TimelineRow]) -> list[TimelineRow]:
    """Rows of several articles as one timeline, by date, then by source and position."""
    return sorted(rows, key=lambda row: (row.value, row.source or "", row.start))
