"""Extractive summaries: whole sentences exactly as written, in article order.

First version: the lede's sentences first, then the sentences that share the most content words
with the rest of the article.
"""

from __future__ import annotations

import re
from collections import Counter

from .model import Article, Span

_WORD = re.compile(r"[^\W\d_]{3,}")
_STOPWORDS = frozenset(
    "the and for that with from this have has had was were are but not his her its their they them "
    "who which what when where will would said says also been into after over about than more "
    "some other such only there these those our out one two new just can could may might".split()
)


def summary_spans(article: Article, sentences: int = 3) -> list[Span]:
    """The chosen sentences as spans, in article order."""
    candidates = list(article.sentences)
    if sentences <= 0 or not candidates:
        return []
    counts = Counter(w for s in candidates for w in _content_words(s.text))
    lede_ids = {id(s) for s in article.lede.sentences} if article.lede else set()

    def score(position: int, sentence: Span) -> float:
        words = set(_content_words(sentence.text))
        centrality = sum(counts[w] - 1 for w in words) / (len(words) + 5)
        lead_bonus = 10.0 if id(sentence) in lede_ids and position == 0 else 0.0
        return lead_bonus + centrality / (1 + 0.1 * position)

    ranked = sorted(range(len(candidates)), key=lambda i: -score(i, candidates[i]))
    return [candidates[i] for i in sorted(ranked[:sentences])]


def summarize(article: Article, sentences: int = 3) -> list[str]:
    """The summary sentences, in article order, each exactly as it stands in the article."""
    return [s.text for s in summary_spans(article, sentences)]


def _content_words(text: str) -> list[str]:
    return [w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _STOPWORDS]
