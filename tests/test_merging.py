"""Actors and events across documents: spelling variants, merged reports, planned -> held."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from communique.pipeline import Communique
from communique.record import Actor, Document, Record
from communique.store import Store, merging
from communique.store.identity import actor_key, fold_name, person_key
from communique.store.ingest import ingest
from communique.store.merging import Report, announces, compatible

CORPUS = Path(__file__).resolve().parent / "store_corpus"


# ------------------------------------------------------------------------ identity


@pytest.mark.parametrize(
    "variants",
    [
        ("Roman Wassilenko", "Roman Vassilenko", "Roman Vasilenko", "Роман Василенко"),
        ("Kassym-Jomart Tokajew", "Kassym-Jomart Tokayev", "Касым-Жомарт Токаев"),
        ("Sergej Lawrow", "Sergey Lavrov", "Сергей Лавров"),
        ("Maria Sacharowa", "Maria Zakharova", "Мария Захарова"),
        ("Wolodymyr Selenskyj", "Volodymyr Zelensky", "Володимир Зеленський"),
        ("Dmitri Medwedew", "Dmitry Medvedev", "Дмитрий Медведев"),
        ("Jürgen Müller", "Juergen Mueller", "JÜRGEN MÜLLER"),
        ("Georgi Schukow", "Georgy Zhukov", "Георгий Жуков"),
    ],
)
def test_spelling_variants_share_a_person_key(variants: tuple[str, ...]) -> None:
    keys = {person_key(v) for v in variants}
    assert len(keys) == 1, {v: person_key(v) for v in variants}


def test_different_people_keep_different_keys() -> None:
    assert person_key("Roman Vassilenko") != person_key("Olga Vassilenko")
    assert person_key("Sergey Lavrov") != person_key("Sergey Lavrentiev")
    assert person_key("Ursula von der Leyen") == person_key("Ursula Leyen")
    assert fold_name("Brüssel") == fold_name("Brussel")


def _record(*names: str) -> Record:
    doc = Document(text=" ".join(names))
    actors = [Actor(id=f"A{i}", kind="person", name=n) for i, n in enumerate(names, 1)]
    return Record(document=doc, actors=actors)


def test_surname_only_actor_joins_the_unambiguous_full_name() -> None:
    rec = _record("Roman Wassilenko", "Wassilenko", "Kaja Kallas")
    assert actor_key(rec.actors[1], rec) == "person:vasilenko:r"
    ambiguous = _record("Roman Wassilenko", "Olga Wassilenko", "Wassilenko")
    assert actor_key(ambiguous.actors[2], ambiguous) == "person:vasilenko:"
    alone = _record("Wassilenko")
    assert actor_key(alone.actors[0], alone) == "person:vasilenko:"


def test_states_and_organisations_are_keyed_by_code() -> None:
    state = Actor(id="A1", kind="state", name="Kasachstan", affiliation="KAZ")
    org = Actor(id="A2", kind="organization", name="Europäische Kommission", affiliation="EU")
    assert actor_key(state) == "state:KAZ"
    assert actor_key(org) == "org:EU:europaishe komision"
    same = Actor(id="A3", kind="organization", name="EUROPÄISCHE KOMMISSION", affiliation="EU")
    other = Actor(id="A4", kind="organization", name="Europäische Kommission", affiliation="UN")
    assert actor_key(same) == actor_key(org) != actor_key(other)


# ------------------------------------------------------------------ compatibility


def _report(doc: str, **kw: Any) -> Report:
    base: dict[str, Any] = dict(
        doc_id=doc, local_id="E1", kind="meeting", status="occurred",
        start=dt.date(2025, 2, 14), end=dt.date(2025, 2, 14), published=dt.date(2025, 2, 15),
        location="Brussels", country="BEL", lat=50.85, lon=4.35, name=None,
        actors={1: "person:vasilenko:r", 2: "person:kalas:k"}, event_id=None,
    )  # fmt: skip
    base.update(kw)
    return Report(**base)


def test_compatibility_rules() -> None:
    a = _report("a")
    assert compatible(a, _report("b", location="Brüssel", lat=50.85, lon=4.36))
    assert compatible(a, _report("b", location=None, lat=None, lon=None))
    assert not compatible(a, _report("a"))  # one document never merges with itself
    assert not compatible(a, _report("b", kind="call"))
    assert compatible(a, _report("b", kind="conference"))
    assert not compatible(a, _report("b", status="planned"))
    assert not compatible(a, _report("b", location="Vienna", country="AUT", lat=48.2, lon=16.37))
    assert not compatible(a, _report("b", start=dt.date(2025, 6, 3), end=dt.date(2025, 6, 3)))
    assert not compatible(a, _report("b", actors={1: "person:vasilenko:r", 3: "person:x:y"}))
    # surname-only actor of another document matches by surname
    assert compatible(a, _report("b", actors={7: "person:vasilenko:", 2: "person:kalas:k"}))
    # one undated report published within a week after the other's date
    assert compatible(a, _report("b", start=None, end=None, published=dt.date(2025, 2, 17)))
    assert not compatible(a, _report("b", start=None, end=None, published=dt.date(2025, 3, 30)))
    # a single shared participant needs known dates on both sides
    solo = _report("c", actors={1: "person:vasilenko:r"}, start=None, end=None)
    assert not compatible(
        solo, _report("d", actors={1: "person:vasilenko:r"}, start=None, end=None)
    )
    assert compatible(_report("c", actors={1: "person:vasilenko:r"}), a)


def test_planned_report_announces_the_held_one() -> None:
    plan = _report("p", status="planned", start=dt.date(2025, 2, 10), end=dt.date(2025, 2, 16))
    assert announces(plan, _report("h"))
    assert not announces(plan, _report("h", start=dt.date(2025, 4, 1), end=dt.date(2025, 4, 1)))
    undated = _report("p", status="planned", start=None, end=None, published=dt.date(2025, 2, 1))
    assert announces(undated, _report("h"))
    assert not announces(_report("h"), plan)


# ------------------------------------------------------------------- store corpus


def _events(store: Store) -> set[tuple[Any, ...]]:
    """Each event as (kind, status, date, sources, participants, planned-event sources)."""
    conn = store.conn

    def sources(event_id: int | None) -> tuple[str, ...]:
        if event_id is None:
            return ()
        rows = conn.execute(
            "SELECT d.source FROM reports r JOIN documents d ON d.id = r.doc_id "
            "WHERE r.event_id = ?",
            (event_id,),
        )
        return tuple(sorted(r[0] for r in rows))

    out = set()
    for eid, kind, status, start, n, planned in conn.execute(
        "SELECT id, kind, status, date_start, n_sources, planned_event_id FROM events"
    ):
        who = tuple(
            sorted(
                r[0]
                for r in conn.execute(
                    "SELECT a.key FROM event_participants p JOIN actors a ON a.id = p.actor_id "
                    "WHERE p.event_id = ?",
                    (eid,),
                )
            )
        )
        assert n == len(sources(eid))
        out.add((kind, status, start, sources(eid), who, sources(planned)))
    return out


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, engine: Communique) -> Store:
    db = tmp_path_factory.mktemp("corpus") / "s.db"
    store = Store(db)
    ingest(store, [str(CORPUS)], engine, batch_size=2)
    return store


def test_one_meeting_in_three_reports_is_one_event(corpus_store: Store) -> None:
    events = _events(corpus_store)
    brussels = [e for e in events if e[2] == "2025-02-14"]
    assert len(brussels) == 1
    kind, status, _, sources, who, _ = brussels[0]
    assert (kind, status) == ("meeting", "occurred")
    assert sources == (
        "agentur/2025-02-15-kallas",
        "mfa-kz/2025-02-14-bruessel",
        "mfa-kz/en/2025-02-15-brussels",
    )
    assert who == ("person:kalas:k", "person:vasilenko:r")
    names = {
        r[0]
        for r in corpus_store.conn.execute(
            "SELECT n.name FROM actor_names n JOIN actors a ON a.id = n.actor_id "
            "WHERE a.key = 'person:vasilenko:r'"
        )
    }
    assert names == {"Roman Wassilenko", "Roman Wasilenko", "Roman Vassilenko"}
    reasons = [r[0] for r in corpus_store.conn.execute("SELECT reason FROM event_explanations")]
    assert sum("2 shared participants" in r for r in reasons) == 2


def test_same_people_on_another_date_is_another_event(corpus_store: Store) -> None:
    june = [e for e in _events(corpus_store) if e[2] == "2025-06-03"]
    assert len(june) == 1 and june[0][3] == ("mfa-kz/2025-06-03-astana",)
    assert june[0][4] == ("person:kalas:k", "person:vasilenko:r")


def test_planned_meeting_links_to_its_report(corpus_store: Store) -> None:
    events = _events(corpus_store)
    held = [e for e in events if e[2] == "2025-03-11"]
    assert len(held) == 1
    assert held[0][5] == ("mfa-kz/en/2025-03-03-announcement",)
    planned = [e for e in events if e[1] == "planned"]
    assert len(planned) == 1 and planned[0][3] == ("mfa-kz/en/2025-03-03-announcement",)
    assert all(e[5] == () for e in events if e is not held[0])


def test_role_attestations_carry_the_event_date(corpus_store: Store) -> None:
    rows = corpus_store.conn.execute(
        "SELECT r.role_class, r.date FROM actor_roles r JOIN actors a ON a.id = r.actor_id "
        "WHERE a.key = 'person:nurtleu:m' ORDER BY r.date"
    ).fetchall()
    # the announcement attests the role at its publication date, the report at the meeting
    assert rows == [("foreign_minister", "2025-03-03"), ("foreign_minister", "2025-03-11")]


def _dump_events(store: Store) -> list[tuple[Any, ...]]:
    conn = store.conn
    return [
        *conn.execute("SELECT * FROM events ORDER BY id"),
        *conn.execute("SELECT * FROM event_participants ORDER BY 1, 2"),
        *conn.execute("SELECT * FROM event_explanations ORDER BY 2, 3"),
        *conn.execute("SELECT doc_id, local_id, event_id FROM reports ORDER BY 1, 2"),
    ]


def test_rebuild_gives_the_same_events_as_incremental_ingest(
    tmp_path: Path, engine: Communique
) -> None:
    from test_ingest import make_folder  # the generated corpus with repeated meetings
    from test_search import report_docs_in_step

    folder = make_folder(tmp_path / "in", 60)
    shutil.copytree(CORPUS, folder / "corpus")
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(folder)], engine, batch_size=3)
        incremental = _dump_events(store)
        assert store.counts()["events"] < store.counts()["reports"]
        report_docs_in_step(store.conn)  # the full-text path to events followed every merge
        with store.transaction():
            merging.rebuild(store)
        assert _dump_events(store) == incremental
        report_docs_in_step(store.conn)


def test_ingest_order_does_not_change_the_grouping(tmp_path: Path, engine: Communique) -> None:
    files = sorted(CORPUS.glob("*.jsonl"))
    with Store(tmp_path / "a.db") as forward, Store(tmp_path / "b.db") as backward:
        for f in files:
            ingest(forward, [str(f)], engine)
        for f in reversed(files):
            ingest(backward, [str(f)], engine)
        assert _events(forward) == _events(backward)


def test_records_are_kept_whole(corpus_store: Store) -> None:
    for (payload,) in corpus_store.conn.execute("SELECT record FROM documents"):
        record = json.loads(payload)
        assert record["schema"] == "communique.record/1" and record["events"]


# --------------------------------------------- reports of the same meetings, some undated

MERGE_CORPUS = Path(__file__).resolve().parent / "merge_corpus" / "reports.jsonl"


def _groups(store: Store) -> set[frozenset[str]]:
    """Each event as the set of its sources (what does not depend on event ids)."""
    out: dict[int, set[str]] = {}
    for event_id, source in store.conn.execute(
        "SELECT r.event_id, d.source FROM reports r JOIN documents d ON d.id = r.doc_id"
    ):
        out.setdefault(int(event_id), set()).add(str(source))
    return {frozenset(v) for v in out.values()}


EXPECTED_GROUPS = {
    frozenset({"kurier/wien-arbeitsgespraech", "standard/blanar-in-wien"}),
    frozenset({"tagesblatt/muenchen-treffen", "wire/baerbock-wang"}),
    frozenset({"gazette/white-house", "herald/oval-office"}),
    frozenset({"kurier/pressburg-besuch"}),
}


@pytest.mark.parametrize("order", ["forward", "backward", "shuffled", "one by one"])
def test_reports_of_three_meetings_become_three_events_in_any_order(
    tmp_path: Path, engine: Communique, order: str
) -> None:
    """Three pairs of reports (German, English, both), one of each pair without a date the
    text resolves (no weekday anchor: "am Mittwoch" published "2025-02"; no date at all),
    become three events with two sources each; the same pair meeting a month later in
    Bratislava stays apart; any ingest order gives the same grouping."""
    lines = MERGE_CORPUS.read_text(encoding="utf-8").splitlines()
    if order == "backward":
        lines.reverse()
    elif order == "shuffled":
        lines = [lines[i] for i in (3, 6, 0, 5, 1, 4, 2)]
    with Store(tmp_path / "s.db") as store:
        chunks = [[line] for line in lines] if order == "one by one" else [lines]
        for i, chunk in enumerate(chunks):
            path = tmp_path / f"part{i}.jsonl"
            path.write_text("\n".join(chunk) + "\n", encoding="utf-8")
            ingest(store, [str(path)], engine, batch_size=2)
        assert _groups(store) == EXPECTED_GROUPS
        reasons = {
            src: reason
            for src, reason in store.conn.execute(
                "SELECT d.source, x.reason FROM event_explanations x "
                "JOIN documents d ON d.id = x.doc_id"
            )
        }
        undated = {"standard/blanar-in-wien", "wire/baerbock-wang", "herald/oval-office"}
        for src in undated:  # the undated report joins by its publication date
            assert "report published" in reasons[src], reasons[src]
        assert "published 2025-02 within" in reasons["standard/blanar-in-wien"]
        before = _events(store)
        with store.transaction():
            merging.rebuild(store)
        assert _events(store) == before and _groups(store) == EXPECTED_GROUPS


def test_an_undated_report_between_two_meetings_chains_nothing() -> None:
    """Two meetings of one pair ten days apart and an undated report published between them:
    the report fits both equally, so it stays apart instead of gluing them together."""
    first = _report("a", start=dt.date(2025, 2, 10), end=dt.date(2025, 2, 10))
    second = _report("b", start=dt.date(2025, 2, 20), end=dt.date(2025, 2, 20))
    month = _report(
        "c", start=None, end=None, published=dt.date(2025, 2, 1),
        published_end=dt.date(2025, 2, 28),
    )  # fmt: skip
    assert compatible(month, first) and compatible(month, second)
    assert merging.conflict(first, second)
    groups = merging._group(sorted([month, first, second], key=merging._rank))
    assert [[r.doc_id for r, _ in g] for g in groups] == [["a"], ["b"], ["c"]]
    assert "equally well" in groups[2][0][1]


@pytest.mark.parametrize(
    ("kind", "days_after", "same"),
    [
        ("call", 3, True),
        ("call", 5, False),
        ("meeting", 5, True),
        ("meeting", 8, False),
        ("conference", 10, True),
        ("conference", 14, False),
    ],
)
def test_publication_window_depends_on_the_kind(kind: str, days_after: int, same: bool) -> None:
    held = _report("a", kind=kind)
    later = dt.date(2025, 2, 14) + dt.timedelta(days=days_after)
    report = _report("b", kind=kind, start=None, end=None, published=later)
    assert bool(compatible(held, report)) is same
    assert bool(merging.conflict(held, report)) is not same


def test_partial_publication_dates() -> None:
    held = _report("a")  # 2025-02-14
    feb = _report("b", start=None, end=None, published=dt.date(2025, 2, 1),
                  published_end=dt.date(2025, 2, 28))  # fmt: skip
    assert compatible(held, feb)
    march = _report("c", start=None, end=None, published=dt.date(2025, 3, 1),
                    published_end=dt.date(2025, 3, 31))  # fmt: skip
    assert not compatible(held, march) and merging.conflict(held, march)
    year = _report("d", start=None, end=None, published=dt.date(2025, 1, 1),
                   published_end=dt.date(2025, 12, 31))  # fmt: skip
    assert not compatible(held, year)  # a year says nothing about when
    assert merging.conflict(held, year) is None
    # published before an occurred meeting took place: another meeting
    early = _report("e", start=None, end=None, published=dt.date(2025, 2, 2))
    assert merging.conflict(held, early)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Donald Trump", "Дональд Трамп"),
        ("Annalena Baerbock", "Анналена Бербок"),
        ("Beate Meinl-Reisinger", "Беате Майнль-Райзингер"),
        ("Olaf Scholz", "Олаф Шольц"),
        ("Antony Blinken", "Энтони Блинкен"),
        ("Emmanuel Macron", "Эммануэль Макрон"),
    ],
)
def test_names_russian_writes_by_sound_share_a_sound_key(latin: str, cyrillic: str) -> None:
    from communique.store.identity import person_key, sound_key

    assert person_key(latin) != person_key(cyrillic)  # different actors in the registry ...
    assert sound_key(person_key(latin)) == sound_key(person_key(cyrillic)) is not None
    # ... but evidence that two reports name the same participant


def test_sound_keys_keep_initials_and_short_names_apart() -> None:
    from communique.store.identity import person_key, sound_key

    assert sound_key(person_key("Donald Trump")) != sound_key(person_key("Melania Trump"))
    assert sound_key(person_key("Wang Yi")) is None  # too short to tell by sound
    assert sound_key("state:USA") is None
