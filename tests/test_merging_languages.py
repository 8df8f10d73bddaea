"""Reports of one meeting in Russian, German and English become one event in the store.

The texts (``merge_corpus/cross_language.jsonl``) were written for this test: one meeting in
Astana told by a Kazakh release in Russian, a German release and an English wire, and another
meeting of the same minister in Moscow two weeks later.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.pipeline import Communique
from communique.store import Store
from communique.store.ingest import ingest

CORPUS = Path(__file__).resolve().parent / "merge_corpus" / "cross_language.jsonl"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, engine: Communique) -> Store:
    db = tmp_path_factory.mktemp("languages") / "s.db"
    s = Store(db)
    ingest(s, [str(CORPUS)], engine)
    return s


def _events(store: Store) -> dict[int, set[str]]:
    """Documents (their source names) of every event."""
    out: dict[int, set[str]] = {}
    for eid, source in store.conn.execute(
        "SELECT r.event_id, d.source FROM reports r JOIN documents d ON d.id = r.doc_id"
    ):
        out.setdefault(int(eid), set()).add(str(source).rsplit(":", 1)[-1])
    return out


def test_a_meeting_told_in_three_languages_is_one_event(store: Store) -> None:
    groups = [s for s in _events(store).values() if any("astana" in x for x in s)]
    assert len(groups) == 1, groups
    assert {x.split("#")[0].rsplit("/", 1)[-1] for x in groups[0]} >= {
        "2025-03-04-astana",
        "2025-03-05-nurtleu-baerbock",
    }
    assert len(groups[0]) == 3


def test_another_meeting_of_the_same_minister_stays_apart(store: Store) -> None:
    groups = [s for s in _events(store).values() if any("moskva" in x for x in s)]
    assert groups  # its meeting (and the summit it announces)
    assert all(s == {"mfa-kz/ru/2025-03-20-moskva"} for s in groups)


def test_the_russian_and_latin_spellings_are_one_actor(store: Store) -> None:
    names = {
        str(r[0])
        for r in store.conn.execute(
            "SELECT n.name FROM actor_names n JOIN actors a ON a.id = n.actor_id "
            "WHERE a.key = 'person:nurtleu:m'"
        )
    }
    assert {"Мурат Нуртлеу", "Murat Nurtleu"} <= names
