"""Renderers: Markdown that survives a re-parse, text that parses back, rich that keeps brackets."""

from __future__ import annotations

import io
import re

import pytest
from conftest import SAMPLES
from markdown_it import MarkdownIt

import newsparse
from newsparse.render.markdown import escape_line, render_markdown
from newsparse.render.outline import render_outline
from newsparse.render.terminal import make_console, print_article
from newsparse.render.text import one_line, render_text

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def markdown_structure(markdown: str) -> tuple[list[tuple[int, str]], int]:
    """(level, text) of each heading and the number of paragraphs, as markdown-it reads them."""
    tokens = MarkdownIt("commonmark").parse(_FRONT_MATTER.sub("", markdown, count=1))
    headings: list[tuple[int, str]] = []
    paragraphs = 0
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            inline = tokens[index + 1]
            text = "".join(c.content for c in inline.children or [] if c.type in ("text", "text_special"))
            headings.append((int(token.tag[1]), text))
        elif token.type == "paragraph_open":
            paragraphs += 1
    return headings, paragraphs


def article_structure(article: newsparse.Article) -> tuple[list[tuple[int, str]], int]:
    title = [(1, one_line(article.title.text))] if article.title else []
    return title + [(2, one_line(h.text)) for h in article.headings], len(article.paragraphs)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_markdown_parses_back_to_the_same_headings_and_paragraphs(sample) -> None:  # type: ignore[no-untyped-def]
    article = newsparse.parse(sample.read_text(encoding="utf-8"))
    assert markdown_structure(render_markdown(article)) == article_structure(article)


@pytest.mark.parametrize(
    "line",
    [
        "# not a heading",
        "> not a quote",
        "- not a list",
        "+ not a list",
        "* not a list",
        "1. not a list",
        "2) not a list",
        "---",
        "***",
        "===",
        "```not code",
        "~~~",
        "<div>not html</div>",
        "    indented",
        "[sic] *not emphasis* _nor this_ `nor code` &amp; \\ stays",
    ],
)
def test_markdown_escapes_keep_a_line_a_paragraph_of_the_same_text(line: str) -> None:
    tokens = MarkdownIt("commonmark").parse(escape_line(line))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    assert "".join(c.content for c in children if c.type in ("text", "text_special")) == one_line(line)


def test_markdown_heading_keeps_closing_hashes_as_text() -> None:
    article = newsparse.parse("Title\n\nFirst paragraph here.\n\nWe are number #\n\nBody text follows.")
    headings, _ = markdown_structure(render_markdown(article))
    assert (2, "We are number #") in headings


def test_markdown_front_matter_quotes_values() -> None:
    article = newsparse.parse('Title: with "quotes"\n\nBody text of the article.')
    front = _FRONT_MATTER.match(render_markdown(article, "a.txt"))
    assert front is not None
    assert 'title: "Title: with \\"quotes\\""' in front.group()
    assert 'source: "a.txt"' in front.group()


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_clean_text_parses_back_to_the_same_structure(sample) -> None:  # type: ignore[no-untyped-def]
    article = newsparse.parse(sample.read_text(encoding="utf-8"))
    again = newsparse.parse(render_text(article))
    assert article_structure(again) == article_structure(article)
    assert (again.date and again.date.value) == (article.date and article.date.value)
    assert [one_line(p.text) for p in again.paragraphs] == [one_line(p.text) for p in article.paragraphs]
    for field in ("byline", "dateline"):
        ours, theirs = getattr(article, field), getattr(again, field)
        assert (theirs and one_line(theirs.text)) == (ours and one_line(ours.text))


def _terminal(text: str) -> str:
    buffer = io.StringIO()
    print_article(newsparse.parse(text), make_console(file=buffer, force_terminal=True, width=100))
    return buffer.getvalue()


def test_terminal_view_never_reads_article_text_as_markup() -> None:
    shown = _terminal('Lede here.\n\nHe wrote "[sic] and [/b] and [bold red]x[/]" in a note.')
    plain = re.sub(r"\x1b\[[0-9;]*m", "", shown)
    assert "[sic] and [/b] and [bold red]x[/]" in plain


def test_terminal_view_highlights_quotes_in_colour(seed_text: str) -> None:
    shown = _terminal(seed_text)
    assert "\x1b[32mcowardly act" in shown
    assert "A shared condemnation and commitment to cooperation" in shown


def test_outline_is_plain_text(seed_text: str) -> None:
    outline = render_outline(newsparse.parse(seed_text))
    assert "\x1b" not in outline
    assert outline.startswith("date      2025-12-15\n")
    assert "\n## US reaffirms support and vows accountability\n" in outline
