"""Time expressions: extents, TIMEX3 types and values resolved against the article date.

The sentences are written for these tests; none is copied from a corpus.
"""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import timex, timex_patterns
from newsparse.model import Span
from newsparse.timex import find_times

MONDAY = dt.date(2025, 12, 15)
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def times(text: str, anchor: dt.date | None = MONDAY) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression, the whole text taken as one sentence."""
    return [(t.text, t.type, t.value) for t in find_times(text, [Span(text, 0, len(text))], anchor)]


def one(text: str, anchor: dt.date | None = MONDAY) -> tuple[str, str, str]:
    found = times(text, anchor)
    assert len(found) == 1, found
    return found[0]


# --- the seed article --------------------------------------------------------------------------


def test_seed_article_weekdays_and_month_day_resolve_against_its_date() -> None:
    article = newsparse.parse((SAMPLES / "palmyra-2025-12-15.txt").read_text(encoding="utf-8"))
    values = {t.text: t.value for t in article.times}
    assert values["Sunday"] == "2025-12-14"
    assert values["Saturday"] == "2025-12-13"
    assert values["November 12"] == "2025-11-12"


def test_parse_uses_the_callers_date_as_anchor() -> None:
    article = newsparse.parse("Rain fell across the city on Friday, officials said.", date="2025-12-15")
    assert [(t.text, t.value) for t in article.times] == [("Friday", "2025-12-12")]


# --- weekdays ----------------------------------------------------------------------------------


def test_weekday_extent_leaves_out_the_preposition() -> None:
    assert one("The council met on Saturday.") == ("Saturday", "DATE", "2025-12-13")


def test_past_weekday_is_the_most_recent_one() -> None:
    assert one("Police said the fire started Thursday night.")[2] == "2025-12-11TNI"
    assert one("The minister resigned on Wednesday.")[2] == "2025-12-10"


def test_weekday_of_the_article_date_is_the_article_date() -> None:
    assert one("Markets fell sharply on Monday.")[2] == "2025-12-15"
    assert one("The board will meet on Monday.")[2] == "2025-12-15"


def test_future_weekday_is_the_next_one() -> None:
    assert one("The union will strike on Thursday.")[2] == "2025-12-18"
    assert one("The trial is to resume on Tuesday.")[2] == "2025-12-16"


def test_forecasts_are_future() -> None:
    assert one("The storm is forecast to make landfall late Thursday.")[2] == "2025-12-18"


def test_simple_present_of_a_scheduled_event_is_future() -> None:
    assert one("The trial begins Thursday.")[2] == "2025-12-18"
    assert one("The summit ends on Wednesday, officials said.")[2] == "2025-12-17"
    assert one("The new speed limit takes effect on Friday.")[2] == "2025-12-19"
    assert one("Voters go to the polls on Sunday in a tight race.")[2] == "2025-12-21"
    assert one("The ferry service, which resumes on 3 March, was suspended.")[2] == "2026-03-03"
    assert one("The exhibition runs until June and drew crowds.")[2] == "2026-06"


def test_simple_present_of_a_past_event_in_a_headline_or_past_clause_stays_past() -> None:
    assert one("Storm closes schools on Thursday")[2] == "2025-12-11"
    assert one("The council did not meet on Thursday.")[2] == "2025-12-11"
    assert one("Housing starts in March fell sharply.")[2] == "2025-03"
    assert one("He made 95 runs for Kent on Saturday.")[2] == "2025-12-13"
    assert one("On Thursday, the board agreed to sell the plant.")[2] == "2025-12-11"


def test_expecting_hoping_and_aiming_to_are_future() -> None:
    tuesday = dt.date(2026, 3, 3)
    assert one("Crews expect to clear the road by Thursday.", tuesday)[2] == "2026-03-05"
    assert one("The firm is hoping to finish the deal on Friday.", tuesday)[2] == "2026-03-06"
    assert one("Ministers are aiming to publish the plan in June.", tuesday)[2] == "2026-06"
    assert one("The company wants to open the mine in February.", tuesday)[2] == "2027-02"
    assert one("The company said on Monday it expects to hire more staff.", tuesday)[2] == "2026-03-02"


def test_last_and_next_weekday() -> None:
    assert one("She arrived last Friday.") == ("last Friday", "DATE", "2025-12-12")
    assert one("He leaves next Wednesday.") == ("next Wednesday", "DATE", "2025-12-17")


def test_named_days_and_newspapers_are_not_weekdays() -> None:
    assert times("Shares crashed on Black Monday.") == []
    assert times("The Sunday Times broke the story.") == []
    assert times("USA Today and NBC's Today show ran it.") == []


def test_early_or_late_belongs_to_the_weekday() -> None:
    assert one("Rescuers reached the village late Tuesday.") == ("late Tuesday", "DATE", "2025-12-09")


# --- calendar dates ----------------------------------------------------------------------------


def test_month_and_day_take_the_year_nearest_the_article_date() -> None:
    assert one("The deal was signed on November 12.")[2] == "2025-11-12"
    assert one("The talks will resume on January 8.")[2] == "2026-01-08"
    assert one("Results are due Jan. 8.", dt.date(2025, 12, 30))[2] == "2026-01-08"


def test_a_date_within_two_weeks_is_this_years_whatever_the_tense() -> None:
    assert one("Crowds were expected for the parade on December 20.")[2] == "2025-12-20"
    assert one("Crowds gathered for the parade on December 20.", dt.date(2026, 3, 2))[2] == "2025-12-20"


def test_full_dates_in_several_styles() -> None:
    assert one("It opened Nov. 12, 2024.") == ("Nov. 12, 2024", "DATE", "2024-11-12")
    assert one("It opened on 12 November 2019.")[2] == "2019-11-12"
    assert one("It opened on Sunday, March 3, 2024.")[1:] == ("DATE", "2024-03-03")
    assert one("Filed 2025-12-14 in Boston.")[2] == "2025-12-14"


def test_ambiguous_numeric_date_stays_unresolved() -> None:
    assert one("The form is dated 12/11/2025.") == ("12/11/2025", "DATE", "2025-XX-XX")


def test_numeric_date_follows_the_articles_own_style() -> None:
    american = "Voting ends 12/11/2025. Registration closed 11/28/2025."
    assert times(american)[0][2] == "2025-12-11"
    british = "Voting ends 12/11/2025. Registration closed 28/10/2025."
    assert times(british)[0][2] == "2025-11-12"
    assert one("It was signed on 25/12/2024.")[2] == "2024-12-25"


def test_written_dates_settle_the_numeric_order() -> None:
    assert times("Polls open on 3 March. The form is dated 12/11/2025.")[-1][2] == "2025-11-12"
    assert times("Polls open on March 3. The form is dated 12/11/2025.")[-1][2] == "2025-12-11"
    assert times("The Marathon 26 entry form is dated 12/11/2025.")[-1][2] == "2025-XX-XX"


def test_months_and_years() -> None:
    assert one("Sales rose in October.")[2] == "2025-10"
    assert one("The plant closed in May 2008.")[2] == "2008-05"
    assert one("The company was founded in 1998.") == ("1998", "DATE", "1998")
    assert one("Prices peaked in early 2009.") == ("early 2009", "DATE", "2009")
    assert one("It was a hit in the 1990s.") == ("the 1990s", "DATE", "199")
    assert one("He lost the 2016 election.") == ("2016", "DATE", "2016")
    assert one("Disco ruled the 70s.") == ("the 70s", "DATE", "197")
    assert times("Temperatures will drop into the 30s.") == []


def test_modal_may_and_numbers_are_not_dates() -> None:
    assert times("The rules may change. It may rain.") == []
    assert times("The index rose 2000 points and 1,995 people left.") == []


def test_a_month_name_followed_by_a_name_is_part_of_the_name() -> None:
    assert times("Shares of May Department Stores fell.") == []
    assert times("The plant was sold to August Industries for $2m.") == []
    assert one("Prices were lower in May, the agency said.")[2] == "2025-05"
    assert one("The law passed in May Mr Smith said.")[2] == "2025-05"
    assert one("Sales Rise In May For Retailers") == ("May", "DATE", "2026-05")
    assert one("Sales jump in June despite Rate Rise")[2] == "2026-06"
    assert one("In June Labour won the seat.")[2] == "2025-06"
    assert one("The shop opened in early May.")[0] == "early May"
    assert one("The shop opened on May 5.")[2] == "2025-05-05"
    assert one("The shop opened in May 2024.")[2] == "2024-05"


def test_quarters_seasons_and_fiscal_years() -> None:
    assert one("Profit fell in the third quarter of 2024.")[2] == "2024-Q3"
    assert one("Profit fell in the third quarter.")[2] == "2025-Q3"
    assert one("Profit fell in the last quarter.")[2] == "2025-Q3"
    assert one("Sales rose last spring.")[2] == "2024-SP"
    assert one("The plant opens next fall.") == ("next fall", "DATE", "2026-FA")
    assert one("The trial began in the autumn.") == ("the autumn", "DATE", "2025-FA")
    assert one("The trial will resume in the summer.")[2] == "2026-SU"
    assert times("The Arab Spring began before the Summer Olympics.") == []
    assert times("Prices rose after the fall in demand.") == []
    assert one("Revenue for fiscal 2024 grew.")[2] == "FY2024"


# --- relative dates ----------------------------------------------------------------------------


def test_deictic_days() -> None:
    assert one("The mayor spoke yesterday.") == ("yesterday", "DATE", "2025-12-14")
    assert one("Schools reopen tomorrow.")[2] == "2025-12-16"
    assert one("The station reopened earlier today.") == ("earlier today", "DATE", "2025-12-15")


def test_relative_weeks_months_and_years() -> None:
    assert one("The vote took place last week.") == ("last week", "DATE", "2025-W50")
    assert one("Exports grew this year.") == ("this year", "DATE", "2025")
    assert one("Prices rose earlier this month.") == ("earlier this month", "DATE", "2025-12")
    assert one("The law takes effect next year.")[2] == "2026"
    assert one("Rates rose last month.")[2] == "2025-11"
    assert one("The fair is held this weekend.")[2] == "2025-W51-WE"
    assert one("Rescuers searched this past weekend.") == ("this past weekend", "DATE", "2025-W50-WE")
    assert one("Work ends by the end of this year.") == ("the end of this year", "DATE", "2025")


def test_ago_counts_back_from_the_article_date() -> None:
    assert one("The dam burst two years ago.") == ("two years ago", "DATE", "2023")
    assert one("The quake struck a week ago.")[2] == "2025-12-08"
    assert one("Sales rose 5% from a year earlier.") == ("a year earlier", "DATE", "2024")
    assert one("Years ago, the site was a farm.") == ("Years ago", "DATE", "PAST_REF")


def test_day_of_the_month_alone() -> None:
    assert one("Payment is due on the 28th.") == ("the 28th", "DATE", "2025-12-28")
    assert times("She finished on the 4th hole.") == []
    assert one("The festival runs Dec. 3-5.")[:2] == ("Dec. 3", "DATE")


def test_the_day_refers_to_the_day_of_the_story() -> None:
    found = times("Stocks fell on Friday. The index closed the day 2% lower.")
    assert found[-1] == ("the day", "DATE", "2025-12-12")


def test_a_streak_is_the_day_of_the_story() -> None:
    found = times("Shares fell on Thursday for a third straight day.")
    assert found[-1] == ("a third straight day", "DATE", "2025-12-11")


def test_that_year_is_the_year_just_named() -> None:
    assert times("The mine opened in 1998. Output doubled that year.")[-1] == ("that year", "DATE", "1998")


def test_the_year_before_follows_the_year_just_named() -> None:
    found = times("Costs fell in 2019, less than the year before.")
    assert found[-1] == ("the year before", "DATE", "2018")


# --- times of day ------------------------------------------------------------------------------


def test_clock_time_with_local_time() -> None:
    assert one("The blast came at 10:30 a.m. local time.") == (
        "10:30 a.m. local time",
        "TIME",
        "2025-12-15T10:30",
    )


def test_clock_time_takes_the_day_named_in_the_sentence() -> None:
    found = times("The launch took place on Saturday at 18:00 UTC.")
    assert found == [("Saturday", "DATE", "2025-12-13"), ("18:00 UTC", "TIME", "2025-12-13T18:00Z")]
    found = times("A decision is due Thursday morning, before the 9 a.m. start.")
    assert found[-1] == ("9 a.m.", "TIME", "2025-12-18T09:00")
    assert one("Police were called at 11.30pm on Tuesday.")[1:] == ("TIME", "2025-12-09T23:30")
    assert one("The bill passed late Wednesday night.") == ("late Wednesday night", "TIME", "2025-12-10TNI")
    assert one("Trading halts at 4 p.m. tomorrow.") == ("4 p.m. tomorrow", "TIME", "2025-12-16T16:00")


def test_parts_of_the_day() -> None:
    assert one("The minister said this morning that talks had failed.")[1:] == ("TIME", "2025-12-15TMO")
    assert one("Shares slid in morning trading.")[1:] == ("TIME", "2025-12-15TMO")


# --- durations and sets ------------------------------------------------------------------------


def test_durations() -> None:
    assert one("Costs doubled over the past three years.") == ("the past three years", "DURATION", "P3Y")
    assert one("Crime fell over the last decade.") == ("the last decade", "DURATION", "P10Y")
    assert one("The flight lasted 12 hours.") == ("12 hours", "DURATION", "PT12H")
    assert one("The strike lasted nearly five months.") == ("nearly five months", "DURATION", "P5M")
    assert one("Stocks hit a five-year high.") == ("five-year", "DURATION", "P5Y")
    assert one("The project is two and a half years late.")[2] == "P2.5Y"
    assert one("The talks took several weeks.")[2] == "PXW"
    assert one("The feud has gone on for years.") == ("years", "DURATION", "PXY")
    assert one("The rally faded in just minutes.") == ("minutes", "DURATION", "PTXM")


def test_ages_and_ordinals_are_not_durations() -> None:
    assert times("The 56-year-old driver was unhurt.") == []
    assert times("She won a second term.") == []
    assert times("Profit beat year-earlier levels, which caused euphoria in some quarters.") == []
    assert times("The loan has a 12-1/2 year term.") == []


def test_sets() -> None:
    assert one("The market opens every Monday.") == ("every Monday", "SET", "XXXX-WXX-1")
    assert one("Claims are counted weekly.") == ("weekly", "SET", "P1W")
    assert one("The board meets twice a year.") == ("twice a year", "SET", "P1Y")
    assert one("Buses come every two weeks.") == ("every two weeks", "SET", "P2W")
    assert one("Interest is paid semiannually.") == ("semiannually", "SET", "P6M")
    assert times("The Daily Mail reported it.") == []
    assert one("Patients eat three meals a day.") == ("a day", "SET", "P1D")
    assert one("Wages rose 3% per year.") == ("per year", "SET", "P1Y")
    assert one("The vote comes a day after the debate.") == ("a day", "DURATION", "P1D")


# --- references to the present, past and future --------------------------------------------------


def test_present_past_and_future_references() -> None:
    assert one("The mine is currently closed.") == ("currently", "DATE", "PRESENT_REF")
    assert one("Prices are now falling.")[2] == "PRESENT_REF"
    assert one("The firm recently cut jobs.") == ("recently", "DATE", "PAST_REF")
    assert one("The firm more recently cut jobs.") == ("more recently", "DATE", "PAST_REF")
    assert one("Talks will resume in the near future.")[2] == "FUTURE_REF"
    assert times("The now-closed plant employed many.") == []


def test_holidays() -> None:
    assert one("Shops will close on Christmas Day.")[2] == "2025-12-25"
    assert one("Shops were shut on Christmas Day.", dt.date(2026, 1, 5))[2] == "2025-12-25"
    assert one("The parade was held on Thanksgiving.")[2] == "2025-11-27"


# --- without an anchor -------------------------------------------------------------------------


def test_without_anchor_relative_values_stay_underspecified() -> None:
    assert one("They met on Sunday.", None)[2] == "XXXX-WXX-7"
    assert one("They met on November 12.", None)[2] == "XXXX-11-12"
    assert one("They met last week.", None)[2] == "XXXX-WXX"
    assert one("They met yesterday.", None)[2] == "XXXX-XX-XX"
    assert one("They met in 2019.", None)[2] == "2019"


# --- robustness --------------------------------------------------------------------------------


def test_values_beyond_the_calendar_are_dropped() -> None:
    assert times("The law takes effect next year.", dt.date(9999, 6, 1)) == []
    assert one("The city was founded 3000 years ago.", dt.date(2025, 1, 1))[2] == "PAST_REF"


def test_results_are_sorted_and_restricted_to_the_given_sentences() -> None:
    text = "Title on Monday\n\nIgnored Tuesday. Body on Friday."
    title = Span(text[:15], 0, 15)
    body = Span(text[34:], 34, len(text))
    found = find_times(text, [title, body], MONDAY)
    assert [t.text for t in found] == ["Monday", "Friday"]


@pytest.mark.parametrize(
    "text",
    [
        '"' * 200_000,
        "." * 1_000_000,
        "a" * 5_000_000,
        "1 " * 20_000,
        "in May " * 10_000,
        "the past " * 10_000,
    ],
)
def test_pathological_inputs_finish(text: str) -> None:
    found = find_times(text, [Span(text, 0, len(text))], MONDAY)
    assert all(text[t.start : t.end] == t.text for t in found)


_PIECES = st.sampled_from(
    [*"0123456789 :/.,-'aAmMpyPTJ\n", "May ", "on ", "Monday ", "last ", "week ", "the past ", "three ",
     "years ", "ago ", "12 ", "a.m. ", "UTC ", "every ", "mid-", "2009 ", "November ", "the day ",
     "year before ", "Christmas ", "will ", "said "]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES, max_size=80).map("".join),
    st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)
def test_property_never_raises_and_offsets_slice_the_text(text: str, anchor: dt.date | None) -> None:
    middle = len(text) // 2
    spans = [Span(text[:middle], 0, middle), Span(text[middle:], middle, len(text))]
    found = find_times(text, spans, anchor)
    for expression in found:
        assert text[expression.start : expression.end] == expression.text
        assert expression.start < expression.end
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


_VARIED = [
    "Interest is paid semiannually, and the index fell for a third straight session.",
    "On the Fourth of July and at noon on New Year's Day, the 1990s felt like the past.",
    "The long term looks good; very soon, these days, nowadays, lately, right now, more recently.",
    "FY2024 and Q3 2025 and fiscal 2023, every two weeks, twice a month, on Mondays.",
    "The 56-year-old fell 2,000 points two-and-a-half years ago, in mid-2011, since '82.",
    "Talks will resume on the 28th, after 10:30 a.m. local time, 1500 GMT, or at midnight.",
    "Earlier this month, late Tuesday, the end of the year, this past weekend, Good Friday.",
    "Results for FY2009 came out in midJanuary, the mid1990s were better, and 4,500 jobs went in 2004.",
]


@pytest.mark.parametrize("text", _VARIED)
def test_scanning_near_trigger_words_finds_what_a_full_scan_finds(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    spans = [Span(text, 0, len(text))]
    windowed = timex.find_times(text, spans, MONDAY)
    monkeypatch.setattr(timex, "_windows", lambda _text, start, end, _triggers: [(start, end, end)])
    assert windowed == timex.find_times(text, spans, MONDAY)
    assert windowed


def _assert_guards_change_nothing(text: str) -> None:
    unguarded = re.compile(timex_patterns.UNGUARDED_SOURCE, re.IGNORECASE)
    expected = [(m.span(), m.lastgroup) for m in unguarded.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in timex_patterns.patterns().time.finditer(text)] == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES | st.sampled_from(_VARIED), max_size=40).map("".join))
def test_first_character_guards_change_no_match(text: str) -> None:
    _assert_guards_change_nothing(text)


@pytest.mark.parametrize("text", _VARIED)
def test_first_character_guards_change_no_match_on_varied_sentences(text: str) -> None:
    _assert_guards_change_nothing(text)


@pytest.mark.parametrize("alternative", timex_patterns._ALTERNATIVES)
def test_every_kind_has_a_first_character_guard_that_allows_every_way_it_can_start(alternative: str) -> None:
    guard = re.compile(f"[{timex_patterns._FIRST[timex_patterns._kind_name(alternative)]}]", re.IGNORECASE)
    firsts = _prefixes(_SRE_PARSER.parse(alternative, re.I), 1)
    assert sorted(first for first in firsts if not guard.fullmatch(first)) == []


def test_a_word_no_kind_can_start_with_is_skipped_and_one_that_can_is_tried() -> None:
    assert times("\u00c9t\u00e9 2009, \u0661\u0669\u0669\u0660s") == [("2009", "DATE", "2009")]
    assert [m.group() for m in timex._expressions("\u212aey \u017fix weeks ago", 0, 18)] == [
        "\u017fix weeks ago"
    ]


# --- trying only the kinds a word start allows ---------------------------------------------------

_SRE_PARSER: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
_SRE: Any = importlib.import_module("re._constants" if sys.version_info >= (3, 11) else "sre_constants")
_ASCII = [chr(code) for code in range(128)]


def _chars(op: Any, argument: Any) -> set[str]:
    """The ASCII characters, lowercased, that one pattern item may match in either case."""

    def folds_to(code: int) -> set[str]:
        return {c for c in _ASCII if code in (ord(c), ord(c.lower()), ord(c.upper()))}

    if op in (_SRE.ANY, _SRE.NOT_LITERAL):
        return set(_ASCII)
    if op is _SRE.LITERAL:
        return folds_to(argument)
    assert op is _SRE.IN, op
    inside: set[str] = set()
    for item, value in argument:
        if item is _SRE.NEGATE:
            return set(_ASCII)
        if item is _SRE.LITERAL:
            inside |= folds_to(value)
        elif item is _SRE.RANGE:
            inside |= {
                c for c in _ASCII if any(value[0] <= ord(v) <= value[1] for v in (c, c.lower(), c.upper()))
            }
        else:
            assert item is _SRE.CATEGORY, item
            category = str(value).lower().removeprefix("category_")
            source = {"digit": r"\d", "not_digit": r"\D", "space": r"\s", "not_space": r"\S", "word": r"\w"}
            inside |= {c for c in _ASCII if re.fullmatch(source.get(category, r"\W"), c)}
    return inside


def _then(first: set[str], second: set[str], length: int, wants: set[str]) -> set[str]:
    """Each of `first` followed by each of `second`, cut to `length`, that may begin as `wants`."""
    joined = {
        a if len(a) >= length else (a + b)[:length]
        for a in first
        for b in (second if len(a) < length else [""])
    }
    return {s for s in joined if any(s[: len(w)] == w[: len(s)] for w in wants)}


def _prefixes(items: Any, length: int, wants: set[str] | None = None) -> set[str]:
    """Every way a match can begin, folded and cut to `length`, over-approximated: lookarounds are
    ignored. Only beginnings that agree with one of `wants` as far as both go are kept, which
    keeps the sets small: the parts are told what their continuation has to agree with.
    """
    wants = wants or {""}
    result = {""}
    for op, argument in items:
        after = {w[len(a) :] for a in result for w in wants if a[: len(w)] == w[: len(a)]}
        if op in (_SRE.LITERAL, _SRE.NOT_LITERAL, _SRE.ANY, _SRE.IN):
            step = {c.translate(timex_patterns.HEAD_FOLD) for c in _chars(op, argument)}
        elif op in (_SRE.AT, _SRE.ASSERT, _SRE.ASSERT_NOT):
            step = {""}
        elif op is _SRE.BRANCH:
            step = set().union(*(_prefixes(branch, length, after) for branch in argument[1]))
        elif op is _SRE.SUBPATTERN:
            step = _prefixes(argument[-1], length, after)
        else:
            assert op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT), op
            anywhere = {w[i:] for w in after for i in range(len(w) + 1)}
            low, high, inner = argument[0], argument[1], _prefixes(argument[2], length, anywhere)
            step, repeated = set(), {""}
            for count in range(min(high, low + length + 1) + 1):
                step |= repeated if count >= low else set()
                repeated = _then(repeated, inner, length, after)
        result = _then(result, step, length, wants)
    return result


@pytest.mark.parametrize("alternative", timex_patterns._ALTERNATIVES)
def test_heads_cover_every_way_a_kind_can_start(alternative: str) -> None:
    name = timex_patterns._kind_name(alternative)
    heads = timex_patterns._HEADS[name].split("|")
    length = timex_patterns.HEAD_LENGTH
    possible = _prefixes(_SRE_PARSER.parse(alternative, re.I), length)
    assert "" not in possible  # every match takes at least one character
    assert all(p[0].isalnum() or p[0] in "_'" for p in possible)  # and starts at a word start or "'"
    assert sorted(p for p in possible if not any(p.startswith(h) for h in heads if len(h) <= len(p))) == []


@pytest.mark.parametrize("alternative", timex_patterns._ALTERNATIVES)
def test_long_heads_cover_every_way_a_kind_can_start_with_their_first_characters(alternative: str) -> None:
    heads = timex_patterns._LONG_HEADS.get(timex_patterns._kind_name(alternative), "").split("|")
    parsed = _SRE_PARSER.parse(alternative, re.I)
    for start in timex_patterns.patterns().long_head_starts:
        if start not in _prefixes(parsed, len(start), {start}):
            continue  # quicker than looking further
        possible = _prefixes(parsed, timex_patterns.LONG_HEAD_LENGTH, {start})
        uncovered = [
            p for p in possible if p.startswith(start) and not any(p.startswith(h) for h in heads if h)
        ]
        assert sorted(uncovered) == []


def test_prefixes_of_a_small_pattern() -> None:
    expected = {"abx", "ab ", "q0x", "q0 "}
    assert _prefixes(_SRE_PARSER.parse(r"(?:ab|Q\d)\s?x", re.I), 3) == expected
    assert _prefixes(_SRE_PARSER.parse(r"(?:ab|Q\d)\s?x", re.I), 3, {"q"}) == {"q0x", "q0 "}


def test_a_long_head_rules_out_kinds_a_short_one_allows() -> None:
    found = timex_patterns.patterns()
    assert len(found.kinds_by_head["the"]) > 10
    assert found.kinds_by_long_head.get("the go", ()) == ()
    assert [timex_patterns._kind_name(k.pattern) for k in found.kinds_by_long_head["the da"]] == [
        "the_day",
        "deictic",
    ]


def _groups(match: re.Match[str]) -> tuple[tuple[int, int], str | None, dict[str, tuple[int, int]]]:
    spans = {name: match.span(name) for name, value in match.groupdict().items() if value is not None}
    return match.span(), match.lastgroup, spans


def _assert_expressions_match_the_whole_pattern(text: str, start: int, end: int) -> None:
    expected = [_groups(m) for m in timex_patterns.patterns().time.finditer(text, start, end)]
    assert [_groups(m) for m in timex._expressions(text, start, end)] == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        _PIECES | st.sampled_from([*_VARIED, "\u201990s ", "Caf\u00e9 ", "\u212a", "\u017fix ", "Q3"]),
        max_size=40,
    ).map("".join),
    st.integers(0, 400),
    st.integers(0, 400),
)
def test_trying_kinds_by_head_finds_what_the_whole_pattern_finds(text: str, start: int, end: int) -> None:
    _assert_expressions_match_the_whole_pattern(text, min(start, end), max(start, end))
    _assert_expressions_match_the_whole_pattern(text, 0, len(text))


def test_trying_kinds_by_head_at_the_end_of_the_text() -> None:
    for text in ("Q3", "9 am", "'82", "Q3 2009"):
        for end in range(len(text) + 2):
            _assert_expressions_match_the_whole_pattern(text, 0, end)


@pytest.mark.parametrize("text", _VARIED)
def test_trying_kinds_by_head_on_varied_sentences(text: str) -> None:
    for start in range(0, len(text), 7):
        _assert_expressions_match_the_whole_pattern(text, start, len(text) - start // 3)


def _assert_grouped_triggers_change_nothing(text: str) -> None:
    plain = re.compile(timex_patterns.UNGROUPED_TRIGGER_SOURCE, re.IGNORECASE)
    bounds = {(0, len(text)), (len(text) // 3, len(text) - len(text) // 4)}
    bounds |= {(start, len(text) - start // 2) for start in range(0, len(text), 5)}
    for start, end in sorted(bounds):
        assert timex._triggers(text, start, end) == [m.span() for m in plain.finditer(text, start, end)]


_TRIGGER_PIECES = st.sampled_from(
    [*"0123456789 '\u2019-.", "Month", "Mon", "month", "nowadays", "now", "Q3", "q5", "fall", "falls",
     "centuries", "Sunday", "sun", "SEMI", "\u017fecond", "\u212aey", "recently", "recent", "dates", "date",
     "'90s", "\u201999", "x'9", "'", "\u2019", "_", "\u00e9", "\u0663"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_TRIGGER_PIECES | _PIECES | st.sampled_from(_VARIED), max_size=40).map("".join))
def test_grouping_trigger_words_by_first_letter_changes_no_match(text: str) -> None:
    _assert_grouped_triggers_change_nothing(text)


@pytest.mark.parametrize("text", _VARIED)
def test_grouping_trigger_words_changes_no_match_on_varied_sentences(text: str) -> None:
    _assert_grouped_triggers_change_nothing(text)


def test_case_partners_are_every_other_character_an_ascii_letter_matches_in_any_case() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    others = {chr(code) for code in range(128, sys.maxunicode + 1) if letter.match(chr(code))}
    assert others == set("".join(timex_patterns.CASE_PARTNERS.values()))
    for lower, partners in timex_patterns.CASE_PARTNERS.items():
        assert all(re.fullmatch(lower, partner, re.IGNORECASE) for partner in partners)


def test_trigger_words_at_the_start_of_the_text_searched() -> None:
    text = "years x'90s Monday"
    assert timex._triggers(text, 0, len(text)) == [(0, 4), (7, 9), (12, 15)]
    assert timex._triggers(text, 1, len(text)) == [(7, 9), (12, 15)]  # "ears" starts no word
    assert timex._triggers(text, 8, len(text)) == [(8, 9), (12, 15)]  # "9" after the apostrophe does
    assert timex._triggers(text, 12, 14) == []  # "Mo" is not "Mon"


def test_remembered_heads_stay_few_and_change_nothing() -> None:
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    heads = (letters[n % 52] + chr(33 + n // 52 % 94) + chr(33 + n // 52 // 94) for n in range(70_000))
    text = "On Monday the fiscal 2024 results came in. " + " ".join(heads)
    timex._HEAD_KINDS.clear()
    first = timex._expressions(text, 0, len(text))
    assert len(timex._HEAD_KINDS) <= 1 << 16
    assert [m.group() for m in first[:2]] == ["Monday", "fiscal 2024"]
    assert [m.span() for m in timex._expressions(text, 0, 43)] == [m.span() for m in first[:2]]
    timex._HEAD_KINDS.clear()
    assert [m.span() for m in timex._expressions(text, 0, len(text))] == [m.span() for m in first]


def test_an_expression_with_no_trigger_word_but_its_own_is_found_far_from_any_other() -> None:
    text = (
        "In 2004 the newspaper, which has a large readership across the northern counties of the"
        " region and beyond them, began to be printed daily."
    )
    found = {t.text: t.value for t in timex.find_times(text, [Span(text, 0, len(text))], MONDAY)}
    assert found["daily"] == "P1D"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Schools reopen Wednesday, the district said.", "2025-12-17"),
        ("The court hears arguments Thursday.", "2025-12-18"),
    ],
)
def test_reopens_and_hears_are_scheduled_events(sentence: str, value: str) -> None:
    assert one(sentence)[2] == value


# --- word lists as trees -------------------------------------------------------------------------

_TREE_LISTS = [
    " ".join(timex_patterns._UNITS),
    " ".join(timex_patterns._NUM_WORDS),
    r"an?(?:\s+and\s+a\s+half)? half\s+an? several a\s+few few many some numerous",
    r"this\s+past this\s+coming last next this coming past previous following current",
    r"early\s+ late\s+ earlier\s+ later\s+ mid-? mid\s+",
    r"in on since until till by from to through throughout during of between and or before after as\s+of",
    r"now\b nowadays\b no nowa noon (?:nine|ten)s? n?a \d+ s\w ski sex",  # ends, repeats, non-letters
    r"ab \w+ a next\b n\w nexus",  # a later word may not pass one that can take the same characters
]
_TREE_CONTINUATIONS = ["", r"\b", r"\s+x", r"s", r"[a-z]\d"]
_TREE_PIECES = st.sampled_from(
    [" ", "x", "s", "1", "-", "N", "Now", "nowadays", "\u017fix", "\u212a", "\u0130n", "A few", "a few",
     "ninet", "Sixty", "Twentys", "hal", "half an", "This past", "this  coming", "mid-", "mid ", "As of",
     "ski", "SEX", "abc", "nexus"]
)  # fmt: skip


def _assert_tree_matches_the_list(words: str, text: str) -> None:
    for continuation in _TREE_CONTINUATIONS:
        tree = re.compile(f"{timex_patterns._words(words)}{continuation}", re.IGNORECASE)
        plain = re.compile(f"(?:{'|'.join(words.split())}){continuation}", re.IGNORECASE)
        for start in range(len(text) + 1):
            tree_match, plain_match = tree.match(text, start), plain.match(text, start)
            assert (tree_match and tree_match.span()) == (plain_match and plain_match.span())


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_TREE_LISTS), st.lists(_TREE_PIECES, max_size=12).map("".join))
def test_a_word_tree_matches_exactly_what_its_plain_list_matches(words: str, text: str) -> None:
    _assert_tree_matches_the_list(words, text)


@pytest.mark.parametrize("words", _TREE_LISTS)
def test_a_word_tree_matches_every_word_of_its_list_in_any_case(words: str) -> None:
    for word in words.split():
        sample = re.sub(r"\\s\+|\\s", " ", re.sub(r"\(\?:.*?\)\??|[?+*]|\\b|\\d\+?|\\w", "", word))
        _assert_tree_matches_the_list(words, f"{sample} {sample.upper()} {sample.title()}x")


def test_a_word_tree_branches_on_a_class_of_the_first_letters_cases() -> None:
    tree = timex_patterns._words("second six\\b ski")
    assert tree.startswith("(?:(?-i:[sS\u017f])")
    assert re.fullmatch(tree, "\u017fIX", re.IGNORECASE)
    assert not re.fullmatch(tree, "sixth", re.IGNORECASE)


def test_optional_groups_are_written_as_alternatives_with_nothing() -> None:
    rewrite = timex_patterns._optional_groups_as_alternatives
    written = rewrite(r"(a)?(?:b[)?]c)?\)?(?=x)?(?P<n>y)??z(?i:q)?")
    assert written == r"(?:(a)|)(?:b[)?]c|)\)?(?=x)?(?P<n>y)??z(?i:q|)"
    assert rewrite(r"(?:(?P<m>u)?v)?w?") == r"(?:(?:(?P<m>u)|)v|)w?"
    pattern = re.compile(rewrite(r"(?P<lead>in\s+)?(?:the\s+)?(?P<month>May)"), re.IGNORECASE)
    assert pattern.match("in May").groupdict() == {"lead": "in ", "month": "May"}  # type: ignore[union-attr]
    assert pattern.match("the May").groupdict() == {"lead": None, "month": "May"}  # type: ignore[union-attr]


_PAST_PIECES = st.sampled_from(
    [" ", "-", "x", "WAS", "was", "wasn't", "\u017faid", "said", "Saidx", "ſold", "began", "Began", "landed",
     "freed", "Ended", "bed", "ed", "heard", "kept", "\u212aept", "wonder", "won", "leapt", "2ed"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PAST_PIECES | _PIECES, max_size=30).map("".join))
def test_past_cues_as_a_tree_match_the_plain_list(text: str) -> None:
    words = "|".join(timex_patterns.PAST_WORDS.split())
    plain = re.compile(rf"\b(?i:{words})\b|\b[a-z][a-z]+(?<!e)ed\b")
    found = timex_patterns.patterns().past_cue
    assert [m.span() for m in found.finditer(text)] == [m.span() for m in plain.finditer(text)]
