"""Frames: a meeting told over several sentences.

A meeting opens a frame; a later sentence whose meeting word has a group reference for its
parties ("die beiden Minister setzten ihre Beratungen telefonisch fort", "the two leaders
agreed to meet again") is about the same people, so they are its participants. Someone who
joins "the talks" is added in ``events``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.actors import PersonEntity
    from communique.clauses import SentenceClauses
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.sentences import Sentence


def group_referents(
    m: Mentions,
    sent: Sentence,
    trigs: list[Match],
    clauses: SentenceClauses,
    framed: list[PersonEntity],
) -> list[tuple[int, PersonEntity]]:
    """The parties of the meeting told before (``framed``) where the sentence refers to them
    together ("both sides", "die beiden Minister") as an argument of its meeting words,
    each at the position of that reference; nothing without such a reference. A meeting with
    a state or an organisation for a side is not taken up: "both sides" after "talks with
    the Indian government" may as well mean two other states the text names."""
    if len(framed) < 2 or any(p.kind != "person" for p in framed):
        return []
    for a in m.anaphora_index.starting_in(sent.start, sent.end):
        if a.row.get("type") != "both":
            continue
        if any(clauses.is_argument(t, a.start) for t in trigs):
            return [(a.start, p) for p in framed]
    return []
