"""A meeting word used as a time ("nach dem Treffen", "after the talks", "по итогам
переговоров") that names no counterpart points back to the meeting told before: whoever
speaks in that sentence (a spokesperson, a reporter) did not take part."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

CASES = [
    (
        "en",
        "Foreign Minister Anna Berg met Foreign Minister Tomas Lind in Oslo on Monday. "
        "The talks were constructive, spokesperson Karl Sund said after the meeting.",
        {"Anna Berg", "Tomas Lind"},
    ),
    (
        "de",
        "Außenministerin Anna Berg traf am Montag in Wien den Außenminister Tomas Lind. "
        "Das Gespräch sei konstruktiv gewesen, sagte Sprecher Karl Sund nach dem Treffen.",
        {"Anna Berg", "Tomas Lind"},
    ),
    (
        "ru",
        "Министр иностранных дел Анна Берг встретилась в Минске с министром иностранных дел "
        "Томасом Линдом. По итогам переговоров официальный представитель МИД Карл Сунд "
        "заявил журналистам, что стороны довольны итогами.",
        {"Анна Берг", "Томас Линд"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "participants"), CASES)
def test_a_speaker_after_the_meeting_is_no_participant(
    engine: Communique, lang: str, text: str, participants: set[str]
) -> None:
    record = engine.extract(text, lang=lang)
    names = {a.id: a.name for a in record.actors}
    rosters = [{names[p] for p in e.participants} for e in record.events]
    assert participants in rosters, rosters
    assert all(len(r & participants) == len(r) for r in rosters), rosters


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "After the meeting with Chancellor Olaf Scholz, President Joe Biden left.",
         {"Olaf Scholz", "Joe Biden"}),
        ("ru", "После встречи с канцлером Олафом Шольцем президент Джо Байден улетел.",
         {"Олаф Шольц", "Джо Байден"}),
    ],
)  # fmt: skip
def test_a_time_that_names_a_counterpart_is_a_meeting(
    engine: Communique, lang: str, text: str, pair: set[str]
) -> None:
    record = engine.extract(text, lang=lang)
    names = {a.id: a.name for a in record.actors}
    assert any({names[p] for p in e.participants} == pair for e in record.events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Pope Leo received the members of the commission in Rome on Wednesday. The "
         "commission thanked Pope Leo for his support, spokesperson Karl Sund said after the "
         "meeting."),
        ("de", "Papst Leo hat am Mittwoch die Mitglieder der Kommission empfangen. Die Kommission "
         "habe Papst Leo für seine Unterstützung gedankt, sagte Kommissionssprecher Karl Sund "
         "nach dem Treffen."),
        ("ru", "Папа Лев в среду принял членов комиссии. Комиссия поблагодарила Папу Льва за "
         "поддержку, заявил после встречи представитель комиссии Карл Сунд."),
    ],
)  # fmt: skip
def test_the_speaker_is_no_counterpart_where_the_meeting_names_none(
    engine: Communique, lang: str, text: str
) -> None:
    """The meeting told before names no counterpart a reader could pair ("received the
    members of the commission"): the spokesperson after it is not made one."""
    record = engine.extract(text, lang=lang)
    names = {a.id: a.name for a in record.actors}
    rosters = [{names[p] for p in e.participants} for e in record.events]
    assert not any(any("Сунд" in n or "Sund" in n for n in r) for r in rosters), rosters
