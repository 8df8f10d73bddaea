"""An envoy summoned to a foreign ministry: a meeting of the two (kind meeting), coded as the
official complaint it is (CAMEO 114, PLOVER ACCUSE / disapprove, as CAMEO2PLOVER-2021 maps
it) once held, as an intent to meet while announced. A ministry that summons stands for its
state where no person of it is named. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2025-03-10"  # a Monday


@pytest.mark.parametrize(
    ("lang", "text", "status", "participants", "cameo", "plover"),
    [
        ("en", "On Friday the Foreign Office summoned Russian Ambassador Andrei Kelmov over the "
         "expulsions.", "occurred", {"United Kingdom", "Andrei Kelmov"}, "114", "ACCUSE"),
        ("en", "Foreign Minister Lena Dahl summoned the Chinese ambassador, Wu Jiang, on "
         "Tuesday.", "occurred", {"Lena Dahl", "Wu Jiang"}, "114", "ACCUSE"),
        ("en", "France called in the Italian ambassador, Marco Rinaldi, after the remarks.",
         "occurred", {"France", "Marco Rinaldi"}, "114", "ACCUSE"),
        ("de", "Der polnische Außenminister Jan Kowal will am Mittwoch den russischen "
         "Botschafter Sergej Andrejenko ins Außenamt zitieren.", "planned",
         {"Jan Kowal", "Sergej Andrejenko"}, "036", "AGREE"),
        ("de", "Das russische Außenministerium hat am Freitag die polnische Botschafterin "
         "Anna Wisniewska einbestellt.", "occurred", {"Russian Federation", "Anna Wisniewska"},
         "114", "ACCUSE"),
        ("de", "Außenministerin Eva Lindner bestellte den iranischen Botschafter Ali Rahimi "
         "ein.", "occurred", {"Eva Lindner", "Ali Rahimi"}, "114", "ACCUSE"),
        ("ru", "В пятницу МИД России вызвал посла Польши Анджея Ковальского.", "occurred",
         {"Russian Federation", "Анджей Ковальский"}, "114", "ACCUSE"),
        # passive: the ministry the envoy is summoned to
        ("de", "Der polnische Botschafter Jan Kowal wurde am Freitag ins russische "
         "Außenministerium einbestellt.", "occurred", {"Jan Kowal", "Russian Federation"},
         "114", "ACCUSE"),
        ("en", "The Polish ambassador, Jan Kowal, was summoned to the Russian Foreign Ministry "
         "on Friday.", "occurred", {"Jan Kowal", "Russian Federation"}, "114", "ACCUSE"),
        ("ru", "Посол Польши Ян Коваль был вызван в МИД России.", "occurred",
         {"Ян Коваль", "Russian Federation"}, "114", "ACCUSE"),
    ],
)  # fmt: skip
def test_a_summoned_envoy(
    engine: Communique,
    lang: str,
    text: str,
    status: str,
    participants: set[str],
    cameo: str,
    plover: str,
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert len(record.events) == 1, record.events
    event = record.events[0]
    names = {a.name for a in record.actors if a.id in event.participants}
    assert (event.kind, event.status, names) == ("meeting", status, participants)
    assert (event.cameo, event.plover.event if event.plover else None) == (cameo, plover)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "She summoned the courage to tell Minister Lena Dahl the truth."),
        ("en", "Former minister Tom Reyes was summoned to court as a witness."),
        ("de", "Die Zeitung zitierte Außenministerin Eva Lindner mit den Worten, sie sei "
         "enttäuscht."),
        ("de", "Botschafter Ali Rahimi bestellte sich ein Taxi ins Hotel."),
    ],
)  # fmt: skip
def test_words_that_summon_no_envoy(engine: Communique, lang: str, text: str) -> None:
    assert engine.extract(text, lang=lang, published=PUBLISHED).events == []
