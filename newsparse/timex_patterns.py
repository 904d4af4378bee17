"""The surface patterns of English time expressions, as one alternation of named groups.

Each top-level group names a kind of expression (`clock`, `month_day`, `weekday`...); timex.py
turns a match into a TIMEX3 type and value. Extents follow the TimeML guidelines: determiners and
modifiers that belong to the expression ("the past three years", "early 2009", "last week") are
inside, the preposition that introduces it ("on Saturday", "in 2009") is not. Every quantifier is
bounded or applies to a single character class, so matching stays linear in the input.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
VAGUE_NUMBERS = frozenset("several few many some numerous".split())
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}

# The letters that Python's case-insensitive matching pairs with a character other than their own
# two cases: a long s, a capital and a dotless i, the Kelvin sign. The tests check the list.
CASE_PARTNERS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _any_case(letter: str) -> str:
    """The characters `letter` matches case-insensitively."""
    lower = letter.lower()
    return lower + lower.upper() + CASE_PARTNERS.get(lower, "")


# A word for `_word_tree`: its leading letters, whether they match in any case, and the rest of
# its pattern (white space, a lookahead, a group), matched in the same way.
_Word = tuple[str, bool, str]


def _split_word(word: str, fold: bool = True) -> _Word:
    letters = next((i for i, character in enumerate(word) if not character.isalpha()), len(word))
    if word[letters : letters + 1] in ("?", "*", "+", "{"):
        letters -= 1  # the last letter is repeated: it goes with the repetition
    return word[:letters], fold, word[letters:]


def _word_tree(words: list[_Word], ignorecase: bool = False, level: int = 0) -> str:
    """`words` as one alternation that the regex engine rules out quickly where none matches.

    The engine passes over an alternative without entering it only when the alternative starts
    with a literal or a class matched case-sensitively; entering one costs several times more.
    In a case-sensitive pattern (the trigger words, tried after every space) the tree branches on
    a word's first character written out as literals (a folded word under each of its cases), then
    on its second as a class of its cases, and matches the rest in the word's own way. Within a
    case-insensitive pattern (`ignorecase`), it branches only on the first character, as a class
    of its cases matched case-sensitively: each such class costs compile time at the first parse.
    Words that start alike share a branch; a word joins an earlier branch only when no branch in
    between could take the same character, and the words keep their order within a branch, so the
    tree matches exactly what the plain list of words matches.
    """
    if level == (1 if ignorecase else 2) or (level and len(words) == 1):
        return _alternation(
            [_in_case(letters + rest, fold, ignorecase) for letters, fold, rest in words], level
        )
    branches: list[tuple[str, list[_Word]]] = []  # a branch's characters ("" for a word's end)
    latest: dict[str, int] = {}  # the last branch that takes a character ("" for a word's end)
    for letters, fold, rest in words:
        if not letters:
            latest[""] = len(branches)
            branches.append(("", [("", fold, rest)]))
            continue
        cases = _any_case(letters[0]) if fold else letters[0]
        for characters in cases if level == 0 and not ignorecase else [cases]:
            last = max(latest.get(character, -1) for character in ("", *characters))
            if last < 0 or branches[last][0] != characters:
                last = len(branches)
                branches.append((characters, []))
                latest.update(dict.fromkeys(characters, last))
            branches[last][1].append((letters[1:], fold, rest))
    alternatives = [
        _in_case(characters if len(characters) == 1 else f"[{characters}]", False, ignorecase)
        + _word_tree(inside, ignorecase, level + 1)
        if characters
        else _in_case(inside[0][2], inside[0][1], ignorecase)
        for characters, inside in branches
    ]
    return _alternation(alternatives, level)


def _in_case(source: str, fold: bool, ignorecase: bool) -> str:
    """`source` matched case-insensitively when `fold`, within a pattern that does when `ignorecase`."""
    if not source or fold == ignorecase:
        return source
    return f"(?{'i' if fold else '-i'}:{source})"


def _alternation(alternatives: Iterable[str], level: int = 0) -> str:
    """The alternatives as a group; below the top of a tree, one alternative goes ungrouped."""
    listed = list(alternatives)
    return listed[0] if level and len(listed) == 1 else f"(?:{'|'.join(listed)})"


def _words(words: str) -> str:
    """`words` (patterns without spaces, separated by spaces) as a tree for a pattern that matches
    case-insensitively.

    A tree takes longer to compile than the plain list: it is worth it only where an expression
    may start, which is tried at every word start; the lists further in stay plain.
    """
    return _word_tree([_split_word(word) for word in words.split()], ignorecase=True)


_MONTH_ANY = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
MONTH_NAME = _MONTH_ANY
_WEEKDAY = (
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon\.|Tues?\.|Wed\.|Thu(?:rs?)?\.|Fri\.|Sat\.|Sun\.)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[7-9]\d\d|20\d\d)"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ONES = "one two three four five six seven eight nine".split()
_NUM_WORDS = [
    *_ONES,
    *"ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
    *(r"a\s+dozen", "dozen", r"a\s+hundred", "hundred", r"a\s+couple\s+of", r"couple\s+of", "single"),
]
_TENS_SUFFIX = f"(?:-{_alternation(_ONES)})?"
_NUM_WORD = _alternation([f"{_alternation(_TENS)}{_TENS_SUFFIX}", *_NUM_WORDS])
_NUMBER = rf"(?:\d{{1,4}}(?:\.\d{{1,2}})?|{_NUM_WORD})"
# The same as trees, where an expression may start: see `_words`.
_NUM_WORD_TREE = _words(f"{_words(' '.join(_TENS))}{_TENS_SUFFIX} {' '.join(_NUM_WORDS)}")
_AMOUNT = (
    rf"(?:(?:\d{{1,4}}(?:\.\d{{1,2}})?|{_NUM_WORD_TREE})(?:\s+and\s+a\s+half)?|"
    + _words(r"an?(?:\s+and\s+a\s+half)? half\s+an? several a\s+few few many some numerous")
    + ")"
)
_UNITS = "second minute hour day night week fortnight month quarter year decade century centurie".split()
_UNIT = f"{_alternation(_UNITS)}s?"
_UNIT_TREE = f"{_words(' '.join(_UNITS))}s?"
_UNIT_ADJ = r"(?:second|minute|hour|day|week|month|quarter|year|decade|century)"
_SEASON = r"(?-i:spring|summer|autumn|winter)"  # "Arab Spring", "Summer Olympics" are names
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_ZONE = (
    r"(?:\s*\(?(?-i:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d\d)?\)?|\s*\((?-i:UTC|GMT|[A-Z]{2,4})\)"
    r"|\s+(?-i:UTC|GMT|[ECMP][SD]?T|BST|CET|CEST|IST|JST|AEST|AEDT|HKT|SGT)\b|\s+local\s+time)?"
)
_AMPM = r"(?:\s?(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b))"
_CLOCK = (
    rf"(?:(?<![\d.,:$])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?{_AMPM}?|(?:1[0-2]|0?[1-9])\.[0-5]\d{_AMPM}"
    rf"|(?:1[0-2]|0?[1-9]){_AMPM}|(?:[01]\d|2[0-3])[0-5]\d(?=\s?(?-i:UTC|GMT|hours|hrs)\b))|noon|midnight)"
)
_DAY_WORD = rf"(?:today|tonight|yesterday|tomorrow|{_WEEKDAY})"
_REL = _words(r"this\s+past this\s+coming last next this coming past previous following current")
_EDGE = (
    rf"(?:(?:the\s+)?(?:very\s+)?{_words('start beginning end middle close rest remainder turn')}\s+of\s+"
    rf"|(?:the\s+)?{_words('first second')}\s+half\s+of\s+)"
)
_EARLY = _words(r"early\s+ late\s+ earlier\s+ later\s+ mid-? mid\s+")
_MONTH_LEAD = (
    _words(
        "in on since until till by from to through throughout during of between and or before after"
        r" around for last next this as\s+of"
    )
    + r"\s+"
)
_DURATION_MODIFIER = _words("almost nearly about around approximately roughly over under")
_DURATION_RELATION = _words("past last next coming previous following")
_COUNTED = (
    r"people|persons|jobs|workers|employees|units|shares|troops|points|miles|kilometres|kilometers"
    r"|meters|metres|feet|tons|tonnes|dollars|euros|pounds|cars|vehicles|homes|votes|students|residents"
    r"|soldiers|members|deaths|cases|copies|barrels|acres|pages|percent|per\s+cent|km|kg|mph|MW|hp|cc"
)

_ALTERNATIVES = [
    # 10:30 a.m. local time; 12:00 UTC Monday; 16:00 UTC today
    rf"(?P<clock>{_CLOCK}{_ZONE}(?:,?\s+(?:on\s+)?(?P<clock_day>{_DAY_WORD}))?(?![\w-]))",
    # Friday morning, yesterday afternoon, this morning, tonight, last night
    rf"(?P<day_part>(?:(?:early|late)\s+)?(?P<dp_day>{_WEEKDAY}|yesterday|tomorrow|today|this|last|early\s+this|late\s+this)"
    rf"\s+(?P<dp_part>{_PART_OF_DAY})(?![\w-])|(?P<dp_tonight>tonight)(?![\w-]))",
    # Sunday, November 12, 2023; Nov. 12, 2024; November 12; 12 November 2025; the 12th of November
    rf"(?P<month_day>(?:{_WEEKDAY},?\s+)?(?:(?P<md_month>{_MONTH_ANY})\s*(?P<md_day>{_DAY})(?![\d:,.]\d)"
    rf"|(?<![\d.,])(?P<dm_day>{_DAY})\s+(?:of\s+)?(?P<dm_month>{_MONTH_ANY})"
    rf"|the\s+(?P<th_day>{_DAY})\s+of\s+(?P<th_month>{_MONTH_ANY}))"
    rf"(?:,?\s+(?P<md_year>{_YEAR})(?!\d))?(?!\w|-[^\W\d]))",
    # 12/11/2025, 7/8/07, 2025-12-14
    r"(?P<numeric>(?<![\d/.,-])(?:(?P<num_a>[0-3]?\d)/(?P<num_b>[0-3]?\d)/(?P<num_y>\d{4}|\d\d)"
    r"|(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d))(?![\d/-]))",
    # the fourth quarter of 2005, the third quarter of this year, Q3 2009, third-quarter
    rf"(?P<quarter>(?:(?:the\s+)?(?P<q_ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]quarter"
    rf"(?:\s+of\s+(?P<q_year>{_YEAR}|this\s+year|last\s+year|next\s+year)|\s+(?P<q_year2>{_YEAR}))?"
    rf"|(?-i:(?P<q_short>Q[1-4]))(?:\s+(?P<q_year3>{_YEAR}))?"
    rf"|(?:the\s+)?(?P<q_rel>last|previous|this|next|current|past)\s+quarter)(?![\w-]))",
    # fiscal 2009, FY2009, fiscal year 2009
    rf"(?P<fiscal>(?:fiscal(?:\s+year)?\s+|(?-i:FY)\s?)(?P<fy>{_YEAR})(?![\w-]))",
    # spring, this autumn, the fall of 2008, summer 2009
    rf"(?P<season>(?:(?P<s_rel>this|last|next|early|late|mid|the)[\s-]+)?"
    rf"(?:(?P<s_name>{_SEASON})|(?P<s_fall>fall)(?=\s+of\s+\d))(?:\s+(?:of\s+)?(?P<s_year>{_YEAR}))?(?![\w-])"
    rf"|(?P<s_rel2>this|last|next|early|late)\s+(?P<s_fall2>(?-i:fall))(?![\w-]))",
    # earlier this month, the end of this year, later this week, next month, last September
    rf"(?P<rel_period>(?P<rp_edge>{_EDGE}|{_EARLY})?(?:(?P<rp_rel>{_REL}|the\s+(?:previous|past|last|following|next|current))"
    rf"\s+(?P<rp_unit>(?:week|weekend|month|year|decade|century)(?![\w-])(?!\s+old\b)|{_MONTH_ANY}(?!\w)|{_WEEKDAY}(?!\w))"
    r"|the\s+(?P<rp_the>week|weekend|month|year)(?![\w-])"
    r"(?:\s+(?P<rp_prev>previous|before|prior|earlier)(?![\w-])(?!\s+(?:the|a|an|his|her|its|their|this)\b))?))",
    # in the morning, in morning trading
    r"(?P<part_ref>(?:in|during|by|until)\s+(?P<pr_core>the\s+(?:early\s+|late\s+)?(?P<pr_part>morning|afternoon|evening)"
    r"|(?:early\s+|late\s+)?(?P<pr_part2>morning|afternoon|evening)(?=\s+(?:trading|session|deals|hours)\b))(?![\w-]))",
    # the same day, that week
    r"(?P<that_period>(?:that|the\s+same)\s+(?P<tp_unit>day|week|month|year|time|date)(?![\w-]))",
    # the day, for the day, end the day (the trading day of the story)
    r"(?P<the_day>(?P<td_lead>(?:for|ended|ending|end|ends|finish|finished|close|closed|closing|during)\s+)?"
    r"(?P<td_core>(?P<td_edge>(?:later|earlier|late|early)\s+in\s+|(?:the\s+)?(?:start|beginning|end|close|rest)\s+of\s+)?"
    r"the\s+day)(?![\w-])"
    r"(?!\s+(?:when|that|of|he|she|they|we|it|I|before\s+yesterday|after\s+tomorrow)\b))",
    # a third straight day, the second consecutive week
    r"(?P<streak>(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:consecutive|straight|successive)\s+(?P<sk_unit>day|session|week|month|year)(?![\w-]))",
    # every Monday, each year, twice a week, weekly
    rf"(?P<set>every\s+(?P<set_amount>{_NUMBER})\s+(?P<set_units>{_UNIT})(?![\w-])"
    rf"|(?:every|each)\s+(?:other\s+)?(?P<set_what>{_WEEKDAY}|week|weekend|month|year|decade|day|night"
    rf"|morning|evening|afternoon|hour|minute|{_MONTH_ANY})(?![\w-])"
    rf"|(?P<set_times>once|twice|three\s+times|four\s+times)\s+(?:a|an|per|each|every)\s+(?P<set_unit>{_UNIT_ADJ})"
    r"(?![\w-])|(?:per|(?:(?<=[\d%]\s)|(?<=illion\s)|(?<=\dbn\s)|(?<=\dm\s)|(?<=s\s))(?<!\bis\s)(?<!\bwas\s)"
    r"(?<!\bhas\s)(?<!\bas\s)(?<!\bhis\s)(?<!\bits\s)(?<!\bthis\s)(?<!\bthus\s)a)\s+"
    r"(?P<set_per>year|month|week|day|hour)(?![\w-])(?!\s+(?:ago|earlier|later|before|after|since)\b)"
    r"|(?-i:(?P<set_adv>weekly|daily|monthly|yearly|annually|quarterly|hourly|nightly|annual|biannual"
    r"|semiannual|semiannually|biweekly|fortnightly))(?![\w-])"
    r"|(?-i:(?P<set_plural>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))(?![\w-]))",
    # two weeks ago
    rf"(?P<ago>(?<![\d,.])(?:(?P<ago_amount>{_AMOUNT})\s+)?(?P<ago_unit>{_UNIT_TREE})\s+(?:ago|earlier(?!\s+than\b))(?![\w-]))",
    # the past three years, the next six months, over the years, nearly five months, two days later
    rf"(?P<duration>(?P<du_core>(?:(?P<du_mod>{_DURATION_MODIFIER})\s+(?!the\s))?"
    rf"(?:the\s+(?P<du_rel>{_words('past last next previous coming following first final')})\s+)?"
    rf"(?<![\d,./])(?P<du_amount>{_AMOUNT})\s+"
    r"(?:(?:more|straight|consecutive|full|long|trading|business|working|successive|calendar|short|"
    rf"whole|entire)\s+)?(?P<du_unit>{_UNIT})(?![\w-])(?!\s+old\b)"
    rf"|the\s+(?P<du_rel2>{_DURATION_RELATION})\s+(?P<du_unit2>{_UNIT_ADJ}s)(?![\w-])"
    r"|over\s+the\s+(?P<du_unit3>years|decades|months|weeks)(?![\w-]))"
    r"(?:\s+(?:later|earlier|after|before|on)(?![\w-]))?)",
    # five-year high, 12-hour flight, decades-long dispute, 41-year history
    rf"(?P<adj_duration>(?<![\w-])(?:(?P<ad_amount>\d{{1,4}}|{_NUM_WORD_TREE}|half)-(?P<ad_unit>{_UNIT_ADJ})"
    r"(?:-long)?|(?P<ad_vague>years|decades|months|weeks|days|hours)-long)(?![\w-]))",
    # for years, in decades, after months of talks
    r"(?P<vague_duration>(?:for|in|over|within|after|took|take|takes|lasted)\s+"
    r"(?:(?:just|only|mere)\s+)?(?P<vd_core>(?:recent\s+)?(?P<vd_unit>years|decades|months|weeks|days|hours|minutes))(?![\w-])"
    r"(?!\s+(?:old|ago|of\s+age)\b))",
    # recent years
    r"(?P<recent_years>recent\s+(?P<ry_unit>years|decades|months|weeks|days)(?![\w-]))",
    # Christmas, New Year's Day, Good Friday
    r"(?-i:(?P<holiday>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Easter(?:\s+(?:Sunday|Monday))?"
    r"|Good\s+Friday|Thanksgiving(?:\s+Day)?|Halloween|Valentine's\s+Day|Independence\s+Day"
    r"|(?:the\s+)?Fourth\s+of\s+July|Labou?r\s+Day|Memorial\s+Day|Boxing\s+Day|Veterans\s+Day)(?![\w-]))",
    # today, yesterday, earlier today, the day before yesterday
    r"(?P<deictic>(?:(?P<dx_edge>earlier|later|early|late)\s+)?(?<!USA\s)(?P<dx_word>today|yesterday|tomorrow)(?![\w-])"
    r"(?!\s+(?:show|programme|program|newspaper)\b)"
    r"|the\s+day\s+(?P<dx_two>before\s+yesterday|after\s+tomorrow))",
    # Monday, Tuesday's, last Friday, next Wednesday
    rf"(?P<weekday>(?:(?:early|late)\s+)?(?-i:(?<!Mail on )(?<!Black )(?<!Cyber )(?<!Super )(?<!Good )"
    rf"(?<!Ash )(?<!Holy )(?<!Easter )(?<!Bloody ))(?P<wd_name>{_WEEKDAY})(?!\w)"
    r"(?!\s+(?-i:Times|Telegraph|Express|Mirror|Post|Herald|Star|Mail|Tribune|Independent|Observer|Sport|People"
    r"|Night\s+Football|Service|School)\b))",
    # on the 15th
    r"(?P<ordinal_day>(?:on|by|until|since|from|before|after)\s+(?P<od_core>the\s+(?P<od_day>[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th))(?![\w-])(?![.,]?\s*(?:of|century|anniversary|time|place|floor|round|minute|hole|day|week|month"
    r"|year|birthday|amendment|straight|consecutive|largest|biggest|\w+est)\b))",
    # November 2006, early June, January, in March
    rf"(?P<month>(?P<mo_lead>{_MONTH_LEAD})?(?P<mo_core>(?P<mo_edge>{_EARLY}|{_EDGE})?(?P<mo_name>{_MONTH_ANY})"
    rf"(?:,?\s+(?:of\s+)?(?P<mo_year>{_YEAR})|(?=\s+of\s+(?P<mo_rel>this|last|next)\s+year)|(?![.,]?\s*\d)))(?![\w-]))",
    # mid-2011, the 1990s, '82, 2009
    rf"(?P<year>(?P<yr_edge>{_EARLY}|{_EDGE})?(?:(?:the\s+)?(?:(?P<yr_decade>(?:1[5-9]|20)\d0)s"
    r"|['\u2019](?P<yr_short_decade>\d0)s|(?<!into\sthe\s)(?:(?<=the\s)|(?<=and\s)|(?<=early\s)|(?<=late\s)|(?<=mid-))(?P<yr_decade2>[2-9]0)s)"
    rf"|(?:(?<=since\s)|(?<=in\s)|(?<=of\s)|(?<=from\s)|(?<=to\s)|(?<=until\s)|(?<=the\s)|(?<=and\s))['\u2019](?P<yr_short>\d\d)|(?:(?<=mid-)|(?<![$£€#\w.,/-]))(?P<yr_full>{_YEAR}))(?![\w%/-]|[.,]\d)"
    rf"(?!\s+(?:{_COUNTED})\b))",
    # the 19th century
    r"(?P<century>(?:the\s+)?(?P<ce_num>1\dth|2[01](?:st|th))[\s-]century(?![\w-]))",
    # now, currently, recently, the past, the future, later, earlier
    r"(?P<ref>(?P<ref_present>now(?![\w-])|currently|presently|nowadays|at\s+present|these\s+days"
    r"|the\s+time\s+being|right\s+now)"
    r"|(?P<ref_past>(?:more\s+|most\s+)?recently|lately|recent(?=\s+[a-z])|the\s+past(?![\w-])"
    r"|(?:(?<=^)|(?<=[,;:]\s))earlier(?=,)|(?<!-)earlier(?=[.;,]))"
    r"|(?P<ref_future>(?<!as\s)(?:very\s+)?soon(?![\w-])(?!\s+as\b)|the\s+future|the\s+(?:near|long|short|medium)\s+term"
    r"|the\s+coming\s+(?:days|weeks|months|years)|the\s+near\s+future"
    r"|(?<!-)later(?!\s+(?:than|this|today|that|on|in\s+the|date)\b)(?![\w-])))(?![\w-])",
]

# Every expression starts at a word start or an apostrophe: the leading test skips the other
# positions at once, which keeps long runs without spaces cheap.
# The letters (case-insensitive) or digits each kind of expression can start with: a quick look
# at one character spares trying the alternatives that cannot match there. Every kind has its
# guard, so that a character none of them allows starts no expression.
_FIRST = {
    "clock": r"\dnm",
    "day_part": "mtwfsyle",
    "month_day": r"\dtmwfsjaond",
    "numeric": r"\d",
    "quarter": r"tfs\dqlpnc",
    "fiscal": "f",
    "season": "tlnemsawf",
    "rel_period": "tvsbemcrflnp",
    "part_ref": "idbu",
    "that_period": "t",
    "the_day": "fecdltsbr",
    "streak": "at",
    "vague_duration": "fiowatl",
    "recent_years": "r",
    "set": "eotfapwdmyqhnbs",  # "per" and "a" included
    "holiday": "cnegthvilmbf",
    "deictic": "elty",
    "weekday": "elmtwfs",
    "ordinal_day": "obusfa",
    "year": r"\d'\u2019elmtvsbcrf",
    "century": r"t\d",
    "ref": "ncpatrletsmv",
    "ago": r"\dacdefhmnoqstwy",
    "duration": r"\dacdefhmnorstu",
    "adj_duration": r"\dacdefhmnostwy",
    "month": "abcdefijlmnorstuv",
}


def _kind_name(alternative: str) -> str:
    name = re.search(r"\(\?P<(\w+)>", alternative)
    return name.group(1) if name else ""


def _guarded(alternative: str) -> str:
    first = _FIRST.get(_kind_name(alternative))
    return f"(?=[{first}]){alternative}" if first else alternative


_START = r"(?:\b|(?=['\u2019]))"
_TIME_SOURCE = _START + "(?:" + "|".join(_guarded(a) for a in _ALTERNATIVES) + ")"
# Without the guards: the tests check that the guards change no match.
UNGUARDED_SOURCE = r"(?:\b|(?=['\u2019]))(?:" + "|".join(_ALTERNATIVES) + ")"

# The first three characters each kind of expression can start with, folded by `HEAD_FOLD`
# (lower case, every digit 0, all white space one space); a head shorter than three characters is
# a whole expression ("Q3"). Trying at each word start only the kinds its first three characters
# allow finds what the whole pattern finds at a fraction of the cost. The tests derive these heads
# from the patterns themselves and fail when a pattern can start with a head missing here.
_HEADS = {
    "clock": "0 a|0 p|0.0|00 |00.|000|00:|00a|00p|0:0|0a.|0am|0p.|0pm|mid|noo",
    "day_part": "ear|fri|las|lat|mon|sat|sun|thi|thu|tod|tom|ton|tue|wed|yes",
    "month_day": (
        "0  |0 a|0 d|0 f|0 j|0 m|0 n|0 o|0 s|00 |00n|00r|00s|00t|0nd|0rd|0st|0th|apr|aug|dec|"
        "feb|fri|jan|jul|jun|mar|may|mon|nov|oct|sat|sep|sun|the|thu|tue|wed"
    ),
    "numeric": "0/0|00/|000",
    "quarter": "0nd|0rd|0st|0th|cur|fin|fir|fou|las|nex|pas|pre|q0|q0 |sec|the|thi",
    "fiscal": "fis|fy |fy0",
    "season": "aut|ear|fal|las|lat|mid|nex|spr|sum|the|thi|win",
    "rel_period": ("beg|clo|com|cur|ear|end|fir|fol|las|lat|mid|nex|pas|pre|rem|res|sec|sta|the|thi|tur|ver"),
    "part_ref": "by |dur|in |unt",
    "that_period": "tha|the",
    "the_day": "beg|clo|dur|ear|end|fin|for|lat|res|sta|the",
    "streak": "a  |a 0|a e|a f|a n|a s|a t|the",
    "set": (
        "a  |a d|a h|a m|a w|a y|ann|bia|biw|dai|eac|eve|for|fou|fri|hou|mon|nig|onc|per|qua|"
        "sat|sem|sun|thr|thu|tue|twi|wed|wee|yea"
    ),
    "ago": (
        "0  |0 a|0 c|0 d|0 f|0 h|0 m|0 n|0 q|0 s|0 w|0 y|0.0|00 |00.|000|a  |a a|a c|a d|a f|"
        "a h|a m|a n|a q|a s|a w|a y|an |cen|cou|day|dec|doz|eig|ele|few|fif|fiv|for|fou|hal|"
        "hou|hun|man|min|mon|nig|nin|num|one|qua|sec|sev|sin|six|som|ten|thi|thr|twe|two|wee|"
        "yea"
    ),
    "duration": (
        "0  |0 a|0 b|0 c|0 d|0 e|0 f|0 h|0 l|0 m|0 n|0 q|0 s|0 t|0 w|0 y|0.0|00 |00.|000|a  |"
        "a a|a b|a c|a d|a e|a f|a h|a l|a m|a n|a q|a s|a t|a w|a y|abo|alm|an |app|aro|cou|"
        "doz|eig|ele|few|fif|fiv|for|fou|hal|hun|man|nea|nin|num|one|ove|rou|sev|sin|six|som|"
        "ten|the|thi|thr|twe|two|und"
    ),
    "adj_duration": (
        "0-c|0-d|0-h|0-m|0-q|0-s|0-w|0-y|00-|000|a  |a c|a d|a h|cou|day|dec|doz|eig|ele|fif|"
        "fiv|for|fou|hal|hou|hun|mon|nin|one|sev|sin|six|ten|thi|thr|twe|two|wee|yea"
    ),
    "vague_duration": "aft|for|in |las|ove|tak|too|wit",
    "recent_years": "rec",
    "holiday": "box|chr|eas|fou|goo|hal|ind|lab|mem|new|tha|the|val|vet",
    "deictic": "ear|lat|the|tod|tom|yes",
    "weekday": "ear|fri|lat|mon|sat|sun|thu|tue|wed",
    "ordinal_day": "aft|bef|by |fro|on |sin|unt",
    "month": (
        "aft|and|apr|aro|as |aug|bef|beg|bet|by |clo|dec|dur|ear|end|feb|fir|for|fro|in |jan|"
        "jul|jun|las|lat|mar|may|mid|nex|nov|oct|of |on |or |rem|res|sec|sep|sin|sta|the|thi|"
        "thr|til|to |tur|unt|ver"
    ),
    "year": "'00|000|00s|beg|clo|ear|end|fir|lat|mid|rem|res|sec|sta|the|tur|ver",
    "century": "00s|00t|the",
    "ref": "at |cur|ear|lat|mor|mos|now|pre|rec|rig|soo|the|ver",
}
# "the" starts a dozen kinds of expression, and most often none: the two characters after it
# ("the fi", "the co", "the  " before more white space) rule out most of those kinds; so do the
# three after the commonest prepositions ("in Mar", "for th", "on Mon"). Trying at a
# word start with one of these heads only the kinds its first `LONG_HEAD_LENGTH` characters allow
# finds what trying those `_HEADS` allow finds; the tests derive these heads from the patterns too.
LONG_HEAD_LENGTH = 6
_LONG_HEADS = {
    "month_day": "the   |the  0|the 0 |the 00|the 0n|the 0r|the 0s|the 0t",
    "quarter": (
        "the   |the  0|the  c|the  f|the  l|the  n|the  p|the  s|the  t|the 0n|the 0r|the 0s|the 0t|"
        "the cu|the fi|the fo|the la|the ne|the pa|the pr|the se|the th"
    ),
    "season": (
        "the   |the  -|the  a|the  f|the  s|the  w|the - |the --|the -a|the -f|the -s|the -w|the au|"
        "the fa|the sp|the su|the wi|the-  |the- -|the- a|the- f|the- s|the- w|the-- |the---|the--a|"
        "the--f|the--s|the--w|the-au|the-fa|the-sp|the-su|the-wi"
    ),
    "rel_period": (
        "the   |the  b|the  c|the  e|the  f|the  l|the  m|the  n|the  p|the  r|the  s|the  t|the  v|"
        "the  w|the  y|the be|the cl|the cu|the en|the fi|the fo|the la|the mi|the mo|the ne|the pa|"
        "the pr|the re|the se|the st|the tu|the ve|the we|the ye"
    ),
    "that_period": "the   |the  s|the sa",
    "the_day": (
        "for   |for  b|for  c|for  e|for  l|for  r|for  s|for  t|for be|for cl|for ea|for en|for la|"
        "for re|for st|for th|the   |the  b|the  c|the  d|the  e|the  r|the  s|the be|the cl|the da|"
        "the en|the re|the st"
    ),
    "streak": (
        "the   |the  0|the  e|the  f|the  n|the  s|the  t|the 00|the 0n|the 0r|the 0s|the 0t|the ei|"
        "the fi|the fo|the ni|the se|the si|the te|the th"
    ),
    "duration": (
        "forty |forty-|the   |the  c|the  f|the  l|the  n|the  p|the co|the fi|the fo|the la|the ne|"
        "the pa|the pr"
    ),
    "holiday": "the   |the  f|the fo",
    "deictic": "the   |the  d|the da",
    # After a preposition, a month or an edge word ("in May", "by the end of", "to mid-"):
    # each preposition, up to three more spaces, and the first letters of what may follow.
    "month": "the   |the  b|the  c|the  e|the  f|the  m|the  r|the  s|the  t|the  v|the be|the cl|"
    "the en|the fi|the mi|the re|the se|the st|the tu|the ve|"
    + "|".join(
        sorted(
            {
                f"{lead} {' ' * spaces}{after}"[:LONG_HEAD_LENGTH]
                for lead in "by for in of on to".split()
                for after in (
                    "apr aug beg clo dec ear end feb fir jan jul jun lat mar may mid nov oct rem res sec"
                    " sep sta the tur ver"
                ).split()
                for spaces in range(4)
            }
        )
    ),
    "year": (
        "the   |the  '|the  0|the  b|the  c|the  e|the  f|the  m|the  r|the  s|the  t|the  v|the '0|"
        "the 00|the be|the cl|the en|the fi|the mi|the re|the se|the st|the tu|the ve"
    ),
    "century": "the   |the  0|the 00",
    "ref": (
        "the   |the  c|the  f|the  l|the  m|the  n|the  p|the  s|the  t|the co|the fu|the lo|the me|"
        "the ne|the pa|the sh|the ti|these "
    ),
    "part_ref": (
        "by    |by   a|by   e|by   l|by   m|by   t|by  af|by  ea|by  ev|by  la|by  mo|by  th|by aft|"
        "by ear|by eve|by lat|by mor|by the|in    |in   a|in   e|in   l|in   m|in   t|in  af|in  ea|"
        "in  ev|in  la|in  mo|in  th|in aft|in ear|in eve|in lat|in mor|in the"
    ),
    "set": "fortni",
    "ago": "fortni|forty |forty-",
    "adj_duration": "forty-",
    "vague_duration": (
        "for   |for  d|for  h|for  j|for  m|for  o|for  r|for  w|for  y|for da|for de|for ho|for ju|"
        "for me|for mi|for mo|for on|for re|for we|for ye|in    |in   d|in   h|in   j|in   m|in   o|"
        "in   r|in   w|in   y|in  da|in  de|in  ho|in  ju|in  me|in  mi|in  mo|in  on|in  re|in  we|"
        "in  ye|in day|in dec|in hou|in jus|in mer|in min|in mon|in onl|in rec|in wee|in yea"
    ),
    "ordinal_day": "by    |by   t|by  th|by the|on    |on   t|on  th|on the",
}
HEAD_FOLD = {
    code: "0" if char.isdigit() else " " if char.isspace() else char.lower()
    for code, char in ((code, chr(code)) for code in range(128))
}
HEAD_LENGTH = 3
# Where an expression can start: a word start or an apostrophe ("'82").
_EXPRESSION_START_SOURCE = r"\b(?=\w)|['\u2019]"

# Every expression contains one of these word starts ("daily", "mid1990s" and "FY2009" have no
# other); the full pattern runs only near them.
_TRIGGER_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun".split()
_TRIGGER_WORDS = [
    *"second minute hour day night week fortnight month quarter year decade centur session morning"
    " afternoon evening noon midnight today tonight yesterday tomorrow annual biannual semi biweekly"
    " spring summer autumn fall\\b winter christmas easter thanksgiving halloween q[1-4]\\b daily"
    " mid(?=\\d|(?-i:[A-Z])) fy(?=\\d)".split(),
    *(
        word + r"\b"
        for word in "now nowadays currently presently present recent recently lately past earlier later soon"
        " future term ago time date".split()
    ),
]
# A number is a trigger unless it follows a currency sign or is the rest of a decimal or of a
# thousands group ("$4.5", "1,000"): no time expression is made of those.
_TRIGGER_NUMBER = r"(?<![$\u00a3\u20ac.,])\d"


_TRIGGER_TREE = _word_tree(
    [_split_word(name, fold=False) for name in _TRIGGER_NAMES]
    + [_split_word(word) for word in _TRIGGER_WORDS]
)
# The trigger at the start of the text searched, with no character before it there, case-insensitive:
# looked up once a text, it is written plainly, which compiles faster than the tree.
_TRIGGER_WORD_SOURCE = (
    rf"(?:{_TRIGGER_NUMBER}|['\u2019]\d|(?-i:{'|'.join(_TRIGGER_NAMES)})|{'|'.join(_TRIGGER_WORDS)})"
)
# A trigger found with the character before it, which is no word character: the engine skips at
# once to the next such character, since the pattern is case-sensitive and starts with a class; a
# pattern that tries each position is several times slower on prose. The match holds that
# character; `timex._triggers` drops it, and drops a number after a currency sign or a decimal
# point or comma, unless the character is an apostrophe ("'82"), which is part of the trigger.
_TRIGGER_SOURCE = rf"\W(?:\d|['\u2019]\d|{_TRIGGER_TREE})"
# The same as one plain list of words: the tests check that both find the same.
UNGROUPED_TRIGGER_SOURCE = r"(?:\b|(?=['\u2019]\d))" + _TRIGGER_WORD_SOURCE

# Cues for the tense of the clause around an expression.
_FUTURE_SOURCE = (
    r"\b(?:(?:will|shall|may|might|could|should|would|must|wo(?=n't))(?:n't)?\s+(?:not\s+)?(?:be\s+)?"
    r"(?!have\b|been\b)[a-z]+|to\s+be\s+[a-z]+|going\s+to|(?:is|are|am)\s+(?:(?:set|scheduled|slated|due|expected|planned|poised"
    r"|likely|unlikely|about|forecast|projected|predicted|ready|supposed)\s+)?to|(?:s(?:et|cheduled|lated|eeking)|due"
    r"|p(?:lanned|rojected|redicted|lans?|lanning|reparing|repares?|romises|ledges)|expect(?:ed|s|ing)?|forecast"
    r"|intend(?:s|ing)?|aim(?:s|ing)?|hop(?:es?|ing)|wants?|vows|threatens)\s+(?:to|for)|scheduled|due|upcoming|next|until|from\s+now|later\s+this)\b|'ll\b"
)
# The simple present of a scheduled event ("the trial begins Thursday", "voters go to the polls on
# Sunday") points forward. Only verbs of schedules, and plural forms only where they are rarely
# nouns. Case-sensitive, and every alternative starts with a letter, so that the engine skips to
# the next of their first letters; timex.py checks that a match starts a word and drops one after
# `NOT_SCHEDULED_BEFORE` ("did not begin", "to begin", "housing starts"). "Runs" only with what
# gives a schedule's extent ("runs until March"), not the runs of a cricket score.
_SCHEDULED_SOURCE = (
    r"(?:begins|starts|opens|ends|closes|resumes|runs\s+(?:until|till|through|from|out)|meets|arrives|leaves"
    r"|departs|returns|goes|expires|concludes|convenes|reconvenes|reopens|hears|begin|resume|meet|arrive"
    r"|depart|convene|reconvene|expire|reopen"
    r"|takes?\s+(?:effect|into\s+force|office|place)|comes?\s+into\s+(?:effect|force)|kicks?\s+off"
    r"|go\s+(?:on\s+trial|to\s+the\s+polls|on\s+sale|into\s+effect))\b"
)
NOT_SCHEDULED_BEFORE = re.compile(r"(?:\b(?:[Tt]o|[Hh]ousing|[Dd]id|[Dd]oes|[Dd]o|[Nn]ot)|n't)\s\Z|\w\Z")
PAST_WORDS = (
    "was were had did said told ago last earlier yesterday recently began came met held took made went gave"
    " won lost fell rose left saw got found became brought bought sold ran shot struck led paid sent spent"
    " built broke chose drove flew grew knew thought wrote spoke stood sat felt heard kept meant hit caught"
    " fought sought taught threw wore won withdrew overtook undertook rang sank swam sang began forgot froze"
    " hid bit slid lit fled quit split cut dealt lent bent leapt"
)
# Case-insensitive but for the regular past tense; the words as a tree (see `_words`), since the
# search tries them at every word start of a clause.
_PAST_SOURCE = rf"\b(?:{_words(PAST_WORDS)}\b|(?-i:[a-z][a-z]+(?<!e)ed)\b)"


@dataclass(frozen=True)
class Patterns:
    """The compiled patterns, built on first use so that `import newsparse` stays fast.

    `kinds` holds one pattern per kind of expression, in the order of the alternation: at a given
    position the first kind that matches is what the whole pattern matches. `kinds_by_head` maps
    a folded head to the kinds that can start with it; for a head in `long_head_starts`,
    `kinds_by_long_head` does so for the longer head. `first_character` matches every character an
    expression can start with.
    """

    kinds: tuple[re.Pattern[str], ...]
    kinds_by_head: dict[str, tuple[re.Pattern[str], ...]]
    kinds_by_long_head: dict[str, tuple[re.Pattern[str], ...]]
    long_head_starts: frozenset[str]
    expression_start: re.Pattern[str]
    before_word: re.Pattern[str]
    first_character: re.Pattern[str]
    trigger: re.Pattern[str]
    trigger_word: re.Pattern[str]
    future_cue: re.Pattern[str]
    scheduled_cue: re.Pattern[str]
    past_cue: re.Pattern[str]

    @functools.cached_property
    def time(self) -> re.Pattern[str]:
        """All kinds as one pattern."""
        return re.compile(_TIME_SOURCE, re.IGNORECASE)


def _kinds_by_head(
    kinds: tuple[re.Pattern[str], ...], heads: dict[str, str], length: int
) -> dict[str, tuple[re.Pattern[str], ...]]:
    folded = sorted(set(HEAD_FOLD.values()))
    by_head: dict[str, list[re.Pattern[str]]] = {}
    for alternative, kind in zip(_ALTERNATIVES, kinds, strict=True):
        name = _kind_name(alternative)
        for head in heads[name].split("|") if name in heads else ():
            for rest in itertools.product(folded, repeat=length - len(head)):
                by_head.setdefault(head + "".join(rest), []).append(kind)
    return {head: tuple(found) for head, found in by_head.items()}


# The pieces of a pattern that tell where its groups open and close; escapes and classes are
# passed over whole.
_SYNTAX = r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\((?:\?(?:P<\w+>|[=!]|<[=!]|[-aiLmsux]*:))?|\)(?:\?[?+]?)?"


def _optional_groups_as_alternatives(source: str) -> str:
    """`source` with each optional group `(?:X)?` written `(?:X|)`, and `(?P<name>X)?` written
    `(?:(?P<name>X)|)`.

    Both forms try X first and then nothing, so they match the same, with the same groups. But the
    regex engine runs an optional group of more than one character through its general repeat,
    which saves and restores the groups at every alternative inside it: a failed try of a kind of
    expression, by far the commonest, costs about a quarter less in the second form. The tests
    check that the kinds so written match what the whole pattern as written matches.
    """
    edits: list[tuple[int, int, str]] = []  # where, how many characters go, what comes in
    opened: list[tuple[int, str]] = []
    for token in re.finditer(_SYNTAX, source):
        piece = token.group()
        if piece[0] == "(":
            opened.append((token.start(), piece))
        elif piece[0] == ")":
            start, opening = opened.pop()
            if piece != ")?" or opening[:3] in ("(?=", "(?!", "(?<"):
                continue
            if opening == "(" or opening.startswith("(?P<"):  # a group that captures
                edits += [(start, 0, "(?:"), (token.start(), 2, ")|)")]
            else:
                edits.append((token.start(), 2, "|)"))
    pieces, done = [], 0
    for position, length, inserted in sorted(edits):
        pieces += [source[done:position], inserted]
        done = position + length
    return "".join(pieces) + source[done:]


@functools.cache
def patterns() -> Patterns:
    kinds = tuple(
        re.compile(_START + f"(?:{_guarded(_optional_groups_as_alternatives(a))})", re.IGNORECASE)
        for a in _ALTERNATIVES
    )
    return Patterns(
        kinds,
        _kinds_by_head(kinds, _HEADS, HEAD_LENGTH),
        _kinds_by_head(kinds, _LONG_HEADS, LONG_HEAD_LENGTH),
        frozenset(head[:HEAD_LENGTH] for heads in _LONG_HEADS.values() for head in heads.split("|")),
        re.compile(_EXPRESSION_START_SOURCE),
        re.compile(r"\W(?=\w)"),
        re.compile(f"[{''.join(_FIRST.values())}]", re.IGNORECASE),
        re.compile(_TRIGGER_SOURCE),
        re.compile(_TRIGGER_WORD_SOURCE, re.IGNORECASE),
        re.compile(_FUTURE_SOURCE, re.IGNORECASE),
        re.compile(_SCHEDULED_SOURCE),
        re.compile(_PAST_SOURCE, re.IGNORECASE),
    )
