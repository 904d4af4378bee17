"""Sentence boundaries inside one paragraph of running English news text.

A rule-based, single-pass splitter. Every run of terminal punctuation (`.`, `?`, `!`, ellipses) is a
candidate; it becomes a boundary when what follows can start a sentence (a capital, a digit, an
opening quote or bracket, a lower-case brand such as "iPhone") and what precedes it is not an
abbreviation that usually runs on ("Dr.", "Gen.", "e.g.", an initial before a surname). Besides
these, a blank line, a bulleted line, the next item of an inline numbered or lettered list
("1) ... 2) ..."), and each line of a multi-line paragraph with no terminal punctuation at all (tag
lists, credits) start a sentence; so does a capitalized word glued to a full stop ("end.The").

Quotations are split into their sentences as news treebanks do: `"We lost. We regret it," he said.`
is two sentences. Every scan moves forward and looks back or ahead a bounded number of characters,
so the running time is linear in the length of the text whatever it holds.
"""

from __future__ import annotations

import bisect
import itertools
import re

# Titles and honorifics: they precede a name, so a capital after them never starts a sentence.
_TITLES = frozenset(
    "mr mrs ms messrs mmes dr prof gen lt col maj capt cmdr cdr adm sgt cpl pvt pfc spc brig gov "
    "sen rep reps sens rev msgr fr hon pres supt det insp atty amb ald sec secy treas lieut comdr "
    "rt ret".split()
)
# Abbreviations that run on before a number ("No. 2", "p. 55", "Jan. 5") and otherwise behave like
# ordinary words: "No." before a capital is the word "no" ending a sentence.
_BEFORE_NUMBERS = frozenset("no nos nr vol vols p pp art arts fig figs ch chap sec secs para op n°".split())
# Months as AP style abbreviates them, only before a day ("Jan. 5"); capitalized only, since "mar."
# is a word and "Ant and Dec." a name.
_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# Abbreviations that can end a sentence: a capital after them starts one only when it is a word
# that typically opens sentences ("Co. It closed" against "Co. Chairman").
_ENDING = frozenset(
    "jr sr st mt ft pt etc al dept univ assn intl natl govt assoc ave blvd rd hwy sq approx".split()
)
# Company suffixes usually end the sentence before a capital, unless a role follows ("Apple Inc. CEO").
_COMPANY_SUFFIXES = frozenset("inc ltd co corp cos plc llc llp bros".split())
_ROLES = frozenset(
    "ceo cfo coo cto chairman chairwoman chair chief president vice executive director spokesman "
    "spokeswoman spokesperson founder head boss managing senior general".split()
)
# US states (AP style) and weekdays abbreviated; like _ENDING, but only when capitalized ("Mass.",
# "Wed."), since several are also words ("mass.", "wed."). "Sat." and "Sun." are left out: in news
# they are far more often a verb, a star or a newspaper than a day.
_CAPITALIZED_ENDING = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont "
    "Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo Mon Tue Tues Wed Thu Thur Thurs Fri".split()
)
# Latin abbreviations that never end a sentence in news prose.
_NEVER_ENDING = frozenset("e.g i.e vs v cf viz ca".split())
_MERIDIEM = frozenset({"a.m", "p.m"})
# Endings of web site names written as brands ("Amazon.Com", "News.Az").
_DOMAIN_ENDINGS = frozenset("com org net edu gov info biz tv fm io".split())
# Brand names written with "!" that do not end a sentence.
_EXCLAIMING_NAMES = frozenset({"yahoo", "jeopardy"})

# Each abbreviation's behaviour, by its lower-case form; a title or Latin "never" wins over the rest.
_KINDS = {
    **dict.fromkeys(_ENDING, "ending"),
    **dict.fromkeys((w.lower() for w in _CAPITALIZED_ENDING), "capitalized"),
    **dict.fromkeys(_COMPANY_SUFFIXES, "company"),
    **dict.fromkeys(_BEFORE_NUMBERS, "number"),
    **dict.fromkeys((w.lower() for w in _MONTHS), "month"),
    **dict.fromkeys(_MERIDIEM, "meridiem"),
    **dict.fromkeys(_TITLES | _NEVER_ENDING, "never"),
}
# Letters enough at the end of a word for it to be none of the abbreviations above.
_PLAIN_WORD_TAIL = 1 + max(len(abbreviation) for abbreviation in _KINDS)

# Words that open sentences far more often than they continue a name ("U.S. How", not "U.S. Army").
_SENTENCE_OPENERS = frozenset(
    "a an the this that these those there then thus he she it we they i you his her its our their "
    "my your but and or so yet however meanwhile also still in on at for after before since when "
    "while where what who whom whose why how which if although though as with without by from "
    "during despite under over according some many most several all both each every no none one "
    "other another such did does do is are was were has have had can could would should not now "
    "today yesterday tomorrow last next earlier later instead indeed even only just here being "
    "more less asked officials police authorities analysts experts critics residents witnesses "
    "investigators prosecutors researchers scientists shares stocks sales prices separately "
    "nevertheless nonetheless overall together neither either few two three four five first second "
    "finally once until unless because whether speaking following given like unlike among between "
    "through throughout within against amid across along into outside inside nobody everyone "
    "someone nothing everything something anyone people much others former besides initially "
    "currently recently eventually unfortunately fortunately apparently originally similarly "
    "additionally ultimately importantly notably clearly obviously certainly hopefully usually".split()
)
_SPEECH_VERBS = frozenset(
    "said says asked asks added adds told tells wrote writes replied replies shouted shouts "
    "exclaimed cried yelled wondered demanded continued recalled explained insisted joked".split()
)
# Words after "a.m."/"p.m." that continue the time ("at 10 a.m. Tuesday", "9 p.m. EST").
_TIME_FOLLOWERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri "
    "sat sun january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec est edt cst cdt mst mdt pst pdt et ct mt pt "
    "gmt utc bst cet cest ist jst aest eastern central pacific mountain local".split()
)
# Opening words of a fronted time phrase ("At 5 a.m. Mr. Smith went ...").
_TIME_PREPOSITIONS = frozenset(
    "at by before after around about until till from since shortly just approximately starting "
    "beginning on".split()
)

# A whole run of terminal punctuation ("?!", ". . . .") followed by what can follow a sentence end
# inside the text: space, a closing mark, or a glued capitalized word ("world.Today"); a run at the
# very end starts no sentence after it, so it is left out. The run never starts
# inside another run and ends at the first mark not followed by another (one space or tab may sit
# between marks); the lazy single-character repeat keeps the regex engine's memory constant however
# long the run (a repeated group would stack a frame per mark), so scanning is linear. Decimals, "U.S"
# and "a.m" inner stops never reach Python.
_TERMINAL_RUN = re.compile(
    r"[.?!\u2026\u203c\u2047\u2048\u2049]"
    r"(?<![.?!\u2026\u203c\u2047\u2048\u2049].)(?<![.?!\u2026\u203c\u2047\u2048\u2049][ \t].)"
    r"[.?!\u2026\u203c\u2047\u2048\u2049 \t]*?"
    r"(?<=[.?!\u2026\u203c\u2047\u2048\u2049])(?![ \t]?[.?!\u2026\u203c\u2047\u2048\u2049])"
    r"(?=[\s\"'\u201d\u2019)\]}\u00bb\u203a]|[A-Z][a-z])"
)
_CLOSERS = "\"'\u201d\u2019)]}\u00bb\u203a"
_SPACED_QUOTES = '"\u201d\u00bb'
_OPENERS = "\"'`\u201c\u2018([{\u00ab\u2039\u00bf\u00a1"
_OPENERS_OR_BLANKS = _OPENERS + " \t"
_BULLETS = "\u2022\u2023\u2043\u25e6\u25aa\u25cf\u2219"
_LINE_BULLETS = _BULLETS + "*"
_CURRENCY = "$\u00a3\u20ac\u00a5#"
_WORD = re.compile(r"[^\W_]{1,40}")
_MARKER = (
    r"(?P<item>(?:(?P<bullet>[\u2022\u2023\u2043\u25e6\u25aa\u25cf\u2219*\u2013-])[ \t]*)?"
    r"(?P<label>\d{1,3}|[a-z])(?P<punct>\.\)|[.)]))(?=[ \t])"
)
_LIST_MARKER = re.compile(r"[ \t]*" + _MARKER)
# What a paragraph opening with a list marker can start with (besides a digit): a cheap first test.
_LIST_START = " \tabcdefghijklmnopqrstuvwxyz\u2022\u2023\u2043\u25e6\u25aa\u25cf\u2219*\u2013-"
_LINE_LIST_MARKER = re.compile(r"\n[ \t]*" + _MARKER)
# A list marker after a space, "leading" (group `lead`) when that space ends a newline and blanks;
# the one at the very start is _LIST_MARKER's. Starting with a space keeps the scan quick.
_ANY_LIST_MARKER = re.compile(r"\s(?P<lead>(?<=\n)[ \t]*)?" + _MARKER)
_ONLY_LIST_MARKER = re.compile(
    r"\s*(?:[\u2022\u2023\u2043\u25e6\u25aa\u25cf\u2219*\u2013-]\s*)?(?:\d{1,3}|[a-z])(?:\.\)|[.)])"
)
_MULTI_PERIOD = re.compile(r"(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}")
_SENTENCE_END_ANYWHERE = re.compile(r"[.?!\u2026\u203c\u2047\u2048\u2049](?=\s|$)")
_EMPHATIC = re.compile(r"[?!\u203c\u2047\u2048\u2049]")
_SPACE = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LOOKBACK = 40
_LONGEST_MARKER = 12
_SHORT_LINE = 40
# What a line needs to start a sentence without terminal punctuation before it: a blank line before,
# a bullet, a dash or a list label (a superset of what _line_boundaries and _list_boundaries need).
_LINE_HINT = re.compile(r"\n[^\S\n]*(?:[\n" + re.escape(_LINE_BULLETS) + r"\u2013-]|(?:\d{1,3}|[a-z])[.)])")
# A line holding more than _SHORT_LINE characters between its first and last non-blank ones.
_LONG_LINE = re.compile(r"(?m)^[^\S\n]*\S[^\n]{" + str(_SHORT_LINE) + r",}(?<=\S)")
_LINE_CONTENT = re.compile(r"\n[^\S\n]*(?=\S)")
_BULLETED_LINE = re.compile(r"\n[^\S\n]*(?=[" + re.escape(_LINE_BULLETS) + "])")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets in `text` of each sentence of `text[start:end]`, whitespace-stripped."""
    if start <= 0 and end is None:
        begin = 0
        paragraph = text
    else:
        size = len(text)
        begin = min(max(start, 0), size)
        stop = size if end is None else min(max(end, begin), size)
        paragraph = text[begin:stop]
    cuts = _boundaries(paragraph)
    cuts.append(len(paragraph))
    spans: list[tuple[int, int]] = []
    previous = 0
    for cut in cuts:
        content = paragraph[previous:cut].lstrip()
        if content:
            a = begin + cut - len(content)
            spans.append((a, a + len(content.rstrip())))
        previous = cut
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph, each a whitespace-stripped substring of `text`, in order."""
    if not isinstance(text, str):
        raise TypeError(f"split_sentences() takes a str, not {type(text).__name__}")
    cuts = _boundaries(text)
    if not cuts:
        sentence = text.strip()
        return [sentence] if sentence else []
    cuts.append(len(text))
    sentences = []
    previous = 0
    for cut in cuts:
        sentence = text[previous:cut].strip()
        if sentence:
            sentences.append(sentence)
        previous = cut
    return sentences


def _boundaries(text: str) -> list[int]:
    """Positions where a new sentence starts, ascending, each strictly inside `text`."""
    size = len(text)
    forced = (
        _forced_boundaries(text)
        if text[:1] in _LIST_START
        or text[:1].isdigit()
        or ("\n" in text and (_LINE_HINT.search(text) or not _SENTENCE_END_ANYWHERE.search(text)))
        else []
    )
    cuts: list[int] = []
    next_forced = 0
    sentence_start = 0
    quotes_seen = 0
    counted_to = 0
    search = _TERMINAL_RUN.search  # search() call by call: cheaper than finditer() on short texts
    run = search(text)
    while run is not None:
        run_start, run_end = run.span()
        run = search(text, run_end)
        if forced:
            while next_forced < len(forced) and forced[next_forced] <= run_start:
                sentence_start = forced[next_forced]
                cuts.append(sentence_start)
                next_forced += 1
        if run_end - run_start == 1:
            decided = _lone_mark_cut(text, run_start, sentence_start)
            if decided == run_end:
                cuts.append(run_end)
                sentence_start = run_end
            if decided != _UNDECIDED:
                continue
        elif (
            text[run_end] == " "
            and text[run_end + 1 : run_end + 2].islower()
            and text[run_end + 2 : run_end + 5].islower()
        ):
            continue  # ". . . and": only a brand such as "iPhone" could start a sentence here
        quotes_seen += text.count('"', counted_to, run_start)
        counted_to = run_start
        cut = _cut_after(text, run_start, run_end, sentence_start, quotes_seen)
        if cut is not None and 0 < cut < size:
            cuts.append(cut)
            sentence_start = cut
    if not forced:
        return cuts
    if len(cuts) == next_forced:
        return forced  # no terminal punctuation cut: the forced starts alone
    cuts.extend(forced[next_forced:])
    return sorted(set(cuts))


_UNDECIDED = -1


def _lone_mark_cut(text: str, mark_at: int, sentence_start: int) -> int:
    """The commonest candidates, decided without the general machinery of `_cut_after`: one mark
    followed by one space and a letter or digit (no closing quote, no spaced quote mark), and a full
    stop glued to a word. The cut after the mark, 0 for none, or _UNDECIDED."""
    after = mark_at + 1
    if text[after] != " ":
        if text[mark_at] == "." and text[after].isalpha():
            return after if _glued_sentence_start(text, mark_at, sentence_start) else 0
        return _UNDECIDED
    if after + 1 >= len(text):
        return _UNDECIDED
    first = text[after + 1]
    if first.islower():
        # ". and": only a brand such as "iPhone" could start a sentence here
        return 0 if text[after + 2 : after + 5].islower() else _UNDECIDED
    if text[mark_at] == ".":
        if not (first.isupper() or first.isdigit()):
            return _UNDECIDED
        tail = mark_at - _PLAIN_WORD_TAIL
        if tail >= sentence_start and text[tail:mark_at].isalpha():
            return after  # a word longer than any abbreviation, and no initial or list label
        if after - sentence_start <= _LONGEST_MARKER and _ONLY_LIST_MARKER.fullmatch(
            text, sentence_start, after
        ):
            return 0  # the label of a list item ("1.", "b.")
        word = _word_before(text, mark_at, sentence_start)
        if not word or (
            len(word) > 1
            and (len(word) > 2 or not word.islower())
            and not word[-1].isdigit()
            and "." not in word
            and word.lower() not in _KINDS
        ):
            return after  # an ordinary word: no list label, abbreviation or initial
        return after if _full_stop_ends(text, word, mark_at, after, after + 1, sentence_start, False) else 0
    if text[mark_at] in "?!" and first.isupper() and (mark_at == 0 or text[mark_at - 1] not in "oOyY"):
        return after  # not after "Yahoo" or "Jeopardy"
    return _UNDECIDED


def _forced_boundaries(text: str) -> list[int]:
    """Sentence starts that need no terminal punctuation: list items and line starts, ascending."""
    kinds: list[list[int]] = [_list_boundaries(text), *(_line_boundaries(text) if "\n" in text else ())]
    found = [starts for starts in kinds if starts]
    if len(found) == 1:
        return found[0]  # each kind is ascending already, without repeats
    return sorted(set(itertools.chain(*found)))


def _cut_after(text: str, run_start: int, run_end: int, sentence_start: int, quotes_seen: int) -> int | None:
    """Where the sentence ends if the terminal run text[run_start:run_end], which does not end the
    text and is not a lone full stop before a glued letter, ends one, else None."""
    following = _following(text, run_end, quotes_seen)  # a run holds no quote mark
    if following is None or not _can_start_sentence(text, following[1]):
        return None
    closed_at, position, quote_closed = following
    if run_end - run_start == 1 and text[run_start] == ".":
        word = _word_before(text, run_start, sentence_start)
        ends = _full_stop_ends(text, word, run_start, closed_at, position, sentence_start, quote_closed)
        return closed_at if ends else None
    run = text[run_start:run_end]
    dots = run.count(".") + 3 * run.count("\u2026")
    if _EMPHATIC.search(run):
        if quote_closed and _speaker_follows(text, position):
            return None
        word = _word_before(text, run_start, sentence_start)
        if word.lower() in _EXCLAIMING_NAMES and not quote_closed:
            return closed_at if _is_opener_word(text, position) else None
        return closed_at
    if dots >= 4:
        attached = run_start > 0 and not text[run_start - 1].isspace()
        if attached and run[1:] == " ." * (len(run) // 2):
            return run_start + 1
        return closed_at
    if dots == 3:
        bracketed = run_start > 0 and text[run_start - 1] in "[("
        return closed_at if quote_closed and not bracketed else None
    if dots == 2:
        return closed_at
    word = _word_before(text, run_start, sentence_start)
    ends = _full_stop_ends(text, word, run_start, closed_at, position, sentence_start, quote_closed)
    return closed_at if ends else None


def _full_stop_ends(
    text: str,
    word: str,
    run_start: int,
    closed_at: int,
    position: int,
    sentence_start: int,
    quote_closed: bool,
) -> bool:
    """Whether a single full stop after `word` ends its sentence, which would end at `closed_at`."""
    if (
        word
        and (word[-1].isdigit() or (len(word) <= 2 and word.islower()))
        and closed_at - sentence_start <= _LONGEST_MARKER
        and _ONLY_LIST_MARKER.fullmatch(text, sentence_start, closed_at)
    ):
        return False
    if quote_closed:
        return word.lower() not in _TITLES
    return _ends_sentence(text, word, run_start, position, sentence_start)


def _following(text: str, position: int, quotes_before: int) -> tuple[int, int, bool] | None:
    """What comes after a terminal run: where its sentence would end (after closing quotes and
    brackets), where the next one would start (after the space), and whether a quotation closed; None
    at the end or when no space follows."""
    size = len(text)
    run_end = position
    while position < size and text[position] in _CLOSERS:
        position += 1
    quote_closed = bool(text[run_end:position].strip(")]}"))  # a closer that is not a bracket
    closed_at = position
    if position >= size or not text[position].isspace():
        return None
    position += 1
    if position < size and text[position].isspace():
        position = _skip_space(text, position)
    if position >= size:
        return None
    if text[position] in _SPACED_QUOTES and _is_spaced_closing_quote(
        text, position, quotes_before + text.count('"', run_end, position)
    ):
        closed_at = position + 1
        quote_closed = True
        position = _skip_space(text, closed_at)
        if position >= size:
            return None
    return closed_at, position, quote_closed


def _skip_space(text: str, position: int) -> int:
    match = _SPACE.match(text, position)
    return match.end() if match else position


def _speaker_follows(text: str, position: int) -> bool:
    """A name and a speech verb after a quoted question ("Why?" Smith asked.) continue its sentence."""
    names = 0
    while names < 4:
        word = _next_word(text, position)
        if not word:
            return False
        if word.lower() in _SPEECH_VERBS:
            return names > 0 and word.islower()
        if not word[0].isupper() or (names == 0 and word.lower() in _SENTENCE_OPENERS):
            return False  # "He said:" after a quoted question opens a new sentence
        names += 1
        position += len(word)
        limit = min(len(text), position + 3)
        while position < limit and text[position] in " .-'\u2019":
            position += 1
    return False


def _ends_sentence(text: str, word: str, run_start: int, following: int, sentence_start: int) -> bool:
    """Whether the full stop after `word` ends its sentence, given that text[following] may start one."""
    kind = _KINDS.get(word.lower())
    if kind is not None and len(word) > 1 and word.isupper() and word.isalpha():
        kind = None  # "SEC", "MS", "EST": acronyms, not "Sec.", "Ms.", "est."
    if kind is None:
        if not _is_initialism(word):
            return True
    elif kind == "never":
        return False
    elif (kind == "capitalized" and word not in _CAPITALIZED_ENDING) or (
        kind == "month" and word not in _MONTHS
    ):
        return True  # "mass.", "mar.": the words, not the state or the month
    if text[following].isdigit():
        return False  # "No. 2", "Jan. 5", "U.S. 101", "p.m. 5" all run on
    if kind in ("number", "month"):
        return True
    if kind == "meridiem":
        return _time_phrase_ends(text, run_start, following, sentence_start)
    if text[following] in "([":  # "N.V. (EADS)", "Inc. (AAPL.O)": an aside about the name
        return _is_opener_word(text, following)
    if kind == "company":
        return _company_name_ends(text, following)
    return _is_opener_word(text, following)


def _company_name_ends(text: str, following: int) -> bool:
    """After "Inc."/"Corp.": a role ("Inc. CEO") or a two-word name ("Apple Inc. Steve Jobs") runs on."""
    if _is_opener_word(text, following):
        return True
    position = _skip_openers(text, following)
    word = _next_word(text, position)
    if word.lower() in _ROLES:
        return False
    after = position + len(word)
    while after < len(text) and after - position < _LOOKBACK and text[after] in " \t\n-'\u2019":
        after += 1
    return not (after < len(text) and text[after].isupper())


def _is_initialism(word: str) -> bool:
    """A single letter ("E. Smith", "p.") or letters with inner full stops ("U.S", "Ph.D", "N.V")."""
    if len(word) == 1:
        return word.isalpha()
    return "." in word and _MULTI_PERIOD.fullmatch(word) is not None


def _time_phrase_ends(text: str, run_start: int, following: int, sentence_start: int) -> bool:
    """After "a.m."/"p.m.": a day, month or zone continues the time; so does a fronted time phrase."""
    word = _next_word(text, _skip_openers(text, following)).lower()
    if word in _TIME_FOLLOWERS:
        return False
    if run_start - sentence_start <= _LOOKBACK:
        words = text[sentence_start:run_start].split()
        if len(words) <= 4 and words and words[0].lower().strip(_OPENERS) in _TIME_PREPOSITIONS:
            return False
    return True


def _word_before(text: str, run_start: int, sentence_start: int) -> str:
    """The token the terminal run is attached to, without opening punctuation; "" if too long."""
    floor = run_start - _LOOKBACK - 1
    if floor < sentence_start:  # noqa: PLR1730 - faster than max() on this hot path
        floor = sentence_start
    if run_start <= floor or text[run_start - 1].isspace():
        return ""
    space = text.rfind(" ", floor, run_start)
    if space > floor and not text[space - 1].isspace():
        word = text[space + 1 : run_start]
        if word.isprintable():  # no other whitespace inside: the last of several tokens
            return word.lstrip(_OPENERS) if word[0] in _OPENERS else word
    pieces = text[floor:run_start].rsplit(None, 1)
    if len(pieces) == 1 and floor > sentence_start and not text[floor - 1].isspace():
        return ""
    word = pieces[-1]
    return word.lstrip(_OPENERS) if word[0] in _OPENERS else word


def _next_word(text: str, position: int) -> str:
    match = _WORD.match(text, position)
    return match.group() if match else ""


def _skip_openers(text: str, position: int) -> int:
    """The position after up to a few opening quotes or brackets (and spaces between them)."""
    limit = min(len(text), position + 8)
    while position < limit and text[position] in _OPENERS_OR_BLANKS:
        position += 1
    return position


def _can_start_sentence(text: str, position: int) -> bool:
    """Whether text[position:] can begin a sentence: a capital, a number, "iPhone", "$5"."""
    if text[position].isupper() or text[position].isdigit():
        return True
    position = _skip_openers(text, position)
    if position >= len(text):
        return False
    first = text[position]
    if first.isupper() or first.isdigit() or first in _BULLETS:
        return True
    if first in _CURRENCY:
        return position + 1 < len(text) and text[position + 1].isdigit()
    if first.islower():
        word = _next_word(text, position)
        return any(c.isupper() for c in word[1:4])
    return False


def _is_opener_word(text: str, position: int) -> bool:
    """Whether the word at `position` (after opening quotes) is one that usually opens a sentence."""
    position = _skip_openers(text, position)
    word = _next_word(text, position)
    if word == "I" and text[position + 1 : position + 2] == ".":
        return False
    return word.lower() in _SENTENCE_OPENERS


def _is_spaced_closing_quote(text: str, position: int, quotes_before: int) -> bool:
    """A quote mark standing alone after the full stop that closes the quotation ("now. " He ...)."""
    mark = text[position]
    alone = position + 1 >= len(text) or text[position + 1].isspace()
    if mark in "\u201d\u00bb":
        return True
    return mark == '"' and quotes_before % 2 == 1 and (alone or not text[position + 1].isalnum())


def _glued_sentence_start(text: str, run_start: int, sentence_start: int) -> bool:
    """A full stop with no space after it ends a sentence when a capitalized word is glued on
    ("Hello world.Today is ..."), unless it sits inside an e-mail address, a web address, a site's
    name ("News.Az") or an abbreviation."""
    following = run_start + 1
    if not (text[following].isupper() and text[following + 1 : following + 2].islower()):
        return False
    previous = text[run_start - 1] if run_start > 0 else " "
    if not (previous.islower() or previous.isdigit()):
        return False
    token_start = max(0, run_start - 100)
    token_end = min(len(text), run_start + 100)
    before = text[token_start:run_start].rsplit(None, 1)[-1]  # `previous` is no space: a token ends here
    after = text[following:token_end].split(None, 1)[0]
    token = before + "." + after
    if "@" in token or "://" in token or "www." in token.lower():
        return False
    glued = _next_word(text, following)
    if glued.lower() in _DOMAIN_ENDINGS or (len(glued) < 3 and glued.lower() not in _TITLES):
        return False  # "News.Az", "Amazon.Com": a site's name, not two sentences
    word = _word_before(text, run_start, sentence_start)
    lower = word.lower()
    return not (lower in _TITLES or lower in _NEVER_ENDING or lower in _ENDING or _is_initialism(word))


def _list_boundaries(text: str) -> list[int]:
    """Starts of the items of a numbered or lettered list ("1) ... 2) ...", "a. ... b. ...") that
    opens the paragraph or a line: each next label in sequence starts an item."""
    first = _LIST_MARKER.match(text)
    if not (first or ("\n" in text and _LINE_LIST_MARKER.search(text))):
        return []
    later_markers = _ANY_LIST_MARKER.finditer(text, first.end() if first else 0)
    # Per marker only numbers are kept (no match object), so a text of many markers stays small.
    starts: list[int] = []  # where each item starts: its bullet, or its label
    kind_ids: list[int] = []
    leading: list[int] = []  # the markers at the start of the paragraph or of a line
    kinds: dict[tuple[str, ...], int] = {}  # bullet (or None), label, punctuation: "1)", "\u2022 9.", "a."
    where: list[list[int]] = []  # the markers of each kind
    for index, marker in enumerate(itertools.chain((first,) if first else (), later_markers)):
        kind = marker.group("bullet", "label", "punct")
        kind_id = kinds.setdefault(kind, len(where))
        if kind_id == len(where):
            where.append([])
        where[kind_id].append(index)
        kind_ids.append(kind_id)
        starts.append(marker.start("item"))
        if marker is first or marker.start("lead") >= 0:
            leading.append(index)
    if len(starts) < 2:
        return []  # a list has two items at least
    kind_of_id = list(kinds)
    cuts: list[int] = []
    last = -1
    for index in leading:
        if index <= last:
            continue  # an item of a list already followed
        last = index
        bullet, label, punct = kind_of_id[kind_ids[index]]
        while True:
            label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
            kind_id = kinds.get((bullet, label, punct), -1)
            if kind_id < 0:
                break
            later = where[kind_id]
            found = bisect.bisect_right(later, last)
            if found == len(later):
                break
            last = later[found]
            cuts.append(starts[last])
    return cuts


def _line_boundaries(text: str) -> tuple[list[int], list[int]]:
    """Starts of bulleted lines, or of every line of a multi-line paragraph of short lines with no
    terminal punctuation at all (a tag list, credits), and starts of text after a blank line (a
    paragraph break, should a caller pass several): a hard-wrapped sentence has none of these. Both
    ascending; regex scans, so a long text makes no list of its lines."""
    breaks = [m.end() for m in _BLANK_LINE.finditer(text) if m.end() < len(text)]
    list_of_lines = _SENTENCE_END_ANYWHERE.search(text) is None and _LONG_LINE.search(text) is None
    starts = _LINE_CONTENT if list_of_lines else _BULLETED_LINE
    return [m.end() for m in starts.finditer(text)], breaks
