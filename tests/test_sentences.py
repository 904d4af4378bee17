"""Sentence splitting: one test per phenomenon of English news text, the Golden Rules, properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import split_sentences
from newsparse.sentences import sentence_spans

FIXTURES = Path(__file__).parent / "fixtures" / "sentences"


def _golden_rules() -> list[dict[str, object]]:
    with (FIXTURES / "golden_rules_en.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _squeezed(sentences: list[str]) -> list[str]:
    """Sentences with inner runs of whitespace made one space (rule 41 expects "cold night" for
    "cold \\nnight", while the contract returns substrings)."""
    return [" ".join(s.split()) for s in sentences]


@pytest.mark.parametrize("rule", _golden_rules(), ids=lambda rule: f"rule-{rule['id']}")
def test_golden_rules(rule: dict[str, object]) -> None:
    text, expected = rule["text"], rule["expected"]
    assert isinstance(text, str) and isinstance(expected, list)
    assert _squeezed(split_sentences(text)) == _squeezed(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sen. Mary Hale and Gov. Tom Ruiz met Dr. Ann Cole and Gen. Lee Park. They talked.",
            ["Sen. Mary Hale and Gov. Tom Ruiz met Dr. Ann Cole and Gen. Lee Park.", "They talked."],
        ),
        (
            "The U.S. Navy sent two ships to the region. It was the U.S. The next move is theirs.",
            ["The U.S. Navy sent two ships to the region.", "It was the U.S.", "The next move is theirs."],
        ),
        (
            "Shares of Orbis Corp. rose. Lumen Inc. CEO Dana Fry declined to comment.",
            ["Shares of Orbis Corp. rose.", "Lumen Inc. CEO Dana Fry declined to comment."],
        ),
        (
            "The deal went to Harlow Holdings LLC. Kestrel has sold its stake.",
            ["The deal went to Harlow Holdings LLC.", "Kestrel has sold its stake."],
        ),
        (
            "The founder of Quill Inc. Mara Voss has died.",
            ["The founder of Quill Inc. Mara Voss has died."],
        ),
        (
            "He lives in Fresno, Calif. The city is hot. Rep. Al Dunn, D-Calif., agreed.",
            ["He lives in Fresno, Calif.", "The city is hot.", "Rep. Al Dunn, D-Calif., agreed."],
        ),
        (
            "The study by Park et al. The results were mixed.",
            ["The study by Park et al.", "The results were mixed."],
        ),
        ("The team is ranked No. 2 in the state.", ["The team is ranked No. 2 in the state."]),
        ("He said no. The plan died.", ["He said no.", "The plan died."]),
        ("The vote is set for Jan. 15 in Albany.", ["The vote is set for Jan. 15 in Albany."]),
        ("See p. 12 of the report, e.g. The Table.", ["See p. 12 of the report, e.g. The Table."]),
        (
            "A settlement in Reyes v. Dole Foods was reached.",
            ["A settlement in Reyes v. Dole Foods was reached."],
        ),
        ("They met at the Ross & Co. office.", ["They met at the Ross & Co. office."]),
        ("Vela Inc. (VLA.N) shares rose. Rivals fell.", ["Vela Inc. (VLA.N) shares rose.", "Rivals fell."]),
        ("They met on Sat. The game was close.", ["They met on Sat.", "The game was close."]),
        ("He sat. Officials waited.", ["He sat.", "Officials waited."]),
        (
            "It is under review by the SEC. The firm said so.",
            ["It is under review by the SEC.", "The firm said so."],
        ),
        (
            "It now trades as Delta Inc. Former chief Ray Poole faces trial.",
            [
                "It now trades as Delta Inc.",
                "Former chief Ray Poole faces trial.",
            ],
        ),
        ("The hosts were Ant and Dec. Natalie quit.", ["The hosts were Ant and Dec.", "Natalie quit."]),
        (
            "The game is Rising Sun. Call of Duty is next.",
            ["The game is Rising Sun.", "Call of Duty is next."],
        ),
        ("It opens Tue. Dec. 5 at noon.", ["It opens Tue. Dec. 5 at noon."]),
        (
            "It reached a critical mass. Scientists agree.",
            ["It reached a critical mass.", "Scientists agree."],
        ),
        (
            "The forecast calls for rain at 6 p.m. EST. Crowds thinned.",
            [
                "The forecast calls for rain at 6 p.m. EST.",
                "Crowds thinned.",
            ],
        ),
        ("Bills for the U.S.. The end.", ["Bills for the U.S..", "The end."]),
    ],
)
def test_abbreviations(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J. R. R. Tolkien wrote the book.", ["J. R. R. Tolkien wrote the book."]),
        ("Harold T. Baker voted against it.", ["Harold T. Baker voted against it."]),
        ("It was Plan B. They chose it anyway.", ["It was Plan B.", "They chose it anyway."]),
        ("Ask me and I. I know the answer.", ["Ask me and I.", "I know the answer."]),
        ("The firm's A380's. The wings are new.", ["The firm's A380's.", "The wings are new."]),
        ("He signed with AT&T. Many analysts cheered.", ["He signed with AT&T.", "Many analysts cheered."]),
    ],
)
def test_initials(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 3.5% to $12.75 a share.", ["Prices rose 3.5% to $12.75 a share."]),
        ("Version 2.0.1 shipped. It fixed bugs.", ["Version 2.0.1 shipped.", "It fixed bugs."]),
        ("It cost $4.50. Nobody paid.", ["It cost $4.50.", "Nobody paid."]),
        (
            "The city was founded in 1820. 2020 was its bicentennial.",
            [
                "The city was founded in 1820.",
                "2020 was its bicentennial.",
            ],
        ),
    ],
)
def test_decimals_and_numbers(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We waited ... Nothing came. Then rain.", ["We waited ... Nothing came.", "Then rain."]),
        ("We waited\u2026 and waited.", ["We waited\u2026 and waited."]),
        ("It was over.... We went home.", ["It was over....", "We went home."]),
        ('"I just don\'t know..." Then he left.', ['"I just don\'t know..."', "Then he left."]),
        ('"The plan [...] failed" (Report 3).', ['"The plan [...] failed" (Report 3).']),
        (
            "The talks stalled. . . . The envoy left. . . .",
            ["The talks stalled.", ". . . The envoy left. . . ."],
        ),
    ],
)
def test_ellipses(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polls close at 8 p.m. Tuesday in most states.", ["Polls close at 8 p.m. Tuesday in most states."]),
        (
            "The launch is at 9 a.m. EST. Crowds are expected.",
            [
                "The launch is at 9 a.m. EST.",
                "Crowds are expected.",
            ],
        ),
        ("Shortly after 2 a.m. Officer Lee saw smoke.", ["Shortly after 2 a.m. Officer Lee saw smoke."]),
        (
            "The fire started at 11 p.m. Firefighters arrived.",
            [
                "The fire started at 11 p.m.",
                "Firefighters arrived.",
            ],
        ),
        ("It landed at 6:40 p.m. (GMT +8) on time.", ["It landed at 6:40 p.m. (GMT +8) on time."]),
        ("They met at 10 a.m. and left at noon.", ["They met at 10 a.m. and left at noon."]),
    ],
)
def test_meridiem(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1) Cut taxes 2) Raise wages 3) Build roads", ["1) Cut taxes", "2) Raise wages", "3) Build roads"]),
        ("a. Rent b. Food", ["a. Rent", "b. Food"]),
        (
            "1. Stocks fell.\n2. Bonds rose.\n3. Oil was flat.",
            [
                "1. Stocks fell.",
                "2. Bonds rose.",
                "3. Oil was flat.",
            ],
        ),
        (
            "The plan has two parts:\n\u2022 Cut taxes.\n\u2022 Raise wages",
            [
                "The plan has two parts:",
                "\u2022 Cut taxes.",
                "\u2022 Raise wages",
            ],
        ),
        ("He scored 2) goals in the game.", ["He scored 2) goals in the game."]),
    ],
)
def test_lists(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Read it at https://news.example.org/a/b.html. Then reply.",
            [
                "Read it at https://news.example.org/a/b.html.",
                "Then reply.",
            ],
        ),
        ("Write to Tom.Reyes@example.net. He answers.", ["Write to Tom.Reyes@example.net.", "He answers."]),
        ("Visit www.Example.Com today.", ["Visit www.Example.Com today."]),
        ("Shop at Amazon.Com today. Or not.", ["Shop at Amazon.Com today.", "Or not."]),
        ("The site News.Az reported it.", ["The site News.Az reported it."]),
    ],
)
def test_web_and_mail_addresses(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We lost. We are sorry," the coach said. Fans left.',
            ['"We lost.', 'We are sorry," the coach said.', "Fans left."],
        ),
        ('He said, "It is done." Then he sat.', ['He said, "It is done."', "Then he sat."]),
        ("\u201cIt is done.\u201d He sat.", ["\u201cIt is done.\u201d", "He sat."]),
        ("'Go home.' she said.", ["'Go home.' she said."]),
        ('"Where?" he asked. Nobody knew.', ['"Where?" he asked.', "Nobody knew."]),
        ('"Where?" Officer Bell asked. Nobody knew.', ['"Where?" Officer Bell asked.', "Nobody knew."]),
        ('"Why not?" He said: "We need winners."', ['"Why not?"', 'He said: "We need winners."']),
        (
            "The vote (a formality.) passed. (It was late.) Then recess.",
            [
                "The vote (a formality.) passed.",
                "(It was late.)",
                "Then recess.",
            ],
        ),
        ('"It is over. " Then the crowd left.', ['"It is over. "', "Then the crowd left."]),
        ('The fans cheered. " We won, " she said.', ["The fans cheered.", '" We won, " she said.']),
    ],
)
def test_quotes_and_brackets(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Is it over? Not yet! Wait.", ["Is it over?", "Not yet!", "Wait."]),
        ("Really?! Yes.", ["Really?!", "Yes."]),
        ("She works at Yahoo! News desk staff agreed.", ["She works at Yahoo! News desk staff agreed."]),
        ("It is big! and loud.", ["It is big! and loud."]),
    ],
)
def test_question_and_exclamation(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council voted on\nTuesday to close the\nschool. Parents were angry.",
            [
                "The council voted on\nTuesday to close the\nschool.",
                "Parents were angry.",
            ],
        ),
        ("She wrote to the U.S.\nEmbassy. It replied.", ["She wrote to the U.S.\nEmbassy.", "It replied."]),
        ("Photos\nVideo\nWeather", ["Photos", "Video", "Weather"]),
        ("Hello world.Today is sunny.", ["Hello world.", "Today is sunny."]),
        ("Storm warning\n\nThe storm hit at dawn.", ["Storm warning", "The storm hit at dawn."]),
    ],
)
def test_newlines_and_glued_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_are_offsets_into_the_whole_text() -> None:
    text = "Title\n\n  Dr. Lee spoke. She left.  \n\nNext paragraph."
    start = text.index("  Dr.")
    end = text.index("\n\nNext")
    spans = sentence_spans(text, start, end)
    assert [text[a:b] for a, b in spans] == ["Dr. Lee spoke.", "She left."]
    assert spans[0][0] == text.index("Dr.")


def test_out_of_range_bounds_are_clamped() -> None:
    assert sentence_spans("One. Two.", -5, 99) == [(0, 4), (5, 9)]
    assert sentence_spans("One. Two.", 7, 3) == []
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []


@pytest.mark.parametrize(
    "text",
    [
        "." * 100_000,
        '"' * 200_000,
        ". " * 50_000,
        '."' * 50_000,
        "word" * 250_000,
        " " * 100_000 + ".",
        "U.S. " * 20_000,
        "1) " * 50_000,
        "\u2026 " * 50_000,
    ],
    ids=[
        "periods",
        "quote-marks",
        "spaced-periods",
        "period-quote",
        "one-long-line",
        "spaces",
        "initialisms",
        "list-markers",
        "ellipses",
    ],
)
def test_pathological_input_is_one_sentence(text: str) -> None:
    spans = sentence_spans(text)
    assert len(spans) == 1
    a, b = spans[0]
    assert text[a:b] == text.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It ended. . . .  Then rain.", ["It ended.", ". . .  Then rain."]),
        ("It ended.\t.\t.\t. Then rain.", ["It ended.\t.\t.\t.", "Then rain."]),
        ("It ended. . . .x Then rain.", ["It ended. . . .x Then rain."]),
        ("Wait?! . Then rain.", ["Wait?! .", "Then rain."]),
        ("He left." + " ." * 30_000 + " Then rain.", ["He left.", (". " * 30_000) + "Then rain."]),
        ("He left" + "." * 300_000 + " Then rain.", ["He left" + "." * 300_000, "Then rain."]),
    ],
    ids=["double-space-ends-run", "tabs-inside-run", "glued-letter", "mixed-marks", "long-spaced", "long"],
)
def test_extent_of_a_run_of_marks(text: str, expected: list[str]) -> None:
    """A run of marks goes on across single spaces or tabs, however long, and stops at a double one."""
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We thank Messrs. Smith and Jones.", ["We thank Messrs. Smith and Jones."]),
        ("We thank the messengers. Smith left.", ["We thank the messengers.", "Smith left."]),
        ("It cost approx. 5 dollars.", ["It cost approx. 5 dollars."]),
        ("See the U.S.Government. It agreed.", ["See the U.S.Government.", "It agreed."]),
        ("Call (Washington. Then leave.", ["Call (Washington.", "Then leave."]),
        ("Wait for Lieut. Dan to arrive.", ["Wait for Lieut. Dan to arrive."]),
    ],
)
def test_words_as_long_as_abbreviations(text: str, expected: list[str]) -> None:
    """The longest abbreviations ("Messrs.", "approx.") run on; a longer word before a full stop ends
    its sentence, also when it holds inner stops or follows a bracket."""
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Politics\nVoting in the county" + "s" * 20 + "\nWorld",
            ["Politics", "Voting in the county" + "s" * 20, "World"],
        ),
        (
            "Politics\nVoting in the county" + "s" * 21 + "\nWorld",
            ["Politics\nVoting in the county" + "s" * 21 + "\nWorld"],
        ),
        ("Photos\r\nVideo\r\n\u2022 Live", ["Photos", "Video", "\u2022 Live"]),
        (
            "A line that is wrapped and goes on for a long while\n\u2022 one\n* two",
            ["A line that is wrapped and goes on for a long while", "\u2022 one", "* two"],
        ),
        ("One line.\n \n  Another paragraph", ["One line.", "Another paragraph"]),
    ],
    ids=["forty-character-line", "forty-one-character-line", "carriage-returns", "bullets", "blank-line"],
)
def test_lines_without_terminal_punctuation(text: str, expected: list[str]) -> None:
    """Short lines (up to 40 characters) of a paragraph with no terminal punctuation are one sentence
    each; one longer line makes them a wrapped sentence, but bullets and blank lines still cut."""
    assert split_sentences(text) == expected


def test_fuzz_finding_long_line_then_trailing_newline() -> None:
    assert split_sentences("x" * 50 + "\n") == ["x" * 50]
    assert split_sentences("Photos\nVideo\n\n") == ["Photos", "Video"]


def test_many_list_lines() -> None:
    assert split_sentences("1) x\n" * 20_000) == ["1) x"] * 20_000
    assert split_sentences("1. Item one.\n" * 20_000) == ["1. Item one."] * 20_000


def test_a_long_inline_list_and_a_label_out_of_sequence() -> None:
    text = " ".join(f"{number}) item" for number in range(1, 151))
    assert split_sentences(text) == [f"{number}) item" for number in range(1, 151)]
    assert split_sentences("1) a 2) b 1) c 3) d") == ["1) a", "2) b 1) c", "3) d"]


def test_many_short_sentences() -> None:
    text = "The cat sat. " * 20_000
    assert split_sentences(text) == ["The cat sat."] * 20_000


_NEWSY_PIECES = [
    *"aZ .?!\"'()[]\n\t\u201c\u201d\u2026\u2022-12:$@/",
    "Mr",
    "U.S",
    "p.m",
    "1)",
    "a.",
    "He",
    "I",
]
_NEWSY = st.lists(st.sampled_from(_NEWSY_PIECES), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=200), _NEWSY), st.integers(-5, 210), st.one_of(st.none(), st.integers(-5, 210))
)
def test_spans_are_ordered_stripped_and_inside_bounds(text: str, start: int, end: int | None) -> None:
    spans = sentence_spans(text, start, end)
    low = min(max(start, 0), len(text))
    high = len(text) if end is None else min(max(end, low), len(text))
    previous = low
    for a, b in spans:
        assert previous <= a < b <= high
        assert not text[a].isspace() and not text[b - 1].isspace()
        previous = b
    if text[low:high].strip():
        assert spans
    assert split_sentences(text) == [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize("value", [None, b"Bytes. Here."])
def test_split_sentences_of_something_not_a_str_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="split_sentences\\(\\) takes a str"):
        split_sentences(value)  # type: ignore[arg-type]
