"""Stage 4: quotations in the paragraphs, with their speakers and cue verbs.

Quotes are found by pairing double quotation marks (straight, curly, guillemets) inside each
paragraph in one pass with a stack, so nested quotes stay inside their outer quote and a stray mark
can swallow at most the rest of its paragraph. Single marks are mostly apostrophes ("Damascus's",
"'90s", "rock 'n' roll") or quotes nested in a double-quoted one; outside double quotes a pair of
them is speech only as British news writes it, `'We will not back down,' said the minister`: one
mark at a word start, one after the punctuation that ends speech, and a cue next to the pair.
Following the news convention, a quote left open at the end of a paragraph continues when the
next paragraph opens with a quote mark; such a quote is reported once, from its first opening mark
to its last closing mark, because that is the quotation the reader sees.

Speakers come from the attribution clause in the quote's sentence (see `speakers`), then from an
introducing "X said:" paragraph, then, for a quote that stands alone as a sentence, from the
previous quote's speaker, which is how news carries a speaker across paragraphs. "He said" and
"she added" go to the nearest person before them that agrees in gender (see `_People`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Paragraph, Quote, Span, Speaker
from .names import (
    FEMALE_TITLES,
    MALE_TITLES,
    PARTICLES,
    SUFFIXES,
    TITLES,
    NameIndex,
    name_key,
    person_part,
    surname,
)
from .speakers import (
    CUES,
    DETERMINERS,
    MASK,
    PRONOUNS,
    STOP,
    WEAK_CUES,
    Attribution,
    Token,
    according_to,
    attribution,
    is_cue,
    phrase_after,
    subject_before,
    tokens,
)

_OPENERS = "\u201c\u00ab\u201e\u201f"
_CLOSERS = "\u201d\u00bb"
_ALNUM = re.compile(r"[^\W_]")  # str.isalnum, one character at a time
_MARKS = '"' + _OPENERS + _CLOSERS
# A single mark that opens at a word start ("'We", not "it's" or "rock 'n' roll") and one that
# closes right after the punctuation that ends speech ("lives,'", not "the Smiths' house").
# What may follow a single mark that opens a quote: "'We", "'I'm", not "'90s" or "'n'".
_SINGLE_START_SOURCE = "[^\\W\\d_][^'\u2019]|I['\u2019][a-z]"
_CURLY_OPENER = re.compile(f"\u2018(?={_SINGLE_START_SOURCE})")
_SINGLE_START = re.compile(_SINGLE_START_SOURCE)
# A mark right after the punctuation that ends speech, before a space or punctuation.
_STRAIGHT_CLOSER = re.compile("'(?<=[,.!?\u2026\u2014-]')(?=\\s|$|[.,;:)\\]}\u2014\u2013-])", re.MULTILINE)
_CURLY_CLOSER = re.compile(
    "\u2019(?<=[,.!?\u2026\u2014-]\u2019)(?=\\s|$|[.,;:)\\]}\u2014\u2013-])", re.MULTILINE
)
_OPEN_BEFORE = frozenset("([{\u2014\u2013-/:" + _OPENERS + "\u2018'")
_CLOSE_AFTER = frozenset(".,;:!?)]}\u2014\u2013-\u2026" + _CLOSERS + "\u2019'")
# How far from a quote its attribution clause may reach: bounds the work on any input.
_WINDOW = 400
_PROGRESSIVE = frozenset("is was were are am be been 's \u2019s".split())
_ADVERBIALS = frozenset(
    "meanwhile however then later still yet here there now also instead earlier last next "
    "separately nevertheless moreover indeed thus".split()
)
_WORK_LEAD = frozenset(
    "on of titled entitled film movie book novel show series song album documentary program "
    "programme play episode column podcast".split()
)
_DASHES = frozenset("\u2015\u2014\u2013-")
_TERM_LEAD = frozenset(
    "so-called dubbed titled entitled nicknamed named called term word phrase slogan label "
    "headline hashtag".split()
)


@dataclass(slots=True)
class _Found:
    """A quote's offsets: `open_`/`close` are the marks (close == end when the mark is missing)."""

    open_: int
    start: int
    end: int
    close: int
    paragraph: int
    last_paragraph: int = -1
    attribution: Attribution | None = None
    speaker: Speaker | None = None
    cue: Span | None = None
    floating: bool = False
    title: int = 0
    single: bool = False


def find_quotes(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Quote, ...]:
    """Every quotation in `paragraphs` (in reading order), with offsets into `text`."""
    found = _pair_marks(text, paragraphs)
    singles = _pair_single_marks(text, paragraphs, found) if _may_open_single(text) else []
    if singles:
        found = sorted(found + singles, key=lambda q: q.start)
    if not found:
        return ()
    names = NameIndex(text)
    by_paragraph: dict[int, list[_Found]] = {}
    for quote in found:
        by_paragraph.setdefault(quote.paragraph, []).append(quote)
        if quote.last_paragraph > quote.paragraph:
            by_paragraph.setdefault(quote.last_paragraph, []).append(quote)
    for index, quotes in by_paragraph.items():
        _attribute_paragraph(text, paragraphs, index, quotes, names)
    if singles:
        found = [q for q in found if not q.single or _attributed_next_to(text, q)]
    return tuple(_resolve(text, found, names))


def _direction(text: str, i: int, lo: int, hi: int, depth: int) -> str:
    """ "open" or "close" for the mark at `i`, from the characters around it."""
    char = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    opens = before.isspace() or before in _OPEN_BEFORE
    closes = after.isspace() or after in _CLOSE_AFTER
    if char in _OPENERS:
        return "close" if closes and not opens and depth else "open"
    if char in _CLOSERS:
        return "open" if opens and not closes and after.isalnum() else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if depth else "open"


def _pair_marks(text: str, paragraphs: Sequence[Paragraph]) -> list[_Found]:
    found: list[_Found] = []
    marks = _mark_positions(text)
    if not marks:
        return found
    carried: _Found | None = None
    for index, paragraph in enumerate(paragraphs):
        lo, hi = paragraph.start, min(paragraph.end, len(text))
        depth = 0
        outer, opened_in = -1, index
        scan = lo
        if carried is not None:
            first = _first_char(text, lo, hi)
            if (
                first < hi
                and _family(text[first]) == _family(text[carried.open_])
                and _direction(text, first, lo, hi, 0) == "open"
            ):
                depth, outer, scan = 1, carried.open_, first + 1
                opened_in = carried.paragraph
            else:
                found.append(carried)
            carried = None
        for k in range(bisect_left(marks, scan), bisect_left(marks, hi)):
            i = marks[k]
            if _direction(text, i, lo, hi, depth) == "open":
                if depth == 0:
                    outer, opened_in = i, index
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0 and i > outer + 1 and not text[outer + 1 : i].isspace():
                    found.append(_Found(outer, outer + 1, i, i + 1, opened_in, index))
        if depth:
            end = _rstrip(text, outer + 1, hi)
            carried = _Found(outer, outer + 1, end, end, opened_in)
            if index + 1 == len(paragraphs):
                found.append(carried)
                carried = None
    found = [q for q in found if q.end > q.start and not text[q.start : q.end].isspace()]
    found.sort(key=lambda q: q.start)
    return found


def _mark_positions(text: str) -> list[int]:
    """Where the double quotation marks are, in order (`str.find` passes over text faster than a
    regex does, and most texts use one or two of the marks)."""
    marks: list[int] = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1)
    marks.sort()
    return marks


def _pair_single_marks(text: str, paragraphs: Sequence[Paragraph], double: list[_Found]) -> list[_Found]:
    """Quotes in single marks, as British news writes them: `'We will not back down,' said the PM`.

    A single mark is mostly an apostrophe ("it's", "the '90s", "the Smiths' house", "rock 'n'
    roll"), so a pair is taken only where a mark opens at a word start and one closes right after
    the punctuation that ends speech, outside double quotes; the pair is kept only when an
    attribution stands next to it (see `_attributed_next_to`).
    """
    openers = [m.start() for m in _STRAIGHT_OPENER.finditer(text) if _SINGLE_START.match(text, m.start() + 1)]
    if text[:1] == "'" and _SINGLE_START.match(text, 1):
        openers.insert(0, 0)
    if "\u2018" in text:
        curly = (m.start() for m in _CURLY_OPENER.finditer(text))
        openers = sorted(openers + [i for i in curly if not i or _opens_after(text[i - 1])])
    closers = [m.start() for m in _STRAIGHT_CLOSER.finditer(text, 1)] if openers else []
    if openers and "\u2019" in text:
        closers = sorted(closers + [m.start() for m in _CURLY_CLOSER.finditer(text, 1)])
    if not closers:
        return []
    found: list[_Found] = []
    starts = [q.open_ for q in double]
    paragraph_starts = [p.start for p in paragraphs]
    doubled: dict[int, bool] = {}  # ''...'' stands for double marks there: a single is inside
    opener, opener_in = -1, -1
    for i, opens in sorted([(i, True) for i in openers] + [(i, False) for i in closers]):
        index = bisect_right(paragraph_starts, i) - 1
        k = bisect_right(starts, i) - 1
        if index < 0 or i >= paragraphs[index].end or (k >= 0 and double[k].open_ < i < double[k].close):
            continue
        if opens:
            opener, opener_in = i, index
        elif opener_in == index and len(text[opener + 1 : i].split()) > 1:
            if index not in doubled:
                doubled[index] = text.find("''", paragraphs[index].start, paragraphs[index].end) >= 0
            if not doubled[index]:
                found.append(_Found(opener, opener + 1, i, i + 1, index, index, single=True))
            opener, opener_in = -1, -1
    return found


def _may_open_single(text: str) -> bool:
    """Whether a single mark may open a quote anywhere: a fast test, as most texts have none."""
    return "\u2018" in text or text[:1] == "'" or _STRAIGHT_OPENER.search(text) is not None


# A straight mark after a space or an opening character; the literal first makes the scan fast.
_STRAIGHT_OPENER = re.compile("'(?<=[\\s(\\[{\u2014\u2013\\-/:\"\u201c\u00ab\u201e\u201f']')")


def _opens_after(char: str) -> bool:
    return char.isspace() or char in _OPEN_BEFORE


def _attributed_next_to(text: str, quote: _Found) -> bool:
    """A cue right after a single-quoted stretch, or right before it with a colon or comma."""
    found = quote.attribution
    if found is None or found.cue_start < 0:
        return False
    if 0 <= found.cue_start - quote.close < 40:
        return True
    between = text[found.cue_end : quote.open_].rstrip()
    return 0 <= quote.open_ - found.cue_end < 40 and between.endswith((":", ","))


def _family(mark: str) -> str:
    """Straight, curly or guillemet: a quote continues in the style it opened with."""
    if mark == '"':
        return "straight"
    if mark in "\u201c\u201d\u201e\u201f":
        return "curly"
    return "guillemet" if mark in "\u00ab\u00bb" else ""


def _first_char(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _attribute_paragraph(
    text: str, paragraphs: Sequence[Paragraph], index: int, quotes: list[_Found], names: NameIndex
) -> None:
    paragraph = paragraphs[index]
    lo, hi = paragraph.start, min(paragraph.end, len(text))
    masked = [(max(q.open_, lo), min(q.close, hi)) for q in quotes]
    frame = _masked(text, lo, hi, masked)
    masked_starts = [a for a, _ in masked]
    # A sentence start is tested only where a quote's clause needs a bound.
    starts = [s.start for s in paragraph.sentences]
    # Each quote's clause lies between its neighbours: this also keeps the work linear.
    lefts: list[int] = []
    for n, quote in enumerate(quotes):
        floor = max(lo, quote.open_ - _WINDOW, quotes[n - 1].close if n else lo)
        at = bisect_right(starts, max(quote.open_, lo)) - 1
        while at >= 0 and starts[at] >= floor and not _bounds(text, lo, starts[at], masked, masked_starts):
            at -= 1
        lefts.append(max(starts[at] if at >= 0 else lo, floor))
        if quote.paragraph == index:
            quote.floating = _ALNUM.search(text, lefts[-1], max(quote.open_, lo)) is None
    # `"How many times?" Clinton said.`: a full quote's own sentence goes on past its mark.
    after_full = {q.close for q in quotes if q.floating}
    for n, (quote, left_bound) in enumerate(zip(quotes, lefts, strict=True)):
        q_open, q_close = max(quote.open_, lo), min(quote.close, hi)
        following = max(quotes[n + 1].open_, q_close) if n + 1 < len(quotes) else hi
        ceiling = min(q_close + _WINDOW, following)
        nxt = bisect_right(starts, q_close)
        while (
            nxt < len(starts)
            and starts[nxt] < ceiling
            and not (
                _bounds(text, lo, starts[nxt], masked, masked_starts)
                and (not after_full or _rstrip(text, lo, starts[nxt]) not in after_full)
            )
        ):
            nxt += 1
        right_bound = min(starts[nxt] if nxt < len(starts) else hi, ceiling)
        after = tokens(frame, q_close - lo, right_bound - lo, lo)
        if quote.paragraph != index:
            quote.attribution = quote.attribution or _right_adjacent(after)
            continue
        left = text[left_bound:q_open]
        quote.title = _looks_like_title(text, quote, left)
        quote.attribution = _right_adjacent(after)
        if quote.attribution is None:  # the words before are read only when needed
            before = tokens(frame, left_bound - lo, q_open - lo, lo)
            quote.attribution = _left_nearest(before) or _right_any(after) or _dash_credit(after)
        if quote.attribution is None and quote.floating and q_open == _first_char(text, lo, hi):
            quote.attribution = _introduced(text, lo, names)


def _masked(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """`text[lo:hi]` with every quote in `spans`, marks included, replaced by MASK characters."""
    pieces: list[str] = []
    at = lo
    for span_start, end in sorted(spans):
        start = max(span_start, at)  # spans that overlap are masked once
        if end > start:
            pieces += (text[at:start], MASK * (end - start))
            at = end
    pieces.append(text[at:hi])
    return "".join(pieces)


def _bounds(text: str, lo: int, start: int, masked: list[tuple[int, int]], masked_starts: list[int]) -> bool:
    """A sentence start that can bound a quote's clause: outside the quotes, a real boundary."""
    return not _inside(start, masked, masked_starts) and _real_boundary(text, lo, start)


def _real_boundary(text: str, lo: int, start: int) -> bool:
    """False after an initial or a title ("Rep. G.K. Butterfield"): no sentence ends there."""
    before = text[max(lo, start - 12) : start].rstrip()
    if not before.endswith("."):
        return True
    words = before[:-1].rsplit(None, 1)
    word = words[-1] if words else ""
    word = word.lstrip("(\"'\u201c\u2018")
    if not word or not word[0].isupper():
        return True
    return not (len(word) <= 3 or "." in word)


def _inside(position: int, spans: list[tuple[int, int]], span_starts: list[int]) -> bool:
    at = bisect_right(span_starts, position) - 1
    return at >= 0 and spans[at][0] < position < spans[at][1]


def _introduced(text: str, start: int, names: NameIndex) -> Attribution | None:
    """A quote paragraph after a line that ends "The New York Times reports:".

    Without a speech verb ("Sanders made the following comment:") the line's subject counts
    only when the article gives it as a full name, so "Partial transcript as follows:" does not.
    """
    end = _rstrip(text, max(0, start - _WINDOW), start)
    if end <= 0 or text[end - 1] != ":":
        return None
    line = max(text.rfind("\n", 0, end) + 1, end - _WINDOW)
    words = tokens(text, line, end)
    found = _left_nearest(words, colon=False)
    if found is None:
        span = _sentence_subject(words, len(words) - 1)
        if span and words[span[0]].is_cap:
            name = names.fullest([t.text for t in words[span[0] : span[1] + 1]])
            if name and " " in name:
                found = attribution(words, span[0], span[1], None)
    return found


def _right_adjacent(after: list[Token]) -> Attribution | None:
    """`"...," Warren said`, `"...," said Paul Martin`, `"...," according to the ministry`."""
    first = 0
    while first < len(after) and after[first].text in {",", "\u2014", "\u2013", "-"}:
        first += 1
    if first >= len(after) or not after[first].is_word:
        return None
    if according_to(after, first):
        span = phrase_after(after, first + 1)
        return attribution(after, span[0], span[1], first) if span else None
    for i in range(first, min(len(after), first + 25)):
        token = after[i]
        if not token.is_word and token.text not in {",", "(", ")"}:
            return None
        if token.low not in CUES or not is_cue(after, i, first):  # most words: no call needed
            continue
        if i == first:
            span = phrase_after(after, i)
        else:
            span = subject_before(after, i, first)
            if span and span[0] != first:
                span = None
        return attribution(after, span[0], span[1], i) if span else None
    return None


def _dash_credit(after: list[Token]) -> Attribution | None:
    """`"..." \u2015 Sonya Herridge`: a reader's or an epigraph's quote credited after a dash."""
    if len(after) < 2 or after[0].text not in _DASHES:
        return None
    span = phrase_after(after, 0)
    if span is None or not after[span[0]].is_cap:
        return None
    rest = after[span[1] + 1 :]
    if rest and rest[0].text not in {".", ",", "("}:
        return None
    return attribution(after, span[0], span[1], None)


def _left_nearest(before: list[Token], colon: bool = True) -> Attribution | None:
    """`Rubio said, "...`, `Shaibani reiterated Damascus's commitment to "...`.

    `Trump attacked Clinton, saying "...` and `The ad has a new message: "...` credit the
    subject of the sentence.
    """
    participle = -1
    for i in range(len(before) - 1, -1, -1):
        low = before[i].low
        if low not in CUES and low != "according":  # most words: no call needed
            continue
        if according_to(before, i):
            span = phrase_after(before, i + 1)
        elif not is_cue(before, i, 0):
            continue
        elif before[i].low.endswith("ing") and (i == 0 or before[i - 1].low not in _PROGRESSIVE):
            participle = max(participle, i)
            span = _participle_subject(before, i)
        else:
            span = _cue_subject(before, i)
        if span:
            return attribution(before, span[0], span[1], i)
    if participle >= 0:
        span = _sentence_subject(before, participle)
        if span:
            return attribution(before, span[0], span[1], participle)
    if colon and before and before[-1].text == ":":
        span = _sentence_subject(before, len(before) - 1)
        if span:
            return attribution(before, span[0], span[1], None)
    return None


def _participle_subject(before: list[Token], i: int) -> tuple[int, int] | None:
    """ "footage of Trump saying": the name right before a participle said it."""
    span = subject_before(before, i, 0) if i and before[i - 1].is_word else None
    if span and before[span[0]].is_cap and before[span[0]].low not in DETERMINERS:
        return span
    return None


def _cue_subject(before: list[Token], i: int) -> tuple[int, int] | None:
    """The subject of cue `i`: `Rubio said`, or after it, `said Rubio, "...`."""
    span = subject_before(before, i, 0)
    if span is None and i + 1 < len(before) and before[i].low in {"said", "says"}:
        span = phrase_after(before, i)
        if span and before[span[1]].low in PRONOUNS:
            return None
    return span


def _sentence_subject(before: list[Token], limit: int) -> tuple[int, int] | None:
    """The phrase that opens a clause, after an opening adverbial: "In August, several groups"."""
    first = 0
    for _ in range(3):
        lead = before[first].low if first < limit else ""
        opener = lead in STOP or lead in _ADVERBIALS or lead.endswith(("ly", "ing"))
        if not (opener or lead[:1].isdigit()):
            break
        comma = next((k for k in range(first, min(limit, first + 25)) if before[k].text == ","), -1)
        if comma < 0:
            return None
        first = comma + 1
    if first >= limit or before[first].low in _ADVERBIALS or before[first].low[:1].isdigit():
        return None
    span = phrase_after(before, first - 1)
    if span is None or span[1] >= limit:
        return None
    return span


def _right_any(after: list[Token]) -> Attribution | None:
    """`... “disgusting” and “a con,” Trump said.`: a cue later in the sentence."""
    for i, token in enumerate(after):
        if token.text == MASK or (token.low not in CUES and token.low != "according"):
            continue
        if according_to(after, i):
            span = phrase_after(after, i + 1)
            if span:
                return attribution(after, span[0], span[1], i)
        if is_cue(after, i, 0) and not token.low.endswith("ing"):
            span = subject_before(after, i, 0)
            if span:
                return attribution(after, span[0], span[1], i)
    return None


def _looks_like_title(text: str, quote: _Found, left: str) -> int:
    """0, or 1 for a title or term in quotes, or 2 when nothing can make it speech.

    Terms follow "so-called", "dubbed", "known as"; titles are in title case, and a title after
    a possessive or "on"/"of" ("on CBS's "Face the Nation."", "DuVernay's "13th"") is a show or
    a work even when a speech verb is next to it.
    """
    lead = left.rstrip().rsplit(None, 2)
    if not lead:
        return 0
    words = text[quote.start : quote.end].split(maxsplit=11)  # past 10 words the count is enough
    if lead[-1].casefold() in _TERM_LEAD or " ".join(lead[-2:]).casefold() == "known as":
        return 2 if len(words) <= 6 else 0
    if not words or len(words) > 10:
        return 0
    work = lead[-1].casefold().endswith(("'s", "\u2019s")) or lead[-1].casefold() in _WORK_LEAD
    words[-1] = words[-1].rstrip(",;:")
    if work:
        words[-1] = words[-1].rstrip(".")
    if not words[-1] or words[-1][-1] in ".!?":
        return 0
    major = [w for w in words if len(w) > 3 or w == words[0]]
    capitals = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    if not all(w[0].isupper() or not w[0].isalpha() for w in major):
        return 0
    if work and capitals >= 1:
        return 2
    return 1 if capitals >= 2 else 0


def _resolve(text: str, found: list[_Found], names: NameIndex) -> list[Quote]:
    """Speakers for every quote, in reading order: names in full, pronouns and floating quotes."""
    people = _People(text, found, names)
    for quote in found:
        if quote.attribution is not None:
            _set_speaker(text, quote, names, people)
    quotes: list[Quote] = []
    last: _Found | None = None
    for n, quote in enumerate(found):
        if quote.attribution is None:
            source = _introducer(found, n) or _inherit(found, n, last)
            if source is not None:
                quote.speaker, quote.cue = source.speaker, source.cue
        if quote.title:
            speech = quote.title == 1 and quote.attribution is not None and _adjacent_cue(quote)
        else:
            speech = quote.speaker is not None or (quote.floating and _is_sentence(text, quote))
        if speech:
            last = quote if quote.speaker is not None else None
        quotes.append(
            Quote(
                text[quote.start : quote.end],
                quote.start,
                quote.end,
                kind="speech" if speech else "term",
                speaker=quote.speaker if speech else None,
                cue=quote.cue if speech else None,
            )
        )
    return quotes


def _adjacent_cue(quote: _Found) -> bool:
    cue = quote.attribution
    return cue is not None and (cue.cue_start < 0 or 0 <= cue.cue_start - quote.close < 40)


def _set_speaker(
    text: str,
    quote: _Found,
    names: NameIndex,
    people: _People,
) -> None:
    found = quote.attribution
    assert found is not None
    name: str | None = None
    words = list(found.words)
    office = False
    for k, word in enumerate(words[1:], 1):
        if word in {"of", "in", "at", "from", "with", ",", "("}:  # "Mr. Morgan of the Sierra Club"
            office = word in {"of", "in"} and _is_office(words[:k])
            named = _named_after_role(words[:k], words[k + 1 :]) if word in {"of", "in"} else None
            words = _after_office(words[k + 1 :]) if office else named or words[:k]
            break
    if len(words) > 1 and words[0].casefold() == "the" and words[1].casefold() in TITLES:
        words = words[1:]  # "the Rev. Peter Wherry"
    if found.pronoun:
        pronoun = text[found.speaker_start : found.speaker_end].casefold()
        if pronoun in {"he", "she"}:
            want = "m" if pronoun == "he" else "f"
            name = people.referent(found.speaker_start, want)
            if name is not None:
                people.learn(name, want)  # "she said" of a sentence's subject: she from now on
            else:  # a guess, which teaches nothing
                at = found.speaker_start
                name = people.antecedent(pronoun) or names.last_before(
                    at, want, lambda full: people.gender_before(full, at)
                )
        else:
            name = people.antecedent(pronoun)
    elif words and words[0].casefold() not in _DESCRIPTION_START and words[-1][0].isupper():
        name = names.fullest(words, found.speaker_start)
        if name and office and name.split(" ", 1)[0] != words[0]:
            name = " ".join(words)  # "Homeland Security Kristi Noem" elsewhere is the same office
        if name:
            gender = _gender(words, names, name)
            people.spoke(found.speaker_start, name, gender, (found.speaker_end, found.cue_end))
    quote.speaker = Speaker(
        text[found.speaker_start : found.speaker_end], found.speaker_start, found.speaker_end, name
    )
    if found.cue_start >= 0:
        quote.cue = Span(text[found.cue_start : found.cue_end], found.cue_start, found.cue_end)


def _named_after_role(head: list[str], rest: list[str]) -> list[str] | None:
    """ "Bank of Japan chief Toshihiko Fukui", "head of research Peter Kim": when no full name
    comes before "of", the name after a role word at the end of the phrase."""
    if not head or head[0].casefold() in _DESCRIPTION_START or len(person_part(head)) > 1:
        return None  # "A close associate of ...", "Mr. Morgan of the Sierra Club"
    end = next((k for k, word in enumerate(rest) if word in {",", "("}), len(rest))
    role = next((k for k in range(end - 1, -1, -1) if not rest[k][:1].isupper()), -1)
    if role < 0 or not rest[role].isalpha() or rest[role] in STOP or rest[role] in DETERMINERS:
        return None
    name = rest[role + 1 : end]
    return name if len(name) > 1 and len(person_part(name)) == len(name) else None


def _is_office(words: list[str]) -> bool:
    """ "Speaker", "FBI Special Agent": titles only, so the name comes after "of" or "in"."""
    return all(w.casefold() in TITLES or (w.isupper() and len(w) > 1) for w in words)


def _after_office(words: list[str]) -> list[str]:
    """The name after an office: "[Speaker of] the House Mike Johnson", "[Commissioner of]
    Police Keechant Sewell": the office's own words come first, so two names stay."""
    end = next((k for k, word in enumerate(words) if word in {",", "(", "of", "in", "at"}), len(words))
    part = person_part(words[:end])
    full = [k for k, word in enumerate(part) if _full_name_word(word)]
    return part[full[-2] :] if len(full) > 2 else part


def _full_name_word(word: str) -> bool:
    """A given name or surname, not an initial, particle or suffix ("F.", "von", "Jr.")."""
    low = word.casefold()
    return len(low.rstrip(".")) > 1 and low not in PARTICLES and low not in SUFFIXES


_DESCRIPTION_START = frozenset(
    "the a an this that these those his her its their our my your one another some several many "
    "most other both each all".split()
)


def _gender(words: list[str], names: NameIndex, name: str) -> str | None:
    titles = {w.casefold() for w in words}
    if titles & FEMALE_TITLES:
        return "f"
    if titles & MALE_TITLES:
        return "m"
    return names.gender_of(name_key(surname(name.split(" "))))


# Where a narrative sentence may start: a paragraph, or after a full stop and a space.
# (One character class first, so that the scan skips to the candidates fast.)
_SENTENCE_START = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"'\u201d\u2019]?[ \t]+)(?=[^\W\d_])")
# Words after a name that give the person's gender: a pronoun, a role, a family word.
_GENDERED = re.compile(
    r"\b(?:(he|him|his|himself|spokesman|chairman|businessman|congressman|councilman|father|son|"
    r"husband|brother|actor|king|prince)|(she|her|hers|herself|spokeswoman|chairwoman|businesswoman|"
    r"congresswoman|councilwoman|mother|daughter|wife|sister|actress|queen|princess))\b",
    re.IGNORECASE,
)
_PRONOUN_WORDS = frozenset("he him his himself she her hers herself".split())
# ", who presented the best actress award": a clause about something else; ", who is chairman of"
# still names the person's role.
_RELATIVE = re.compile(
    r",\s*(?:who(?!\s+(?:is|was|has\s+been|had\s+been|became|becomes)\b)|whose|which|that|when|where)\b",
    re.IGNORECASE,
)
_APPOSITION_END = re.compile(r",|[.!?](?:[ \t\n]|$)")
_NEXT_SENTENCE = re.compile(r"[.!?][ \t\n]+(\w+)")
_NAME_REACH = 600
_SUBJECT_REACH = 300  # a sentence or two: how long a person who did not speak stays in view
_LONE_CUES = CUES - WEAK_CUES  # "Burton explained", not "Bigger attacks"
_THIRD_PERSON = PRONOUNS - {"i", "we", "you", "it"}
_LONE_SUBJECT = re.compile(r"([^\W\d_a-z][\w'\u2019\-]*) ([a-z]+)\b")
_CAPITAL_RUN = re.compile(
    r"[^\W\d_a-z][\w'\u2019\-]*\.?(?: [^\W\d_a-z][\w'\u2019\-]*\.?)+"
)  # how far back a pronoun looks for the person it stands for


class _People:
    """The people an article's sentences are about, for "he said" and "she added".

    A pronoun speaker is the nearest person before it that agrees in gender: a named speaker,
    or a person named in full as a sentence's subject ("Janet Wu, a spokeswoman, said crews
    were out"). Gender comes from titles, from role words next to the name ("spokeswoman"),
    and from the first he/she that follows it, as a reader learns it. A sentence that opens
    with one name and a speech verb ("Burton explained") counts only when no speaker is near.
    """

    def __init__(self, text: str, found: list[_Found], names: NameIndex) -> None:
        self._text = text
        self._names = names
        self._found = found
        self._quote_starts: list[int] = []  # read when a pronoun needs them
        self._quote_ends: list[int] = []
        self._mentions: list[tuple[int, str, str | None, bool]] = []  # start, name, gender, weak
        self._read_to = 0
        self._speakers: list[tuple[int, str, str | None]] = []  # in reading order
        self._speaker_ends: dict[str, tuple[int, int]] = {}  # of speakers whose gender is unread
        self._genders: dict[str, str] = {}

    def antecedent(self, pronoun: str) -> str | None:
        """The most recent named speaker a pronoun can refer to, never one the text gives the
        other gender."""
        want = {"he": "m", "she": "f"}.get(pronoun.casefold())
        if pronoun.casefold() not in _THIRD_PERSON:
            return None
        for _, name, gender in reversed(self._speakers[-8:]):
            if name.casefold() in PRONOUNS:
                continue
            if want is None or (gender or self.gender(name)) in (None, want):
                return name
        return None

    def spoke(self, at: int, name: str, gender: str | None, ends: tuple[int, int]) -> None:
        """A named speaker at `at`; `ends` are where the speaker's words and the clause end."""
        self._speakers.append((at, name, gender))
        if gender:
            self._genders.setdefault(name, gender)
        else:
            self._speaker_ends[name] = ends

    def learn(self, name: str, gender: str) -> None:
        self._genders.setdefault(name, gender)

    def gender(self, name: str) -> str | None:
        """What the text has said of a person's gender so far: a title, a role beside the name
        ("Ann Lee, a spokeswoman"), or an earlier "he said" resolved to them."""
        return self._genders.get(name) or self._learn_speaker(name)

    def gender_before(self, name: str, at: int) -> str | None:
        """What the text has said of a person's gender, or else what the role beside the last
        mention of the full name before `at` says: "his wife, Ann Lee", "met Ann Lee, a
        spokeswoman for..."."""
        known = self.gender(name)
        if known or " " not in name:
            return known
        start = self._text.rfind(name, max(0, at - _NAME_REACH), at)
        if start < 0:
            return None
        end = start + len(name)
        k = bisect_right(self._quote_starts, end)
        stop = self._quote_starts[k] if k < len(self._quote_starts) else len(self._text)
        return _role_gender(self._text[max(0, start - 30) : start]) or _apposition_gender(
            self._text[end : min(stop, end + 240)]
        )

    def referent(self, at: int, want: str) -> str | None:
        """The nearest person before `at`, speaker or subject, who may be "he" or "she"."""
        if not self._quote_starts:
            self._quote_starts = [q.open_ for q in self._found]
            self._quote_ends = [q.close for q in self._found]
        speaker = self._speaker_before(at, want)
        # Only a subject after that speaker can be nearer: the sentences before are not read.
        self._read(at, speaker[0] if speaker else at - _SUBJECT_REACH)
        k = bisect_right(self._mentions, at, key=lambda m: m[0])
        for start, name, gender, weak in reversed(self._mentions[max(0, k - 8) : k]):
            if (speaker is not None and start < speaker[0]) or start < at - _SUBJECT_REACH:
                break
            if weak:
                full = self._names.fullest([name], start) or name
                if speaker is not None and " " not in full:
                    continue  # "Apple said": a lone word is a person only when no speaker is near
                if self._genders.get(full, gender) in (None, want):
                    return full
            elif self._genders.get(name, gender) in (None, want):
                return self._names.fullest(name.split(" "), start) or name
        return speaker[1] if speaker else None

    def _speaker_before(self, at: int, want: str) -> tuple[int, str] | None:
        k = bisect_right(self._speakers, at, key=lambda m: m[0])
        for start, name, gender in reversed(self._speakers[max(0, k - 8) : k]):
            if start < at - _NAME_REACH:
                break
            if self._genders.get(name, gender or self._learn_speaker(name)) in (None, want):
                return start, name
        return None

    def _learn_speaker(self, name: str) -> str | None:
        """ "said Jeff Lane, a spokesman", or "Lane said. He added": a speaker's gender, read once."""
        ends = self._speaker_ends.pop(name, None)
        if ends is None:
            return None
        text = self._text
        end = ends[1] if ends[1] > ends[0] else ends[0]
        window = text[end : min(self._next_quote(end), end + 240)]
        gender = _apposition_gender(text[ends[0] : min(self._next_quote(ends[0]), ends[0] + 240)])
        gender = gender or _next_sentence_gender(window)
        if gender:
            self._genders[name] = gender
        return gender

    def _read(self, at: int, since: int) -> None:
        """The people named in full at the start of a sentence outside quotes, up to `at`.

        Only the stretch a pronoun can reach is read, and no stretch twice.
        """
        text = self._text
        lo = max(self._read_to, at - _SUBJECT_REACH, since)
        self._read_to = max(self._read_to, at)
        begins = (m.end() for m in _SENTENCE_START.finditer(text, lo, at))
        for begin in itertools.chain([0] if lo == 0 < at else [], begins):
            if self._in_quote(begin):
                continue
            mention = self._subject(begin)
            if mention is not None:
                self._mentions.append(mention)

    def _in_quote(self, at: int) -> bool:
        k = bisect_right(self._quote_starts, at) - 1
        return k >= 0 and self._quote_ends[k] > at

    def _subject(self, at: int) -> tuple[int, str, str | None, bool] | None:
        """A person named in full among a sentence's first words, whose gender the text gives:
        "Janet Wu, a spokeswoman, said", "Lib Dem spokesman Mark Oaten said ... He" (when
        "Oaten" alone names him elsewhere: "Lib Dem" is no person)."""
        text = self._text
        lone = _LONE_SUBJECT.match(text, at)
        if (
            lone
            and lone.group(2) in _LONE_CUES
            and person_part([lone.group(1)])
            and not lone.group(1).isupper()
        ):
            return at, lone.group(1), None, True  # "Burton explained"
        for run in _CAPITAL_RUN.finditer(text, at, min(len(text), at + 120)):
            lead = text[at : run.start()].split()
            if len(lead) > 9 or any(word.casefold() in CUES for word in lead):
                return None
            found = self._person(run.group().split(" "), run.start(), run.end())
            if found is not None:
                return found
        return None

    def _person(self, run: list[str], start: int, end: int) -> tuple[int, str, str | None, bool] | None:
        part = person_part(run)
        if len(part) < 2 or any(w.isupper() and len(w) > 1 for w in part):
            return None
        text = self._text
        window = text[end : min(self._next_quote(end), end + 240)]
        gender = _apposition_gender(window)
        if gender is None:
            gender = _next_sentence_gender(window)
            alone = (surname(part),)
            titled = len(part) < len(run) and run[len(run) - len(part) - 1].casefold() in TITLES
            if gender is None and (titled or _after_role(text, start)):
                return start, " ".join(part), None, False  # "Gov. Ann Lee", "City councilor Ed Flynn"
            if gender is None or alone not in self._names.forms(name_key(alone[0])):
                return None
        return start, " ".join(part), gender, False

    def _next_quote(self, at: int) -> int:
        k = bisect_right(self._quote_starts, at)
        return self._quote_starts[k] if k < len(self._quote_starts) else len(self._text)


def _after_role(text: str, start: int) -> bool:
    """ "City councilor Ed Flynn", "Transit advocate Stacy Thompson": a role noun before the name
    (lower case, and no verb form: "defeated Ed Flynn", "beats Ed Flynn" are not roles)."""
    before = text[max(0, start - 30) : start].split()
    if not before:
        return False
    word = before[-1]
    if not (word.isalpha() and word.islower()) or word.endswith(("ed", "s", "ing")):
        return False
    return word not in STOP and word not in DETERMINERS and word not in CUES and word not in _IRREGULAR_PAST


# Past tenses without -ed that take a person as object: "Maria Cantwell met Bob Ferguson".
_IRREGULAR_PAST = frozenset(
    "met beat hit led left sent won saw took gave made brought caught fought got heard held kept "
    "knew lost paid put ran set sought sold struck taught thought found chose drove bit shot".split()
)


def _apposition_gender(window: str) -> str | None:
    """ "Janet Wu, a spokeswoman for the utility, said", "said Ann Lee, a spokeswoman for the
    port.": the role says she. The apposition ends at the next comma or the sentence's end."""
    if not window.startswith(",") or _RELATIVE.match(window):
        return None  # ", who presented the best actress award,": the role is someone else's
    ends = _APPOSITION_END.search(window, 1)
    role = _GENDERED.search(window, 0, ends.start() if ends else 0)
    if role is None or role.group().casefold() in _PRONOUN_WORDS:
        return None
    return "m" if role.group(1) else "f"


_NEUTRAL_BEFORE_NAME = _PRONOUN_WORDS | {"chairman"}


def _role_gender(before: str) -> str | None:
    """ "his wife, Ann Lee", "spokeswoman Ann Lee": the role word right before a name ("party
    chairman Ann Lee" is no man: British news keeps that office's old name for women)."""
    words = before.rstrip(" ,").rsplit(maxsplit=1)
    role = _GENDERED.fullmatch(words[-1]) if words else None
    if role is None or role.group().casefold() in _NEUTRAL_BEFORE_NAME:
        return None
    return "m" if role.group(1) else "f"


def _next_sentence_gender(window: str) -> str | None:
    """ "Ed Flynn disagreed. He said": the next sentence's He or She."""
    sentence_end = _NEXT_SENTENCE.search(window)
    first = sentence_end.group(1) if sentence_end else ""
    return "m" if first == "He" else "f" if first == "She" else None


def _introducer(found: list[_Found], n: int) -> _Found | None:
    """The nearest attributed quote of the same paragraph: `"...," Warren said. "..."`."""
    quote = found[n]
    for step in (-1, 1):
        m = n + step
        while 0 <= m < len(found) and abs(m - n) <= 4 and found[m].paragraph == quote.paragraph:
            if found[m].attribution is not None and found[m].speaker is not None:
                return found[m]
            m += step
    return None


def _inherit(found: list[_Found], n: int, last: _Found | None) -> _Found | None:
    """A quote standing alone as a sentence continues the previous speaker's words."""
    quote = found[n]
    if last is None or not quote.floating or quote.paragraph - last.paragraph > 2:
        return None
    return last


def _is_sentence(text: str, quote: _Found) -> bool:
    inner = text[quote.start : quote.end].strip()
    return len(inner.split()) >= 4 and inner[:1].isupper()
