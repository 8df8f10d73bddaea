"""Leaders of a document the knowledge base knows (``communique.office_holders``): who each
person named is, their state where the text gives none, and their office on the publication
date where the text names none; each named as inferred, with the table's entry."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from communique.actors import PersonEntity
from communique.mentions import Mentions
from communique.office_holders import OFFICE_CLASSES, OfficeHolders
from communique.record import Actor, Role
from communique.titles import state_classes


def identify_leaders(
    m: Mentions,
    entities: Sequence[PersonEntity],
    holders: OfficeHolders,
    lang: str,
    possessive_suffixes: Sequence[str] = (),
) -> int:
    """Mark the people of a text the table knows (``known``) and give those the text leaves
    without a state the holder's one, named as inferred (a title whose class depends on the
    state takes that state's class); returns how many were known.

    A full name identifies; a surname alone does for someone the text never names in full
    ("Michael Howard" is not John Howard), named where no sport is told ("Costa traf in der
    79. Minute"), and, without a title of the holder's office, only where the text names the
    holder's state ("Mr Howard" of a British text that names no Australia is not John
    Howard; "Polling firm Mori" of a text that names no Japan is no Japanese prime
    minister)."""
    count = 0
    text = m.text
    # the states and bodies the text names: a leader named by surname alone is of one of them
    named = {p.affiliation or p.iso3 for p in m.places} | {p.iso3 for p in m.places}
    for ent in entities:
        if ent.kind != "person":
            continue
        names = [ent.name, *(text[s:e] for s, e in ent.name_spans())]
        # "Erdogans Treffen", "Putin's spokesman": the possessive
        names += [
            n[: -len(g)]
            for n in names
            for g in possessive_suffixes
            if n.endswith(g) and len(n) > len(g) + 2
        ]
        found = holders.identify(names, lang, ent.role_class, _surname_may_do(m, ent))
        if found is None:
            continue
        if found.by_surname and ent.role_class not in OFFICE_CLASSES and found.state not in named:
            continue  # "Mr Howard" of a British text that names no Australia: a Briton
        ent.known = found
        count += 1
        state = found.state
        if ent.affiliation is None and ent.organization is None and state is not None:
            ent.affiliation = state
            ent.inferred["affiliation"] = found.source
            if ent.role is not None:
                # "Chancellor Gordon Brown", British by the table: a finance minister
                ent.role_class = state_classes(ent.role).get(state, ent.role_class)
    return count


def _surname_may_do(m: Mentions, ent: PersonEntity) -> bool:
    """A surname alone may identify the person: never named with a first name, and named
    in a sentence that tells no sport."""
    if len(ent.tokens) > 1:
        return False
    return any(not m.sporting(m.sentence_of(s)) for s, _ in ent.name_spans())


# the words an inferred office is shown with (the class, as the contract's role classes read)
OFFICE_TITLES = {
    "head_of_state": "head of state",
    "head_of_government": "head of government",
    "foreign_minister": "foreign minister",
    "igo_leader": "head of an international organisation",
}


def infer_office(ent: PersonEntity, actor: Actor, published: date | None) -> bool:
    """Give a known leader the text names without a title the office they held on the
    publication date ("Merkel" in a text of 2015: head of government), named as inferred;
    whether one was given."""
    found = ent.known
    holder = found.holder if found is not None else None
    if holder is None or published is None or actor.role is not None:
        return False
    term = holder.term_on(published)
    if term is None:
        return False
    actor.role = Role(term.cls, OFFICE_TITLES[term.cls])
    actor.inferred["role"] = holder.source
    actor.sector = actor.sector or ("IGO" if term.cls == "igo_leader" else "GOV")
    if actor.affiliation is None and actor.organization is None:
        actor.affiliation = term.state
        actor.inferred["affiliation"] = holder.source
    return True
