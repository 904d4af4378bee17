"""Extractive summaries: what they choose, what they leave out, and the contract they keep.

Every article here is written for these tests.
"""

from __future__ import annotations

import importlib
import math
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import parse
from newsparse.model import Article, Paragraph, Quote, Section, Span
from newsparse.summary import ScoredSentence, explain, summarize, summary_spans


def _article(*blocks: str) -> str:
    """A title and paragraphs, separated by blank lines as in a plain-text article."""
    return "\n\n".join(blocks) + "\n"


BRIDGE = _article(
    "Council approves new bridge over the River Wend",
    "The Harlow town council voted on Tuesday to build a new bridge over the River Wend, "
    "ending a decade of debate about the crossing.",
    "The bridge will cost 14 million pounds and open in 2028, council leader Mara Quist said. "
    "Work on the bridge starts in the spring.",
    '"This is a great day for the town," Quist said. "We have waited far too long."',
    "Shops near the old ferry landing have complained about falling trade for years. Ferry "
    "tickets went up twice last year.",
    "The council also agreed to repaint the town hall and to extend library opening hours on Saturdays.",
)


def _words(spans: list[Span]) -> int:
    return sum(len(s.text.split()) for s in spans)


def _assert_contract(article: Article, spans: list[Span]) -> None:
    sentences = article.sentences
    assert all(s in sentences for s in spans)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert len({s.start for s in spans}) == len(spans)
    assert all(article.source[s.start : s.end] == s.text for s in spans)


def test_empty_article_gives_no_summary() -> None:
    assert summarize(parse("")) == []
    assert summarize(parse("  \n\n \t\n")) == []
    assert explain(parse("")) == []


def test_default_is_three_sentences_and_sentences_can_be_passed_positionally() -> None:
    article = parse(BRIDGE)
    assert len(summarize(article)) == 3
    assert summarize(article, 2) == [s.text for s in summary_spans(article, 2)]
    assert len(summarize(article, 2)) == 2


def test_summary_sentences_stand_in_the_article_in_order() -> None:
    article = parse(BRIDGE)
    for limit in range(1, 10):
        spans = summary_spans(article, limit)
        _assert_contract(article, spans)
        assert all(text in BRIDGE for text in summarize(article, limit))


def test_lede_leads_a_lede_heavy_article() -> None:
    text = _article(
        "Storm closes port",
        "A storm closed the port of Elvaston on Sunday, stranding 40 ships and halting all ferry traffic.",
        "Harbour pilots said waves of six metres broke over the harbour wall during the night. "
        "Pilots said the harbour wall held, but pilots kept the harbour closed.",
        "The harbour wall was built in 1890. The harbour wall has been repaired four times. The "
        "harbour pilots inspect the wall every month.",
        "Traders at the harbour market said the storm kept buyers away.",
    )
    summary = summarize(parse(text), 2)
    assert summary[0].startswith("A storm closed the port of Elvaston")


def test_lede_is_chosen_even_when_later_sentences_are_more_central() -> None:
    article = parse(BRIDGE)
    for limit in (1, 2, 3):
        assert summarize(article, limit)[0].startswith("The Harlow town council voted")


def test_near_repeat_of_a_chosen_sentence_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _article(
        "Factory to open in Dunmore",
        "Kessel Motors will open a battery factory in Dunmore next year, the company said on Monday.",
        "The new factory in Dunmore will employ 400 workers and build batteries for electric "
        "buses, Kessel Motors said.",
        "Kessel Motors said the Dunmore factory will employ 400 workers and build batteries for "
        "electric buses.",
        "The mayor of Dunmore welcomed the factory and the 400 jobs for the town's workers.",
        "Kessel Motors already builds electric buses at two plants in the south.",
    )
    article = parse(text)
    repeats = {s.text for s in article.sentences if "400 workers and build batteries" in s.text}
    assert len(repeats) == 2
    assert len(repeats & set(summarize(article, 3))) == 1
    monkeypatch.setattr(importlib.import_module("newsparse.summary"), "_redundancy", lambda _: 0.0)
    assert len(repeats & set(summarize(article, 3))) == 2  # without MMR both would be chosen


def test_sentence_that_needs_its_predecessor_is_passed_over() -> None:
    body = (
        "The regional rail company will cut the fare for every commuter rail ticket by a fifth from June."
        "\n\nThe rail minister, Tomas Brede, welcomed the plan on Friday."
        "\n\n{} the cheaper commuter rail tickets would bring more commuters back to rail."
        "\n\nNew trains arrive in the autumn."
    )
    dependent = parse(body.format("He added that"))
    standalone = parse(body.format("Rail analysts said"))
    assert any(s.startswith("He added that") for s in summarize(standalone, 4) + summarize(dependent, 4))
    assert not any(s.startswith("He added that") for s in summarize(dependent, 2))
    assert any(s.startswith("Rail analysts said") for s in summarize(standalone, 2))


def test_dependent_sentence_may_follow_its_chosen_predecessor() -> None:
    article = parse(BRIDGE)
    scored = {s.span.text: dict(s.parts) for s in explain(article, ratio=1.0)}
    assert scored['"We have waited far too long."']["dangling"] == 0.0  # its predecessor is chosen


def test_caption_is_not_chosen() -> None:
    text = _article(
        "Museum reopens after flood",
        "The Marrow Museum reopened on Saturday after a flood closed it for six months.",
        "Photo credit: the Marrow Museum reopened after the flood closed the museum for six "
        "months, by Ana Kell.",
        "Visitors queued from early morning to see the restored galleries, and the museum said "
        "2,000 people came on the first day.",
    )
    article = parse(text)
    assert not any(s.startswith("Photo credit") for s in summarize(article, 2))


def test_quotation_over_two_sentences_is_kept_whole() -> None:
    text = _article(
        "Mayor promises new school",
        "The mayor of Lisk promised on Thursday to build a new primary school in the north of the city.",
        '"We will build the school on the old bus depot. Every child in the north will have a '
        'place by 2027," the mayor, Ines Vale, said.',
        "The city has not built a school since 1998.",
    )
    article = parse(text)
    first, second = "We will build the school", "Every child in the north"
    assert any(first in q.text and second in q.text for q in article.quotes)
    for limit in range(1, 5):
        summary = " ".join(summarize(article, limit))
        assert (first in summary) == (second in summary)


def test_word_budget_is_respected() -> None:
    article = parse(BRIDGE)
    for budget in (5, 25, 40, 60, 1000):
        spans = summary_spans(article, words=budget)
        assert _words(spans) <= budget
        _assert_contract(article, spans)
    assert len(summary_spans(article, words=1000)) == len(article.sentences)
    assert summary_spans(article, words=0) == []


def test_ratio_takes_a_share_of_the_sentences() -> None:
    article = parse(BRIDGE)
    count = len(article.sentences)
    assert len(summary_spans(article, ratio=0.5)) == round(0.5 * count)
    assert len(summary_spans(article, ratio=0.01)) == 1
    assert len(summary_spans(article, ratio=5.0)) == count
    assert summary_spans(article, ratio=0.0) == []
    assert summary_spans(article, ratio=math.nan) == []


def test_every_given_limit_holds() -> None:
    article = parse(BRIDGE)
    spans = summary_spans(article, sentences=5, words=45, ratio=0.9)
    assert len(spans) <= 5
    assert _words(spans) <= 45
    assert summary_spans(article, sentences=0) == []
    assert summary_spans(article, sentences=-2) == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda article: summarize("plain text"), "takes an Article from newsparse.parse(), not str"),
        (lambda article: summarize(article, "2"), "sentences must be an int or None, not str"),
        (lambda article: summarize(article, words=2.5), "words must be an int or None, not float"),
        (lambda article: summarize(article, ratio="half"), "ratio must be a number or None, not str"),
    ],
)
def test_wrong_argument_types_are_a_type_error_that_says_so(
    call: Callable[[Article], object], message: str
) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        call(parse(BRIDGE))


def test_explain_gives_the_summary_with_parts_that_add_up() -> None:
    article = parse(BRIDGE)
    scored = explain(article, 3)
    assert [s.span for s in scored] == summary_spans(article, 3)
    for item in scored:
        assert isinstance(item, ScoredSentence)
        names = [name for name, _ in item.parts]
        assert {"position", "centrality", "title", "redundancy", "dangling"} <= set(names)
        assert math.isclose(item.score, sum(v for _, v in item.parts), abs_tol=1e-3)
    assert scored[0].score == max(s.score for s in scored)


def _hand_built(source: str, unit: int, quote_every: int) -> Article:
    """An article built without the parser, to load the summary stage alone."""
    spans = [Span(source[i : i + unit], i, min(len(source), i + unit)) for i in range(0, len(source), unit)]
    paragraphs = [Paragraph(s.text, s.start, s.end, (s,)) for s in spans]
    body = tuple(paragraphs[1:])
    sections = (Section(None, body, body[0].start, body[-1].end),) if body else ()
    quotes = tuple(Quote(source[j : j + 1], j, j + 1) for j in range(0, len(source), quote_every))
    return Article(source, lede=paragraphs[0], sections=sections, quotes=quotes)


@pytest.mark.parametrize(
    ("source", "unit", "quote_every"),
    [
        ('"' * 200_000, 5, 2),
        ("." * 1_000_000, 7, 1000),
        ("word " * 1_000_000, 5_000_000, 10_000),
        ("Alpha beta gamma. " * 50_000, 18, 9),
    ],
    ids=["200k-quote-marks", "1MB-of-periods", "5MB-line", "50k-sentences"],
)
def test_huge_articles_are_summarized(source: str, unit: int, quote_every: int) -> None:
    article = _hand_built(source, unit, quote_every)
    for spans in (
        summary_spans(article),
        summary_spans(article, ratio=1.0),
        summary_spans(article, words=50),
    ):
        _assert_contract(article, spans)
    assert len(summary_spans(article)) == min(3, len(article.sentences))


_TEXT = st.text(
    alphabet=st.sampled_from(list("abcXYZ .,!?\"\u201c\u201d'\n\n0123456789:-")) | st.characters(),
    max_size=600,
)


@settings(max_examples=150, deadline=None)
@given(_TEXT, st.integers(min_value=-1, max_value=8))
def test_summarize_never_raises_and_returns_article_sentences_in_order(text: str, k: int) -> None:
    article = parse(text)
    summary = summarize(article, k)
    sentences = [s.text for s in article.sentences]
    positions = [sentences.index(s) for s in summary]
    assert positions == sorted(positions)
    assert len(summary) == max(0, min(k, len(sentences)))
    _assert_contract(article, summary_spans(article, k))


def test_question_hook_does_not_lead_the_summary() -> None:
    text = _article(
        "Summer jobs for students",
        "Looking for a summer job? The city of Ardley will hire 300 students this summer to clean "
        "parks and run day camps, the mayor said on Monday.",
        "Students aged 16 to 21 can apply online until April 30.",
        "The jobs pay 15 dollars an hour.",
    )
    summary = summarize(parse(text), 1)
    assert summary == [s for s in summary if s.startswith("The city of Ardley will hire 300 students")]
    assert len(summary) == 1


def test_photo_credit_in_brackets_is_a_caption() -> None:
    text = _article(
        "Ferry service resumes",
        "The Lomond ferry resumed service on Monday after a three-week strike by ferry crews.",
        "Ferry crews returned to work at the ferry terminal after the strike, and the first ferry "
        "left on time. ( Ana Kell / Lomond Post File Photo )",
        "The union said the ferry crews accepted a pay rise of four per cent.",
    )
    assert not any("File Photo" in s for s in summarize(parse(text), 2))


@settings(max_examples=100, deadline=None)
@given(_TEXT, st.integers(min_value=0, max_value=60), st.floats(min_value=0.0, max_value=1.5))
def test_budgets_hold_on_any_text(text: str, words: int, ratio: float) -> None:
    article = parse(text)
    by_words = summary_spans(article, words=words)
    assert _words(by_words) <= words
    _assert_contract(article, by_words)
    by_ratio = summary_spans(article, ratio=ratio)
    assert len(by_ratio) <= max(1, math.ceil(ratio * len(article.sentences)))
    _assert_contract(article, by_ratio)
