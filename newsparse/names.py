"""People's names in an article, so that "Rubio" or "Secretary Rubio" can become "Marco Rubio".

News names a person in full once ("U.S. Secretary of State Marco Rubio", "Foreign Minister Asaad
al-Shaibani") and by surname or title plus surname after that. The index keeps every run of
capitalised words with its titles cut off, split where a sentence ends ("in Washington. Marco
Rubio said"), keyed by the surname. A speaker's surname is looked up where it occurs in the
text, so most articles are never read whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

# Capitalised words, initials and hyphenated or apostrophised names ("al-Shaibani", "O'Neill").
# The letters a-z come first in the classes below: the regex engine tests them before the
# Unicode categories, and most characters of an article are among them.
_WORD_CHAR = r"[a-z\w'\u2019\-]"
_NON_WORD = r"[ ,.;:\"\u201c\u201d()\W\d_]"  # \W, digits and "_", the commonest first
_WORD = re.compile(r"[^\W\d_]" + _WORD_CHAR + r"*\.?")

# Lower-case particles that sit inside a name: "Ursula von der Leyen", "Osama bin Laden".
PARTICLES = frozenset("al el bin ibn abu de del della der di da dos du la le van von ter ten st".split())
_PARTICLE_PREFIX = re.compile(
    r"^(?:al|el|ad|as|ash|at|az|an|ar)[-\u2010](?=[A-Z\u00c0-\u00de])", re.IGNORECASE
)

# Words that head a name but are not part of it: titles, offices, honorifics.
TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr. sen sen. rep
    rep. gov gov. lt lt. gen gen. col col. maj maj. capt capt. sgt sgt. cmdr cmdr. adm adm. det det.
    insp insp. supt supt. judge justice president vice secretary minister premier chancellor
    senator congressman congresswoman congressmember representative governor mayor ambassador
    commissioner director chairman chairwoman chair chief officer spokesman spokeswoman
    spokesperson general admiral colonel major captain sergeant lieutenant commander detective
    inspector superintendent sheriff attorney prosecutor king queen prince princess pope cardinal
    bishop archbishop rabbi imam sheikh emir sultan ayatollah leader speaker deputy foreign defence
    defense interior finance state prime nominee candidate coach manager professor doctor founder
    dean lawmaker councilman councilwoman councillor alderman treasurer auditor comptroller
    ceo cfo coo chairperson executive councilor councilmember assemblyman assemblywoman
    assemblymember agent special envoy trooper constable mp mep msp
    """.split()
) | frozenset(
    # Occupations news writes capitalised before a name ("Singer Knight said", "Striker Ann Lee"):
    # none is a given name, and those that are surnames too are in _SURNAME_TITLES.
    """
    singer actor actress rapper songwriter musician guitarist drummer pianist composer conductor
    author novelist poet playwright writer columnist journalist editor broadcaster presenter
    comedian filmmaker producer artist designer photographer architect chef entrepreneur
    businessman businesswoman economist historian scientist analyst activist campaigner striker
    midfielder goalkeeper quarterback batsman bowler lawyer philosopher physicist researcher
    sociologist psychologist
    """.split()
)
FEMALE_TITLES = frozenset(
    "mrs mrs. ms ms. miss dame lady queen princess congresswoman councilwoman assemblywoman "
    "spokeswoman chairwoman businesswoman actress".split()
)
# "Chairman" is no man's title: British news keeps that office's old name for women too.
MALE_TITLES = frozenset(
    "mr mr. sir lord king prince congressman councilman assemblyman spokesman businessman actor".split()
)
# Titles that are also common surnames: "Jason King", "John Major", "Mr Dean".
_SURNAME_TITLES = frozenset("king dean major bishop judge pope singer bowler".split())
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof.".split())
_OFFICE_TITLES = TITLES - _HONORIFICS
# Letters after a name that are not part of it.
_POSTNOMINALS = frozenset("mp mep msp qc kc obe mbe cbe".split())
# Generational suffixes: part of the name they follow ("Martin Luther King III").
SUFFIXES = frozenset("jr jr. sr sr. ii ii. iii iii. iv iv.".split())
_PARTICLES_OR_SUFFIXES = PARTICLES | SUFFIXES
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")

# Capitalised words that start sentences or name things other than people.
_NOT_NAMES = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our my in on at of for
    but and or so if as when while after before then there here what who why how where which
    according meanwhile however also still yet both each every some many most no not
    although though because since unless whereas despite until once during by with like former
    current other now
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december
    department ministry office house senate congress committee council party government agency
    times post news press journal television network university school church city county court
    company group association union commission administration campaign
    officials official police authorities residents witnesses experts critics analysts sources
    source spokesman spokeswoman spokesperson prosecutors investigators officers doctors lawyers
    students protesters organizers supporters voters leaders members parents scientists
    economists researchers observers staff aides people fans workers families
    """.split()
)


@lru_cache(maxsize=4096)
def name_key(word: str) -> str:
    """The comparable form of a surname: "al-Shaibani" and "Shaibani" share "shaibani"."""
    word = _PARTICLE_PREFIX.sub("", word.rstrip(".")).casefold()
    for suffix in ("'s", "\u2019s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def person_part(words: list[str]) -> list[str]:
    """The trailing words of a capitalised run that name a person, titles and offices cut off.

    ["U.S.", "Secretary", "of", "State", "Marco", "Rubio"] -> ["Marco", "Rubio"].
    """
    return list(_person_part(tuple(words)))


@lru_cache(maxsize=4096)
def _person_part(words: tuple[str, ...]) -> tuple[str, ...]:
    part: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        low = word.casefold()
        if low in _NOT_NAMES:
            break
        if part and (low.endswith(("'s", "\u2019s")) or (word[-1] == "." and ends_sentence(word))):
            break  # "Bafta's Grant Dean", "in Washington. Marco Rubio said": not the name
        bare = low[:-1] if low[-1:] == "." else low  # "said the Prime Minister."
        if not part and bare in _POSTNOMINALS:
            continue  # "Andrew Tyrie MP"
        if bare in TITLES and _is_title_here(words, k, part, bare):
            break
        if not (word[0].isupper() or low in PARTICLES or _PARTICLE_PREFIX.match(word)):
            break
        part.append(word)
        if len(part) == 5:
            break
    part.reverse()
    if len(part) > 1 and part[0].isupper() and all(word.isupper() and len(word) > 1 for word in part):
        return ()  # "CONGRESS HAS INVESTIGATED HIM": a headline in capitals, not a name
    while part and part[0].casefold() in _PARTICLES_OR_SUFFIXES:
        part.pop(0)
    if part and part[-1].endswith(("'s", "\u2019s")):
        part[-1] = part[-1][:-2]
    elif part and part[-1].endswith(("s'", "s\u2019")):
        part[-1] = part[-1][:-1]  # "Steve Jobs' company"
    last = part[-1] if part else ""
    if (
        last.endswith(".")
        and len(last) > 2
        and "." not in last[:-1]
        and last.casefold() not in {"jr.", "sr."}
    ):
        part[-1] = last[:-1]
    return tuple(part) if all(part) else tuple(word for word in part if word)


def _is_title_here(words: tuple[str, ...], k: int, part: list[str], bare: str) -> bool:
    """A title word cuts a name off, but "King" is a surname in "Martin Luther King III",
    "Jason King" and "Mr King" (not in "Vice President" or "the King")."""
    if part:
        return not all(w.casefold() in SUFFIXES for w in part)
    if not k or bare.removesuffix("'s") not in _SURNAME_TITLES:
        return True
    before = words[k - 1].casefold()
    return not words[k - 1][:1].isupper() or before in _NOT_NAMES or before in _OFFICE_TITLES


def surname(part: list[str] | tuple[str, ...]) -> str:
    """The surname of a person part: its last word before a suffix ("King" in "King III")."""
    for word in reversed(part):
        if word.casefold() not in SUFFIXES:
            return word
    return part[-1] if part else ""


def ends_sentence(word: str) -> bool:
    """A word with a full stop that is neither an initial ("F.", "J.R.") nor inside names ("St.")."""
    if not word.endswith(".") or _INITIALS.fullmatch(word) or word.casefold() in TITLES:
        return False
    return word[:-1].casefold() not in PARTICLES


# Distinct spellings kept per surname: real articles have a handful; this bounds the work.
_MAX_FORMS = 16


@lru_cache(maxsize=4096)
def _mentions(words: str) -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """Each sentence's part of a run: its person part, surname key and the title before it.

    The run's words are joined by single spaces (a word has a full stop only at its end). A run
    can cross a sentence end ("met Marco Rubio. Lavrov said"); cached, as runs recur.
    """
    run = tuple(words.split(" "))
    if ". " not in words:
        mention = _mention(run)
        return (mention,) if mention else ()
    found = []
    first = 0
    for k, word in enumerate(run):
        if k + 1 == len(run) or ends_sentence(word):
            mention = _mention(run[first : k + 1])
            if mention:
                found.append(mention)
            first = k + 1
    return tuple(found)


def _mention(words: tuple[str, ...]) -> tuple[tuple[str, ...], str, str] | None:
    end = len(words)
    while end and words[end - 1].casefold() in PARTICLES:
        end -= 1
    if end < len(words):
        words = words[:end]
    part = _person_part(words)
    if not part:
        return None
    title = words[len(words) - len(part) - 1].casefold() if len(words) > len(part) else ""
    return part, name_key(surname(part)), title


def _any_case(letters: str) -> str:
    """A pattern for `letters` in any case, "s" also as the long s that casefolds to it."""
    return "".join("[" + c + c.upper() + ("\u017f" if c == "s" else "") + "]" for c in letters)


def _lower_particle() -> str:
    """Words starting in lower case that casefold to a particle, grouped by first letter."""
    return "(?:" + "|".join(first + rest for first, rest in sorted(_particle_rests().items())) + ")"


def _particle_rests() -> dict[str, str]:
    """For each first letter of a particle, a pattern for the rest of the word in any case."""
    by_first: dict[str, list[str]] = {}
    for particle in sorted(PARTICLES, key=len, reverse=True):
        by_first.setdefault(particle[0], []).append(_any_case(particle[1:]))
    return {first: "(?:" + "|".join(rests) + ")" + _WORD_END for first, rests in by_first.items()}


_WORD_END = r"(?![\w'\u2019\-.])"


def _skippable_start() -> str:
    """The first letter of a lower-case word that is neither a particle nor an "al-" prefix."""
    rests = _particle_rests()
    branches = []
    for first in "abcdefghijklmnopqrstuvwxyz":
        excluded = [rests[first]] if first in rests else []
        if first in "ae":
            excluded.append(r"[^\W\d_]{1,2}[-\u2010]")
        branches.append(first + ("(?!" + "|".join(excluded) + ")" if excluded else ""))
    plain = "".join(b for b in branches if len(b) == 1)
    return "(?:[" + plain + "]|" + "|".join(b for b in branches if len(b) > 1) + ")"


# Runs of lower-case words that can neither be nor join a name, with what separates them, so the
# index loop sees only the words that matter: a skipped word is never an "al-", and only the first
# can follow a name, so only the first is never a particle ("de Gaulle" after "the" names no one).
_SKIP = (
    r"(?:"
    + _skippable_start()
    + _WORD_CHAR
    + r"*\.?"
    + _NON_WORD
    + r"*)(?:(?:[b-df-z]|[ae](?![^\W\d_]{1,2}[-\u2010]))"
    + _WORD_CHAR
    + r"*\.?"
    + _NON_WORD
    + r"*)*"
)
# Words in ASCII capitals and particles joined by single spaces: a run the loop takes whole.
_CAPITAL_WORD = r"[A-Z]" + _WORD_CHAR + r"*\.?"
_RUN = _CAPITAL_WORD + "(?: (?:" + _CAPITAL_WORD + "|" + _lower_particle() + "))*"
# Lower-case words passed over, then a run (group 1) or any other word (group 2); a match of
# skipped words alone (no group) ends the text. The skipped words end any run before, as the next
# word then follows no space after the last. The leading lookahead passes over non-letters quickly.
_SKIP_THEN_RUN_OR_WORD = re.compile(
    r"(?=[^\W\d_])(?:" + _SKIP + ")?(?:(" + _RUN + ")|(" + _WORD.pattern + r")|\Z)"
)


# One surname at a time: the index can look up the runs that end in a given surname without
# reading the whole article. A run's words may each be capitalised (any letter but a-z, or "al-"
# before a letter) or a particle; on ASCII these tests are exact, beyond it they let through more
# and the words are read one by one, as in `NameIndex._build`.
_MAY_BE_CAPITAL = r"(?:[^\W\d_a-z]|(?i:(?:al|el|ad|as|ash|at|az|an|ar)-(?=[A-Z\u00c0-\u00de]))(?=\w))"
_MAY_BE_PARTICLE = (
    r"(?:(?i:" + "|".join(sorted(PARTICLES)) + r")(?![\w'\u2019\-.])|[\w'\u2019\-]*[^\W\x00-\x7f])"
)
# A word that may join a run; group 1 matches if it may also start one.
_MAY_JOIN_RUN = re.compile("(" + _MAY_BE_CAPITAL + ")|" + _MAY_BE_PARTICLE)
# Capitalised words and particles joined by single spaces, from a word that may start a run.
_CANDIDATE_AT = re.compile(
    _WORD.pattern + r"(?: (?=" + _MAY_BE_CAPITAL + "|" + _MAY_BE_PARTICLE + ")" + _WORD.pattern + ")*"
)
_WORD_CHARS = "_'\u2019-"
# How far back a surname's run is traced; a longer run is left to the whole-article reading.
_MAX_TRACE = 24
# Surnames looked up one at a time before the whole article is read instead.
_MAX_LOOKUPS = 6


class _TooFar(Exception):
    """A run too long to trace back: read the whole article instead."""


def _in_word(char: str) -> bool:
    return char.isalnum() or char in _WORD_CHARS


def _is_letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()


def _word_start(text: str, lo: int, hi: int) -> int:
    """The first letter in `text[lo:hi]`, -1 if none: where `_WORD` starts the word of a stretch
    of word characters that begins at `lo` ("3M", "'Smith")."""
    for at in range(lo, hi):
        if _is_letter(text[at]):
            return at
    return -1


def _stretch_start(text: str, at: int) -> int:
    """Where the letters, digits, apostrophes and hyphens around `at` begin."""
    start = at
    while start > 0 and _in_word(text[start - 1]):
        start -= 1
        if at - start > 200:
            raise _TooFar
    return start


def _word_before(text: str, start: int) -> int:
    """The start of the word that ends one space before `start`, or -1."""
    end = start - 1
    if end < 1 or text[end] != " ":
        return -1
    if text[end - 1] == ".":
        end -= 1
    after_space = text.rfind(" ", end - 40 if end > 40 else 0, end) + 1
    if (after_space or end <= 40) and text[after_space:end].isalpha():
        return after_space  # letters alone after a space: the common word, read without a loop
    return _word_start(text, _stretch_start(text, end), end)


def _run_around(text: str, start: int) -> tuple[int, int] | None:
    """The candidate run (see `_CANDIDATE_AT`) holding the word at `start`, or None."""
    joins = _MAY_JOIN_RUN.match(text, start)
    if not joins:
        return None
    first = start if joins.lastindex else -1
    word = start
    for _ in range(_MAX_TRACE):
        before = _word_before(text, word)
        if before < 0:
            break
        joins = _MAY_JOIN_RUN.match(text, before)
        if not joins:
            break
        if joins.lastindex:
            first = before
        word = before
    else:
        raise _TooFar
    if first < 0:
        return None
    match = _CANDIDATE_AT.match(text, first)
    return (first, match.end()) if match else None


_Mention = tuple[int, tuple[str, ...], str, str]


def _read_runs(text: str) -> list[tuple[int, str]]:
    """The runs of capitalised words and particles in `text`, each with its start, its words joined
    by single spaces (as `_mentions` takes them): the whole-article pass, and the one that splits a
    candidate with non-ASCII letters."""
    runs: list[tuple[int, str]] = []
    run = ""
    run_start = run_end = -1
    for match in _SKIP_THEN_RUN_OR_WORD.finditer(text):
        kind = match.lastindex
        if kind is None:
            break
        word = match.group(kind)
        start = match.start(kind)
        joined = run and start == run_end + 1 and text[run_end] == " "
        if kind == 1:  # whole words, the first capitalised
            if joined:
                run += " " + word
            else:
                if run:
                    runs.append((run_start, run))
                run = word
                run_start = start
            run_end = match.end()
            continue
        is_cap = word[0].isupper() or bool(_PARTICLE_PREFIX.match(word))
        if joined and (is_cap or word.casefold() in PARTICLES):
            run += " " + word
        else:
            if run:
                runs.append((run_start, run))
            run = word if is_cap else ""
            run_start = start
        run_end = match.end()
    if run:
        runs.append((run_start, run))
    return runs


def _candidate_mentions(candidate: str) -> tuple[_Mention, ...]:
    """Offset, person part, surname key and title of each name in a candidate run."""
    if candidate.isascii():  # the regex tests are exact on ASCII: the candidate is one run
        return tuple((0, *mention) for mention in _mentions(candidate))
    return tuple((offset, *mention) for offset, run in _read_runs(candidate) for mention in _mentions(run))


class NameIndex:
    """Every capitalised run of an article, by surname key, to find a speaker's fullest name.

    Read lazily: a speaker's surname is looked up on its own, through the places the surname
    occurs, and only an article with many surnames to look up, or very long runs, is read whole.
    """

    def __init__(self, text: str) -> None:
        self._source = text
        self._text: str | None = text  # None once the whole article is read
        self._folded: str | None = None
        self._looked_up: set[str] = set()
        self._by_key: dict[str, dict[tuple[str, ...], list[int]]] = {}
        self._gender: dict[str, str] = {}
        self._starts: list[int] = []
        self._mentions: list[tuple[str, ...]] = []
        self._fullest_of: dict[tuple[str, ...], str | None] = {}  # for `last_before`

    @property
    def gender(self) -> dict[str, str]:
        """ "m" or "f" by surname key, from titles such as "Mrs" and "Sir"."""
        self._build()
        return self._gender

    def gender_of(self, key: str) -> str | None:
        """ "m" or "f" for a surname key, as `gender` has it."""
        self._look_up(key)
        return self._gender.get(key)

    def _look_up(self, key: str) -> None:
        """Make the entries for surname `key` complete, reading only the runs that hold it."""
        if self._text is None or key in self._looked_up:
            return
        found = None
        if key and len(self._looked_up) < _MAX_LOOKUPS:
            try:
                found = self._runs_ending_in(key)
            except _TooFar:
                found = None
        if found is None:
            self._build()
            return
        self._looked_up.add(key)
        forms, gender = found
        if forms:
            self._by_key[key] = forms
        if gender:
            self._gender[key] = gender

    def _runs_ending_in(self, key: str) -> tuple[dict[tuple[str, ...], list[int]], str | None] | None:
        """The first spellings of the names with surname `key` and the gender their titles give.

        The surname is found in the case-folded text, which must line up with the text.
        """
        text = self._source
        if self._folded is None:
            self._folded = text.casefold()
        folded = self._folded
        if len(folded) != len(text):
            return None
        forms: dict[tuple[str, ...], list[int]] = {}
        gender: str | None = None
        at = folded.find(key)
        while at >= 0:
            resume = at + 1
            end = at + len(key)
            # A surname opens its word or follows "al-", and only "'s" or "." may follow it.
            if (at and _is_letter(text[at - 1])) or (
                end < len(text) and _in_word(text[end]) and text[end] not in "'\u2019"
            ):
                at = folded.find(key, resume)
                continue
            start = _word_start(text, _stretch_start(text, at), at + 1)
            run = _run_around(text, start) if start >= 0 else None
            if start >= 0 and run is None:
                word = _WORD.match(text, start)
                resume = max(resume, word.end() if word else resume)
            if run is not None:
                resume = max(resume, run[1])
                for offset, part, run_key, title in _candidate_mentions(text[run[0] : run[1]]):
                    if run_key != key:
                        continue
                    positions = forms.get(part)
                    if positions is not None:
                        positions.append(run[0] + offset)
                    elif len(forms) < _MAX_FORMS:
                        forms[part] = [run[0] + offset]
                    if gender is None and title in FEMALE_TITLES:
                        gender = "f"
                    elif gender is None and title in MALE_TITLES:
                        gender = "m"
            at = folded.find(key, resume)
        return forms, gender

    def _build(self) -> None:
        text = self._text
        if text is None:
            return
        self._text = None
        self._by_key.clear()
        self._gender.clear()
        self._add(_read_runs(text))

    def _add(self, runs: list[tuple[int, str]]) -> None:
        """Index the mentions of each run (given in the order of the text)."""
        starts = self._starts
        mentions = self._mentions
        by_key = self._by_key
        genders = self._gender
        for start, run in runs:
            if run.casefold() in _NOT_NAMES:
                continue  # "The", "But", "Monday": the most common runs name no one
            for part, key, title in _mentions(run):
                starts.append(start)
                mentions.append(part)
                forms = by_key.get(key)
                if forms is None:
                    by_key[key] = {part: [start]}
                else:
                    positions = forms.get(part)
                    if positions is not None:
                        positions.append(start)
                    elif len(forms) < _MAX_FORMS:
                        forms[part] = [start]
                if title and key not in genders:
                    if title in FEMALE_TITLES:
                        genders[key] = "f"
                    elif title in MALE_TITLES:
                        genders[key] = "m"

    def last_before(
        self,
        position: int,
        gender: str | None,
        learned: Callable[[str], str | None] | None = None,
        reach: int = 600,
    ) -> str | None:
        """The fullest name of the last person named before `position` who fits `gender`;
        `learned` gives what the reader has learned of a full name's gender."""
        self._build()
        at = bisect_right(self._starts, position) - 1
        for k in range(at, max(at - 6, -1), -1):
            if self._starts[k] < position - reach:
                break
            mention = self._mentions[k]
            known = self._gender.get(name_key(surname(mention)))
            if gender is None or known in (None, gender):
                name = self._fullest_of.get(mention, "")
                if name == "":
                    name = self._fullest_of[mention] = self.fullest(list(mention))
                taught = learned(name) if name and gender and learned else None
                if taught not in (None, gender):
                    continue
                if (
                    known
                    or taught
                    or (
                        name
                        and " " in name
                        and (self._named_alone(name) or _leads_sentence(self._source, self._starts[k]))
                    )
                ):
                    return name
        return None

    def _named_alone(self, name: str) -> bool:
        """A person is also called by surname alone ("Redford said"); "North Korea", "Manchester
        United" and "January" are not."""
        last = surname(name.split(" "))
        return (last,) in self.forms(name_key(last))

    def fullest(self, words: list[str], before: int | None = None) -> str | None:
        """The longest name in the article that ends in the same surname and holds these words.

        Given a position, the name last given in full `before` it as a subject wins: after
        "Hunter Biden appeared" and "His father, President Joe Biden, stayed", "Biden said" is
        Joe Biden; "a photo of Heidi Cruz" does not make "Cruz said" Heidi.
        """
        part = person_part(words)
        if not part and len(words) == 1:  # "King said" after "Martin Luther King III"
            part = [words[0]]
            if not any(surname(m) == words[0] for m in self.forms(name_key(words[0]))):
                return None
        if not part:
            return None
        forms = self.forms(name_key(surname(part)))
        wanted = {name_key(w) for w in part}
        fuller = [
            m
            for m in forms
            if len(m) > len(part) and wanted <= {name_key(w) for w in m} and not self._in_dotted(m, forms[m])
        ]
        if before is not None and len(fuller) > 1:
            recent = max((self._last_as_subject(forms[m], before), m) for m in fuller)
            if recent[0] >= 0:
                wanted = {name_key(w) for w in recent[1]}
                fuller = [m for m in fuller if wanted <= {name_key(w) for w in m}]
        best = tuple(part)
        for mention in fuller:
            if len(mention) > len(best):
                best = mention
        return " ".join(best)

    def _in_dotted(self, mention: tuple[str, ...], positions: list[int]) -> bool:
        """ "Washington, D.C. Marco Rubio": an "initial" glued to the letters before it is the end
        of an abbreviation that ended the sentence, no part of the name."""
        source = self._source
        return _INITIALS.fullmatch(mention[0]) is not None and all(
            at > 0 and source[at - 1] == "." for at in positions
        )

    def _last_as_subject(self, positions: list[int], before: int) -> int:
        """The last of a name's (ascending) positions before `before` where it leads a clause;
        only the last few are tried, which keeps a long article linear."""
        k = bisect_left(positions, before)
        for at in reversed(positions[max(0, k - 4) : k]):
            if _opens_clause(self._source, at):
                return at
        return -1

    def forms(self, key: str) -> dict[tuple[str, ...], list[int]]:
        """The spellings of the names with surname `key`, each with where it occurs."""
        self._look_up(key)
        return self._by_key.get(key, {})


def _opens_clause(text: str, at: int) -> bool:
    """A name that starts its sentence, or follows a short opening phrase ("His father, ")."""
    j = at - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] in "\n.!?":
        return True
    if text[j] in "\"\u201d'\u2019" and j > 0 and text[j - 1] in ".!?,":
        return True
    if text[j] != ",":
        return False
    opening = text[max(0, j - 40) : j]
    cut = max(opening.rfind(mark) for mark in ".!?\n")
    return (cut >= 0 or j <= 40) and len(opening[cut + 1 :].split()) <= 4


def _leads_sentence(text: str, at: int) -> bool:
    """A name that is its sentence's subject: "Ravi Menon walked", "Charity worker Anna Cole
    praised", "His father, President Joe Biden, stayed"."""
    if _opens_clause(text, at):
        return True
    lead = text[max(0, at - 40) : at]
    cut = max(lead.rfind(mark) for mark in ".!?\n")
    if cut < 0 and at > 40:
        return False
    words = lead[cut + 1 :].split()
    return len(words) <= 2 and "," not in lead[cut + 1 :] and all(w.islower() for w in words[1:])
