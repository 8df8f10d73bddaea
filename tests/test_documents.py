"""Reading inputs into documents: formats, encodings, and one InputError per bad input."""

from __future__ import annotations

import gzip
import io
import json
import time
from pathlib import Path

import pytest

from communique import documents
from communique.documents import ReadSettings, normalize_text, read_inputs
from communique.errors import InputError
from communique.record import Document

GOOD = "Die Außenministerin traf ihren Amtskollegen aus Kasachstan in Berlin."


def run(paths: list[Path | str], **kw: object) -> list[Document | InputError]:
    settings = ReadSettings(**kw)  # type: ignore[arg-type]
    return list(read_inputs([str(p) for p in paths], settings))


def errors(items: list[Document | InputError]) -> list[InputError]:
    return [x for x in items if isinstance(x, InputError)]


def docs(items: list[Document | InputError]) -> list[Document]:
    return [x for x in items if isinstance(x, Document)]


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


NUL, CTL = "contains NUL bytes", "control characters"
NO_HTML = "no main text found in HTML"
ZIP_DOCX = b"PK\x03\x04\x14\x00\x06\x00" + b"[Content_Types].xml word/document.xml" + b"\x00" * 40


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\r\n   ", "no text"),
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF), not text"),
        ("letter.docx", ZIP_DOCX, "binary file (ZIP/DOCX), not text"),
        ("img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG), not text"),
        ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG), not text"),
        ("text.txt", gzip.compress(GOOD.encode()), "binary file (GZIP), not text"),
        ("nul.txt", b"abc\x00\x00\x00def\x00ghi" * 20, f"binary file ({NUL}), not text"),
        ("ctl.txt", bytes([1, 2, 3, 4, 5, 6, 65, 66]) * 50, f"binary file ({CTL}), not text"),
        ("empty.html", b"<html><body><script>x = 1;</script></body></html>", NO_HTML),
    ],
)  # fmt: skip
def test_each_bad_file_gives_one_error_and_others_are_read(
    tmp_path: Path, good: Path, name: str, data: bytes, reason: str
) -> None:
    bad = _write(tmp_path, name, data)
    items = run([bad, good])
    errs = errors(items)
    assert len(errs) == 1
    assert errs[0].reason == reason
    assert errs[0].source == str(bad)
    assert [d.text for d in docs(items)] == [GOOD]


def test_missing_file_and_empty_directory(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "empty_dir"
    empty.mkdir()
    (empty / "picture.png").write_bytes(b"\x89PNG")
    items = run([tmp_path / "nope.txt", empty, good])
    errs = errors(items)
    assert [e.reason for e in errs][0] == "file not found"
    assert errs[1].source == str(empty) and errs[1].reason.startswith("directory has no readable")
    assert len(errs) == 2 and len(docs(items)) == 1


def test_permission_denied(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = _write(tmp_path, "locked.txt", b"secret text")
    real_open = open

    def fake_open(file: object, *args: object, **kw: object) -> object:
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr(documents, "open", fake_open, raising=False)
    items = run([locked, good])
    assert [(e.source, e.reason) for e in errors(items)] == [(str(locked), "permission denied")]
    assert len(docs(items)) == 1


def test_too_large_with_small_limit(tmp_path: Path, good: Path) -> None:
    big = _write(tmp_path, "big.txt", b"x" * 2500)
    items = run([big, good], max_bytes=1000)
    (err,) = errors(items)
    assert err.reason == (
        "file is 2.5 kB, larger than the 1 kB limit; raise --max-bytes or split it"
    )
    assert len(docs(items)) == 1


def test_real_large_file_refused_without_reading(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # 25 MB sparse file
        fh.truncate(25_000_000)
    opened: list[str] = []
    real_open = open

    def spy_open(file: object, *args: object, **kw: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr(documents, "open", spy_open, raising=False)
    start = time.perf_counter()
    items = run([big, good])
    assert time.perf_counter() - start < 5.0  # refused from its size, never read
    (err,) = errors(items)
    assert err.reason.startswith("file is 25 MB, larger than the 20 MB limit")
    assert str(big) not in opened
    assert len(docs(items)) == 1


def test_cp1252_german_decodes(tmp_path: Path) -> None:
    text = "Der Außenminister traf die Präsidentin in Brüssel – „ein gutes Gespräch“."
    path = _write(tmp_path, "de.txt", text.encode("cp1252"))
    (doc,) = run([path])
    assert isinstance(doc, Document)
    assert doc.text == text


def test_single_cp1252_word_decodes(tmp_path: Path) -> None:
    (doc,) = run([_write(tmp_path, "w.txt", "Außenminister".encode("cp1252"))])
    assert isinstance(doc, Document) and doc.text == "Außenminister"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_bom_encodings_decode_and_bom_is_stripped(tmp_path: Path, encoding: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    path = _write(tmp_path, "bom.txt", bom + GOOD.encode(encoding))
    (doc,) = run([path])
    assert isinstance(doc, Document)
    assert doc.text == GOOD


def test_normalisation(tmp_path: Path) -> None:
    raw = "Line one\r\nLine two\rLine\x00 thre\x07e\tTab\u00a0nbsp Pra\u0308sident"
    (doc,) = run([_write(tmp_path, "n.txt", raw.encode("utf-8"))])
    assert isinstance(doc, Document)
    assert doc.text == "Line one\nLine two\nLine three\tTab\u00a0nbsp Präsident"
    assert normalize_text("\ufeffa\r\nb") == "a\nb"


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        '{"text": "Erste Meldung.", "id": "a1", "published": "2024-05-01", "title": "T"}',
        "this is not json",
        "",
        '["a list"]',
        '{"title": "no text"}',
        '{"text": 42}',
        '{"text": "Zweite.", "source": "https://example.org/x", "language": "de"}',
        '{"text": "Dritte.", "published": "May 2024"}',
        '{"text": "   "}',
    ]
    path = _write(tmp_path, "feed.jsonl", "\n".join(lines).encode("utf-8"))
    items = run([path])
    errs = {e.source: e.reason for e in errors(items)}
    assert set(errs) == {f"{path}:{n}" for n in (2, 4, 5, 6, 8, 9)}
    assert errs[f"{path}:2"].startswith("not valid JSON")
    assert errs[f"{path}:5"] == "no 'text' field"
    assert errs[f"{path}:9"] == "no text"
    first, second = docs(items)
    assert (first.id, first.source, first.published, first.title) == (
        "a1",
        f"{path}:1",
        "2024-05-01",
        "T",
    )
    assert second.source == "https://example.org/x" and second.language == "de"


def test_jsonl_overlong_line_is_skipped_but_next_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "f.jsonl", b'{"text": "' + b"y" * 5000 + b'"}\n{"text": "ok"}\n')
    items = run([path], max_bytes=1000)
    (err,) = errors(items)
    assert err.source == f"{path}:1" and "larger than the 1 kB limit" in err.reason
    assert [d.text for d in docs(items)] == ["ok"]


def test_forced_language_and_date(tmp_path: Path, good: Path) -> None:
    path = _write(tmp_path, "f.jsonl", b'{"text": "x y", "published": "2020-01-01"}\n')
    items = run([good, path], lang="de", published="2025-02-03")
    assert [(d.language, d.published) for d in docs(items)] == [("de", "2025-02-03")] * 2
    with pytest.raises(InputError):
        ReadSettings(published="3.2.2025")


def test_malformed_html_gives_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.html", b"<html><body><p>Unclosed <b>tags <div>")
    (doc,) = run([path])
    assert isinstance(doc, Document)
    assert "Unclosed" in doc.text and "tags" in doc.text and "<" not in doc.text


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Treffen in Astana</title>"
        '<meta property="article:published_time" content="2024-03-05T10:00:00"></head>'
        "<body><nav>Startseite | Presse</nav><article><h1>Treffen in Astana</h1>"
        f"<p>{GOOD}</p><p>Beide sprachen über Energie und Handel.</p></article>"
        "<script>track();</script></body></html>"
    )
    (doc,) = run([_write(tmp_path, "page.htm", html.encode("utf-8"))])
    assert isinstance(doc, Document)
    assert GOOD in doc.text and "track()" not in doc.text
    assert doc.title == "Treffen in Astana"
    assert doc.published == "2024-03-05"


def test_directory_recursion_sorted(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "b" / "deep" / "z.txt").write_text("deep text", encoding="utf-8")
    (root / "a.html").write_text("<html><body><p>html text</p></body></html>", encoding="utf-8")
    (root / "c.jsonl").write_text('{"text": "line text"}\n', encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    items = run([root])
    assert not errors(items)
    assert [d.text for d in docs(items)] == ["html text", "deep text", "line text"]


def _stdin(data: bytes) -> list[Document | InputError]:
    return list(read_inputs(["-"], ReadSettings(), stdin=io.BytesIO(data)))


def test_stdin_text() -> None:
    (doc,) = _stdin(GOOD.encode("utf-8"))
    assert isinstance(doc, Document) and doc.text == GOOD and doc.source == "<stdin>"


def test_stdin_jsonl() -> None:
    items = _stdin(b'{"text": "eins"}\n{bad\n{"text": "zwei"}\n')
    assert [d.text for d in docs(items)] == ["eins", "zwei"]
    assert [e.source for e in errors(items)] == ["<stdin>:2"]


def test_stdin_html() -> None:
    (doc,) = _stdin(b"<!DOCTYPE html>\n<html><body><p>" + GOOD.encode() + b"</p></body></html>")
    assert isinstance(doc, Document) and doc.text == GOOD


def test_stdin_brace_text_is_not_jsonl() -> None:
    (doc,) = _stdin(b"{curly} but not JSON at all")
    assert isinstance(doc, Document) and doc.text == "{curly} but not JSON at all"


def test_json_file_object_and_array(tmp_path: Path) -> None:
    one = _write(tmp_path, "one.json", b'{"text": "single", "title": "S"}')
    many = _write(tmp_path, "many.json", b'[{"text": "a"}, {"nope": 1}]')
    items = run([one, many])
    assert [d.text for d in docs(items)] == ["single", "a"]
    assert [e.source for e in errors(items)] == [f"{many}[1]"]


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("2025", "2025"),
        ("2025-02", "2025-02"),
        ("2025-02-17", "2025-02-17"),
        ("2025-02-17T23:30:00+01:00", "2025-02-17"),  # the publisher's calendar day
        ("2025-02-17T00:30:00-05:00", "2025-02-17"),
        ("2025-02-17 09:30Z", "2025-02-17"),
        ("2025-02-17T09:30:00.250+0100", "2025-02-17"),
        (" 2025-02-17 ", "2025-02-17"),
    ],
)
def test_published_forms_are_kept_partial_or_as_the_day(
    tmp_path: Path, given: str, kept: str
) -> None:
    line = json.dumps({"text": "x y", "published": given}) + "\n"
    (doc,) = run([_write(tmp_path, "f.jsonl", line.encode())])
    assert isinstance(doc, Document) and doc.published == kept
    assert ReadSettings(published=given).published == kept


@pytest.mark.parametrize(
    ("given", "why"),
    [
        ("2025-13", "not a real date"),
        ("2025-02-30", "not a real date"),
        ("17.02.2025", "is not YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time"),
        ("2025-02-17T25:00", "not a real date-time"),
        ("Feb 2025", "is not YYYY"),
    ],
)
def test_bad_published_names_the_line_and_the_reason(tmp_path: Path, given: str, why: str) -> None:
    path = _write(
        tmp_path, "f.jsonl", (json.dumps({"text": "x y", "published": given}) + "\n").encode()
    )
    (err,) = errors(run([path]))
    assert err.source == f"{path}:1" and why in err.reason and given in err.reason
    with pytest.raises(InputError, match=why):
        ReadSettings(published=given)


def test_html_metadata_date_time_with_zone_and_partial(tmp_path: Path) -> None:
    page = '<html><head><meta property="article:published_time" content="{}"></head><body>'
    page += f"<article><p>{GOOD}</p></article></body></html>"
    (doc,) = run([_write(tmp_path, "a.html", page.format("2024-03-05T23:10:00+02:00").encode())])
    assert isinstance(doc, Document) and doc.published == "2024-03-05"
