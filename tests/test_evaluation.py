"""The evaluation's scoring (``communique eval``) on records of texts written for these tests:
pairs (optional pairs, persons only), event alignment (closest first, sides by code), place
and status of aligned events."""

from __future__ import annotations

from typing import Any

from communique.evaluation import Report, score_document
from communique.pipeline import Communique

TEXT = (
    "Foreign Minister Anna Berg met Chancellor Karl Huber in Vienna on Monday. "
    "Norway and Chile renewed negotiations in Oslo. "
    "President Eva Lind will meet Prime Minister Tom Okafor in Lima next week."
)


def _gold(**changes: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {
        "doc": "test_doc",
        "lang": "en",
        "people": [
            {"name": "Anna Berg", "role": "foreign_minister"},
            {"name": "Karl Huber", "role": "head_of_government"},
            {"name": "Eva Lind", "role": "head_of_state"},
            {"name": "Tom Okafor", "role": "head_of_government"},
        ],
        "events": [
            {"kind": "meeting", "status": "occurred", "participants": ["Anna Berg", "Karl Huber"],
             "location": "Vienna"},
            {"kind": "meeting", "status": "occurred", "participants": [], "states": ["NOR", "CHL"],
             "location": "Oslo"},
            {"kind": "meeting", "status": "planned", "participants": ["Eva Lind", "Tom Okafor"],
             "location": "Lima"},
        ],
        "optional_pairs": [],
        "quotes": [],
    }  # fmt: skip
    gold.update(changes)
    return gold


def _score(engine: Communique, gold: dict[str, Any]) -> Report:
    record = engine.extract(TEXT, lang="en", published="2025-03-14")
    report = Report()
    score_document(gold, record, report)
    return report


def test_a_faithful_record_scores_full(engine: Communique) -> None:
    report = _score(engine, _gold())
    s = report.scores["en"]
    assert (s["pairs"].tp, s["pairs"].fp, s["pairs"].fn) == (1, 0, 0)  # the planned one: no pair
    assert (s["events"].tp, s["events"].fp, s["events"].fn) == (3, 0, 0)  # sides align by code
    assert (s["place"].tp, s["place"].fp, s["place"].fn) == (3, 0, 0)
    assert (s["status"].tp, s["status"].fp, s["status"].fn) == (1, 0, 0)


def test_a_missing_gold_pair_is_spurious_unless_optional(engine: Communique) -> None:
    events = _gold()["events"]
    events[0] = {**events[0], "participants": ["Anna Berg"]}
    strict = _score(engine, _gold(events=events)).scores["en"]["pairs"]
    assert (strict.tp, strict.fp, strict.fn) == (0, 1, 0)
    lenient = _score(engine, _gold(events=events, optional_pairs=[["Anna Berg", "Karl Huber"]]))
    p = lenient.scores["en"]["pairs"]
    assert (p.tp, p.fp, p.fn) == (0, 0, 0)


def test_a_wrong_status_counts_against_status(engine: Communique) -> None:
    events = _gold()["events"]
    events[2] = {**events[2], "status": "cancelled"}
    s = _score(engine, _gold(events=events)).scores["en"]["status"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_a_wrong_place_counts_and_is_listed(engine: Communique) -> None:
    events = _gold()["events"]
    events[0] = {**events[0], "location": "Graz"}
    report = _score(engine, _gold(events=events))
    s = report.scores["en"]["place"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    assert "test_doc: place of meeting (Anna Berg, Karl Huber): Vienna (gold Graz)" in (
        report.details
    )


def test_a_missed_quote_is_listed(engine: Communique) -> None:
    report = _score(engine, _gold(quotes=[{"speaker": "Anna Berg", "starts_with": "We agree"}]))
    s = report.scores["en"]["quote_speaker"]
    assert (s.tp, s.fp, s.fn) == (0, 0, 1)
    assert "test_doc: missed quote 'We agree'" in report.details


def _causes(engine: Communique, gold: dict[str, Any], text: str = TEXT) -> dict[str, int]:
    record = engine.extract(text, lang="en", published="2025-03-14")
    report = Report()
    score_document(gold, record, report, text)
    return {k: v for k, v in report.causes["en"].items() if v and not k.startswith("told:")}


def _told(engine: Communique, gold: dict[str, Any], text: str) -> dict[str, int]:
    record = engine.extract(text, lang="en", published="2025-03-14")
    report = Report()
    score_document(gold, record, report, text)
    return {k: v for k, v in report.causes["en"].items() if v and k.startswith("told:")}


def test_a_pair_the_gold_holds_and_the_record_misses_says_why(engine: Communique) -> None:
    events = _gold()["events"]
    # the planned meeting held in gold: both sit at the record's planned meeting
    events[2] = {**events[2], "status": "occurred"}
    assert _causes(engine, _gold(events=events)) == {"missed:together_not_held": 1}
    # a person the text never names (only "a guest"): unnamed, not unrecognised
    people = [*_gold()["people"], {"name": "Ines Quarry", "role": "other"}]
    events = _gold()["events"]
    events[0] = {**events[0], "participants": ["Anna Berg", "Karl Huber", "Ines Quarry"]}
    assert _causes(engine, _gold(people=people, events=events)) == {"missed:person_unnamed": 2}


def test_a_named_person_the_record_does_not_seat_is_not_in_an_event(engine: Communique) -> None:
    text = TEXT + " Minister Rosa Quint later praised the talks."
    people = [*_gold()["people"], {"name": "Rosa Quint", "role": "minister"}]
    events = _gold()["events"]
    events[0] = {**events[0], "participants": ["Anna Berg", "Karl Huber", "Rosa Quint"]}
    causes = _causes(engine, _gold(people=people, events=events), text)
    assert causes == {"missed:not_in_an_event": 2}


def test_a_spurious_pair_says_whether_the_gold_knows_the_people(engine: Communique) -> None:
    # the gold does not list Karl Huber: the record's pair is with a person the gold lacks
    people = [p for p in _gold()["people"] if p["name"] != "Karl Huber"]
    events = _gold()["events"]
    events[0] = {**events[0], "participants": ["Anna Berg"]}
    assert _causes(engine, _gold(people=people, events=events)) == {"spurious:not_a_gold_person": 1}
    # the gold has the meeting as planned: a held pair of a planned gold meeting
    events = _gold()["events"]
    events[0] = {**events[0], "status": "planned"}
    assert _causes(engine, _gold(events=events)) == {"spurious:gold_event_not_held": 1}


def test_a_missed_pair_says_whether_one_sentence_names_both(engine: Communique) -> None:
    """Missed pairs are counted by how the text tells them: both named in one sentence, or
    only across sentences (a meeting told over several)."""
    text = TEXT + " Minister Rosa Quint later praised the talks."
    people = [*_gold()["people"], {"name": "Rosa Quint", "role": "minister"}]
    events = _gold()["events"]
    events[0] = {**events[0], "participants": ["Anna Berg", "Karl Huber", "Rosa Quint"]}
    told = _told(engine, _gold(people=people, events=events), text)
    assert told == {"told:across_sentences": 2}
    # the planned meeting held in gold: its pair is named in one sentence
    events = _gold()["events"]
    events[2] = {**events[2], "status": "occurred"}
    assert _told(engine, _gold(events=events), TEXT) == {"told:in_one_sentence": 1}
