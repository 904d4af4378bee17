"""The model: frozen, offsets that slice the source, and the documented dict shape."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

import newsparse
from newsparse.model import Article, Paragraph, Span


def spans_of(node: Any) -> list[dict[str, Any]]:
    """Every dict in the output that has text/start/end: each must slice out of the source."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if {"text", "start", "end"} <= node.keys():
            found.append(node)
        for value in node.values():
            found += spans_of(value)
    elif isinstance(node, list):
        for value in node:
            found += spans_of(value)
    return found


def test_parts_are_frozen() -> None:
    span = Span("a", 0, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]


def test_to_dict_has_the_contract_keys(seed_text: str) -> None:
    data = newsparse.parse(seed_text).to_dict()
    assert data["schema_version"] == 1
    assert {"date", "title", "byline", "dateline", "lede", "sections", "quotes", "times"} <= data.keys()
    assert "source" not in data  # the text itself is not repeated in the output


def test_every_span_slices_out_its_text(seed_text: str) -> None:
    spans = spans_of(newsparse.parse(seed_text).to_dict())
    assert len(spans) > 20
    for span in spans:
        if span.get("origin") != "caller":
            assert seed_text[span["start"] : span["end"]] == span["text"]


def test_paragraphs_are_the_lede_then_the_sections(seed_text: str) -> None:
    article = newsparse.parse(seed_text)
    assert article.paragraphs[0] == article.lede
    assert len(article.paragraphs) == 5
    assert [s.text for s in article.sentences][:2] == [s.text for s in article.paragraphs[0].sentences] + [
        article.paragraphs[1].sentences[0].text
    ]


def test_caller_date_fills_a_missing_date_with_an_empty_span() -> None:
    article = newsparse.parse("Officials met on Sunday to discuss the budget.", date="2025-12-15")
    assert article.date is not None
    assert (article.date.value, article.date.origin, article.date.text) == ("2025-12-15", "caller", "")


def test_the_text_date_wins_over_the_caller_date(seed_text: str) -> None:
    article = newsparse.parse(seed_text, date="2020-01-01")
    assert article.date is not None and article.date.value == "2025-12-15"


def test_empty_and_blank_text_give_an_empty_article() -> None:
    for text in ("", "  \n\n\t \r\n"):
        article = newsparse.parse(text)
        assert article == Article(source=text)


def test_parse_rejects_bytes_with_a_clear_type_error() -> None:
    with pytest.raises(TypeError, match="str"):
        newsparse.parse(b"bytes")  # type: ignore[arg-type]


def test_split_sentences_returns_substrings() -> None:
    text = "Dr. Smith arrived at 9 a.m. on Monday. He left. Why?"
    sentences = newsparse.split_sentences(text)
    assert len(sentences) >= 2
    assert all(s in text and s == s.strip() for s in sentences)


def test_summarize_returns_article_sentences_in_order(seed_text: str) -> None:
    article = newsparse.parse(seed_text)
    summary = newsparse.summarize(article, sentences=2)
    assert len(summary) == 2
    order = [s.text for s in article.sentences]
    assert [order.index(s) for s in summary] == sorted(order.index(s) for s in summary)


def test_paragraph_default_sentences_is_empty() -> None:
    assert Paragraph("x", 0, 1).sentences == ()


@pytest.mark.parametrize("date", ["2025-13-01", "", "yesterday"])
def test_a_date_argument_that_is_not_a_date_is_a_value_error(date: str) -> None:
    with pytest.raises(ValueError, match="ISO date"):
        newsparse.parse("Text.", date=date)


@pytest.mark.parametrize("date", [20250101, 2025.0, ["2025-01-01"]])
def test_a_date_argument_of_another_type_is_a_type_error(date: object) -> None:
    with pytest.raises(TypeError, match="or an ISO date string, not"):
        newsparse.parse("Text.", date=date)  # type: ignore[arg-type]


def test_unknown_time_zone_names_in_date_lines_do_not_warn() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = newsparse.parse("Title\n\nUpdated: July 16, 2024 10:02 AM ET\n\nBody text here.")
    assert article.date is not None and article.date.value == "2024-07-16"


def test_a_dateline_takes_the_year_of_the_callers_date_on_or_before_it() -> None:
    text = "LONDON, Feb 26 (Reuters) - Talks went on.\n\nMore text."
    assert newsparse.parse(text, date="2025-12-31").date.value == "2025-02-26"  # type: ignore[union-attr]
    assert newsparse.parse(text, date="2026-02-27").date.value == "2026-02-26"  # type: ignore[union-attr]
    assert newsparse.parse(text).date.value == "--02-26"  # type: ignore[union-attr]
