"""Reading articles from files, standard input and JSON Lines data sets, with errors a user can act on."""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from .decode import DecodeError, decode

STDIN = "-"
# Far beyond any article; a bigger input is almost surely a mistake (a database dump, a disk image).
MAX_INPUT_BYTES = 256 * 1024 * 1024
InputFormat = Literal["auto", "text", "jsonl"]
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# Files a recursive walk takes: plain text and JSON Lines (and files without an extension).
ARTICLE_SUFFIXES = frozenset({".txt", ".text", *JSONL_SUFFIXES, ""})


class InputError(Exception):
    """An input that cannot be read as an article; the message names it and says why.

    `line` is the line number of a bad JSON Lines record, `id` its id when it has one.
    """

    def __init__(self, message: str, line: int | None = None, id: str | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.id = id


@dataclass(frozen=True, slots=True)
class Source:
    """An article's text and where it came from.

    `name` is the path (`-` for standard input); for a JSON Lines record, `line` is its line
    number and `id` and `date` are the record's own fields.
    """

    name: str
    text: str
    id: str | None = None
    date: str | None = None
    line: int | None = None

    @property
    def label(self) -> str:
        """How messages name this input: `corpus.jsonl:12` for a record, else the path."""
        return f"{self.name}:{self.line}" if self.line is not None else self.name


def _read_bytes(name: str, stdin: BinaryIO | None) -> bytes:
    try:
        if name == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(MAX_INPUT_BYTES + 1)
        else:
            path = Path(name)
            if path.is_dir():
                raise InputError(f"{name}: is a directory (--recursive reads the files in it)")
            with path.open("rb") as file:
                data = file.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise InputError(f"{name}: {error.strerror or error}") from error
    return data


def read_source(name: str, encoding: str | None = None, stdin: BinaryIO | None = None) -> Source:
    """Read and decode one plain-text input: a path, or `-` for standard input."""
    return source_from_bytes(name, _read_bytes(name, stdin), encoding)


def source_from_bytes(name: str, data: bytes, encoding: str | None) -> Source:
    """An input's bytes as a Source, with the size limit and decoding errors as InputError."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB; not an article")
    try:
        return Source(name, decode(data, encoding))
    except DecodeError as error:
        raise InputError(f"{name}: {error}") from error


def is_jsonl(name: str, input_format: InputFormat) -> bool:
    return input_format == "jsonl" or (input_format == "auto" and name.lower().endswith(JSONL_SUFFIXES))


def iter_sources(
    name: str, encoding: str | None = None, input_format: InputFormat = "auto", stdin: BinaryIO | None = None
) -> Iterator[Source | InputError]:
    """The articles of one input: one for a text file, one per line for JSON Lines (streamed).

    Errors come back as values, so that one bad record does not end the rest of its file.
    """
    if not is_jsonl(name, input_format):
        try:
            yield read_source(name, encoding, stdin)
        except InputError as error:
            yield error
        return
    yield from jsonl_records(name, lambda: _jsonl_lines(name, stdin), encoding)


def jsonl_records(
    name: str, open_lines: Callable[[], Iterable[bytes]], encoding: str | None, first_line: int = 1
) -> Iterator[Source | InputError]:
    """The records of JSON Lines read from `open_lines()` (raw lines, numbered from `first_line`),
    with read and encoding errors as values."""
    try:
        for number, raw in enumerate(open_lines(), first_line):
            line = raw.decode(encoding or "utf-8", errors="replace")
            if number == 1:
                line = line.removeprefix("\ufeff")
            if line.strip():
                yield _record(name, number, line)
    except LookupError:
        yield InputError(f"{name}: unknown encoding {encoding!r}")
    except OSError as error:
        yield InputError(f"{name}: {error.strerror or error}")


def _jsonl_lines(name: str, stdin: BinaryIO | None) -> Iterator[bytes]:
    if name == STDIN:
        yield from stdin if stdin is not None else sys.stdin.buffer
        return
    if Path(name).is_dir():
        raise IsADirectoryError(21, "Is a directory")
    with open(name, "rb") as file:
        yield from file


def _record(name: str, number: int, line: str) -> Source | InputError:
    """One JSON Lines record: {"text": ..., "date": ..., "id": ...}; only `text` is required."""
    where = f"{name}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(f"{where}: not JSON ({error.msg}, column {error.colno})", number)
    if not isinstance(record, dict):
        return InputError(f"{where}: a record must be a JSON object", number)
    ident = None if record.get("id") is None else str(record["id"])
    if not isinstance(record.get("text"), str):
        return InputError(f'{where}: a record needs a "text" string', number, ident)
    date = record.get("date")
    if date is not None and (not isinstance(date, str) or not _is_iso_date(date)):
        return InputError(f'{where}: "date" must be an ISO date like 2025-12-15, not {date!r}', number, ident)
    return Source(name, record["text"], ident, date, number)


def _is_iso_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return False
    return True


def expand_paths(
    args: Iterable[str], recursive: bool = False, skip: str | None = None
) -> Iterator[tuple[str, str | None]]:
    """(path, the directory it was found under) for each argument, lazily.

    A directory needs `recursive`, and gives its article files (`ARTICLE_SUFFIXES`), hidden ones
    and the folder `skip` (the output folder) left out. A pattern with `*`, `?` or `[` that names
    no file is expanded as a glob (for quoted patterns and lists too long for the shell).
    """
    for arg in args:
        if arg == STDIN:
            yield arg, None
        elif os.path.isdir(arg):
            if not recursive:
                yield arg, None  # read_source reports "is a directory", with the hint below
                continue
            yield from ((path, arg) for path in _walk(arg, skip))
        elif not os.path.exists(arg) and glob.has_magic(arg):
            matches = sorted(glob.iglob(arg, recursive=True))
            if not matches:
                yield arg, None  # reported as missing
            for match in matches:
                if os.path.isdir(match):
                    if recursive:
                        yield from ((path, match) for path in _walk(match, skip))
                else:
                    yield match, None
        else:
            yield arg, None


def _walk(directory: str, skip: str | None) -> Iterator[str]:
    """Article files under `directory` in a stable order; hidden files and `skip` left out."""
    skip_real = os.path.realpath(skip) if skip else None
    for folder, subfolders, names in os.walk(directory):
        subfolders[:] = sorted(
            d
            for d in subfolders
            if not d.startswith(".") and os.path.realpath(os.path.join(folder, d)) != skip_real
        )
        for name in sorted(names):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES:
                yield os.path.join(folder, name)
