"""Hosts and guests of a visit: the state of a host the text gives only through the visit
("arrived in Kabul ... She met President Karzai"), and who came from elsewhere (a guest
takes no affiliation from the place of the meeting)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.actors import agrees, verb_gender_after
from communique.record import GOVERNMENT_CLASSES

if TYPE_CHECKING:
    from communique.actors import EntityPositions, PersonEntity
    from communique.drafts import EventDraft
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.sentences import Sentence


GUEST_REACH = 8  # sentences back where the visit a guest noun refers to was told


def guest_noun_referent(
    m: Mentions, names: EntityPositions, at: int, noun: str
) -> PersonEntity | None:
    """For a guest noun at ``at`` ("der Gast", "die Gästin", "the visitor", "гость"): the one
    who visits, told in the last sentence before it that tells a visit. Where that sentence
    receives someone ("X hat Y zu einem Besuch empfangen", "X received Y"), the one received
    (its first person where a passive names the host: "Y was received by X"); else the
    person it names first ("Y traf zu einem Besuch in Wien ein")."""
    if not any(noun.lower().startswith(g) for g in m.profile.guest_nouns):
        return None
    here = m.sentence_of(at).index
    # (a visit told, or someone received: "hat den Innenminister X zu einem Arbeitsgespräch
    # empfangen")
    told = [
        s
        for s in reversed(m.sentences[:here])
        if any(
            t.row.get("kind") == "visit" or _receiving(m, t)
            for t in m.in_sentence(m.trigger_index, s)
        )
    ]
    # the visit under way, however far back the text told it, not a return visit agreed
    # for later ("lud sie zu einem Besuch ein ... die Reise soll im Frühjahr stattfinden");
    # else the nearest visit told, planned or not; a sentence that names nobody ("Für ihn
    # ist es die erste Reise") leaves it to the one before
    under_way = [s for s in told if not m.planned_in(s)]
    near = [s for s in told if s.index >= here - GUEST_REACH]
    # (of the gender its verb says: "гостья посетила" is a woman)
    gender = verb_gender_after(m, at + len(noun))
    for s in under_way or near[:1]:
        visitor = _visitor(m, names, s, here)
        if visitor is not None and agrees(visitor, gender):
            return visitor
    return None


def _visitor(m: Mentions, names: EntityPositions, s: Sentence, here: int) -> PersonEntity | None:
    """The one who visits in sentence ``s``, which tells a visit or receives someone."""
    trigs = m.in_sentence(m.trigger_index, s)
    named = [e for _, _, e in names.spans_in(s.start, s.end) if e.kind == "person"]
    people = list({e.index: e for e in named}.values())  # in order, once each
    if not people and s.index + 1 < here:
        # a delegation visits, its head named next ("побывала делегация города Дананг. Ее
        # возглавлял X"): the guest is the head
        nxt = m.sentences[s.index + 1]
        lead = m.profile.lead_words_re
        if lead is not None and lead.search(m.text, nxt.start, nxt.end):
            heads = [e for _, _, e in names.spans_in(nxt.start, nxt.end) if e.kind == "person"]
            return heads[0] if heads else None
    receiving = [t for t in trigs if _receiving(m, t)]
    if receiving and len(people) >= 2:
        passive = any(w in m.profile.agent_words for w in receiving[0].text.lower().split())
        return people[0] if passive else people[1]
    # the one named last before the visit word ("X met with a delegation led by Y, who is in
    # Riga on a working visit": Y), else the first named
    visit = next((t for t in trigs if t.row.get("kind") == "visit"), trigs[0])
    before = [e for _, _, e in names.spans_in(s.start, visit.start) if e.kind == "person"]
    return before[-1] if before else (people[0] if people else None)


def _receiving(m: Mentions, t: Match) -> bool:
    """A meeting word of receiving someone ("empfing", "received", "принял")."""
    return any(x in t.text.lower() for x in m.profile.receiving_stems)


def _in_sentence(start: int, sent: Sentence) -> bool:
    return sent.start <= start < sent.end


# titles of a state's government: who holds one and meets a visitor in that state is its host
HOST_CLASSES = frozenset(GOVERNMENT_CLASSES)


def host_states(m: Mentions, drafts: list[EventDraft], where: EntityPositions) -> dict[int, str]:
    """The state of each host the text gives only through the visit: a member of a
    government with no state of its own, met in that state by a visitor from elsewhere
    ("arrived in Kabul ... She met President Karzai", "During her visit to Afghanistan, the
    German minister met President Karzai"); entity index -> ISO code of the visited state.
    Not the visitor's company (named in the visit's sentence or before the meeting word),
    not at a gathering, and only where the visit's place is a city or state."""
    out: dict[int, str] = {}
    # the states of the people met (after the meeting word) in each sentence ("traf er mit
    # seinem ägyptischen Kollegen X und anschließend mit Präsident Y zusammen": Y is met in
    # Egypt beside an Egyptian; not "Wen said in his meeting with Prime Minister Aziz")
    met_states: dict[int, set[str]] = {}
    # who is named after each meeting's word (its object side)
    after_of: dict[int, set[int]] = {}
    for d in drafts:
        if d.kind != "conference":
            # (after the meeting word's first word: a verb's bracket holds those met, "traf
            # mit X ... zusammen")
            head_end = d.trigger.start + len(d.trigger.text.split()[0])
            after = {e.index for e in where.entities_in(head_end, d.sentence.end)}
            after_of[id(d)] = after
            met_states.setdefault(d.sentence.index, set()).update(
                p.affiliation for p in d.participants if p.affiliation and p.index in after
            )
    for d in drafts:
        place = d.location
        if d.kind == "conference" or place is None:
            continue
        # a city or a state; or a state's own seat of government ("at the Elysee", "im
        # Kreml"), not an international body's
        seat = place.kind == "org" and place.lat is not None and place.affiliation == place.iso3
        if place.kind not in ("city", "state") and not seat:
            continue
        state = place.iso3
        if not state:
            continue
        if d.visit is not None:
            visitor, told = d.visit
            if visitor.affiliation == state:
                continue  # a visit at home
            company = {e.index for e in where.entities_in(told.start, told.end)}
            hosts = [p for p in d.participants if p.index not in company]
        elif _in_sentence(place.start, d.sentence) and (
            visitors := [p for p in d.participants if _visiting(m, where, p, d.sentence)]
        ):
            # "Wang Yi held talks with visiting Pakistani Foreign Secretary X in Beijing": the
            # one the text calls visiting is the guest, the others host
            if not any(p.affiliation and p.affiliation != state for p in visitors):
                continue
            hosts = [p for p in d.participants if p not in visitors]
        elif _in_sentence(place.start, d.sentence) and (
            d.mode_hint == "visit"
            or place.kind == "state"
            or state in met_states.get(d.sentence.index, set())
        ):
            # "During her visit to Afghanistan, Berg met Karzai": a visitor from another state
            # before the meeting word, the host after it, the place named there; so in a
            # state ("traf in Jordanien auch König X"), or in a city beside someone of its
            # state ("In Kairo traf er mit seinem ägyptischen Kollegen X und Präsident Y")
            if d.mode_hint == "visit" and not any(
                p.affiliation and p.affiliation != state for p in d.participants
            ):
                continue
            after = after_of[id(d)]
            before = {e.index for e in where.entities_in(d.sentence.start, d.trigger.start)}
            hosts = [p for p in d.participants if p.index in after and p.index not in before]
        else:
            continue
        for p in hosts:
            if (
                p.kind == "person"
                and p.affiliation is None
                and p.role_class in HOST_CLASSES
                and not p.org_is_igo
            ):
                out[p.index] = state
    return out


def guests(m: Mentions, drafts: list[EventDraft], where: EntityPositions) -> set[int]:
    """The entities the text makes visitors: who arrives or visits (named before a visit
    word), the visitor a meeting was held during, and those it calls visiting ("met
    visiting Foreign Secretary X"). A dateline's state is not theirs."""
    out: set[int] = set()
    for d in drafts:
        if d.visit is not None:
            out.add(d.visit[0].index)
        if d.trigger.row.get("kind") == "visit":
            before = {e.index for e in where.entities_in(d.sentence.start, d.trigger.start)}
            out.update(p.index for p in d.participants if p.index in before)
        out.update(p.index for p in d.participants if _visiting(m, where, p, d.sentence))
    return out


# words before a name where "visiting" may stand ("visiting Pakistani Foreign Secretary X")
VISITING_REACH = 6


def _visiting(m: Mentions, where: EntityPositions, p: PersonEntity, sent: Sentence) -> bool:
    """The text calls the person visiting in the sentence: a visitor word shortly before a
    mention of them, with no other person between ("met visiting Pakistani Foreign
    Secretary X")."""
    words = m.profile.visitor_words
    if not words or p.kind != "person":
        return False
    for start, _, ent in where.spans_in(sent.start, sent.end):
        if ent is not p:
            continue
        lead = list(re.finditer(r"\S+", m.text[sent.start : start]))[-VISITING_REACH:]
        for w in lead:
            if w.group().lower() not in words:
                continue
            gap = sent.start + w.end()  # from after the visitor word to the name
            if all(e is p for _, _, e in where.spans_in(gap, start)):
                return True
    return False
