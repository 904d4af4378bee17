"""Stage 5: time expressions, normalized to TimeML TIMEX3 values against the article date.

Patterns (timex_patterns.py) find the expressions; this module gives each a TIMEX3 type and value
the way news is read. Relative dates are resolved against the article date (the anchor) and the
tense of the clause: "on Sunday" in a past-tense report is the most recent Sunday, in a sentence
with "will" the next one; a weekday that is the article date's own weekday is the article date
(MEANTIME's convention). Without an anchor, relative values stay underspecified with TIMEX3 `X`
placeholders ("XXXX-WXX-7", "XXXX-11-12").
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from .dates import days_around
from .model import Span, TimeExpression, TimeType
from .timex_patterns import (
    HEAD_FOLD,
    HEAD_LENGTH,
    LONG_HEAD_LENGTH,
    MONTH_NAME,
    MONTHS,
    NOT_SCHEDULED_BEFORE,
    NUMBER_WORDS,
    ORDINALS,
    VAGUE_NUMBERS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    patterns,
)

Tense = str | None  # "past", "future" or None when the clause gives no cue
Resolved = tuple[TimeType, str, int, int]

_REACH = 80  # characters: no expression reaches further before or after its trigger word
_NUMBER_REACH = 40  # characters: nor further before or after a number that is its only trigger
_NEAR_DAYS = 14
_CUE_REACH = 40  # characters: about the clause around the expression
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_SPACE = re.compile(r"\s")
_WORD_CHARACTER = re.compile(r"\w")
# A number right after one of these is no trigger ("$4.5", "1,000"), except after an apostrophe,
# which belongs to it ("'82").
_NOT_BEFORE_A_NUMBER = frozenset("$\u00a3\u20ac.,'\u2019")
# The TIMEX3 values this module writes; anything else (a year past 9999, say) is dropped.
_TIMEX3_VALUE = re.compile(
    r"(?:[0-9X]{2,4}(?:-(?:[0-9X]{2}|W[0-9X]{2}|Q[1-4X]|H[12]|SP|SU|FA|WI)(?:-(?:[0-9X]{2}|WE|[1-7]))?)?"
    r"(?:T(?:\d\d:\d\dZ?|MO|AF|EV|NI))?|FY\d{4}|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE)"
    r"|PT(?:\d+(?:\.\d+)?|X)[HMS]|PRESENT_REF|PAST_REF|FUTURE_REF)",
    re.ASCII,
)
_UNIT_CODES = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip
_TIME_UNITS = frozenset("second minute hour".split())
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_AMBIGUOUS_MONTHS = frozenset("March May June August".split())
# A capitalized word right after "May" (or March, June, August) makes it part of a name ("shares
# of May Department Stores"), unless that word is a title-case headline's small word, a pronoun,
# a title that starts the clause's subject ("in May Mr Smith resigned") or a day.
_NAME_GOES_ON = re.compile(
    r" (?!(?:A|An|And|As|At|But|By|For|From|In|Into|Is|It|I|Of|On|Or|Over|The|To|Was|Were|Will|With"
    r"|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|President|Prime|Chancellor|Senator|Governor|King|Queen|Pope)\b)"
    rf"(?!(?:{'|'.join(WEEKDAY_NAMES)}|Day|Bank)\b)[A-Z][a-z]"
)
_CLAUSE_OPENERS = frozenset("\"'(:;\u2014\u2013-\u201c\u2018")
_QUESTION_REACH = 400  # characters: a question's "?" comes within this after its "Will"
# Modal verbs that are also names ("Will Smith", "Theresa May"), with the space after them.
_MODAL_NAMES = ("Will ", "May ")
_CAPITALIZED_WORD = re.compile(r"\s+[A-Z][a-z]")
# "Daily" (weekly, monthly) that says how often a paper comes out is part of what the paper is,
# not a time: "a daily newspaper", "the weekly magazine", and as a noun before a paper's name
# that ends the phrase or is its subject ("the sports daily Marca.", "daily Le Monde reported").
_PUBLISHING_RATES = frozenset("daily weekly monthly fortnightly biweekly".split())
_PUBLICATION_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'&-]*\s+){0,3}(?:news)?(?:papers?|tabloids?|broadsheets?|magazines?|journals?"
    r"|publications?|newsletters?)\b"
    r"|(?:\s+[A-Z][\w'&-]*){1,4}(?![\w/])(?:[.,;:)\"\u201d\u2019]|\s*\Z|\s+(?:said|says|reported|reports"
    r"|wrote|writes|quoted|quotes|cited|cites|accused|accuses|claimed|claims|added|adds|published"
    r"|publishes|printed|prints|ran|runs|carried|carries|in|on|that)\b)"
)
_MODIFIER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ee]ach|[Ee]very|[Ll]ast|[Nn]ext)"
    r"|['\u2019]s?|\d)\s+\Z"
)
_WEEKDAY_NEXT = re.compile(rf"\s+(?:on\s+)?(?:{'|'.join(WEEKDAY_NAMES)})\b")
_MONTH_DAY_STYLE = re.compile(rf"\b{MONTH_NAME}\s?\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.,]?\d)")
_DAY_MONTH_STYLE = re.compile(rf"(?<![\d.,])\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}(?!\w)")
_NUMERIC_DATE = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/(?:\d{4}|\d\d)(?![\d/])")


@dataclass
class _Context:
    """What resolution needs beyond the expression: the anchor and the story's running reference.

    The article's numeric date order and the tense cues of the sentence are worked out on first
    use: most sentences with a time expression never need them.
    """

    text: str
    anchor: dt.date | None
    last_day: dt.date | None = None
    last_value: str | None = None
    sentence: tuple[int, int] = (0, 0)
    _cues: list[tuple[int, int, bool]] | None = None

    def enter(self, start: int, end: int) -> None:
        self.sentence = (start, end)
        self._cues = None

    @property
    def cues(self) -> list[tuple[int, int, bool]]:
        if self._cues is None:
            self._cues = _tense_cues(self.text, *self.sentence)
        return self._cues

    @functools.cached_property
    def numeric_order(self) -> str | None:
        """ "mdy", "dmy" or None when the article does not settle it."""
        return _numeric_order(self.text)


def find_times(text: str, sentences: Sequence[Span], anchor: dt.date | None) -> tuple[TimeExpression, ...]:
    """Time expressions in `sentences` (title, headings and body sentences in reading order)."""
    context = _Context(text, anchor)
    triggers = _triggers(text, 0, len(text))  # one scan of the text, not one per sentence
    trigger_starts = [trigger_start for trigger_start, _ in triggers]
    found: list[TimeExpression] = []
    for sentence in sentences:
        first = bisect.bisect_left(trigger_starts, sentence.start)
        last = bisect.bisect_left(trigger_starts, sentence.end, first)
        if first == last:
            continue  # most sentences hold no trigger word
        inside = triggers[first:last]
        if inside[-1][1] > sentence.end:  # triggers do not overlap: only the last one may run out
            inside.pop()
        found.extend(_sentence_times(text, sentence.start, sentence.end, context, inside))
    found.sort(key=lambda t: (t.start, -t.end))
    result: list[TimeExpression] = []
    for expression in found:
        if not result or expression.start >= result[-1].end:
            result.append(expression)
    return tuple(result)


def _sentence_times(
    text: str, start: int, end: int, context: _Context, triggers: list[tuple[int, int]]
) -> list[TimeExpression]:
    windows = _windows(text, start, end, triggers)
    if not windows:
        return []
    context.enter(start, end)
    resolved: list[Resolved] = []
    clocks: list[re.Match[str]] = []
    matches = (m for a, b, last in windows for m in _expressions(text, a, b, last))
    for match in matches:
        if match.lastgroup == "clock":
            clocks.append(match)
            continue
        item = _resolve(match, context)
        if item is None:
            continue
        resolved.append(item)
        kind, value = item[0], item[1]
        if kind == "DATE" and _DAY_VALUE.fullmatch(value):
            context.last_day = dt.date.fromisoformat(value)
        if kind == "DATE" and value[:1].isdigit():
            context.last_value = value
    sentence_day = next((v[:10] for _, v, _, _ in resolved if _DAY_VALUE.match(v)), None)
    for match in clocks:
        try:
            item = _clock(match, context, sentence_day)
        except (ValueError, OverflowError, KeyError, IndexError):
            item = None
        if item:
            resolved.append(item)
    return [
        TimeExpression(text[a:b], a, b, kind, value)
        for kind, value, a, b in resolved
        if a < b and _TIMEX3_VALUE.fullmatch(value)
    ]


def _expressions(text: str, start: int, end: int, last: int | None = None) -> list[re.Match[str]]:
    """What `patterns().time.finditer(text, start, end)` finds, found faster.

    Expressions start only at word starts and apostrophes; at each one, only the kinds of
    expression that can begin with its first characters are tried, in the alternation's order.
    Every expression holds a trigger word, so none starts after the end of the last one (`last`).
    """
    if last is None:
        last = end
    found = patterns()
    end = min(end, len(text))
    head_kinds, long_head_kinds = _HEAD_KINDS, _LONG_HEAD_KINDS
    matches: list[re.Match[str]] = []
    next_start = start
    for position in _candidates(text, start, last):
        if position < next_start:
            continue
        head_end = position + HEAD_LENGTH
        if head_end <= end:
            head = text[position:head_end]
            try:
                kinds = head_kinds[head]
            except KeyError:
                kinds = _head_kinds(head)
            if kinds is None:
                long_head_end = position + LONG_HEAD_LENGTH
                head = text[position:long_head_end]
                if long_head_end <= end:
                    try:
                        kinds = long_head_kinds[head]
                    except KeyError:
                        kinds = _long_head_kinds(head)
                else:
                    kinds = found.kinds_by_head[text[position:head_end].translate(HEAD_FOLD)]
        else:
            kinds = found.kinds if found.first_character.match(text, position) else ()
        for kind in kinds:
            match = kind.match(text, position, end)
            if match:
                matches.append(match)
                next_start = match.end()
                break
    return matches


def _candidates(text: str, start: int, last: int) -> list[int]:
    """The word starts and apostrophes of `text[start:last + 1]`: where an expression may start.

    Without an apostrophe there, the search looks for the character before each word start,
    which the regex engine skips to at once, rather than trying every position for a word start.
    """
    found = patterns()
    if text.find("'", start, last + 1) < 0 and text.find("\u2019", start, last + 1) < 0:
        positions = [before.end() for before in found.before_word.finditer(text, max(start - 1, 0), last + 1)]
        if start == 0 and _WORD_CHARACTER.match(text):
            positions.insert(0, 0)
        return positions
    return [candidate.start() for candidate in found.expression_start.finditer(text, start, last + 1)]


Kinds = tuple[re.Pattern[str], ...]
# The kinds to try after a word start's first characters as written, or None when the characters
# after them decide: the same few thousand heads come up again and again.
_HEAD_KINDS: dict[str, Kinds | None] = {}
_LONG_HEAD_KINDS: dict[str, Kinds] = {}  # the same for the longer heads, as written


def _long_head_kinds(head: str) -> Kinds:
    found = patterns()
    if head.isascii():
        kinds = found.kinds_by_long_head.get(head.translate(HEAD_FOLD), ())
    else:
        kinds = found.kinds_by_head[head[:HEAD_LENGTH].translate(HEAD_FOLD)]
    if len(_LONG_HEAD_KINDS) >= 1 << 16:
        _LONG_HEAD_KINDS.clear()
    _LONG_HEAD_KINDS[head] = kinds
    return kinds


def _head_kinds(head: str) -> Kinds | None:
    found = patterns()
    kinds: Kinds | None
    if not head.isascii():
        kinds = found.kinds if found.first_character.match(head) else ()
    else:
        folded = head.translate(HEAD_FOLD)
        kinds = None if folded in found.long_head_starts else found.kinds_by_head.get(folded, ())
    if len(_HEAD_KINDS) >= 1 << 16:
        _HEAD_KINDS.clear()
    _HEAD_KINDS[head] = kinds
    return kinds


def _windows(text: str, start: int, end: int, triggers: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Stretches of the sentence around trigger words, merged, each starting after a space, with
    the end of their last trigger word.

    No expression is longer than `_REACH` characters before its trigger word or after it, and
    every one holds a trigger word, so scanning only these stretches for expressions that start
    no later than their last trigger word finds what scanning the whole sentence would, in far less
    time on long text with few time words.
    """
    windows: list[tuple[int, int, int]] = []
    for trigger_start, trigger_end in triggers:
        reach = _NUMBER_REACH if text[trigger_start].isdigit() else _REACH
        a = max(start, trigger_start - reach)
        b = min(end, trigger_end + reach)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b, trigger_end)
            continue
        if a > start:
            space = _SPACE.search(text, a, trigger_start)
            a = space.end() if space else trigger_start
        windows.append((a, b, trigger_end))
    return windows


def _triggers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the trigger words of `text[start:end]` are: what a search for any of them finds.

    The search proper finds a word by the character before it; a word at `start` is looked up
    on its own.
    """
    found = patterns()
    spans: list[tuple[int, int]] = []
    if start < end and (start == 0 or not _WORD_CHARACTER.match(text, start - 1)):
        first = found.trigger_word.match(text, start, end)
        if first:
            spans.append(first.span())
            start = first.end()
    for trigger in found.trigger.finditer(text, start, end):
        before, trigger_end = trigger.span()
        if trigger_end - before == 2 and text[before] in _NOT_BEFORE_A_NUMBER:  # a digit alone
            if text[before] in "'\u2019":
                spans.append((before, trigger_end))
            continue
        spans.append((before + 1, trigger_end))
    return spans


# --- tense ------------------------------------------------------------------------------------


def _tense_cues(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Tense cues of the sentence, sorted by start; a past cue inside a future one is dropped.

    The simple present of a scheduled event is a future cue in a sentence; in a headline (no
    closing punctuation), which tells past events in the present ("Storm hits coast"), only right
    before a weekday ("Trial begins Thursday").
    """
    found = patterns()
    future = [
        (m.start(), m.end(), True)
        for m in found.future_cue.finditer(text, start, end)
        if not text.startswith(_MODAL_NAMES, m.start()) or not _modal_is_name(text, m.start(), start, end)
    ]
    sentence = _ends_as_sentence(text, start, end)
    future.extend(
        (m.start(), m.end(), True)
        for m in found.scheduled_cue.finditer(text, start, end)
        if (sentence or _WEEKDAY_NEXT.match(text, m.end()))
        and not NOT_SCHEDULED_BEFORE.search(text, max(0, m.start() - 9), m.start())
    )
    future.sort()
    future_ends = {b for _, b, _ in future}
    past = [
        (m.start(), m.end(), False)
        for m in found.past_cue.finditer(text, start, end)
        if m.end() not in future_ends and not _inside(m.start(), future)
    ]
    return sorted(future + past)


def _modal_is_name(text: str, position: int, start: int, end: int) -> bool:
    """Whether a capitalized "Will" or "May" is a name ("Will Smith said", "Theresa May said on
    Monday"), not the future's auxiliary.

    Where a clause opens, "Will" is the auxiliary of a question ("Will the talks resume?", "Will
    Britain leave?") unless a capitalized word follows and no question mark does. Inside a
    sentence, a capital marks a name ("actor Will Smith", "We Will Rock You"), except in a
    headline, which capitalizes its words ("Museum Will Open Monday").
    """
    before = position - 1
    while before >= start and text[before].isspace():
        before -= 1
    if before < start or text[before] in _CLAUSE_OPENERS:
        question = text.find("?", position, min(end, position + _QUESTION_REACH))
        return question < 0 and bool(_CAPITALIZED_WORD.match(text, text.index(" ", position)))
    return _ends_as_sentence(text, start, end)


def _ends_as_sentence(text: str, start: int, end: int) -> bool:
    """Whether the stretch ends as a sentence does, not as a headline: with a closing mark."""
    tail = text[max(start, end - 8) : end].rstrip().rstrip("\"'\u2019\u201d)")
    return tail.endswith((".", "!", "?", ";", ":"))


def _inside(position: int, spans: list[tuple[int, int, bool]]) -> bool:
    index = bisect.bisect_right(spans, (position, sys.maxsize, True)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _tense(context: _Context, start: int, end: int) -> Tense:
    """The tense of the nearest cue before the expression, else after it, within the clause.

    English puts the verb that governs a time adjunct mostly before it ("announced on Tuesday",
    "will arrive on November 11"); a cue inside the expression does not count.
    """
    cues = context.cues
    after = bisect.bisect_left(cues, (end, -1, False))
    before = bisect.bisect_left(cues, (start, -1, False)) - 1
    while before >= 0 and cues[before][1] > start:
        before -= 1
    if before >= 0 and start - cues[before][1] <= _CUE_REACH:
        return "future" if cues[before][2] else "past"
    if after < len(cues) and cues[after][0] - end <= _CUE_REACH:
        return "future" if cues[after][2] else "past"
    return None


# --- dispatch ---------------------------------------------------------------------------------


def _resolve(match: re.Match[str], context: _Context) -> Resolved | None:
    kind = match.lastgroup
    handler = _HANDLERS.get(kind or "")
    if handler is None:
        return None
    try:
        return handler(match, context)
    except (ValueError, OverflowError, KeyError, IndexError):
        return None


def _clock(match: re.Match[str], context: _Context, sentence_day: str | None) -> Resolved | None:
    raw = match.group("clock")
    lower = raw.lower()
    day_word = match.group("clock_day")
    day: str | None = sentence_day
    if day_word:
        day = _day_word_value(day_word, match, context)
    elif day is None and context.anchor:
        day = context.anchor.isoformat()
    day = day or "XXXX-XX-XX"
    if lower.startswith("noon"):
        hour, minute = 12, 0
    elif lower.startswith("midnight"):
        hour, minute = 24, 0
    else:
        digits = re.match(r"(\d{1,2})(?:[:.]?(\d\d))?", raw)
        if not digits:
            return None
        hour, minute = int(digits.group(1)), int(digits.group(2) or 0)
        meridiem = re.search(r"(?<![a-z])([ap])\.?\s?m\b", lower)
        if meridiem:
            if hour > 12 or hour == 0:
                return None
            hour = hour % 12 + (12 if meridiem.group(1) == "p" else 0)
    zone = "Z" if re.search(r"\b(?:UTC|GMT)\b(?!\s?[+-])", raw) else ""
    a, b = match.span()
    return "TIME", f"{day}T{hour:02d}:{minute:02d}{zone}", a, b


def _day_word_value(word: str, match: re.Match[str], context: _Context) -> str:
    lower = word.lower()
    if lower in ("today", "tonight", "yesterday", "tomorrow"):
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[lower]
        return _shift_days(context, shift)
    return _weekday_value(WEEKDAYS[lower[:3]], None, context, *match.span())


# --- calendar helpers -------------------------------------------------------------------------


def _shift_days(context: _Context, days: int) -> str:
    if context.anchor is None:
        return "XXXX-XX-XX"
    return (context.anchor + dt.timedelta(days=days)).isoformat()


def _weekday_value(weekday: int, relation: str | None, context: _Context, start: int, end: int) -> str:
    anchor = context.anchor
    if anchor is None:
        return f"XXXX-WXX-{weekday}"
    offset = weekday - anchor.isoweekday()
    if relation in ("last", "past", "previous"):
        return (anchor + dt.timedelta(days=offset - 7 if offset >= 0 else offset)).isoformat()
    if relation in ("next", "following"):
        return (anchor + dt.timedelta(days=offset + 7 if offset <= 0 else offset)).isoformat()
    if offset == 0:
        return anchor.isoformat()
    tense = _tense(context, start, end)
    if relation == "coming" or tense == "future":
        return (anchor + dt.timedelta(days=offset if offset > 0 else offset + 7)).isoformat()
    return (anchor + dt.timedelta(days=offset if offset < 0 else offset - 7)).isoformat()


def _pick(candidates: list[dt.date], anchor: dt.date, tense: Tense) -> dt.date:
    """The candidate the tense allows that lies nearest the anchor.

    A date within two weeks of the article date is that one whatever the tense: news gives the
    year when it means the same day a year before or after.
    """
    if tense == "past":
        allowed = [c for c in candidates if c <= anchor]
    elif tense == "future":
        allowed = [c for c in candidates if c >= anchor]
    else:
        allowed = []
    nearest = min(candidates, key=lambda c: abs((c - anchor).days))
    if abs((nearest - anchor).days) <= _NEAR_DAYS:
        return nearest
    return min(allowed or candidates, key=lambda c: abs((c - anchor).days))


def _month_day_value(month: int, day: int, year: int | None, context: _Context, span: tuple[int, int]) -> str:
    if year is not None:
        return dt.date(year, month, day).isoformat()
    anchor = context.anchor
    if anchor is None:
        dt.date(2000, month, day)  # validates the day
        return f"XXXX-{month:02d}-{day:02d}"
    candidates = days_around(anchor, month, day)
    if not candidates:
        raise ValueError("no such day")
    return _pick(candidates, anchor, _tense(context, *span)).isoformat()


def _month_value(month: int, relation: str | None, context: _Context, start: int, end: int) -> str:
    anchor = context.anchor
    if anchor is None:
        return f"XXXX-{month:02d}"
    candidates = [dt.date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    this_month = anchor.replace(day=1)
    if relation in ("last", "past", "previous"):
        chosen = max(c for c in candidates if c < this_month)
    elif relation in ("next", "following"):
        chosen = min(c for c in candidates if c > this_month)
    elif relation in ("this", "current"):
        chosen = dt.date(anchor.year, month, 1)
    else:
        chosen = _pick(candidates, this_month, _tense(context, start, end))
    return f"{chosen.year:04d}-{chosen.month:02d}"


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _number(text: str) -> float | None:
    """A spelled or written amount; None for vague ones ("several", "a few")."""
    words = " ".join(text.lower().split())
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if words.startswith("half"):
        return 0.5
    if words in VAGUE_NUMBERS or words in ("a few", "few"):
        return None
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words] + half
    if "-" in words:
        tens, _, unit = words.partition("-")
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit] + half
    return float(words) + half


def _duration_value(amount: float | None, unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    code = _UNIT_CODES[unit]
    if amount is not None and unit == "fortnight":
        amount *= 2
    if amount is not None and unit == "decade":
        amount, code = amount * 10, "Y"
    if amount is not None and unit == "century":
        amount, code = amount * 100, "Y"
    if amount is None:
        number = "X"
    elif amount == int(amount):
        number = str(int(amount))
    else:
        number = f"{amount:g}"
    prefix = "PT" if unit in _TIME_UNITS else "P"
    return f"{prefix}{number}{code}"


def _two_digit_year(digits: str, anchor: dt.date | None) -> int:
    """A year written with two digits: the latest such year not after the article's year."""
    value = int(digits)
    now = anchor.year if anchor else 2000 + value
    year = now - now % 100 + value
    return year - 100 if year > now + 1 else year


def _numeric_order(text: str) -> str | None:
    """Whether the article writes numeric dates month first or day first, when it shows it."""
    month_first = day_first = 0
    for match in _NUMERIC_DATE.finditer(text):
        a, b = int(match.group(1)), int(match.group(2))
        month_first += a <= 12 < b
        day_first += b <= 12 < a
    if month_first != day_first:
        return "mdy" if month_first > day_first else "dmy"
    written_md = sum(1 for _ in _MONTH_DAY_STYLE.finditer(text, 0, 200_000))
    written_dm = sum(1 for _ in _DAY_MONTH_STYLE.finditer(text, 0, 200_000))
    if written_md != written_dm:
        return "mdy" if written_md > written_dm else "dmy"
    return None


# --- handlers, one per pattern group ----------------------------------------------------------


def _month_day(m: re.Match[str], c: _Context) -> Resolved | None:
    month_name = m.group("md_month") or m.group("dm_month") or m.group("th_month")
    day = int(re.sub(r"\D", "", m.group("md_day") or m.group("dm_day") or m.group("th_day")))
    year = m.group("md_year")
    value = _month_day_value(MONTHS[month_name[:3].lower()], day, int(year) if year else None, c, m.span())
    return "DATE", value, *m.span()


def _numeric(m: re.Match[str], c: _Context) -> Resolved | None:
    if m.group("iso_y"):
        value = dt.date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))).isoformat()
        return "DATE", value, *m.span()
    a, b = int(m.group("num_a")), int(m.group("num_b"))
    raw_year = m.group("num_y")
    year = int(raw_year) if len(raw_year) == 4 else _two_digit_year(raw_year, c.anchor)
    if a > 12 and b > 12:
        return None
    order = "dmy" if a > 12 else "mdy" if b > 12 else c.numeric_order
    if order is None:
        return "DATE", f"{year:04d}-XX-XX", *m.span()
    month, day = (a, b) if order == "mdy" else (b, a)
    return "DATE", dt.date(year, month, day).isoformat(), *m.span()


def _quarter(m: re.Match[str], c: _Context) -> Resolved | None:
    anchor = c.anchor
    current = (anchor.month - 1) // 3 + 1 if anchor else 0
    relation = m.group("q_rel")
    if relation:
        if anchor is None:
            return "DATE", "XXXX-QX", *m.span()
        step = {"last": -1, "previous": -1, "past": -1, "next": 1}.get(relation.lower(), 0)
        index = anchor.year * 4 + current - 1 + step
        return "DATE", f"{index // 4:04d}-Q{index % 4 + 1}", *m.span()
    if m.group("q_short"):
        number = int(m.group("q_short")[1])
        year_text = m.group("q_year3")
    else:
        ordinal = m.group("q_ord").lower()
        number = ORDINALS.get(ordinal) or int(ordinal[0])
        year_text = m.group("q_year") or m.group("q_year2")
    year = _year_of(year_text, anchor) if year_text else None
    if year is None:
        if anchor is None:
            return "DATE", f"XXXX-Q{number}", *m.span()
        year = _quarter_year(number, anchor, _tense(c, *m.span()))
    return "DATE", f"{year:04d}-Q{number}", *m.span()


def _quarter_year(number: int, anchor: dt.date, tense: Tense) -> int:
    """Past: the latest such quarter begun by the anchor; future: the next not yet over; else nearest."""
    current = (anchor.month - 1) // 3 + 1
    if tense == "past":
        return anchor.year if number <= current else anchor.year - 1
    if tense == "future":
        return anchor.year if number >= current else anchor.year + 1
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(years, key=lambda y: abs((dt.date(y, 3 * number - 1, 15) - anchor).days))


def _year_of(text: str, anchor: dt.date | None) -> int | None:
    words = " ".join(text.lower().split())
    if words[:1].isdigit():
        return int(words)
    if anchor is None:
        return None
    return anchor.year + {"this year": 0, "last year": -1, "next year": 1}.get(words, 0)


def _fiscal(m: re.Match[str], c: _Context) -> Resolved | None:
    return "DATE", f"FY{int(m.group('fy')):04d}", *m.span()


def _season(m: re.Match[str], c: _Context) -> Resolved | None:
    name = (m.group("s_name") or m.group("s_fall") or m.group("s_fall2")).lower()
    relation = (m.group("s_rel") or m.group("s_rel2") or "").lower()
    code = _SEASON_CODES[name]
    if m.group("s_year"):
        return "DATE", f"{int(m.group('s_year')):04d}-{code}", *m.span()
    anchor = c.anchor
    if anchor is None:
        return "DATE", f"XXXX-{code}", *m.span()
    if relation in ("this", "last", "next"):
        year = anchor.year + {"last": -1, "next": 1}.get(relation, 0)
    else:
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        starts = [dt.date(y, _SEASON_STARTS[code], 1) for y in years]
        tense = _tense(c, *m.span())
        if tense == "past":
            year = max(s for s in starts if s <= anchor).year
        elif tense == "future":
            year = min(s for s in starts if s + dt.timedelta(days=91) > anchor).year
        else:
            year = anchor.year
    return "DATE", f"{year:04d}-{code}", *m.span()


def _rel_period(m: re.Match[str], c: _Context) -> Resolved | None:
    edge = (m.group("rp_edge") or "").lower()
    start, end = m.span()
    the_unit = m.group("rp_the")
    if the_unit:
        unit = the_unit.lower()
        if m.group("rp_prev"):
            previous = _previous_of_last(unit, c.last_value)
            if previous:
                return "DATE", previous, start, end
            return "DATE", _period_value(unit, -1, edge, c.anchor), start, end
        if not edge and unit != "weekend":
            return None
        return "DATE", _period_value(unit, 0, edge, c.anchor), start, end
    relation = m.group("rp_rel").lower().split()[-1]
    unit_text = m.group("rp_unit")
    if unit_text[:3].lower() in WEEKDAYS and unit_text[0].isupper():
        return "DATE", _weekday_value(WEEKDAYS[unit_text[:3].lower()], relation, c, start, end), start, end
    if unit_text[:3].lower() in MONTHS and unit_text[0].isupper():
        return "DATE", _month_value(MONTHS[unit_text[:3].lower()], relation, c, start, end), start, end
    unit = unit_text.lower()
    with_the = m.group("rp_rel").lower().startswith("the")
    if with_the and (relation == "past" or (relation == "last" and unit in ("decade", "century"))):
        return "DURATION", _duration_value(1, unit), start, end
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "following": 1, "coming": 1}.get(relation, 0)
    return "DATE", _period_value(unit, step, edge, c.anchor), start, end


def _period_value(unit: str, step: int, edge: str, anchor: dt.date | None) -> str:
    """The week, weekend, month, year, decade or century `step` of them from the anchor's."""
    if anchor is None:
        return {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(unit, "XXXX")
    from dateutil.relativedelta import relativedelta

    if unit in ("week", "weekend"):
        return _week(anchor + relativedelta(weeks=step)) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        day = anchor + relativedelta(months=step)
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "year":
        half = re.search(r"\b(first|second) half", edge)
        suffix = f"-H{1 if half.group(1) == 'first' else 2}" if half else ""
        return f"{anchor.year + step:04d}{suffix}"
    if unit == "decade":
        return f"{anchor.year // 10 + step:03d}"
    return f"{anchor.year // 100 + step:02d}"


def _previous_of_last(unit: str, last_value: str | None) -> str | None:
    """ "The year before" after a story has named a year: the year before that one."""
    if not last_value or not re.match(r"\d{4}", last_value):
        return None
    year = int(last_value[:4])
    if unit == "year":
        return f"{year - 1:04d}"
    month = re.match(r"\d{4}-(\d\d)(?!\d)", last_value)
    if unit == "month" and month:
        index = year * 12 + int(month.group(1)) - 2
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return None


def _that_period(m: re.Match[str], c: _Context) -> Resolved | None:
    unit = m.group("tp_unit").lower()
    start, end = m.span()
    if unit == "time":
        return ("DATE", c.last_value, start, end) if c.last_value else None
    if unit == "year" and c.last_value and re.match(r"\d{4}", c.last_value):
        return "DATE", c.last_value[:4], start, end
    day = c.last_day or c.anchor
    if day is None:
        return None
    if unit in ("day", "date"):
        return "DATE", day.isoformat(), start, end
    if unit == "week":
        return "DATE", _week(day), start, end
    if unit == "month":
        return "DATE", f"{day.year:04d}-{day.month:02d}", start, end
    return "DATE", f"{day.year:04d}", start, end


def _streak(m: re.Match[str], c: _Context) -> Resolved | None:
    """ "For a third straight day": the day (week, month, year) the story is about."""
    unit = m.group("sk_unit").lower()
    day = c.last_day or c.anchor
    if day is None:
        return None
    if unit in ("day", "session"):
        return "DATE", day.isoformat(), *m.span()
    if unit == "week":
        return "DATE", _week(day), *m.span()
    if unit == "month":
        return "DATE", f"{day.year:04d}-{day.month:02d}", *m.span()
    return "DATE", f"{day.year:04d}", *m.span()


def _the_day(m: re.Match[str], c: _Context) -> Resolved | None:
    if not m.group("td_lead") and not m.group("td_edge"):
        return None
    day = c.last_day or c.anchor
    start, end = m.span("td_core")
    return "DATE", day.isoformat() if day else "XXXX-XX-XX", start, end


def _ago(m: re.Match[str], c: _Context) -> Resolved | None:
    amount_text = m.group("ago_amount")
    unit = m.group("ago_unit").lower().rstrip("s")
    if unit == "second" and amount_text and amount_text.lower() in ("a", "an"):
        return None
    amount = _number(amount_text) if amount_text else None
    start, end = m.span()
    anchor = c.anchor
    if amount is None or anchor is None or amount != int(amount):
        return "DATE", "PAST_REF", start, end
    from dateutil.relativedelta import relativedelta

    n = int(amount)
    if n >= anchor.year:
        return "DATE", "PAST_REF", start, end
    if unit in ("second", "minute", "hour"):
        return "DATE", anchor.isoformat(), start, end
    if unit in ("day", "night"):
        return "DATE", (anchor - relativedelta(days=n)).isoformat(), start, end
    if unit in ("week", "fortnight"):
        weeks = n * (2 if unit == "fortnight" else 1)
        return "DATE", (anchor - relativedelta(weeks=weeks)).isoformat(), start, end
    if unit == "month":
        day = anchor - relativedelta(months=n)
        return "DATE", f"{day.year:04d}-{day.month:02d}", start, end
    if unit == "quarter":
        day = anchor - relativedelta(months=3 * n)
        return "DATE", f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}", start, end
    if unit == "year":
        return "DATE", f"{anchor.year - n:04d}", start, end
    if unit == "decade":
        return "DATE", f"{anchor.year - 10 * n:04d}", start, end
    return "DATE", f"{(anchor.year - 100 * n) // 100:02d}", start, end


def _duration(m: re.Match[str], c: _Context) -> Resolved | None:
    start, end = m.span("du_core")
    if m.group("du_unit3"):
        return "DURATION", _duration_value(None, m.group("du_unit3")), start, end
    if m.group("du_unit2"):
        return "DURATION", _duration_value(None, m.group("du_unit2")), start, end
    amount_text = m.group("du_amount")
    unit = m.group("du_unit")
    if unit.lower() in ("second", "quarter") and amount_text.lower() in ("a", "an"):
        return None  # "a second term", "about a quarter of": an ordinal, a fraction
    if unit.lower() == "quarters" and amount_text.lower() == "some":
        return None  # "in some quarters": among some people
    amount = _number(amount_text)
    if amount == 0.5 and unit.lower().startswith("hour"):
        return "DURATION", "PT30M", start, end
    return "DURATION", _duration_value(amount, unit), start, end


def _adj_duration(m: re.Match[str], c: _Context) -> Resolved | None:
    if m.group("ad_vague"):
        return "DURATION", _duration_value(None, m.group("ad_vague")), *m.span()
    amount = _number(m.group("ad_amount"))
    return "DURATION", _duration_value(amount, m.group("ad_unit")), *m.span()


def _vague_duration(m: re.Match[str], c: _Context) -> Resolved | None:
    return "DURATION", _duration_value(None, m.group("vd_unit")), *m.span("vd_core")


def _recent_years(m: re.Match[str], c: _Context) -> Resolved | None:
    return "DURATION", _duration_value(None, m.group("ry_unit")), *m.span()


def _set(m: re.Match[str], c: _Context) -> Resolved | None:
    span = m.span()
    if m.group("set_units"):
        return "SET", _duration_value(_number(m.group("set_amount")), m.group("set_units")), *span
    what = m.group("set_what")
    if what:
        key = what.lower()
        if key[:3] in WEEKDAYS and what[0].isupper():
            return "SET", f"XXXX-WXX-{WEEKDAYS[key[:3]]}", *span
        if key[:3] in MONTHS and what[0].isupper():
            return "SET", f"XXXX-{MONTHS[key[:3]]:02d}", *span
        if key in _PART_CODES:
            return "SET", f"XXXX-XX-XXT{_PART_CODES[key]}", *span
        if key == "weekend":
            return "SET", "XXXX-WXX-WE", *span
        return "SET", _duration_value(1, key), *span
    unit = m.group("set_unit") or m.group("set_per")
    if unit:
        return "SET", _duration_value(1, unit), *span
    plural = m.group("set_plural")
    if plural:
        return "SET", f"XXXX-WXX-{WEEKDAYS[plural[:3].lower()]}", *span
    adverb = m.group("set_adv").lower()
    if adverb in _PUBLISHING_RATES and _PUBLICATION_AFTER.match(m.string, m.end()):
        return None
    values = {
        "weekly": "P1W", "daily": "P1D", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
        "annual": "P1Y", "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biannual": "P6M",
        "semiannual": "P6M", "semiannually": "P6M", "biweekly": "P2W", "fortnightly": "P2W",
    }  # fmt: skip
    return ("DURATION" if adverb == "annual" else "SET"), values[adverb], *span


def _holiday(m: re.Match[str], c: _Context) -> Resolved | None:
    name = " ".join(m.group("holiday").split())
    anchor = c.anchor
    fixed = {
        "Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24),
        "New Year's": (1, 1), "New Year's Day": (1, 1), "New Year's Eve": (12, 31),
        "Halloween": (10, 31), "Valentine's Day": (2, 14), "Independence Day": (7, 4),
        "Fourth of July": (7, 4), "the Fourth of July": (7, 4), "Boxing Day": (12, 26),
        "Veterans Day": (11, 11),
    }  # fmt: skip
    if name in fixed:
        month, day = fixed[name]
        return "DATE", _month_day_value(month, day, None, c, m.span()), *m.span()
    if anchor is None:
        return None
    candidates = [_movable_feast(name, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return "DATE", _pick(candidates, anchor, _tense(c, *m.span())).isoformat(), *m.span()


def _movable_feast(name: str, year: int) -> dt.date:
    from dateutil.easter import easter
    from dateutil.relativedelta import MO, TH, relativedelta

    if name.startswith("Easter") or name == "Good Friday":
        shift = {"Good Friday": -2, "Easter Monday": 1}.get(name, 0)
        return easter(year) + dt.timedelta(days=shift)
    if name.startswith("Thanksgiving"):
        return dt.date(year, 11, 1) + relativedelta(weekday=TH(+4))
    if name.startswith("Memorial"):
        return dt.date(year, 5, 31) + relativedelta(weekday=MO(-1))
    return dt.date(year, 9, 1) + relativedelta(weekday=MO(+1))  # Labor Day


def _part_ref(m: re.Match[str], c: _Context) -> Resolved | None:
    part = _PART_CODES[(m.group("pr_part") or m.group("pr_part2")).lower()]
    day = c.last_day or c.anchor
    return "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{part}", *m.span("pr_core")


def _ordinal_day(m: re.Match[str], c: _Context) -> Resolved | None:
    """ "On the 15th": that day of the month nearest the article date in the clause's tense."""
    day = int(m.group("od_day"))
    start, end = m.span("od_core")
    anchor = c.anchor
    if anchor is None:
        return "DATE", f"XXXX-XX-{day:02d}", start, end
    from dateutil.relativedelta import relativedelta

    candidates = []
    for step in (-1, 0, 1):
        month = anchor + relativedelta(months=step)
        try:
            candidates.append(dt.date(month.year, month.month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return "DATE", _pick(candidates, anchor, _tense(c, start, end)).isoformat(), start, end


def _deictic(m: re.Match[str], c: _Context) -> Resolved | None:
    two = m.group("dx_two")
    if two:
        return "DATE", _shift_days(c, -2 if two.lower().startswith("before") else 2), *m.span()
    word = m.group("dx_word").lower()
    return "DATE", _shift_days(c, {"today": 0, "yesterday": -1, "tomorrow": 1}[word]), *m.span()


def _day_part(m: re.Match[str], c: _Context) -> Resolved | None:
    if m.group("dp_tonight"):
        return "TIME", f"{_shift_days(c, 0)}TNI", *m.span()
    day_text = " ".join(m.group("dp_day").lower().split())
    part = _PART_CODES[m.group("dp_part").lower()]
    if day_text.endswith("this") or day_text == "today":
        day = _shift_days(c, 0)
    elif day_text == "yesterday" or (day_text == "last" and part == "NI"):
        day = _shift_days(c, -1)
    elif day_text == "tomorrow":
        day = _shift_days(c, 1)
    elif day_text == "last":
        return None
    else:
        day = _weekday_value(WEEKDAYS[day_text[:3]], None, c, *m.span())
    return "TIME", f"{day}T{part}", *m.span()


def _weekday(m: re.Match[str], c: _Context) -> Resolved | None:
    name = m.group("wd_name")
    if name == "Sun.":
        return None  # "... reported by The Sun."
    return "DATE", _weekday_value(WEEKDAYS[name[:3].lower()], None, c, *m.span()), *m.span()


def _month(m: re.Match[str], c: _Context) -> Resolved | None:
    name = m.group("mo_name")
    start, end = m.span("mo_core")
    month = MONTHS[name[:3].lower()]
    year = m.group("mo_year")
    if year:
        return "DATE", f"{int(year):04d}-{month:02d}", start, end
    if m.group("mo_rel"):
        if c.anchor is None:
            return "DATE", f"XXXX-{month:02d}", start, end
        shift = {"this": 0, "last": -1, "next": 1}[m.group("mo_rel").lower()]
        return "DATE", f"{c.anchor.year + shift:04d}-{month:02d}", start, end
    bare = name.rstrip(".")
    if not m.group("mo_edge") and _month_is_a_name(bare, m, c):
        return None
    if len(bare) == 3 and not name.endswith(".") and not m.group("mo_lead"):
        return None
    return "DATE", _month_value(month, None, c, start, end), start, end


def _month_is_a_name(bare: str, m: re.Match[str], c: _Context) -> bool:
    """Whether a month's name names a person or a thing here ("Theresa May", "it may", "shares of
    May Department Stores", "April Jones, 5,").

    "May" (March, June, August) without a preposition before it always does; with one, only when a
    capitalized word follows and the preposition is in lower case (a capital marks a sentence start,
    "In May Labour won", or a title-case headline). "April" does only without a preposition,
    before a capitalized word that may be a surname (not "Fool"), with no determiner or possessive
    that makes it a modifier ("the April IMF meetings", "Britain's April Budget"). A headline (no
    closing punctuation) capitalizes freely: the month stays there.
    """
    lead = m.group("mo_lead")
    name_end = m.end("mo_name")
    if bare in _AMBIGUOUS_MONTHS:
        if not lead:
            return True
        if lead[0].isupper():
            return False
    elif (
        bare != "April"
        or lead
        or m.string.startswith(" Fool", name_end)
        or _MODIFIER_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    ):
        return False
    return bool(_NAME_GOES_ON.match(m.string, name_end)) and _ends_as_sentence(c.text, *c.sentence)


def _year(m: re.Match[str], c: _Context) -> Resolved | None:
    span = m.span()
    if m.group("yr_full"):
        return "DATE", f"{int(m.group('yr_full')):04d}", *span
    if m.group("yr_decade"):
        return "DATE", f"{int(m.group('yr_decade')) // 10:03d}", *span
    short = m.group("yr_short_decade") or m.group("yr_decade2")
    if short:
        return "DATE", f"{_two_digit_year(short, c.anchor) // 10:03d}", *span
    return "DATE", f"{_two_digit_year(m.group('yr_short'), c.anchor):04d}", *span


def _century(m: re.Match[str], c: _Context) -> Resolved | None:
    number = int(re.sub(r"\D", "", m.group("ce_num")))
    return "DATE", f"{number - 1:02d}", *m.span()


def _ref(m: re.Match[str], c: _Context) -> Resolved | None:
    if m.group("ref_present"):
        value = "PRESENT_REF"
    elif m.group("ref_past"):
        value = "PAST_REF"
    else:
        value = "FUTURE_REF"
    return "DATE", value, *m.span()


_HANDLERS = {
    "day_part": _day_part,
    "month_day": _month_day,
    "numeric": _numeric,
    "quarter": _quarter,
    "fiscal": _fiscal,
    "season": _season,
    "rel_period": _rel_period,
    "that_period": _that_period,
    "the_day": _the_day,
    "streak": _streak,
    "ago": _ago,
    "duration": _duration,
    "adj_duration": _adj_duration,
    "vague_duration": _vague_duration,
    "recent_years": _recent_years,
    "set": _set,
    "holiday": _holiday,
    "deictic": _deictic,
    "ordinal_day": _ordinal_day,
    "part_ref": _part_ref,
    "weekday": _weekday,
    "month": _month,
    "year": _year,
    "century": _century,
    "ref": _ref,
}
