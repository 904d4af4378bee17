"""Bytes to text: byte order marks, UTF-8, legacy 8-bit text, binary files refused."""

from __future__ import annotations

import codecs

import pytest

from newsparse.decode import DecodeError, decode

TEXT = "Café owners said “prices rose” by 5 €."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "utf-16-le", "utf-16-be"],
)
def test_text_in_common_encodings(data: bytes) -> None:
    assert decode(data) == TEXT


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("The fee was £20 for a ticket, officials said.", "latin-1"),
        ("Les élèves ont manifesté devant l'école mercredi.", "cp1252"),
        ("Президент заявил, что переговоры продолжатся в понедельник.", "cp1251"),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα τη Δευτέρα το πρωί.", "cp1253"),
        ("Rząd ogłosił w środę nowy plan dla miasta, a radni go poparli.", "cp1250"),
        ("東京都は月曜日、新しい計画を発表した。", "shift_jis"),
    ],
)
def test_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_windows_line_endings_are_kept_so_offsets_match_the_file() -> None:
    assert decode(b"Title\r\n\r\nBody.") == "Title\r\n\r\nBody."


def test_undecodable_bytes_never_raise() -> None:
    assert isinstance(decode(bytes(range(128, 256)) * 3), str)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"PK\x03\x04rest", "a ZIP archive"),
        (b"some text\x00with NUL", "NUL bytes"),
        (bytes(range(1, 32)) * 10, "control bytes"),
    ],
)
def test_binary_data_is_refused_with_a_reason(data: bytes, kind: str) -> None:
    with pytest.raises(DecodeError, match=kind):
        decode(data)


def test_a_forced_encoding_never_fails_on_bad_bytes() -> None:
    assert decode("café".encode("latin-1"), "utf-8") == "caf\ufffd"


def test_an_unknown_encoding_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode(b"x", "no-such-codec")


def test_empty_input_is_empty_text() -> None:
    assert decode(b"") == ""
