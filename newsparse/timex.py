"""Stage 5: time expressions, normalized to TimeML TIMEX3 values against the article date.

First version: finds nothing yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .model import Span, TimeExpression


def find_times(text: str, sentences: Sequence[Span], anchor: dt.date | None) -> tuple[TimeExpression, ...]:
    """Time expressions in `sentences` (title, headings and body sentences in reading order)."""
    del text, sentences, anchor
    return ()
