"""Converting articles on a Dask cluster, with the same records as `newsparse convert --to jsonl`.

Each article goes through `batch.convert_task`, the code a local run uses, so a record is a pure
function of its input wherever it is parsed. The driver only lists the inputs and cuts them into
partitions (a JSON Lines data set is cut at line boundaries, so a big file spreads over workers);
each worker reads its own inputs, parses them and writes one `part-NNNNN.jsonl` file atomically.
Reading the partition files in order gives exactly what `convert --to jsonl` prints.

Dask is an optional dependency (`pip install 'newsparse[dask]'`); it is imported only when a
function here is called, so `import newsparse` never pays for it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import importlib
import json
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeAlias

from .batch import (
    Outcome,
    OutputExistsError,
    Settings,
    Task,
    convert_task,
    error_record,
    write_atomically,
)
from .inputs import (
    MAX_INPUT_BYTES,
    STDIN,
    InputError,
    InputFormat,
    Source,
    expand_paths,
    is_jsonl,
    jsonl_records,
    source_from_bytes,
)

if TYPE_CHECKING:
    from dask.bag import Bag

INSTALL_HINT = "pip install 'newsparse[dask]'"
# Articles per partition: enough to make the per-task cost of Dask small beside parsing
# (a few ms per article), few enough that a corpus of thousands spreads over every worker.
DEFAULT_PARTITION_SIZE = 200
PART_PREFIX = "part-"
FORMATS = ("jsonl",)
# One path (never split into characters) or several.
PathArgs: TypeAlias = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


class DaskMissingError(ImportError):
    """Dask (or its distributed scheduler) is not installed."""


class SchedulerUnreachableError(ConnectionError):
    """No Dask scheduler answers at the address given."""


@dataclass(frozen=True, slots=True)
class ConvertSummary:
    """What `convert` did: articles converted, error records written, wall time, files written."""

    articles: int
    errors: int
    seconds: float
    files: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Piece:
    """Part of a partition: one article file, or `lines` lines of a JSON Lines file from byte
    `start`, which is the start of line `first_line` (all of it from there when `lines` is None)."""

    name: str
    jsonl: bool = False
    start: int = 0
    first_line: int = 1
    lines: int | None = None


# --- public API ---------------------------------------------------------------------------------


def to_bag(
    paths: PathArgs,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    recursive: bool = False,
    encoding: str | None = None,
    anchor: str | dt.date | None = None,
    input_format: InputFormat = "auto",
) -> Bag:
    """A Dask bag of article records: the dicts `convert --to jsonl` writes, error records
    (`{"source", "line"?, "id"?, "error"}`) in the place of inputs that failed.

    `paths` are files, directories (with `recursive`), globs or fsspec URLs; plain articles or
    JSON Lines data sets. One bag partition holds about `partition_size` articles, in input order.
    Nothing is read until the bag is computed (on whatever scheduler is current).
    """
    settings = _settings(encoding, anchor, input_format)
    bag_module = _dask_bag()
    partitions = plan_partitions(paths, partition_size, recursive, input_format)
    bag: Bag = bag_module.from_sequence(partitions, partition_size=1).map_partitions(_records, settings)
    return bag


def convert(
    paths: PathArgs,
    output_dir: str | os.PathLike[str],
    *,
    address: str | None = "local",
    partition_size: int = DEFAULT_PARTITION_SIZE,
    fmt: str = "jsonl",
    recursive: bool = False,
    encoding: str | None = None,
    anchor: str | dt.date | None = None,
    input_format: InputFormat = "auto",
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ConvertSummary:
    """Convert every article under `paths` on Dask into `output_dir/part-00000.jsonl`, ...

    `address` is a scheduler (`tcp://host:8786`), `local` or `local:N` for a cluster of N
    worker processes on this machine (one per core by default), or None for the scheduler
    already current (a `distributed.Client` you made). Workers must be able to import
    newsparse and read the inputs and `output_dir` (a local folder or an fsspec URL). Part files
    left by an earlier run make this refuse, unless `force`, which also removes extra old parts.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; Dask output is one of {', '.join(FORMATS)}")
    started = time.perf_counter()
    local_workers(address)  # a bad address is refused before any work
    settings = _settings(encoding, anchor, input_format)
    bag_module = _dask_bag()
    if address is not None:
        _import("distributed")
    partitions = plan_partitions(paths, partition_size, recursive, input_format)
    target = os.fspath(output_dir)
    old_parts = _prepare_output_dir(target, force)
    jobs = bag_module.from_sequence(list(enumerate(partitions)), partition_size=1)
    mapped = jobs.map(_write_partition, target, settings)
    with _scheduler(address) as scheduler:
        if scheduler is None or progress is None:
            results: list[tuple[str, int, int]] = mapped.compute(scheduler=scheduler)
        else:
            results = _compute_with_progress(scheduler, mapped, progress)
    files = tuple(name for name, _, _ in results)
    _remove(sorted(set(old_parts) - set(files)))
    return ConvertSummary(
        articles=sum(done for _, done, _ in results),
        errors=sum(failed for _, _, failed in results),
        seconds=time.perf_counter() - started,
        files=files,
    )


def _compute_with_progress(
    client: Any, mapped: Any, progress: Callable[[int, int], None]
) -> list[tuple[str, int, int]]:
    """The partitions as separate futures, so that `progress(converted, failed)` hears of each
    one as it finishes; results in partition order."""
    distributed = _import("distributed")
    futures = client.compute(mapped.to_delayed())
    for future in distributed.as_completed(futures):
        for _, done, failed in future.result():
            progress(done, failed)
    return [item for future in futures for item in future.result()]


def plan_partitions(
    paths: PathArgs,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    recursive: bool = False,
    input_format: InputFormat = "auto",
) -> list[tuple[Piece, ...]]:
    """The inputs cut into partitions of about `partition_size` articles, in input order.

    JSON Lines files are read here once, to find the line boundaries where they are cut.
    """
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    partitions: list[tuple[Piece, ...]] = []
    current: list[Piece] = []
    room = partition_size
    names = [paths] if isinstance(paths, (str, os.PathLike)) else paths
    for name in _expand((os.fspath(name) for name in names), recursive):
        if name == STDIN:
            raise ValueError("Dask workers cannot read standard input; save it to a file first")
        if not is_jsonl(name, input_format):
            pieces: Iterable[tuple[Piece, int]] = [(Piece(name), 1)]
        else:
            pieces = _jsonl_pieces(name, partition_size, room)
        for piece, size in pieces:
            current.append(piece)
            room -= size
            if room <= 0:
                partitions.append(tuple(current))
                current, room = [], partition_size
    if current:
        partitions.append(tuple(current))
    if not partitions:
        raise ValueError("no input paths")
    return partitions


# --- in the workers -----------------------------------------------------------------------------


def partition_outcomes(pieces: Iterable[Piece], settings: Settings) -> Iterator[Outcome]:
    """Read, parse and render a partition's articles, in order, as `batch.tasks` and `batch.run`
    would: a bad JSON Lines record or a failed article becomes an error Outcome."""
    for piece in pieces:
        if piece.jsonl:
            for item in _jsonl_sources(piece, settings.encoding):
                if isinstance(item, InputError):
                    yield Outcome.unreadable(piece.name, item)
                else:
                    yield convert_task(Task(piece.name, None, item), settings)
        elif _is_url(piece.name):
            try:
                source = _read_url_source(piece.name, settings.encoding)
            except InputError as error:
                yield Outcome(piece.name, error=str(error))
                continue
            yield convert_task(Task(piece.name, None, source), settings)
        else:
            yield convert_task(Task(piece.name), settings)


def _records(partition: list[tuple[Piece, ...]], settings: Settings) -> list[dict[str, Any]]:
    return [
        json.loads(outcome.output or "") if outcome.error is None else error_record(outcome)
        for pieces in partition
        for outcome in partition_outcomes(pieces, settings)
    ]


class _Counts:
    def __init__(self) -> None:
        self.done = 0
        self.failed = 0


def _lines(pieces: Iterable[Piece], settings: Settings, counts: _Counts) -> Iterator[str]:
    from .render.json import render_jsonl

    for outcome in partition_outcomes(pieces, settings):
        if outcome.error is None:
            counts.done += 1
            yield outcome.output or ""
        else:
            counts.failed += 1
            yield render_jsonl(error_record(outcome))


def _write_partition(
    job: tuple[int, tuple[Piece, ...]], output_dir: str, settings: Settings
) -> tuple[str, int, int]:
    """Write one partition's records to its part file, atomically; (file, converted, failed)."""
    index, pieces = job
    counts = _Counts()
    name = f"{PART_PREFIX}{index:05d}.jsonl"
    if not _is_url(output_dir):
        target = os.path.join(output_dir, name)
        write_atomically(Path(target), _lines(pieces, settings, counts), force=True)
        return target, counts.done, counts.failed
    fs, root = _fsspec().core.url_to_fs(output_dir)
    target, temporary = f"{root}/{name}", f"{root}/.{name}.{uuid.uuid4().hex}.tmp"
    try:
        with fs.open(temporary, "w", encoding="utf-8", newline="") as file:
            file.writelines(_lines(pieces, settings, counts))
        fs.mv(temporary, target)
    except BaseException:
        if fs.exists(temporary):
            fs.rm(temporary)
        raise
    return fs.unstrip_protocol(target), counts.done, counts.failed


# --- reading ------------------------------------------------------------------------------------


def _jsonl_sources(piece: Piece, encoding: str | None) -> Iterator[Source | InputError]:
    """The records of a JSON Lines piece, read and checked as `inputs.iter_sources` does."""

    def lines() -> Iterator[bytes]:
        with _open_binary(piece.name) as file:
            file.seek(piece.start)
            yield from file if piece.lines is None else islice(file, piece.lines)

    yield from jsonl_records(piece.name, lines, encoding, piece.first_line)


def _jsonl_pieces(name: str, partition_size: int, room: int) -> Iterator[tuple[Piece, int]]:
    """A JSON Lines file as pieces of (Piece, lines): the first fills the `room` left in the
    current partition, the next ones whole partitions. Unreadable: one whole piece,
    so that the worker reports the error exactly as a local run does."""
    try:
        with _open_binary(name) as file:
            start, first, count, limit, offset = 0, 1, 0, max(room, 1), 0
            for number, raw in enumerate(file, 1):
                if count == limit:
                    yield Piece(name, True, start, first, count), count
                    start, first, count, limit = offset, number, 0, partition_size
                offset += len(raw)
                count += 1
    except OSError:
        yield Piece(name, True), 1
        return
    if count:
        yield Piece(name, True, start, first, count), count


def _open_binary(name: str) -> IO[bytes]:
    if _is_url(name):
        file: IO[bytes] = _fsspec().open(name, "rb").open()
        return file
    if Path(name).is_dir():
        raise IsADirectoryError(21, "Is a directory")
    return open(name, "rb")


def _read_url_source(name: str, encoding: str | None) -> Source:
    """One article behind an fsspec URL, with the checks and messages of `inputs.read_source`."""
    try:
        with _open_binary(name) as file:
            data = file.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise InputError(f"{name}: {error.strerror or error}") from error
    return source_from_bytes(name, data, encoding)


def _expand(args: Iterable[str], recursive: bool) -> Iterator[str]:
    """Local arguments as `newsparse convert` expands them; URLs through fsspec (globs too)."""
    for arg in args:
        if not _is_url(arg):
            yield from (path for path, _ in expand_paths([arg], recursive))
            continue
        fs, path = _fsspec().core.url_to_fs(arg)
        if any(c in path for c in "*?["):
            matches = sorted(fs.glob(path))
            if not matches:
                yield arg
            yield from (fs.unstrip_protocol(m) for m in matches if not fs.isdir(m))
        elif recursive and fs.isdir(path):
            yield from (fs.unstrip_protocol(m) for m in sorted(fs.find(path)) if not _hidden(m))
        else:
            yield arg


def _hidden(path: str) -> bool:
    return any(part.startswith(".") for part in path.split("/"))


def _is_url(name: str) -> bool:
    return "://" in name


# --- setup --------------------------------------------------------------------------------------


def _settings(encoding: str | None, anchor: str | dt.date | None, input_format: InputFormat) -> Settings:
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ValueError(f"unknown encoding {encoding!r}") from None
    if isinstance(anchor, dt.date):
        anchor = anchor.isoformat()
    return Settings(fmt="jsonl", encoding=encoding, anchor=anchor, input_format=input_format)


def _prepare_output_dir(output_dir: str, force: bool) -> list[str]:
    """Create the folder; the part files already in it (refused unless `force`)."""
    if _is_url(output_dir):
        fs, root = _fsspec().core.url_to_fs(output_dir)
        fs.makedirs(root, exist_ok=True)
        old = [fs.unstrip_protocol(p) for p in fs.glob(f"{root}/{PART_PREFIX}*.jsonl")]
    else:
        Path(output_dir).mkdir(parents=True, exist_ok=True)
        old = [str(p) for p in Path(output_dir).glob(f"{PART_PREFIX}*.jsonl")]
    if old and not force:
        raise OutputExistsError(
            f"{output_dir}: holds part files of an earlier run (use --force to overwrite)"
        )
    return old


def _remove(paths: list[str]) -> None:
    for path in paths:
        if _is_url(path):
            fs, inner = _fsspec().core.url_to_fs(path)
            fs.rm(inner)
        else:
            Path(path).unlink(missing_ok=True)


def local_workers(address: str | None) -> int | None:
    """The number of workers for `local` / `local:N` (one per core for `local`); None for a
    scheduler address or None."""
    if address is None or (address != "local" and not address.startswith("local:")):
        return None
    count = address.partition(":")[2]
    if count and not (count.isdigit() and int(count) >= 1):
        raise ValueError(f"{address!r}: the number of workers after 'local:' must be at least 1")
    return int(count) if count else os.cpu_count() or 1


# How long to wait for a scheduler to answer; distributed's own default is 30 s.
_CONNECT_TIMEOUT = "10s"


@contextmanager
def _scheduler(address: str | None) -> Iterator[Any]:
    """What `compute(scheduler=...)` takes: a distributed Client for `address`, or None."""
    if address is None:
        yield None
        return
    distributed = _import("distributed")
    workers = local_workers(address)
    if workers is None:
        try:
            client = distributed.Client(address, timeout=_CONNECT_TIMEOUT)
        except OSError as error:  # distributed reports a timeout or a refusal as an OSError
            raise SchedulerUnreachableError(f"no Dask scheduler answers at {address}: {error}") from error
        with client:
            yield client
        return
    # ":0": the scheduler's web server on a free port (by default it takes 8787, or warns)
    with (
        distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


# dask and fsspec calls are untyped (fsspec ships no types, dask.bag's functions have no
# annotations), so their modules are used as Any.
def _dask_bag() -> Any:
    return _import("dask.bag")


def _fsspec() -> Any:
    return _import("fsspec")


def _import(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise DaskMissingError(f"newsparse.dask needs {module.partition('.')[0]}: {INSTALL_HINT}") from error
