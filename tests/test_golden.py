"""Whole articles: each sample's JSON, Markdown, text and outline output against golden files.

Regenerate after an intended change with `NEWSPARSE_UPDATE_GOLDEN=1 pytest tests/test_golden.py`
and review the diff like code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from conftest import GOLDEN, SAMPLES, UPDATE_GOLDEN

import newsparse
from newsparse.model import Article
from newsparse.render.json import article_record, render_json
from newsparse.render.markdown import render_markdown
from newsparse.render.outline import render_outline
from newsparse.render.text import render_text

RENDERERS: dict[str, Callable[[Article, str], str]] = {
    ".json": lambda article, name: render_json(article_record(article, name)),
    ".md": render_markdown,
    ".clean.txt": lambda article, name: render_text(article),
    ".outline.txt": lambda article, name: render_outline(article),
}
SCHEMA = json.loads(files("newsparse").joinpath("schema.json").read_text(encoding="utf-8"))


def _check(path: Path, actual: str) -> None:
    if UPDATE_GOLDEN:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path.name}: run with NEWSPARSE_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("suffix", RENDERERS)
def test_sample_matches_golden(sample: Path, suffix: str) -> None:
    article = newsparse.parse(sample.read_text(encoding="utf-8"))
    _check(GOLDEN / (sample.stem + suffix), RENDERERS[suffix](article, f"samples/{sample.name}"))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_golden_json_is_valid_against_the_shipped_schema(sample: Path) -> None:
    jsonschema.validate(json.loads((GOLDEN / (sample.stem + ".json")).read_text(encoding="utf-8")), SCHEMA)


def test_every_golden_file_belongs_to_a_sample() -> None:
    stems = {s.stem for s in SAMPLES}
    orphans = [p.name for p in GOLDEN.iterdir() if not any(p.name == s + x for s in stems for x in RENDERERS)]
    assert orphans == []
