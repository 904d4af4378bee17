"""Converting many articles: input expansion, a process pool, ordered results, safe output files.

Memory stays flat however many inputs there are: paths are expanded lazily, at most a small
window of tasks is in flight, and each result is handed on (written or printed) as soon as all
earlier ones are.
"""

from __future__ import annotations

import glob
import os
import stat
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

from .inputs import STDIN, InputError, InputFormat, Source, is_jsonl, iter_sources, read_source

EXTENSIONS = {"markdown": ".md", "json": ".json", "jsonl": ".json", "text": ".txt"}
# Chunks in flight per worker: enough to keep every core busy, few enough to keep memory flat.
_WINDOW_PER_JOB = 4
# Articles sent to a worker at once: parsing takes about a millisecond, so one message per
# article would cost as much as the work.
_CHUNK = 8


_FILE_MODE = 0o666


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class OutputExistsError(Exception):
    """The output file exists and --force was not given."""


@dataclass(frozen=True, slots=True)
class Settings:
    """How to convert each input; sent to the worker processes, so plain values only."""

    fmt: str = "json"
    encoding: str | None = None
    anchor: str | None = None
    input_format: InputFormat = "auto"
    output_dir: str | None = None
    force: bool = False
    debug: bool = False


@dataclass(frozen=True, slots=True)
class Task:
    """One article to convert: a path to read in the worker, or a text already read."""

    name: str
    root: str | None = None
    source: Source | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one task: rendered output (for stdout), the file written, or an error."""

    label: str
    output: str | None = None
    written: str | None = None
    error: str | None = None
    id: str | None = None
    line: int | None = None
    output_error: bool = False
    internal: bool = False

    @classmethod
    def unreadable(cls, name: str, error: InputError) -> Outcome:
        """The outcome of an input, or a JSON Lines record, that could not be read."""
        return cls(label=name, error=str(error), line=error.line, id=error.id)


# --- inputs -------------------------------------------------------------------------------------


def read_path_list(stream: Iterable[bytes], null_separated: bool) -> Iterator[str]:
    """Paths from --files-from: one a line, or NUL-separated (`find -print0`)."""
    if not null_separated:
        for raw in stream:
            line = os.fsdecode(raw.rstrip(b"\r\n"))
            if line.strip():
                yield line
        return
    pending = b""
    for chunk in stream:
        pending += chunk
        *names, pending = pending.split(b"\0")
        yield from (os.fsdecode(n) for n in names if n)
    if pending:
        yield os.fsdecode(pending)


def tasks(paths: Iterable[tuple[str, str | None]], settings: Settings) -> Iterator[Task | Outcome]:
    """Tasks for the workers; JSON Lines files are read here and split into one task a record.

    Errors that occur while splitting come back as Outcomes, in their place in the order.
    """
    targets: set[Path] = set()
    for name, root in paths:
        if not is_jsonl(name, settings.input_format) and name != STDIN:
            yield _claim(Task(name, root), settings, targets)
            continue
        for item in iter_sources(name, settings.encoding, settings.input_format):
            if isinstance(item, InputError):
                yield Outcome.unreadable(name, item)
            else:
                yield _claim(Task(name, root, item), settings, targets)


def _claim(task: Task, settings: Settings, targets: set[Path]) -> Task | Outcome:
    """With --output-dir, a task whose output file an earlier task of this run already claimed
    (`a.txt` and `a.text`, two records with one id) fails instead of overwriting it."""
    if settings.output_dir is None:
        return task
    try:
        target = output_path(task, settings)
    except ValueError as error:
        return Outcome(_label(task), error=str(error), output_error=True)
    resolved = Path(os.path.realpath(target))
    if resolved in targets:
        message = f"{_label(task)}: another input of this run is also written to {target}"
        return Outcome(_label(task), error=message, output_error=True)
    targets.add(resolved)
    return task


def _label(task: Task) -> str:
    return task.source.label if task.source else task.name


# --- outputs ------------------------------------------------------------------------------------


def output_path(task: Task, settings: Settings) -> Path:
    """Where a task's output goes under --output-dir: the input's name mirrored, never outside.

    Inputs found under a directory keep their path below it; other relative inputs keep their
    path; absolute paths and paths that climb with `..` keep only their file name. A JSON Lines
    record goes to `<file stem>/<id or line number>`.
    """
    assert settings.output_dir is not None
    base = Path(settings.output_dir)
    name = PurePath(task.name if task.name != STDIN else "stdin")
    if task.root is not None:
        relative = PurePath(os.path.relpath(task.name, task.root))
    elif name.is_absolute() or ".." in name.parts:
        relative = PurePath(name.name)
    else:
        relative = name
    if task.source is not None and task.source.line is not None:
        record = task.source.id if task.source.id is not None else str(task.source.line)
        relative = relative.with_suffix("") / _safe_file_name(record)
    target = base / relative.with_suffix(EXTENSIONS[settings.fmt])
    if not _inside(target, base):
        raise ValueError(f"output {target} would fall outside {base}")
    return target


def _safe_file_name(text: str) -> str:
    """A record id as one file name: path separators and other awkward characters replaced."""
    cleaned = "".join(c if c.isalnum() or c in "-_.," else "_" for c in text).strip(".")
    return cleaned[:120] or "_"


def _inside(path: Path, base: Path) -> bool:
    base_real = os.path.realpath(base)
    return os.path.commonpath([base_real, os.path.realpath(path)]) == base_real


def write_atomically(path: Path, chunks: str | Iterable[str], force: bool) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file.

    A symlink is followed, as the shell's `>` does, so that the link stays a link.
    """
    if _is_special_file(path):  # /dev/stdout, a FIFO: nothing to overwrite, write to it as it is
        # Appending: /dev/stdout may be a file the shell opened with `>>`, which "w" would empty.
        with path.open("a", encoding="utf-8", newline="") as special:
            special.writelines([chunks] if isinstance(chunks, str) else chunks)
        return
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if not force and path.exists():
        raise OutputExistsError(f"{path}: already exists (use --force to overwrite)")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(temporary, _FILE_MODE & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            for chunk in [chunks] if isinstance(chunks, str) else chunks:
                file.write(chunk)
        if not force and path.exists():  # created meanwhile by another process
            raise OutputExistsError(f"{path}: already exists (use --force to overwrite)")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _is_special_file(path: Path) -> bool:
    """A device or a pipe, through any symlinks, or a name for an open file such as /dev/stdout
    (which the shell may have pointed at a regular file)."""
    if path.is_absolute() and path.parts[1:2] in (("dev",), ("proc",)):
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


# --- conversion ---------------------------------------------------------------------------------


def convert_task(task: Task, settings: Settings) -> Outcome:
    """Read, parse and render one article; in a worker process, so it never raises."""
    from .parser import parse
    from .render.convert import render_article

    label = task.source.label if task.source else task.name
    ident = task.source.id if task.source else None
    try:
        source = task.source or read_source(task.name, settings.encoding)
        article = parse(source.text, date=source.date or settings.anchor)
        output = render_article(article, settings.fmt, source.name, source.id)
        if settings.output_dir is None:
            return Outcome(label, output=output, id=ident)
    except (InputError, ValueError) as error:
        return Outcome(label, error=str(error), id=ident)
    except Exception as error:  # a bug in newsparse: reported, and the batch goes on
        if settings.debug:
            raise
        message = f"{label}: internal error: {error!r} (run newsparse --debug ... for a traceback)"
        return Outcome(label, error=message, id=ident, internal=True)
    try:
        target = output_path(task, settings)
        if task.source is None and target.exists() and os.path.samefile(target, task.name):
            raise ValueError(f"{target}: is the input itself; choose another --output-dir")
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, output, settings.force)
        return Outcome(label, written=str(target), id=ident)
    except (OutputExistsError, ValueError) as error:
        return Outcome(label, error=str(error), id=ident, output_error=True)
    except OSError as error:
        message = f"{error.filename or label}: cannot write: {error.strerror or error}"
        return Outcome(label, error=message, id=ident, output_error=True)


def error_record(outcome: Outcome) -> dict[str, Any]:
    """The record JSON Lines output holds in the place of an input that failed."""
    record: dict[str, Any] = {"source": outcome.label, "error": outcome.error}
    extra = {"line": outcome.line, "id": outcome.id}
    record.update((key, value) for key, value in extra.items() if value is not None)
    return record


def is_single_input(files: Iterable[str], listed: bool, input_format: InputFormat) -> bool:
    """Whether the arguments name exactly one article, so that JSON output is one document
    rather than an array, whatever happens to the inputs."""
    names = list(files)
    if listed or len(names) != 1:
        return False
    name = names[0]
    if is_jsonl(name, input_format) or os.path.isdir(name):
        return False
    return name == STDIN or os.path.exists(name) or not glob.has_magic(name)


def run(
    items: Iterable[Task | Outcome],
    settings: Settings,
    jobs: int = 1,
    executor_factory: Callable[[int], Executor] | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order. With `jobs` > 1 a process pool starts once a second task shows
    up, so a single input never pays for one."""
    iterator = iter(items)
    head = list(islice(iterator, 2))
    if len(head) < 2 or jobs <= 1:
        for item in chain(head, iterator):
            yield item if isinstance(item, Outcome) else convert_task(item, settings)
        return
    from concurrent.futures import ProcessPoolExecutor  # a pool only for two inputs or more

    factory = executor_factory or (lambda n: ProcessPoolExecutor(max_workers=n, initializer=_start_worker))
    executor = factory(jobs)
    pending: deque[tuple[list[Task | Outcome], Future[list[Outcome]]]] = deque()
    window = jobs * _WINDOW_PER_JOB
    items_left = chain(head, iterator)
    try:
        while chunk := list(islice(items_left, _CHUNK)):
            pending.append((chunk, executor.submit(convert_chunk, chunk, settings)))
            while len(pending) >= window:
                yield from _results(*pending.popleft())
        while pending:
            yield from _results(*pending.popleft())
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def convert_chunk(items: list[Task | Outcome], settings: Settings) -> list[Outcome]:
    """A few tasks in one trip to a worker: one message each way instead of one per article."""
    return [item if isinstance(item, Outcome) else convert_task(item, settings) for item in items]


def _start_worker() -> None:
    """Workers never print; without the parent's stdout they cannot keep a pipe open after it."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)


def _results(chunk: list[Task | Outcome], future: Future[list[Outcome]]) -> list[Outcome]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()  # convert_task raises only with --debug: then the traceback shows
    except BrokenProcessPool as error:  # a worker died (killed, out of memory): report, go on
        return [item if isinstance(item, Outcome) else _worker_failed(item, error) for item in chunk]


def _worker_failed(task: Task, error: BaseException) -> Outcome:
    label = _label(task)
    return Outcome(label, error=f"{label}: the worker process failed: {error!r}", internal=True)
