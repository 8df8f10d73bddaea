"""Meetings told with the verb left out after a comma ("Sie traf zuerst X, am Nachmittag Y",
"met X in the morning, then Y"): a meeting of its own of the same subject, not a third party
to the first. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2025-03-05"


def _rosters(engine: Communique, lang: str, text: str) -> list[set[str]]:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    return [{names[p] for p in e.participants} for e in record.events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Staatssekretärin Anna Berg leitet die Vermittlung. Sie traf am Vormittag zuerst "
         "General Karl Huber, am Nachmittag Präsident Tom Lind."),
        ("de", "Sonderbeauftragter Anna Berg war in Brüssel. Zuerst sprach sie knapp zwei Stunden "
         "mit General Karl Huber, am Nachmittag dann mit Präsident Tom Lind."),
        ("en", "Envoy Anna Berg met General Karl Huber in the morning, then President Tom Lind."),
        ("en", "Envoy Anna Berg first spoke with General Karl Huber, in the afternoon with "
         "President Tom Lind."),
    ],
)  # fmt: skip
def test_a_meeting_with_its_verb_left_out(engine: Communique, lang: str, text: str) -> None:
    assert _rosters(engine, lang, text) == [
        {"Anna Berg", "Karl Huber"},
        {"Anna Berg", "Tom Lind"},
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a clause of its own, an apposition: no second meeting
        ("de", "Außenministerin Anna Berg traf am Montag Kanzler Karl Huber, dann reiste sie "
         "weiter nach Rom."),
        ("en", "Envoy Anna Berg met General Karl Huber, the army chief, on Monday."),
        ("en", "Envoy Anna Berg met General Karl Huber in the morning, then flew to Rome."),
    ],
)  # fmt: skip
def test_no_meeting_left_out(engine: Communique, lang: str, text: str) -> None:
    assert _rosters(engine, lang, text) == [{"Anna Berg", "Karl Huber"}]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the with of company is no counterpart: one meeting of the three
        ("de", "Begleitet wird Ministerin Anna Berg von Minister Karl Huber. Er war am "
         "Nachmittag gemeinsam mit Berg bei Präsident Tom Lind zu Gast."),
        ("en", "Minister Karl Huber, together with Minister Anna Berg, met President Tom Lind."),
    ],
)  # fmt: skip
def test_company_is_one_meeting(engine: Communique, lang: str, text: str) -> None:
    assert _rosters(engine, lang, text) == [{"Karl Huber", "Anna Berg", "Tom Lind"}]
