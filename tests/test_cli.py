"""The command line (``communique extract`` / ``communique eval``) through click's CliRunner.

Every input text here is written by the test itself. The extractor is the session-scoped one
from conftest (patched into ``communique.cli``) so its data loads once per test run; one test
keeps the real constructor to check the command wiring end to end.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import communique.cli as cli
import communique.cli.extract as cli_extract
from communique.pipeline import Communique
from communique.record import ROLE_CLASSES, SCHEMA, text_id

Run = Callable[..., Result]

EN_TEXT = (
    "Geneva, 3 June - The Foreign Minister of Norway, Ingrid Solberg, met the Secretary of "
    "State of the United States, Michael Turner, in Geneva on Tuesday. The two ministers "
    'discussed Arctic security and trade. "Our cooperation has never been closer," Solberg '
    "said after the talks.\n"
)
DE_TEXT = (
    "Berlin – Bundeskanzler Friedrich Merz hat am Montag in Berlin den französischen "
    "Präsidenten Emmanuel Macron zu Gesprächen empfangen. Im Mittelpunkt standen die "
    "Außenpolitik und die Wirtschaftsbeziehungen beider Länder. „Wir stehen fest "
    "zusammen“, sagte Merz nach dem Treffen.\n"
)
FR_TEXT = (
    "Le ministre des Affaires étrangères a rencontré lundi à Paris son homologue allemand. "
    "Les deux ministres ont discuté de la coopération économique et de la sécurité en Europe. "
    "Ils se reverront le mois prochain à Berlin pour préparer le sommet de l'automne.\n"
)
ES_TEXT = (
    "El ministro de Asuntos Exteriores se reunió el lunes en Madrid con su homólogo "
    "portugués. Ambos ministros hablaron de la cooperación económica y de la seguridad en "
    "el Mediterráneo, y acordaron volver a reunirse el próximo mes en Lisboa.\n"
)


@pytest.fixture()
def run(engine: Communique, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Invoke ``communique`` with the shared extractor; stdout and stderr stay separate."""
    monkeypatch.setattr(cli_extract, "Communique", lambda *args: engine)
    runner = CliRunner()

    def invoke(args: Sequence[str], stdin: bytes | None = None) -> Result:
        return runner.invoke(cli.main, list(args), input=stdin, catch_exceptions=True)

    return invoke


def _records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("communique: error:")]


def _assert_spans(record: dict[str, Any]) -> None:
    text = record["document"]["text"]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if {"start", "end", "text"} <= node.keys() and isinstance(node["start"], int):
                assert text[node["start"] : node["end"]] == node["text"], node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for key in ("actors", "events", "quotes", "claims"):
        walk(record[key])


def _write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------ examples


def test_example_all_prints_one_jsonl_record_per_pack_with_events() -> None:
    """Unpatched: the real ``Communique()`` constructor behind the command."""
    result = CliRunner().invoke(cli.main, ["extract", "--example"])
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 3  # JSON Lines: one record a line
    records = [json.loads(line) for line in lines]
    assert [r["document"]["source"] for r in records] == ["example:de", "example:en", "example:ru"]
    for rec in records:
        assert rec["schema"] == SCHEMA
        assert rec["document"]["published"] == "2025-03-14"
        assert rec["document"]["id"] == text_id(rec["document"]["text"])
        assert len(rec["events"]) >= 1
        _assert_spans(rec)
    assert [r["document"]["language"] for r in records] == ["de", "en", "ru"]


def test_example_table_is_readable(run: Run) -> None:
    result = run(["extract", "--example", "en", "--format", "table"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert not out.lstrip().startswith("{")
    lines = out.splitlines()
    assert lines[0].startswith("== example:en")
    assert "published 2025-03-14" in lines[0]
    assert any(line.startswith("E1 meeting") for line in lines)
    assert any("who:" in line and "Daniel Ashworth" in line for line in lines)
    assert any("where:" in line and "London" in line for line in lines)
    assert any(line.strip().startswith("quote:") for line in lines)
    assert any(line.strip().startswith("claim:") for line in lines)


def test_single_example_defaults_to_one_pretty_json_object(run: Run) -> None:
    result = run(["extract", "--example", "de"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)  # the whole output is one JSON document
    assert isinstance(record, dict)
    assert record["schema"] == SCHEMA
    assert "\n  " in result.stdout  # indented, not one line


# --------------------------------------------------------------------------- one file


def test_json_on_one_file_prints_one_object(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path / "release.txt", EN_TEXT)
    result = run(["extract", str(path), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["schema"] == SCHEMA
    assert record["document"]["source"] == str(path)
    assert record["document"]["language"] == "en"
    assert record["document"]["text"] == EN_TEXT
    assert record["document"]["id"] == text_id(EN_TEXT)
    names = {a["name"] for a in record["actors"]}
    assert {"Ingrid Solberg", "Michael Turner"} <= names
    for actor in record["actors"]:
        if actor["role"] is not None:
            assert actor["role"]["class"] in ROLE_CLASSES
    _assert_spans(record)


def test_one_file_defaults_to_json_and_detects_language(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path / "treffen.txt", DE_TEXT)
    result = run(["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["document"]["language"] == "de"
    assert record["events"], "a reception with talks is a meeting"


def test_lang_option_overrides_detection(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path / "treffen.txt", DE_TEXT)
    result = run(["extract", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["document"]["language"] == "en"


def test_published_resolves_relative_date(run: Run, tmp_path: Path) -> None:
    # 2025-06-05 is a Thursday: "on Tuesday" is 2025-06-03.
    path = _write(tmp_path / "release.txt", EN_TEXT)
    result = run(["extract", str(path), "--published", "2025-06-05"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["document"]["published"] == "2025-06-05"
    dates = [e["date"]["start"] for e in record["events"] if e["date"]]
    assert "2025-06-03" in dates


def test_short_english_text_is_detected_as_english(run: Run, tmp_path: Path) -> None:
    text = "Foreign Minister Anna Berg met Japanese Foreign Minister Taro Sato in Tokyo on Monday."
    path = _write(tmp_path / "short.txt", text)
    result = run(["extract", str(path)])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["document"]["language"] == "en"
    assert record["events"]


@pytest.mark.parametrize("command", ["extract", "eval"])
def test_help_explains_options(run: Run, command: str) -> None:
    result = run([command, "--help"])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("Usage:")
    expected = {
        "extract": ["--format", "json|jsonl|table", "--lang", "--published", "YYYY-MM-DD",
                    "--example", "--max-bytes", "20000000", "standard input"],
        "eval": ["--gold", "--corpora", "--lang", "--details", "precision"],
    }[command]  # fmt: skip
    for word in expected:
        assert word in out, word


def test_top_level_help_lists_commands(run: Run) -> None:
    result = run(["--help"])
    assert result.exit_code == 0
    assert "extract" in result.stdout and "eval" in result.stdout


# -------------------------------------------------------------------------- bad input


def _assert_one_error(result: Result, path: Path, *reason_words: str) -> str:
    assert result.exit_code == 1, (result.stdout, result.stderr, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stdout.strip() == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith(f"communique: error: {path}"), line
    for word in reason_words:
        assert word in line.lower(), (word, line)
    return line


def test_empty_file(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path / "empty.txt", b"")
    _assert_one_error(run(["extract", str(path)]), path, "empty")


def test_whitespace_only_file(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path / "blank.txt", "  \n\n\t \n")
    _assert_one_error(run(["extract", str(path)]), path, "no text")


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "png"),
        ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "pdf"),
        ("nul.txt", b"Treffen\x00\x00\x00 in Wien\x00\x00" * 64, "nul"),
        ("renamed.txt", b"PK\x03\x04\x14\x00\x06\x00word/document.xml" + b"\x00" * 64, "zip"),
    ],
)
def test_binary_file(run: Run, tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    path = _write(tmp_path / name, data)
    _assert_one_error(run(["extract", str(path)]), path, "binary", kind)


def test_cp1252_german_text_is_decoded_and_extracted(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path / "cp1252.txt", DE_TEXT.encode("cp1252"))
    result = run(["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    text = record["document"]["text"]
    assert text == DE_TEXT  # umlauts, ß, dash and German quotes survive
    assert "Präsidenten" in text and "\ufffd" not in text
    assert record["document"]["language"] == "de"
    names = {a["name"] for a in record["actors"]}
    assert {"Friedrich Merz", "Emmanuel Macron"} <= names
    assert record["events"]
    _assert_spans(record)


def test_utf8_bom_and_crlf_are_normalised(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + EN_TEXT.replace("\n", "\r\n").encode())
    result = run(["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    text = json.loads(result.stdout)["document"]["text"]
    assert not text.startswith("\ufeff") and "\r" not in text
    assert text.startswith("Geneva, 3 June")


def test_malformed_html_yields_its_text(run: Run, tmp_path: Path) -> None:
    html = (
        "<html><head><title>Talks in Prague</title><style>p {color: red}</style>"
        "<body><div class=main><p>Prague - Czech Foreign Minister Jan Novak met Polish "
        "Foreign Minister Tomasz Kowalski in Prague on Monday.<p>They discussed energy "
        "security and <b>trade</i>.<div></span><script>var x = '<p>';</script>"
        "<p>Novak said the talks were open and friendly.</td></table"
    )
    path = _write(tmp_path / "broken.html", html)
    result = run(["extract", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    text = record["document"]["text"]
    assert "Jan Novak met Polish" in text
    assert "<" not in text and "color: red" not in text and "var x" not in text
    names = {a["name"] for a in record["actors"]}
    assert {"Jan Novak", "Tomasz Kowalski"} <= names
    _assert_spans(record)


def test_file_over_the_size_limit_is_refused_fast(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = "Der Außenminister traf den Botschafter in Wien zu Gesprächen.\n".encode()
    with path.open("wb") as fh:
        block = line * (1_000_000 // len(line))
        for _ in range(50):
            fh.write(block)
    assert path.stat().st_size > 45_000_000
    began = time.perf_counter()
    result = run(["extract", str(path)])
    elapsed = time.perf_counter() - began
    line_out = _assert_one_error(result, path, "larger than", "limit", "--max-bytes")
    assert "20 MB" in line_out
    assert elapsed < 10.0, f"refusing a large file took {elapsed:.1f}s"


def test_max_bytes_option_lowers_the_limit(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path / "release.txt", EN_TEXT)
    _assert_one_error(run(["extract", str(path), "--max-bytes", "100"]), path, "limit")


def test_max_bytes_zero_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    path = _write(tmp_path / "release.txt", EN_TEXT)
    result = run(["extract", str(path), "--max-bytes", "0"])
    assert result.exit_code == 2
    assert "--max-bytes" in result.stderr


@pytest.mark.parametrize(("name", "text"), [("fr.txt", FR_TEXT), ("es.txt", ES_TEXT)])
def test_unsupported_language_gives_empty_record_and_warning(
    run: Run, tmp_path: Path, name: str, text: str
) -> None:
    path = _write(tmp_path / name, text)
    result = run(["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["events"] == [] and record["actors"] == []
    assert record["document"]["language"] == name[:2]
    assert record["warnings"] and "unsupported language" in record["warnings"][0]
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"communique: warning: {path}: unsupported language")


def test_missing_path(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "does-not-exist.txt"
    _assert_one_error(run(["extract", str(path)]), path, "not found")


def test_empty_directory(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    _assert_one_error(run(["extract", str(folder)]), folder, "no readable files")


def test_good_files_survive_bad_ones(run: Run, tmp_path: Path) -> None:
    good_en = _write(tmp_path / "a_en.txt", EN_TEXT)
    empty = _write(tmp_path / "b_empty.txt", b"")
    binary = _write(tmp_path / "c_image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    missing = tmp_path / "d_missing.txt"
    good_de = _write(tmp_path / "e_de.txt", DE_TEXT.encode("cp1252"))
    args = [str(p) for p in (good_en, empty, binary, missing, good_de)]
    result = run(["extract", *args])
    assert result.exit_code == 1
    records = _records(result.stdout)  # several inputs: JSON Lines
    assert [r["document"]["source"] for r in records] == [str(good_en), str(good_de)]
    assert all(r["events"] for r in records)
    errors = _error_lines(result.stderr)
    assert len(errors) == 3
    for bad, line in zip((empty, binary, missing), errors, strict=True):
        assert line.startswith(f"communique: error: {bad}: ")
    assert len(result.stderr.splitlines()) == 3  # nothing but the three errors


def test_directory_yields_one_record_per_text_file(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    _write(folder / "one.txt", EN_TEXT)
    _write(folder / "sub" / "two.txt", DE_TEXT)
    _write(folder / "ignored.csv", "a,b\n1,2\n")
    result = run(["extract", str(folder)])
    assert result.exit_code == 0, result.stderr
    sources = [r["document"]["source"] for r in _records(result.stdout)]
    assert sources == [str(folder / "one.txt"), str(folder / "sub" / "two.txt")]


# ------------------------------------------------------------------------- JSON Lines


def test_jsonl_on_stdin(run: Run) -> None:
    docs = [
        {"id": "doc-en", "source": "https://example.org/en/1", "text": EN_TEXT,
         "published": "2025-06-05"},
        {"id": "doc-de", "source": "https://example.org/de/2", "text": DE_TEXT,
         "language": "de", "title": "Merz empfängt Macron"},
    ]  # fmt: skip
    stdin = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    result = run(["extract", "-"], stdin=stdin)
    assert result.exit_code == 0, result.stderr
    records = _records(result.stdout)
    assert len(records) == 2
    got = [(r["document"]["id"], r["document"]["source"]) for r in records]
    assert got == [("doc-en", "https://example.org/en/1"), ("doc-de", "https://example.org/de/2")]
    assert records[0]["document"]["published"] == "2025-06-05"
    assert records[1]["document"]["title"] == "Merz empfängt Macron"
    assert [r["document"]["language"] for r in records] == ["en", "de"]
    assert [r["document"]["text"] for r in records] == [EN_TEXT, DE_TEXT]
    for rec in records:
        _assert_spans(rec)


def test_jsonl_bad_lines_are_reported_by_line(run: Run, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "batch.jsonl",
        json.dumps({"text": EN_TEXT}) + "\nnot json at all\n" + json.dumps({"id": 3}) + "\n",
    )
    result = run(["extract", str(path)])
    assert result.exit_code == 1
    assert len(_records(result.stdout)) == 1
    errors = _error_lines(result.stderr)
    assert [e.split(": ")[2] for e in errors] == [f"{path}:2", f"{path}:3"]


def test_plain_text_on_stdin(run: Run) -> None:
    result = run(["extract", "-"], stdin=DE_TEXT.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout.splitlines()[0])
    assert record["document"]["source"] == "<stdin>"
    assert record["document"]["text"] == DE_TEXT


# ----------------------------------------------------------------------- usage errors


@pytest.mark.parametrize("value", ["14.03.2025", "2025-13-01", "2025-02-30", "soon"])
def test_bad_published_is_a_usage_error(run: Run, tmp_path: Path, value: str) -> None:
    path = _write(tmp_path / "release.txt", EN_TEXT)
    result = run(["extract", str(path), "--published", value])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Usage:" in result.stderr and "--published" in result.stderr


def test_no_input_is_a_usage_error(run: Run) -> None:
    result = run(["extract"])
    assert result.exit_code == 2
    assert "FILE" in result.stderr


@pytest.mark.parametrize(
    "args", [["--format", "xml"], ["--lang", "fr"], ["--example", "xx"], ["--max-bytes", "lots"]]
)
def test_bad_choices_are_usage_errors(run: Run, args: list[str]) -> None:
    result = run(["extract", "--example", "en", *args] if args[0] != "--example" else
                 ["extract", *args])  # fmt: skip
    assert result.exit_code == 2
    assert "Invalid value" in result.stderr


def test_eval_reports_a_missing_gold_folder(run: Run, tmp_path: Path) -> None:
    result = run(["eval", "--gold", str(tmp_path / "no-gold-here")])
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr


# ------------------------------------------------------------------------- the script


def test_python_m_runs_the_cli() -> None:
    src = Path(cli.__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-m", "communique.cli", "--help"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(src), "PATH": ""},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0
    assert "extract" in proc.stdout
