"""The `print` view for terminals, drawn with rich.

Article text goes into rich `Text` objects, never through console markup, so brackets such as
`[sic]` or `[/b]` are shown as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Article, Paragraph, Span
from .outline import speaker_label
from .text import one_line, printable

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

QUOTE_STYLE = "green"
SPEAKER_STYLE = "bold cyan"
CUE_STYLE = "cyan"
TIME_STYLE = "magenta"


def make_console(
    file: object = None,
    force_terminal: bool | None = None,
    width: int | None = None,
    stderr: bool = False,
    no_color: bool | None = None,
) -> Console:
    from rich.console import Console

    return Console(
        file=file,  # type: ignore[arg-type]
        stderr=stderr,
        force_terminal=force_terminal,
        no_color=no_color,
        width=width,
        highlight=False,
        markup=False,
        emoji=False,
    )


def styled_text(source: str, span: Span, styles: Iterable[tuple[int, int, str]], base: str = "") -> Text:
    """`span`'s text on one line, with `styles` (offsets into `source`) applied where they fall.

    Collapsing whitespace moves offsets, so each source offset is mapped to its display offset.
    """
    from rich.text import Text

    chars: list[str] = []
    position: dict[int, int] = {}
    previous_space = False
    for offset in range(span.start, span.end):
        position[offset] = len(chars)
        char = source[offset]
        if char.isspace():
            if not previous_space:
                chars.append(" ")
            previous_space = True
        else:
            chars.append(char)
            previous_space = False
    position[span.end] = len(chars)
    text = Text(printable("".join(chars)), style=base)
    for start, end, style in styles:
        if span.start <= start < end <= span.end:
            text.stylize(style, position[start], position[end])
    return text


def _paragraph_styles(article: Article, paragraph: Paragraph) -> list[tuple[int, int, str]]:
    styles: list[tuple[int, int, str]] = []
    for time in article.times:
        if paragraph.start <= time.start < paragraph.end:
            styles.append((time.start, time.end, TIME_STYLE))
    for quote in article.quotes:
        if paragraph.start <= quote.start < paragraph.end:
            styles.append((quote.start, quote.end, QUOTE_STYLE if quote.kind == "speech" else "italic"))
        if quote.speaker and paragraph.start <= quote.speaker.start < paragraph.end:
            styles.append((quote.speaker.start, quote.speaker.end, SPEAKER_STYLE))
        if quote.cue and paragraph.start <= quote.cue.start < paragraph.end:
            styles.append((quote.cue.start, quote.cue.end, CUE_STYLE))
    return styles


def article_renderables(article: Article) -> list[RenderableType]:
    """What `newsparse print` shows: fields, lede, sections, then tables of quotes and times."""
    from rich.padding import Padding
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    source = article.source
    out: list[RenderableType] = []
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="bold")
    fields.add_column()
    if article.date:
        origin = " (given by the caller)" if article.date.origin == "caller" else ""
        fields.add_row("Date", Text(article.date.value + origin))
    for label, span in (("Title", article.title), ("Byline", article.byline), ("Dateline", article.dateline)):
        if span:
            fields.add_row(
                label, Text(printable(one_line(span.text)), style="bold" if label == "Title" else "")
            )
    if fields.row_count:
        out.append(fields)
    if article.lede:
        out.append(Rule("Lede", align="left", style="dim"))
        out.append(styled_text(source, article.lede, _paragraph_styles(article, article.lede), base="bold"))
    for section in article.sections:
        title = (
            Text(printable(one_line(section.heading.text)), style="bold yellow") if section.heading else ""
        )
        out.append(Rule(title, align="left", style="dim"))
        for paragraph in section.paragraphs:
            out.append(
                Padding(styled_text(source, paragraph, _paragraph_styles(article, paragraph)), (0, 0, 1, 0))
            )
    if article.quotes:
        table = Table(title="Quotes", title_justify="left", expand=True)
        table.add_column("Speaker", style=SPEAKER_STYLE, ratio=1)
        table.add_column("Cue", style=CUE_STYLE)
        table.add_column("Quote", style=QUOTE_STYLE, ratio=3)
        for quote in article.quotes:
            who = speaker_label(quote) or ("(term)" if quote.kind == "term" else "")
            cue = one_line(quote.cue.text) if quote.cue else ""
            table.add_row(*(Text(printable(cell)) for cell in (who, cue, one_line(quote.text))))
        out.append(table)
    if article.times:
        table = Table(title="Times", title_justify="left")
        table.add_column("Expression", style=TIME_STYLE)
        table.add_column("Type")
        table.add_column("Value")
        for time in article.times:
            table.add_row(Text(printable(one_line(time.text))), time.type, Text(time.value))
        out.append(table)
    return out


def print_article(article: Article, console: Console) -> None:
    for renderable in article_renderables(article):
        console.print(renderable)


class BatchProgress:
    """A progress line on stderr for batch conversion: articles done, failures, elapsed time.

    Refreshed by hand after each article rather than by rich's refresh thread, so that no thread
    runs while the process pool forks its workers.
    """

    def __init__(self) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("articles: {task.completed}"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            console=make_console(stderr=True),
            auto_refresh=False,
            transient=True,
        )
        self.task = self.progress.add_task("convert", total=None, failed=0)
        self.failed = 0
        self.progress.start()

    def add(self, converted: int, failed: int) -> None:
        self.failed += failed
        self.progress.update(self.task, advance=converted + failed, failed=self.failed)
        self.progress.refresh()

    def stop(self) -> None:
        self.progress.stop()
