"""The command line through click's CliRunner: outputs, messages, exit codes, help."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import SEED

from newsparse import __version__
from newsparse.cli import ExitCode, Report, cli


def run(*args: str, stdin: bytes | str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=stdin, env=env, catch_exceptions=False)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.output == f"newsparse, version {__version__}\n"


def _commands(group: click.Group) -> list[str]:
    return sorted(group.commands)


@pytest.mark.parametrize("command", ["", *_commands(cli)])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output
    assert "newsparse " + command in result.output
    assert "Exit codes:" in result.output


def test_convert_json_of_the_seed() -> None:
    result = run("convert", "--to", "json", str(SEED))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert data["date"]["value"] == "2025-12-15"
    assert data["source"] == str(SEED)
    assert result.stderr == ""


def test_convert_reads_standard_input() -> None:
    result = run("convert", "--to", "json", "-", stdin=SEED.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["lede"]["text"].startswith("Syrian and U.S. officials said")
    assert json.loads(result.stdout)["source"] == "-"


def test_convert_several_inputs_to_jsonl_and_to_one_json_array() -> None:
    lines = run("convert", "--to", "jsonl", str(SEED), str(SEED)).stdout.splitlines()
    assert [json.loads(line)["date"]["value"] for line in lines] == ["2025-12-15"] * 2
    array = json.loads(run("convert", "--to", "json", str(SEED), "-", stdin="A second article.").stdout)
    assert [a["source"] for a in array] == [str(SEED), "-"]


def test_convert_markdown_has_front_matter_and_headings() -> None:
    out = run("convert", "--to", "markdown", str(SEED)).stdout
    assert out.startswith('---\ndate: "2025-12-15"\ntitle: null\n')
    assert "\n## US reaffirms support and vows accountability\n" in out


def test_a_missing_file_is_one_line_on_stderr_and_exit_code_3() -> None:
    result = run("convert", "missing.txt")
    assert result.exit_code == ExitCode.INPUT_ERROR == 3
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == ["Error: missing.txt: No such file or directory"]


def test_one_bad_input_does_not_stop_the_others(tmp_path: Path) -> None:
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = run("convert", "--to", "jsonl", str(SEED), str(binary), str(SEED))
    assert result.exit_code == ExitCode.SOME_INPUTS_FAILED == 4
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("schema_version") for r in records] == [1, None, 1]
    assert records[1] == {"source": str(binary), "error": f"{binary}: this is a PNG image, not text"}
    assert f"Error: {binary}: this is a PNG image, not text" in result.stderr
    assert "2 converted, 1 failed" in result.stderr


@pytest.mark.parametrize("command", ["print", "summarize", "convert"])
def test_binary_and_directory_inputs_are_refused(tmp_path: Path, command: str) -> None:
    binary = tmp_path / "a.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    assert run(command, str(binary)).exit_code == ExitCode.INPUT_ERROR
    result = run(command, str(tmp_path))
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert "is a directory" in result.stderr


def test_bad_option_is_a_usage_error() -> None:
    result = run("convert", "--to", "pdf", str(SEED))
    assert result.exit_code == ExitCode.USAGE == 2
    assert "Invalid value for '--to'" in result.stderr
    result = run("print", "--date", "15/12/2025", str(SEED))
    assert result.exit_code == ExitCode.USAGE
    assert "is not a date like 2025-12-15" in result.stderr


def test_output_file_is_written_and_never_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "seed.md"
    assert run("convert", "--to", "markdown", str(SEED), "-o", str(target)).exit_code == 0
    first = target.read_text(encoding="utf-8")
    assert first.startswith("---\n")
    result = run("convert", "--to", "json", str(SEED), "-o", str(target))
    assert result.exit_code == ExitCode.OUTPUT_ERROR == 5
    assert "already exists (use --force to overwrite)" in result.stderr
    assert target.read_text(encoding="utf-8") == first
    assert run("convert", "--to", "json", str(SEED), "-o", str(target), "--force").exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema_version"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.md"]  # no temporary file left


def test_output_file_is_not_created_when_nothing_was_converted(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = run("convert", str(tmp_path / "missing.txt"), "-o", str(target))
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert not target.exists()


def test_output_into_a_missing_folder_is_an_output_error(tmp_path: Path) -> None:
    result = run("convert", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert result.exit_code == ExitCode.OUTPUT_ERROR
    assert "cannot write" in result.stderr


def test_print_is_plain_when_not_a_terminal_and_coloured_when_forced() -> None:
    plain = run("print", str(SEED))
    assert plain.exit_code == 0
    assert "\x1b[" not in plain.stdout
    assert "## A shared condemnation and commitment to cooperation" in plain.stdout
    coloured = run("print", "--color", "always", str(SEED))
    assert "\x1b[" in coloured.stdout


def test_print_keeps_brackets_in_article_text() -> None:
    text = 'Lede of the story.\n\nShe said "[sic] it is [/b] fine" today.'
    for color in ("always", "never"):
        assert "[sic] it is [/b] fine" in run("print", "--color", color, "-", stdin=text).stdout.replace(
            "\x1b[32m", ""
        ).replace("\x1b[0m", "")


def test_summarize_text_json_and_markdown() -> None:
    text = run("summarize", str(SEED), "--sentences", "2").stdout
    assert text.splitlines()[0].startswith("Syrian and U.S. officials said")
    assert "length:" in text and "min to read" in text
    data = json.loads(run("summarize", str(SEED), "--to", "json").stdout)
    assert len(data["summary"]) == 3
    assert data["facts"]["date"] == "2025-12-15"
    source = SEED.read_text(encoding="utf-8")
    assert all(source[s["start"] : s["end"]] == s["text"] for s in data["summary"])
    markdown = run("summarize", str(SEED), "--to", "markdown").stdout
    assert markdown.startswith("## Summary\n\n- Syrian and U.S. officials said")


def test_summarize_rejects_zero_sentences() -> None:
    assert run("summarize", str(SEED), "--sentences", "0").exit_code == ExitCode.USAGE


def test_schema_is_json() -> None:
    schema = json.loads(run("schema").stdout)
    assert schema["properties"]["schema_version"] == {"const": 1}


def test_encoding_option_forces_a_decoding(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    assert "Café owners" in run("convert", "--to", "text", str(latin)).stdout
    assert "Caf\ufffd" in run("convert", "--to", "text", "--encoding", "utf-8", str(latin)).stdout
    result = run("convert", "--encoding", "klingon", str(latin))
    assert result.exit_code == ExitCode.USAGE
    assert "unknown encoding 'klingon'" in result.stderr


def test_report_decides_the_exit_code() -> None:
    assert Report(done=3).exit_code == ExitCode.OK
    assert Report(done=2, failed=1).exit_code == ExitCode.SOME_INPUTS_FAILED
    assert Report(done=0, failed=2).exit_code == ExitCode.INPUT_ERROR


def test_terminal_control_sequences_in_article_text_are_not_passed_to_the_terminal() -> None:
    text = "Lede with \x1b[31mred\x1b[0m and a \x1b]0;title\x07 in it.\n\nSecond paragraph."
    for color in ("always", "never"):
        shown = run("print", "--color", color, "-", stdin=text).stdout
        assert "\x1b[31m" not in shown and "\x1b]0;" not in shown


def test_output_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert run("convert", str(SEED), "-o", str(link), "--force").exit_code == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["schema_version"] == 1


@pytest.mark.parametrize("command", ["quotes", "timeline"])
def test_row_commands_expand_quoted_globs_and_directories_with_r(command: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    by_glob = run(command, "--to", "jsonl", str(folder / "*.txt"))
    assert by_glob.exit_code == 0, by_glob.stderr
    sources = {json.loads(line)["source"] for line in by_glob.stdout.splitlines()}
    assert sources == {str(folder / "a.txt"), str(folder / "b.txt")}
    assert run(command, "--to", "jsonl", "-r", str(folder)).stdout == by_glob.stdout
    assert run(command, str(folder)).exit_code == ExitCode.INPUT_ERROR


@pytest.mark.parametrize("command", ["quotes", "timeline"])
def test_row_commands_take_color(command: str) -> None:
    assert "\x1b[" in run(command, "--to", "table", "--color", "always", str(SEED)).stdout
    table = run(command, "--to", "table", "--color", "never", str(SEED)).stdout
    assert "\x1b[" not in table
    assert "\u2503" in table  # the table's frame: a table, only without colour


@pytest.mark.parametrize("command", ["print", "summarize"])
def test_each_record_of_a_data_set_is_headed_with_its_line_and_id(command: str, tmp_path: Path) -> None:
    data = tmp_path / "two.jsonl"
    data.write_text(
        '{"text": "Alpha council met on Monday.", "id": "a1"}\n{"text": "Beta council met on Tuesday."}\n',
        encoding="utf-8",
    )
    result = run(command, str(data))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"==> {data}:1 (id a1) <=="
    assert f"==> {data}:2 <==" in lines
    assert "==>" not in run(command, str(SEED)).stdout
