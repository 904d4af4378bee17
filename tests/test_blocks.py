"""Blocks: lines grouped into paragraph candidates, hard wrapping undone, tables set apart."""

from __future__ import annotations

from newsparse.blocks import Block, split_blocks, split_lines


def texts(text: str, blocks: list[Block]) -> list[str]:
    return [" ".join(text[line.start : line.end] for line in block.lines) for block in blocks]


def test_blank_lines_separate_groups_and_offsets_skip_the_indent() -> None:
    text = "  First line\n\n\tSecond line  \n"
    groups = split_lines(text)
    assert [[text[line.start : line.end] for line in group] for group in groups] == [
        ["First line"],
        ["Second line"],
    ]
    assert groups[0][0].indent == 2
    assert groups[1][0].indent == 1


def test_windows_and_old_mac_line_endings() -> None:
    text = "One paragraph.\r\n\r\nAnother one.\rA third."
    assert texts(text, split_blocks(text)) == ["One paragraph.", "Another one.", "A third."]


def test_indented_first_lines_start_paragraphs_in_wire_copy() -> None:
    text = (
        "HARBOUR, May 4 - The harbour board said on Monday that it\n"
        "would raise mooring fees by six pct from June, the first rise\n"
        "in four years.\n"
        "    Ship owners said the rise was unwelcome.\n"
        "    The board said the money would pay for dredging of the\n"
        "outer channel, which has silted up since the storms of last\n"
        "winter.\n"
        " Reuter\n"
    )
    assert texts(text, split_blocks(text)) == [
        "HARBOUR, May 4 - The harbour board said on Monday that it would raise mooring fees by "
        "six pct from June, the first rise in four years.",
        "Ship owners said the rise was unwelcome.",
        "The board said the money would pay for dredging of the outer channel, which has silted "
        "up since the storms of last winter.",
        "Reuter",
    ]


def test_wrapped_text_with_blank_lines_between_paragraphs() -> None:
    text = (
        "The committee met for the third time this week and again failed\n"
        "to agree on the budget for the coming year, its chair said.\n"
        "\n"
        "Members will meet again on Friday.\n"
    )
    assert texts(text, split_blocks(text)) == [
        "The committee met for the third time this week and again failed to agree on the budget "
        "for the coming year, its chair said.",
        "Members will meet again on Friday.",
    ]


def test_long_lines_are_one_paragraph_each() -> None:
    line_a = "The mayor opened the new library on Saturday, " * 4
    line_b = "Hundreds of residents queued outside before the doors opened at nine in the morning."
    text = f"{line_a.strip()}\n{line_b}\nShort closing line."
    assert len(split_blocks(text)) == 3


def test_a_line_broken_inside_a_sentence_joins_the_line_before() -> None:
    long_line = "The council said it would review every contract signed since 2019, " * 3
    text = f"{long_line.strip()}\nNote: the mayor has repeatedly\ndenied\nany wrongdoing."
    assert texts(text, split_blocks(text))[1:] == ["Note: the mayor has repeatedly denied any wrongdoing."]


def test_list_items_are_not_joined() -> None:
    text = (
        "The plan, published on Tuesday, includes the following measures:\n"
        "- more buses on the night routes of the city\n"
        "- cheaper tickets for students and pensioners\n"
        "- a new tram line to the airport by 2030\n"
    )
    assert len(split_blocks(text)) == 4


def test_table_rows_form_one_block_marked_as_table() -> None:
    text = (
        "Prices in dollars per tonne were as follows, traders said.\n"
        "   PORT        WHEAT   CORN   SOYA\n"
        " Northport     210     180    --\n"
        " Southbay/\n"
        " Eastmarsh     205     --     402\n"
        "\n"
        "Trading was thin ahead of the holiday.\n"
    )
    blocks = split_blocks(text)
    assert [block.table for block in blocks] == [False, True, False]
    assert len(blocks[1].lines) == 4


def test_double_spaces_in_prose_do_not_make_a_table() -> None:
    text = "He said the plan was sound.  Others disagreed.  The vote is on Monday."
    assert [block.table for block in split_blocks(text)] == [False]


def test_blocks_know_their_blank_line_group() -> None:
    text = "Alpha one.\nAlpha two is here and is also a sentence of its own.\n\nBeta."
    assert [block.group for block in split_blocks(text)] == [0, 0, 1]


def test_empty_and_blank_text_has_no_blocks() -> None:
    assert split_blocks("") == []
    assert split_blocks(" \n\t\r\n ") == []


def test_unicode_line_and_paragraph_separators_break_lines() -> None:
    text = "First paragraph ends here.\u2029Second paragraph.\u2028Third line.\x0cFourth."
    assert texts(text, split_blocks(text)) == [
        "First paragraph ends here.",
        "Second paragraph.",
        "Third line.",
        "Fourth.",
    ]


def test_tab_separated_rows_are_a_table() -> None:
    text = "Results were as follows.\nTeam\tWon\tLost\nReds\t10\t2\nBlues\t8\t4\n"
    assert [block.table for block in split_blocks(text)] == [False, True]


def test_an_indented_list_item_does_not_make_the_text_wire_copy() -> None:
    text = (
        "The plan has three parts.\n"
        " - a new bridge\n"
        "The first part is the most costly.\n"
        "The second part is the most urgent.\n"
    )
    assert len(split_blocks(text)) == 4


def test_a_byte_order_mark_at_the_start_is_not_text() -> None:
    from newsparse import parse

    article = parse("\ufeffTitle of the story\n\nThe body of the story follows here.")
    assert article.title is not None and article.title.text == "Title of the story"
    assert article.title.start == 1
