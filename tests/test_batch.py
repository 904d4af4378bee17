"""Batch conversion: input expansion, output folders, ordering with a process pool, data sets."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES, SEED

from newsparse import batch
from newsparse.cli import ExitCode, cli


def run(*args: str, stdin: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of articles: two at the top, one in a subfolder, one hidden file."""
    root = tmp_path / "corpus"
    (root / "world").mkdir(parents=True)
    (root / "a.txt").write_text("First article lede.\n\nBody text.", encoding="utf-8")
    (root / "b.txt").write_text("Second article lede.", encoding="utf-8")
    (root / "world" / "c.txt").write_text("Third article lede.", encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\x00\x01")
    return root


def test_directories_need_recursive_and_skip_hidden_files(corpus: Path) -> None:
    found = [p for p, _ in batch.expand_paths([str(corpus)], recursive=True)]
    assert [os.path.relpath(p, corpus) for p in found] == ["a.txt", "b.txt", os.path.join("world", "c.txt")]
    result = run("convert", str(corpus))
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert "is a directory" in result.stderr


def test_quoted_globs_are_expanded(corpus: Path) -> None:
    names = [Path(p).name for p, _ in batch.expand_paths([str(corpus / "*.txt")])]
    assert names == ["a.txt", "b.txt"]
    assert [Path(p).name for p, _ in batch.expand_paths([str(corpus / "**" / "*.txt")])] == [
        "a.txt",
        "b.txt",
        "c.txt",
    ]


def test_output_dir_mirrors_names_and_never_overwrites_without_force(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("convert", str(corpus), "-r", "--to", "markdown", "--output-dir", str(out))
    assert result.exit_code == 0, result.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a.md", "b.md", os.path.join("world", "c.md")]
    assert (out / "a.md").read_text(encoding="utf-8").startswith("---\n")
    assert "3 converted, 0 failed" in result.stderr
    (corpus / "b.txt").write_text("Changed lede.", encoding="utf-8")
    again = run("convert", str(corpus), "-r", "--to", "markdown", "--output-dir", str(out))
    assert again.exit_code == ExitCode.OUTPUT_ERROR
    assert again.stderr.count("already exists (use --force to overwrite)") == 3
    assert "Changed lede." not in (out / "b.md").read_text(encoding="utf-8")
    forced = run("convert", str(corpus), "-r", "--to", "markdown", "--output-dir", str(out), "--force", "-q")
    assert forced.exit_code == 0
    assert forced.stderr == ""
    assert "Changed lede." in (out / "b.md").read_text(encoding="utf-8")
    assert not list(out.rglob("*.tmp"))


def test_outputs_never_fall_outside_the_output_dir(tmp_path: Path) -> None:
    settings = batch.Settings(fmt="json", output_dir=str(tmp_path / "out"))
    outside = tmp_path / "elsewhere" / "x.txt"
    climbing = batch.Task(os.path.join("..", "..", "etc", "passwd"))
    assert batch.output_path(batch.Task(str(outside)), settings) == tmp_path / "out" / "x.json"
    assert batch.output_path(climbing, settings) == tmp_path / "out" / "passwd.json"
    record = batch.Task("data.jsonl", source=batch.Source("data.jsonl", "x", id="../../evil/name", line=3))
    target = batch.output_path(record, settings)
    assert target.parent == tmp_path / "out" / "data"
    assert ".." not in target.parts and "/" not in target.name


def test_an_output_dir_symlink_out_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "target").mkdir()
    (out / "sub").symlink_to(tmp_path / "target")
    with pytest.raises(ValueError, match="outside"):
        batch.output_path(batch.Task(os.path.join("sub", "a.txt")), batch.Settings(output_dir=str(out)))


def test_files_from_lines_and_nul_separated(corpus: Path) -> None:
    paths = [str(corpus / "a.txt"), str(corpus / "world" / "c.txt")]
    lines = run("convert", "--to", "jsonl", "--files-from", "-", stdin="\n".join(paths) + "\n")
    assert [json.loads(x)["source"] for x in lines.stdout.splitlines()] == paths
    nul = run("convert", "--to", "jsonl", "--files-from", "-", "-0", stdin="\0".join(paths) + "\0")
    assert [json.loads(x)["source"] for x in nul.stdout.splitlines()] == paths
    assert run("convert", "-0", str(SEED)).exit_code == ExitCode.USAGE


def test_no_input_is_a_usage_error() -> None:
    result = run("convert")
    assert result.exit_code == ExitCode.USAGE
    assert "no input" in result.stderr


def test_jsonl_data_set_carries_ids_and_dates(tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    data.write_text(
        json.dumps({"id": "a1", "text": "Officials met on Sunday.", "date": "2025-12-15"})
        + "\nnot json\n\n"
        + json.dumps({"id": 7, "text": "No date here."})
        + "\n"
        + json.dumps({"title": "no text"})
        + "\n",
        encoding="utf-8",
    )
    result = run("convert", str(data), "--to", "jsonl")
    assert result.exit_code == ExitCode.SOME_INPUTS_FAILED
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("id") for r in records] == ["a1", None, "7", None]
    assert records[0]["date"] == {"text": "", "start": 0, "end": 0, "value": "2025-12-15", "origin": "caller"}
    assert records[1] == {"source": str(data), "line": 2, "error": f"{data}:2: not JSON (Expecting value)"}
    assert records[3]["error"].endswith(':5: a record needs a "text" string')
    assert records[2]["date"] is None


def test_jsonl_records_to_an_output_dir_are_named_by_id(tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    data.write_text('{"id": "x/1", "text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    out = tmp_path / "out"
    assert run("convert", str(data), "--to", "markdown", "-d", str(out)).exit_code == 0
    assert sorted(p.name for p in (out / "set").iterdir()) == ["2.md", "x_1.md"]


def test_json_is_one_document_for_one_input_and_an_array_otherwise(corpus: Path) -> None:
    single = json.loads(run("convert", str(corpus / "a.txt")).stdout)
    assert single["source"] == str(corpus / "a.txt")
    several = json.loads(run("convert", str(corpus / "a.txt"), str(corpus / "missing.txt")).stdout)
    assert [a["source"] for a in several] == [str(corpus / "a.txt")]
    assert json.loads(run("convert", str(corpus / "none*.txt")).stdout) == []


def test_a_pool_gives_the_same_output_in_the_same_order() -> None:
    names = [str(p) for p in SAMPLES] * 3
    one = run("convert", "--to", "jsonl", "--jobs", "1", *names)
    two = run("convert", "--to", "jsonl", "--jobs", "2", *names)
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert [json.loads(x)["source"] for x in two.stdout.splitlines()] == names


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_stream_without_reading_every_input_first(jobs: int) -> None:
    endless = (batch.Task("-", source=batch.Source("-", f"Article number {n}.")) for n in itertools.count())
    first = list(itertools.islice(batch.run(endless, batch.Settings(fmt="jsonl"), jobs=jobs), 3))
    assert [json.loads(o.output or "")["lede"]["text"] for o in first] == [
        "Article number 0.",
        "Article number 1.",
        "Article number 2.",
    ]
