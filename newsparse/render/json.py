"""JSON and JSON Lines: `Article.to_dict()`, plus the input's name when there is one."""

from __future__ import annotations

import json
from typing import Any

from ..model import Article


def article_record(article: Article, source: str | None = None, **extra: Any) -> dict[str, Any]:
    """The article's dict with `source` (the input's name) and any caller fields such as `id`."""
    record = article.to_dict()
    if source is not None:
        record["source"] = source
    record.update(extra)
    return record


def render_json(record: dict[str, Any]) -> str:
    """One indented JSON document, UTF-8 characters kept as they are."""
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(record: dict[str, Any]) -> str:
    """One line of JSON Lines."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
