"""One entry point from an article to the text of a `convert` output format."""

from __future__ import annotations

from ..model import Article

FORMATS = ("json", "jsonl", "markdown", "text")


def render_article(article: Article, fmt: str, source: str | None = None, ident: str | None = None) -> str:
    """`fmt` is one of FORMATS. JSON records carry `source` and, for data set records, `id`."""
    if fmt == "markdown":
        from .markdown import render_markdown

        return render_markdown(article, source)
    if fmt == "text":
        from .text import render_text

        return render_text(article)
    if fmt not in ("json", "jsonl"):
        raise ValueError(f"unknown output format {fmt!r}")
    from .json import article_record, render_json, render_jsonl

    record = article_record(article, source, **({"id": ident} if ident is not None else {}))
    return render_jsonl(record) if fmt == "jsonl" else render_json(record)
