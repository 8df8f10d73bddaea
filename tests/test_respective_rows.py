"""Counterparts of several states named in the same order as their states ("seine
Amtskollegen aus Ungarn und Serbien, A und B"): A of the first state, B of the second, both
holding the title of the one they are counterparts of. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Innenminister Karl Huber traf in Belgrad seine Amtskollegen aus Ungarn und "
         "Serbien, Tom Lind und Eva Holm.",
         {"Tom Lind": ("HUN", "minister"), "Eva Holm": ("SRB", "minister")}),
        # three states; a first name no list knows, after the states
        ("de", "Innenminister Karl Huber traf in Belgrad seine Amtskollegen aus Ungarn, "
         "Österreich und Serbien, Zoltan Bodis, Tom Lind und Eva Holm.",
         {"Zoltan Bodis": ("HUN", "minister"), "Tom Lind": ("AUT", "minister"),
          "Eva Holm": ("SRB", "minister")}),
        ("en", "Interior Minister Karl Huber met his counterparts from Hungary and Serbia, "
         "Zoltan Bodis and Eva Holm, in Belgrade.",
         {"Zoltan Bodis": ("HUN", "minister"), "Eva Holm": ("SRB", "minister")}),
        ("en", "Interior Minister Karl Huber met his counterparts from Hungary, Austria and "
         "Serbia, Zoltan Bodis, Tom Lind and Eva Holm, in Belgrade.",
         {"Zoltan Bodis": ("HUN", "minister"), "Tom Lind": ("AUT", "minister"),
          "Eva Holm": ("SRB", "minister")}),
        # the states as adjectives before the noun
        ("en", "Interior Minister Karl Huber met his Hungarian and Serbian counterparts, "
         "Zoltan Bodis and Eva Holm, in Belgrade.",
         {"Zoltan Bodis": ("HUN", "minister"), "Eva Holm": ("SRB", "minister")}),
        ("de", "Innenminister Karl Huber traf in Belgrad seine ungarischen und serbischen "
         "Amtskollegen, Zoltan Bodis und Eva Holm.",
         {"Zoltan Bodis": ("HUN", "minister"), "Eva Holm": ("SRB", "minister")}),
        # ... not names that do not follow the states
        ("de", "Innenminister Karl Huber traf in Belgrad seine Amtskollegen aus Ungarn und "
         "Serbien. Später sprach er mit Tom Lind und Eva Holm.",
         {"Tom Lind": (None, None), "Eva Holm": (None, None)}),
    ],
)  # fmt: skip
def test_respective_counterparts(
    engine: Communique, lang: str, text: str, expected: dict[str, tuple[str | None, str | None]]
) -> None:
    record = engine.extract(text, lang=lang)
    got = {
        a.name: (a.affiliation, a.role.cls if a.role else None)
        for a in record.actors
        if a.name in expected
    }
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Interior Minister Karl Huber met his counterparts from Hungary and Serbia, "
         "Zoltan Bodis and Eva Holm, in Belgrade."),
        ("en", "Interior Minister Karl Huber met his Hungarian and Serbian counterparts, "
         "Zoltan Bodis and Eva Holm, in Belgrade."),
        ("de", "Innenminister Karl Huber traf in Belgrad seine ungarischen und serbischen "
         "Amtskollegen, Zoltan Bodis und Eva Holm."),
    ],
)  # fmt: skip
def test_the_counterparts_named_are_the_sides_not_their_states(
    engine: Communique, lang: str, text: str
) -> None:
    record = engine.extract(text, lang=lang)
    names = {a.id: a.name for a in record.actors}
    assert [sorted(names[p] for p in e.participants) for e in record.events] == [
        ["Eva Holm", "Karl Huber", "Zoltan Bodis"]
    ]
