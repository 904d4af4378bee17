"""Quote marks written as two ASCII characters: every text here was written for these tests."""

from __future__ import annotations

import newsparse

LEAD = "The council met on Monday to discuss the old bridge over the river.\n\n"


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    article = newsparse.parse(text)
    for quote in article.quotes:
        assert text[quote.start : quote.end] == quote.text
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_two_apostrophes_pair_as_double_marks() -> None:
    text = LEAD + "''We will rebuild the bridge,'' Mayor Ann Lee said. ''It is our duty.''\n"
    assert quotes_of(text) == [
        ("We will rebuild the bridge,", "Ann Lee"),
        ("It is our duty.", "Ann Lee"),
    ]


def test_backticks_open_and_apostrophes_close() -> None:
    text = LEAD + "``We will rebuild the bridge,'' said Ann Lee, the mayor.\n"
    assert quotes_of(text) == [("We will rebuild the bridge,", "Ann Lee")]


def test_possessive_apostrophe_pair_opens_nothing() -> None:
    text = LEAD + "The workers'' union met too. ''We will strike,'' said Ann Lee.\n"
    assert quotes_of(text) == [("We will strike,", "Ann Lee")]


def test_unpaired_apostrophe_pair_after_a_word_is_ignored() -> None:
    text = LEAD + "He is 6'' tall, and \"I like the plan,\" said Tom Rowe.\n"
    assert quotes_of(text) == [("I like the plan,", "Tom Rowe")]


def test_nested_single_quote_ends_with_its_outer_doubled_quote() -> None:
    text = LEAD + "''I told him 'no,''' said Ann Lee. ''He left.''\n"
    assert [q for q, _ in quotes_of(text)] == ["I told him 'no,'", "He left."]


def test_doubled_quote_continues_into_the_next_paragraph() -> None:
    text = LEAD + "''It is a good plan. We like it.\n\n''It will work,'' said Ann Lee.\n"
    assert quotes_of(text) == [("It is a good plan. We like it.\n\n''It will work,", "Ann Lee")]


def test_flood_of_apostrophe_pairs_never_raises() -> None:
    for text in ("''" * 5000, "``" * 3000 + "''" * 3000, "'''" * 4000, "a''b " * 3000):
        newsparse.parse(text)
