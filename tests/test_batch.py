"""Batch conversion: input expansion, output folders, ordering with a process pool, data sets."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES, SEED

from newsparse import batch, inputs
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
    found = [p for p, _ in inputs.expand_paths([str(corpus)], recursive=True)]
    assert [os.path.relpath(p, corpus) for p in found] == ["a.txt", "b.txt", os.path.join("world", "c.txt")]
    result = run("convert", str(corpus))
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert "is a directory" in result.stderr


def test_quoted_globs_are_expanded(corpus: Path) -> None:
    names = [Path(p).name for p, _ in inputs.expand_paths([str(corpus / "*.txt")])]
    assert names == ["a.txt", "b.txt"]
    assert [Path(p).name for p, _ in inputs.expand_paths([str(corpus / "**" / "*.txt")])] == [
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
    assert records[1] == {
        "source": str(data),
        "line": 2,
        "error": f"{data}:2: not JSON (Expecting value, column 1)",
    }
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


def test_output_files_get_ordinary_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        assert run("convert", str(SEED), "-o", str(tmp_path / "one.json")).exit_code == 0
        assert run("convert", str(SEED), "-d", str(tmp_path / "out")).exit_code == 0
    finally:
        os.umask(old)
    assert (tmp_path / "one.json").stat().st_mode & 0o777 == 0o644
    (written,) = (tmp_path / "out").rglob("*.json")
    assert written.stat().st_mode & 0o777 == 0o644


def test_two_inputs_with_one_output_name_never_overwrite_each_other(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "x.txt").write_text("First version of x.", encoding="utf-8")
    (corpus / "x.text").write_text("Second version of x.", encoding="utf-8")
    result = run("convert", str(corpus), "-r", "--to", "text", "-d", str(tmp_path / "out"), "--force")
    assert result.exit_code == ExitCode.SOME_INPUTS_FAILED
    assert "another input of this run is also written to" in result.stderr
    # x.text comes first in the walk's order and keeps the name
    assert (tmp_path / "out" / "x.txt").read_text(encoding="utf-8") == "Second version of x.\n"


def test_the_output_folder_is_never_read_as_input_nor_an_input_overwritten(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("An article.", encoding="utf-8")
    (corpus / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert run("convert", str(corpus), "-r", "-d", str(corpus / "out")).exit_code == 0
    again = run("convert", str(corpus), "-r", "-d", str(corpus / "out"), "--force")
    assert again.exit_code == 0
    assert sorted(p.name for p in (corpus / "out").iterdir()) == ["a.json"]
    in_place = run("convert", str(corpus), "-r", "--to", "text", "-d", str(corpus), "--force")
    assert in_place.exit_code == ExitCode.OUTPUT_ERROR
    assert "is the input itself" in in_place.stderr
    assert (corpus / "a.txt").read_text(encoding="utf-8") == "An article."


def test_write_errors_name_the_output(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = run("convert", str(SEED), "-d", str(tmp_path / "afile" / "sub"))
    assert result.exit_code == ExitCode.OUTPUT_ERROR
    assert "afile" in result.stderr.split(":")[1] or str(tmp_path / "afile") in result.stderr


def test_nothing_to_convert_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("convert", str(tmp_path / "empty"), "-r")
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert "no input" in result.stderr


def test_stdin_cannot_be_both_list_and_article() -> None:
    result = run("convert", "--files-from", "-", "-", stdin="a.txt\n")
    assert result.exit_code == ExitCode.USAGE


def test_an_unknown_encoding_is_a_usage_error() -> None:
    result = run("convert", str(SEED), str(SEED), "--encoding", "bogus")
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.count("unknown encoding 'bogus'") == 1


def test_jsonl_records_with_a_bad_date_or_no_text_keep_their_id(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    data.write_text('{"id": "x", "text": "A.", "date": "2024-13-45"}\n{"id": "y"}\n', encoding="utf-8")
    records = [json.loads(line) for line in run("convert", str(data), "--to", "jsonl").stdout.splitlines()]
    assert [(r["id"], r["line"]) for r in records] == [("x", 1), ("y", 2)]
    assert "ISO date" in records[0]["error"]


def test_summarize_and_print_go_on_after_a_bad_record(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    data.write_text('{"text": "First article."}\nnot json\n{"text": "Third article."}\n', encoding="utf-8")
    for command in ("summarize", "print"):
        result = run(command, str(data))
        assert result.exit_code == ExitCode.SOME_INPUTS_FAILED
        assert "Third article." in result.stdout
