"""Descriptions by any title the roles lexicon knows ("den Generalstabschef", "the attorney
general"): a definite article before a title stands for the one person named before with
that title, not for several ("den Aussenministern"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2025-02-17"


@pytest.mark.parametrize(
    ("lang", "text", "rows"),
    [
        # a title no hand list of descriptions holds, in the compound the text used before
        ("de", "Verteidigungsministerin Anna Berg besuchte am Montag das Kontingent in Pristina. "
         "Mit ihr reiste der Chef des Generalstabes, General Karl Huber. Am Dienstag traf "
         "Botschafter Jan Novak die Ministerin und den Generalstabschef zu einem Gespräch.",
         [("meeting", "occurred", {"Anna Berg", "Karl Huber", "Jan Novak"})]),
        ("en", "Archbishop Peter Lang arrived in Nairobi on Monday. On Tuesday, President "
         "William Ruto received the archbishop.",
         [("meeting", "occurred", {"William Ruto", "Peter Lang"})]),
    ],
)  # fmt: skip
def test_a_description_by_any_title_is_its_holder(
    engine: Communique, lang: str, text: str, rows: list[tuple[str, str, set[str]]]
) -> None:
    assert event_rows(engine, lang, text, PUBLISHED) == rows


def test_a_title_in_the_plural_describes_no_one(engine: Communique) -> None:
    text = (
        "Landrätin Petra Vogt eröffnete am Montag die Messe in Cham. Am Dienstag empfing "
        "Bürgermeister Tomáš Dvořák die Landrätinnen der Grenzkreise."
    )
    rows = event_rows(engine, "de", text, PUBLISHED)
    assert not any("Petra Vogt" in names for _, _, names in rows)
