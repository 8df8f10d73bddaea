"""The FactRuEval-2016 check: reading the corpus format and the arithmetic of the scores.

The fixtures (``tests/fixtures/factrueval/``) are invented texts in the corpus' format; the
system's output is written here by hand, so the scores are checked independently of how well
the Russian pack reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.factrueval import (
    FactRuEvalReport,
    check_factrueval,
    match_actor,
    score_text,
)
from communique.factrueval_files import fold, load_text, same_word
from communique.record import Actor, Document, Event, Record, Role
from communique.spans import make_span

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "factrueval"
DEVSET = FIXTURES / "ru-factrueval2016" / "devset"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _actor(text: str, aid: str, name: str, *at: str, **kw: object) -> Actor:
    """A person actor named ``name`` with mentions at the first occurrence of each ``at``."""
    spans = [make_span(text, text.index(s), text.index(s) + len(s)) for s in at]
    return Actor(aid, "person", name, mentions=spans, **kw)  # type: ignore[arg-type]


def _records() -> dict[str, Record]:
    out: dict[str, Record] = {}
    t1 = load_text(DEVSET, "book_1").text
    t2 = load_text(DEVSET, "book_2").text
    t3 = load_text(DEVSET, "book_3").text
    start = t1.index("Министр иностранных дел")
    r1 = Record(Document(t1))
    r1.actors = [
        # by its mention span; role by span
        _actor(
            t1,
            "A1",
            "Жан Дюпон",
            "Дюпон",
            role=Role(
                "foreign_minister", "Министр иностранных дел", make_span(t1, start, start + 23)
            ),
            affiliation="FRA",
        ),
        # by name only (no mentions); role by words; organisation by name
        Actor(
            "A2",
            "person",
            "Иван Соколов",
            role=Role("other", "директора"),
            organization="Северный ветер",
        ),
        Actor("A3", "person", "Пётр Неизвестный"),  # no gold entity: its pairs are spurious
    ]
    r1.events = [Event("E1", "meeting", "occurred", ["A1", "A2", "A3"])]
    out[t1] = r1
    r2 = Record(Document(t2))
    r2.actors = [
        # wrong role, right affiliation (Италия ~ "МИД Италии")
        _actor(
            t2, "A1", "Марко Росси", "Росси", role=Role("ambassador", "посол"), affiliation="ITA"
        ),
        _actor(t2, "A2", "Анна Шмидт", "Шмидт"),
    ]
    r2.events = [Event("E1", "meeting", "occurred", ["A1", "A2"])]  # gold: planned
    out[t2] = r2
    r3 = Record(Document(t3))
    r3.actors = [Actor("A1", "person", "Синоптик"), Actor("A2", "state", "Россия")]
    r3.events = [Event("E1", "call", "planned", ["A1", "A2"])]  # a text without Meeting facts
    out[t3] = r3
    return out


class _Fake:
    def __init__(self, records: dict[str, Record]) -> None:
        self.records = records
        self.langs: list[str | None] = []

    def extract(self, text: str, lang: str | None = None) -> Record:
        self.langs.append(lang)
        return self.records.get(text) or Record(Document(text))


def test_reads_the_corpus_format() -> None:
    gold = load_text(DEVSET, "book_1")
    assert gold.tokens_checked == 26 and gold.tokens_mismatched == 0
    assert set(gold.entities) == {"11", "12", "13", "14", "15"}
    sokolov = gold.entities["14"]
    assert [gold.text[s:e] for s, e in sokolov.spans] == ["Иваном", "Соколовым", "Соколов"]
    assert {"соколов", "иван соколов", "соколов иван"} <= sokolov.names
    assert [(m.participants, m.status) for m in gold.meetings] == [(("11", "14"), "occurred")]
    occ = gold.occupations
    assert [(o.who, o.positions[0][2], o.where) for o in occ] == [
        ("11", "Министр иностранных дел", "12"),
        ("14", "директор", "15"),
    ]
    two = load_text(DEVSET, "book_2")
    assert [m.status for m in two.meetings] == ["planned"]  # Модальность будущее
    assert len(two.occupations) == 1  # the fact repeated verbatim counts once
    assert load_text(DEVSET, "book_3").meetings == []


def test_scores_add_up() -> None:
    fake = _Fake(_records())
    report = check_factrueval(fake, FIXTURES, "dev")
    assert fake.langs == ["ru", "ru", "ru"]
    assert report.texts == 3 and report.with_meetings == 2
    assert report.tokens_checked > 0 and report.tokens_mismatched == 0
    # book_1: {Дюпон, Соколов} right, two pairs with the unknown actor spurious;
    # book_2: {Росси, Шмидт} right (status wrong); book_3: one spurious pair
    assert (report.pairs.tp, report.pairs.fp, report.pairs.fn) == (2, 3, 0)
    assert report.pairs.precision == pytest.approx(0.4)
    assert report.pairs.recall == 1.0
    assert report.pairs.f1 == pytest.approx(2 * 0.4 / 1.4)
    assert (report.status.hits, report.status.total) == (1, 2)
    # Occupation: Дюпон, Соколов, Росси are output (3/3); positions 2 of 3 right
    assert (report.persons.hits, report.persons.total) == (3, 3)
    assert (report.position.tp, report.position.fp, report.position.fn) == (2, 1, 1)
    assert (report.organisation.tp, report.organisation.fp, report.organisation.fn) == (3, 0, 0)
    text = "\n".join(report.lines())
    assert "P 0.400 (2/5)  R 1.000 (2/2)" in text
    assert any("status occurred, gold planned" in d for d in report.details)
    assert sum("spurious pair" in d for d in report.details) == 3


def test_missed_pairs_and_silent_system() -> None:
    records = _records()
    t2 = load_text(DEVSET, "book_2").text
    del records[t2]
    report = check_factrueval(_Fake(records), FIXTURES, "dev")
    assert (report.pairs.tp, report.pairs.fp, report.pairs.fn) == (1, 3, 1)
    silent = check_factrueval(_Fake({}), FIXTURES, "dev")
    assert (silent.pairs.tp, silent.pairs.fp, silent.pairs.fn) == (0, 0, 2)
    assert silent.pairs.precision == 0.0 and silent.pairs.f1 == 0.0
    assert (silent.position.tp, silent.position.fn) == (0, 3)
    assert (silent.persons.hits, silent.persons.total) == (0, 3)


def test_actor_matching() -> None:
    gold = load_text(DEVSET, "book_1")
    text = gold.text
    assert match_actor(_actor(text, "A", "Дюпон", "Жан Дюпон"), gold) == "11"  # overlap
    assert match_actor(Actor("A", "person", "Соколов Иван"), gold) == "14"  # name field
    assert match_actor(Actor("A", "person", "Франция"), gold) == "12"
    assert match_actor(Actor("A", "person", "Пётр Соколовский"), gold) is None
    assert same_word("главой", "глава") and same_word("италии", "италия")
    assert not same_word("россия", "рим") and not same_word("мид", "мир")
    assert fold("Пётр «Север»") == "петр север" and fold("Йемен") == "йемен"


def test_crlf_text_with_lf_offsets(tmp_path: Path) -> None:
    """Offsets count characters of the LF text: a CRLF copy is read in its LF form."""
    folder = tmp_path / "ru-factrueval2016" / "devset"
    folder.mkdir(parents=True)
    text = "Первая строка.\n\nВторая строка.\n"
    (folder / "book_9.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    rows = [f"{i} {text.index(w)} {len(w)} {w}" for i, w in enumerate(["Первая", "Вторая"])]
    (folder / "book_9.tokens").write_text("\n".join(rows) + "\n", encoding="utf-8")
    gold = load_text(folder, "book_9")
    assert gold.text == text and gold.tokens_mismatched == 0
    report = FactRuEvalReport("dev")
    score_text(report, gold, Record(Document(gold.text)))
    assert report.texts == 1 and report.pairs.fp == 0


@pytest.mark.parametrize("split", ["dev", "test"])
def test_shared_corpus_reads_cleanly(split: str) -> None:
    if not (SHARED / "ru-factrueval2016").is_dir():
        pytest.skip("../shared/corpora/ru-factrueval2016 not available")
    report = check_factrueval(_Fake({}), SHARED, split)
    assert report.texts > 100 and report.tokens_mismatched == 0
    assert report.with_meetings == report.subset_rows
    assert report.pairs.fn > 0 and report.position.fn > 0


def test_precision_counts_answers_recall_counts_facts() -> None:
    """Two actors for one person are two answers but one gold fact."""
    records = _records()
    t1 = load_text(DEVSET, "book_1").text
    twin = _actor(t1, "A9", "Дюпон", "Жан", role=Role("minister", "министр"))
    records[t1].actors.append(twin)
    report = check_factrueval(_Fake(records), FIXTURES, "dev")
    pos = report.position
    assert (pos.tp, pos.fp, pos.hit, pos.fn) == (3, 1, 2, 1)
    assert pos.precision == pytest.approx(0.75) and pos.recall == pytest.approx(2 / 3)
    assert "P 0.750 (3/4)  R 0.667 (2/3)" in "\n".join(report.lines())
