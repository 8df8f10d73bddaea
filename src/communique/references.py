"""References: descriptions that point at a person named elsewhere in the document.

Counterpart titles ("seinem ägyptischen Kollegen Sameh Shukri", "his Russian counterpart
Vladimir Putin") and definite role descriptions ("the Pakistani president", "der russische
Außenminister") are resolved to the person they describe.
"""

from __future__ import annotations

import re

from communique.actors import PersonEntity, affiliating_places
from communique.mentions import Mentions


def resolve_descriptions(
    m: Mentions, entities: list[PersonEntity], bound: set[int] | None = None
) -> None:
    """Counterpart titles ("seinem ägyptischen Kollegen Sameh Shukri", "his Russian counterpart
    Vladimir Putin") give the named person the class of the person they are a counterpart
    of and the state of their adjective; definite role descriptions ("the Pakistani
    president", "der russische Außenminister") become mentions of the one person they fit."""
    name_starts = {s: ent for ent in entities for s, _ in ent.name_spans()}
    places = affiliating_places(m)
    for a in m.anaphora:
        kind = a.row.get("type")
        after = a.end
        while after < len(m.text) and m.text[after] in " \t,":
            after += 1
        named = name_starts.get(after)
        adj = next((p for p in places if a.start <= p.start and p.end <= a.end), None)
        if kind == "counterpart" and named is not None:
            if named.role is None:
                anchor = _anchor(m, entities, a.start, named)
                if anchor is not None and anchor.role is not None:
                    named.role, named.role_class = anchor.role, anchor.role_class
                    named.sector = anchor.sector
                    named.role_title = _counterpart_words(m, a.start, a.end)
            if adj is not None and not named.affiliation:
                named.affiliation = adj.affiliation or adj.iso3
        elif kind == "role_noun" and named is None:
            roles = [r for r in m.roles if a.start <= r.start and r.end <= a.end]
            if any(r.start in (bound or ()) for r in roles):
                continue  # a title of a name further on ("den Außenminister ..., X")
            aff = (adj.affiliation or adj.iso3) if adj else None
            before = [e for e in entities if e.first_start < a.start]
            fits: list[PersonEntity] = []
            if roles:
                cls = roles[-1].row.get("class")
                fits = [
                    e
                    for e in before
                    if e.role is not None
                    and e.role.row.get("class") == cls
                    and (aff is None or e.affiliation == aff)
                ]
            if not fits and aff is not None:
                # "der kasachische Diplomat", "the Kazakh diplomat": the one person of that state
                fits = [e for e in before if e.affiliation == aff]
                fits = fits if len(fits) == 1 else []
            if len(fits) == 1 or (fits and aff is not None):
                _refer(fits, a.start, a.end)
        elif kind == "counterpart" and named is None:
            # "der Gesprächspartner", "der Gast", "his counterpart": the last person named
            # before it other than the document's first titled person
            titled = [e for e in entities if e.role is not None]
            lead = min(titled, key=lambda e: e.first_start) if titled else None
            fits = [e for e in entities if e is not lead and e.first_start < a.start]
            if fits:
                _refer(fits, a.start, a.end)


def _refer(fits: list[PersonEntity], start: int, end: int) -> None:
    """The description at ``start:end`` mentions the fitting person named last before it."""
    target = max(fits, key=lambda e: max(s for s, _ in e.spans() if s < start))
    target.refs.append((start, end))


def _anchor(
    m: Mentions, entities: list[PersonEntity], pos: int, exclude: PersonEntity
) -> PersonEntity | None:
    """The titled person a counterpart is relative to: the last one named before ``pos`` in
    the sentence, else the first titled person of the document."""
    sent = m.sentence_of(pos)
    before = [
        (s, e)
        for e in entities
        if e is not exclude and e.role is not None
        for s, _ in e.name_spans()
        if sent.start <= s < pos
    ]
    if before:
        return max(before, key=lambda x: x[0])[1]
    titled = [e for e in entities if e is not exclude and e.role is not None]
    return min(titled, key=lambda e: e.first_start) if titled else None


def _counterpart_words(m: Mentions, start: int, end: int) -> tuple[int, int]:
    """The counterpart noun itself ("Amtskollegen", "counterpart"), without the article,
    possessive and adjectives before it."""
    words = list(re.finditer(r"[\w-]+", m.text[start:end]))
    last = words[-1] if words else None
    return (start + last.start(), start + last.end()) if last else (start, end)
