"""Publication dates as written in date lines and datelines, normalized to partial ISO values.

python-dateutil does the parsing; it is imported on first use so that `import newsparse` and
`newsparse --version` stay fast.
"""

from __future__ import annotations

import datetime as dt
import re

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?,?\s+)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,5}\b)?)"
# A full date: ISO, "March 01, 2008", "15 December 2025", "Mon 15 Dec 2025 10:04 GMT".
DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|{_WEEKDAY}?(?:{MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{MONTH},?\s+\d{{4}}){_TIME}?)"
)
# Words that label a date line: "date 2025-12-15", "Published: ...", "Updated ...".
DATE_LABEL = r"(?:(?:date|dated|published|updated|posted|last updated|first published)(?:\s+on)?\s*:?\s*)"
_DATE_LINE = re.compile(rf"\s*{DATE_LABEL}?(?P<date>{DATE})\s*\.?\s*", re.IGNORECASE)

# Two different defaults tell which parts dateutil filled in rather than read.
_DEFAULT_A = dt.datetime(2000, 1, 1)
_DEFAULT_B = dt.datetime(2001, 2, 2)


def date_value(text: str) -> str | None:
    """The ISO value of a date as written, keeping only the parts the text gives.

    "2025-12-15" -> "2025-12-15"; "Feb 26" -> "--02-26"; "March 2008" -> "2008-03"; None when the
    text is not a date.
    """
    from dateutil import parser

    cleaned = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text)
    try:
        a = parser.parse(cleaned, default=_DEFAULT_A, fuzzy=True)
        b = parser.parse(cleaned, default=_DEFAULT_B, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    has_year, has_month, has_day = a.year == b.year, a.month == b.month, a.day == b.day
    if not has_month:
        return f"{a.year:04d}" if has_year else None
    if has_year:
        return f"{a.year:04d}-{a.month:02d}-{a.day:02d}" if has_day else f"{a.year:04d}-{a.month:02d}"
    return f"--{a.month:02d}-{a.day:02d}" if has_day else None


def match_date_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the date when `text[start:end]` is a date line and nothing else."""
    match = _DATE_LINE.fullmatch(text, start, end)
    return match.span("date") if match else None


def iso_date(value: dt.date | str | None) -> dt.date | None:
    """A caller's `date=` argument as a date; None when absent or not an ISO date."""
    if value is None or isinstance(value, dt.datetime):
        return value.date() if isinstance(value, dt.datetime) else None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None
