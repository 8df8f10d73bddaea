"""Referents: the people pronouns, possessives and speech frames point at in a meeting's
sentence ("He met ...", "his meeting with X", "Kerry said that he had met ...", "sagten Koch
und Rauball": who only reports)."""

from __future__ import annotations

import re

from communique.actors import EntityPositions, PersonEntity, agrees, pronoun_gender
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.sentences import Sentence

PRONOUN_REACH = 3  # sentences back where a pronoun's referent was named
SPEAKER_BEFORE_VERB = 60  # characters: "Secretary of State John Kerry said"
REPORTED_LIST = 40  # characters of other names between a speech verb and a reporter


def possessive_at(m: Mentions, trigs: list[Match]) -> tuple[int, Match] | None:
    """Where a person's possessive stands right before a meeting word ("his meeting", "his
    final talks", "Sein zweites Sondierungsgespräch"), and that word; None without one."""
    for x in trigs:
        window = m.text[max(0, x.start - 30) : x.start]
        before = next(
            (
                b
                for pattern in (r"(\w+)\s+$", r"(\w+)\s+\w+\s+$")
                if (b := re.search(pattern, window)) is not None
                and b.group(1).lower() in m.profile.person_possessives
            ),
            None,
        )
        if before is not None:
            return x.start - len(before.group(0)), x
    return None


def possessor(
    m: Mentions,
    where: EntityPositions,
    at: int,
    taken: set[int],
    protagonist: PersonEntity | None,
) -> PersonEntity | None:
    """The person the possessive at ``at`` refers to, if not ``taken``."""
    ent = pronoun_referent(m, where, at, taken, protagonist)
    return ent if ent is not None and ent.index not in taken and ent.kind == "person" else None


def seated_possessor(
    m: Mentions,
    where: EntityPositions,
    trigs: list[Match],
    persons: list[tuple[int, PersonEntity]],
    protagonist: PersonEntity | None,
) -> tuple[int, PersonEntity] | None:
    """The person a possessive right before a meeting noun refers to ("the White House
    canceled his meeting with Duterte", "sagte sein Treffen mit ... ab"), with the
    possessive's position, where a state or body named before it might be taken for a party;
    None when there is none or the person is already there."""
    found = possessive_at(m, trigs)
    if found is None:
        return None
    at, x = found
    sent = m.sentence_of(x.start)
    if not any(
        p.kind in ("state", "org") and p.end <= at for p in m.in_sentence(m.place_index, sent)
    ):
        return None  # only where a state or body before it may take the slot
    ent = possessor(m, where, at, {e.index for _, e in persons}, protagonist)
    return (at, ent) if ent is not None else None


def pronoun_referent(
    m: Mentions,
    where: EntityPositions,
    at: int,
    taken: set[int],
    protagonist: PersonEntity | None,
) -> PersonEntity | None:
    """The person a subject or object pronoun refers to, of its gender and not ``taken`` by
    the meeting already: the document's protagonist when it was named in the last few
    sentences, else the person named last before the pronoun."""
    sent = m.sentence_of(at)
    back = m.sentences[max(0, sent.index - PRONOUN_REACH)].start
    gender = pronoun_gender(m, at)
    recent = [
        e for _, _, e in where.spans_in(back, at) if e.index not in taken and agrees(e, gender)
    ]
    if not recent:
        # nobody named lately (a run of quoted sentences): the person the text is about
        if (
            protagonist is not None
            and protagonist.index not in taken
            and agrees(protagonist, gender)
        ):
            return protagonist if protagonist.first_start < at else None
        return None
    if protagonist is not None and any(e is protagonist for e in recent):
        return protagonist
    return recent[-1]


def speaker(m: Mentions, where: EntityPositions, at: int) -> PersonEntity | None:
    """ "Kerry said Tuesday that he had met Lavrov": a subject pronoun after a speech verb
    is its speaker, named right before the verb in the same sentence."""
    sent = m.sentence_of(at)
    cues = [c for c in m.speech_index.starting_in(sent.start, at) if c.row.get("kind") == "verb"]
    if not cues:
        return None
    verb = cues[-1].start
    gender = pronoun_gender(m, at)
    speakers = [
        e
        for s, _, e in where.spans_in(sent.start, verb)
        if verb - s <= SPEAKER_BEFORE_VERB and agrees(e, gender)
    ]
    return speakers[-1] if speakers else None


def reporting(m: Mentions, spans: list[tuple[int, int]], sent: Sentence) -> bool:
    """Every mention of the person in the sentence (``spans``) stands next to a speech verb."""
    speech = [(c.start, c.end) for c in m.in_sentence(m.speech_index, sent)]
    if not spans or not speech:
        return False
    return all(
        any(-3 <= s - ce <= 3 or -3 <= cs - e <= 3 or _listed_after(m, ce, s) for cs, ce in speech)
        for s, e in spans
    )


def _listed_after(m: Mentions, end: int, start: int) -> bool:
    """Only other names of a list stand between a speech verb's ``end`` and ``start``
    ("sagten Koch und Rauball", "said Holt and Lund")."""
    if not 0 < start - end <= REPORTED_LIST:
        return False
    gap = m.text[end:start].replace(",", " ").split()
    return (
        bool(gap)
        and all(w[:1].isupper() or w.lower() in m.profile.coordinators for w in gap)
        and any(w.lower() in m.profile.coordinators for w in gap)
    )
