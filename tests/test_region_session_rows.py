"""A region's name is no person ("die Provinz Bình Dương", "the province of Binh Duong"),
there or anywhere else in the text; the delegations of two sides listed after a session two
ministers co-chaired sit at that session. Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.pipeline import Communique
from event_rows import event_rows

PUBLISHED = "2026-02-17"


def _people(engine: Communique, text: str, lang: str) -> set[str]:
    record = engine.extract(text, lang=lang, published=PUBLISHED)
    return {a.name for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "Eine Delegation aus der Provinz Quảng Ninh war am Dienstag zu Gast in Linz. "
               "Landeshauptmann Stefan Wimmer empfing die Gäste. Quảng Ninh zählt zu den "
               "stärksten Provinzen Vietnams.", "Quảng Ninh"),
        ("de", "Ministerin Nadia Benali traf Vertreter der Region Souss-Massa Draa in Berlin.",
         "Souss-Massa Draa"),
        ("en", "Governor Lam Van Hoa of Long An province met the ambassador. Long An hosts "
               "several industrial parks.", "Long An"),
        ("en", "A delegation from the province of Nam Dinh met Mayor Petra Lind in Graz.",
         "Nam Dinh"),
    ],
)  # fmt: skip
def test_a_region_named_by_its_noun_is_no_person(
    engine: Communique, lang: str, text: str, place: str
) -> None:
    assert place not in _people(engine, text, lang)


def test_both_delegations_sit_at_the_session_two_ministers_co_chaired(
    engine: Communique,
) -> None:
    text = (
        "Kigali, 17 February 2026\n\n"
        "Foreign Minister Olivier Kabera today co-chaired the 3rd Session of the Rwanda–Senegal "
        "Joint Permanent Commission with Aïssatou Ndiaye, Minister of Foreign Affairs of "
        "Senegal, who is in Rwanda for a working visit.\n\n"
        "The two Ministers signed four agreements.\n\n"
        "The Senegalese delegation included Amb. Mamadou Sarr, Ambassador of Senegal to Rwanda, "
        "and Ms. Fatou Cissé, Director of African Affairs. The Rwandan delegation included the "
        "Minister of State in charge of Regional Cooperation, Hon. Claudine Uwase, and Rwanda's "
        "Ambassador to Senegal, Amb. Jean-Paul Gatete.\n"
    )
    rows = event_rows(engine, "en", text, PUBLISHED)
    everyone = {"Olivier Kabera", "Aïssatou Ndiaye", "Mamadou Sarr", "Fatou Cissé"}
    everyone |= {"Claudine Uwase", "Jean-Paul Gatete"}
    # (a session of a body of two states is the talks of the two sides: a meeting)
    assert [(k, s) for k, s, p in rows if p == everyone] == [("meeting", "occurred")]
