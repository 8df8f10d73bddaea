"""Two surnames side by side that are two people: each named in full before ("Später holte
Niessl Doskozil nach Eisenstadt" after "Hans Niessl" and "Hans Peter Doskozil")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.people import PersonMention


def split_known(
    text: str, found: list[PersonMention], first_names: Callable[[str], bool]
) -> list[PersonMention]:
    """``found`` with every two-word mention of two surnames known from fuller mentions
    before it split into two mentions."""
    out: list[PersonMention] = []
    known: set[str] = set()
    for mention in found:
        first, *rest = mention.tokens
        if (
            len(mention.tokens) == 2
            and mention.base is None
            and first in known
            and rest[0] in known
            and first != rest[0]
            and not first_names(first)
        ):
            at = text.find(rest[0], mention.start + len(first), mention.end)
            if at > 0:
                head = mention.start + len(first)
                out.append(
                    replace(
                        mention,
                        end=head,
                        text=text[mention.start : head],
                        tokens=(first,),
                        reasons=[*mention.reasons, "split"],
                    )
                )
                out.append(
                    replace(
                        mention,
                        start=at,
                        text=text[at : mention.end],
                        tokens=(rest[0],),
                        reasons=[*mention.reasons, "split"],
                    )
                )
                continue
        out.append(mention)
        if len(mention.tokens) >= 2:
            known.add(mention.surname)
    return out
