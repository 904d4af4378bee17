"""newsparse: the structure of a plain-text news article, with offsets into its text.

The public names load on first use, so `import newsparse` and `newsparse --version` stay as
fast as importing click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Article, ArticleDate, Paragraph, Quote, Section, Span, Speaker, TimeExpression
    from .parser import parse
    from .sentences import split_sentences
    from .summary import summarize

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

_LAZY = {"parse": "parser", "split_sentences": "sentences", "summarize": "summary"}
_LAZY.update(
    dict.fromkeys(
        ("Article", "ArticleDate", "Paragraph", "Quote", "Section", "Span", "Speaker", "TimeExpression"),
        "model",
    )
)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
