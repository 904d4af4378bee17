"""The `newsparse` command: reads options and inputs, calls the library, writes outputs.

Data goes to stdout (always UTF-8), messages to stderr. Exit codes are `ExitCode`; `Report`
decides them for commands that take several inputs.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from enum import IntEnum
from itertools import chain
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

import click

from . import __version__

if TYPE_CHECKING:
    from pathlib import Path

    from .batch import Outcome
    from .inputs import InputFormat, Source
    from .model import Article

F = TypeVar("F", bound=Callable[..., Any])
STDIN = "-"  # as in newsparse.inputs, which loads only when a command reads something


class ExitCode(IntEnum):
    """Documented in the README and in `newsparse --help`; kept below 126 (shell-reserved)."""

    OK = 0
    INTERNAL_ERROR = 1  # a bug in newsparse: please report it (run with --debug for a traceback)
    USAGE = 2  # a bad option or argument
    INPUT_ERROR = 3  # no input could be read (missing, unreadable, binary, too large)
    SOME_INPUTS_FAILED = 4  # some inputs failed; the others were processed
    OUTPUT_ERROR = 5  # the output could not be written (exists without --force, no permission)


EXIT_CODES_HELP = """\b
Exit codes:
  0  success
  1  internal error (a bug: run with --debug and report the traceback)
  2  bad option or argument
  3  no input could be read (missing, unreadable, binary, too large)
  4  some inputs failed; the others were processed
  5  the output could not be written (exists without --force, no permission)"""


class Report:
    """Counts processed and failed inputs and turns them into the exit code, as black's does.

    (A plain class, like the others here: `dataclasses` would cost `newsparse --version` time.)
    """

    def __init__(self, done: int = 0, failed: int = 0) -> None:
        self.done, self.failed = done, failed
        self.output_failed = self.internal_failed = 0
        self.started = time.perf_counter()

    def fail(self, message: str, output: bool = False, internal: bool = False) -> None:
        self.failed += 1
        self.output_failed += output
        self.internal_failed += internal
        click.echo(f"Error: {message}", err=True)

    @property
    def exit_code(self) -> ExitCode:
        if not self.failed:
            return ExitCode.OK
        if self.internal_failed:
            return ExitCode.INTERNAL_ERROR
        if self.done:
            return ExitCode.SOME_INPUTS_FAILED
        return ExitCode.OUTPUT_ERROR if self.output_failed == self.failed else ExitCode.INPUT_ERROR

    def summary(self, verb: str) -> str:
        seconds = time.perf_counter() - self.started
        return f"newsparse: {self.done} {verb}, {self.failed} failed in {seconds:.1f} s"


class InputFailure(click.ClickException):
    """An input that cannot be read: one line on stderr, exit code 3."""

    exit_code = ExitCode.INPUT_ERROR


class OutputFailure(click.ClickException):
    """An output that cannot be written: one line on stderr, exit code 5."""

    exit_code = ExitCode.OUTPUT_ERROR


class ReadOptions:
    """--date, --encoding and --input-format: the same meaning on every command."""

    def __init__(self, anchor: dt.date | None, encoding: str | None, input_format: InputFormat) -> None:
        self.anchor, self.encoding, self.input_format = anchor, encoding, input_format

    def articles(
        self, names: Iterable[str], report: Report, recursive: bool = False
    ) -> Iterator[tuple[Source, Article]]:
        """Each input's articles in order (several for JSON Lines); failures reported, skipped.

        Quoted globs and, with `recursive`, directories are expanded as `convert` expands them.
        """
        from .inputs import InputError, expand_paths, iter_sources
        from .parser import parse

        for name, _ in expand_paths(names, recursive):
            for item in iter_sources(name, self.encoding, self.input_format):
                if isinstance(item, InputError):
                    report.fail(str(item))
                    continue
                report.done += 1
                yield item, parse(item.text, date=item.date or self.anchor)


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2025-12-15") from None


def _known_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        import codecs

        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r}") from None
    return value


def _read_options(func: F) -> F:
    """--date, --encoding and --input-format, the same on every command that reads articles."""
    func = click.option(
        "--input-format",
        type=click.Choice(["auto", "text", "jsonl"]),
        default="auto",
        show_default=True,
        help='jsonl: one {"text", "date", "id"} record a line; auto: jsonl for .jsonl/.ndjson files.',
    )(func)
    func = click.option(
        "--encoding",
        metavar="NAME",
        callback=_known_encoding,
        help="Read inputs in this encoding (default: a byte order mark, else UTF-8, else the 8-bit"
        " encoding charset-normalizer detects, cp1252 for Western text).",
    )(func)
    return click.option(
        "--date",
        "anchor",
        metavar="YYYY-MM-DD",
        callback=_iso_date,
        help="Publication date to use when the text gives none; anchors 'Sunday', 'last week'...",
    )(func)


def _color_option(func: F) -> F:
    return click.option(
        "--color",
        type=click.Choice(["auto", "always", "never"]),
        default="auto",
        show_default=True,
        help="Colour and layout: 'auto' uses them on a terminal unless NO_COLOR is set or TERM=dumb.",
    )(func)


def _recursive_option(func: F) -> F:
    return click.option(
        "-r",
        "--recursive",
        is_flag=True,
        help="Read the article files under directories given as FILES: .txt, .text, .jsonl, .ndjson "
        "or no suffix, in any case; hidden files and folders left out.",
    )(func)


def _single_input(files: tuple[str, ...], input_format: InputFormat) -> bool:
    from .batch import is_single_input

    return is_single_input(files, False, input_format)


# What a shell reports for a process that SIGPIPE ended: the status of `yes | head`.
BROKEN_PIPE_STATUS = 128 + 13


def _write(text: str) -> None:
    """Data to stdout as UTF-8. When the reader goes away (`| head`), stop quietly."""
    try:
        click.echo(text.encode("utf-8"), nl=False)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the flush at exit does not complain
        raise SystemExit(BROKEN_PIPE_STATUS) from None
    except OSError as error:  # a full disk, a closed terminal
        raise OutputFailure(f"standard output: cannot write: {error.strerror or error}") from None


def _use_rich(color: str, stream: Any = None) -> bool:
    """Colour and layout: always, never, or on a terminal unless NO_COLOR is set or TERM=dumb."""
    if color != "auto":
        return color == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return bool((stream or sys.stdout).isatty())


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXIT_CODES_HELP,
)
@click.version_option(__version__, "-V", "--version", prog_name="newsparse")
@click.option("--debug", is_flag=True, help="Show a traceback when newsparse fails unexpectedly.")
def cli(debug: bool) -> None:
    """Turn the plain text of a news article into structure: date, title, lede, sections,
    sentences, quotes with speakers, and time expressions, each with its character offsets.

    \b
    Examples:
      newsparse print article.txt
      newsparse summarize article.txt --sentences 2
      cat article.txt | newsparse convert --to json - | jq .quotes
      newsparse convert corpus/ --recursive --to markdown --output-dir out/
    """
    global _debug  # noqa: PLW0603 - read by main() when a command fails unexpectedly
    _debug = debug


_debug = False


@cli.command("print", epilog=EXIT_CODES_HELP)
@click.argument("file")
@_read_options
@_color_option
def print_command(
    file: str, anchor: dt.date | None, encoding: str | None, input_format: InputFormat, color: str
) -> None:
    """Show the structure of an article (FILE, or - for standard input).

    On a terminal: fields, lede, headed sections, quotes highlighted with their speakers, and
    tables of quotes and time expressions. Piped: the same as plain labelled text.

    \b
    Examples:
      newsparse print samples/palmyra-2025-12-15.txt
      pbpaste | newsparse print --date 2025-12-15 -
      newsparse print --color never article.txt | less
    """
    read, report = ReadOptions(anchor, encoding, input_format), Report()
    rich = _use_rich(color)
    for number, (source, article) in enumerate(read.articles([file], report)):
        separator = "\n" if number else ""
        if source.line is not None:  # one of a data set's records
            _write(separator + _record_header(source))
            separator = ""
        if rich:
            from .render.terminal import make_console, print_article

            print_article(article, make_console(force_terminal=True))
        else:
            from .render.outline import render_outline

            _write(separator + render_outline(article))
    _finish(report, "read")


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("file")
@_read_options
@click.option("-n", "--sentences", type=click.IntRange(min=1), help="At most N sentences (default: 3).")
@click.option("-w", "--words", type=click.IntRange(min=1), help="At most N words.")
@click.option(
    "--ratio", type=click.FloatRange(0, 1, min_open=True), help="At most this share of the sentences."
)
@click.option(
    "--to",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="Output format; json gives each sentence's offsets, score and score parts.",
)
@click.option("--explain", is_flag=True, help="Show why each sentence was chosen: its score parts.")
@_color_option
def summarize(
    file: str,
    anchor: dt.date | None,
    encoding: str | None,
    input_format: InputFormat,
    sentences: int | None,
    words: int | None,
    ratio: float | None,
    fmt: str,
    explain: bool,
    color: str,
) -> None:
    """Summarize an article (FILE, or - for standard input) and state its facts.

    The summary is extractive: whole sentences exactly as written, in article order, chosen by
    position, centrality, words shared with the title and headings, names, numbers and quotes,
    without repeating itself. Limits combine: every one given holds. The facts are the date,
    title, headings, who is quoted and how often, dated expressions, word count and reading time.

    \b
    Examples:
      newsparse summarize samples/palmyra-2025-12-15.txt
      newsparse summarize article.txt --words 60 --explain
      newsparse summarize article.txt --ratio 0.2 --to markdown > summary.md
      newsparse summarize - --to json < article.txt | jq -r '.summary[].text'
    """
    from .facts import article_facts
    from .render import summary as render
    from .summary import explain as choose

    read, report = ReadOptions(anchor, encoding, input_format), Report()
    for number, (source, article) in enumerate(read.articles([file], report)):
        chosen = choose(article, sentences, words=words, ratio=ratio)
        facts = article_facts(article)
        spans = [item.span for item in chosen]
        if fmt == "json":
            from .render.json import render_json, render_jsonl

            record = render.summary_record(chosen, facts, source.name)
            if source.id is not None:
                record["id"] = source.id
            _write(render_jsonl(record) if source.line is not None else render_json(record))
            continue
        separator = "\n" if number else ""
        if source.line is not None and fmt == "text":
            _write(separator + _record_header(source))
            separator = ""
        if fmt == "markdown":
            _write(separator + render.render_summary_markdown(spans, facts))
        else:
            _write(separator + render.render_summary_text(spans, facts))
        if explain:
            _show_explanation(chosen, color)
    _finish(report, "read")


def _record_header(source: Source) -> str:
    """Which record of a data set follows, as `head` names files: "==> corpus.jsonl:2 (id a1) <=="."""
    ident = f" (id {source.id})" if source.id is not None else ""
    return f"==> {source.label}{ident} <==\n"


def _show_explanation(chosen: list[Any], color: str) -> None:
    from .render.summary import explain_rows, render_explain_text

    if not _use_rich(color):
        _write("\n" + render_explain_text(chosen))
        return
    from .render.table import rich_grid
    from .render.terminal import make_console

    header, rows = explain_rows(chosen)
    make_console(force_terminal=True).print(rich_grid(header, rows, "Why these sentences"))


CONVERT_FORMATS = ("json", "jsonl", "markdown", "text")


def _stdout_documents(outcomes: Iterable[Outcome], fmt: str, report: Report, array: bool) -> Iterator[str]:
    """Outcomes as the text of one stream, in order. With `array`, JSON documents become one
    JSON array; in JSON Lines a failed input becomes an error record in its place."""
    from .batch import error_record
    from .render.json import render_jsonl

    count = 0
    for outcome in outcomes:
        if outcome.error is not None:
            report.fail(outcome.error, internal=outcome.internal)
            if fmt == "jsonl":
                yield render_jsonl(error_record(outcome))
            continue
        report.done += 1
        output = outcome.output or ""
        if array:
            output = ("[\n" if count == 0 else ",\n") + output.rstrip("\n")
        elif count and fmt in ("markdown", "text"):
            output = "\n" + output
        count += 1
        yield output
    if array:
        yield "\n]\n" if count else "[]\n"


def _written(outcomes: Iterable[Outcome], report: Report, verbose: bool) -> None:
    """Counts the outcomes whose files the workers wrote."""
    for outcome in outcomes:
        if outcome.error is not None:
            report.fail(outcome.error, output=outcome.output_error, internal=outcome.internal)
        else:
            report.done += 1
            if verbose:
                click.echo(f"{outcome.label} -> {outcome.written}", err=True)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("files", nargs=-1)
@_read_options
@click.option(
    "--to",
    "fmt",
    type=click.Choice(CONVERT_FORMATS),
    default="json",
    show_default=True,
    help="json: one document (an array for several inputs); jsonl: one article a line; "
    "markdown: front matter and headings; text: clean unwrapped plain text.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default=STDIN,
    help="Write everything to this file (atomically) instead of standard output.",
)
@click.option(
    "-d",
    "--output-dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Write one file per article under DIR, mirroring the input names (.md, .json, .txt).",
)
@click.option("-f", "--force", is_flag=True, help="Overwrite output files that exist.")
@_recursive_option
@click.option(
    "--files-from",
    type=click.File("rb"),
    metavar="LIST",
    help="Also read input paths from LIST (a file, or - for standard input), one a line.",
)
@click.option("-0", "--null", is_flag=True, help="Paths in --files-from are NUL-separated (find -print0).")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default="the number of cores",
    help="Processes that parse in parallel (output order stays the input order).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line; errors still print.")
@click.option("-v", "--verbose", is_flag=True, help="Name each file as it is written to --output-dir.")
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Parse on Dask: local, local:N or a scheduler like tcp://host:8786; writes part-NNNNN.jsonl "
    "files under --output-dir (needs pip install 'newsparse[dask]').",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="With --dask: articles per partition and part file.",
)
def convert(
    files: tuple[str, ...],
    anchor: dt.date | None,
    encoding: str | None,
    input_format: InputFormat,
    fmt: str,
    output: str,
    output_dir: str | None,
    force: bool,
    recursive: bool,
    files_from: BinaryIO | None,
    null: bool,
    jobs: int,
    quiet: bool,
    verbose: bool,
    dask_address: str | None,
    partition_size: int,
) -> None:
    """Convert articles (FILES, or - for standard input) to JSON, JSON Lines, Markdown or text.

    Many inputs are parsed in parallel (--jobs) and come out in input order. An input that
    cannot be read gets one line on stderr (and an error record in JSON Lines); the others are
    converted, and the exit code is 4.

    \b
    Examples:
      newsparse convert samples/palmyra-2025-12-15.txt --to markdown
      cat article.txt | newsparse convert --to json - | jq .lede.text
      newsparse convert articles/*.txt --to jsonl -o corpus.jsonl
      newsparse convert corpus/ -r --to markdown --output-dir out/
      find corpus -name '*.txt' -print0 | newsparse convert --files-from - -0 --to jsonl > all.jsonl
      newsparse convert dataset.jsonl --to jsonl > parsed.jsonl
      newsparse convert corpus/ -r --to jsonl --output-dir out/ --dask local:2
    """
    from . import batch

    _check_inputs_and_outputs(files, files_from, null, output, output_dir)
    jobs = min(jobs, _MAX_JOBS_PER_CORE * (os.cpu_count() or 1))
    listed = batch.read_path_list(files_from, null) if files_from else ()
    if dask_address is not None:
        _convert_on_dask(
            chain(files, listed),
            dask_address,
            partition_size,
            fmt,
            output,
            output_dir,
            recursive,
            ReadOptions(anchor, encoding, input_format),
            force,
            quiet,
            verbose,
        )
        return
    settings = batch.Settings(
        fmt, encoding, anchor.isoformat() if anchor else None, input_format, output_dir, force, _debug
    )
    from .inputs import expand_paths

    paths = expand_paths(chain(files, listed), recursive, skip=output_dir)
    report = Report()
    with ProgressDisplay(quiet) as display:
        outcomes = (display.advance(o) for o in batch.run(batch.tasks(paths, settings), settings, jobs))
        if output_dir:
            _written(outcomes, report, verbose)
        else:
            array = fmt == "json" and not batch.is_single_input(files, files_from is not None, input_format)
            documents = _stdout_documents(outcomes, fmt, report, array)
            if output == STDIN:
                for document in documents:
                    _write(document)
            else:
                from pathlib import Path

                _write_output(Path(output), documents, force)
    if report.done + report.failed == 0:
        raise InputFailure("no input: the arguments name no article files")
    if not quiet and report.done + report.failed > 1:
        click.echo(report.summary("converted"), err=True)
    if report.exit_code:
        sys.exit(report.exit_code)


def _check_inputs_and_outputs(
    files: tuple[str, ...], files_from: BinaryIO | None, null: bool, output: str, output_dir: str | None
) -> None:
    """Option combinations `convert` refuses before reading anything."""
    if not files and files_from is None:
        raise click.UsageError("no input: give FILES, - for standard input, or --files-from LIST")
    if output != STDIN and output_dir:
        raise click.UsageError("--output and --output-dir exclude each other")
    if null and files_from is None:
        raise click.UsageError("-0 goes with --files-from")
    if files_from is not None and getattr(files_from, "name", "<stdin>") == "<stdin>" and STDIN in files:
        raise click.UsageError("standard input cannot hold both the --files-from list and an article")


def _given(parameter: str) -> bool:
    """Whether the user gave an option, rather than it keeping its default."""
    source = click.get_current_context().get_parameter_source(parameter)
    return source not in (None, click.core.ParameterSource.DEFAULT)


def _convert_on_dask(
    names: Iterable[str],
    address: str,
    partition_size: int,
    fmt: str,
    output: str,
    output_dir: str | None,
    recursive: bool,
    read: ReadOptions,
    force: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """`convert --dask`: partitions parsed on a Dask cluster, one part file each."""
    from . import dask as on_dask
    from .batch import OutputExistsError

    if output_dir is None or output != STDIN:
        raise click.UsageError("--dask writes part files: give --output-dir DIR (and no --output)")
    if fmt != "jsonl" and _given("fmt"):
        raise click.UsageError("--dask writes JSON Lines: use --to jsonl")
    try:
        with ProgressDisplay(quiet) as display:
            summary = on_dask.convert(
                list(names),
                output_dir,
                address=address,
                partition_size=partition_size,
                recursive=recursive,
                encoding=read.encoding,
                anchor=read.anchor,
                input_format=read.input_format,
                force=force,
                progress=display.add if display.enabled else None,
            )
    except on_dask.DaskMissingError as error:
        raise click.UsageError(str(error)) from error
    except on_dask.SchedulerUnreachableError as error:
        raise click.BadParameter(str(error), param_hint="'--dask'") from error
    except OutputExistsError as error:
        raise OutputFailure(str(error)) from error
    except ValueError as error:
        raise click.UsageError(str(error)) from error
    if verbose:
        for name in summary.files:
            click.echo(name, err=True)
    if not quiet:
        click.echo(
            f"newsparse: {summary.articles} converted, {summary.errors} failed in "
            f"{summary.seconds:.1f} s on Dask",
            err=True,
        )
    if summary.errors:
        sys.exit(ExitCode.SOME_INPUTS_FAILED if summary.articles else ExitCode.INPUT_ERROR)


def _write_output(path: Path, documents: Iterable[str], force: bool) -> None:
    """--output: the whole stream into one file, atomically; its folder must exist."""
    from .batch import OutputExistsError, write_atomically

    if not path.parent.is_dir():
        raise OutputFailure(f"{path}: cannot write: no folder {path.parent}")
    stream = iter(documents)
    first = next(stream, None)
    if first is None:
        return  # nothing converted: no empty file, and an existing one is left as it was
    try:
        write_atomically(path, chain([first], stream), force)
    except OutputExistsError as error:
        raise OutputFailure(str(error)) from error
    except OSError as error:
        raise OutputFailure(f"{path}: cannot write: {error.strerror or error}") from error


# More processes than this per core only add start-up cost and memory.
_MAX_JOBS_PER_CORE = 4


class ProgressDisplay:
    """A progress line on stderr when it is a terminal (and not --quiet); otherwise nothing."""

    def __init__(self, quiet: bool) -> None:
        self.enabled = not quiet and _use_rich("auto", sys.stderr)
        self.bar: Any = None

    def __enter__(self) -> ProgressDisplay:
        if self.enabled:
            from .render.terminal import BatchProgress

            self.bar = BatchProgress()
        return self

    def advance(self, outcome: Outcome) -> Outcome:
        """Counts one outcome and passes it on (for a generator of outcomes)."""
        self.add(outcome.error is None, outcome.error is not None)
        return outcome

    def add(self, converted: int, failed: int) -> None:
        if self.bar is not None:
            self.bar.add(converted, failed)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


ROW_FORMATS = ("auto", "table", "text", "csv", "markdown", "json", "jsonl")


def _row_format_option(func: F) -> F:
    return click.option(
        "--to",
        "fmt",
        type=click.Choice(ROW_FORMATS),
        default="auto",
        show_default=True,
        help="auto: a table on a terminal, tab-separated text in a pipe; csv has a header row.",
    )(func)


def _show_rows(rows: list[Any], row_type: type, fmt: str, columns: list[str], title: str, color: str) -> None:
    """Rows as asked; the table and the plain text show `columns`, the data formats every field."""
    from .render import table

    if fmt == "auto":
        fmt = "table" if _use_rich(color) else "text"
    if fmt == "table":
        from .render.terminal import make_console

        make_console(force_terminal=color == "always" or None, no_color=color == "never").print(
            table.rich_table(rows, columns, title)
        )
    elif fmt == "text":
        _write(table.render_plain(rows, columns))
    else:
        _write(table.render_rows(rows, row_type, fmt))


def _finish(report: Report, verb: str) -> None:
    """Exit with the report's code; with several inputs, say how many failed."""
    if report.exit_code:
        if report.done + report.failed > 1:
            click.echo(report.summary(verb), err=True)
        sys.exit(report.exit_code)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("files", nargs=-1, required=True)
@_read_options
@_row_format_option
@click.option("--speaker", metavar="NAME", help="Only quotes whose speaker's name or words contain NAME.")
@_recursive_option
@_color_option
def quotes(
    files: tuple[str, ...],
    anchor: dt.date | None,
    encoding: str | None,
    input_format: InputFormat,
    fmt: str,
    speaker: str | None,
    recursive: bool,
    color: str,
) -> None:
    """List the quotations in articles (FILES, or - for standard input) with their speakers.

    Each row: source, speaker (the fullest name the article gives), the words that name the
    speaker, cue verb, kind (speech, or term for scare quotes and titles), quote, offsets.

    \b
    Examples:
      newsparse quotes samples/palmyra-2025-12-15.txt
      newsparse quotes articles/*.txt --to csv > quotes.csv
      newsparse quotes article.txt --speaker rubio --to jsonl | jq -r .quote
    """
    from .records import QuoteRow, quote_rows

    read, report = ReadOptions(anchor, encoding, input_format), Report()
    rows = [
        row
        for source, article in read.articles(files, report, recursive)
        for row in quote_rows(article, source.label, speaker)
    ]
    several = not _single_input(files, input_format)
    columns = ["source", "speaker", "cue", "quote"] if several else ["speaker", "cue", "quote"]
    _show_rows(rows, QuoteRow, fmt, columns, "Quotes", color)
    _finish(report, "read")


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("files", nargs=-1, required=True)
@_read_options
@_row_format_option
@_recursive_option
@_color_option
def timeline(
    files: tuple[str, ...],
    anchor: dt.date | None,
    encoding: str | None,
    input_format: InputFormat,
    fmt: str,
    recursive: bool,
    color: str,
) -> None:
    """Every dated expression in articles (FILES, or - for standard input), sorted by date.

    Relative dates ("on Sunday", "last week") are resolved against the article's date, or --date
    when the text gives none. Several files make one merged timeline with each row's source.

    \b
    Examples:
      newsparse timeline samples/palmyra-2025-12-15.txt
      newsparse timeline --date 2025-12-15 - < article.txt
      newsparse timeline articles/*.txt --to csv > timeline.csv
    """
    from .records import TimelineRow, merge_timelines, timeline_rows

    read, report = ReadOptions(anchor, encoding, input_format), Report()
    rows = merge_timelines(
        [
            row
            for source, article in read.articles(files, report, recursive)
            for row in timeline_rows(article, source.label)
        ]
    )
    several = not _single_input(files, input_format)
    columns = ["value", "source", "text", "sentence"] if several else ["value", "text", "sentence"]
    _show_rows(rows, TimelineRow, fmt, columns, "Timeline", color)
    _finish(report, "read")


@cli.command(epilog=EXIT_CODES_HELP)
def schema() -> None:
    """Print the JSON Schema of `convert --to json` output (schema_version 1).

    \b
    Examples:
      newsparse schema > newsparse.schema.json
      newsparse convert a.txt | check-jsonschema --schemafile newsparse.schema.json -
    """
    from importlib.resources import files

    _write(files("newsparse").joinpath("schema.json").read_text(encoding="utf-8"))


def main() -> None:
    """The console script: click's handling, plus one line (not a traceback) for unexpected errors."""
    try:
        cli.main(prog_name="newsparse")
    except Exception as error:
        if _debug:
            raise
        click.echo(
            f"newsparse: internal error: {error!r} (run newsparse --debug ... for a traceback)", err=True
        )
        sys.exit(ExitCode.INTERNAL_ERROR)
