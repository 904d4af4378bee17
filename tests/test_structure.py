"""Structure: header fields, lede, headings, paragraphs and furniture on news-shaped text.

Every text here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.structure import Layout, classify


def body(text: str, layout: Layout) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end in layout.body]


def paragraphs(text: str, layout: Layout) -> list[str]:
    return [t for kind, t in body(text, layout) if kind == "paragraph"]


def headings(text: str, layout: Layout) -> list[str]:
    return [t for kind, t in body(text, layout) if kind == "heading"]


def furniture(layout: Layout) -> list[str]:
    return [span.text for span in layout.boilerplate]


def test_glued_date_label_before_the_lede() -> None:
    text = (
        " date 2024-06-02 Rescue teams reached the last of the stranded villages on Sunday, officials said.\n"
        "\n"
        "The road had been closed for nine days after the landslide.\n"
        "\n"
        "A long wait for help\n"
        "\n"
        "Villagers said food ran short by the fifth day.\n"
    )
    layout = classify(text)
    assert layout.date is not None
    assert (layout.date.value, layout.date.start, layout.date.end) == ("2024-06-02", 6, 16)
    assert layout.title is None
    assert body(text, layout) == [
        ("paragraph", "Rescue teams reached the last of the stranded villages on Sunday, officials said."),
        ("paragraph", "The road had been closed for nine days after the landslide."),
        ("heading", "A long wait for help"),
        ("paragraph", "Villagers said food ran short by the fifth day."),
    ]


def test_title_date_line_byline_and_dateline() -> None:
    text = (
        "Ferry operator cuts winter crossings\n"
        "\n"
        "Published: Tue 3 Dec 2024 08:15 GMT\n"
        "\n"
        "By Ana Lima and Tom Berg\n"
        "\n"
        "OSLO (Reuters) - The country's largest ferry operator will cut winter crossings by a third.\n"
        "\n"
        "The company blamed fuel costs.\n"
    )
    layout = classify(text)
    assert layout.title and layout.title.text == "Ferry operator cuts winter crossings"
    assert layout.date and (layout.date.text, layout.date.value) == ("Tue 3 Dec 2024 08:15 GMT", "2024-12-03")
    assert layout.byline and layout.byline.text == "By Ana Lima and Tom Berg"
    assert layout.dateline and layout.dateline.text == "OSLO (Reuters) -"
    assert paragraphs(text, layout)[0].startswith("The country's largest ferry operator")


@pytest.mark.parametrize(
    ("opening", "dateline", "date"),
    [
        ("TURIN, Feb 26 - ", "TURIN, Feb 26 -", "--02-26"),
        ("Turin, feb 26 - ", "Turin, feb 26 -", "--02-26"),
        ("NEW HAVEN, Conn. March 3 - ", "NEW HAVEN, Conn. March 3 -", "--03-03"),
        ("PERTH, Aug. 20 (AAP) -- ", "PERTH, Aug. 20 (AAP) --", "--08-20"),
        ("NAIROBI (AP) \u2014 ", "NAIROBI (AP) \u2014", None),
        ("LIMA \u2013 ", "LIMA \u2013", None),
        ("(CNN) -- ", "(CNN) --", None),
        ("Flagstaff, Ariz. \u2014 ", "Flagstaff, Ariz. \u2014", None),
        ("Cape Town (CNN Business) ", "Cape Town (CNN Business)", None),
        ("Cape Town (CNN)", "Cape Town (CNN)", None),
        ("(CNN)", "(CNN)", None),
        ("Jan 5 (Reuters) - ", "Jan 5 (Reuters) -", "--01-05"),
        ("NEW DELHI: ", "NEW DELHI:", None),
        ("ISLAMABAD, Pakistan: ", "ISLAMABAD, Pakistan:", None),
        ("SAO PAULO/NEW YORK, Jan 5 (Reuters) - ", "SAO PAULO/NEW YORK, Jan 5 (Reuters) -", "--01-05"),
    ],
)
def test_dateline_is_taken_off_the_lede(opening: str, dateline: str, date: str | None) -> None:
    text = f"{opening}Officials said on Tuesday the bridge would reopen next month.\n\nMore follows."
    layout = classify(text)
    assert layout.dateline and layout.dateline.text == dateline
    assert (layout.date.value if layout.date else None) == date
    assert paragraphs(text, layout)[0].startswith("Officials said on Tuesday")


@pytest.mark.parametrize(
    "opening",
    [
        "Acme Corporation (ACME) said on Tuesday it would cut 200 jobs at its two plants in the north.",
        "Smith said the plan was sound and would go ahead whatever the council decided on Friday.",
        "NASA said on Tuesday the launch would slip by a week because of a fault in a fuel valve.",
    ],
)
def test_no_dateline_where_the_sentence_starts_with_its_subject(opening: str) -> None:
    text = f"{opening}\n\nMore follows."
    layout = classify(text)
    assert layout.dateline is None
    assert paragraphs(text, layout)[0] == opening


def test_dateline_alone_on_its_line() -> None:
    text = "GENEVA, SWITZERLAND\n\nThe agency published its annual report on Monday.\n\nIt runs to 300 pages."
    layout = classify(text)
    assert layout.dateline and layout.dateline.text == "GENEVA, SWITZERLAND"
    assert layout.title is None
    assert paragraphs(text, layout)[0] == "The agency published its annual report on Monday."


def test_promo_line_before_a_dateline_is_not_the_lede() -> None:
    text = (
        "Were you caught in the flooding? Send us your photos and videos through the form on our website.\n"
        "\n"
        "MUMBAI (CNN) -- Monsoon rains flooded parts of the city on Monday.\n"
        "\n"
        "Trains were suspended.\n"
    )
    layout = classify(text)
    assert paragraphs(text, layout) == [
        "Monsoon rains flooded parts of the city on Monday.",
        "Trains were suspended.",
    ]
    assert furniture(layout) == [
        "Were you caught in the flooding? Send us your photos and videos through the form on our website."
    ]


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe",
        "BY JANE DOE",
        "By Jane Doe and John Roe",
        "By Jane Doe, John Roe and Ann Poe",
        "By Jane Doe, Reuters",
        "Written by Jane Doe",
        "Story by Jane Doe and John Roe",
        "Jane Doe, Reuters",
        "Jane Doe and John Roe, The Associated Press",
        "Jane Doe | Staff Writer",
        "Staff Reports",
        "Staff and agencies",
        "By José Müller",
        "By Søren Holm and Łukasz Nowak",
        "By María José García-López",
    ],
)
def test_byline_forms(byline: str) -> None:
    text = f"{byline}\n\nThe school board voted to extend the term by two weeks.\n\nParents were split."
    layout = classify(text)
    assert layout.byline and layout.byline.text == byline
    assert paragraphs(text, layout)[0] == "The school board voted to extend the term by two weeks."


@pytest.mark.parametrize(
    ("line", "byline", "date"),
    [
        ("By Jane Doe | March 3, 2025", "By Jane Doe", "2025-03-03"),
        ("Published 15 Dec 2025 - By Jane Doe, Reuters", "By Jane Doe, Reuters", "2025-12-15"),
        ("Jane Doe, The Associated Press \u2022 4 May 2024", "Jane Doe, The Associated Press", "2024-05-04"),
    ],
)
def test_byline_and_date_on_one_line(line: str, byline: str, date: str) -> None:
    text = f"{line}\n\nThe school board voted to extend the term by two weeks after the floods.\n\nMore."
    layout = classify(text)
    assert layout.byline and layout.byline.text == byline
    assert layout.date and layout.date.value == date


@pytest.mark.parametrize(
    "line",
    [
        "By the time the storm passed, the town was dark.",
        "Jane Doe said the plan would work, and it did.",
        "Reporting by Jane Doe; Editing by John Roe",
    ],
)
def test_prose_is_not_a_byline(line: str) -> None:
    text = f"{line}\n\nSecond paragraph."
    assert classify(text).byline is None


def test_byline_at_the_end_of_the_story() -> None:
    text = (
        "The festival drew a record crowd this year, with more than 40,000 people over three days.\n"
        "\n"
        "Organisers said they would add a third stage next summer.\n"
        "\n"
        "Tickets go on sale in March.\n"
        "\n"
        "-- By Mira Patel Follow @mirapatel\n"
    )
    layout = classify(text)
    assert layout.byline and layout.byline.text == "By Mira Patel"
    assert len(paragraphs(text, layout)) == 3


def test_letter_signature_is_the_byline() -> None:
    text = (
        "Why the bypass must wait\n"
        "\n"
        "Letters.\n"
        "\n"
        "The council wants to build the bypass before the schools are repaired.\n"
        "\n"
        "That is the wrong way round.\n"
        "\n"
        "Ruth Ellis.\n"
        "\n"
        "Millbrook Vt.\n"
    )
    layout = classify(text)
    assert layout.title and layout.title.text == "Why the bypass must wait"
    assert layout.byline and layout.byline.text == "Ruth Ellis"
    assert paragraphs(text, layout) == [
        "The council wants to build the bypass before the schools are repaired.",
        "That is the wrong way round.",
    ]
    assert "Letters." in furniture(layout)


def test_all_caps_title_and_hard_wrapped_body_with_sign_off() -> None:
    text = (
        "GRAIN EXPORTS RISE\n"
        "\n"
        "PORTVILLE, March 2 - Grain exports rose four pct in the week\n"
        "to February 28, the port authority said, helped by strong\n"
        "demand from buyers in the region.\n"
        "    Wheat made up most of the rise.\n"
        "    Barley shipments were unchanged.\n"
        " Reuter\n"
    )
    layout = classify(text)
    assert layout.title and layout.title.text == "GRAIN EXPORTS RISE"
    assert layout.date and layout.date.value == "--03-02"
    assert len(paragraphs(text, layout)) == 3
    assert furniture(layout) == ["Reuter"]


def test_title_with_a_corpus_full_stop() -> None:
    text = "Harbour Board Approves Dredging Plan.\n\nThe harbour board approved the plan on Monday.\n\nMore."
    layout = classify(text)
    assert layout.title and layout.title.text == "Harbour Board Approves Dredging Plan."


@pytest.mark.parametrize(
    "headline",
    [
        "Court rules against the state's voter roll purge.",
        "Poll: Voters split on the new stadium plan.",
        "Minister Quits Over Housing Scandal.",
        "Will the bridge ever reopen?",
        "Ferry service cut; ",
    ],
)
def test_short_headline_that_ends_a_sentence_is_the_title(headline: str) -> None:
    lede = "The highest court ruled on Friday that officials acted unlawfully when they removed voters."
    text = f"{headline}\n\n{lede}\n\nMore follows here."
    layout = classify(text)
    assert layout.title and layout.title.text == headline.strip()
    assert paragraphs(text, layout)[0] == lede


def test_a_deck_after_a_semicolon_headline_is_not_the_lede() -> None:
    text = (
        "Ferry service cut;\n"
        "Operator blames fuel costs for losses on the island routes.\n"
        "\n"
        "The operator of the island ferries will cut its winter timetable by a third, it said on Monday.\n"
    )
    layout = classify(text)
    assert layout.title and layout.title.text == "Ferry service cut;"
    assert paragraphs(text, layout) == [
        "The operator of the island ferries will cut its winter timetable by a third, it said on Monday."
    ]


def test_a_short_opening_sentence_is_the_lede_not_a_title() -> None:
    text = (
        "Maria Costa is new to politics, but has already won over her rivals.\n"
        "\n"
        "The 24-year-old took office in May after a campaign run from her kitchen table.\n"
    )
    layout = classify(text)
    assert layout.title is None
    assert paragraphs(text, layout)[0].startswith("Maria Costa")


def test_database_labels_before_the_full_text() -> None:
    text = (
        "Port Expansion Wins Approval.\n"
        "\n"
        "ABSTRACT.\n"
        "\n"
        "The port will grow by a third under a plan approved on Monday.\n"
        "\n"
        "FULL TEXT.\n"
        "\n"
        "The regional council approved the expansion of the port on Monday.\n"
        "\n"
        "Work starts next year.\n"
    )
    layout = classify(text)
    assert paragraphs(text, layout) == [
        "The regional council approved the expansion of the port on Monday.",
        "Work starts next year.",
    ]


LONG = "The inspectors said the work had been done to a high standard and on budget."


@pytest.mark.parametrize(
    "heading",
    [
        "What happens next",
        "WHAT HAPPENS NEXT",
        "Who pays for it?",
        "\u201cWe will not give up\u201d",
        "'A difficult year'",
        "3. The cost of waiting",
        "The view from the U.S.",
        "Costs and delays ...",
        "Where to Buy Tickets:",
        "4:15 p.m.",
    ],
)
def test_headings(heading: str) -> None:
    text = f"{LONG}\n\n{LONG}\n\n{heading}\n\n{LONG}\n\n{LONG}"
    assert headings(text, classify(text)) == [heading]


@pytest.mark.parametrize(
    "line",
    [
        "The work is done.",
        "\u201cIt is done,\u201d she said.",
        "\u201cIs it done?\u201d she asked. \u201cYes.\u201d",
        "The minister asked: \u201cDone?\u201d",
        "Here is what they found:",
        "The question, then, is why it took the council so long to act on the warnings?",
        "- more inspections",
        "\u2022 more inspections",
        "lower case start of a line",
    ],
)
def test_not_headings(line: str) -> None:
    text = f"{LONG}\n\n{LONG}\n\n{line}\n\n{LONG}\n\n{LONG}"
    layout = classify(text)
    assert headings(text, layout) == []
    assert line in paragraphs(text, layout)


def test_three_short_lines_in_a_row_are_a_list() -> None:
    text = (
        f"{LONG}\n\nBest film - The Long Road\n\nBest actor - Sam Reed\n\nBest score - Night Train\n\n{LONG}"
    )
    layout = classify(text)
    assert headings(text, layout) == []
    assert len(paragraphs(text, layout)) == 5


def test_short_lines_without_blank_lines_are_list_items() -> None:
    text = (
        f"{LONG}\n\nThe candidate must:\n\nStay calm\nSpeak slowly\nAvoid jokes about the weather.\n\n{LONG}"
    )
    layout = classify(text)
    assert headings(text, layout) == []
    assert "Stay calm" in paragraphs(text, layout)


def test_a_link_just_above_a_heading_is_furniture() -> None:
    text = f"{LONG}\n\n{LONG}\n\nRelated story headline in the middle\n\nThe real heading\n\n{LONG}"
    layout = classify(text)
    assert headings(text, layout) == ["The real heading"]
    assert furniture(layout) == ["Related story headline in the middle"]


def test_an_intro_line_and_numbered_heading_both_head_sections() -> None:
    text = (
        f"{LONG}\n\nThree Ways to Save Water:\n\n1. Fix the leaks\n\n{LONG}\n\n2. Shorter showers\n\n{LONG}"
    )
    assert headings(text, classify(text)) == [
        "Three Ways to Save Water:",
        "1. Fix the leaks",
        "2. Shorter showers",
    ]


def test_heading_like_line_at_the_end_or_before_a_credit_is_no_heading() -> None:
    text = f"{LONG}\n\n{LONG}\n\nAnother story you may like\n\nAli Rana contributed to this report."
    layout = classify(text)
    assert headings(text, layout) == []
    assert "Another story you may like" in furniture(layout)
    assert paragraphs(text, layout)[-1] == "Ali Rana contributed to this report."


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Why the bridge closed",
        "Related: The bridge that fell",
        "Related Stories",
        "Advertisement",
        "Story continues below advertisement",
        "Article Continued Below",
        "Image: The bridge at dawn.",
        "Photo: Jane Doe",
        "Share this article",
        "Subscribe to our newsletter",
        "The bridge at dawn on Monday. (Jane Doe/The Daily)",
        "Workers at the site on Monday. (Submitted by Ben Ray)",
        "How the bridge was built, in two minutes. 2:05",
        "bridge_photo.JPG",
        "___",
        "* * *",
        "\u2022 Email: jdoe@example.com | Twitter: jdoe",
        "WATCH: The bridge opening ceremony",
        "Watch: How the bridge was built",
        "Listen now: The bridge podcast",
        "Copyright 2024 The Daily",
        "\u00a9 Example News",
        "Get the full timetable here.",
        "Follow Jane Doe on Twitter",
        "Follow our coverage of the floods at https://example.com/floods",
        "https://example.com/floods/live",
        "Photograph: Jane Doe/The Daily",
        "Media caption: The bridge reopened on Monday",
        "toggle caption",
        "Internal review: Inspectors warned of cracks in the bridge two years before the city closed it"
        " to all road traffic on the east bank",
    ],
)
def test_furniture_goes_to_boilerplate(line: str) -> None:
    text = f"{LONG}\n\n{line}\n\n{LONG}\n\nLast paragraph ends here."
    layout = classify(text)
    assert furniture(layout) == [line]
    assert line not in paragraphs(text, layout)


def test_embedded_tweet_text_and_signature_are_furniture() -> None:
    text = (
        f"{LONG}\n\n"
        "The smoke is so thick we cannot see the river\n"
        "Stay indoors if you can pic.twitter.com/abc123\n\n"
        "\u2014 Sam Reed (@samreed) June 3, 2023\n\n"
        f"{LONG}"
    )
    layout = classify(text)
    assert paragraphs(text, layout) == [LONG, LONG]
    assert layout.date is None


def test_table_is_furniture() -> None:
    text = (
        "Prices for grain delivered to the ports this week were as follows, traders said.\n"
        "   PORT        WHEAT   CORN   SOYA\n"
        " Northport     210     180    --\n"
        " Eastmarsh     205     --     402\n"
        "\n"
        "Trading was thin ahead of the holiday.\n"
    )
    layout = classify(text)
    assert paragraphs(text, layout) == [
        "Prices for grain delivered to the ports this week were as follows, traders said.",
        "Trading was thin ahead of the holiday.",
    ]
    assert len(layout.boilerplate) == 1


def test_title_date_line_and_body_without_blank_lines() -> None:
    text = (
        "Rail strike called off after late deal\n"
        "June 02, 2021\n"
        "A planned rail strike was called off late on Tuesday. Unions said the offer was fair.\n"
    )
    layout = classify(text)
    assert layout.title and layout.title.text == "Rail strike called off after late deal"
    assert layout.date and layout.date.value == "2021-06-02"
    assert len(paragraphs(text, layout)) == 1


def test_one_paragraph_per_line_with_a_broken_line() -> None:
    first = "The museum will reopen on Saturday after a two-year renovation that cost more than planned."
    second = "Visitors will find a new wing for the collection of maps and a roof garden with a cafe."
    text = f"{first}\n{second}\nEditor's note: this story was\nupdated\nto correct the opening date.\n"
    assert paragraphs(text, classify(text)) == [
        first,
        second,
        "Editor's note: this story was\nupdated\nto correct the opening date.",
    ]


def test_windows_line_endings_and_tabs() -> None:
    text = (
        "Dam repairs finished\r\n\r\n"
        "\tThe repairs were finished a week early.\r\n\r\n"
        "\tThe lake will refill by May.\r\n"
    )
    layout = classify(text)
    assert layout.title and layout.title.text == "Dam repairs finished"
    assert paragraphs(text, layout) == [
        "The repairs were finished a week early.",
        "The lake will refill by May.",
    ]


PATHOLOGICAL = [
    "Ab\n" * 100_000,
    "A short line.\n\n" * 50_000,
    "Heading line\n\nParagraph text here.\n\n" * 20_000,
    "word " * 1_000_000,
    "A" * 5_000_000,
    "." * 1_000_000,
    '"' * 200_000,
    "\u201c" * 200_000,
    "\x00" * 100_000,
    "\x00\n" * 100_000,
    "WASHINGTON " * 400_000 + "- x",
    "By " + "John Smith and " * 200_000,
    " a  b  c  d\n" * 100_000,
    "(" * 500_000,
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=range(len(PATHOLOGICAL)))
def test_pathological_input_is_classified(text: str) -> None:
    layout = classify(text)
    assert_offsets(text, layout)


def assert_offsets(text: str, layout: Layout) -> None:
    spans = [s for s in (layout.date, layout.title, layout.byline, layout.dateline) if s]
    for span in [*spans, *layout.boilerplate]:
        assert text[span.start : span.end] == span.text
    previous_end = 0
    for _, start, end in layout.body:
        assert previous_end <= start <= end <= len(text)
        previous_end = end


NEWSY = st.lists(
    st.sampled_from(
        [
            "",
            "By Jane Doe",
            "LONDON (Reuters) - ",
            "March 01, 2008",
            " date 2025-12-15 ",
            "Read more: x",
            "What next",
            "    ",
            "\t",
            "\r\n",
            "\x00",
            "The council met on Monday. ",
            "\u201cNo,\u201d she said.",
            "(CNN) -- ",
            "- item",
            "  1.5  2.5  3.5",
            "\u2014 A (@a) May 1, 2020",
        ]
    )
    | st.text(max_size=40),
    max_size=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY, st.sampled_from(["\n", "\n\n", "\r\n", " "]))
def test_classify_never_raises_and_offsets_slice_the_text(pieces: list[str], joiner: str) -> None:
    text = joiner.join(pieces)
    assert_offsets(text, classify(text))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_classify_any_text(text: str) -> None:
    assert_offsets(text, classify(text))


def test_the_seed_sample() -> None:
    text = (Path(__file__).resolve().parent.parent / "samples" / "palmyra-2025-12-15.txt").read_text("utf-8")
    layout = classify(text)
    assert layout.date and (layout.date.text, layout.date.start, layout.date.end) == ("2025-12-15", 6, 16)
    assert layout.title is None
    kinds = [kind for kind, _ in body(text, layout)]
    assert kinds == ["paragraph", "paragraph"] + ["heading", "paragraph"] * 3
    assert paragraphs(text, layout)[0].startswith("Syrian and U.S. officials said")
    assert paragraphs(text, layout)[1].startswith("The conclusion was reached")


def test_a_label_needs_a_body_after_it() -> None:
    text = "Harbour closed\n\nToday."
    assert paragraphs(text, classify(text)) == ["Today."]


def test_a_capitals_headline_with_a_comma_is_a_title_when_a_dateline_follows() -> None:
    text = "ACME, ZENITH AGREE MERGER\n\nNEW YORK, March 3 - Acme Inc and Zenith Corp will merge.\n\nMore."
    layout = classify(text)
    assert layout.title and layout.title.text == "ACME, ZENITH AGREE MERGER"
    assert layout.dateline and layout.dateline.text == "NEW YORK, March 3 -"


def test_title_after_a_date_line() -> None:
    text = (
        "Published 2 May 2024\n\n"
        "Council approves harbour plan\n\n"
        "The council approved the harbour plan on Thursday after a debate that lasted most of the night.\n"
    )
    layout = classify(text)
    assert layout.date and layout.date.value == "2024-05-02"
    assert layout.title and layout.title.text == "Council approves harbour plan"


@pytest.mark.parametrize(
    "line",
    [
        "Copyright law experts said the ruling would be appealed.",
        "Sponsored by the city, the festival is free to all.",
        "Continue on the coast road for ten miles, the police advised.",
    ],
)
def test_prose_that_starts_like_furniture_is_a_paragraph(line: str) -> None:
    text = f"{LONG}\n\n{line}\n\n{LONG}"
    assert line in paragraphs(text, classify(text))


def test_capitals_headline_with_a_colon_is_a_title() -> None:
    text = "ECONOMIC SPOTLIGHT: ITALIAN BOOM\n\nROME, March 2 - Italy's economy grew faster than forecast.\n"
    layout = classify(text)
    assert layout.title and layout.title.text == "ECONOMIC SPOTLIGHT: ITALIAN BOOM"


def test_a_heading_that_starts_like_a_caption_label() -> None:
    text = f"{LONG}\n\n{LONG}\n\nPhoto-finish in the final\n\n{LONG}\n\n{LONG}"
    assert headings(text, classify(text)) == ["Photo-finish in the final"]


def test_wire_earnings_report_with_a_dateline_alone() -> None:
    text = (
        "ACME CORP <ACME> 1ST QTR NET\n\n"
        "NEW YORK, March 3 -\n"
        "    Shr 34 cts vs 30 cts\n"
        "    Net 1,234,000 vs 1,100,000\n"
        " Reuter\n"
    )
    layout = classify(text)
    assert layout.dateline and layout.dateline.text == "NEW YORK, March 3 -"
    assert layout.date and layout.date.value == "--03-03"
    assert paragraphs(text, layout) == ["Shr 34 cts vs 30 cts", "Net 1,234,000 vs 1,100,000"]


@pytest.mark.parametrize("byline", ["The Canadian Press", "CTVNews.ca Staff", "Staff, Example News"])
def test_organisation_bylines(byline: str) -> None:
    text = f"{byline}\n\nThe school board voted to extend the term by two weeks after the floods.\n\nMore."
    layout = classify(text)
    assert layout.byline and layout.byline.text == byline


def test_a_name_alone_above_a_dateline_is_the_byline() -> None:
    text = "Maria Lopez\n\nMADRID (AP) \u2014 Spain's parliament approved the budget on Thursday.\n\nMore."
    layout = classify(text)
    assert layout.byline and layout.byline.text == "Maria Lopez"
    assert layout.title is None


@pytest.mark.parametrize("title", ["Hospitals cut staff", "Meet the staff"])
def test_a_headline_about_staff_is_no_byline(title: str) -> None:
    text = f"{title}\n\nThe two hospitals will cut 300 jobs by the end of the year, managers said.\n\nEnd."
    layout = classify(text)
    assert layout.byline is None
    assert layout.title and layout.title.text == title


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "Hong Kong (CNN) — Alibaba reported a rise in revenue on Thursday.\n\nSales rose.",
            "Hong Kong (CNN) —",
        ),
        (
            "New York (CNN Business) — Shares fell on Monday.\n\nAnalysts were surprised.",
            "New York (CNN Business) —",
        ),
    ],
)
def test_mixed_case_place_with_an_agency_and_a_dash_is_a_dateline(text: str, dateline: str) -> None:
    from newsparse import parse

    article = parse(text)
    assert article.dateline is not None and article.dateline.text == dateline
    assert article.title is None


@pytest.mark.parametrize(
    "kicker", ["BREAKING", "EXCLUSIVE", "ANALYSIS", "FACT CHECK", "JUST IN", "DEVELOPING"]
)
def test_a_headline_kicker_in_capitals_opens_the_title(kicker: str) -> None:
    text = (
        f"{kicker}: Storm forces closure of coastal highway\n\n"
        "By Dana Ellis\n\n"
        "State officials closed a stretch of the coastal highway on Tuesday after waves washed debris"
        " onto the road.\n"
    )
    layout = classify(text)
    assert layout.title and layout.title.text == f"{kicker}: Storm forces closure of coastal highway"
    assert furniture(layout) == []


def test_a_link_kicker_before_the_title_stays_furniture() -> None:
    text = (
        "WATCH: Waves wash over the coastal highway\n\n"
        "Storm forces closure of coastal highway\n\n"
        "By Dana Ellis\n\n"
        "State officials closed a stretch of the coastal highway on Tuesday.\n"
    )
    layout = classify(text)
    assert layout.title and layout.title.text == "Storm forces closure of coastal highway"
    assert furniture(layout) == ["WATCH: Waves wash over the coastal highway"]


@pytest.mark.parametrize("label", ["LOCAL NEWS", "Sport", "WORLD", "Local News", "Science & Environment"])
def test_a_section_label_above_the_headline_is_furniture(label: str) -> None:
    text = (
        f"{label}\n"
        "City council approves new bike lanes downtown\n\n"
        "By Mark Haley\n\n"
        "The city council voted 7-2 on Monday to add protected bike lanes along Main Street.\n"
    )
    layout = classify(text)
    assert layout.title and layout.title.text == "City council approves new bike lanes downtown"
    assert furniture(layout) == [label]


def test_a_short_title_above_a_one_sentence_lede_stays_the_title() -> None:
    text = "MARKETS\n\nShares rose on Monday.\n\nBonds were flat and the dollar slipped against the euro.\n"
    layout = classify(text)
    assert layout.title and layout.title.text == "MARKETS"
    assert paragraphs(text, layout)[0] == "Shares rose on Monday."


@pytest.mark.parametrize(
    "credit",
    [
        "(AP Photo/Charlie Lund)",
        "AP Photo/Charlie Lund",
        "(Photo by Ann Reyes/Getty Images)",
        "File photo: Ann Reyes",
    ],
)
def test_a_photo_credit_alone_on_its_line_is_furniture(credit: str) -> None:
    text = f"{LONG}\n\n{credit}\n\n{LONG}\n\nLast paragraph ends here."
    layout = classify(text)
    assert furniture(layout) == [credit]


def test_a_sentence_about_photos_is_a_paragraph() -> None:
    line = "Photos by residents showed the water rising above the doors of the church."
    text = f"{LONG}\n\n{line}\n\n{LONG}"
    assert line in paragraphs(text, classify(text))


def test_a_date_line_that_does_not_say_which_date_is_kept_as_boilerplate() -> None:
    text = "Council votes on budget\n\n03/04/2025\n\nThe council voted on Tuesday.\n"
    layout = classify(text)
    assert layout.date is None
    assert furniture(layout) == ["03/04/2025"]
    assert paragraphs(text, layout) == ["The council voted on Tuesday."]


@pytest.mark.parametrize(
    "opening",
    [
        "UPDATE: The council has since reversed its decision to close the library on weekends.",
        "CORRECTION: An earlier version of this story gave the wrong date for the vote.",
        "MEANWHILE: The council met again on Monday to discuss the plan.",
    ],
)
def test_a_label_in_capitals_before_a_colon_is_no_dateline(opening: str) -> None:
    text = f"Library stays open\n\n{opening}\n\nMore follows."
    layout = classify(text)
    assert layout.dateline is None
    assert paragraphs(text, layout)[0] == opening


def test_two_short_sentences_at_the_top_are_the_lede_not_a_title() -> None:
    text = 'Mayor Ann Lee defended the plan. "It works," Lee said.\n\nCouncilor Ed Flynn disagreed.\n'
    layout = classify(text)
    assert layout.title is None
    assert paragraphs(text, layout)[0] == 'Mayor Ann Lee defended the plan. "It works," Lee said.'


def test_a_headline_of_two_short_sentences_is_a_title() -> None:
    text = "Harbour town wins again. Barely.\n\nThe town kept its title by a single vote on Friday.\n"
    layout = classify(text)
    assert layout.title and layout.title.text == "Harbour town wins again. Barely."


def test_a_web_page_layout_with_the_writers_role_image_lines_and_topic_links() -> None:
    text = (
        "Ferry fares to rise in spring\n\n"
        "By Nell Brooks\n"
        "Harbour News, Transport reporter\n\n"
        "Image source, Harbour Pictures\n"
        "Image caption, The morning ferry leaving the quay\n\n"
        "Ferry fares will rise by a tenth in April, the operator said on Monday.\n\n"
        "Passengers said the service was already too expensive for daily use.\n\n"
        "Related Topics\n"
        "Ferries\n"
        "Harbour town\n"
    )
    layout = classify(text)
    assert layout.byline and layout.byline.text == "By Nell Brooks"
    assert paragraphs(text, layout) == [
        "Ferry fares will rise by a tenth in April, the operator said on Monday.",
        "Passengers said the service was already too expensive for daily use.",
    ]
    assert furniture(layout) == [
        "Harbour News, Transport reporter",
        "Image source, Harbour Pictures",
        "Image caption, The morning ferry leaving the quay",
        "Related Topics",
        "Ferries",
        "Harbour town",
    ]


def test_paragraphs_after_a_topics_heading_stay_in_the_body() -> None:
    text = f"{LONG}\n\nTopics\n\nThe council will discuss three topics at its next meeting in June."
    layout = classify(text)
    assert "The council will discuss three topics at its next meeting in June." in paragraphs(text, layout)


def test_live_blog_entries_are_sections_under_their_time_stamps() -> None:
    text = (
        "Storm live: latest updates\n\n"
        "9:40 a.m. ET\n"
        "The coast guard closed the harbour.\n\n"
        "9:15 a.m. ET\n"
        "Winds reached 90 mph at the point, forecasters said.\n\n"
        "8:50 a.m. ET\n"
        "Schools in three counties are closed today.\n"
    )
    layout = classify(text)
    assert body(text, layout) == [
        ("heading", "9:40 a.m. ET"),
        ("paragraph", "The coast guard closed the harbour."),
        ("heading", "9:15 a.m. ET"),
        ("paragraph", "Winds reached 90 mph at the point, forecasters said."),
        ("heading", "8:50 a.m. ET"),
        ("paragraph", "Schools in three counties are closed today."),
    ]


def test_a_list_of_times_stays_a_list() -> None:
    text = f"{LONG}\n\nThe ferry leaves at:\n9 a.m.\n11 a.m.\n2 p.m.\n\n{LONG}"
    assert headings(text, classify(text)) == []


def test_a_name_alone_above_the_date_line_is_the_byline() -> None:
    text = "Council backs harbour plan\n\nJane Doe\n\nMarch 3, 2025\n\nThe council met on Monday.\n"
    layout = classify(text)
    assert layout.byline and layout.byline.text == "Jane Doe"
    assert layout.date and layout.date.value == "2025-03-03"
    assert furniture(layout) == []


def test_a_short_title_case_line_first_above_a_date_line_is_the_title() -> None:
    text = "Harbour Plan\n\n2025-12-15\n\nThe council backed the plan on Monday.\n"
    layout = classify(text)
    assert layout.title and layout.title.text == "Harbour Plan"
    assert layout.byline is None


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_an_update_line_under_the_date_line_is_boilerplate_not_the_lede(between: str) -> None:
    text = (
        "Council backs harbour plan\n\nBy Jane Doe\n\n"
        f"Published 6:40 a.m. CT March 9, 2026{between}Updated 8:15 a.m. CT March 9, 2026\n\n"
        "The council backed the plan on Monday.\n"
    )
    layout = classify(text)
    assert layout.date and layout.date.value == "2026-03-09"
    assert furniture(layout) == ["Updated 8:15 a.m. CT March 9, 2026"]
    assert paragraphs(text, layout) == ["The council backed the plan on Monday."]


@pytest.mark.parametrize("line", ["Kansas City", "Local News"])
def test_a_place_or_a_section_above_the_date_line_is_no_byline(line: str) -> None:
    text = f"Council backs harbour plan\n\n{line}\n\nMarch 3, 2025\n\nThe council met on Monday.\n"
    layout = classify(text)
    assert layout.byline is None
    assert furniture(layout) == [line]


@pytest.mark.parametrize(
    ("first", "is_note"),
    [
        ("Content warning: suicide.", True),
        ("Warning: this article contains graphic descriptions of violence.", True),
        (
            "WARNING: Residents of the east side should boil their tap water until Friday, officials said.",
            False,
        ),
    ],
)
def test_a_content_note_before_the_lede_is_boilerplate_but_a_warning_in_the_news_is_the_lede(
    first: str, is_note: bool
) -> None:
    text = f"Water main breaks downtown\n\n{first}\n\nCrews worked through the night to fix the pipe."
    layout = classify(text)
    assert (first in furniture(layout)) is is_note
    assert (paragraphs(text, layout)[0] == first) is not is_note


def test_topic_links_under_a_bare_topics_label_are_boilerplate() -> None:
    text = f"{LONG}\n\n{LONG}\n\nTopics\nStorms\nCoastal weather\n"
    layout = classify(text)
    assert furniture(layout) == ["Topics", "Storms", "Coastal weather"]


def test_live_blog_time_stamps_may_be_24_hour_times_with_a_zone() -> None:
    text = (
        "Storm live\n\n23:40 GMT\nThe coast guard closed the harbour.\n\n"
        "23:15 GMT\nWinds reached 90 mph at the point, forecasters said.\n"
    )
    assert headings(text, classify(text)) == ["23:40 GMT", "23:15 GMT"]
