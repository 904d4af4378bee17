"""The `newsparse` command: reads options and inputs, calls the library, writes outputs.

Data goes to stdout (always UTF-8), messages to stderr. Exit codes are `ExitCode`; `Report`
decides them for commands that take several inputs.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .inputs import STDIN, InputError, Source, read_source
from .model import Article

F = TypeVar("F", bound=Callable[..., Any])


class ExitCode(IntEnum):
    """Documented in the README and in `newsparse --help`; kept below 126 (shell-reserved)."""

    OK = 0
    INTERNAL_ERROR = 1  # a bug in newsparse: please report it (run with --debug for a traceback)
    USAGE = 2  # a bad option or argument
    INPUT_ERROR = 3  # no input could be read (missing, unreadable, binary, too large)
    SOME_INPUTS_FAILED = 4  # some inputs could not be read; the others were processed
    OUTPUT_ERROR = 5  # the output could not be written (exists without --force, no permission)


EXIT_CODES_HELP = """\b
Exit codes:
  0  success
  1  internal error (a bug: run with --debug and report the traceback)
  2  bad option or argument
  3  no input could be read (missing, unreadable, binary, too large)
  4  some inputs failed; the others were processed
  5  the output could not be written (exists without --force, no permission)"""


@dataclass
class Report:
    """Counts processed and failed inputs and turns them into the exit code, as black's does."""

    done: int = 0
    failed: int = 0

    def fail(self, message: str) -> None:
        self.failed += 1
        click.echo(f"Error: {message}", err=True)

    @property
    def exit_code(self) -> ExitCode:
        if not self.failed:
            return ExitCode.OK
        return ExitCode.SOME_INPUTS_FAILED if self.done else ExitCode.INPUT_ERROR


class InputFailure(click.ClickException):
    """An input that cannot be read: one line on stderr, exit code 3."""

    exit_code = ExitCode.INPUT_ERROR


class OutputFailure(click.ClickException):
    """An output that cannot be written: one line on stderr, exit code 5."""

    exit_code = ExitCode.OUTPUT_ERROR


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2025-12-15") from None


_debug = False


def _common_input_options(func: F) -> F:
    """--date and --encoding mean the same on every command that reads articles."""
    func = click.option(
        "--encoding",
        metavar="NAME",
        help="Read inputs in this encoding (default: from a byte order mark, else UTF-8, else cp1252).",
    )(func)
    return click.option(
        "--date",
        "anchor",
        metavar="YYYY-MM-DD",
        callback=_iso_date,
        help="Publication date to use when the text gives none; anchors 'Sunday', 'last week'...",
    )(func)


def parse(text: str, date: dt.date | None) -> Article:
    """The library's parse, imported when a command first needs it (not for --help or --version)."""
    from .parser import parse as parse_text

    return parse_text(text, date=date)


def _read(name: str, encoding: str | None) -> Source:
    try:
        return read_source(name, encoding)
    except InputError as error:
        raise InputFailure(str(error)) from error


def _write(text: str) -> None:
    click.echo(text.encode("utf-8"), nl=False)


def _use_rich(color: str) -> bool:
    if color != "auto":
        return color == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


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
      newsparse convert *.txt --to jsonl > corpus.jsonl
    """
    global _debug  # noqa: PLW0603 - read by main() when a command fails unexpectedly
    _debug = debug


@cli.command("print", epilog=EXIT_CODES_HELP)
@click.argument("file")
@_common_input_options
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour and layout: 'auto' uses them on a terminal unless NO_COLOR is set or TERM=dumb.",
)
def print_command(file: str, anchor: dt.date | None, encoding: str | None, color: str) -> None:
    """Show the structure of one article (FILE, or - for standard input).

    On a terminal: fields, lede, headed sections, quotes highlighted with their speakers, and
    tables of quotes and time expressions. Piped: the same as plain labelled text.

    \b
    Examples:
      newsparse print samples/palmyra-2025-12-15.txt
      pbpaste | newsparse print --date 2025-12-15 -
      newsparse print --color never article.txt | less
    """
    source = _read(file, encoding)
    article = parse(source.text, date=anchor)
    if _use_rich(color):
        from .render.terminal import make_console, print_article

        print_article(article, make_console(force_terminal=True))
    else:
        from .render.outline import render_outline

        _write(render_outline(article))


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("file")
@_common_input_options
@click.option(
    "-n",
    "--sentences",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="How many sentences to keep.",
)
@click.option(
    "--to",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="Output format.",
)
def summarize(file: str, anchor: dt.date | None, encoding: str | None, sentences: int, fmt: str) -> None:
    """Summarize one article (FILE, or - for standard input) and state its facts.

    The summary is extractive: whole sentences exactly as written, in article order. The facts
    are the date, title, headings, who is quoted and how often, dated expressions, word count and
    reading time.

    \b
    Examples:
      newsparse summarize samples/palmyra-2025-12-15.txt
      newsparse summarize article.txt --sentences 5 --to markdown > summary.md
      newsparse summarize - --to json < article.txt | jq -r '.summary[].text'
    """
    from .facts import article_facts
    from .render import summary as render
    from .summarize import summary_spans

    source = _read(file, encoding)
    article = parse(source.text, date=anchor)
    chosen, facts = summary_spans(article, sentences), article_facts(article)
    if fmt == "json":
        from .render.json import render_json

        _write(render_json(render.summary_record(chosen, facts, source.name)))
    elif fmt == "markdown":
        _write(render.render_summary_markdown(chosen, facts))
    else:
        _write(render.render_summary_text(chosen, facts))


CONVERTERS = ("json", "jsonl", "markdown", "text")


def _render(article: Article, source: Source, fmt: str) -> str:
    if fmt == "markdown":
        from .render.markdown import render_markdown

        return render_markdown(article, source.name)
    if fmt == "text":
        from .render.text import render_text

        return render_text(article)
    from .render.json import article_record, render_json, render_jsonl

    record = article_record(article, source.name)
    return render_jsonl(record) if fmt == "jsonl" else render_json(record)


def _articles(
    files: tuple[str, ...], encoding: str | None, anchor: dt.date | None, report: Report
) -> Iterator[tuple[Source, Article]]:
    """Each readable input parsed, in order; unreadable ones are reported and skipped."""
    for name in files:
        try:
            source = read_source(name, encoding)
        except InputError as error:
            report.fail(str(error))
            continue
        report.done += 1
        yield source, parse(source.text, date=anchor)


def _documents(
    files: tuple[str, ...], fmt: str, encoding: str | None, anchor: dt.date | None, report: Report
) -> Iterator[str]:
    """The rendered inputs in order; several JSON documents become one JSON array, streamed."""
    array = fmt == "json" and len(files) > 1
    first = True
    if array:
        yield "["
    for source, article in _articles(files, encoding, anchor, report):
        output = _render(article, source, fmt)
        if array:
            output = ("\n" if first else ",\n") + output.rstrip("\n")
        elif not first and fmt in ("markdown", "text"):
            output = "\n" + output
        first = False
        yield output
    if array:
        yield "\n]\n"


def _finish(report: Report, files: tuple[str, ...], verb: str) -> None:
    """Exit with the report's code; with several inputs, say how many failed."""
    if report.exit_code:
        if len(files) > 1:
            click.echo(f"newsparse: {report.done} {verb}, {report.failed} failed", err=True)
        sys.exit(report.exit_code)


def write_atomically(path: Path, chunks: Iterator[str], force: bool) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    import tempfile

    if path.exists() and not force:
        raise OutputFailure(f"{path}: already exists (use --force to overwrite)")
    directory = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputFailure(f"{path}: cannot write: {error.strerror}") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            for chunk in chunks:
                file.write(chunk)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("files", nargs=-1, required=True)
@_common_input_options
@click.option(
    "--to",
    "fmt",
    type=click.Choice(CONVERTERS),
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
    help="Write to this file (atomically) instead of standard output.",
)
@click.option("-f", "--force", is_flag=True, help="Overwrite the --output file if it exists.")
def convert(
    files: tuple[str, ...], anchor: dt.date | None, encoding: str | None, fmt: str, output: str, force: bool
) -> None:
    """Convert articles (FILES, or - for standard input) to JSON, JSON Lines, Markdown or text.

    An input that cannot be read is reported on stderr and skipped; the others are converted,
    and the exit code is 4.

    \b
    Examples:
      newsparse convert samples/palmyra-2025-12-15.txt --to markdown
      cat article.txt | newsparse convert --to json - | jq .lede.text
      newsparse convert articles/*.txt --to jsonl -o corpus.jsonl
      newsparse convert article.txt --to text -o clean.txt --force
    """
    report = Report()
    documents = _documents(files, fmt, encoding, anchor, report)
    if output == STDIN:
        for document in documents:
            _write(document)
    else:
        write_atomically(Path(output), documents, force)
    _finish(report, files, "converted")


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


def _show_rows(rows: list[Any], row_type: type, fmt: str, columns: list[str], title: str) -> None:
    """Rows as asked; the table and the plain text show `columns`, the data formats every field."""
    from .render import table

    if fmt == "auto":
        fmt = "table" if _use_rich("auto") else "text"
    if fmt == "table":
        from .render.terminal import make_console

        make_console().print(table.rich_table(rows, columns, title))
    elif fmt == "text":
        _write(table.render_plain(rows, row_type, columns))
    else:
        _write(table.render_rows(rows, row_type, fmt))


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("files", nargs=-1, required=True)
@_common_input_options
@_row_format_option
@click.option("--speaker", metavar="NAME", help="Only quotes whose speaker's name or words contain NAME.")
def quotes(
    files: tuple[str, ...], anchor: dt.date | None, encoding: str | None, fmt: str, speaker: str | None
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

    report = Report()
    rows = [
        row
        for source, article in _articles(files, encoding, anchor, report)
        for row in quote_rows(article, source.name, speaker)
    ]
    columns = ["speaker", "cue", "quote"] if len(files) == 1 else ["source", "speaker", "cue", "quote"]
    _show_rows(rows, QuoteRow, fmt, columns, "Quotes")
    _finish(report, files, "read")


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("files", nargs=-1, required=True)
@_common_input_options
@_row_format_option
def timeline(files: tuple[str, ...], anchor: dt.date | None, encoding: str | None, fmt: str) -> None:
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

    report = Report()
    rows = merge_timelines(
        [
            row
            for source, article in _articles(files, encoding, anchor, report)
            for row in timeline_rows(article, source.name)
        ]
    )
    columns = ["value", "text", "sentence"] if len(files) == 1 else ["value", "source", "text", "sentence"]
    _show_rows(rows, TimelineRow, fmt, columns, "Timeline")
    _finish(report, files, "read")


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
    if hasattr(signal, "SIGPIPE"):
        # Like other Unix tools, stop quietly when the reader goes away (`newsparse ... | head`).
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        cli.main(prog_name="newsparse")
    except Exception as error:
        if _debug:
            raise
        click.echo(f"newsparse: internal error: {error!r} (run with --debug for a traceback)", err=True)
        sys.exit(ExitCode.INTERNAL_ERROR)
