"""Quote and timeline rows, and the table formats they are written in."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner
from conftest import SEED

import newsparse
from newsparse.cli import cli
from newsparse.model import Article, Paragraph, Quote, Span, Speaker, TimeExpression
from newsparse.records import QuoteRow, TimelineRow, merge_timelines, quote_rows, timeline_rows
from newsparse.render.table import render_rows

SOURCE = 'Talks resumed on Monday. "We are close," Ana Ruiz said. "Very close," the envoy added.'


def _article() -> Article:
    def span(text: str, after: int = 0) -> tuple[str, int, int]:
        start = SOURCE.index(text, after)
        return text, start, start + len(text)

    sentences = tuple(Span(*span(s)) for s in ("Talks resumed on Monday.", '"We are close," Ana Ruiz said.'))
    return Article(
        source=SOURCE,
        lede=Paragraph(SOURCE, 0, len(SOURCE), sentences),
        quotes=(
            Quote(
                *span("We are close,"),
                speaker=Speaker(*span("Ana Ruiz"), name="Ana Ruiz"),
                cue=Span(*span("said")),
            ),
            Quote(
                *span("Very close,"), speaker=Speaker(*span("the envoy"), name=None), cue=Span(*span("added"))
            ),
        ),
        times=(
            TimeExpression(*span("Monday"), type="DATE", value="2025-12-15"),
            TimeExpression(*span("Talks"), type="DURATION", value="P1D"),  # not a date: left out
        ),
    )


def test_quote_rows_use_the_fullest_name_and_filter_by_speaker() -> None:
    rows = quote_rows(_article(), "a.txt")
    assert [(r.speaker, r.speaker_text, r.cue, r.quote) for r in rows] == [
        ("Ana Ruiz", "Ana Ruiz", "said", "We are close,"),
        ("the envoy", "the envoy", "added", "Very close,"),
    ]
    assert [r.quote for r in quote_rows(_article(), speaker="ENVOY")] == ["Very close,"]
    assert quote_rows(_article(), speaker="nobody") == []


def test_timeline_rows_keep_calendar_values_with_their_sentence() -> None:
    rows = timeline_rows(_article(), "a.txt")
    assert rows == [TimelineRow("a.txt", "2025-12-15", "DATE", "Monday", "Talks resumed on Monday.", 17, 23)]


def test_timeline_keeps_parts_of_a_day_and_leaves_out_durations() -> None:
    text = "The vote was held on Tuesday evening. Talks had lasted three days."
    article = newsparse.parse(text, date="2025-01-09")
    rows = timeline_rows(article)
    assert [(r.value, r.text) for r in rows] == [("2025-01-07TEV", "Tuesday evening")]


def test_merged_timeline_sorts_by_date_then_source() -> None:
    late = TimelineRow("b.txt", "2025-12-16", "DATE", "Tuesday", "s", 0, 7)
    early = TimelineRow("c.txt", "2025-01-01", "DATE", "New Year", "s", 5, 13)
    same_day = TimelineRow("a.txt", "2025-12-16", "DATE", "today", "s", 9, 14)
    assert merge_timelines([late, early, same_day]) == [early, same_day, late]


def test_csv_has_a_header_even_without_rows_and_quotes_fields() -> None:
    assert render_rows([], QuoteRow, "csv") == "source,speaker,speaker_text,cue,kind,quote,start,end\n"
    parsed = list(csv.DictReader(io.StringIO(render_rows(quote_rows(_article(), "a.txt"), QuoteRow, "csv"))))
    assert parsed[0]["quote"] == "We are close,"
    assert parsed[1]["speaker"] == "the envoy"


def test_markdown_table_escapes_pipes() -> None:
    row = QuoteRow(None, "A | B", "A | B", "said", "speech", "x|y", 0, 3)
    assert "| A \\| B | A \\| B | said | speech | x\\|y | 0 | 3 |" in render_rows([row], QuoteRow, "markdown")


def test_quotes_command_formats() -> None:
    runner = CliRunner()
    csv_out = runner.invoke(cli, ["quotes", str(SEED), "--to", "csv"]).stdout
    assert csv_out.splitlines()[0] == "source,speaker,speaker_text,cue,kind,quote,start,end"
    lines = runner.invoke(cli, ["quotes", str(SEED), "--to", "jsonl"]).stdout.splitlines()
    assert "cowardly act" in [json.loads(line)["quote"] for line in lines]
    plain = runner.invoke(cli, ["quotes", str(SEED)]).stdout
    assert "\x1b[" not in plain
    assert "A department spokesperson\tadded\tThe United States will hold" in plain


def test_quotes_speaker_filter_on_the_seed() -> None:
    out = CliRunner().invoke(cli, ["quotes", str(SEED), "--speaker", "spokesperson", "--to", "jsonl"]).stdout
    assert [json.loads(line)["quote"] for line in out.splitlines()] == [
        "The United States will hold all who hurt and threaten Americans accountable,"
    ]


def test_timeline_of_the_seed() -> None:
    out = CliRunner().invoke(cli, ["timeline", str(SEED), "--to", "jsonl"]).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["value"], r["text"]) for r in rows if r["text"] in ("November 12", "Saturday", "Sunday")] == [
        ("2025-11-12", "November 12"),
        ("2025-12-13", "Saturday"),
        ("2025-12-14", "Sunday"),
    ]
    assert all(r["source"] == str(SEED) for r in rows)
