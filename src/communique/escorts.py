"""Company for a whole visit: a sentence that says someone accompanied a person at all of
their appointments ("Bei ihren Terminen in Nairobi wurde die Staatssekretärin von der
Botschafterin X begleitet", "Ambassador X accompanied the minister throughout the visit")
seats that companion at each meeting of that person the text tells, before or after it (in
the town the sentence names, if it names one)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.protagonists import find_protagonist

if TYPE_CHECKING:
    from communique.actors import EntityPositions, PersonEntity
    from communique.drafts import EventDraft
    from communique.mentions import Mentions
    from communique.sentences import Sentence


def seat_escorts(
    m: Mentions,
    drafts: list[EventDraft],
    where: EntityPositions,
    entities: list[PersonEntity],
) -> None:
    """Seat each whole-visit companion at the meetings of the one they accompanied, told
    before or after (the text's protagonist where the sentence names no one else: "wurde die
    Staatssekretärin von X begleitet")."""
    scope = m.profile.escort_scope_re
    if scope is None:
        return
    for sent in m.sentences:
        verb = m.profile.accompany_re.search(m.text, sent.start, sent.end)
        scoped = scope.search(m.text, sent.start, sent.end)
        if verb is None or scoped is None:
            continue
        # "bei ihren Terminen in Nairobi": only the meetings held there (or nowhere told)
        town = re.match(r"\s+\w+\s+", m.text[scoped.end() : scoped.end() + 8])
        places = (
            m.place_index.starting_in(scoped.end() + town.end(), scoped.end() + town.end() + 1)
            if town
            else []
        )
        # (the protagonist sought only for such a sentence, most texts have none)
        protagonist = find_protagonist(m, entities)
        split = _escort(m, sent, verb.start(), verb.end(), where, protagonist)
        if split is None:
            continue
        escorted, companions = split
        seated = False
        for d in drafts:
            # (told before it too: "Begleitet wurde sie bei allen Terminen in Berlin von X"
            # sums the visit up after its meetings)
            if d.kind != "meeting" or d.sentence.index == sent.index:
                continue
            if d.sentence.index < sent.index and d.status != "occurred":
                continue  # (what was still to come when it was told is not summed up)
            if not any(p in escorted for p in d.participants):
                continue
            if places and d.location is not None and d.location.key != places[0].key:
                continue
            d.participants += [c for c in companions if c not in d.participants]
            seated = True
        if seated:
            # the sentence sums the visit's meetings up ("die den Minister bei allen Gesprächen
            # begleiteten"): no meeting of its own
            drafts[:] = [d for d in drafts if not _summed_up(d, sent, escorted + companions)]


def _summed_up(d: EventDraft, sent: Sentence, party: list[PersonEntity]) -> bool:
    return (
        d.kind == "meeting"
        and d.sentence.index == sent.index
        and all(p in party for p in d.participants)
    )


def _escort(
    m: Mentions,
    sent: Sentence,
    start: int,
    end: int,
    where: EntityPositions,
    protagonist: PersonEntity | None,
) -> tuple[list[PersonEntity], list[PersonEntity]] | None:
    """The people accompanied and their companions in a sentence whose verb of coming along
    stands at ``start``-``end``: the passive's agent ("von der Botschafterin X", "by X")
    comes along, the others are accompanied; in the active, the subject before the verb
    comes along."""
    named = [(s, e) for s, _, e in where.spans_in(sent.start, sent.end) if e.kind == "person"]
    if not named:
        return None
    agents = "|".join(re.escape(w) for w in sorted(m.profile.agent_words))
    agent = re.search(rf"\b(?:{agents})\b", m.text[sent.start : sent.end], re.IGNORECASE)
    agent_at = sent.start + agent.start() if agents and agent is not None else None
    if agent_at is not None:
        companions = [e for s, e in named if s > agent_at]
        escorted = [e for s, e in named if s < agent_at]
    else:
        # (a relative clause's object between its comma and the verb is the one accompanied:
        # "A und B, die den Minister bei allen Gesprächen begleiteten")
        comma = m.text.rfind(",", sent.start, start)
        before = [(s, e) for s, e in named if s < start]
        if comma < 0 or not any(s < comma for s, _ in before):
            comma = -1
        companions = [e for s, e in before if s < comma or comma < 0]
        escorted = [e for s, e in named if s > end or 0 <= comma < s < start]
    companions = list({e.index: e for e in companions}.values())
    escorted = [e for e in {e.index: e for e in escorted}.values() if e not in companions]
    if not escorted and protagonist is not None and protagonist not in companions:
        escorted = [protagonist]
    return (escorted, companions) if escorted and companions else None
