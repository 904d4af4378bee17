"""Time expressions next to names and titles that look like time words ("Will", "April", "daily").

The sentences are written for these tests; none is copied from a corpus. The article date is a
Monday, 2025-12-15: a past Thursday is 2025-12-11, a future one 2025-12-18.
"""

from __future__ import annotations

import datetime as dt

from newsparse.model import Span
from newsparse.timex import find_times

MONDAY = dt.date(2025, 12, 15)


def times(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_times(text, [Span(text, 0, len(text))], MONDAY)]


def test_will_as_a_name_is_no_future_cue() -> None:
    assert times("On Thursday, Will Smith opened the festival.") == [("Thursday", "DATE", "2025-12-11")]
    assert times("On Thursday, actor Will Smith opened the festival.") == [("Thursday", "DATE", "2025-12-11")]
    assert times("The band played We Will Rock You on Thursday.") == [("Thursday", "DATE", "2025-12-11")]


def test_may_as_a_name_is_no_future_cue() -> None:
    assert times("Theresa May said on Thursday that talks had ended.") == [("Thursday", "DATE", "2025-12-11")]
    assert times("Officials may meet on Thursday.") == [("Thursday", "DATE", "2025-12-18")]


def test_will_opening_a_question_is_a_future_cue() -> None:
    assert times("Will the talks resume on Thursday?") == [("Thursday", "DATE", "2025-12-18")]
    assert times("Will Britain leave on Thursday?") == [("Thursday", "DATE", "2025-12-18")]
    assert times('"Will Labour win on Thursday?" he asked.') == [("Thursday", "DATE", "2025-12-18")]


def test_will_in_a_title_case_headline_is_a_future_cue() -> None:
    assert times("Museum Will Open Thursday") == [("Thursday", "DATE", "2025-12-18")]
    assert times("The museum will open on Thursday.") == [("Thursday", "DATE", "2025-12-18")]


def test_daily_that_describes_a_paper_is_no_time() -> None:
    assert times("She reads a daily newspaper.") == []
    assert times("The daily paper printed it on Thursday.") == [("Thursday", "DATE", "2025-12-11")]
    assert times("He spoke to the weekly magazine Der Zeitgeist.") == []
    assert times("He told the French daily Le Quotidien.") == []
    assert times("The sports daily Estadio reported the transfer.") == []


def test_daily_that_says_how_often_is_a_set() -> None:
    for text in ("Ministers hold daily briefings.", "Flights leave daily.", "Take the pills twice daily."):
        assert times(text) == [("daily", "SET", "P1D")], text
    assert times("the daily Harbour/Ipsos tracking poll") == [("daily", "SET", "P1D")]
    assert times("He writes a weekly column.") == [("weekly", "SET", "P1W")]


def test_april_before_a_surname_is_a_name() -> None:
    assert times("April Hughes, 7, was last seen on Thursday.") == [("Thursday", "DATE", "2025-12-11")]
    assert times("Police said April Hughes had been found.") == []


def test_april_as_a_modifier_or_after_a_preposition_is_the_month() -> None:
    assert times("The April IMF meetings were delayed.") == [("April", "DATE", "2025-04")]
    assert times("Britain's April Budget raised taxes.") == [("April", "DATE", "2025-04")]
    assert times("In April Labour won the seat.") == [("April", "DATE", "2025-04")]
    assert times("April sales rose.") == [("April", "DATE", "2025-04")]
    assert times("April Budget Raises Taxes") == [("April", "DATE", "2026-04")]  # a title-case headline


def test_a_headline_schedule_before_a_weekday_points_forward() -> None:
    assert times("Trial begins Thursday") == [("Thursday", "DATE", "2025-12-18")]
    assert times("Talks resume on Thursday") == [("Thursday", "DATE", "2025-12-18")]


def test_a_headline_in_the_present_otherwise_tells_the_past() -> None:
    assert times("Storm hits coast on Thursday") == [("Thursday", "DATE", "2025-12-11")]
    assert times("Trial begins after Thursday vote") == [("Thursday", "DATE", "2025-12-11")]
