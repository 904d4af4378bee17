"""Facts about an article that a summary states beside its sentences."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .model import Article, TimeExpression

# Adult silent reading of non-fiction runs near 238 words a minute (Brysbaert 2019).
WORDS_PER_MINUTE = 238
_WORD = re.compile(r"\w+(?:['\u2019.\-]\w+)*")


@dataclass(frozen=True, slots=True)
class QuotedSpeaker:
    """A speaker and how many quotations the article attributes to them."""

    name: str
    quotes: int


@dataclass(frozen=True, slots=True)
class Facts:
    date: str | None
    title: str | None
    headings: tuple[str, ...]
    speakers: tuple[QuotedSpeaker, ...]
    times: tuple[TimeExpression, ...]
    words: int
    reading_minutes: int


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def article_facts(article: Article) -> Facts:
    """Date, title, headings, who is quoted how often, dated expressions, length, reading time."""
    counts: Counter[str] = Counter()
    for quote in article.quotes:
        if quote.kind == "speech" and quote.speaker:
            counts[quote.speaker.name or " ".join(quote.speaker.text.split())] += 1
    words = sum(count_words(p.text) for p in article.paragraphs)
    return Facts(
        date=article.date.value if article.date else None,
        title=" ".join(article.title.text.split()) if article.title else None,
        headings=tuple(" ".join(h.text.split()) for h in article.headings),
        speakers=tuple(QuotedSpeaker(name, n) for name, n in counts.most_common()),
        times=tuple(t for t in article.times if t.type in ("DATE", "TIME")),
        words=words,
        reading_minutes=math.ceil(words / WORDS_PER_MINUTE) if words else 0,
    )
