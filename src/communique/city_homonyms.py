"""City homonyms: one name, cities of several states ("Brest" in France and in Belarus,
"Santiago" in Chile and in Spain). The gazetteer matches the most populous; a text that
names the other's state, or a region or another city of it, means that one."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch

# kinds of matches that tell which states a text is about
_TELLING_KINDS = frozenset({"state", "state_adj", "region", "city"})


class _HasState(Protocol):
    @property
    def iso3(self) -> str | None: ...


R = TypeVar("R", bound=_HasState)


def resolve_homonyms(
    found: list[PlaceMatch],
    homonyms: Mapping[str, Sequence[R]],
    remake: Callable[[PlaceMatch, R], PlaceMatch],
) -> list[PlaceMatch]:
    """``found`` with each city whose name several states' cities bear (``homonyms``, by
    surface) taken as the one of a state the rest of the text names, where the matched one's
    state is named nowhere else."""
    ambiguous = [p for p in found if p.kind == "city" and p.text in homonyms]
    if not ambiguous:
        return found
    told = {
        p.iso3
        for p in found
        if p.kind in _TELLING_KINDS and p.iso3 and not (p.kind == "city" and p.text in homonyms)
    }
    out: list[PlaceMatch] = []
    for p in found:
        if p.kind == "city" and p.text in homonyms and p.iso3 not in told:
            other = next((r for r in homonyms[p.text] if r.iso3 in told), None)
            if other is not None:
                p = remake(p, other)
        out.append(p)
    return out
