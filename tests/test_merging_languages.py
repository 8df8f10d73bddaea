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


def _person_ids(store: Store) -> dict[str, int]:
    return {
        str(name): int(actor_id)
        for actor_id, name in store.conn.execute(
            "SELECT n.actor_id, n.name FROM actor_names n JOIN actors a ON a.id = n.actor_id "
            "WHERE a.kind = 'person'"
        )
    }


def test_a_foreign_name_russian_writes_by_sound_is_one_actor(store: Store) -> None:
    ids = _person_ids(store)
    assert ids["Анналена Бербок"] == ids["Annalena Baerbock"]


def test_the_link_does_not_depend_on_the_order_of_ingest(
    tmp_path: Path, engine: Communique
) -> None:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    reversed_corpus = tmp_path / "reversed.jsonl"
    reversed_corpus.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    with Store(tmp_path / "r.db") as s:
        ingest(s, [str(reversed_corpus)], engine)
        ids = _person_ids(s)
        assert ids["Анналена Бербок"] == ids["Annalena Baerbock"]
        assert len(set(ids.values())) == 3  # Nurtleu, Baerbock, Lavrov


def test_a_name_of_the_same_sound_of_another_state_is_another_person(
    tmp_path: Path, engine: Communique
) -> None:
    texts = [
        "Foreign Minister of Sweden Anna Berg met Foreign Minister of Norway Tomas Lind in Oslo.",
        "Министр иностранных дел Эстонии Анна Борг встретилась в Таллине с министром "
        "иностранных дел Латвии Томасом Линдом.",
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    with Store(tmp_path / "s.db") as s:
        ingest(s, [str(folder)], engine)
        ids = _person_ids(s)
        assert ids["Anna Berg"] != ids["Анна Борг"]  # SWE and EST


def test_an_older_store_gets_the_sounds_of_its_names(tmp_path: Path, engine: Communique) -> None:
    from communique.store.database import MIGRATIONS

    db = tmp_path / "old.db"
    names = [mig.name for mig in MIGRATIONS]
    with Store(db, migrations=MIGRATIONS[: names.index("0006_actor_name_sounds")]) as old:
        old.conn.execute(
            "INSERT INTO actors(kind, name, key, affiliation) VALUES "
            "('person', 'Annalena Baerbock', 'person:barbock:a', 'DEU')"
        )
        old.conn.execute(
            "INSERT INTO actor_names(actor_id, name, folded) VALUES "
            "(1, 'Annalena Baerbock', 'analena barbock')"
        )
    with Store(db) as new:
        assert new.conn.execute("SELECT sound FROM actor_names").fetchone()[0] == "nln brbk"
        ingest(new, [str(CORPUS)], engine)
        ids = _person_ids(new)
        assert ids["Анналена Бербок"] == ids["Annalena Baerbock"] == 1
