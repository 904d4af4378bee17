"""Role words before a speaker's name: every text here was written for these tests."""

from __future__ import annotations

import newsparse
from newsparse.names import NameIndex, person_part
from newsparse.quotes import _role_gender

LEAD = "The festival opened on Friday with a crowd of about ten thousand people.\n\n"


def speakers_of(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in newsparse.parse(text).quotes]


def test_occupation_before_a_name_is_a_role() -> None:
    assert person_part(["Singer", "Knight"]) == ["Knight"]
    assert person_part(["Actress", "Jane", "Doe"]) == ["Jane", "Doe"]
    assert person_part(["Striker", "Tom", "Rowe"]) == ["Tom", "Rowe"]


def test_occupation_that_is_a_surname_stays_after_a_given_name() -> None:
    assert person_part(["Peter", "Singer"]) == ["Peter", "Singer"]
    assert person_part(["Philosopher", "Peter", "Singer"]) == ["Peter", "Singer"]


def test_speaker_named_with_a_role_word_keeps_the_name_only() -> None:
    text = LEAD + 'Singer Ann Knight closed the night. "It was the best crowd we had," Knight said.\n'
    assert speakers_of(text) == ["Ann Knight"]
    text = LEAD + '"We are thrilled to be back," said Actor Tom Rowe.\n'
    assert speakers_of(text) == ["Tom Rowe"]


def test_role_word_then_pronoun_goes_to_the_person() -> None:
    text = LEAD + 'Rapper Dee Moss was on stage at nine. "I love this city," he said.\n'
    assert speakers_of(text) == ["Dee Moss"]


def test_pronoun_skips_the_first_person_when_an_apposition_gives_the_other_gender() -> None:
    text = (
        "Tom Brown, a spokesman for the city, met Mary Green, a spokeswoman for the port, on "
        'Monday to discuss the bridge.\n\n"It went well," she said.\n'
    )
    assert speakers_of(text) == ["Mary Green"]


def test_pronoun_of_the_other_gender_is_left_unresolved_rather_than_wrong() -> None:
    text = (
        "Tom Brown, a spokesman for the city, met Mary Green on Monday to discuss the bridge.\n\n"
        '"It went well," she said.\n'
    )
    assert speakers_of(text) != ["Tom Brown"]


def test_gendered_role_before_a_name_gives_the_gender() -> None:
    names = NameIndex("Spokeswoman Jane Doe and Councilman Tom Rowe opened the terminal on Friday.")
    assert (names.gender_of("doe"), names.gender_of("rowe")) == ("f", "m")
    names = NameIndex("Spokesman Ed Kerr and Chairman Ann Holt opened the terminal on Friday.")
    assert (names.gender_of("kerr"), names.gender_of("holt")) == ("m", None)


def test_family_word_before_a_name_gives_the_gender() -> None:
    text = (
        "Tom Brown and his wife, Mary Green, opened a bakery on the high street on Monday.\n\n"
        '"It was a dream of ours," she said. "We love it," he said.\n'
    )
    assert speakers_of(text) == ["Mary Green", "Tom Brown"]


def test_role_word_right_before_a_name() -> None:
    assert _role_gender("Tom Brown and his wife, ") == "f"
    assert _role_gender("said club spokesman ") == "m"
    assert _role_gender("met party chairman ") is None  # also the office's name for women
    assert _role_gender("a letter from his ") is None
    assert _role_gender("") is None


BANK = "The central bank kept its main rate on hold on Tuesday, as markets had expected.\n\n"


def test_name_after_a_role_in_an_of_phrase() -> None:
    assert speakers_of(BANK + '"Rates will stay low," said Bank of Ruritania chief Tom Rowe.\n') == [
        "Tom Rowe"
    ]
    text = BANK + 'Acme\'s head of research Ann Lee said it was "far too early to say".\n'
    assert speakers_of(text) == ["Ann Lee"]


def test_of_phrase_after_a_name_or_a_description_keeps_its_speaker() -> None:
    assert speakers_of(BANK + '"It works," said Tom Rowe of the Sierra Club.\n') == ["Tom Rowe"]
    assert speakers_of(BANK + '"It is false," said a close associate of former boss Tom Rowe.\n') == [None]
