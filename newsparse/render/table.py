"""Rows (dataclasses) as CSV, Markdown tables, JSON, JSON Lines, plain text or a rich table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from ..model import to_plain
from .markdown import escape_line
from .text import printable

if TYPE_CHECKING:
    from rich.table import Table

TABLE_FORMATS = ("csv", "markdown", "json", "jsonl")


def column_names(row_type: type) -> list[str]:
    return [f.name for f in fields(row_type)]


def render_rows(rows: Sequence[Any], row_type: type, fmt: str) -> str:
    """`fmt` is one of TABLE_FORMATS; CSV always has its header row, even with no rows."""
    columns = column_names(row_type)
    records = [to_plain(row) for row in rows]
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return buffer.getvalue()
    if fmt == "markdown":
        lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        for record in records:
            cells = (
                escape_line(str(record[c] if record[c] is not None else "")).replace("|", "\\|")
                for c in columns
            )
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines) + "\n"
    raise ValueError(f"unknown table format {fmt!r}")


def render_plain(rows: Sequence[Any], columns: Sequence[str]) -> str:
    """Tab-separated, no header: for `cut`, `sort` and `grep` when no format was asked for."""
    return "".join("\t".join(_cell(getattr(row, c)) for c in columns) + "\n" for row in rows)


def _cell(value: object) -> str:
    """One field of plain output: no tabs or line breaks inside, no terminal control codes."""
    return printable(" ".join(str("" if value is None else value).split()))


def rich_table(rows: Sequence[Any], columns: Sequence[str], title: str) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left", expand=True)
    for column in columns:
        table.add_column(
            column.replace("_", " ").capitalize(), ratio=3 if column in ("quote", "sentence") else 1
        )
    for row in rows:
        table.add_row(*(Text(_cell(getattr(row, c))) for c in columns))
    return table


def rich_grid(header: Sequence[str], rows: Sequence[Sequence[str]], title: str) -> Table:
    """A table of plain strings: numbers right-aligned, the last column wide."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left", expand=True)
    for index, name in enumerate(header):
        last = index == len(header) - 1
        table.add_column(name, justify="left" if last else "right", ratio=6 if last else None)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    return table
