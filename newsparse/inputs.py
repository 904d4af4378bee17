"""Reading articles from files and standard input, with errors a user can act on."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .decode import DecodeError, decode

STDIN = "-"
# Far beyond any article; a bigger input is almost surely a mistake (a database dump, a disk image).
MAX_INPUT_BYTES = 256 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be read as an article; the message names it and says why."""


@dataclass(frozen=True, slots=True)
class Source:
    """An article's text and where it came from (`-` for standard input)."""

    name: str
    text: str


def read_source(name: str, encoding: str | None = None, stdin: BinaryIO | None = None) -> Source:
    """Read and decode one input: a path, or `-` for standard input."""
    try:
        if name == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(MAX_INPUT_BYTES + 1)
        else:
            path = Path(name)
            if path.is_dir():
                raise InputError(f"{name}: is a directory")
            with path.open("rb") as file:
                data = file.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise InputError(f"{name}: {error.strerror or error}") from error
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB; not an article")
    try:
        return Source(name, decode(data, encoding))
    except DecodeError as error:
        raise InputError(f"{name}: {error}") from error
