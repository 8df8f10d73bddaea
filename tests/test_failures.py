"""One document's failure is that document's alone (issue 6).

A defect injected into a real pipeline stage, a reader that fails on one HTML page, and a
time budget that runs out: each gives one line naming where the document was read (with the
line of a JSON Lines file) and the reason, the other documents are extracted, ``ingest``
records the failure, and the exit status says that something failed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import communique.cli as cli
import communique.cli.extract as cli_extract
from communique import deadline as deadline_module
from communique import documents, pipeline
from communique.deadline import Deadline
from communique.errors import ExtractionTimeout
from communique.pipeline import Communique
from communique.record import Document
from communique.store import Store

TEXT = (
    "Vienna, 3 June - The Foreign Minister of Norway, Ingrid Solberg, met the Secretary of "
    "State of the United States, Michael Turner, in Vienna on Tuesday.\n"
)
POISON = "POISON"
PAGE = (
    "<html><head><title>Talks in Vienna</title></head><body><article><p>"
    + TEXT
    + "</p></article></body></html>"
)

Run = Callable[..., Result]


@pytest.fixture()
def poisoned(engine: Communique, monkeypatch: pytest.MonkeyPatch) -> Communique:
    """The shared engine, with a defect injected into a real stage (quotes) that fires on
    documents containing POISON."""
    real = pipeline.find_quotes

    def find_quotes(m: Any, entities: Any) -> Any:
        if POISON in m.text:
            raise ZeroDivisionError("injected defect")
        return real(m, entities)

    monkeypatch.setattr(pipeline, "find_quotes", find_quotes)
    monkeypatch.setattr(cli_extract, "Communique", lambda *args: engine)
    monkeypatch.setattr(pipeline, "Communique", lambda *args: engine)
    return engine


@pytest.fixture()
def run() -> Run:
    runner = CliRunner()

    def invoke(args: Sequence[str]) -> Result:
        return runner.invoke(cli.main, list(args), catch_exceptions=False)

    return invoke


def _folder(root: Path) -> Path:
    root.mkdir()
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "b.txt").write_text(POISON + " " + TEXT, encoding="utf-8")
    (root / "c.html").write_text(PAGE, encoding="utf-8")
    lines = [{"text": TEXT, "id": "one"}, {"text": POISON + TEXT}, {"text": "Also: " + TEXT}]
    (root / "d.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    (root / "e.txt").write_text("Finally: " + TEXT, encoding="utf-8")
    return root


def _errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("communique: error:")]


def test_extract_reports_each_failed_document_once_and_goes_on(
    poisoned: Communique, run: Run, tmp_path: Path
) -> None:
    folder = _folder(tmp_path / "in")
    result = run(["extract", str(folder), "--format", "jsonl", "--lang", "en"])
    assert result.exit_code == 1
    records = [json.loads(x) for x in result.stdout.splitlines()]
    sources = [r["document"]["source"] for r in records]
    assert sources == [str(folder / "a.txt"), str(folder / "c.html"), str(folder / "d.jsonl:1"),
                       str(folder / "d.jsonl:3"), str(folder / "e.txt")]  # fmt: skip
    assert all(r["events"] for r in records)  # every good document was really extracted
    errors = _errors(result.stderr)
    assert len(errors) == 2
    assert errors[0].startswith(f"communique: error: {folder / 'b.txt'}: ")
    assert errors[1].startswith(f"communique: error: {folder / 'd.jsonl'}:2: ")
    assert all("ZeroDivisionError: injected defect" in e for e in errors)
    assert "Traceback" not in result.stderr


def test_debug_adds_the_traceback(poisoned: Communique, run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "b.txt"
    bad.write_text(POISON + " " + TEXT, encoding="utf-8")
    result = run(["extract", str(bad), "--lang", "en", "--debug"])
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "find_quotes" in result.stderr


def test_a_reader_failing_on_one_html_page_spares_the_rest(
    engine: Communique, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(markup: str) -> tuple[str, str | None, str | None]:
        raise ImportError("lxml.html.clean module is now a separate project")

    monkeypatch.setattr(documents, "extract_html", broken)
    monkeypatch.setattr(cli_extract, "Communique", lambda *args: engine)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.html").write_text(PAGE, encoding="utf-8")
    (folder / "c.txt").write_text("Again: " + TEXT, encoding="utf-8")
    result = run(["extract", str(folder), "--lang", "en"])
    assert result.exit_code == 1
    sources = [json.loads(x)["document"]["source"] for x in result.stdout.splitlines()]
    assert sources == [str(folder / "a.txt"), str(folder / "c.txt")]
    [error] = _errors(result.stderr)
    assert error.startswith(f"communique: error: {folder / 'b.html'}: HTML extraction failed")
    assert "ImportError" in error


def test_ingest_records_failures_and_stores_the_rest(
    poisoned: Communique, run: Run, tmp_path: Path
) -> None:
    folder = _folder(tmp_path / "in")
    db = tmp_path / "s.db"
    result = run(["ingest", str(folder), "--db", str(db), "--lang", "en", "--no-progress"])
    assert result.exit_code == 1
    assert "failed: 2" in result.stderr
    with Store(db) as store:
        failures = store.failures()
        assert store.counts()["documents"] == 5
    assert [f.source for f in failures] == [str(folder / "b.txt"), f"{folder / 'd.jsonl'}:2"]
    assert all("ZeroDivisionError" in f.reason for f in failures)
    listed = run(["errors", "--db", str(db)])
    assert listed.exit_code == 0
    assert len(listed.stdout.splitlines()) == 2 and "d.jsonl:2" in listed.stdout


def test_timeout_fails_the_document_and_names_the_stage(
    engine: Communique, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(deadline_module, "MIN_BUDGET_SECONDS", 0.0)
    monkeypatch.setattr(cli_extract, "Communique", lambda *args: engine)
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    slow = run(["extract", str(path), "--lang", "en", "--timeout", "0.0000001"])
    assert slow.exit_code == 1
    [error] = _errors(slow.stderr)
    assert error.startswith(f"communique: error: {path}: timed out after") and "stage" in error
    unlimited = run(["extract", str(path), "--lang", "en", "--timeout", "0"])
    assert unlimited.exit_code == 0 and json.loads(unlimited.stdout)["events"]


def test_an_exhausted_deadline_raises_and_every_stage_is_reported(engine: Communique) -> None:
    doc = Document(text=TEXT, language="en")
    with pytest.raises(ExtractionTimeout, match="timed out"):
        engine.extract_document(doc, Deadline(budget=-1.0))
    heard: list[str] = []
    record = engine.extract_document(doc, Deadline(budget=None, on_stage=heard.append))
    assert record.events
    assert heard[0] == "sentences" and heard[-1] == "claims"
    assert {"names", "roles", "events", "quotes"} <= set(heard)


@pytest.mark.parametrize(
    ("chars", "per_100kb", "budget"),
    [
        (1_000, 5.0, 5.0),  # the floor: a short text still gets a few seconds
        (100_000, 5.0, 5.0),
        (1_000_000, 5.0, 50.0),
        (10_000_000, 2.0, 200.0),
        (10_000_000, None, None),  # no limit
        (10_000_000, 0.0, None),
    ],
)
def test_budget_grows_with_the_text(chars: int, per_100kb: float | None, budget: float) -> None:
    assert Deadline.for_text(chars, per_100kb).budget == budget


def test_progress_bar_only_when_asked_or_on_a_terminal(
    engine: Communique, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_extract, "Communique", lambda *args: engine)
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    shown = run(["extract", str(path), "--lang", "en", "--progress"])
    assert shown.exit_code == 0 and "extract" in shown.stderr and "doc" in shown.stderr
    piped = run(["extract", str(path), "--lang", "en"])  # CliRunner's stderr is no terminal
    assert piped.exit_code == 0 and piped.stderr == ""


def test_loading_a_language_is_not_the_documents_time() -> None:
    """A document's time budget starts after its language is loaded: the first document of
    a run does not time out for the loading (a budget of a few seconds was spent on it)."""
    from communique.deadline import Deadline
    from communique.pipeline import Communique
    from communique.record import Document

    engine = Communique()
    deadline = Deadline(budget=0.5)
    doc = Document(
        text="Außenministerin Anna Berg traf am Montag Minister Tom Lind.", language="de"
    )
    record = engine.extract_document(doc, deadline)
    assert record.events
