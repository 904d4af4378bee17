"""Publication dates as written in date lines and datelines, normalized to partial ISO values.

python-dateutil does the parsing; it is imported on first use so that `import newsparse` and
`newsparse --version` stay fast. A value never holds a part the text does not give: "Feb 26"
is `--02-26`, "March 2008" is `2008-03`.
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
# A time after a date; the time zone is upper case even where the rest is matched ignoring case.
_TIME = (
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?"
    r"(?:\s+(?-i:[A-Z]{2,5})\b)?)"
)
# A full date: ISO, "March 01, 2008", "15 December 2025", "Mon 15 Dec 2025 10:04 GMT",
# "15/12/2025" (read only where day and month cannot be mistaken for each other).
DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|{_WEEKDAY}?(?:{MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{MONTH},?\s+\d{{4}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}/\d{{1,2}}/\d{{1,2}}){_TIME}?)"
)
# A date without a year, as wire datelines give it: "Feb 26", "Aug. 20", "26 Feb".
DAY_OF_MONTH = rf"(?:{MONTH}\s*\d{{1,2}}(?!\d)|\d{{1,2}}\s+{MONTH})"
# Words that label a date line: "date 2025-12-15", "Published: ...", "Updated ...".
DATE_LABEL = (
    r"(?:(?:date|dated|published|updated|posted|last updated|last modified|first published)"
    r"(?:\s+on)?\s*:?\s*)"
)
_DATE = re.compile(DATE, re.IGNORECASE)
_DAY_OF_MONTH = re.compile(DAY_OF_MONTH, re.IGNORECASE)
# What else a date line may hold besides its dates: labels, times, zones, separators.
_FILLER_WORDS = frozenset(
    "date dated published updated posted modified first last on at by am pm a.m. p.m. "
    "gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et ct mt pt hst akst akdt ist jst aest aedt sast "
    "mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday "
    "sun sunday".split()
)
_FILLER_TOKEN = re.compile(r"[^\s|,;()\[\]\u00b7\u2022\u2013\u2014/]+")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?|[+-]\d{2}:?\d{2}|z", re.IGNORECASE)
_UPDATE_LABEL = re.compile(r"(?:updated|modified)\W*$", re.IGNORECASE)
# Date lines are short: no need to look at longer lines at all.
_MAX_DATE_LINE = 120

# Two different defaults tell which parts dateutil filled in rather than read.
_DEFAULT_A = dt.datetime(2000, 1, 1)
_DEFAULT_B = dt.datetime(2001, 2, 2)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
DIGIT = re.compile(r"\d")  # every date has digits: a test before any costlier pattern


def date_value(text: str) -> str | None:
    """The ISO value of a date as written, keeping only the parts the text gives.

    "2025-12-15" -> "2025-12-15"; "Feb 26" -> "--02-26"; "March 2008" -> "2008-03"; None when the
    text is not a date.
    """
    if _ISO_DAY.fullmatch(text):  # the commonest form, without loading dateutil's parser
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    if len(text) > _MAX_DATE_LINE or _ambiguous_numeric(text):
        return None
    from dateutil import parser

    cleaned = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text)
    try:
        # ignoretz: only the date is kept, and unknown zone names ("ET") would only warn
        a = parser.parse(cleaned, default=_DEFAULT_A, fuzzy=True, ignoretz=True)
        b = parser.parse(cleaned, default=_DEFAULT_B, fuzzy=True, ignoretz=True)
    except (ValueError, OverflowError, TypeError):
        return None
    has_year, has_month, has_day = a.year == b.year, a.month == b.month, a.day == b.day
    if not has_month:
        return f"{a.year:04d}" if has_year else None
    if has_year:
        return f"{a.year:04d}-{a.month:02d}-{a.day:02d}" if has_day else f"{a.year:04d}-{a.month:02d}"
    return f"--{a.month:02d}-{a.day:02d}" if has_day else None


def _ambiguous_numeric(text: str) -> bool:
    """ "05/06/2025": the 5th of June or May the 6th? The text does not say, so it is no date."""
    numeric = re.search(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.]\d{4}", text)
    if not numeric:
        return False
    first, second = int(numeric.group(1)), int(numeric.group(2))
    return first != second and first <= 12 and second <= 12


def match_date_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the publication date when `text[start:end]` is a date line.

    A date line holds one or more full dates and nothing else but labels, weekdays, times, time
    zones and separators ("Published: Mon 15 Dec 2025 10:04 GMT | Updated 16 Dec 2025"). Of
    several dates the first counts, unless it is labelled as an update.
    """
    if end - start > _MAX_DATE_LINE or not DIGIT.search(text, start, end):
        return None
    dates = list(_DATE.finditer(text, start, end))
    if not dates:
        return None
    rest = []
    position = start
    for found in dates:
        rest.append(text[position : found.start()])
        position = found.end()
    rest.append(text[position:end])
    if not all(_is_filler(token) for token in _FILLER_TOKEN.findall(" ".join(rest))):
        return None
    chosen = dates[0]
    if len(dates) > 1 and _UPDATE_LABEL.search(text, start, chosen.start()):
        chosen = dates[1]
    return chosen.span()


def _is_filler(token: str) -> bool:
    word = token.lower().strip(":")
    return (
        not any(c.isalnum() for c in word)
        or word in _FILLER_WORDS
        or word.rstrip(".") in _FILLER_WORDS
        or bool(_CLOCK.fullmatch(word))
        or (token.isalpha() and token.isupper() and 3 <= len(token) <= 5 and token.endswith("T"))
    )


def find_day_of_month(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of a month-and-day date ("Feb 26", "Aug. 20") within a dateline."""
    found = _DAY_OF_MONTH.search(text, start, end)
    return found.span() if found else None


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


def days_around(anchor: dt.date, month: int, day: int) -> list[dt.date]:
    """The given month and day in the anchor's year and the years either side, where it exists
    (February 29 does not every year)."""
    days = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    return days


def complete_year(value: str, anchor: dt.date) -> str:
    """Give a year-less value ("--02-26") the year of its latest date on or before `anchor`.

    A wire dateline's "Feb 26" is the day the story was filed, which is the publication date or
    shortly before it (a day later is allowed for time zones). Other values come back unchanged.
    """
    match = re.fullmatch(r"--(\d{2})-(\d{2})", value)
    if not match:
        return value
    candidates = days_around(anchor, int(match.group(1)), int(match.group(2)))
    filed = [d for d in candidates if d <= anchor + dt.timedelta(days=1)]
    if not filed:
        return value
    return max(filed).isoformat()
