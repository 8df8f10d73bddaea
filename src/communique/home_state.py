"""The state a text is about, from its own national institutions, for officials it names
without one.

A text on British politics names the Commons, Downing Street and the parties, and calls Gordon
Brown "Chancellor" without saying of which state; an Austrian one names the Nationalrat, the
ÖVP and the SPÖ and calls Doskozil "Verteidigungsminister". Where the institutions the text
names (parliaments, governments, ministries, parties of the knowledge base) point to one state
and to no other as often, a national official with no state of their own is of that state.
The field is knowledge, not text: the actor's ``inferred`` names the institution that decided
(``"kb:organizations/GBR_COMMONS"``).

Not for titles a state holds once when someone of that state holds it already ("Außenminister
Kurz" of Austria in the text: "Außenminister Lawrow" is not Austrian), nor for ambassadors,
envoys and officials of international organisations, who are often foreign in a national text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from communique.knowledge import PlaceMatch
from communique.record import GOVERNMENT_CLASSES, Actor
from communique.titles import title_states

if TYPE_CHECKING:
    from communique.actors import PersonEntity
    from communique.drafts import EventDraft

# institutions of a state's own politics (not its embassies or its companies)
HOME_INSTITUTIONS = frozenset({"parliament", "government", "party", "ministry"})
MIN_MENTIONS = 2  # institution mentions of the state, at the least
LEAD = 2  # ... and that many times as many as of any other state
# classes a state's officials hold; of them, those one person holds at a time
HOME_CLASSES = frozenset({*GOVERNMENT_CLASSES, "legislator", "official"})
SINGLE_HOLDER = frozenset({"head_of_state", "head_of_government", "foreign_minister"})


def home_state(
    places: Sequence[PlaceMatch], institution_kind: Callable[[str], str | None]
) -> PlaceMatch | None:
    """The first mention of an institution of the state the text's institutions point to,
    or None where they point to none or to several, or to one the text names neither
    directly nor by a party of its own."""
    votes: Counter[str] = Counter()
    first: dict[str, PlaceMatch] = {}
    partisan: set[str] = set()  # states a party of the text belongs to
    for p in places:
        kind = institution_kind(p.key) if p.kind == "org" else None
        if kind not in HOME_INSTITUTIONS or not p.iso3:
            continue
        votes[p.iso3] += 1
        first.setdefault(p.iso3, p)
        if kind == "party":
            partisan.add(p.iso3)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][1] * LEAD > ranked[0][1]:
        return None
    state = ranked[0][0]
    # a state the text names, or whose party it names: an institution's name alone may be
    # another state's ("Bundesrat" in a Swiss text, "the Foreign Office" in a Pakistani one)
    named = any(p.iso3 == state and p.kind in ("state", "state_adj", "city") for p in places)
    return first[state] if named or state in partisan else None


def dateline_state(places: Sequence[PlaceMatch], line: PlaceMatch) -> PlaceMatch | None:
    """The dateline's city where the text is about its state: no other state is named as
    often ("SEOUL (Reuters) - North Korea hurled abuse at Bush" is about North Korea, and Bush
    is no South Korean), counting states, their adjectives and cities with the dateline."""
    if not line.iso3:
        return None
    votes: Counter[str] = Counter(
        p.iso3 for p in places if p.iso3 and p.kind in ("city", "state", "state_adj")
    )
    own = votes[line.iso3]
    if any(n >= own for iso3, n in votes.items() if iso3 != line.iso3):
        return None
    return line


def met_abroad(drafts: Sequence[EventDraft], state: str) -> set[int]:
    """The entities met in another state than ``state`` by someone of ``state`` ("Kurz traf
    in Teheran Präsident Rohani"): hosts or fellow guests abroad of the text's own officials,
    whom its institutions do not make its own."""
    out: set[int] = set()
    for d in drafts:
        place = d.location
        if d.kind == "conference" or place is None or place.kind not in ("city", "state"):
            continue
        if not place.iso3 or place.iso3 == state:
            continue
        if any(_of_state(p, state) for p in d.participants):
            out.update(p.index for p in d.participants if not _of_state(p, state))
    return out


def _of_state(p: PersonEntity, state: str) -> bool:
    """Of ``state``: by the text, or by a title only a few states give, one of them ("Kiew
    (dpa) - Bundesaußenministerin Brand ... wurde von Regierungschefin X empfangen")."""
    if p.affiliation:
        return p.affiliation == state
    return state in title_states(p)


def fill_home_state(
    actors: Sequence[Actor],
    home: PlaceMatch,
    abroad: Collection[str] = (),
    state_classes: Mapping[str, Mapping[str, str]] | None = None,
    title_states: Mapping[str, Collection[str]] | None = None,
) -> int:
    """Give the officials without a state the text's home state, named as inferred from the
    institution, except those met abroad (actor ids ``abroad``, see ``met_abroad``); a title
    whose class depends on the state (``state_classes``: by actor id, the class by state
    code) takes the home state's class ("Chancellor Gordon Brown" in a British text is a
    finance minister); a title of only some states (``title_states``: by actor id) takes no
    other ("Bundesaußenministerin" under a Kiev dateline). Returns how many were filled."""
    state = home.iso3
    if not state:
        return 0
    by_state = state_classes or {}
    # the institution that decided, or the dateline's city
    source = "kb:organizations" if home.kind == "org" else "kb:places"
    held = {
        a.role.cls
        for a in actors
        if a.kind == "person" and a.role is not None and a.affiliation == state
    }
    filled = 0
    for a in actors:
        if a.kind != "person" or a.affiliation or a.role is None or a.organization:
            continue
        if a.id in abroad:
            continue
        only = (title_states or {}).get(a.id)
        if only and state not in only:
            continue
        cls = by_state.get(a.id, {}).get(state, a.role.cls)
        if cls not in HOME_CLASSES or (cls in SINGLE_HOLDER and cls in held):
            continue
        a.role.cls = cls
        a.affiliation = state
        a.inferred["affiliation"] = f"{source}/{home.key}"
        filled += 1
    return filled
