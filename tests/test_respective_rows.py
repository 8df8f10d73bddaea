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
