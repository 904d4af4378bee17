"""Quotations, speakers and cues: every text here was written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.model import Paragraph, Quote, Span
from newsparse.names import PARTICLES, NameIndex, ends_sentence, name_key, person_part, surname
from newsparse.quotes import find_quotes
from newsparse.sentences import sentence_spans

SEED = Path(__file__).resolve().parent.parent / "samples" / "palmyra-2025-12-15.txt"


def paragraphs_of(text: str, sentences: bool = True) -> list[Paragraph]:
    """Blank-line separated paragraphs with their sentences, as parser.py builds them."""
    out: list[Paragraph] = []
    start = 0
    for block in text.split("\n\n"):
        end = start + len(block)
        lead = len(block) - len(block.lstrip())
        a, b = start + lead, start + len(block.rstrip())
        if a < b:
            pairs = sentence_spans(text, a, b) if sentences else []
            spans = tuple(Span(text[x:y], x, y) for x, y in pairs)
            out.append(Paragraph(text[a:b], a, b, spans))
        start = end + 2
    return out


def quotes_in(text: str) -> tuple[Quote, ...]:
    return find_quotes(text, paragraphs_of(text))


def only(text: str) -> Quote:
    found = quotes_in(text)
    assert len(found) == 1, found
    return found[0]


def assert_offsets(text: str, quotes: tuple[Quote, ...]) -> None:
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        for span in (quote.speaker, quote.cue):
            if span is not None:
                assert text[span.start : span.end] == span.text


# --- the seed article -----------------------------------------------------------------------


@pytest.mark.skipif(not SEED.is_file(), reason="the seed sample is not in this checkout")
def test_seed_article_quotes_speakers_and_cues() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = newsparse.parse(text)
    by_text = {q.text: q for q in article.quotes}
    assert "cowardly act" in by_text
    daesh = by_text["degrade and destroy the shared threat of Daesh."]
    assert daesh.kind == "speech"
    assert daesh.speaker is not None
    assert daesh.speaker.text == "Shaibani"
    assert daesh.speaker.name == "Asaad al-Shaibani"
    vow = by_text["The United States will hold all who hurt and threaten Americans accountable,"]
    assert vow.speaker is not None
    assert vow.speaker.text == "A department spokesperson"
    assert vow.speaker.name is None
    assert vow.cue is not None and vow.cue.text == "added"
    assert_offsets(text, article.quotes)


# --- finding the quotation marks ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('The mayor said, "We will rebuild."', "We will rebuild."),
        ("The mayor said, \u201cWe will rebuild.\u201d", "We will rebuild."),
        ("Le maire a dit\u00a0: \u00abNous reconstruirons.\u00bb", "Nous reconstruirons."),
        ("\u201cHe said \u2018no\u2019 twice,\u201d the clerk recalled.", "He said \u2018no\u2019 twice,"),
        ("\"He said 'no' twice,\" the clerk recalled.", "He said 'no' twice,"),
        ('"He said "no" twice," the clerk recalled.', 'He said "no" twice,'),
    ],
)
def test_marks_and_nested_quotes(text: str, inner: str) -> None:
    assert only(text).text == inner


def test_apostrophes_are_not_quote_marks() -> None:
    text = (
        "Damascus's envoy, who grew up on '90s rock 'n' roll, said the talks were \"going well,\" and left."
    )
    assert [q.text for q in quotes_in(text)] == ["going well,"]


def test_partial_quotes_inside_a_sentence() -> None:
    text = 'The governor called the ruling "a disgrace" and vowed to "fight it in every court."'
    found = quotes_in(text)
    assert [q.text for q in found] == ["a disgrace", "fight it in every court."]
    assert all(q.speaker is not None and q.speaker.text == "The governor" for q in found)


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = (
        'The coach said "we were unlucky and left it there.\n\n'
        "The club did not comment on the transfer.\n\n"
        '"We will be back," the captain said.'
    )
    found = quotes_in(text)
    assert found[0].text == "we were unlucky and left it there."
    assert found[1].text == "We will be back,"
    assert "club" not in " ".join(q.text for q in found)


def test_multi_paragraph_quote_is_one_quote() -> None:
    text = (
        "Mayor Ana Ruiz opened the session.\n\n"
        '"We have waited long enough for this bridge. The money is there.\n\n'
        '"Now the work begins," Ruiz said.'
    )
    quote = only(text)
    assert quote.text.startswith("We have waited") and quote.text.endswith("begins,")
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


def test_scare_quotes_and_titles_are_terms() -> None:
    text = (
        'The so-called "peace plan" was shelved. Critics of the film "The Long Winter" '
        "stayed home, and the council debated the \u201cgreen corridor\u201d for an hour."
    )
    assert [(q.text, q.kind) for q in quotes_in(text)] == [
        ("peace plan", "term"),
        ("The Long Winter", "term"),
        ("green corridor", "term"),
    ]


def test_a_show_title_stays_a_term_next_to_a_speech_verb() -> None:
    text = 'On NBC\'s "Meet the Voters," Senator Lund said the bill was dead.'
    assert [(q.text, q.kind) for q in quotes_in(text)] == [("Meet the Voters,", "term")]


def test_a_scare_quote_with_a_speaker_is_speech() -> None:
    quote = only('The senator called the proposal "reckless" on Tuesday.')
    assert quote.kind == "speech"
    assert quote.speaker is not None and quote.speaker.text == "The senator"
    assert quote.cue is not None and quote.cue.text == "called"


# --- speakers and cues ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"The bridge is safe," Lopez said.', "Lopez", "said"),
        ('"The bridge is safe," said Maria Lopez, the city engineer.', "Maria Lopez", "said"),
        ('Lopez added: "The bridge is safe."', "Lopez", "added"),
        ('"The bridge is safe," according to the city engineer.', "the city engineer", "according to"),
        ('Lopez told reporters, "The bridge is safe."', "Lopez", "told"),
        ('"The bridge is safe," Lopez wrote in a statement.', "Lopez", "wrote"),
        ('Lopez, who has led the office since 2019, said: "The bridge is safe."', "Lopez", "said"),
        ('"The bridge is safe," a city spokeswoman insisted.', "a city spokeswoman", "insisted"),
        ('"The bridge is safe," Lopez has repeatedly argued.', "Lopez", "argued"),
        ('"Is the bridge safe?" asked the reporter.', "the reporter", "asked"),
        ('According to police, the driver "fled on foot."', "police", "According to"),
        ('"We are ready!" reply Ana and Joe.', "Ana and Joe", "reply"),
        ('Lopez is stressing that the bridge is "perfectly safe."', "Lopez", "stressing"),
    ],
)
def test_speaker_and_cue_before_or_after(text: str, speaker: str, cue: str) -> None:
    quote = only(text)
    assert quote.kind == "speech"
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue is not None and quote.cue.text == cue
    assert_offsets(text, (quote,))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two appositions between the name and its verb
        (
            '"We will appeal," Ruth Olsen, the county attorney, one of three officials named '
            "in the suit, said on Friday.",
            "Ruth Olsen",
        ),
        # a party and state in parentheses, then an apposition
        ('"It is over," Rep. Ann Mraz (D-Ore.), a member of the panel, said.', "Rep. Ann Mraz"),
        # a role and a relative clause after the name
        (
            "Tom Reyes, president of the teachers union, which has 9,000 members, said he "
            'wants "a fair deal."',
            "Tom Reyes",
        ),
        # a possessive opens a description
        ('"It was a mistake," the mayor\'s chief of staff said.', "the mayor's chief of staff"),
        ('"It was a mistake," Lee\'s former campaign manager said.', "Lee's former campaign manager"),
        # role words between an inverted cue and the name
        ('"We lost everything," said flood victim Mara Quint.', "flood victim Mara Quint"),
        ('"We lost everything," said 9/11 widow Mara Quint.', "9/11 widow Mara Quint"),
        # an affiliation after the name
        ('"It was the least bad outcome," Ms. Dale of the Hiking Club said.', "Ms. Dale of the Hiking Club"),
        # a participle right after a name
        ('The clip shows Governor Ruth Hale saying, "We are ready."', "Governor Ruth Hale"),
        # a participle after a comma credits the subject of the sentence
        ('In March, the union attacked the plan, calling it "a betrayal."', "the union"),
        # a colon after a clause credits its subject
        ('The campaign had a simple message: "Vote early."', "The campaign"),
    ],
)
def test_attribution_clauses(text: str, speaker: str) -> None:
    quote = only(text)
    assert quote.kind == "speech"
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert_offsets(text, (quote,))


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            '"We will rebuild," said the Rev. Anne Coyle, of Grace Street Church.',
            "the Rev. Anne Coyle, of Grace Street Church",
            "Anne Coyle",
        ),
        (
            '"We will rebuild," a pastor, one of dozens at the vigil, said.',
            "a pastor, one of dozens at the vigil",
            None,
        ),
        ('"We will rebuild," Anne Coyle, the pastor, said.', "Anne Coyle", "Anne Coyle"),
    ],
)
def test_descriptions_keep_their_appositions(text: str, speaker: str, name: str | None) -> None:
    quote = only(text)
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name) == (speaker, name)


def test_nouns_that_look_like_cues_are_not_cues() -> None:
    text = 'Kim\'s mental state is "beyond repair," in the words of a diplomat.'
    quote = only(text)
    assert quote.speaker is None or quote.speaker.text != "Kim's mental"


def test_a_possessive_before_a_noun_like_cue_is_no_speaker() -> None:
    text = 'The mayor said Ortiz\'s tweet about the "rigged vote" was deleted.'
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.text == "The mayor"


def test_affiliation_is_not_part_of_the_name() -> None:
    text = 'Greta Dale runs the club. "It was fine," Ms. Dale of the Hiking Club said.'
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.name == "Greta Dale"


def test_line_with_a_named_subject_introduces_the_next_paragraph() -> None:
    text = (
        "Senator Bea Lund spoke in May.\n\n"
        "On May 2, 2024, Lund made the following remark:\n\n"
        '"Rents have doubled in this city."'
    )
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.name == "Bea Lund"


def test_line_without_speaker_introduces_nobody() -> None:
    text = "Partial transcript as follows:\n\n" + '"We will take questions now."'
    quote = only(text)
    assert quote.speaker is None


def test_continuation_keeps_the_opening_style() -> None:
    text = '"The report ran to 300 pages and named no one.\n\n\u201cI never read it,\u201d the minister said.'
    found = quotes_in(text)
    assert [q.text for q in found] == [
        "The report ran to 300 pages and named no one.",
        "I never read it,",
    ]
    assert found[1].speaker is not None and found[1].speaker.text == "the minister"


def test_speaker_name_is_the_fullest_form_in_the_article() -> None:
    text = (
        "Foreign Minister Lina al-Haddad met Interior Secretary Tom Baker on Monday.\n\n"
        '"We agreed on the border," Haddad said.\n\n'
        '"It was a good day," Secretary Baker added.'
    )
    first, second = quotes_in(text)
    assert first.speaker is not None and first.speaker.name == "Lina al-Haddad"
    assert second.speaker is not None and second.speaker.name == "Tom Baker"


def test_generic_nouns_have_no_name() -> None:
    quote = only('Officials said the storm was "unprecedented."')
    assert quote.speaker is not None and quote.speaker.text == "Officials"
    assert quote.speaker.name is None


def test_descriptions_have_no_name() -> None:
    quote = only('"No one was hurt," a fire department spokesman said.')
    assert quote.speaker is not None
    assert quote.speaker.text == "a fire department spokesman"
    assert quote.speaker.name is None


def test_pronoun_resolves_to_the_last_named_speaker() -> None:
    text = (
        'Coach Dana Whitfield praised her players. "They never gave up," Whitfield said.\n\n'
        '"I am proud of every one of them," she added.'
    )
    second = quotes_in(text)[1]
    assert second.speaker is not None
    assert second.speaker.text == "she"
    assert second.speaker.name == "Dana Whitfield"


def test_pronoun_skips_a_speaker_of_the_other_gender() -> None:
    text = (
        '"We are ready," said Mrs. Joan Keller.\n\n'
        '"So are we," said Mr. Paul Brandt.\n\n'
        '"The vote is Tuesday," she said.'
    )
    last = quotes_in(text)[-1]
    assert last.speaker is not None and last.speaker.name == "Joan Keller"


def test_pronoun_without_an_earlier_speaker_takes_the_last_named_person() -> None:
    quote = only('Ravi Menon walked to the podium. "We did it," he said.')
    assert quote.speaker is not None and quote.speaker.name == "Ravi Menon"


def test_floating_quote_inherits_the_previous_speaker() -> None:
    text = (
        '"The harvest was the worst in a decade," farmer Ian Moss said.\n\n'
        '"We lost half of the wheat to the rain in August."'
    )
    first, second = quotes_in(text)
    assert second.kind == "speech"
    assert second.speaker == first.speaker


def test_second_quote_of_a_paragraph_shares_the_speaker() -> None:
    text = '"The harvest was poor," Moss said. "We lost half of the wheat."'
    first, second = quotes_in(text)
    assert second.speaker == first.speaker


def test_quote_introduced_by_a_line_ending_in_a_colon() -> None:
    text = "The ministry said in a statement:\n\n" + '"The talks will resume next week."'
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.text == "The ministry"


def test_credit_after_a_dash() -> None:
    quote = only("\u201cThe debate changed my mind about the tax.\u201d \u2015 Rosa Delgado")
    assert quote.speaker is not None and quote.speaker.text == "Rosa Delgado"
    assert quote.cue is None


def test_empty_and_blank_quotes_are_dropped_and_pairing_goes_on() -> None:
    text = 'The sign read "" and then " " in the rain, but "we will rebuild," the mayor said.'
    (quote,) = quotes_in(text)
    assert quote.text == "we will rebuild,"
    assert quote.speaker is not None and quote.speaker.text == "the mayor"


def test_no_quotes_no_work() -> None:
    assert quotes_in("The council met on Monday. Nobody spoke.") == ()
    assert find_quotes("", []) == ()


# --- robustness -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"' * 200_000,
        "\u201c" * 100_000 + "\u201d" * 100_000,
        ('He said "a ' * 40_000) + "end",
        ("\u00ab" + "x " * 10) * 20_000,
        ('"x," he said. ' * 30_000),
        "." * 1_000_000,
        "word " * 1_000_000,
    ],
)
def test_pathological_input_finishes_and_keeps_offsets(text: str) -> None:
    found = find_quotes(text, paragraphs_of(text, sentences=False))
    assert_offsets(text, found)
    assert all(0 <= q.start <= q.end <= len(text) for q in found)


def test_a_huge_paragraph_of_marks_keeps_quotes_inside_it() -> None:
    text = '"' * 100_001 + "\n\nThe end."
    found = find_quotes(text, paragraphs_of(text, sentences=False))
    assert all(q.end <= 100_001 for q in found)


_PIECES = st.sampled_from(
    [
        *"\"\u201c\u201d\u00ab\u00bb'\u2018\u2019 .,:\n-\u2015",
        *(" said ", "He", " Ann Lee", " a ", " according to ", "\n\n", "Mr. "),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=80).map("".join))
def test_never_raises_and_offsets_slice_out_text(text: str) -> None:
    found = quotes_in(text)
    assert_offsets(text, found)
    article = newsparse.parse(text)
    assert_offsets(text, article.quotes)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_through_parse(text: str) -> None:
    assert_offsets(text, newsparse.parse(text).quotes)


def test_a_noun_that_is_also_a_speech_verb_is_not_the_cue() -> None:
    text = (
        'Council member Tom Becker, who voted against it, called the cost estimate "optimistic at best" '
        "and said he expects overruns."
    )
    (quote,) = newsparse.parse(text).quotes
    assert quote.text == "optimistic at best"
    assert quote.speaker is not None and quote.speaker.name == "Tom Becker"
    assert quote.cue is not None and quote.cue.text == "called"


# --- the name index ---------------------------------------------------------------------------

# The index's regex skips lower-case words and takes capitalised runs whole; this is the plain
# word-by-word reading it must agree with.
_REFERENCE_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*\.?")
_REFERENCE_PREFIX = re.compile(
    r"^(?:al|el|ad|as|ash|at|az|an|ar)[-\u2010](?=[A-Z\u00c0-\u00de])", re.IGNORECASE
)


def reference_runs(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """Every run of capitalised words joined by single spaces, particles inside, with its start."""
    runs: list[tuple[int, tuple[str, ...]]] = []
    run: list[str] = []
    run_start = run_end = -1
    for match in _REFERENCE_WORD.finditer(text):
        word = match.group()
        joined = run and match.start() == run_end + 1 and text[run_end] == " "
        is_cap = word[0].isupper() or bool(_REFERENCE_PREFIX.match(word))
        if joined and (is_cap or word.casefold() in PARTICLES):
            run.append(word)
        else:
            if run:
                runs.append((run_start, tuple(run)))
            run = [word] if is_cap else []
            run_start = match.start()
        run_end = match.end()
    if run:
        runs.append((run_start, tuple(run)))
    return runs


def expected_mentions(text: str) -> list[tuple[int, tuple[str, ...]]]:
    out = []
    for start, run in reference_runs(text):
        cuts = [k + 1 for k, word in enumerate(run) if ends_sentence(word)]
        for a, b in zip([0, *cuts], [*cuts, len(run)], strict=True):  # a sentence at a time
            words = list(run[a:b])
            while words and words[-1].casefold() in PARTICLES:
                words.pop()
            part = person_part(words)
            if part:
                out.append((start, tuple(part)))
    return out


_NAME_PIECES = st.sampled_from(
    [
        *"aldevstnoAEDLSVT-\u2010'\u2019. 3_\n,\u00e9\u00c9\u017f",
        *("van ", "Van ", "al-", "el-", "at-", "el\u2010", "de ", "Della ", "DOS ", "st. ", "bin ", "Mr. "),
        *("Mrs ", "U.S. ", "O'Neill ", "Jean-Luc ", "do\u017f ", "vAN ", "  ", "said ", "the "),
    ]
)


# Lower-case words before and after particles, words with digits or apostrophes inside, and texts
# that end in lower-case words: where the whole-article pass skips words or ends a match.
_SKIPPING_PIECES = st.sampled_from(
    [
        *"aeAE .,3'\u2019-_\u00e9\u00c9",
        *("said ", "the ", "de ", "la ", "van ", "al-", "el-Q", "ab1c ", "x'Smith ", "3M ", "said de "),
        *("Charles ", "de Gaulle ", "Smith ", "\u00c9mile ", "U.S. ", "Mr. ", "a. ", "e.g. ", "St. ", "jr. "),
    ]
)


@pytest.mark.parametrize("pieces", [_NAME_PIECES, _SKIPPING_PIECES], ids=["names", "skipped words"])
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_name_index_reads_every_capitalised_run(pieces: st.SearchStrategy[str], data: st.DataObject) -> None:
    text = data.draw(st.lists(pieces, max_size=40).map("".join))
    index = NameIndex(text)
    index.gender  # noqa: B018  (builds the index)
    assert list(zip(index._starts, index._mentions, strict=True)) == expected_mentions(text)
    for key in {name_key(surname(part)) for part in index._mentions}:
        assert NameIndex(text).forms(key) == index.forms(key)  # one surname looked up on its own


def test_name_index_finds_the_full_name_after_lower_case_words() -> None:
    text = (
        "The plan was presented on Monday by Commission President Ursula von der Leyen and "
        "the foreign minister, Asaad al-Shaibani, with \u00c9lodie Durand of the agency.\n\n"
        "Von der Leyen said little. Shaibani and Durand spoke later."
    )
    index = NameIndex(text)
    assert index.fullest(["Leyen"]) == "Ursula von der Leyen"
    assert index.fullest(["Shaibani"]) == "Asaad al-Shaibani"
    assert index.fullest(["Durand"]) == "\u00c9lodie Durand"
    assert index.last_before(text.index(" said little"), None) == "Ursula von der Leyen"


def test_name_index_gender_comes_from_titles() -> None:
    index = NameIndex("Mrs. Ann Lee met Sir Tom Hale and the mayor, Kim Park.")
    assert index.gender == {"lee": "f", "hale": "m"}


def _keys_to_look_up(text: str) -> list[str]:
    """Surname keys of the article's names, and keys of plain words that may match none."""
    keys = [name_key(surname(part)) for _, part in expected_mentions(text)]
    keys += [word.casefold() for word in _REFERENCE_WORD.findall(text)]
    return list(dict.fromkeys(key for key in keys if key))


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=40).map("".join))
def test_a_surname_looked_up_alone_matches_the_whole_article(text: str) -> None:
    whole = NameIndex(text)
    whole.gender  # noqa: B018  (reads the whole article)
    for key in _keys_to_look_up(text):
        alone = NameIndex(text)  # a fresh index looks up this one surname
        assert alone.gender_of(key) == whole.gender.get(key)
        assert list(alone._by_key.get(key, {})) == list(whole._by_key.get(key, {}))


def test_surnames_are_looked_up_without_reading_the_whole_article() -> None:
    text = (
        "Mrs. Ann Lee, the mayor, met Sir Tom Hale on Monday. Her office said Ann Lee would speak.\n\n"
        "The employee handbook was not discussed. Mr. Hale left early."
    )
    index = NameIndex(text)
    assert index.fullest(["Lee"]) == "Ann Lee"
    assert index.gender_of("lee") == "f"
    assert index.gender_of("hale") == "m"
    assert index.gender_of("handbook") is None
    assert index._starts == []  # positions are only read for `last_before`
    assert index.last_before(text.index("would speak"), "f") == "Ann Lee"


def test_a_text_whose_case_folding_changes_length_is_read_whole() -> None:
    text = "Johann Strau\u00df conducted. Strau\u00df said little, and Herr Stra\u00dfe left."
    index = NameIndex(text)
    assert index.fullest(["Strau\u00df"]) == "Johann Strau\u00df"
    assert index._text is None  # read whole: "\u00df" folds to "ss"


# --- names: sentence ends, suffixes, titles ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Talks were held in Geneva. Laura Brandt said: "We are ready."', "Laura Brandt"),
        ('The envoys met in Geneva. Brandt said: "We are ready to talk."', "Brandt"),
        ('Brandt flew to Oslo. Laura Brandt, the envoy, said: "We are ready."', "Laura Brandt"),
    ],
)
def test_a_speaker_name_does_not_run_across_a_sentence_end(text: str, name: str) -> None:
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.name == name


def test_a_generational_suffix_keeps_the_name_it_follows() -> None:
    text = (
        '"The march goes on," said Walter Lee King III.\n\nKing spoke for ten minutes. "We walk," King said.'
    )
    first, second = quotes_in(text)
    assert first.speaker is not None and first.speaker.name == "Walter Lee King III"
    assert second.speaker is not None and second.speaker.name == "Walter Lee King III"
    assert person_part(["Judge", "Tom", "Hale", "Jr."]) == ["Tom", "Hale", "Jr."]


def test_a_councilor_title_is_not_part_of_the_name() -> None:
    quote = only('"Not this year," said Councilor Dana Moss.')
    assert quote.speaker is not None and quote.speaker.name == "Dana Moss"


def test_a_bare_surname_is_the_person_last_named_in_full() -> None:
    text = (
        "Nora Vance testified on Monday. Her brother, Senator Eli Vance, sat behind her.\n\n"
        '"She told the truth," Vance said.'
    )
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.name == "Eli Vance"


# --- pronoun speakers ------------------------------------------------------------------------


def test_she_is_the_nearest_person_the_text_calls_a_woman() -> None:
    text = (
        '"Keep off the roads," Gov. Sam Ortiz said on Friday.\n\n'
        'Dana Kell, a spokeswoman for the water board, said pumps were running. "It will take a week," '
        "she said."
    )
    first, second = quotes_in(text)
    assert first.speaker is not None and first.speaker.name == "Sam Ortiz"
    assert second.speaker is not None and second.speaker.text == "she"
    assert second.speaker.name == "Dana Kell"


def test_he_skips_a_woman_named_nearer_and_she_skips_a_man() -> None:
    text = (
        '"Buses should be free," Mayor Ruth Hale said.\n\n'
        "Her rival, councilor Tom Reyes, disagreed. He said the plan would cost millions. "
        '"Who pays?" he asked.\n\n'
        '"The state will," she replied. Reyes did not answer.'
    )
    _, second, third = quotes_in(text)
    assert second.speaker is not None and second.speaker.name == "Tom Reyes"
    assert third.speaker is not None and third.speaker.name == "Ruth Hale"


def test_a_place_before_a_pronoun_quote_is_no_speaker() -> None:
    text = (
        '"We will rebuild," said Mark Dunn, the council leader.\n\n'
        'Lake County was hit hardest. "It was terrible," he said.'
    )
    second = quotes_in(text)[1]
    assert second.speaker is not None and second.speaker.name == "Mark Dunn"


# --- single quotation marks ------------------------------------------------------------------


def test_single_marks_with_a_cue_after_are_speech() -> None:
    quote = only("'We will not give way,' said the Home Secretary.")
    assert quote.text == "We will not give way,"
    assert quote.kind == "speech"
    assert quote.speaker is not None and quote.speaker.text == "the Home Secretary"
    assert quote.cue is not None and quote.cue.text == "said"


def test_single_curly_marks_after_a_colon_cue_are_speech() -> None:
    text = "The health minister said: \u2018We will open ten clinics this year.\u2019"
    quote = only(text)
    assert quote.text == "We will open ten clinics this year."
    assert quote.speaker is not None and quote.speaker.text == "The health minister"


def test_single_marks_take_a_pronoun_speaker() -> None:
    text = (
        "Charity worker Anna Cole praised the scheme on Monday.\n\n"
        "'It gives people a second chance,' she added."
    )
    quote = only(text)
    assert quote.text == "It gives people a second chance,"
    assert quote.speaker is not None and quote.speaker.name == "Anna Cole"


@pytest.mark.parametrize(
    "text",
    [
        "It's the band's best album since the '90s, and rock 'n' roll fans know it.",
        "They met at the Smiths' house, where the 'experts' gathered for 'tea, cake and talk'.",
        "The word 'resilience' appeared in the report, officials said.",
        "He said it was 'not a good idea' and left.",
    ],
)
def test_apostrophes_and_scare_quotes_in_single_marks_are_not_speech(text: str) -> None:
    assert quotes_in(text) == ()


def test_single_marks_inside_a_double_quote_stay_inside_it() -> None:
    text = "\"She told me, 'We are leaving tonight,' and then she left,\" said Omar Reid."
    quote = only(text)
    assert quote.text.startswith("She told me, 'We are leaving tonight,'")
    assert quote.speaker is not None and quote.speaker.name == "Omar Reid"


def test_a_title_that_is_also_a_surname_names_a_person() -> None:
    text = 'Rosa King, an economist, spoke first.\n\n"Rates will rise," Ms King said.'
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.name == "Rosa King"
    assert person_part(["Vice", "President"]) == []


# --- offices before a name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We found no device," said FBI Special Agent in Charge Nora Blake.', "Nora Blake"),
        ('"The vote is on Friday," said Speaker of the House Lena Ortiz.', "Lena Ortiz"),
        ('"Burglaries fell," said Commissioner of Police Dana Rao.', "Dana Rao"),
        ('"Talks resume," said Secretary of State Paul Wren.', "Paul Wren"),
        ('"Not today," said Mr. Hale of the Rivers Trust.', "Hale"),
        ('"We object," said the Association of Bus Drivers.', None),
    ],
)
def test_an_office_with_of_or_in_is_not_part_of_the_name(text: str, name: str | None) -> None:
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.name == name


def test_an_office_phrase_stays_in_the_speaker_text() -> None:
    quote = only('"We found no device," said FBI Special Agent in Charge Nora Blake.')
    assert quote.speaker is not None
    assert quote.speaker.text == "FBI Special Agent in Charge Nora Blake"


def test_a_lone_surname_speaking_is_the_pronoun_speaker_when_no_one_spoke_before() -> None:
    quote = only('Marsh explained from the stage. "I love boats," he said.')
    assert quote.speaker is not None and quote.speaker.name == "Marsh"


def test_letters_after_a_name_are_not_part_of_it() -> None:
    quote = only('"We need answers," said Alan Pryce MP.')
    assert quote.speaker is not None and quote.speaker.name == "Alan Pryce"


def test_a_speakers_gender_is_read_from_the_sentence_after() -> None:
    text = (
        '"We will appeal," said Carla Moss.\n\n'
        '"The ruling stands," said Ivan Petrov. He spoke outside the court.\n\n'
        '"It is not over," she said.'
    )
    last = quotes_in(text)[-1]
    assert last.speaker is not None and last.speaker.name == "Carla Moss"


def test_a_place_named_in_passing_is_no_pronoun_antecedent() -> None:
    quote = only('Delegates gathered in Lake Geneva on Monday. "We did it," he said.')
    assert quote.speaker is not None and quote.speaker.text == "he"
    assert quote.speaker.name is None


def test_a_speaker_after_the_cue_stops_at_a_sentence_end() -> None:
    text = '"Prices will fall," said bank economist Omar Said Tariq. Exporters expect more.'
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.text == "bank economist Omar Said Tariq"
    firm = only('"We agree," said Acme Inc. chief Lola Fenn.')
    assert firm.speaker is not None and firm.speaker.name == "Lola Fenn"


def test_a_person_introduced_by_a_role_is_nearer_than_the_last_speaker() -> None:
    text = (
        '"Fares will go," Mayor Ruth Hale said.\n\n'
        'City councilor Tom Reyes disagreed. "Who pays?" he asked.\n\n'
        'The Daily Ledger backed the plan. "It is overdue," she said.'
    )
    _, second, third = quotes_in(text)
    assert second.speaker is not None and second.speaker.name == "Tom Reyes"
    assert third.speaker is not None and third.speaker.name == "Ruth Hale"


@pytest.mark.parametrize(
    "text",
    [
        "'I'm not going,' said Mrs Lee.",
        "\u2018I\u2019ll be back,\u2019 said Mrs Lee.",
        "Mrs Lee said: 'I've had enough.'",
    ],
)
def test_single_marked_speech_may_open_with_i_and_an_apostrophe(text: str) -> None:
    quote = only(text)
    assert quote.text.startswith("I")
    assert quote.speaker is not None and quote.speaker.name == "Lee"


def speaker_names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotes_in(text)]


def test_a_pronoun_never_goes_to_a_person_the_text_gives_the_other_gender() -> None:
    assert speaker_names(
        '"We need the money now," said Ann Lee, a spokeswoman for the port. "Not later," he said.'
    ) == ["Ann Lee", None]
    assert speaker_names(
        "Tom Ruiz, the port's chairman, met Ann Lee on Monday. "
        '"We need the money now," he said. "Not later," she said.'
    ) == ["Tom Ruiz", None]


def test_a_resolved_pronoun_teaches_the_persons_gender() -> None:
    text = (
        'Sen. Maria Sorel met with Ben Ashby on Monday. "We need the money," she said. "Not now," he added.'
    )
    assert speaker_names(text) == ["Maria Sorel", None]


def test_a_relative_clause_after_a_name_is_not_the_persons_role() -> None:
    text = (
        'Carl Wendt, who presented the best actress award, said the night was "exciting". '
        '"It is always surreal," he said.'
    )
    assert speaker_names(text)[-1] == "Carl Wendt"


def test_a_sentence_opening_with_a_known_surname_and_a_cue_is_nearer_than_a_speaker() -> None:
    text = (
        "Dana Pruitt, a lawyer, argued the case before Judge Roy Kemper.\n\n"
        '"Well," Kemper countered, "I do not follow."\n\n'
        "Pruitt said the rule was settled. "
        '"We believe in the rule," she said.'
    )
    assert speaker_names(text)[-1] == "Dana Pruitt"


@pytest.mark.parametrize(
    "text",
    [
        'The talks were held in Washington, D.C. Marco Ruiz said: "We will win."',
        'The troops went back to the U.S. Marco Ruiz said: "We will win."',
        'The crews went home to the U.K. Marco Ruiz said "We will win."',
    ],
)
def test_a_speaker_does_not_start_in_the_abbreviation_that_ended_the_sentence(text: str) -> None:
    quote = only(text)
    assert quote.speaker is not None
    assert quote.speaker.text == "Marco Ruiz" and quote.speaker.name == "Marco Ruiz"


def test_an_abbreviation_before_an_office_stays_in_the_speaker() -> None:
    quote = only('"We will appeal," the U.S. Attorney Jo Kemp said.')
    assert quote.speaker is not None and quote.speaker.text == "the U.S. Attorney Jo Kemp"


def test_a_speaker_after_the_cue_ends_before_the_next_sentences_opener() -> None:
    quote = only('"We will appeal," said Martin Luther Kemp Jr. The family agreed.')
    assert quote.speaker is not None and quote.speaker.text == "Martin Luther Kemp Jr."


def test_an_irregular_past_tense_before_a_name_is_no_role() -> None:
    text = 'Ferry talks stall\n\nGov. Ana Ruiz met Tom Kemp on Monday. "We are close," she said.'
    assert speaker_names(text) == ["Ana Ruiz"]
