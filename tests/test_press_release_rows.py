"""The phrasing of ministries' press releases: courtesy calls ("called on"), an honorific
between a title and its name, "tauschte sich mit ... aus", a visit paid in the perfect tense,
a dateline ended by a full stop or a line's end. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2025-05-14"


def _events(engine: Communique, lang: str, text: str) -> list[tuple[str, str, set[str]]]:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    return [(e.kind, e.status, {names[p] for p in e.participants}) for e in record.events]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("en", "External Affairs Minister Ravi Menon called on President Maria Lopez of Chile "
         "on 12 March.", {"Ravi Menon", "Maria Lopez"}),
        ("en", "Ambassador Lee Min-ho called upon Governor Rita Osei in Accra.",
         {"Lee Min-ho", "Rita Osei"}),
        ("en", "Foreign Minister Ravi Menon paid a courtesy call on Governor Maria Lopez in "
         "Accra on Monday.", {"Ravi Menon", "Maria Lopez"}),
        ("de", "Der Staatssekretär im Auswärtigen Amt, Peter Schneider, tauschte sich mit der "
         "Botschafterin der Republik Korea, Kim Ji-won, über die Lage auf der koreanischen "
         "Halbinsel aus.", {"Peter Schneider", "Kim Ji-won"}),
        ("de", "Staatssekretär Peter Schneider hat sich am Montag mit Botschafterin Anna Berg "
         "über die Lage ausgetauscht.", {"Peter Schneider", "Anna Berg"}),
        ("de", "Außenministerin Maria Koch traf Botschafter Tom Berg zu einem Meinungsaustausch "
         "über die Lage in Syrien.", {"Maria Koch", "Tom Berg"}),
        ("de", "Staatssekretärin Anna Vogel stattete dem Gouverneur von Texas, Tom Price, einen "
         "Antrittsbesuch ab.", {"Anna Vogel", "Tom Price"}),
        ("de", "Staatssekretärin Anna Vogel hat Gouverneur Tom Price einen Antrittsbesuch "
         "abgestattet.", {"Anna Vogel", "Tom Price"}),
        ("de", "Staatssekretärin Anna Vogel hat am Dienstag Gouverneur Tom Price besucht.",
         {"Anna Vogel", "Tom Price"}),
    ],
)  # fmt: skip
def test_press_release_meetings(engine: Communique, lang: str, text: str, people: set[str]) -> None:
    assert _events(engine, lang, text) == [("meeting", "occurred", people)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "called on X to ...": an appeal, not a visit
        ("en", "Opposition leader Tom Hale called on Prime Minister Karl Brown to resign."),
        ("en", "Senator Jane Holt called on President Karl Huber on Monday to release the "
         "prisoners."),
        ("en", "The recall of the cars was called on Friday."),
        # people who visit together, named before the visit verb, do not meet each other
        ("en", "Crown Prince Frederik, Crown Princess Mary and Foreign Minister Lars Holm visited "
         "New York."),
        ("de", "Bundespräsident Karl Huber und Außenministerin Anna Berg haben New York besucht."),
        # "im Austausch mit": being in touch, no meeting
        ("de", "Der Verfassungsschutz ist im Austausch mit Innenminister Karl Huber."),
    ],
)  # fmt: skip
def test_no_press_release_meeting(engine: Communique, lang: str, text: str) -> None:
    assert [e for e in _events(engine, lang, text) if len(e[2]) >= 2] == []


@pytest.mark.parametrize(
    ("lang", "title", "text", "name"),
    [
        ("en", "foreign_minister", "Foreign Minister Dr. Ravi Menon met President Maria Lopez.",
         "Ravi Menon"),
        ("en", "foreign_minister", "Foreign Minister H.E. Ravi Menon met President Maria Lopez.",
         "Ravi Menon"),
        ("de", "minister", "Bundesminister Dr. Hans Huber traf am Dienstag den kroatischen "
         "Außenminister Goran Horvat in Wien.", "Hans Huber"),
    ],
)  # fmt: skip
def test_an_honorific_between_title_and_name(
    engine: Communique, lang: str, title: str, text: str, name: str
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    actor = next(a for a in record.actors if a.name == name)
    assert actor.role is not None and actor.role.cls == title


def test_a_sentence_end_before_an_honorific_still_parts_title_and_name(
    engine: Communique,
) -> None:
    text = "He met the Foreign Minister. Dr. Ravi Menon said it went well."
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert all(a.role is None for a in record.actors if a.name == "Ravi Menon")


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "Wien, 14. Mai 2025. Außenministerin Claudia Reiter empfing heute den "
         "Außenminister der Republik Moldau, Ion Rusu, zu einem Arbeitsbesuch.", "Wien"),
        ("de", "Wien, 14. Mai 2025\nAußenministerin Claudia Reiter empfing heute den "
         "Außenminister der Republik Moldau, Ion Rusu.", "Wien"),
        ("en", "New Delhi, 3 March 2025\nExternal Affairs Minister Ravi Menon met Foreign "
         "Minister Maria Lopez of Chile today.", "New Delhi"),
    ],
)  # fmt: skip
def test_a_dateline_ended_by_a_full_stop_or_line_end(
    engine: Communique, lang: str, text: str, place: str
) -> None:
    record = engine.extract(text, lang=lang)
    assert [e.location.name if e.location else None for e in record.events] == [place]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("de", "Berlin, 14.05.2025 – Staatsministerin Katja Fischer ist heute nach Tiflis "
         "gereist. Dort traf sie den georgischen Außenminister Giorgi Beridze.", ["Tiflis"]),
        ("en", "Foreign Secretary Jane Holt travelled to Nairobi on Monday. There she met "
         "President Samuel Kariuki.", ["Nairobi"]),
    ],
)  # fmt: skip
def test_there_is_the_place_named_before(
    engine: Communique, lang: str, text: str, places: list[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    found = [e.location.name for e in record.events if e.location and len(e.participants) >= 2]
    assert found == places


def test_a_gathering_takes_the_city_before_it_in_its_clause(engine: Communique) -> None:
    text = (
        "Auf Einladung von Außenministerin Maria Koch findet am 20. Mai in Berlin ein Treffen "
        "der Außenminister des Weimarer Dreiecks statt."
    )
    record = engine.extract(text, lang="de", published=PUBLISHED)
    assert [(e.kind, e.location.name if e.location else None) for e in record.events] == [
        ("conference", "Berlin")
    ]
