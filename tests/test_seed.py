"""The seed article, exactly as the foundation issue specifies it."""

from __future__ import annotations

from typing import Any

import pytest

import newsparse


@pytest.fixture
def seed(seed_text: str) -> dict[str, Any]:
    return newsparse.parse(seed_text).to_dict()


def test_date_comes_from_the_glued_label(seed: dict[str, Any]) -> None:
    assert seed["date"] == {
        "text": "2025-12-15",
        "start": 6,
        "end": 16,
        "value": "2025-12-15",
        "origin": "text",
    }


def test_no_title_and_the_lede_is_the_first_paragraph_without_the_date(seed: dict[str, Any]) -> None:
    assert seed["title"] is None
    assert seed["lede"]["text"].startswith("Syrian and U.S. officials said")
    assert seed["lede"]["text"].endswith("citing the YeniShafak.")


def test_sections(seed: dict[str, Any]) -> None:
    sections = seed["sections"]
    assert [s["heading"] and s["heading"]["text"] for s in sections] == [
        None,
        "A shared condemnation and commitment to cooperation",
        "US reaffirms support and vows accountability",
        "Context of the attack and ongoing security operations",
    ]
    assert [len(s["paragraphs"]) for s in sections] == [1, 1, 1, 1]
    assert sections[0]["paragraphs"][0]["text"].startswith("The conclusion was reached")


def _quote(seed: dict[str, Any], text: str) -> dict[str, Any]:
    matches = [q for q in seed["quotes"] if q["text"] == text]
    assert matches, f"no quote {text!r} in {[q['text'] for q in seed['quotes']]}"
    return matches[0]


def test_quotes_and_speakers(seed: dict[str, Any]) -> None:
    _quote(seed, "cowardly act")
    daesh = _quote(seed, "degrade and destroy the shared threat of Daesh.")
    assert daesh["speaker"]["text"] == "Shaibani"
    assert daesh["speaker"]["name"] == "Asaad al-Shaibani"
    accountable = _quote(seed, "The United States will hold all who hurt and threaten Americans accountable,")
    assert accountable["speaker"]["text"] == "A department spokesperson"
    assert accountable["speaker"]["name"] is None
    assert accountable["cue"]["text"] == "added"


@pytest.mark.parametrize(
    ("text", "value"),
    [("Sunday", "2025-12-14"), ("Saturday", "2025-12-13"), ("November 12", "2025-11-12")],
)
def test_times_resolved_against_the_article_date(seed: dict[str, Any], text: str, value: str) -> None:
    assert {"text": text, "type": "DATE", "value": value}.items() <= next(
        (t for t in seed["times"] if t["text"] == text), {}
    ).items()
