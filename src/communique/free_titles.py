"""Whether a title named apart from anyone refers to a person named elsewhere: the same
title word ("US-Außenminister", "Außenministerin"), in a sentence that does not name the
person otherwise."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.actors import PersonEntity
    from communique.mentions import Mentions


def same_title(a: str, b: str) -> bool:
    """Two titles share a word ("US-Außenminister", "Außenministerin"; "the US secretary of
    state", "Secretary"), so one may refer back to the other; a title of the same class in
    other words names someone else ("Regierungschef" of Liechtenstein, "der österreichische
    Bundeskanzler")."""

    def heads(title: str) -> set[str]:
        return {_uninflected(w) for w in re.findall(r"\w+", title.lower()) if len(w) >= 4}

    return any(x.endswith(y) or y.endswith(x) for x in heads(a) for y in heads(b))


def _uninflected(word: str) -> str:
    for ending in ("innen", "in", "en", "es", "s", "n"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def someone_else(m: Mentions, ent: PersonEntity, at: int) -> bool:
    """The free title at ``at`` stands in a sentence that names the person: it is someone
    they deal with ("Defense Secretary X met Panama's security minister", "Lawrow informierte
    die Außenminister des Irans"), since a title of theirs there would be bound to them;
    also where it refers to them otherwise ("das Treffen des Regierungschefs mit dem
    österreichischen Bundeskanzler")."""
    sent = m.sentence_of(at)
    return any(
        sent.start <= start < sent.end and not start <= at < end for start, end in ent.spans()
    )
