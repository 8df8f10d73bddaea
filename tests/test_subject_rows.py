"""Bare surnames as a meeting verb's subject across its auxiliaries and adverbs ("Kerry will
meet", "Lavrov is due to meet") and across a coordinator ("Lavrov and Kerry will meet"): the
names are licensed by the meeting they stand in, as a title would license them. A public
subject is still needed (a state, an organisation, a political topic in the sentence).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2016-10-12"


@pytest.mark.parametrize(
    ("lang", "text", "status", "people"),
    [
        ("en", "Sorokin and Kerrigan will meet in Lausanne, according to a statement by the Russian "
         "Foreign Ministry.", "planned", {"Sorokin", "Kerrigan"}),
        ("en", "Kerrigan is due to meet Sorokin in Geneva on Friday, the State Department said.",
         "planned", {"Kerrigan", "Sorokin"}),
        ("en", "Kerrigan also met Sorokin in Geneva to discuss the ceasefire in Syria.", "occurred",
         {"Kerrigan", "Sorokin"}),
        ("de", "Sorokin und Kerrigan wollen sich am Samstag in Lausanne treffen, teilte das russische "
         "Außenministerium mit.", "planned", {"Sorokin", "Kerrigan"}),
        ("ru", "Сорокин и Керриган также встретились в Женеве, сообщил МИД России.", "occurred",
         {"Сорокин", "Керриган"}),
    ],
)  # fmt: skip
def test_bare_surnames_as_subjects(
    engine: Communique, lang: str, text: str, status: str, people: set[str]
) -> None:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    assert len(record.events) == 1, record.events
    event = record.events[0]
    names = {a.name for a in record.actors if a.id in event.participants}
    assert (event.status, names) == (status, people)


def test_private_people_meeting_are_no_event(engine: Communique) -> None:
    text = "Smith and Jones will meet at the club, the coach said."
    assert engine.extract(text, lang="en", published=PUBLISHED).events == []
