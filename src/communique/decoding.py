"""Text from bytes and markup: encodings, binary sniffing, HTML main text, normalisation.

Used by ``documents`` for every input; returns text or an ``InputError`` with the reason.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

from communique.errors import InputError

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\x1f\x8b", "GZIP"),
    (b"BZh", "BZIP2"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"7z\xbc\xaf\x27\x1c", "7Z"),
    (b"\x28\xb5\x2f\xfd", "ZSTD"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 DOC/XLS"),
    (b"\x7fELF", "ELF"),
    (b"SQLite format 3\x00", "SQLite"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
# Single-byte encodings of Latin-script text between which charset-normalizer often wavers.
_LATIN_FAMILY: frozenset[str] = frozenset(
    {"cp1250", "cp1252", "cp1257", "latin_1", "iso8859_15", "iso8859_2", "iso8859_10",
     "iso8859_13", "iso8859_16", "mac_roman", "mac_latin2", "hp_roman8", "cp850", "cp1254"}
)  # fmt: skip
_FAIR_PUNCTUATION = frozenset("„“”‘’‚–—…€«»°§·×")


def strip_bom(data: bytes) -> bytes:
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


# ----------------------------------------------------------------------- documents


def extract_html(markup: str) -> tuple[str, str | None, str | None]:
    """Main text, title and date (as the page's metadata gives it) of an HTML page;
    lenient with broken markup."""
    import trafilatura

    text: str | None = None
    title: str | None = None
    date: str | None = None
    try:
        text = trafilatura.extract(markup, favor_recall=True, include_comments=False)
    except Exception:  # trafilatura/lxml may fail in many ways on hostile markup
        text = None
    try:
        meta = trafilatura.extract_metadata(markup)
    except Exception:
        meta = None
    if meta is not None:
        title = meta.title or None
        raw_date = meta.date or ""
        date = raw_date or None  # checked by the reader (``published.published_date``)
    if not text or not text.strip():
        text = _strip_tags(markup)
    return text, title, date


def _strip_tags(markup: str) -> str:
    """Text of all elements except script/style: the fallback for pages trafilatura rejects."""
    parser = _TextCollector()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken declarations
        pass
    return parser.text()


class _TextCollector(HTMLParser):
    """Lenient tag stripper (stdlib): keeps text, drops script/style/template contents."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "head"})
    _BLOCK = re.compile(r"p|div|br|li|tr|h[1-6]|article|section|pre|table|blockquote")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        elif self._BLOCK.fullmatch(tag):
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif self._BLOCK.fullmatch(tag):
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self._parts).split("\n"))
        return "\n".join(line for line in lines if line)


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no C0 controls but ``\\n`` and ``\\t``, no leading BOM."""
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text)


def bytes_to_text(data: bytes, source: str) -> str | InputError:
    if not data:
        return InputError(source, "empty file")
    kind = binary_kind(data)
    if kind:
        return InputError(source, f"binary file ({kind}), not text")
    decoded = _decode(data)
    if decoded is None:
        return InputError(
            source, "could not decode: not UTF-8 and the encoding could not be detected reliably"
        )
    return normalize_text(decoded)


def binary_kind(data: bytes) -> str | None:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            if name == "ZIP":
                head = data[:4096]
                if b"word/" in head:
                    return "ZIP/DOCX"
                if b"xl/" in head:
                    return "ZIP/XLSX"
                if b"opendocument" in head:
                    return "ZIP/ODF"
            return name
    if data.startswith((b"RIFF",)) and data[8:12] in {b"WEBP", b"WAVE", b"AVI "}:
        return data[8:12].decode("ascii").strip()
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    sample = data[:8192]
    nul = sample.count(b"\x00")
    if nul > max(1, len(sample) // 1000):
        return "contains NUL bytes"
    controls = sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    if controls > max(2, len(sample) // 20):
        return "control characters"
    return None


def _decode(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.chaos <= 0.2 and best.coherence >= 0.2:
        text = str(best)
        if best.encoding in _LATIN_FAMILY and best.encoding != "cp1252":
            western = _try_cp1252(data)
            if western is not None and _fairness(western) >= _fairness(text):
                return western
        return text
    western = _try_cp1252(data)
    if western is not None and _fairness(western) >= 0.98 and _non_ascii_share(western) < 0.3:
        return western
    return None


def _try_cp1252(data: bytes) -> str | None:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _fairness(text: str) -> float:
    """Share of non-ASCII characters that are letters or common typographic punctuation."""
    odd = [c for c in text if ord(c) > 127]
    if not odd:
        return 1.0
    good = sum(1 for c in odd if c.isalpha() or c in _FAIR_PUNCTUATION)
    return good / len(odd)


def _non_ascii_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ord(c) > 127) / len(letters)


# --------------------------------------------------------------------------- reasons
