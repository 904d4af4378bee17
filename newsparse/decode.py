"""Stage 0: bytes to text. Refuses binary files; never fails on text in an unknown 8-bit encoding.

Offsets in the model index the decoded text, so decoding keeps every character (no newline
translation); only a leading byte order mark is dropped.
"""

from __future__ import annotations

import codecs
import re

# Signatures of common binary formats people point a text tool at by mistake.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"ID3", "an MP3 file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 8192
# Latin-script text in UTF-16: the high byte of nearly every character is zero.
_UTF16_ZERO_SHARE = 0.9
# Text has few control characters besides tab, newline, carriage return and form feed.
_MAX_CONTROL_SHARE = 0.1
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")
# Western European text has a few accented letters among many plain ones (Icelandic about 15 %).
_MAX_WESTERN_NON_ASCII = 0.3
_WESTERN_CODE_PAGES = frozenset({"cp1252", "latin_1", "iso8859_15", "cp850", "cp437", "mac_roman"})
# Latin-1 symbols (superscripts, fractions, currency signs) between two letters: what Central
# European text read as cp1252 looks like ("Rz¹d og³osi³"), and never Western text.
_SYMBOL_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[\u00a1-\u00bf\u0080-\u009f](?=[^\W\d_])")


class DecodeError(ValueError):
    """The input is not text newsparse can read (a binary file, or a wrong forced encoding)."""


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode an article's bytes: a BOM's encoding, else UTF-8, else a legacy 8-bit encoding.

    `encoding` forces one; bytes that do not fit it become U+FFFD rather than an error.
    """
    if encoding:
        try:
            return data.decode(encoding, errors="replace").removeprefix("\ufeff")
        except LookupError as error:
            raise DecodeError(f"unknown encoding {encoding!r}") from error
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    _refuse_known_formats(data)
    wide = _utf16_without_bom(data[:_SNIFF_BYTES])
    if wide:
        return data.decode(wide, errors="replace")
    _refuse_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str:
    """Western text as windows-1252, other scripts as charset-normalizer detects them.

    Statistical detection confuses the Latin code pages on short text (a "£" read as cp1250's
    "Ł"), so it is asked only when cp1252 reads as something other than Western text: in
    English, French or German news few letters are non-ASCII, while Cyrillic, Greek or CJK bytes
    read as cp1252 are nearly all accented Latin letters. windows-1252 is also what the WHATWG
    Encoding Standard uses for text labelled latin-1.
    """
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if (
        western is not None
        and _non_ascii_letter_share(western) <= _MAX_WESTERN_NON_ASCII
        and not _SYMBOL_INSIDE_WORD.search(western)
    ):
        return western
    from charset_normalizer import from_bytes

    for match in from_bytes(data):  # best first; Western code pages were ruled out above
        if match.encoding not in _WESTERN_CODE_PAGES:
            return str(match)
    return western if western is not None else data.decode("latin-1")


def _non_ascii_letter_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if not c.isascii()) / len(letters) if letters else 0.0


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 saved without a byte order mark (some Windows tools do): in text in a Latin script
    nearly every other byte is zero, on the same side, and the text has no stray control bytes."""
    if len(head) < 4:
        return None
    low, high = head[0::2], head[1::2]
    for zeros, letters, name in ((high, low, "utf-16-le"), (low, high, "utf-16-be")):
        if zeros.count(0) >= _UTF16_ZERO_SHARE * len(zeros) and letters.count(0) == 0:
            controls = sum(1 for byte in letters if byte < 0x20 and byte not in _TEXT_CONTROLS)
            if controls <= _MAX_CONTROL_SHARE * len(letters):
                return name
    return None


def _refuse_known_formats(data: bytes) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"this is {kind}, not text")


def _refuse_binary(data: bytes) -> None:
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        raise DecodeError(
            "binary data (NUL bytes), not text (if it is UTF-16 without a byte order mark, give the"
            " encoding: utf-16-le or utf-16-be)"
        )
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if head and controls / len(head) > _MAX_CONTROL_SHARE:
        raise DecodeError("binary data (control bytes), not text")
