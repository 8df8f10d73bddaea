"""Coding: PLOVER event type, mode and contexts, CAMEO code, topics of each event.

PLOVER (openeventdata/PLOVER): meetings and calls that took place are CONSULT, with mode
``visit`` (one side travels to the other), ``third-party`` (both meet elsewhere),
``multilateral`` (three or more parties, conferences) or ``phone``; announced or agreed
meetings are AGREE (intent to meet); meetings called off or refused are REJECT. The codes
themselves (status -> PLOVER event and CAMEO, CAMEO by mode) are the tables of
:mod:`communique.codes`, shared with the exports.
"""

from __future__ import annotations

from communique.codes import SUMMONS_CODES, consult_cameo, status_codes
from communique.drafts import EventDraft
from communique.lang.profile_patterns import has_stem
from communique.mentions import Mentions
from communique.record import Plover

_IGOS = frozenset("EU UN OSCE NATO SCO CSTO EAEU CIS OTS CICA ASEAN AU OIC COE G7 G20".split())  # noqa: SIM905


def topics_of(m: Mentions, draft: EventDraft) -> tuple[list[str], list[str]]:
    """PLOVER contexts and finer agenda labels discussed in the event's sentences."""
    contexts: list[str] = ["diplomatic"]
    agenda: list[str] = []
    # words inside titles, organisation names and references to the parties are not
    # agenda items ("Hohe Vertreterin für Außen- und Sicherheitspolitik", "die Parteien")
    for sent in draft.scope:
        for hit in m.topics_in(sent):
            if (
                m.role_index.overlapping(hit.start, hit.end)
                or any(p.kind == "org" for p in m.place_index.overlapping(hit.start, hit.end))
                or m.anaphora_index.overlapping(hit.start, hit.end)
            ):
                continue
            ctx = hit.row.get("context")
            label = hit.row.get("topic")
            if ctx and ctx not in contexts:
                contexts.append(ctx)
            if label and label not in agenda:
                agenda.append(label)
    return contexts, agenda


def mode_of(draft: EventDraft, affiliations: list[str | None], place_country: str | None) -> str:
    if draft.kind == "call":
        return "phone"
    sides = {a for a in affiliations if a}
    if draft.kind == "conference" or len(sides) >= 3:
        return "multilateral"
    if draft.mode_hint == "visit":
        return "visit"
    states = {a for a in sides if len(a) == 3 and a.isalpha() and a.isupper() and a not in _IGOS}
    if place_country and len(states) == 2 == len(sides) and place_country not in sides:
        return "third-party"
    return "visit"


def code(
    draft: EventDraft, m: Mentions, affiliations: list[str | None], place_country: str | None
) -> tuple[Plover, str, str]:
    """The PLOVER record, the CAMEO code and the mode for one event."""
    mode = mode_of(draft, affiliations, place_country)
    trigger = draft.trigger.text.lower()
    # a postponed meeting is still intended: coded as the intent to meet, not a refusal
    event, cameo = status_codes("planned" if draft.postponed else draft.status)
    if event == "CONSULT" and m.profile.summons(trigger):
        # the envoy came, to hear a complaint: coded as the complaint
        event, mode, cameo = SUMMONS_CODES
        return Plover(event, mode, list(draft.topics)), cameo, mode
    if event == "CONSULT":
        negotiation = has_stem(trigger, m.profile.negotiation_stems)
        cameo = consult_cameo(
            mode, negotiation=negotiation, hinted_visit=draft.mode_hint == "visit"
        )
    return Plover(event, mode, list(draft.topics)), cameo, mode
