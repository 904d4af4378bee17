"""The clause tokens and the quotation-mark scan that the quote stage reads: every text here was
written for these tests."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse.quotes import _mark_positions
from newsparse.speakers import MASK, tokens


def test_tokens_carry_their_forms_and_offsets_in_the_article() -> None:
    frame = "Rep. Jo Lee (D-Wis.) said 1,000 U.S. troops " + MASK * 3 + " left."
    found = tokens(frame, 0, len(frame), base=100)
    texts = [t.text for t in found]
    assert texts == [
        "Rep.",
        "Jo",
        "Lee",
        "(",
        "D-Wis.",
        ")",
        "said",
        "1,000",
        "U.S.",
        "troops",
        MASK * 3,
        "left.",
    ]
    for token in found:
        assert frame[token.start - 100 : token.end - 100] == token.text
    rep, said, number, mask = found[0], found[6], found[7], found[10]
    assert (rep.low, rep.is_word, rep.is_cap) == ("rep", True, True)
    assert (said.low, said.is_word, said.is_cap) == ("said", True, False)
    assert (number.low, number.is_word, number.is_cap) == ("1,000", True, False)
    assert not mask.is_word and not found[3].is_word


def test_tokens_of_a_window_stop_at_its_ends() -> None:
    frame = "Officials said on Monday."
    found = tokens(frame, 10, 17, base=5)
    assert [(t.text, t.start, t.end) for t in found] == [("said", 15, 19), ("on", 20, 22)]
    assert tokens(frame, 12, 12) == [] and tokens(frame, -4, 0) == []


def test_mark_positions_list_every_double_mark_in_reading_order() -> None:
    text = 'He said \u201cyes\u201d, then "no" and \u00abmaybe\u00bb, \u201elater\u201f.'
    expected = [m.start() for m in re.finditer('["\u201c\u201d\u00ab\u00bb\u201e\u201f]', text)]
    assert _mark_positions(text) == expected
    assert len(expected) == 8
    assert _mark_positions("It's the Smiths' house.") == []


@given(st.text(alphabet="ab \"\u201c\u201d\u00ab\u00bb\u201e\u201f\u2018\u2019'", max_size=40))
def test_mark_positions_agree_with_a_character_scan(text: str) -> None:
    assert _mark_positions(text) == [
        i for i, char in enumerate(text) if char in '"\u201c\u201d\u00ab\u00bb\u201e\u201f'
    ]
