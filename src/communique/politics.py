"""Public affairs: whether a person at a meeting holds public office (or is a state or an
organisation), and whether a sentence is about public affairs, so that private people
meeting are no event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.lang.profile import words
from communique.lang.profile_patterns import has_stem

if TYPE_CHECKING:
    from communique.actors import PersonEntity
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.sentences import Sentence

ORIGIN_REACH = 12  # characters: "Anderson aus Südafrika", "Novák from the Czech Republic"


_POLITICAL_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY", "PTY", "IGO"})


def negotiating(m: Mentions, trigs: list[Match]) -> bool:
    """Named people negotiating ("held talks with", "провел переговоры с"): what news calls
    talks between people is public business, where the text names no office."""
    return any(has_stem(x.text, m.profile.negotiation_stems) for x in trigs)


def political(ent: PersonEntity) -> bool:
    """A state or organisation at the table, or someone the text presents as holding public
    office: a title of a political sector, or any title with a state ("Kevin Anderson aus
    Südafrika", a state without a title, is no office), or a leader the knowledge base
    knows."""
    if ent.kind != "person":
        return True
    if ent.known is not None:
        return True  # a leader the knowledge base knows ("Merkel telefonierte mit Putin")
    return ent.role is not None and (bool(ent.affiliation) or ent.sector in _POLITICAL_SECTORS)


# PLOVER contexts of politics: a sentence about one of these is about public affairs
POLITICAL_CONTEXTS = frozenset(
    words(
        "military intelligence executive legislative election political_institutions "
        "pro_democracy pro_autocracy reparations human_rights rights_freedoms repression "
        "diplomatic territory peacekeeping asylum migration terrorism cbrn"
    )
)


def political_sentence(m: Mentions, sent: Sentence) -> bool:
    """A state or an organisation named in the sentence ("The Kremlin denied ..."), or a
    political subject discussed ("over government plans to hold terror suspects")."""
    for p in m.in_sentence(m.place_index, sent):
        if p.kind not in ("state", "org"):
            continue
        # "Kevin Anderson aus Südafrika": where a person comes from says nothing political
        before = m.text[max(sent.start, p.start - ORIGIN_REACH) : p.start]
        origin = m.profile.origin_re.search(" " + before)
        if origin and m.person_index.overlapping(p.start - ORIGIN_REACH, p.start):
            continue
        return True
    return any(hit.row.get("context") in POLITICAL_CONTEXTS for hit in m.topics_in(sent))
