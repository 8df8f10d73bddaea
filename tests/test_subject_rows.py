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
        ("en", "Sorokin and Kerrigan will meet in Lausanne, according to a statement by the "
         "Russian Foreign Ministry.", "planned", {"Sorokin", "Kerrigan"}),
        ("en", "Kerrigan is due to meet Sorokin in Geneva on Friday, the State Department said.",
         "planned", {"Kerrigan", "Sorokin"}),
        ("en", "Kerrigan also met Sorokin in Geneva to discuss the ceasefire in Syria.", "occurred",
         {"Kerrigan", "Sorokin"}),
        ("de", "Sorokin und Kerrigan wollen sich am Samstag in Lausanne treffen, teilte das "
         "russische Außenministerium mit.", "planned", {"Sorokin", "Kerrigan"}),
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


@pytest.mark.parametrize(
    "text",
    [
        # a participle phrase after the subject: what the person named before it does
        "Foreign Secretary Jack Reyes, speaking at a joint news conference with Chinese Foreign "
        "Minister Li Weiming, stressed this point.",
        "Foreign Minister Lena Dahl, meeting her Chinese counterpart Li Weiming in Oslo, raised "
        "human rights.",
    ],
)
def test_a_participle_phrase_tells_what_its_subject_does(engine: Communique, text: str) -> None:
    record = engine.extract(text, lang="en", published=PUBLISHED)
    assert len(record.events) == 1, record.events
    names = {a.name for a in record.actors if a.id in record.events[0].participants}
    assert len(names) == 2 and "Li Weiming" in names


def test_a_participle_phrase_about_talks_of_others_is_no_meeting(engine: Communique) -> None:
    text = (
        "Senator Tom Reyes, commenting on the talks between Lena Dahl and Li Weiming, praised them."
    )
    record = engine.extract(text, lang="en", published=PUBLISHED)
    seated = {a.name for e in record.events for a in record.actors if a.id in e.participants}
    assert "Tom Reyes" not in seated
