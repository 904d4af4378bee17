"""The installed command in real processes: pipes, `head`, terminals, tracebacks, start-up imports."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED

COMMAND = [sys.executable, "-m", "newsparse"]
ENV = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}


def run(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*COMMAND, *args], input=stdin, capture_output=True, env=env or ENV, cwd=ROOT, timeout=60, check=False
    )


def test_pipe_into_jq_like_consumer() -> None:
    with SEED.open("rb") as article:
        producer = subprocess.run(
            [*COMMAND, "convert", "--to", "json", "-"],
            stdin=article,
            capture_output=True,
            env=ENV,
            check=True,
        )
    assert json.loads(producer.stdout)["date"]["value"] == "2025-12-15"
    assert producer.stderr == b""


def test_piping_into_head_ends_quietly() -> None:
    big = (SEED.read_text(encoding="utf-8") + "\n\n") * 400
    shell = f"{' '.join(COMMAND)} convert --to jsonl - - - - - - - - | head -c 100"
    done = subprocess.run(
        ["bash", "-c", "set -o pipefail; " + shell + "; echo status=${PIPESTATUS[0]}"],
        input=big.encode(),
        capture_output=True,
        env=ENV,
        timeout=120,
        check=False,
    )
    assert b"Traceback" not in done.stderr
    assert b"BrokenPipe" not in done.stderr
    assert done.stdout.startswith(b'{"schema_version":1')
    assert done.stdout.rstrip().endswith(b"status=141")


def test_unexpected_errors_are_one_line_unless_debug(tmp_path: Path) -> None:
    # A sitecustomize that breaks parse() stands in for a bug newsparse might have.
    (tmp_path / "sitecustomize.py").write_text(
        "import newsparse.parser\n"
        "def broken(*a, **k):\n    raise RuntimeError('boom')\n"
        "newsparse.parser.classify = broken\n",
        encoding="utf-8",
    )
    env = {**ENV, "PYTHONPATH": str(tmp_path) + os.pathsep + str(ROOT)}
    quiet = run("print", str(SEED), env=env)
    assert quiet.returncode == 1
    assert quiet.stderr.decode().strip() == (
        "newsparse: internal error: RuntimeError('boom') (run newsparse --debug ... for a traceback)"
    )
    loud = run("--debug", "print", str(SEED), env=env)
    assert loud.returncode == 1
    assert b"Traceback (most recent call last)" in loud.stderr
    # In a batch, the bug is reported for each input and the exit code is still 1.
    batch = run("convert", "--to", "jsonl", str(SEED), str(SEED), env=env)
    assert batch.returncode == 1
    assert batch.stderr.decode().count("internal error: RuntimeError('boom')") == 2
    assert b"Traceback" not in batch.stderr
    assert (
        b"Traceback (most recent call last)"
        in run("--debug", "convert", str(SEED), str(SEED), env=env).stderr
    )


def test_user_errors_are_one_line_without_traceback() -> None:
    done = run("print", "does-not-exist.txt")
    assert done.returncode == 3
    assert done.stderr.decode().strip().splitlines() == [
        "Error: does-not-exist.txt: No such file or directory"
    ]
    assert done.stdout == b""


def test_console_script_and_module_agree() -> None:
    script = Path(sys.executable).with_name("newsparse")
    if not script.exists():
        pytest.skip("the console script is not installed beside this interpreter (not a pip install)")
    done = subprocess.run([str(script), "--version"], capture_output=True, check=True, env=ENV)
    assert done.stdout == run("--version").stdout


def _in_terminal(*args: str, env: dict[str, str]) -> bytes:
    """Run with stdout on a pseudo-terminal, as a person at a shell would."""
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [*COMMAND, *args], stdout=follower, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    ) as process:
        os.close(follower)
        output = _read_all(leader)
        process.wait(timeout=30)
    os.close(leader)
    return output


def _read_all(leader: int) -> bytes:
    output = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other side closed: Linux reports EIO
            break
        if not chunk:
            break
        output += chunk
    return output


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_colour_only_on_a_terminal_and_never_with_no_color_or_dumb() -> None:
    terminal = {**ENV, "TERM": "xterm-256color", "COLUMNS": "100"}
    assert b"\x1b[" in _in_terminal("print", str(SEED), env=terminal)
    assert b"\x1b[" not in _in_terminal("print", str(SEED), env={**terminal, "NO_COLOR": "1"})
    assert b"\x1b[" not in _in_terminal("print", str(SEED), env={**terminal, "TERM": "dumb"})
    assert b"\x1b[" not in run("print", str(SEED), env=terminal).stdout


@pytest.mark.parametrize(
    "args",
    [["-c", "import newsparse"], ["-m", "newsparse", "--version"], ["-m", "newsparse", "convert", str(SEED)]],
    ids=["import", "version", "convert-json"],
)
def test_start_up_does_not_import_rich(args: list[str]) -> None:
    probe = (
        "import sys, runpy, atexit\n"
        "def report():\n"
        "    heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'dateutil'))\n"
        "    sys.stderr.write('\\nLOADED ' + ' '.join(heavy) + '\\n')\n"
        "atexit.register(report)\n"
    )
    if args[0] == "-c":
        probe += args[1] + "\n"
    else:
        probe += (
            f"sys.argv = ['newsparse', *{args[2:]!r}]\nrunpy.run_module('newsparse', run_name='__main__')\n"
        )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, env=ENV, cwd=ROOT, check=False)
    loaded = done.stderr.decode().rsplit("LOADED", 1)[1].split()
    assert not [m for m in loaded if m.startswith("rich")]
    if args[0] == "-c" or "--version" in args:
        assert loaded == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_an_output_error() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [*COMMAND, "convert", str(SEED)], stdout=full, stderr=subprocess.PIPE, env=ENV, check=False
        )
    assert done.returncode == 5
    assert b"standard output: cannot write" in done.stderr
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["convert", "--to", "pdf", str(SEED)], 2, b"Invalid value for '--to'"),
        (["print", "--date", "2025-13-01", str(SEED)], 2, b"is not a date like 2025-12-15"),
        (["convert", str(ROOT / "samples")], 3, b"is a directory"),
    ],
)
def test_usage_and_input_errors_in_a_real_process(args: list[str], code: int, message: bytes) -> None:
    done = run(*args)
    assert done.returncode == code
    assert message in done.stderr
    assert b"Traceback" not in done.stderr


def test_binary_input_in_a_real_process(tmp_path: Path) -> None:
    image = tmp_path / "photo.jpg"
    image.write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    done = run("convert", str(image))
    assert done.returncode == 3
    assert done.stderr.decode().strip() == f"Error: {image}: this is a JPEG image, not text"
    assert done.stdout == b""


def test_parse_is_the_same_in_every_process() -> None:
    # Two equally full forms of one name: which one a quote gets must not depend on hash order.
    text = (
        "Democrat Hillary Clinton spoke in Ohio on Monday.\n\n"
        "Crooked Hillary Clinton, as her rival calls her, answered critics.\n\n"
        '"We will win," Clinton said. "We always do," said Mrs. Clinton.'
    )
    script = "import json, sys, newsparse; print(json.dumps(newsparse.parse(sys.stdin.read()).to_dict()))"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            input=text.encode(),
            capture_output=True,
            check=True,
            env={**ENV, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "1", "2", "3", "4", "5")
    }
    assert len(outputs) == 1


def test_output_to_dev_stdout_writes_to_the_pipe_or_the_redirected_file(tmp_path: Path) -> None:
    piped = run("convert", str(SEED), "-o", "/dev/stdout")
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)["date"]["value"] == "2025-12-15"
    redirected = tmp_path / "out.json"
    command = [*COMMAND, "convert", str(SEED), "-o", "/dev/stdout"]
    with redirected.open("wb") as stdout:
        subprocess.run(command, stdout=stdout, env=ENV, check=True, cwd=ROOT)
    assert json.loads(redirected.read_text(encoding="utf-8"))["date"]["value"] == "2025-12-15"
    appended = tmp_path / "log.txt"
    appended.write_text("earlier line\n", encoding="utf-8")
    with appended.open("ab") as stdout:  # the shell's >>
        subprocess.run([*command, "--to", "jsonl"], stdout=stdout, env=ENV, check=True, cwd=ROOT)
    first, record = appended.read_text(encoding="utf-8").splitlines()
    assert first == "earlier line"
    assert json.loads(record)["date"]["value"] == "2025-12-15"
