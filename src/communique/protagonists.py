"""The protagonist: the person a document is about, and the bare role descriptions that
refer to them ("die Präsidentin" in a text about a visit of the President of the European
Parliament, though a head of state titled "Präsidentin" was named since)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.actors import PersonEntity

if TYPE_CHECKING:
    from communique.lexicon import Match
    from communique.mentions import Mentions


def find_protagonist(m: Mentions, entities: list[PersonEntity]) -> PersonEntity | None:
    """The person the document is about: named early, named again or titled."""
    if not entities or not m.sentences:
        return None
    # the first three sentences, or the body's first two under title lines (an issuer, a date
    # line, a headline without a full stop)
    body = next(
        (
            s.index
            for s in m.sentences
            if m.text[s.start : s.end].rstrip().endswith((".", "!", "?"))
        ),
        0,
    )
    early_end = m.sentences[min(max(2, body + 1), len(m.sentences) - 1)].end
    ranked = sorted(entities, key=lambda e: e.first_start)
    for ent in ranked:
        if ent.first_start > early_end:
            break
        if len(ent.spans()) >= 2 or ent.role is not None:
            return ent
    return None


def described_protagonist(
    m: Mentions, protagonist: PersonEntity | None, before: list[PersonEntity], role: Match
) -> PersonEntity | None:
    """The protagonist, where a bare description made of ``role`` ("die Präsidentin", "the
    minister", no adjective of state) refers to them: named before it (in ``before``), their
    title holds the description's title as words ("Präsidentin des Europäischen
    Parlaments"; not "Prime Cabinet Secretary" for "the Principal Secretary") or as the end
    of a compound of its class ("Entwicklungsministerin" for "die Ministerin"; not
    "Vizekanzler", a minister, for "der Kanzler"), and both are deputies or neither is. A
    writer who means another holder of the noun says whose ("die Präsidentin der EZB", "der
    chinesische Minister"). Else None."""
    if protagonist is None or protagonist.role is None or protagonist not in before:
        return None
    holder = str(protagonist.role.row.get("class") or "")
    described = str(role.row.get("class") or "")
    if holder.startswith("deputy_") != described.startswith("deputy_"):
        return None  # "the First Vice Minister" of a protagonist who is a minister
    title = m.text[protagonist.role.start : protagonist.role.end].lower()
    found = re.search(rf"(\b)?{re.escape(role.text.lower())}\b", title)
    if found is None:
        return None
    if found.group(1) is None and holder != described and not holder.endswith("_" + described):
        return None  # the end of a compound of another class ("Vizekanzler", a minister)
    return protagonist
