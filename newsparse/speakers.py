"""Who said a quote: the speech verb (the cue) and the noun phrase that is its subject.

News attributes a quote with a short clause next to it: `"...," Warren said`, `"...," said Paul
Martin, a detective`, `A spokesperson added, "..."`, `Shaibani reiterated Damascus's commitment to
"..."`, `according to the ministry`. This module works on the words of that clause, with every
quoted stretch already masked out, so words inside quotes are never taken for a cue or a speaker.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .names import TITLES

MASK = "\x01"

# A word runs on through apostrophes, hyphens and "&", through a full stop or slash before a
# letter ("U.S.", "9/11") and through a thousands comma ("1,000"); the unrolled loop is fast.
_WORD_RUN = r"[\w'\u2019&\-]*"
_TOKEN = re.compile(
    r"[^\W_]" + _WORD_RUN + r"(?:(?:[./](?=\w)|(?<=\d),(?=\d{3}))" + _WORD_RUN + r")*\.?|\x01+|[^\w\s]"
)


class Token(NamedTuple):
    """A word or punctuation mark; its forms are computed once, as the clause rules ask for them
    many times, and its offsets only when asked, as few tokens end up in an attribution."""

    text: str
    low: str
    is_word: bool
    is_cap: bool
    match: re.Match[str]
    base: int  # the offset of the matched frame in the article

    @property
    def start(self) -> int:
        return self.base + self.match.start()

    @property
    def end(self) -> int:
        return self.base + self.match.end()


class Attribution(NamedTuple):
    """Offsets of the speaker phrase and the cue, and the speaker's words for name lookup."""

    speaker_start: int
    speaker_end: int
    cue_start: int
    cue_end: int
    words: tuple[str, ...]
    pronoun: bool


def tokens(frame: str, start: int, end: int, base: int = 0) -> list[Token]:
    """The words and punctuation of `frame[start:end]`; a masked quote is one MASK token.

    `base` is the offset of `frame` in the article, added to every token's offsets.
    """
    found: list[Token] = []
    for match in _TOKEN.finditer(frame, start if start > 0 else 0, end if end > 0 else 0):
        word = match.group()
        first = word[0]
        found.append(
            _new_token(
                Token, (word, word.rstrip(".").casefold(), first.isalnum(), first.isupper(), match, base)
            )
        )
    return found


_new_token = tuple.__new__  # skips NamedTuple's Python-level constructor


def _forms(base: str) -> set[str]:
    """A regular verb's -s, -ed and -ing forms (the irregular ones are listed apart)."""
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return {base, base + "es", base + "ed", base + "ing"}
    return {base, base + "s", base + "ed", base + "ing"}


_REGULAR = """
    add answer reply respond explain note state claim insist argue assert declare announce tweet
    post warn suggest acknowledge concede confirm deny comment remark recall report reiterate
    repeat emphasize emphasise stress continue predict promise vow pledge urge describe joke laugh
    shout scream yell cry whisper mutter exclaim boast complain lament conclude counter retort
    testify allege accuse charge contend maintain observe recount reveal disclose mention proclaim
    demand plead chant agree caution advise assure reassure threaten wonder muse elaborate clarify
    blast criticize criticise praise hail tout scoff sneer fume rage grumble concur interject
    inform instruct recommend propose vent signal imply hint speculate estimate echo underscore
    underline highlight affirm reaffirm text email message protest object opine pronounce rule
    remind acknowledge attest asked ask call tease cheer decry lash demur explain recount summarize
    summarise recollect relate reason gush sigh groan marvel liken attack characterize
    characterise
    """
_IRREGULAR = """
    say says said saying tell tells told telling write writes wrote written writing speak speaks
    spoke spoken speaking quip quips quipped quipping admit admits admitted admitting snap snaps
    snapped snapping slam slams slammed slamming brag brags bragged bragging read reads reading
    sing sings sang singing begin begins began beginning
    """
CUES = frozenset({form for base in _REGULAR.split() for form in _forms(base)} | set(_IRREGULAR.split()))
# Cues that are also common nouns or adjectives: only taken right next to their subject.
WEAK_CUES = frozenset(
    "state states claim claims report reports post posts note notes comment comments charge "
    "charges call calls continue continues reading read answer answers reply cry echo object "
    "rule rules text message email protest signal counter ask vent attack attacks remark remarks "
    "promise promises pledge pledges vow vows demand demands joke jokes laugh shout cry whisper "
    "tweet tweets post posts email emails text texts quote quotes hail praise tease boast echo "
    "echoes sigh estimate estimates".split()
)

PRONOUNS = frozenset("he she they i we it you".split())
DETERMINERS = frozenset(
    """
    the a an this these those his her its their our my your one another some several many
    most other both each all two three four five six seven eight nine ten few no
    """.split()
)
# Words that end a subject phrase when reading backward from its verb.
STOP = frozenset(
    """
    that and or but when while as because since if so then after before although though where
    which who whom whose what how why whether than unless until to in on at by with from into
    about over under against during without for of is was were are be been has have had did does
    do not also despite amid like including unlike
    """.split()
)
# Prepositions inside a subject phrase: "one Democratic source on the panel".
_NP_PREPOSITIONS = frozenset("of for on at from with in".split())
# Words that may sit between a subject and its verb: "he also said", "Rubio has repeatedly said".
_BETWEEN = frozenset(
    """
    also later then once again has have had will would could can may might must did does do was
    is were are be been being reportedly previously recently subsequently further even never not
    just still often already first last yet separately earlier privately publicly
    """.split()
)
# Words that cut a phrase read forward from an inverted cue ("said Rubio on Monday").
_AFTER_STOP = STOP - {"of", "for"} | {"in", "on", "at", "during", "after", "before", "today"}
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_PARTICLES = frozenset("al el bin ibn abu de del der di da dos du la le van von".split())
_RELATIVE_OR_DETERMINER = DETERMINERS | {"who", "which"}
_NOT_IN_NAME = STOP | _WEEKDAYS | _MONTHS
_DETERMINER_OR_STOP = DETERMINERS | STOP
_DETERMINER_STOP_OR_PRONOUN = _DETERMINER_OR_STOP | PRONOUNS


def is_cue(tokens_: list[Token], i: int, sentence_first: int) -> bool:
    """A speech verb; one that is also a noun ("state", "claims") must look like a verb."""
    token = tokens_[i]
    if token.low not in CUES or (token.is_cap and i != sentence_first):
        return False
    if token.low not in WEAK_CUES:
        return True
    before = tokens_[i - 1].low if i > 0 else ""
    after = tokens_[i + 1].text if i + 1 < len(tokens_) else MASK
    if before in DETERMINERS or before.endswith(("'s", "\u2019s")):
        return False
    if i > 1 and tokens_[i - 2].low in DETERMINERS:
        return False
    return after in {"that", ",", ":", MASK} or tokens_[i + 1].is_cap


def _skip_between(tokens_: list[Token], i: int, lo: int) -> int:
    """Index of the last word before cue `i` once adverbs and auxiliaries are skipped."""
    j = i - 1
    while j >= lo and (tokens_[j].low in _BETWEEN or tokens_[j].low.endswith("ly")):
        if tokens_[j].is_cap:
            break
        j -= 1
    return _skip_parenthesis(tokens_, j, lo)


def _skip_parenthesis(tokens_: list[Token], j: int, lo: int) -> int:
    """Before "(D-Wis.)" in "Rep. Gwen Moore (D-Wis.) said"."""
    if j >= lo and tokens_[j].text == ")":
        k = j - 1
        while k >= lo and k > j - 12 and tokens_[k].text != "(":
            k -= 1
        if k >= lo and tokens_[k].text == "(":
            return k - 1
    return j


def _skip_apposition(tokens_: list[Token], j: int, lo: int) -> int:
    """Before ", who ...," or ", a spokesman for X," between a subject and its verb."""
    if j < lo or tokens_[j].text != ",":
        return j
    k = j - 1
    while k >= lo and k > j - 30 and tokens_[k].text not in {",", MASK} and tokens_[k].is_word:
        k -= 1
    if k < lo or tokens_[k].text != "," or k + 1 >= j:
        return -1
    first = tokens_[k + 1]
    if first.low in _RELATIVE_OR_DETERMINER or first.text[0].isdigit() or not first.is_cap:
        return k - 1
    return -1


def _name_before_apposition(tokens_: list[Token], j: int, lo: int) -> tuple[int, int] | None:
    """ "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the name.

    `j` ends a phrase that opens with a determiner; when a bare name and a comma precede it, the
    phrase is an apposition to that name.
    """
    k = j
    while k >= lo and tokens_[k].is_word and j - k < 12:
        k -= 1
    if k < lo or tokens_[k].text != "," or k + 1 > j:
        return None
    if tokens_[k + 1].low not in DETERMINERS and tokens_[k + 1].is_cap:
        return None
    end = k - 1
    m = end
    while m >= lo and end - m < 5 and tokens_[m].is_word and tokens_[m].is_cap:
        m -= 1
    if m == end or (m >= lo and tokens_[m].is_word):
        return None
    first = m + 1
    if any(tokens_[x].low in _NOT_IN_NAME for x in range(first, end + 1)):
        return None
    return first, end


def _before_appositions(tokens_: list[Token], j: int, lo: int) -> tuple[int, tuple[int, int] | None]:
    """Skip up to three appositions that end at comma `j`; a name before them is the subject."""
    for _ in range(3):
        if j < lo or tokens_[j].text != ",":
            break
        j = _skip_parenthesis(tokens_, _skip_apposition(tokens_, j, lo), lo)
        name = _name_before_apposition(tokens_, j, lo)
        if name is not None:
            return j, name
    return j, None


def subject_before(tokens_: list[Token], i: int, lo: int) -> tuple[int, int] | None:
    """Token range (first, last) of the subject phrase that ends just before cue `i`.

    A description keeps its appositions ("the Rev. Peter Wherry, of Mayfield Church"), as it
    needs them to say who it is; a name does not.
    """
    j = _skip_between(tokens_, i, lo)
    end = j - 1 if j >= lo and tokens_[j].text == "," else -1
    j, name = _before_appositions(tokens_, j, lo)
    if name is not None:
        return name
    if j < lo or not tokens_[j].is_word or tokens_[j].low in _DETERMINER_OR_STOP:
        return None
    if _possessive(tokens_[j]):  # "Trump's tweet": the verb is a noun here
        return None
    if tokens_[j].low in PRONOUNS:
        return j, j
    k = j
    while k >= lo and k > j - 10:
        token = tokens_[k]
        if not token.is_word:
            break
        low = token.low
        if low in DETERMINERS and k < j and (k == 0 or tokens_[k - 1].low not in _NP_PREPOSITIONS):
            return k, max(j, end)
        if k < j and _possessive(token) and (k == lo or not tokens_[k - 1].is_word):
            return k, max(j, end)
        if k < j and _abbreviation_ends_sentence(tokens_, k, lo):
            break  # "back to the U.S. Marco Rubio said"
        if low in STOP and low not in _NP_PREPOSITIONS and not _joins_names(tokens_, k, lo):
            break
        if low in CUES and low not in WEAK_CUES and not token.is_cap:
            break
        if k < j and _verb_after_noun(tokens_, k, lo):
            break
        k -= 1
    return _bare_subject(tokens_, j, lo)


def _verb_after_noun(tokens_: list[Token], k: int, lo: int) -> bool:
    """ "The clip shows Governor Hale": a verb in -s or -ed right after a lower-case noun."""
    token = tokens_[k]
    if token.is_cap or not token.low.endswith(("s", "ed")) or token.low.endswith("ss"):
        return False
    if k - 1 < lo or not tokens_[k - 1].is_word:
        return False
    before = tokens_[k - 1]
    return not before.is_cap and before.low not in DETERMINERS and not _possessive(before)


def _bare_subject(tokens_: list[Token], j: int, lo: int) -> tuple[int, int] | None:
    """A subject without determiner: "Shaibani", "Richmond police", "Syrian and U.S. officials"."""
    k = j
    while k >= lo and j - k < 2 and _common_word(tokens_[k]):
        k -= 1
    cap_end = k
    while k >= lo and j - k < 10 and tokens_[k].is_word:
        token = tokens_[k]
        of_the = token.low == "the" and k - 2 >= lo and tokens_[k - 1].low == "of"
        if of_the and tokens_[k - 2].is_cap and k + 1 <= j and tokens_[k + 1].is_cap:
            k -= 2
            continue
        if not (token.is_cap or token.low in _PARTICLES or _joins_names(tokens_, k, lo)):
            break
        if k < j and (_ends_sentence(token) or _abbreviation_ends_sentence(tokens_, k, lo)):
            break  # "in Washington. Marco Rubio said", "back to the U.S. Marco Rubio said"
        k -= 1
    first = k + 1
    if first > cap_end:
        boundary = k < lo or not tokens_[k].is_word or tokens_[k].low in STOP
        return (first, j) if first <= j and boundary else None
    while first < cap_end and tokens_[first].low in _DETERMINER_OR_STOP:
        first += 1
    if tokens_[first].low in _DETERMINER_STOP_OR_PRONOUN:
        return None
    if j > first and all(t.text.isupper() and len(t.text) > 1 for t in tokens_[first : j + 1]):
        return None  # a headline in capitals run into the paragraph
    return first, j


def _ends_sentence(token: Token) -> bool:
    """A name word with a full stop that is no initial ("F.", "U.S.") or title ("Gen.")."""
    text = token.text
    if not text.endswith(".") or "." in text[:-1] or len(text) < 4:
        return False
    low = token.low
    return low not in _TITLE_ABBREVIATIONS and low not in TITLES and low not in _FIRM_ABBREVIATIONS


def _abbreviation_ends_sentence(tokens_: list[Token], k: int, lo: int) -> bool:
    """ "held in Washington, D.C. Marco Rubio said": an abbreviation after a lower-case word or a
    comma ends its sentence when a name and a cue follow; "U.S. Attorney Jo Lee said" opens one."""
    token = tokens_[k]
    text = token.text
    if not text.endswith(".") or len(text) < 3 or token.low in _NAME_TITLE_ABBREVIATIONS:
        return False
    if "." not in text[:-1] and token.low not in _FIRM_ABBREVIATIONS_OR_SUFFIXES:
        return False
    if k - 1 < lo or tokens_[k + 1].low in TITLES:  # "the U.S. Attorney Jo Lee"
        return False
    before = tokens_[k - 1]
    return before.text == "," or (before.is_word and not before.is_cap)


def _possessive(token: Token) -> bool:
    return token.low.endswith(("'s", "\u2019s"))


def _common_word(token: Token) -> bool:
    low = token.low
    return (
        token.is_word
        and not token.is_cap
        and low not in STOP
        and low not in DETERMINERS
        and low not in PRONOUNS
        and (low not in CUES or low in WEAK_CUES)
        and low not in _PARTICLES
    )


def _joins_names(tokens_: list[Token], k: int, lo: int) -> bool:
    """`and`/`of` between two capitalised words: "Burton and Nick", "Secretary of State", and
    `in` after a title: "Special Agent in Charge"."""
    low = tokens_[k].low
    if k - 1 < lo or k + 1 >= len(tokens_):
        return False
    if low not in {"and", "of", "&"} and not (low == "in" and tokens_[k - 1].low in TITLES):
        return False
    return tokens_[k - 1].is_cap and tokens_[k + 1].is_cap


def _office_of_the(tokens_: list[Token], j: int, k: int) -> bool:
    """ "Speaker of the House Mike Johnson": "of the" inside an office that opens a phrase."""
    if tokens_[k].low != "of" or k + 2 >= len(tokens_) or tokens_[k + 1].low != "the":
        return False
    if not (tokens_[k + 2].is_cap and tokens_[k + 2].is_word) or k == j:
        return False
    return all(t.low in TITLES or t.text.isupper() for t in tokens_[j:k])


def phrase_after(tokens_: list[Token], i: int) -> tuple[int, int] | None:
    """Token range of the subject after an inverted cue: `said Paul Martin`, `added a source`."""
    j = i + 1
    if j >= len(tokens_) or not tokens_[j].is_word:
        return None
    if tokens_[j].low in PRONOUNS:
        return j, j
    if tokens_[j].low in DETERMINERS:
        k = j + 1
        while k < len(tokens_) and k < j + 8 and tokens_[k].is_word:
            if tokens_[k].low in _AFTER_STOP or tokens_[k].low in CUES:
                break
            if k > j + 1 and _past_tense(tokens_[k]):
                break
            k += 1
        return (j, _closing_apposition(tokens_, k - 1)) if k - 1 > j else None
    k = j
    # A word with a full stop ends the run: "said chief economist Ifzal Ali. Donor nations have"
    while (
        k < len(tokens_) and k < j + 10 and tokens_[k].is_word and (k == j or not _sentence_ended(tokens_, k))
    ):
        token = tokens_[k]
        if token.low in _WEEKDAYS:
            break
        office = token.low == "of" and _office_of_the(tokens_, j, k)  # "Speaker of the House"
        name_like = office or token.is_cap or token.low in _PARTICLES or _joins_names(tokens_, k, 0)
        if not name_like and not _role_bridge(tokens_, k):
            break
        k += 2 if office else 1
    if k > j:
        return j, k - 1
    # "according to police, ...": a bare common noun standing alone
    while k < len(tokens_) and k < j + 2 and _common_word(tokens_[k]):
        k += 1
    if k > j and (k == len(tokens_) or not tokens_[k].is_word):
        return j, k - 1
    return None


def _sentence_ended(tokens_: list[Token], k: int) -> bool:
    """ "said chief economist Ifzal Ali. Donor nations", "said Martin Luther King Jr. The family":
    a full stop ends the sentence, or an abbreviation's stop before a word that opens one."""
    before = tokens_[k - 1]
    if _ends_sentence(before):
        return True
    return before.text.endswith(".") and tokens_[k].low in _SENTENCE_OPENERS


def _closing_apposition(tokens_: list[Token], last: int) -> int:
    """ "said the Rev. Peter Wherry, of Mayfield Church.": a description's closing apposition."""
    k = last + 1
    if k + 1 >= len(tokens_) or tokens_[k].text != ",":
        return last
    if tokens_[k + 1].low not in {"of", "a", "an", "the"}:
        return last
    m = k + 1
    while m < len(tokens_) and m < k + 14 and tokens_[m].is_word:
        m += 1
    if m < len(tokens_) and tokens_[m].text not in {".", "!", "?"}:
        return last
    return m - 1


def _past_tense(token: Token) -> bool:
    """A verb after a noun: "several groups granted", "The piece used" (not "the retired")."""
    return not token.is_cap and token.low.endswith("ed") and len(token.low) > 3


def _role_bridge(tokens_: list[Token], k: int) -> bool:
    """Lower-case role words between names: "MSNBC host Chris Matthews"."""
    m = k
    while m < len(tokens_) and m < k + 3 and _common_word(tokens_[m]):
        m += 1
    return m > k and m < len(tokens_) and tokens_[m].is_cap and tokens_[m].is_word


def attribution(tokens_: list[Token], first: int, last: int, cue: int | None) -> Attribution:
    """The attribution of speaker tokens `first..last` and cue token `cue` (None: no verb)."""
    words = tuple(t.text for t in tokens_[first : last + 1])
    end = tokens_[last].end
    last_text = tokens_[last].text
    if (
        last_text.endswith(".")
        and last_text[:-1].isalpha()
        and len(last_text) > 3
        and tokens_[last].low not in _TITLE_ABBREVIATIONS
    ):
        end -= 1
    cue_start = cue_end = -1
    if cue is not None:
        last_cue = cue + 1 if according_to(tokens_, cue) else cue
        cue_start = tokens_[cue].start
        cue_end = tokens_[last_cue].end - (1 if tokens_[last_cue].text.endswith(".") else 0)
    return Attribution(
        tokens_[first].start,
        end,
        cue_start,
        cue_end,
        words,
        pronoun=first == last and tokens_[first].low in PRONOUNS,
    )


# "Apple Inc. CEO Steve Jobs": abbreviations inside a name that end no sentence.
_SUFFIXES = frozenset({"jr", "sr"})
# Words that open a sentence and never go on a name: after "Jr." or "D.C." they start the next.
_SENTENCE_OPENERS = frozenset(
    "the an it its he she they we this that these those there his her their our but".split()
)
_FIRM_ABBREVIATIONS = frozenset("inc corp ltd bros plc llc co".split())
_TITLE_ABBREVIATIONS = frozenset("rep sen del gov gen col capt sgt lt rev dr mr mrs ms st jr sr".split())
_NAME_TITLE_ABBREVIATIONS = _TITLE_ABBREVIATIONS - _SUFFIXES
_FIRM_ABBREVIATIONS_OR_SUFFIXES = _FIRM_ABBREVIATIONS | _SUFFIXES


def according_to(tokens_: list[Token], i: int) -> bool:
    return tokens_[i].low == "according" and i + 1 < len(tokens_) and tokens_[i + 1].low == "to"
