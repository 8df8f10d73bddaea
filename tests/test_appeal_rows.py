"""Talks asked for, offered, refused or not ruled out are talks that have not taken place: an
appeal ("forderte X zu Gesprächen auf", "called for talks with"), an offer ("bot X Gespräche
an", "offered talks to"), a plea ("sprach sich für Gespräche aus", "pushed for talks"), a
meeting not ruled out, a refusal over long names, a meeting someone does not want. A meeting
held before the appeal keeps its status. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2025-05-14"


def _statuses(engine: Communique, lang: str, text: str) -> list[tuple[str, int]]:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    return [(e.status, len(e.participants)) for e in record.events]


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("de", "Premierministerin Anna Berg hat Präsident Karl Huber zu direkten Gesprächen "
         "aufgefordert.", "planned"),
        # (told with the finite verb, the appeal is no event at all: the speech verb's frame)
        ("de", "Premierministerin Anna Berg forderte Präsident Karl Huber zu direkten Gesprächen "
         "auf.", None),
        ("de", "Präsident Karl Huber bot Premierministerin Anna Berg Gespräche an.", "planned"),
        ("de", "Außenminister Karl Huber sprach sich für Gespräche mit Präsident Tom Lind aus.",
         "planned"),
        ("de", "Präsident Karl Huber schloss ein Treffen mit Präsidentin Anna Berg nicht aus.",
         "planned"),
        ("de", "Kanzlerin Anna Berg will den Präsidenten Karl Huber nicht treffen.", "denied"),
        ("de", "Kanzlerin Anna Berg lehnte ein Treffen mit dem türkischen Präsidenten Karl "
         "Friedrich Huber von Stein ab.", "denied"),
        ("en", "Prime Minister Anna Berg called for direct talks with President Karl Huber.",
         "planned"),
        ("en", "President Karl Huber offered talks to Prime Minister Anna Berg.", "planned"),
        ("en", "Foreign Minister Karl Huber pushed for talks with President Tom Lind.",
         "planned"),
        ("en", "President Karl Huber did not rule out a meeting with President Anna Berg.",
         "planned"),
        # a meeting "between" two, which a spokesman judges: the two, not the spokesman
        ("en", "Spokesman Tom Lind said a meeting between President Karl Huber and President "
         "Anna Berg was unlikely.", "planned"),
        ("en", "Spokesman Tom Lind said a meeting between President Karl Huber and President "
         'Anna Berg was "not on the agenda".', "denied"),
    ],
)  # fmt: skip
def test_talks_not_yet_held(engine: Communique, lang: str, text: str, status: str | None) -> None:
    assert _statuses(engine, lang, text) == ([(status, 2)] if status else [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Kanzlerin Anna Berg traf am Montag Präsident Karl Huber und bot ihm Hilfe an."),
        ("de", "Kanzlerin Anna Berg traf am Montag Präsident Karl Huber. Sie forderte ihn zu "
         "weiteren Gesprächen mit Kiew auf."),
        ("en", "Chancellor Anna Berg met President Karl Huber on Monday. She called for further "
         "talks with Kiev."),
    ],
)  # fmt: skip
def test_a_meeting_before_an_appeal_took_place(engine: Communique, lang: str, text: str) -> None:
    assert _statuses(engine, lang, text)[:1] == [("occurred", 2)]
