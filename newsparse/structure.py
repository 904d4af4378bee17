"""Stage 2: classify blocks as date line, title, byline, dateline, heading, paragraph or boilerplate.

The rules follow how news text is laid out: a header of short lines (title, date, byline) before
the first paragraph of prose, a dateline that opens the lede, sub-headings as short lines
without final punctuation that head the paragraphs after them, and page furniture (captions,
links to other stories, share prompts, sign-offs, tables) that belongs to no paragraph at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .blocks import Block, split_blocks
from .dates import DATE, DATE_LABEL, DIGIT, MONTH, date_value, find_day_of_month, match_date_line
from .model import ArticleDate, Span

BodyKind = Literal["heading", "paragraph"]
_Kind = Literal["paragraph", "candidate", "furniture", "heading"]

# How many blocks may stand before the lede (title, date, byline, kicker, promo lines).
_MAX_HEADER_BLOCKS = 8
# How far into the body a dateline may show that what came before it was not the lede.
_DATELINE_LOOKAHEAD = 4
_MAX_TITLE_CHARS = 200
_MAX_HEADING_CHARS = 120
_MAX_HEADING_WORDS = 18
# A question that heads a section is short ("Who pays?"); a longer one is a paragraph.
_MAX_QUESTION_HEADING_WORDS = 10
# Lines longer than this are prose, never furniture, bylines or labels; no pattern looks further.
_MAX_FURNITURE_CHARS = 300
_MAX_LABEL_WORDS = 3
# A writer's role under a byline: "BBC News, Business reporter".
_MAX_ROLE_CHARS = 60
# Headlines run to about a dozen words; news ledes are longer.
_MAX_SENTENCE_TITLE_WORDS = 12
# A headline under a section label has at least this many words; fewer is a second label or a deck.
_MIN_HEADLINE_WORDS = 4
# A tweet is at most 280 characters; with its link and name a little more.
_MAX_TWEET_CHARS = 600

_OPEN_QUOTES = "\"'\u201c\u2018"
_CLOSE_QUOTES = "\"'\u201d\u2019"
_CLOSERS = _CLOSE_QUOTES + ")]"
# Sentence ends in the scripts news is written in: Latin, CJK, Devanagari.
_FULL_STOPS = ".\u3002\u0964"
_SENTENCE_END = _FULL_STOPS + "!?\uff01\uff1f"

_GLUED_DATE = re.compile(rf"{DATE_LABEL}(?P<date>{DATE})\s+(?=\S)", re.IGNORECASE)

# Datelines: "SALVADOR, Feb 26 -", "WASHINGTON (AP) —", "(CNN) --", "Dekalb, Ill. —",
# "LAKE SUCCESS, N.Y. March 3 -", "Hong Kong (CNN Business)". A place in capitals may stand
# alone before the dash; a place in mixed case needs a region, a date or an agency to show it
# is a dateline and not the subject of the sentence.
_CAPS_WORD = r"[A-Z][A-Z.'\u2019\-]+"
_PLACE_CAPS = rf"{_CAPS_WORD}(?:[ /]{_CAPS_WORD}){{0,3}}"  # "SAO PAULO/NEW YORK" too
_PLACE_MIXED = r"[A-Z][a-z][A-Za-z.'\u2019\-]*(?:[ ][A-Z][A-Za-z.'\u2019\-]+){0,2}"
_REGION = r",[ ]?[A-Z][A-Za-z.'\u2019\-]*(?:[ ][A-Z][A-Za-z.'\u2019\-]+){0,2}"
_WHEN = rf",?[ ]?(?i:{MONTH})[ ]?\d{{1,2}}(?:,[ ]?\d{{4}})?"
_AGENCY = r"\([A-Z][\w .&'\u2019\-]{0,30}\)"
_DASH = r"(?:--|-|\u2012|\u2013|\u2014|\u2015)"
# With a place in mixed case, a news agency's name in brackets marks a dateline, with or without a
# dash: "Hong Kong (CNN Business)", "New York (CNN) —".
_NEWS_AGENCY = (
    r"\((?:The[ ])?(?:CNN|AP|AFP|Reuters|Bloomberg|UPI|Yonhap|Xinhua|Kyodo|dpa|PTI|IANS|ANI|TASS|EFE|ANSA"
    r"|BBC|NBC|CBS|ABC|Fox|CNBC|Associated[ ]Press|Canadian[ ]Press)(?:[ ][A-Z][a-z]+){0,2}\)"
)
# A headline's own kicker in capitals ("BREAKING: ..."): unlike "WATCH:" or "READ MORE:", which
# introduce links, it opens the story's title.
_HEADLINE_KICKER_WORDS = (
    r"BREAKING(?:[ ]NEWS)?|EXCLUSIVE|UPDATED?|ANALYSIS|OPINION|EDITORIAL|COMMENT(?:ARY)?|REVIEW"
    r"|FACT[ ]CHECK|INTERVIEW|EXPLAINER|SPECIAL[ ]REPORT|INSIGHT|FEATURE|URGENT|FLASH|LIVE(?:[ ]UPDATES?)?"
    r"|JUST[ ]IN|ALERT|DEVELOPING|POLL"
)
# Capital words before a colon that label a line rather than name a place ("UPDATE: ...").
_LABEL_WORDS = (
    rf"(?:{_HEADLINE_KICKER_WORDS}|WATCH|READ|LISTEN|SEE|RELATED|MORE|ALSO|NOTE|EDITORS?|CORRECTION"
    r"|CLARIFICATION|WARNING|PHOTOS?|VIDEOS?|SOURCES?|TAGS?|TOPICS?|Q|A|QUESTION|ANSWER|FILE|MEANWHILE"
    r"|SPOILERS?|RECAP|SUMMARY|BACKGROUND|CONTEXT)"
)
# Datelines: "WASHINGTON (AP) —", "SALVADOR, Feb 26 -", "Jan 5 (Reuters) -", "NEW DELHI:".
_DATELINE = re.compile(
    rf"""(?:
        {_PLACE_CAPS}(?:{_REGION})?(?:{_WHEN})?[ ]*(?:{_AGENCY})?[ ]*{_DASH}(?=\s+\S)
      | {_PLACE_CAPS}[ ]*{_AGENCY}[ ]*{_DASH}(?=\s+\S)
      | {_PLACE_MIXED}(?:{_REGION}(?:{_WHEN})?|{_WHEN})[ ]*(?:{_AGENCY})?[ ]*{_DASH}(?=\s+\S)
      | {_AGENCY}[ ]*{_DASH}(?=\s+\S)
      | (?i:{MONTH})[ ]?\d{{1,2}}(?:,[ ]?\d{{4}})?[ ]*{_AGENCY}[ ]*{_DASH}(?=\s+\S)
      | (?!{_LABEL_WORDS}\b){_PLACE_CAPS}(?:{_REGION})?[ ]?:(?=[ ]+["\u201c]?[A-Z][a-z])
      | (?:(?:{_PLACE_CAPS}|{_PLACE_MIXED})[ ]*)?{_NEWS_AGENCY}(?:[ ]*{_DASH})?(?=\s*["\u201c]?[A-Z])
    )""",
    re.VERBOSE,
)
# A dateline on a line of its own: "BAAR, SWITZERLAND", "WASHINGTON —".
_DATELINE_LINE = re.compile(
    rf"{_PLACE_CAPS}(?:(?:,[ ]?{_PLACE_CAPS}|{_REGION})(?:{_WHEN})?[ ]*(?:{_AGENCY})?[ ]*(?:{_DASH})?"
    rf"|(?:{_WHEN})?[ ]*(?:{_AGENCY})?[ ]*{_DASH})"
)

# Bylines: "By Jane Doe and John Roe", "Jane Doe, Reuters", "Staff Reports".
# Letters of names in any Latin script ("José", "Søren", "Łukasz"): a capital is a letter that
# is not an ASCII or Latin-1 small letter, a small letter one that is not an ASCII or Latin-1
# capital (so Latin Extended-A letters, whose cases interleave, count as both). Negated classes:
# CPython compiles a class of code points above U+00FF several times slower, at every start-up.
_UPPER = r"[^\W\d_a-z\u00df-\u00ff]"
_LOWER = r"(?:[^\W\d_A-Z\u00c0-\u00de]|['\-]|\u2019)"
_NAME = (
    r"(?!(?:Follow|And|The|For|In|On|At|By)\b)"
    rf"(?:{_UPPER}\.|{_UPPER}{_LOWER}+(?:{_UPPER}{_LOWER}+)?|{_UPPER}(?:{_UPPER}|['\-]|\u2019)+)"
)
_PARTICLE = r"(?:de|da|del|della|der|den|di|dos|du|la|le|van|von|bin|ibn|al|el|ter)"
_PERSON = rf"{_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,3}}"
_PEOPLE = rf"{_PERSON}(?:(?:[ ]?,[ ]?(?:and[ ])?|[ ](?:and|&)[ ]){_PERSON}){{0,3}}"
_ORG = r"(?:[Tt]he[ ])?[A-Z][\w.&'\u2019\-]*(?:[ ][A-Za-z][\w.&'\u2019\-]*){0,5}"
_BY = re.compile(
    rf"(?i:(?:written|story|words|text|posted)[ ])?(?i:by)[ ]+(?P<people>{_PEOPLE})"
    rf"(?:[ ]?(?:,|\||/|-|\u2013|\u2014|for)[ ]?{_ORG})?"
)
_NAMED_BYLINE = re.compile(rf"{_PEOPLE}[ ]?(?:,|\||-|\u2013|\u2014)[ ]?(?P<org>{_ORG})")
_BYLINE_ORG_WORDS = frozenset(
    "press reuters news post times herald tribune journal writer reporter correspondent editor "
    "staff bloomberg afp ap cnn bbc agencies agency service services wire wires network media "
    "magazine daily gazette telegraph guardian star sun globe mail chronicle bureau contributor "
    "columnist today xinhua yonhap kyodo dpa upi".split()
)
_ROLE_BYLINE = re.compile(
    r"(?:from[ ])?(?:staff|wire|news|special)[ ](?:reports?|writers?|services?|correspondents?)"
    r"|staff[ ]and[ ]agencies|(?:the[ ])?(?:associated|canadian)[ ]press",
    re.IGNORECASE,
)
# "CTVNews.ca Staff", "Reuters Staff", "Staff, Example News": an organisation's name with "staff".
_STAFF_BYLINE = re.compile(
    r"(?P<org>[A-Z][\w.&'\-]*(?:[ ][A-Z][\w.&'\-]*)?)[ ](?i:staff)"
    r"|(?i:staff),[ ]?(?P<org_after>[A-Z][\w.&'\-]*(?:[ ][A-Z][\w.&'\-]*)?)"
)
_BARE_NAME = re.compile(_PEOPLE)
# At the end of a story: "-- By Michael Russell Follow @tdmrussell".
_END_BYLINE = re.compile(
    rf"(?:{_DASH}[ ]?)?(?P<by>By[ ]{_PEOPLE})(?:[ ]?[,|]?[ ]?(?:[Ff]ollow[ ])?@\w{{1,30}})?\.?"
)
_SIGNATURE = re.compile(rf"{_PERSON}\.?")
_PAGE_WORDS = frozenset(
    "more related share follow comments comment gallery video videos photos advertisement continue "
    "reading next previous top stories story news article topics tags subscribe newsletter contact "
    "us about privacy terms home menu search login".split()
)

# Page furniture, matched at the start of a short block.
_FURNITURE = re.compile(
    r"""(?:
        (?:read|see)[ ](?:more|also|next)\b | related[ ]?: | (?:watch|listen)(?:[ ](?:now|live|again))?[ ]?:
      | related(?:[ ](?:stories|articles?|links?|content|coverage|topics|news|videos?|reading))?\W*$
      | more[ ](?:from|on|stories|news|coverage|videos?)\b[^.!?]*$
      | (?:story|article)[ ]continue[sd]?\b | continued[ ](?:below|on[ ]page|after)\b | continue[ ]reading\b
      | advertisement\W*$ | sponsored(?:[ ](?:content|post|links?|stories))?\W*$ | paid[ ]content\b
      | share[ ](?:this|on|via)\b | subscribe\b | sign[ ]up\b | follow[ ](?:us|me)\b | click[ ]here\b
      | follow[ ].{0,100}(?:https?://|@\w|\b(?:on|at)[ ](?:twitter|facebook|instagram|x|threads|bluesky)\b)
      | (?:https?://|www\.)\S+$
      | (?:image|photo(?:graph)?|picture|video|caption|credit|graphic|gallery)s?
        (?:[ ](?:copyright|caption|credit))?(?:[ ]?[:|]|[ ][-\u2013\u2014])
      | (?:image|photo|picture|video)[ ](?:source|caption|copyright|credit),[ ]
      | image[ ]copyright\b | media[ ](?:playback|caption)\b | getty[ ]images$
      | (?:show|hide|toggle)[ ]caption\b | enlarge[ ]this[ ]image\b
      | copyright[ ]?(?:\u00a9|\(c\)|\d{4}) | \u00a9 | all[ ]rights[ ]reserved
      | \W*(?:e-?mail|twitter|facebook|instagram)[ ]?:
      | (?:reuters?|ap|afp|upi|dpa|xinhua|ends?|-30-|\#\#\#)\W*$
      | \S+\.(?:jpe?g|png|gif|webp|svg|mp4|mov)$
      | (?-i:[A-Z]{2,}(?:[ ][A-Z]{2,}){0,2}[ ]?:[ ](?=.*[a-z])).*[^.!?:\"'\u201d\u2019]$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A caption is a sentence or two; a longer paragraph that ends with a credit is prose that the
# extraction glued a credit to.
_MAX_CAPTION_CHARS = 160
# A caption ends with the photographer's credit in brackets: "(Steve Lawrence/CBC)".
_CREDIT_END = re.compile(
    r"\S.{24,}\((?:[^()/]{1,60}/[^()]{1,60}|(?:submitted|supplied|courtesy|photo|image)\b[^()]{0,60}"
    r"|[^()]{0,40}\b(?:getty[ ]images|photos?|images|file|handout|shutterstock)\b[^()]{0,40})\)",
    re.IGNORECASE,
)
# A video caption ends with its running time: "... tells us about it. 10:43".
_RUNNING_TIME = re.compile(r".*[.!?][\"'\u201d\u2019]?[ ]+\d{1,2}:\d{2}")
# An embedded tweet's closing line: "— Jane Doe (@janedoe) November 1, 2019".
_TWEET_SIGNATURE = re.compile(r"[\u2014\u2013-]+[ ]?[^()]{1,80}\(@\w{1,30}\)")
_LINK_HERE = re.compile(
    r"(?:get|click|tap|sign|learn|find|read|subscribe|download|watch|listen|see|visit|go)\b.{0,60}\bhere\W*",
    re.IGNORECASE,
)
_HEADLINE_KICKER = re.compile(rf"(?:{_HEADLINE_KICKER_WORDS})[ ]?:[ ]")
# A photo credit alone on its line: "(AP Photo/Jane Doe)", "Photo by Jane Doe/Getty Images"; a few
# words of names, not a sentence.
_CREDIT_ALONE = re.compile(
    r"\(?(?:[A-Z][\w&.\u2019'-]*[ ]){0,3}(?i:file[ ])?(?i:photos?|images?|pictures?|video)"
    r"[ ]?(?:/|:|[ ]by[ ])[ ]?[^()\s]+(?:[ ][^()\s]+){0,5}(?<![.!?])\)?"
)
# The label of a story's closing list of topic links, and how long that list and its lines are.
_TAG_LABEL = re.compile(r"(?:related[ ]|more[ ]on[ ]this[ ]|story[ ])?(?:topics?|tags?)[ ]?:?", re.IGNORECASE)
_MAX_TAGS = 12
_MAX_TAG_CHARS = 40
# Before the lede only: a content warning, a section kicker, a database label.
# A bare "Warning:" is a content note only when it speaks of the story ("this article contains
# graphic ..."); "WARNING: Residents should boil their water" is news.
_WARNING = re.compile(
    r"(?:content|trigger)[ ]warning[ ]?:"
    r"|warning[ ]?:.*\b(?:contains?|graphic|distressing|disturbing|upsetting|discuss(?:es)?"
    r"|this[ ](?:story|article|report|video|content))\b",
    re.IGNORECASE,
)
_BODY_LABEL = re.compile(r"(?i:full[ ]text)[ ]?[.:]?|(?i:body|text)[ ]?:|BODY|TEXT")
# A credit at the end of a story: not a section of its own.
_CREDIT = re.compile(
    r"contributing[ ]?:|.*\bcontributed[ ](?:to[ ])?(?:this|the)[ ](?:report|story|article)"
    r"|\(?(?:additional[ ])?reporting[ ]by\b|with[ ]files[ ]from\b|(?:editing|compiled)[ ]by\b",
    re.IGNORECASE,
)

# What sets a byline apart from a date on one line.
_SEPARATOR = re.compile(r"[ ]*(?:[|\u2022\u00b7]|[ ][-\u2013\u2014][ ]|,[ ](?=\D))[ ]*")
_NUMBERED = re.compile(r"\d{1,2}[.)][ ]")
_BULLET = re.compile(r"[-*\u2022\u2013\u2014\u25aa\u25cf>][ ]")
# A time stamp alone on a line: "11:40 p.m. ET", "9 a.m.", "23:40 GMT" (a 24-hour time needs its zone).
_TIME_STAMP = re.compile(
    r"\d{1,2}(?::\d{2})?[ ]?[ap]\.?m\.?(?:[ ]?[A-Z]{2,4})?|\d{1,2}:\d{2}[ ]?(?-i:[A-Z]{2,4})", re.IGNORECASE
)
# A sentence boundary inside a line: end punctuation, a space, a capital (or opening quote).
_SENTENCE_BREAK = re.compile(r"(\S+)[.!?][\"'\u201d\u2019)]*[ ]+[\"'\u201c\u2018(]?[A-Z]")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sen rep gov gen lt col capt sgt jr sr no vs inc co corp ltd mt ft ave "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m".split()
)
# A heading never ends on one of these; a line that does is a sentence cut short.
_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of to in on at for from by with as than that which whose "
    "its their his her our your my".split()
)
_KICKER = re.compile(r"[A-Z][^:]{0,30}:[ ]+\S")
# The last words of a news site's section names, and of place names that look like a person's.
_SECTION_WORDS = frozenset(
    "news politics business sport sports world science environment technology tech health"
    " entertainment arts culture opinion lifestyle travel money markets economy education weather"
    " canada europe africa asia americas australia".split()
)
_PLACE_WORDS = frozenset("city county town island islands valley beach heights park springs bay".split())
# Headlines are in the present tense; these verbs of speech mark prose.
_PAST_SPEECH = re.compile(r"\b(?:said|told|added|asked)\b")
_LABEL_ITEM = re.compile(r"[^:]{1,40}:[ ]|.+[ ][-\u2013\u2014][ ]")


@dataclass
class Layout:
    """What the classifier found, as offsets into the source text."""

    date: ArticleDate | None = None
    title: Span | None = None
    byline: Span | None = None
    dateline: Span | None = None
    body: list[tuple[BodyKind, int, int]] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)


@dataclass
class _Item:
    block: Block
    kind: _Kind
    start: int
    end: int


def classify(text: str) -> Layout:
    """Sort the text's blocks into header fields, body headings and paragraphs, and boilerplate."""
    layout = Layout()
    blocks = split_blocks(text)
    body = _read_header(text, blocks, layout)
    items = _label_body(text, body)
    _open_body(text, items, layout)
    _mark_tweets(text, items)
    _mark_lists(text, items)
    _settle_headings(text, items)
    _read_footer(text, items, layout)
    for item in items:
        if item.kind == "furniture":
            layout.boilerplate.append(_span(text, item.start, item.end))
        else:
            layout.body.append(("heading" if item.kind == "heading" else "paragraph", item.start, item.end))
    layout.boilerplate.sort(key=lambda span: span.start)
    return layout


# --- the header: title, date line, byline, kicker, a dateline alone on its line ----------------


def _read_header(text: str, blocks: list[Block], layout: Layout) -> list[Block]:
    """Take title, date and byline lines from the top; return the blocks from the lede on."""
    index = 0
    limit = min(len(blocks), _MAX_HEADER_BLOCKS)
    while index < limit:
        block = blocks[index]
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        taken = _header_field(text, block, layout, after)
        if taken is None:
            skipped = _standfirst(text, blocks, index, limit, layout)
            if not skipped:
                break
            index += skipped
            continue
        if taken == "furniture":
            layout.boilerplate.append(_span(text, block.start, block.end))
        index += 1
        if taken == "dateline":
            break
        if taken == "byline" and index < len(blocks) and _is_byline_role(text, block, blocks[index]):
            role = blocks[index]
            layout.boilerplate.append(_span(text, role.start, role.end))
            index += 1
        if taken == "title" and text[block.end - 1] == ";" and index < len(blocks):
            deck = blocks[index]
            if deck.group == block.group and deck.end - deck.start <= _MAX_FURNITURE_CHARS:
                layout.boilerplate.append(_span(text, deck.start, deck.end))
                index += 1
    body = blocks[index:]
    # Database exports ("ABSTRACT ... FULL TEXT") say where the body starts.
    for position, block in enumerate(body[:_MAX_HEADER_BLOCKS]):
        if _BODY_LABEL.fullmatch(text, block.start, block.end):
            for before in body[: position + 1]:
                layout.boilerplate.append(_span(text, before.start, before.end))
            return body[position + 1 :]
    return body


def _header_field(text: str, block: Block, layout: Layout, after: Block | None) -> str | None:
    """Which header field `block` is (and record it), or None when it is not one."""
    start, end = block.start, block.end
    if block.table or end - start > _MAX_FURNITURE_CHARS or len(block.lines) > 2:
        return None
    dates = [match_date_line(text, line.start, line.end) for line in block.lines]
    first = dates[0]
    if first and all(dates):  # "Published ..." and "Updated ..." lines
        if layout.date is not None:
            return "furniture"  # a second date line: the date is known
        layout.date = _date(text, *first)
        for line in block.lines[1:]:
            layout.boilerplate.append(_span(text, line.start, line.end))
        # A date line that does not say which date ("03/04/2025") is kept, as boilerplate.
        return "date" if layout.date else "furniture"
    if layout.byline is None and _header_byline(text, block, layout, after):
        return "byline"
    kicker_headline = layout.title is None and bool(_HEADLINE_KICKER.match(text, start, end))
    if (_is_furniture(text, start, end) and not kicker_headline) or _WARNING.match(text, start, end):
        return "furniture"
    if layout.dateline is None and _is_dateline_line(text, block, after):
        layout.dateline = _span(text, start, end)
        day = find_day_of_month(text, start, end)
        if day and layout.date is None:
            layout.date = _date(text, *day)
        return "dateline"
    if after and _title_allowed(text, block, layout) and _is_title(text, block):
        if _is_section_label(text, block, after):
            return "furniture"
        layout.title = _span(text, start, end)
        return "title"
    if layout.title and after and _is_label(text, start, end):
        return "furniture"
    return None


def _header_byline(text: str, block: Block, layout: Layout, after: Block | None) -> bool:
    """Record a byline line (with a date on the same line, if any); whether there was one."""
    start, end = block.start, block.end
    byline = _byline(text, start, end)
    if (
        not byline
        and after
        and _is_bare_name(text, start, end)
        and not _names_a_section(text[start:end])
        and not _names_a_place(text[start:end])
        and (
            _dateline_at(text, after.start, after.end)
            or (layout.title and layout.date is None and match_date_line(text, after.start, after.end))
        )
    ):
        # A name alone above a wire dateline, or under the title above a date line (first in the
        # text, a short Title Case line above a date line is the title itself).
        byline = _span(text, start, end)
    if byline:
        layout.byline = byline
        return True
    both = (
        _byline_and_date(text, start, end)
        if layout.date is None and len(block.lines) == 1 and DIGIT.search(text, start, end)
        else None
    )
    if both:
        layout.byline, layout.date = both
    return both is not None


def _is_byline_role(text: str, byline: Block, below: Block) -> bool:
    """The writer's role on the line under the byline: "BBC News, Business reporter"."""
    line = text[below.start : below.end]
    return (
        below.group == byline.group
        and len(below.lines) == 1
        and len(line) <= _MAX_ROLE_CHARS
        and line.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END
        and _has_news_word(line)
        and not match_date_line(text, below.start, below.end)
    )


def _is_bare_name(text: str, start: int, end: int) -> bool:
    return not text[start:end].isupper() and bool(_BARE_NAME.fullmatch(text, start, end))


def _is_dateline_line(text: str, block: Block, after: Block | None) -> bool:
    """A dateline alone on its line: a short place name, and no dateline opening the next block
    (then this line is a headline in capitals)."""
    start, end = block.start, block.end
    return (
        len(text[start:end].split()) <= 5
        and bool(_DATELINE_LINE.fullmatch(text, start, end))
        and not (after and _dateline_at(text, after.start, after.end))
    )


def _title_allowed(text: str, block: Block, layout: Layout) -> bool:
    """The title comes first; after a date line or byline only a line that ends no sentence."""
    if not (layout.title or layout.dateline):
        if not (layout.date or layout.byline):
            return True
        return text[block.start : block.end].rstrip(_CLOSERS)[-1:] not in _SENTENCE_END + ";"
    return False


def _standfirst(text: str, blocks: list[Block], index: int, limit: int, layout: Layout) -> int:
    """A summary between the title and the byline or date line: how many blocks to skip (or 0)."""
    if layout.byline and layout.date:
        return 0
    for ahead in range(index + 1, min(limit, index + 3)):
        block = blocks[ahead]
        start, end = block.start, block.end
        if end - start > _MAX_FURNITURE_CHARS or len(block.lines) != 1:
            continue
        found = (layout.date is None and match_date_line(text, start, end)) or (
            layout.byline is None and _byline(text, start, end)
        )
        if found:
            for skipped in blocks[index:ahead]:
                layout.boilerplate.append(_span(text, skipped.start, skipped.end))
            return ahead - index
    return 0


def _byline(text: str, start: int, end: int) -> Span | None:
    if end - start > _MAX_FURNITURE_CHARS:
        return None
    if _BY.fullmatch(text, start, end) or _ROLE_BYLINE.fullmatch(text, start, end):
        return _span(text, start, end)
    named = _NAMED_BYLINE.fullmatch(text, start, end)
    if named and _is_news_organisation(named.group("org")):
        return _span(text, start, end)
    staff = _STAFF_BYLINE.fullmatch(text, start, end)
    if staff and _is_news_organisation(staff.group("org") or staff.group("org_after")):
        return _span(text, start, end)
    return None


def _is_news_organisation(name: str) -> bool:
    """A web domain ("CTVNews.ca") or a name with a word news organisations use ("Daily News")."""
    return "." in name.strip(".") or _has_news_word(name)


def _has_news_word(line: str) -> bool:
    return bool(_BYLINE_ORG_WORDS.intersection(re.findall(r"[a-z]+", line.lower())))


def _byline_and_date(text: str, start: int, end: int) -> tuple[Span, ArticleDate] | None:
    """A byline and a date line on one line, in either order: "By Jane Doe | March 3, 2025"."""
    for separator in _SEPARATOR.finditer(text, start, end):
        left_end, right_start = separator.span()
        parts = ((start, left_end), (right_start, end))
        for (by_start, by_end), (date_start, date_end) in (parts, parts[::-1]):
            byline = _byline(text, by_start, by_end)
            date = match_date_line(text, date_start, date_end) if byline else None
            found = _date(text, *date) if date else None
            if byline and found:
                return byline, found
    return None


def _is_title(text: str, block: Block) -> bool:
    start, end = block.start, block.end
    line = text[start:end]
    if len(line) > _MAX_TITLE_CHARS or not any(c.isalpha() for c in line):
        return False
    if _is_furniture(text, start, end) and not _HEADLINE_KICKER.match(line):
        return False
    dateline = _DATELINE.match(text, start, end)
    if dateline and any(c.islower() for c in text[dateline.end() : end]):
        return False
    last = line.rstrip(_CLOSERS)[-1:]
    if last in ":,-":
        return False
    if last in _SENTENCE_END:
        # Headlines are short; some corpora end them with a full stop, and some are two sentences
        # ("Virginia could make history. Again."), but in the present tense: sentences with "said"
        # are prose. A longer line that ends a sentence is a headline only in Title Case or after
        # a kicker ("Poll: ...").
        if 2 <= _word_count(line) <= _MAX_SENTENCE_TITLE_WORDS:
            return not (_has_sentence_break(line) and _PAST_SPEECH.search(line))
        return (
            len(line) <= 120
            and not _has_sentence_break(line)
            and (_title_case(line) or bool(_KICKER.match(line)))
        )
    return True


def _is_section_label(text: str, block: Block, after: Block) -> bool:
    """A section name above the headline ("LOCAL NEWS", "Sport"): the headline under it is longer,
    ends no sentence and is no date line, byline or dateline."""
    label = text[block.start : block.end]
    if not (
        _is_label(text, block.start, block.end)
        and (label.isupper() or len(label.split()) == 1 or _names_a_section(label))
    ):
        return False
    headline = text[after.start : after.end]
    return (
        len(after.lines) == 1
        and _word_count(headline) >= _MIN_HEADLINE_WORDS
        and headline.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END
        and _is_title(text, after)
        and not match_date_line(text, after.start, after.end)
        and not _byline(text, after.start, after.end)
        and not _DATELINE.match(text, after.start, after.end)
    )


def _names_a_section(line: str) -> bool:
    """A site's section name in Title Case: "Local News", "UK Politics", "Science & Environment"."""
    words = [w.lower() for w in line.split() if w not in ("&", "and")]
    return bool(words) and words[-1] in _SECTION_WORDS


def _names_a_place(line: str) -> bool:
    """Two capitalized words that name a place, not a person: "Kansas City", "Long Island"."""
    return line.rsplit(None, 1)[-1].lower() in _PLACE_WORDS


def _word_count(line: str) -> int:
    """Words, counting two Chinese, Japanese or Korean characters as one (they use no spaces)."""
    wide = sum(1 for c in line if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
    return len(line.split()) + wide // 2


def _is_label(text: str, start: int, end: int) -> bool:
    """A kicker or section label under the title: "Letters.", "ABSTRACT", "World news"."""
    line = text[start:end]
    words = line.split()
    if not (0 < len(words) <= _MAX_LABEL_WORDS and len(line) <= 30 and line[0].isupper()):
        return False
    return len(words) == 1 or line.isupper() or line.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END


# --- the body ----------------------------------------------------------------------------------


def _label_body(text: str, blocks: list[Block]) -> list[_Item]:
    items: list[_Item] = []
    for block in blocks:
        start, end = block.start, block.end
        kind: _Kind
        if block.table or _is_furniture(text, start, end):
            kind = "furniture"
        elif _heading_like(text, block):
            kind = "candidate"
        else:
            kind = "paragraph"
        items.append(_Item(block, kind, start, end))
    return items


def _open_body(text: str, items: list[_Item], layout: Layout) -> None:
    """Find the lede: the first paragraph, or a later one that opens with a dateline.

    Take a glued date label and a dateline off the lede's start.
    """
    content = [item for item in items if item.kind != "furniture"]
    if not content:
        return
    lede = content[0]
    if _is_time_stamp(text, lede) and len(content) > 1 and content[1].kind == "paragraph":
        lede.kind = "heading"  # a live blog: each entry under the time it was posted
        lede = content[1]
    if layout.dateline is None:
        for position, item in enumerate(content[1:_DATELINE_LOOKAHEAD], start=1):
            if content[position - 1].end - content[position - 1].start > _MAX_FURNITURE_CHARS:
                break
            if _dateline_at(text, item.start, item.end):
                for before in content[:position]:
                    before.kind = "furniture"
                lede = item
                break
    lede.kind = "paragraph"
    start, end = lede.start, lede.end
    glued = _GLUED_DATE.match(text, start, min(end, start + _MAX_FURNITURE_CHARS))
    if glued and layout.date is None:
        layout.date = _date(text, *glued.span("date"))
        start = glued.end()
    dateline = _dateline_at(text, start, end) if layout.dateline is None else None
    if dateline:
        layout.dateline = _span(text, start, dateline[0])
        day = find_day_of_month(text, start, dateline[0])
        if day and layout.date is None:
            layout.date = _date(text, *day)
        start = dateline[1]
    lede.start = start


def _dateline_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a dateline opening `text[start:end]` ends, and where the text after it starts."""
    found = _DATELINE.match(text, start, min(end, start + _MAX_FURNITURE_CHARS))
    if not found:
        return None
    after = found.end()
    while after < end and text[after].isspace():
        after += 1
    return (found.end(), after) if after < end else None


def _mark_tweets(text: str, items: list[_Item]) -> None:
    """An embedded tweet: its closing "— Name (@handle) date" line and the text just above it."""
    lede = _first_content(items)
    for index, item in enumerate(items):
        if not _TWEET_SIGNATURE.match(text, item.start, min(item.end, item.start + _MAX_FURNITURE_CHARS)):
            continue
        item.kind = "furniture"
        before = index - 1
        group = items[before].block.group if before >= 0 else -1
        chars = 0
        while before >= 0 and items[before].block.group == group:
            chars += items[before].end - items[before].start
            if chars > _MAX_TWEET_CHARS or items[before] is lede:
                break
            items[before].kind = "furniture"
            before -= 1


def _first_content(items: list[_Item]) -> _Item | None:
    return next((item for item in items if item.kind != "furniture"), None)


def _mark_lists(text: str, items: list[_Item]) -> None:
    """Short lines run together without blank lines are list items, not headings."""
    for index, item in enumerate(items):
        if item.kind != "candidate":
            continue
        if _stamps_entry(text, items, index):
            continue
        neighbours = [items[i] for i in (index - 1, index + 1) if 0 <= i < len(items)]
        if any(
            other.block.group == item.block.group
            and other.kind != "furniture"
            and (other.kind == "candidate" or other.end - other.start <= 100)
            for other in neighbours
        ):
            item.kind = "paragraph"


def _stamps_entry(text: str, items: list[_Item], index: int) -> bool:
    """A live blog entry's time, first on its run of lines and above the entry's text."""
    item = items[index]
    below = items[index + 1] if index + 1 < len(items) else None
    above = items[index - 1] if index > 0 else None
    return (
        _is_time_stamp(text, item)
        and below is not None
        and below.kind == "paragraph"
        and below.block.group == item.block.group
        and (above is None or above.block.group != item.block.group)
    )


def _is_time_stamp(text: str, item: _Item) -> bool:
    return item.kind == "candidate" and bool(_TIME_STAMP.fullmatch(text, item.start, item.end))


def _settle_headings(text: str, items: list[_Item]) -> None:
    """Decide which candidates head a section.

    Three or more in a row are a list; of two in a row the first is a link to another story
    (unless it introduces the second); a heading needs paragraphs after it, and a credit line
    alone is not a section.
    """
    content = [item for item in items if item.kind != "furniture"]
    index = 1  # the lede is never a heading
    while index < len(content):
        if content[index].kind != "candidate":
            index += 1
            continue
        run_end = index
        while run_end + 1 < len(content) and content[run_end + 1].kind == "candidate":
            run_end += 1
        run = content[index : run_end + 1]
        if len(run) >= 3 or (len(run) == 2 and _reads_as_list(text, run[0], run[1])):
            for item in run:
                item.kind = "paragraph"
        elif len(run) == 2 and not _introduces(text, run[0]):
            run[0].kind = "furniture"
        index = run_end + 1
    content = [item for item in items if item.kind != "furniture"]
    credits_from = len(content)  # content[credits_from:] are all credit lines
    while credits_from > 0 and _is_credit(text, content[credits_from - 1]):
        credits_from -= 1
    for position, item in enumerate(content):
        if item.kind != "candidate":
            continue
        if position + 1 == len(content) or not _opens_section(text, content[position + 1]):
            item.kind = "paragraph"
        elif position + 1 >= credits_from:
            item.kind = "furniture"
        else:
            item.kind = "heading"


def _opens_section(text: str, item: _Item) -> bool:
    """Whether `item` can be the first paragraph under a heading.

    Not a list item (the line above introduces the list) and not the rest of a sentence that
    the line above began (it starts in lower case or with punctuation).
    """
    first = text[item.start]
    return not (first.islower() or first in ",.;:)" or _BULLET.match(text, item.start, item.end))


def _is_credit(text: str, item: _Item) -> bool:
    return bool(_CREDIT.match(text, item.start, min(item.end, item.start + _MAX_FURNITURE_CHARS)))


def _reads_as_list(text: str, first: _Item, second: _Item) -> bool:
    a, b = text[first.start : first.end], text[second.start : second.end]
    return bool(
        (_NUMBERED.match(a) and _NUMBERED.match(b)) or (_LABEL_ITEM.match(a) and _LABEL_ITEM.match(b))
    )


def _introduces(text: str, item: _Item) -> bool:
    return text[item.start : item.end].endswith(":")


def _read_footer(text: str, items: list[_Item], layout: Layout) -> None:
    """A byline or a letter writer's signature at the end of the story."""
    _mark_tag_list(text, items)
    content = [item for item in items if item.kind != "furniture"]
    if len(content) < 3:
        return
    for item in content[-3:]:
        found = _END_BYLINE.fullmatch(text, item.start, min(item.end, item.start + _MAX_FURNITURE_CHARS))
        if found and item.end - item.start <= _MAX_FURNITURE_CHARS:
            if layout.byline is None:
                layout.byline = _span(text, *found.span("by"))
            item.kind = "furniture"
            return
    if layout.byline is not None:
        return
    last, before = content[-1], content[-2]
    if _is_signature(text, before) and _is_signature(text, last) and _ends_prose(text, content[-3]):
        name, place = before, last
    elif _is_signature(text, last) and _ends_prose(text, before):
        name, place = last, None
    else:
        return
    end = name.end - 1 if text[name.end - 1] == "." else name.end
    layout.byline = _span(text, name.start, end)
    name.kind = "furniture"
    if place:
        place.kind = "furniture"


def _mark_tag_list(text: str, items: list[_Item]) -> None:
    """Short lines after a closing "Related Topics" or "Tags" label are the page's topic links."""
    closing = range(len(items) - 1, max(-1, len(items) - _MAX_TAGS - 2), -1)
    label = next((i for i in closing if _is_tag_label(text, items[i])), None)
    if label is None:
        return
    tags = items[label + 1 :]
    if tags and all(item.end - item.start <= _MAX_TAG_CHARS and not _ends_prose(text, item) for item in tags):
        for item in items[label:]:
            item.kind = "furniture"


def _is_tag_label(text: str, item: _Item) -> bool:
    return bool(_TAG_LABEL.fullmatch(text, item.start, item.end))


def _is_signature(text: str, item: _Item) -> bool:
    if item.end - item.start > 40 or item.block.table:
        return False
    line = text[item.start : item.end]
    return bool(_SIGNATURE.fullmatch(line)) and not _PAGE_WORDS.intersection(line.lower().rstrip(".").split())


def _ends_prose(text: str, item: _Item) -> bool:
    return item.kind == "paragraph" and text[item.start : item.end].rstrip(_CLOSERS)[-1:] in _SENTENCE_END


# --- line tests --------------------------------------------------------------------------------


def _is_furniture(text: str, start: int, end: int) -> bool:
    """Page furniture: captions, links to other stories, prompts, sign-offs, separators."""
    if end - start > _MAX_FURNITURE_CHARS:
        return False
    line = text[start:end]
    if not any(c.isalnum() for c in line):
        return True
    return bool(
        _FURNITURE.match(line)
        or (len(line) <= _MAX_CAPTION_CHARS and _CREDIT_END.fullmatch(line))
        or _RUNNING_TIME.fullmatch(line)
        or _CREDIT_ALONE.fullmatch(line)
        or "pic.twitter.com/" in line
        or (len(line) <= 80 and _LINK_HERE.fullmatch(line))
        or _is_story_link(line)
    )


def _is_story_link(line: str) -> bool:
    """A link to another story, kicker and headline: "Internal memo: Guards falsified records".

    Too long for a heading, yet it ends without punctuation as no paragraph of prose does.
    """
    return (
        len(line) > _MAX_HEADING_CHARS
        and bool(_KICKER.match(line))
        and "(" not in line
        and line.count(",") <= 2
        and line.rstrip(_CLOSERS)[-1:].isalnum()
        and len(line.split(":", 1)[0].split()) <= 5
    )


def _heading_like(text: str, block: Block) -> bool:
    """A short line that could head a section: no final punctuation, not a sentence."""
    if len(block.lines) != 1 or block.end - block.start > _MAX_HEADING_CHARS:
        return False
    line = text[block.start : block.end]
    if len(line.split()) > _MAX_HEADING_WORDS or not any(c.isalpha() for c in line):
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in _OPEN_QUOTES or first in ".\u2026"):
        return False
    if _BULLET.match(line):
        return False
    if _TIME_STAMP.fullmatch(line):
        return True
    if _quoted_sentence(line):
        return False
    if _has_sentence_break(line):
        return False
    core = line.rstrip(_CLOSERS)
    last = core[-1:]
    if core.endswith(("...", "\u2026")):
        return True
    if last == "?":
        return len(line.split()) <= _MAX_QUESTION_HEADING_WORDS
    if last == ":":
        return _title_case(line, strict=True)
    if last in ".!;,":
        return bool(re.search(r"\b(?:[A-Za-z]\.){2,}$", core))
    return core != line or core.rsplit(None, 1)[-1].lower() not in _FUNCTION_WORDS


def _quoted_sentence(line: str) -> bool:
    """A sentence that quotes someone, rather than a heading that is a quotation.

    `Wallace asked Trump: "Done?"` and `"Yes," she said` are sentences; `"The Gordon problem"`
    and `"Why now?"` (a quotation standing alone) are headings.
    """
    core = line.rstrip(_CLOSE_QUOTES)
    if core != line and core[-1:] in tuple(".!?,"):
        standing_alone = line[0] in _OPEN_QUOTES and not any(q in core[1:] for q in '\u201d"')
        return not (standing_alone and core[-1] in "?!")
    if line[0] not in _OPEN_QUOTES:
        return False
    closing = max(line.rfind(q) for q in '\u201d"')
    return closing > 0 and (line[closing - 1] in ".!?," or any(c.isalpha() for c in line[closing + 1 :]))


def _has_sentence_break(line: str) -> bool:
    for found in _SENTENCE_BREAK.finditer(line):
        word = found.group(1).lower().lstrip(_OPEN_QUOTES + "(")
        if word not in _ABBREVIATIONS and len(word.rstrip(".")) > 1:
            return True
    return False


def _title_case(line: str, strict: bool = False) -> bool:
    """Most (or, strictly, all) words of four letters or more are capitalized."""
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019\-]*", line) if len(w) >= 4]
    share = 1.0 if strict else 0.6
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= share * len(words)


def _span(text: str, start: int, end: int) -> Span:
    return Span(text[start:end], start, end)


def _date(text: str, start: int, end: int) -> ArticleDate | None:
    raw = text[start:end]
    value = date_value(raw)
    return ArticleDate(raw, start, end, value) if value else None
