"""Reading what the user gives (files, folders, standard input) into ``Document``s.

Every input either becomes one or more documents or yields one ``InputError`` naming the source
and a short reason; nothing is dropped silently and one bad file never stops the others.
Plain text (any extension), HTML (main text through trafilatura) and JSON Lines are read, and
gzip-compressed JSON Lines and Parquet files through ``communique.bulk_inputs``;
encodings are UTF-8 (with or without BOM), UTF-16/32 with BOM, or detected by
charset-normalizer. Text is normalised to NFC with ``\\n`` line ends and without C0 controls
other than ``\\n`` and ``\\t``; nothing else is changed, so spans index into it.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from communique.decoding import (
    binary_kind,
    bytes_to_text,
    extract_html,
    normalize_text,
    strip_bom,
)
from communique.errors import InputError
from communique.published import published_date
from communique.record import Document

TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".html", ".htm", ".jsonl", ".json"})
_HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm"})
_JSONL_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".jsonlines", ".ndjson"})

_HTML_TAG = re.compile(rb"<\s*(?:html|body|p|div|article|head|!doctype)[\s>/]", re.IGNORECASE)
_SNIFF_BYTES = 65536


@dataclass(frozen=True, slots=True)
class ReadSettings:
    max_bytes: int = 20_000_000  # per document (per file for txt/html; per line for jsonl)
    lang: str | None = None  # forced language, else detection later
    published: str | None = None  # forced publication date of every input (``published``)

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise InputError("--max-bytes", f"must be positive, not {self.max_bytes}")
        if self.published is not None:
            try:
                object.__setattr__(self, "published", published_date(self.published))
            except ValueError as exc:
                raise InputError("--published", str(exc)) from exc


def read_inputs(
    paths: Sequence[str], settings: ReadSettings, stdin: BinaryIO | None = None
) -> Iterator[Document | InputError]:
    """Documents of the given paths in order (``-`` is standard input); errors are yielded."""
    for arg in paths:
        yield from _guarded(arg, _read_path(arg, settings, stdin))


def _guarded(
    source: str, items: Iterator[Document | InputError]
) -> Iterator[Document | InputError]:
    """``items``, with any unexpected failure while reading turned into one error naming
    ``source``: one input's defect never ends the run."""
    try:
        yield from items
    except Exception as exc:  # a reader defect or a library failing on odd input
        yield InputError(source, f"cannot be read ({type(exc).__name__}: {exc})")


def _read_path(
    arg: str, settings: ReadSettings, stdin: BinaryIO | None
) -> Iterator[Document | InputError]:
    if arg == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from _read_stdin(stream, settings)
        return
    path = Path(arg)
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists()
    except OSError as exc:
        yield InputError(arg, _os_reason(exc))
        return
    if not exists:
        yield InputError(arg, "file not found")
    elif is_dir:
        yield from _read_directory(path, settings)
    else:
        yield from _read_file(path, str(path), settings)


# ---------------------------------------------------------------------------- files


def _read_directory(root: Path, settings: ReadSettings) -> Iterator[Document | InputError]:
    errors: list[OSError] = []
    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and _readable(name):
                files.append(Path(dirpath) / name)
    for exc in errors:
        yield InputError(str(exc.filename or root), _os_reason(exc))
    if not files:
        if not errors:
            yield InputError(
                str(root),
                "directory has no readable files "
                "(.txt, .html, .htm, .json, .jsonl, .jsonl.gz, .parquet)",
            )
        return
    for path in sorted(files):
        yield from _guarded(str(path), _read_file(path, str(path), settings))


def _readable(name: str) -> bool:
    """Whether a file found in a folder is read (by its name)."""
    from communique.bulk_inputs import is_bulk_input

    return Path(name).suffix.lower() in TEXT_SUFFIXES or is_bulk_input(name)


def _read_file(path: Path, source: str, settings: ReadSettings) -> Iterator[Document | InputError]:
    from communique.bulk_inputs import is_bulk_input, read_bulk

    if is_bulk_input(path.name):
        yield from read_bulk(path, source, settings)
        return
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if suffix in _JSONL_SUFFIXES:
            if size == 0:
                yield InputError(source, "empty file")
                return
            with open(path, "rb") as fh:
                head = fh.read(_SNIFF_BYTES)
                kind = binary_kind(head)
                if kind:
                    yield InputError(source, f"binary file ({kind}), not text")
                    return
                yield from _read_jsonl(fh, head, source, settings)
            return
        if size > settings.max_bytes:
            yield InputError(source, _too_large("file", size, settings.max_bytes))
            return
        with open(path, "rb") as fh:
            data = fh.read(settings.max_bytes + 1)
    except OSError as exc:
        yield InputError(source, _os_reason(exc))
        return
    if len(data) > settings.max_bytes:  # grew since stat
        yield InputError(source, _too_large("file", len(data), settings.max_bytes))
        return
    if suffix == ".json":
        yield from _read_json(data, source, settings)
    elif suffix in _HTML_SUFFIXES:
        yield _html_document(data, source, settings)
    else:
        yield _text_document(data, source, settings)


def _read_stdin(stream: BinaryIO, settings: ReadSettings) -> Iterator[Document | InputError]:
    source = "<stdin>"
    try:
        head = stream.read(_SNIFF_BYTES)
    except OSError as exc:
        yield InputError(source, _os_reason(exc))
        return
    if _looks_like_jsonl(head):
        yield from _read_jsonl(stream, head, source, settings)
        return
    chunks = [head]
    total = len(head)
    while total <= settings.max_bytes:
        chunk = stream.read(1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > settings.max_bytes:
        yield InputError(source, _too_large("input", total, settings.max_bytes, at_least=True))
        return
    data = b"".join(chunks)
    if _looks_like_html(data):
        yield _html_document(data, source, settings)
    else:
        yield _text_document(data, source, settings)


def read_posted(
    data: bytes, source: str, settings: ReadSettings, *, html: bool | None = None
) -> Document | InputError:
    """One document sent as bytes (an HTTP request's text or page): HTML when ``html`` says
    so or, when it is None, when it looks like HTML; the checks of a file apply (size, binary
    content, encoding, no text)."""
    if len(data) > settings.max_bytes:
        return InputError(source, _too_large("text", len(data), settings.max_bytes))
    kind = binary_kind(data[:_SNIFF_BYTES])
    if kind:
        return InputError(source, f"binary data ({kind}), not text")
    if html is None:
        html = _looks_like_html(data)
    return (
        _html_document(data, source, settings) if html else _text_document(data, source, settings)
    )


def read_jsonl_stream(
    stream: BinaryIO, source: str, settings: ReadSettings
) -> Iterator[Document | InputError]:
    """Documents of JSON Lines (one object with ``text`` and optional ``id``, ``source``,
    ``published``, ``title``, ``lang`` per line), each error naming ``source`` and its line."""
    return _guarded(source, _read_jsonl(stream, b"", source, settings))


def _looks_like_jsonl(head: bytes) -> bool:
    body = strip_bom(head).lstrip()
    if not body.startswith(b"{"):
        return False
    first = body.split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first.decode("utf-8")), dict)
    except (UnicodeDecodeError, ValueError):
        return False


def _looks_like_html(data: bytes) -> bool:
    body = strip_bom(data[:_SNIFF_BYTES]).lstrip()
    return body.startswith(b"<") and _HTML_TAG.search(body) is not None


def _decoded(data: bytes, source: str) -> str | InputError:
    """The decoded text, or the reason there is none (undecodable, only whitespace)."""
    text = bytes_to_text(data, source)
    if isinstance(text, InputError):
        return text
    return text if text.strip() else InputError(source, "no text")


def _text_document(data: bytes, source: str, settings: ReadSettings) -> Document | InputError:
    text = _decoded(data, source)
    if isinstance(text, InputError):
        return text
    return Document(text=text, source=source, language=settings.lang, published=settings.published)


def _html_document(data: bytes, source: str, settings: ReadSettings) -> Document | InputError:
    markup = _decoded(data, source)
    if isinstance(markup, InputError):
        return markup
    try:
        text, title, date = extract_html(markup)
    except Exception as exc:  # trafilatura missing a dependency, or failing on this page
        return InputError(source, f"HTML extraction failed ({type(exc).__name__}: {exc})")
    text = normalize_text(text)
    if not text.strip():
        return InputError(source, "no main text found in HTML")
    return Document(
        text=text,
        source=source,
        language=settings.lang,
        published=settings.published or _html_date(date),
        title=title,
    )


def _html_date(value: str | None) -> str | None:
    """The page's own date (its metadata) when it is a date in a form we keep."""
    if not value:
        return None
    try:
        return published_date(value)
    except ValueError:
        return None


def _read_json(data: bytes, source: str, settings: ReadSettings) -> Iterator[Document | InputError]:
    """A ``.json`` file: one object, an array of objects, or JSON Lines after all."""
    text = bytes_to_text(data, source)
    if isinstance(text, InputError):
        yield text
        return
    if not text.strip():
        yield InputError(source, "no text")
        return
    try:
        value: Any = json.loads(text)
    except ValueError:  # JSON Lines in a .json file
        yield from _read_jsonl(io.BytesIO(text.encode("utf-8")), b"", source, settings)
        return
    if isinstance(value, dict):
        yield _record_document(value, source, settings)
    elif isinstance(value, list) and value:
        for i, item in enumerate(value):
            yield _record_document(item, f"{source}[{i}]", settings)
    else:
        yield InputError(source, "JSON is neither an object nor a non-empty array of objects")


def _read_jsonl(
    stream: BinaryIO, head: bytes, source: str, settings: ReadSettings
) -> Iterator[Document | InputError]:
    """JSON Lines read line by line, never more than ``max_bytes`` of one line in memory."""
    limit = settings.max_bytes
    seen_text = False
    for lineno, raw, size in _iter_lines(stream, head, limit):
        where = f"{source}:{lineno}"
        if raw is None:
            yield InputError(where, _too_large("line", size, limit, at_least=True))
            seen_text = True
            continue
        if lineno == 1:
            raw = strip_bom(raw)
        if not raw.strip():
            continue
        seen_text = True
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield InputError(where, "line is not valid UTF-8 (JSON Lines must be UTF-8)")
            continue
        yield _jsonl_line(line, where, settings)
    if not seen_text:
        yield InputError(source, "no text")


def _jsonl_line(line: str, where: str, settings: ReadSettings) -> Document | InputError:
    try:
        value: Any = json.loads(line)
    except ValueError as exc:
        msg = getattr(exc, "msg", str(exc))
        return InputError(where, f"not valid JSON ({msg})")
    return _record_document(value, where, settings)


def _record_document(value: Any, where: str, settings: ReadSettings) -> Document | InputError:
    if not isinstance(value, dict):
        return InputError(where, f"expected a JSON object, got {type(value).__name__}")
    raw = value.get("text")
    if raw is None:
        return InputError(where, "no 'text' field")
    if not isinstance(raw, str):
        return InputError(where, f"'text' is a {type(raw).__name__}, not a string")
    text = normalize_text(raw)
    if not text.strip():
        return InputError(where, "no text")
    fields: dict[str, str | None] = {}
    for key in ("id", "source", "published", "title", "language"):
        item = value.get(key)
        if item is None:
            fields[key] = None
        elif isinstance(item, str | int) and not isinstance(item, bool):
            fields[key] = str(item)
        else:
            return InputError(where, f"'{key}' is a {type(item).__name__}, not a string")
    published = fields["published"]
    if published is not None and published.strip():
        try:
            published = published_date(published)
        except ValueError as exc:
            return InputError(where, f"'published': {exc}")
    return Document(
        text=text,
        source=fields["source"] or where,
        language=settings.lang or (fields["language"] or None),
        published=settings.published or published,
        title=fields["title"] or None,
        id=fields["id"] or "",
        origin=where,
    )


def _iter_lines(
    stream: BinaryIO, head: bytes, limit: int
) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes or None when longer than limit, size) for each line of a stream."""
    buf = head
    lineno = 0
    eof = False
    while True:
        nl = buf.find(b"\n")
        while nl < 0 and not eof and len(buf) <= limit:
            chunk = stream.read(1 << 20)
            if not chunk:
                eof = True
                break
            buf += chunk
            nl = buf.find(b"\n")
        if nl < 0 and len(buf) > limit:  # overlong line: skip to its end without keeping it
            size = len(buf)
            buf = b""
            while not eof:
                chunk = stream.read(1 << 20)
                if not chunk:
                    eof = True
                    break
                nl = chunk.find(b"\n")
                if nl >= 0:
                    size += nl
                    buf = chunk[nl + 1 :]
                    break
                size += len(chunk)
            lineno += 1
            yield lineno, None, size
            continue
        if nl < 0:
            if buf:
                lineno += 1
                yield lineno, buf, len(buf)
            return
        line, buf = buf[:nl], buf[nl + 1 :]
        lineno += 1
        if len(line) > limit:
            yield lineno, None, len(line)
        else:
            yield lineno, line, len(line)


# -------------------------------------------------------------------------- decoding


def _human(n: int) -> str:
    if n >= 1_000_000:
        value, unit = n / 1_000_000, "MB"
    elif n >= 1_000:
        value, unit = n / 1_000, "kB"
    else:
        return f"{n} bytes"
    text = f"{value:.1f}"
    return f"{text[:-2] if text.endswith('.0') else text} {unit}"


def _too_large(what: str, size: int, limit: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (
        f"{what} is {more}{_human(size)}, larger than the {_human(limit)} limit; "
        "raise --max-bytes or split it"
    )


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read ({exc.strerror or exc})"
