"""PLOVER's story date: an event the texts do not date takes the publication date of its
earliest source (``communique.store.plover.plover_date``), marked ``date_source``; only an
event with neither date is left out, and the export's notes say how many and why."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from communique.store import Store
from communique.store.export import export
from communique.store.plover import (
    NO_DATE,
    UNREADABLE_PUBLISHED,
    LeftOut,
    PloverDate,
    full_date,
    plover_date,
)
from communique.store.query import EventRow, Source
from test_query import build_store, doc_id


def event(start: str | None, *published: str | None, end: str | None = None) -> EventRow:
    sources = tuple(Source(f"d{i}", "E1", None, None, p, "en") for i, p in enumerate(published))
    return EventRow(
        1, "meeting", "occurred", start, end or start, None, None, None, None, None, (), None,
        len(sources), None, (), sources,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-04", ("2025-03-04", "day")),
        ("2025-03", ("2025-03-01", "month")),
        ("2025", ("2025-01-01", "year")),
        ("2025-06-26T10:00:00Z", ("2025-06-26", "day")),
        ("2025-06-26T23:30:00+02:00", ("2025-06-26", "day")),
        ("2025-06-26 08:00", ("2025-06-26", "day")),
        (" 2025-06-26 ", ("2025-06-26", "day")),
        ("2025-13", None),
        ("2025-02-00", None),
        ("26.06.2025", None),
        ("June 2025", None),
        ("", None),
        ("20250626", None),
    ],
)
def test_full_date(value: str, expected: tuple[str, str] | None) -> None:
    assert full_date(value) == expected


@pytest.mark.parametrize(
    ("ev", "expected"),
    [
        (event("2025-02-14", "2025-02-15"), PloverDate("2025-02-14", "day", "event")),
        (event("2025-06", "2025-05-20"), PloverDate("2025-06-01", "month", "event")),
        (event(None, "2025-02-15"), PloverDate("2025-02-15", "day", "publication")),
        # the earliest source, whatever the order
        (event(None, "2025-02-15", "2025-02-11"), PloverDate("2025-02-11", "day", "publication")),
        # a source without a date does not count; a date-time gives its date
        (event(None, None, "2025-06-26T10:00:00Z"), PloverDate("2025-06-26", "day", "publication")),
        # partial stays partial (first day, and its precision)
        (event(None, "2025-02"), PloverDate("2025-02-01", "month", "publication")),
        (event(None, "2024"), PloverDate("2024-01-01", "year", "publication")),
        # of two sources of the same first day, the one that knows the day
        (event(None, "2025-02", "2025-02-01"), PloverDate("2025-02-01", "day", "publication")),
        (event(None, "2025-02", "2025-03-01"), PloverDate("2025-02-01", "month", "publication")),
        # an unreadable publication date is skipped, a readable one of another source used
        (event(None, "gestern", "2025-02-15"), PloverDate("2025-02-15", "day", "publication")),
        (event(None, "gestern"), LeftOut(UNREADABLE_PUBLISHED)),
        (event(None, None), LeftOut(NO_DATE)),
        (event(None), LeftOut(NO_DATE)),
    ],
)  # fmt: skip
def test_plover_date(ev: EventRow, expected: PloverDate | LeftOut) -> None:
    assert plover_date(ev) == expected


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_store(tmp_path / "t.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def validator() -> Any:
    text = (resources.files("communique") / "schemas" / "plover.schema.json").read_text("utf-8")
    schema = json.loads(text)
    return jsonschema.validators.validator_for(schema)(schema)


def records(path: Path) -> dict[str, dict[str, Any]]:
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    return {r["id"]: r for r in recs}


def set_published(store: Store, key: str, value: str | None) -> None:
    with store.transaction() as c:
        c.execute("UPDATE documents SET published = ? WHERE id = ?", (value, doc_id(key)))


def test_partial_publication_date_stays_partial(
    store: Store, tmp_path: Path, validator: Any
) -> None:
    set_published(store, "g", "2025-01")  # the source of event 6, which has no date
    out = tmp_path / "p.jsonl"
    summary = export(store, "plover", out)
    e6 = records(out)["communique-6"]
    validator.validate(e6)
    assert (e6["date"], e6["date_precision"], e6["date_source"]) == (
        "2025-01-01",
        "month",
        "publication",
    )
    assert summary.skipped == 0


def test_iso_datetime_publication_date(store: Store, tmp_path: Path, validator: Any) -> None:
    set_published(store, "g", "2025-01-10T09:15:00+01:00")
    out = tmp_path / "p.jsonl"
    export(store, "plover", out)
    e6 = records(out)["communique-6"]
    validator.validate(e6)
    assert (e6["date"], e6["date_source"]) == ("2025-01-10", "publication")
    assert "date_precision" not in e6 and "time" not in e6


@pytest.mark.parametrize(
    ("published", "why"),
    [(None, NO_DATE), ("kürzlich", UNREADABLE_PUBLISHED)],
)
def test_events_without_any_date_are_left_out_and_counted(
    store: Store, tmp_path: Path, published: str | None, why: str
) -> None:
    set_published(store, "g", published)
    out = tmp_path / "p.jsonl"
    summary = export(store, "plover", out)
    recs = records(out)
    assert "communique-6" not in recs and len(recs) == 6 and summary.skipped == 1
    assert summary.notes == [f"1 event left out: 1 {why}"]
