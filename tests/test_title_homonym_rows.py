"""A title in apposition after a name does not reach past a meeting verb ("The First
Minister, X, met the President of ..., Y": the president is Y); a city whose name several
states' cities bear is the one of the state the text names ("Brest" in a text about France);
"ap" inside a Welsh name. Texts written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique

PUBLISHED = "2026-10-22"


def _actors(engine: Communique, text: str) -> dict[str, tuple[str | None, str | None]]:
    record = engine.extract(text, lang="en", published=PUBLISHED)
    return {a.name: (a.role.title if a.role else None, a.affiliation) for a in record.actors}


def test_an_apposition_does_not_reach_past_a_meeting_verb(engine: Communique) -> None:
    text = (
        "The First Minister, Rhodri ap Gwilym, met the President of the Regional Council of "
        "Brittany, Loïc Le Goff-Kerhervé, in Rennes on Wednesday."
    )
    actors = _actors(engine, text)
    assert actors["Rhodri ap Gwilym"][0] == "First Minister"
    assert actors["Loïc Le Goff-Kerhervé"][0] == "President"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Before travelling to France, Minister Anna Berg held talks in Brest with the Mayor "
         "of Brest, Nathalie Guégan.", "FRA"),
        ("Before travelling to Belarus, Minister Anna Berg held talks in Brest with the Mayor "
         "of Brest, Nathalie Guégan.", "BLR"),
    ],
)  # fmt: skip
def test_a_city_of_several_states_is_the_one_of_the_state_told(
    engine: Communique, text: str, state: str
) -> None:
    assert _actors(engine, text)["Nathalie Guégan"] == ("Mayor", state)
