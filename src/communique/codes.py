"""PLOVER and CAMEO codes of communique's events: the one table the extractor's coding
(``coding.code``) and the store's exports (``store.export``) both read; and the codes of
actors (state, IGO/NGO, government sector) the exports write.

PLOVER (openeventdata/PLOVER): meetings and calls that took place are CONSULT; announced or
agreed meetings are AGREE (intent to meet); meetings called off or refused are REJECT.
CAMEO: 040 consult, 041 discuss by telephone, 042 make a visit, 043 host a visit, 044 meet at a
third location, 046 engage in negotiation, 036 express intent to meet or negotiate, 125 reject
proposal to meet, discuss or negotiate.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

# status -> (PLOVER event, CAMEO code); an event that took place is refined by its mode
STATUS_CODES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "occurred": ("CONSULT", "040"),
        "planned": ("AGREE", "036"),
        "cancelled": ("REJECT", "125"),
        "denied": ("REJECT", "125"),
    }
)
# CAMEO code of a CONSULT event by PLOVER mode; any other mode keeps 040
CONSULT_CAMEO_BY_MODE: Mapping[str, str] = MappingProxyType(
    {"phone": "041", "third-party": "044", "visit": "042"}
)
NEGOTIATION_CAMEO = "046"  # a consultation whose trigger names negotiations
# an envoy summoned (held): CAMEO 114 "complain officially", which CAMEO2PLOVER-2021
# (openeventdata/PLOVER) maps to ACCUSE, mode disapprove
SUMMONS_CODES = ("ACCUSE", "disapprove", "114")
HOST_CAMEO = "043"  # the host towards the visitor, of a 042 visit (dyadic export)

# CAMEO Goldstein scale for the codes communique emits and their roots. Goldstein, J. S. (1992),
# "A Conflict-Cooperation Scale for WEIS Events Data", Journal of Conflict Resolution 36(2),
# 369-385; carried over to CAMEO codes in the CAMEO codebook (Gerner, Schrodt & Yilmaz) and the
# CAMEO.goldsteinscale.txt table distributed with it and with GDELT.
GOLDSTEIN: Mapping[str, float] = MappingProxyType(
    {
        "03": 4.0,  # express intent to cooperate
        "036": 4.0,  # express intent to meet or negotiate
        "04": 1.0,  # consult
        "040": 1.0,  # consult, not specified
        "041": 1.0,  # discuss by telephone
        "042": 1.9,  # make a visit
        "043": 2.8,  # host a visit
        "044": 2.5,  # meet at a "third" location
        "046": 7.0,  # engage in negotiation
        "11": -2.0,  # disapprove
        "114": -2.0,  # complain officially (an envoy summoned)
        "12": -4.0,  # reject
        "125": -5.0,  # reject proposal to meet, discuss, or negotiate
    }
)
# PLOVER scores (PLOVER manual, "Numeric conflict/cooperation scores") and quad codes.
PLOVER_SCORE: Mapping[str, float] = MappingProxyType({"CONSULT": 2.1, "AGREE": 4.2, "REJECT": -4.2})
PLOVER_QUAD: Mapping[str, int] = MappingProxyType(
    {"CONSULT": 1, "AGREE": 1, "SUPPORT": 1, "REJECT": 3, "ACCUSE": 3}
)


def status_codes(status: str) -> tuple[str, str]:
    """(PLOVER event, CAMEO code) of a status; an unknown status counts as occurred."""
    return STATUS_CODES.get(status, STATUS_CODES["occurred"])


def consult_cameo(mode: str | None, *, negotiation: bool, hinted_visit: bool) -> str:
    """CAMEO code of an event that took place: by telephone 041, negotiations 046, at a third
    location 044, a visit the text calls one 042, else 040."""
    if mode == "phone":
        return CONSULT_CAMEO_BY_MODE["phone"]
    if negotiation:
        return NEGOTIATION_CAMEO
    if mode == "visit" and not hinted_visit:
        return STATUS_CODES["occurred"][1]
    return CONSULT_CAMEO_BY_MODE.get(mode or "", STATUS_CODES["occurred"][1])


def goldstein(cameo: str) -> float | None:
    """Goldstein score of a CAMEO code, falling back to its root (two digits)."""
    return GOLDSTEIN.get(cameo, GOLDSTEIN.get(cameo[:2]))


def quad_class(cameo: str) -> int:
    """GDELT QuadClass of a CAMEO code: 1 verbal / 2 material cooperation, 3 verbal / 4
    material conflict."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


_LEGISLATIVE = frozenset({"legislator"})
_NOT_GOVERNMENT = frozenset({"other"})
_ORG_SECTORS = frozenset({"IGO", "NGO", "MNC", "ISM", "IMG"})


def sector_code(role_class: str | None) -> str | None:
    """CAMEO/PLOVER sector of an actor by role class: LEG for legislators, GOV for offices."""
    if role_class in _LEGISLATIVE:
        return "LEG"
    if role_class and role_class not in _NOT_GOVERNMENT:
        return "GOV"
    return None


@dataclass(frozen=True, slots=True)
class ActorCodes:
    """States (ISO 3166 alpha-3) and organisation sectors of the knowledge base."""

    states: frozenset[str]
    orgs: dict[str, str]

    @classmethod
    def load(cls) -> ActorCodes:
        kb = resources.files("communique") / "kb"
        states = json.loads((kb / "states.json").read_text(encoding="utf-8"))
        orgs = json.loads((kb / "organizations.json").read_text(encoding="utf-8"))
        return cls(
            frozenset(s["iso3"] for s in states),
            {o["affiliation"]: o.get("sector") or "IGO" for o in orgs},
        )

    def code(self, affiliation: str | None) -> str | None:
        """PLOVER/CAMEO top-level code: ISO 3166 alpha-3, or IGO/NGO/MNC for organisations."""
        if not affiliation:
            return None
        if affiliation in self.states:
            return affiliation
        sector = self.orgs.get(affiliation, "IGO")
        return sector if sector in _ORG_SECTORS else "IGO"
