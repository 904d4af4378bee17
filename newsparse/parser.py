"""`parse()`: text -> blocks -> classified blocks -> sentences -> quotes -> times -> Article."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from .dates import complete_year, iso_date
from .model import Article, ArticleDate, Paragraph, Section, Span
from .quotes import find_quotes
from .sentences import sentence_spans
from .structure import Layout, classify
from .timex import find_times

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _without_cycle_collection(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Hold off Python's cyclic garbage collector while `function` runs.

    Parsing builds many small objects and no reference cycles, yet each full collection walks every
    live object, so on a text of megabytes the collector alone took as long as parsing, and more per
    character the longer the text (Mercurial's `nogc` does the same for the same reason). A collector
    the caller has turned off stays off; plain reference counting frees everything as usual.
    """

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return wrapper


@_without_cycle_collection
def parse(text: str, date: dt.date | str | None = None) -> Article:
    """Parse the plain text of one article. Never raises on any `str` text (a `date` string that
    is not a date is a ValueError, a `date` of another type a TypeError).

    `date` is the publication date to use when the text gives none, and the anchor for relative
    time expressions when it does not either.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    if date is not None and not isinstance(date, (str, dt.date)):
        raise TypeError(f"date must be a datetime.date or an ISO date string, not {type(date).__name__}")
    caller = iso_date(date) if date is not None else None
    if date is not None and caller is None:
        raise ValueError(f"date must be a datetime.date or an ISO date string like 2025-12-15, not {date!r}")
    layout = classify(text)
    article_date = _with_caller_year(layout.date, caller) or _caller_date(caller)
    lede, sections = _sections(text, layout)
    paragraphs = ((lede,) if lede else ()) + tuple(p for s in sections for p in s.paragraphs)
    quotes = find_quotes(text, paragraphs)
    anchor = _anchor(article_date) or caller
    # Title, lede, then each heading and its paragraphs' sentences: the reading order.
    time_regions = [
        *([layout.title] if layout.title else []),
        *(lede.sentences if lede else ()),
        *(sentence for section in sections for sentence in _section_sentences(section)),
    ]
    times = find_times(text, time_regions, anchor)
    return Article(
        source=text,
        date=article_date,
        title=layout.title,
        byline=layout.byline,
        dateline=layout.dateline,
        lede=lede,
        sections=sections,
        quotes=quotes,
        times=times,
        boilerplate=tuple(layout.boilerplate),
    )


def _sections(text: str, layout: Layout) -> tuple[Paragraph | None, tuple[Section, ...]]:
    lede: Paragraph | None = None
    sections: list[Section] = []
    heading: Span | None = None
    paragraphs: list[Paragraph] = []

    def close() -> None:
        if heading or paragraphs:
            start = heading.start if heading else paragraphs[0].start
            end = paragraphs[-1].end if paragraphs else heading.end  # type: ignore[union-attr]
            sections.append(Section(heading, tuple(paragraphs), start, end))

    for kind, start, end in layout.body:
        if kind == "heading":
            close()
            heading, paragraphs = Span(text[start:end], start, end), []
            continue
        paragraph = _paragraph(text, start, end)
        if lede is None and not sections and heading is None:
            lede = paragraph
        else:
            paragraphs.append(paragraph)
    close()
    return lede, tuple(sections)


def _paragraph(text: str, start: int, end: int) -> Paragraph:
    sentences = tuple(Span(text[a:b], a, b) for a, b in sentence_spans(text, start, end))
    return Paragraph(text[start:end], start, end, sentences)


def _section_sentences(section: Section) -> list[Span]:
    head = [section.heading] if section.heading else []
    return head + [s for p in section.paragraphs for s in p.sentences]


def _with_caller_year(found: ArticleDate | None, caller: dt.date | None) -> ArticleDate | None:
    """A dateline's year-less date ("Feb 26", `--02-26`) takes its year from the caller's date."""
    if found is None or caller is None:
        return found
    return dataclasses.replace(found, value=complete_year(found.value, caller))


def _caller_date(caller: dt.date | None) -> ArticleDate | None:
    """The caller's date as the article date: it has no text in the source, so an empty span."""
    return ArticleDate("", 0, 0, caller.isoformat(), origin="caller") if caller else None


def _anchor(date: ArticleDate | None) -> dt.date | None:
    return iso_date(date.value) if date else None
