"""newsparse: the structure of a plain-text news article, with offsets into its text."""

from __future__ import annotations

from .model import Article, ArticleDate, Paragraph, Quote, Section, Span, Speaker, TimeExpression
from .parser import parse
from .sentences import split_sentences
from .summarize import summarize

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleDate",
    "Paragraph",
    "Quote",
    "Section",
    "Span",
    "Speaker",
    "TimeExpression",
    "__version__",
    "parse",
    "split_sentences",
    "summarize",
]
