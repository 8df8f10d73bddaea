"""Knowledge beyond the text (issue 8): affiliations from the store's registry of actors,
each named in ``actors[].inferred`` with its source; never from a guess, never from itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.known import KnownFacts, apply_known
from communique.pipeline import Communique
from communique.record import Actor, Record
from communique.store.database import Store
from communique.store.ingest import ingest
from communique.store.registry import StoreRegistry

STATED = "Indian Prime Minister Rahul Mehra met German Chancellor Karl Huber in Berlin on Monday."
UNSTATED = "Prime Minister Rahul Mehra met French President Anne Morel in Paris on Tuesday."
OTHER_STATE = "Nepalese Prime Minister Rahul Mehra met Chancellor Karl Huber in Vienna on Friday."


def _actor(record: Record, name: str) -> Actor:
    return next(a for a in record.actors if a.name == name)


class _Fixed:
    """A knowledge source that knows one affiliation for everyone."""

    def lookup(self, actor: Actor, record: Record) -> KnownFacts | None:
        del actor, record
        return KnownFacts(source="kb:test", affiliation="NPL")


def test_known_fills_only_what_the_text_leaves_empty(engine: Communique) -> None:
    record = engine.extract(UNSTATED, lang="en", known=_Fixed())
    mehra, morel = _actor(record, "Rahul Mehra"), _actor(record, "Anne Morel")
    assert (mehra.affiliation, mehra.inferred) == ("NPL", {"affiliation": "kb:test"})
    assert (morel.affiliation, morel.inferred) == ("FRA", {})  # the text says French
    plain = engine.extract(UNSTATED, lang="en")
    assert _actor(plain, "Rahul Mehra").affiliation is None
    assert apply_known(plain, _Fixed()) == 1


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "known.db") as s:
        yield s


def _ingest(store: Store, engine: Communique, tmp_path: Path, *texts: str) -> None:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"doc{len(list(tmp_path.glob('*.txt')))}_{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    ingest(store, paths, engine)


def test_the_registry_knows_what_other_documents_state(
    engine: Communique, store: Store, tmp_path: Path
) -> None:
    _ingest(store, engine, tmp_path, STATED)
    record = engine.extract(UNSTATED, lang="en", known=StoreRegistry(store))
    mehra = _actor(record, "Rahul Mehra")
    assert mehra.affiliation == "IND"
    assert mehra.inferred["affiliation"].startswith("store:actor/")
    # an inferred affiliation is no attestation: storing the record adds none
    _ingest(store, engine, tmp_path, UNSTATED)
    rows = store.conn.execute(
        "SELECT r.affiliation FROM actor_roles r JOIN actors a ON a.id = r.actor_id "
        "WHERE a.name = 'Rahul Mehra'"
    ).fetchall()
    assert sorted(str(a) for (a,) in rows) == ["IND", "None"]


def test_the_registry_says_nothing_when_documents_disagree(
    engine: Communique, store: Store, tmp_path: Path
) -> None:
    _ingest(store, engine, tmp_path, STATED, OTHER_STATE)
    record = engine.extract(UNSTATED, lang="en", known=StoreRegistry(store))
    mehra = _actor(record, "Rahul Mehra")
    assert (mehra.affiliation, mehra.inferred) == (None, {})


def test_the_registry_needs_a_full_name_and_another_document(
    engine: Communique, store: Store, tmp_path: Path
) -> None:
    _ingest(store, engine, tmp_path, STATED)
    record = engine.extract("President Anne Morel met Mehra in Paris.", lang="en",
                            known=StoreRegistry(store))  # fmt: skip
    assert all(not a.inferred for a in record.actors)
    # the document itself is no source of knowledge about itself
    again = engine.extract(STATED, lang="en", known=StoreRegistry(store))
    assert all(not a.inferred for a in again.actors)


def test_extract_known_cli(engine: Communique, store: Store, tmp_path: Path) -> None:
    _ingest(store, engine, tmp_path, STATED)
    text = tmp_path / "unstated.txt"
    text.write_text(UNSTATED, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(text), "--lang", "en", "--known", str(store.path)])
    assert result.exit_code == 0, result.output
    assert '"affiliation": "store:actor/' in result.output
    missing = runner.invoke(main, ["extract", str(text), "--known", str(tmp_path / "none.db")])
    assert missing.exit_code == 2
    assert "none.db: no such database" in missing.output
