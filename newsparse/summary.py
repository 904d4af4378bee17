"""Extractive summaries: whole sentences exactly as written, in article order.

News is written as an inverted pyramid, so the lede's first sentence leads every summary. The other
sentences compete on an additive score whose parts `explain()` shows: position, centrality in a
similarity graph over the article's own sentences (TextRank), words shared with the title and the
section heading, names and figures, one attributed quotation, and penalties for captions and
boilerplate, fragments, and sentences that lean on their predecessor ("He added that ...") unless
that predecessor is chosen too. Selection is greedy with maximal marginal relevance, so a sentence
that repeats a chosen one loses its place; a quotation that runs over several sentences is taken
whole or not at all.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Article, Quote, Span

DEFAULT_SENTENCES = 3

# Weights of the score parts; each raw part lies in [0, 1].
_LEDE_FIRST = 4.0  # more than the other parts can add up to: the lede's first sentence always leads
_POSITION = 0.6
_CENTRALITY = 2.5
_TITLE = 0.5
_HEADING = 0.2
_FACTS = 0.15
_QUOTE = 0.15
_REDUNDANCY = 0.8
_NEAR_REPEAT = 0.5  # cosine similarity above which a sentence mostly repeats another
_DANGLING = 0.5
_FRAGMENT = 0.6
_BOILERPLATE = 3.0
_SHORT = 0.6

_MIN_WORDS = 6
# News puts what matters first: past this many sentences nothing is a candidate (and the
# similarity graph, quadratic in its size, stays small).
_MAX_CANDIDATES = 300
_MAX_WORDS = 80
# A quotation over more sentences than this is a quote-mark mismatch, not one speech.
_MAX_QUOTE_SENTENCES = 4

_TOKEN = re.compile(r"[^\W_]+")
_CAPITALIZED = re.compile(r"(?<=\s)[\"'\u201c\u2018(]?[A-Z][a-z]+")
_DIGIT = re.compile(r"\d+(?:[.,]\d+)*")
_FINAL = re.compile(r"""[.!?\u2026]["'\u201d\u2019)\]]*$""")
_SPEECH_CUE = re.compile(r"\b(?:said|says|told|added|adds|according to|asked|stated|announced)\b")
_OPENING_QUOTE = re.compile(r"""["\u201c\u00ab]""")

# Sentences that only make sense after the one before them, from strongest to weakest need.
_REPORTED_CONTINUATION = re.compile(
    r"""["'\u201c\u2018]?(?:he|she|they|we|i)\s+(?:also\s+)?(?:added|adds|continued|went\s+on)\b""",
    re.IGNORECASE,
)
_CONNECTIVE = re.compile(
    r"""["'\u201c\u2018]?(?:but|and|yet|so|or|nor|however|also|still|instead|meanwhile|moreover|furthermore
      |besides|nevertheless|nonetheless|therefore|thus|hence|otherwise|likewise|similarly|indeed
      |in\s+addition|as\s+a\s+result|even\s+so|in\s+turn|this|that|these|those|such)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|his|her|their|him|them|it|its)\b", re.IGNORECASE)
_CAPTION = re.compile(
    r"""^(?:(?:photo|image|picture|video|caption|credit|pictured|watch|listen)s?\s*){1,2}[:|\-\u2013\u2014]
      | ^(?:read\s+more|related|see\s+also|more\s+on\s+this)\s*[:|\-\u2013\u2014]
      | \b(?:getty\s+images|ap\s+photo|afp\s+via|all\s+rights\s+reserved|contributed\s+to\s+this\s+report
          |editing\s+by|reporting\s+by|click\s+here|sign\s+up\s+(?:for|to)|follow\s+us|newsletter
          |this\s+(?:story|article)\s+(?:has\s+been|was)\s+updated)\b
      | \bphoto\s*\)  # a credit in brackets: "(AP Photo)", "( Jane Roe / Star File Photo )"
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Function words and the reporting vocabulary every news sentence shares: no topic signal.
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself said says say told added according mr mrs ms dr may might must shall
    since yet still even much many well""".split()
)


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    """A chosen sentence, its total score when it was chosen, and the named parts that sum to it.

    The parts, in order: position, centrality, title, heading, facts (names and figures), penalty
    (caption, boilerplate, fragment, length), quote, dangling (needs its predecessor) and
    redundancy (overlap with the sentences chosen before it).
    """

    span: Span
    score: float
    parts: tuple[tuple[str, float], ...]


def summarize(
    article: Article,
    sentences: int | None = None,
    *,
    words: int | None = None,
    ratio: float | None = None,
) -> list[str]:
    """The summary sentences, in article order, each exactly as it stands in the article.

    With no limit given, three sentences; see `summary_spans` for the limits.
    """
    return [s.text for s in summary_spans(article, sentences, words=words, ratio=ratio)]


def summary_spans(
    article: Article,
    sentences: int | None = None,
    *,
    words: int | None = None,
    ratio: float | None = None,
) -> list[Span]:
    """The chosen sentences as spans, in article order.

    `sentences` caps the number of sentences, `words` the number of words (whitespace-separated),
    `ratio` the share of the article's sentences (rounded, at least one). Every limit given holds;
    with none given the summary has three sentences.
    """
    return [s.span for s in explain(article, sentences, words=words, ratio=ratio)]


def explain(
    article: Article,
    sentences: int | None = None,
    *,
    words: int | None = None,
    ratio: float | None = None,
) -> list[ScoredSentence]:
    """The chosen sentences in article order, each with the score parts that chose it."""
    _check_arguments(article, sentences, words, ratio)
    spans = article.sentences
    if not spans:
        return []
    limit = _sentence_limit(len(spans), sentences, words, ratio)
    if limit <= 0 or (words is not None and words <= 0):
        return []
    return _Scorer(article, spans[:_MAX_CANDIDATES]).select(limit, words)


def _check_arguments(article: object, sentences: object, words: object, ratio: object) -> None:
    """Wrong types fail here with a message, not deep inside the scorer; odd numbers (0, -1, a
    ratio above 1) are limits like any other."""
    if not isinstance(article, Article):
        raise TypeError(f"summarize takes an Article from newsparse.parse(), not {type(article).__name__}")
    for name, value in (("sentences", sentences), ("words", words)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise TypeError(f"{name} must be an int or None, not {type(value).__name__}")
    if ratio is not None and (isinstance(ratio, bool) or not isinstance(ratio, (int, float))):
        raise TypeError(f"ratio must be a number or None, not {type(ratio).__name__}")


def _sentence_limit(count: int, sentences: int | None, words: int | None, ratio: float | None) -> int:
    limits = []
    if sentences is not None:
        limits.append(sentences)
    if ratio is not None:
        if not ratio > 0:  # also catches NaN
            return 0
        limits.append(max(1, round(min(ratio, 1.0) * count)))
    if not limits:
        limits.append(count if words is not None else DEFAULT_SENTENCES)
    return min(limits)


class _Scorer:
    """The score parts of every candidate sentence and the greedy selection over them."""

    def __init__(self, article: Article, spans: Sequence[Span]) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.texts = [s.text for s in spans]
        self.word_counts = [len(t.split()) for t in self.texts]
        self.terms = [set(_terms(t)) for t in self.texts]
        shared = _shared_terms(self.terms)
        self.similarity = _similarity_matrix(self.terms, shared)
        self.centrality = _centrality(self.terms, shared)
        quotes = _quotes_by_sentence(self.starts, spans, article.quotes)
        cues = [
            bool(q) and _SPEECH_CUE.search(t) is not None for q, t in zip(quotes, self.texts, strict=True)
        ]
        self.quoted = [_has_attributed_quote(*q) for q in zip(quotes, spans, cues, strict=True)]
        self.dependence = [_dependence(*q) for q in zip(quotes, spans, cues, strict=True)]
        self.units = _units(spans, article.quotes)
        self.static = self._static_parts(article)

    def _static_parts(self, article: Article) -> list[dict[str, float]]:
        spans = self.spans
        centrality = self.centrality
        title_terms = set(_terms(article.title.text)) if article.title else set()
        heading_of = self._heading_terms(article)
        in_boilerplate = self._overlapped(article.boilerplate)
        lede = article.lede
        lede_first = lede.sentences[0] if lede and lede.sentences else spans[0]
        parts = []
        for index, span in enumerate(spans):
            text = span.text
            terms = self.terms[index]
            n_words = self.word_counts[index]
            first = span.start == lede_first.start and span.end == lede_first.end
            hook = n_words < _MIN_WORDS or text.rstrip("\"'\u201d\u2019 ").endswith("?")
            position = _LEDE_FIRST if first and not hook else _POSITION / math.sqrt(1 + index)
            title = _TITLE * len(terms & title_terms) / len(title_terms) if title_terms else 0.0
            heading_terms = heading_of.get(index)
            heading = _HEADING * len(terms & heading_terms) / len(heading_terms) if heading_terms else 0.0
            names = len({m.group().lstrip("\"'\u201c\u2018(") for m in _CAPITALIZED.finditer(text)})
            figures = len(_DIGIT.findall(text))
            facts = _FACTS * (min(names, 4) / 4 + min(figures, 2) / 2) / 2
            penalty = 0.0
            if index in in_boilerplate or _CAPTION.search(text):
                penalty += _BOILERPLATE
            if not _FINAL.search(text) or text[:1].islower():
                penalty += _FRAGMENT
            if n_words < _MIN_WORDS:
                penalty += _SHORT * (_MIN_WORDS - n_words) / _MIN_WORDS
            elif n_words > _MAX_WORDS:
                penalty += _SHORT * min(1.0, (n_words - _MAX_WORDS) / _MAX_WORDS)
            parts.append(
                {
                    "position": position,
                    "centrality": _CENTRALITY * centrality[index],
                    "title": title,
                    "heading": heading,
                    "facts": facts,
                    "penalty": -penalty,
                }
            )
        return parts

    def _range(self, start: int, end: int) -> range:
        """Indices of the candidate sentences that start in [start, end)."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    def _heading_terms(self, article: Article) -> dict[int, set[str]]:
        out: dict[int, set[str]] = {}
        for section in article.sections:
            if section.heading and section.start < self.spans[-1].end:
                heading = set(_terms(section.heading.text))
                for index in self._range(section.start, section.end):
                    out[index] = heading
        return out

    def _overlapped(self, spans: Sequence[Span]) -> set[int]:
        out: set[int] = set()
        for span in spans:
            first = max(0, bisect.bisect_right(self.starts, span.start) - 1)
            for index in range(first, bisect.bisect_left(self.starts, span.end)):
                if self.spans[index].end > span.start:
                    out.add(index)
        return out

    def _extra(
        self,
        index: int,
        unit: tuple[int, ...],
        chosen: dict[int, ScoredSentence],
        quote_taken: bool,
        max_similarity: list[float],
    ) -> dict[str, float]:
        """The parts that depend on what is chosen already."""
        lonely = index > 0 and index - 1 not in chosen and index - 1 not in unit
        return {
            "quote": _QUOTE if self.quoted[index] and not quote_taken else 0.0,
            "dangling": -_DANGLING * self.dependence[index] if lonely else 0.0,
            "redundancy": -_redundancy(max_similarity[index]),
        }

    def select(self, limit: int, words: int | None) -> list[ScoredSentence]:
        """Greedy maximal marginal relevance under the sentence and word budgets."""
        static_totals = [sum(p.values()) for p in self.static]
        max_similarity = [0.0] * len(self.spans)
        chosen: dict[int, ScoredSentence] = {}
        quote_taken = False
        sentences_left = limit
        words_left = words
        units = list(self.units)
        while units and sentences_left > 0:
            best_score = -math.inf
            best_unit: tuple[int, ...] | None = None
            for unit in units:
                if len(unit) > sentences_left:
                    continue
                if words_left is not None and sum(self.word_counts[i] for i in unit) > words_left:
                    continue
                score = 0.0
                for i in unit:
                    extra = self._extra(i, unit, chosen, quote_taken, max_similarity)
                    score += static_totals[i] + sum(extra.values())
                score /= len(unit)
                if score > best_score:
                    best_score, best_unit = score, unit
            if best_unit is None:
                break
            units.remove(best_unit)
            for i in best_unit:
                parts = {**self.static[i], **self._extra(i, best_unit, chosen, quote_taken, max_similarity)}
                named = tuple((name, round(value, 4) + 0.0) for name, value in parts.items())  # no -0.0
                chosen[i] = ScoredSentence(self.spans[i], round(sum(parts.values()), 4), named)
            for i in best_unit:
                quote_taken = quote_taken or self.quoted[i]
                row = self.similarity[i]
                max_similarity = [max(m, r) for m, r in zip(max_similarity, row, strict=True)]
            sentences_left -= len(best_unit)
            if words_left is not None:
                words_left -= sum(self.word_counts[i] for i in best_unit)
        return [chosen[i] for i in sorted(chosen)]


def _redundancy(similarity: float) -> float:
    """Overlap costs a little; a near-repeat (most words shared) costs as much as centrality gives."""
    return _REDUNDANCY * similarity + _CENTRALITY * max(0.0, similarity - _NEAR_REPEAT) / (1 - _NEAR_REPEAT)


def _terms(text: str) -> list[str]:
    """Content words, lower-cased: words of three letters or more, numbers, and acronyms (US, EU)."""
    out = []
    for raw in _TOKEN.findall(text):
        word = raw.lower()
        if word in _STOPWORDS or (len(word) < 3 and not (raw.isupper() or word.isdigit())):
            continue
        out.append(word)
    return out


def _shared_terms(sets: Sequence[set[str]]) -> list[dict[int, int]]:
    """For each sentence i, the later sentences j that share terms with it and how many.

    Counted through each term's list of sentences, so the cost follows the pairs that do share
    words rather than every pair of sentences.
    """
    postings: dict[str, list[int]] = {}
    for index, terms in enumerate(sets):
        for term in terms:
            postings.setdefault(term, []).append(index)
    shared: list[dict[int, int]] = [{} for _ in sets]
    for indices in postings.values():
        for k, i in enumerate(indices[:-1]):
            row = shared[i]
            for j in indices[k + 1 :]:
                row[j] = row.get(j, 0) + 1
    return shared


def _similarity_matrix(sets: Sequence[set[str]], shared: Sequence[dict[int, int]]) -> list[list[float]]:
    """Cosine similarity of the sentences' sets of terms."""
    n = len(sets)
    matrix = [[0.0] * n for _ in range(n)]
    for i, row in enumerate(shared):
        for j, count in row.items():
            value = count / math.sqrt(len(sets[i]) * len(sets[j]))
            matrix[i][j] = matrix[j][i] = value
    return matrix


def _centrality(sets: Sequence[set[str]], shared: Sequence[dict[int, int]]) -> list[float]:
    """TextRank's sentence similarity summed over the graph, scaled so the most central has 1.

    Shared words over the sum of the log lengths (Mihalcea and Tarau 2004); the weighted degree
    ranks like PageRank on graphs this small and costs one pass.
    """
    logs = [math.log(len(s)) if len(s) > 1 else 0.0 for s in sets]
    degrees = [0.0] * len(sets)
    for i, row in enumerate(shared):
        if not logs[i]:
            continue
        for j, count in row.items():
            if logs[j]:
                weight = count / (logs[i] + logs[j])
                degrees[i] += weight
                degrees[j] += weight
    top = max(degrees, default=0.0)
    return [d / top for d in degrees] if top > 0 else degrees


def _units(spans: Sequence[Span], quotes: Sequence[Quote]) -> list[tuple[int, ...]]:
    """Sentence indices in runs that no quotation crosses: one run per multi-sentence quote."""
    starts = [s.start for s in spans]
    joined = [False] * len(spans)  # joined[i]: sentence i and i + 1 share a quotation
    for quote in quotes:
        first = _sentence_at(starts, quote.start)
        last = _sentence_at(starts, max(quote.start, quote.end - 1))
        if 0 < last - first < _MAX_QUOTE_SENTENCES and quote.start < spans[first].end:
            for i in range(first, last):
                joined[i] = True
    units: list[tuple[int, ...]] = []
    run: list[int] = []
    for i in range(len(spans)):
        run.append(i)
        if not joined[i]:
            units.append(tuple(run))
            run = []
    if run:
        units.append(tuple(run))
    return units


def _sentence_at(starts: Sequence[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _quotes_by_sentence(
    starts: Sequence[int], spans: Sequence[Span], quotes: Sequence[Quote]
) -> list[list[Quote]]:
    """The speech quotations that overlap each sentence."""
    out: list[list[Quote]] = [[] for _ in spans]
    for quote in quotes:
        if quote.kind != "speech":
            continue
        first = max(0, bisect.bisect_right(starts, quote.start) - 1)
        for index in range(first, bisect.bisect_left(starts, quote.end)):
            if spans[index].end > quote.start:
                out[index].append(quote)
    return out


def _has_attributed_quote(quotes: Sequence[Quote], span: Span, has_cue: bool) -> bool:
    """Whether a quotation starts in the sentence and the sentence says who spoke."""
    for quote in quotes:
        if not span.start <= quote.start < span.end:
            continue
        if quote.speaker is not None:
            if span.start <= quote.speaker.start < span.end:
                return True
        elif has_cue:
            return True
    return False


def _dependence(quotes: Sequence[Quote], span: Span, has_cue: bool) -> float:
    """How much a sentence leans on the one before it, from 0 (stands alone) to 2."""
    text = span.text
    if _REPORTED_CONTINUATION.match(text):
        return 2.0
    if _CONNECTIVE.match(text):
        return 1.0
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None:
            if not span.start <= speaker.start < span.end:
                return 1.0
        elif _OPENING_QUOTE.match(text) and not has_cue:
            return 1.0
    if _PRONOUN_SUBJECT.match(text):
        return 0.5
    return 0.0
