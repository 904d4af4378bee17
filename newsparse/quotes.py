"""Stage 4: quotations in the paragraphs, with their speakers and cue verbs.

First version: the words between paired double quotation marks inside one paragraph; no speakers
yet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Paragraph, Quote

_QUOTED = re.compile(r"[\"\u201c\u00ab]([^\"\u201c\u201d\u00ab\u00bb]+)[\"\u201d\u00bb]")


def find_quotes(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Quote, ...]:
    """Every quotation in `paragraphs` (in reading order), with offsets into `text`."""
    quotes: list[Quote] = []
    for paragraph in paragraphs:
        for match in _QUOTED.finditer(text, paragraph.start, paragraph.end):
            start, end = match.span(1)
            quotes.append(Quote(text[start:end], start, end))
    return tuple(quotes)
