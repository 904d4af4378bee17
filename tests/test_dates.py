"""Publication dates: parsing as written, date lines, year-less wire dates."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from newsparse.dates import complete_year, date_value, find_day_of_month, iso_date, match_date_line


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("2025-12-15", "2025-12-15"),
        ("March 01, 2008", "2008-03-01"),
        ("15 December 2025", "2025-12-15"),
        ("Mon 15 Dec 2025 10:04 GMT", "2025-12-15"),
        ("December 3rd, 2024", "2024-12-03"),
        ("Feb 26", "--02-26"),
        ("Aug. 20", "--08-20"),
        ("feb 26", "--02-26"),
        ("March 2008", "2008-03"),
        ("15/12/2025", "2025-12-15"),
        ("12/15/2025", "2025-12-15"),
        ("03/03/2025", "2025-03-03"),
        ("15.12.2025", "2025-12-15"),
        ("2025/12/15", "2025-12-15"),
    ],
)
def test_date_value_keeps_only_the_parts_written(written: str, value: str) -> None:
    assert date_value(written) == value


@pytest.mark.parametrize("written", ["", "no date at all", "tomorrow", "x" * 500, "05/06/2025", "5.6.2025"])
def test_date_value_is_none_for_text_that_is_no_date(written: str) -> None:
    assert date_value(written) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("March 01, 2008", "March 01, 2008"),
        ("15 December 2025", "15 December 2025"),
        ("2025-12-15", "2025-12-15"),
        ("Published: Mon 15 Dec 2025 10:04 GMT", "Mon 15 Dec 2025 10:04 GMT"),
        ("Updated 9:30 a.m. EST, Tuesday, January 7, 2025", "Tuesday, January 7, 2025"),
        ("Posted on 4 July 2023 | 10:15", "4 July 2023"),
        ("Published 15/12/2025 10:04", "15/12/2025 10:04"),
        ("Published 15 December 2025, updated 16 December 2025", "15 December 2025"),
        ("Updated 16 December 2025 | Published 15 December 2025", "15 December 2025"),
        ("Published 6:40 a.m. CT March 9, 2026", "March 9, 2026"),
        ("Published 11:02 p.m. MT Oct. 3, 2025 | Updated 7:15 a.m. MT Oct. 4, 2025", "Oct. 3, 2025"),
    ],
)
def test_date_line_gives_the_publication_date(line: str, date: str) -> None:
    span = match_date_line(line, 0, len(line))
    assert span is not None
    assert line[span[0] : span[1]] == date


@pytest.mark.parametrize(
    "line",
    [
        "The vote is set for March 3, 2025 in the capital.",
        "Talks resumed on 15 December 2025",
        "By Jane Doe",
        "Feb 26",
        "",
    ],
)
def test_a_line_with_more_than_a_date_is_no_date_line(line: str) -> None:
    assert match_date_line(line, 0, len(line)) is None


def test_date_line_offsets_are_relative_to_the_whole_text() -> None:
    text = "Headline\n\nPublished: 2 May 2024\n\nBody."
    start = text.index("Published")
    span = match_date_line(text, start, start + len("Published: 2 May 2024"))
    assert span is not None
    assert text[span[0] : span[1]] == "2 May 2024"


def test_day_of_month_inside_a_dateline() -> None:
    text = "LISBON, Jan. 9 (Lusa) -"
    span = find_day_of_month(text, 0, len(text))
    assert span is not None
    assert text[span[0] : span[1]] == "Jan. 9"


@pytest.mark.parametrize(
    ("value", "anchor", "completed"),
    [
        ("--02-26", dt.date(1987, 3, 2), "1987-02-26"),
        ("--12-31", dt.date(2026, 1, 2), "2025-12-31"),
        ("--01-02", dt.date(2025, 12, 30), "2025-01-02"),  # filed on or before publication
        ("--12-31", dt.date(2026, 12, 31), "2026-12-31"),
        ("--01-01", dt.date(2025, 12, 31), "2026-01-01"),  # a day ahead: time zones
        ("--02-29", dt.date(2023, 6, 1), "--02-29"),  # no such day in the year before
        ("--02-29", dt.date(2024, 3, 1), "2024-02-29"),
        ("2025-12-15", dt.date(2020, 1, 1), "2025-12-15"),
        ("2008-03", dt.date(2020, 1, 1), "2008-03"),
    ],
)
def test_complete_year_takes_the_latest_year_on_or_before_the_anchor(
    value: str, anchor: dt.date, completed: str
) -> None:
    assert complete_year(value, anchor) == completed


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, None),
        ("2025-12-15", dt.date(2025, 12, 15)),
        ("2025-12-15T10:04:00", dt.date(2025, 12, 15)),
        (dt.date(2024, 2, 29), dt.date(2024, 2, 29)),
        (dt.datetime(2024, 2, 29, 8, 0), dt.date(2024, 2, 29)),
        ("not a date", None),
    ],
)
def test_iso_date(given: dt.date | str | None, expected: dt.date | None) -> None:
    assert iso_date(given) == expected


def test_importing_newsparse_does_not_import_dateutil() -> None:
    code = "import sys, newsparse; sys.exit('dateutil' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
