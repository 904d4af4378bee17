"""Pathological inputs parse, with a result of the expected shape (cmark's tests are the model).

Sizes are kept small enough for CI; `benchmarks/pathological.py` checks that time grows linearly.
"""

from __future__ import annotations

import gc

import pytest

import newsparse
from newsparse.pathological import CASES

SIZE = 200_000


@pytest.mark.parametrize("name", sorted(CASES))
def test_pathological_input_parses_with_valid_offsets(name: str) -> None:
    text = CASES[name](SIZE)
    article = newsparse.parse(text)
    for paragraph in article.paragraphs:
        assert text[paragraph.start : paragraph.end] == paragraph.text
        assert all(text[s.start : s.end] == s.text for s in paragraph.sentences)
    assert all(text[q.start : q.end] == q.text for q in article.quotes)
    assert all(text[t.start : t.end] == t.text for t in article.times)


def test_a_five_megabyte_line_is_one_paragraph() -> None:
    text = CASES["one long line"](5_000_000)
    article = newsparse.parse(text)
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].end == len(text.rstrip())


def test_quote_marks_alone_never_swallow_text() -> None:
    article = newsparse.parse(CASES["quote marks"](200_000))
    assert sum(len(q.text) for q in article.quotes) == 0


def test_unbalanced_quotes_stop_at_their_paragraph() -> None:
    text = CASES["unbalanced quotes per paragraph"](20_000)
    article = newsparse.parse(text)
    assert len(article.paragraphs) + (article.title is not None) == text.count("\n\n")
    assert all("\n\n" not in q.text for q in article.quotes)


def test_a_megabyte_of_periods() -> None:
    article = newsparse.parse(CASES["periods"](1_000_000))
    assert len(article.paragraphs) == 1


def test_many_short_lines_make_many_paragraphs() -> None:
    article = newsparse.parse(CASES["short lines"](300_000))
    assert len(article.paragraphs) >= 90_000


def test_nul_bytes_are_text_to_the_parser() -> None:
    text = CASES["NUL bytes"](10_000)
    article = newsparse.parse(text)
    assert article.lede is not None and article.lede.text == text


def test_blank_input_of_any_size_is_an_empty_article() -> None:
    assert newsparse.parse(CASES["blank lines"](100_000)).paragraphs == ()


@pytest.mark.parametrize("enabled", [True, False])
def test_parse_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    was_enabled = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        newsparse.parse(CASES["short lines"](2_000))
        assert gc.isenabled() is enabled
        with pytest.raises(TypeError):
            newsparse.parse(b"bytes")  # type: ignore[arg-type]
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was_enabled else gc.disable)()
