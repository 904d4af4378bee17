"""The article model: frozen dataclasses whose offsets point into the parsed text.

Everything newsparse prints or writes derives from these objects; renderers never look at the
source text again. `Article.to_dict()` is the public JSON shape (see README, "JSON shape"), so
fields may be added here but never renamed or removed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Any, Literal

SCHEMA_VERSION = 1

QuoteKind = Literal["speech", "term"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the source text: `source[start:end] == text` always holds."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ArticleDate(Span):
    """The publication date as written (`text`) and as an ISO 8601 value.

    `value` may be partial (`2025-12`, `--02-26`) when the text gives no day or no year: newsparse
    never invents a part the text does not give. A date the caller passed to `parse(date=...)`
    because the text gives none has `origin` "caller", empty `text` and `start == end == 0`.
    """

    value: str
    origin: Literal["text", "caller"] = "text"


@dataclass(frozen=True, slots=True)
class Paragraph(Span):
    """A paragraph of running text, unwrapped; `sentences` lie inside it, in order."""

    sentences: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    """A heading (or none, for text before the first heading) and the paragraphs under it.

    `start`/`end` cover the heading and all paragraphs.
    """

    heading: Span | None
    paragraphs: tuple[Paragraph, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Speaker(Span):
    """Who a quote is attributed to, as written here (`text`: "he", "Shaibani").

    `name` is the fullest name the article gives that speaker ("Asaad al-Shaibani"), or None when
    the article names nobody (a description such as "a department spokesperson").
    """

    name: str | None = None


@dataclass(frozen=True, slots=True)
class Quote(Span):
    """The words inside a pair of quotation marks (the marks themselves excluded).

    `kind` is "term" for scare quotes and titles that nobody is quoted as saying.
    """

    kind: QuoteKind = "speech"
    speaker: Speaker | None = None
    cue: Span | None = None


@dataclass(frozen=True, slots=True)
class TimeExpression(Span):
    """A time expression with its TimeML TIMEX3 type and value, resolved against the article date."""

    type: TimeType = "DATE"
    value: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article. `source` is the exact text given to `parse()`; every offset indexes it."""

    source: str
    date: ArticleDate | None = None
    title: Span | None = None
    byline: Span | None = None
    dateline: Span | None = None
    lede: Paragraph | None = None
    sections: tuple[Section, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    boilerplate: tuple[Span, ...] = ()

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The lede and every section's paragraphs, in reading order."""
        body = tuple(p for section in self.sections for p in section.paragraphs)
        return (self.lede, *body) if self.lede else body

    @property
    def headings(self) -> tuple[Span, ...]:
        return tuple(s.heading for s in self.sections if s.heading)

    @property
    def sentences(self) -> tuple[Span, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready shape of `newsparse convert --to json` (schema_version 1)."""
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for f in fields(self):
            if f.name != "source":
                out[f.name] = to_plain(getattr(self, f.name))
        return out


def to_plain(value: Any) -> Any:
    """Dataclasses to dicts and tuples to lists, without `dataclasses.asdict`'s deep copies."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [to_plain(v) for v in value]
    return value
