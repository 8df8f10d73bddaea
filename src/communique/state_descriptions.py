"""Descriptions of two people by their states: a title after two coordinated state adjectives
and no names ("Вечером турецкого и азербайджанского министров принял премьер-министр", "the
Turkish and Azerbaijani ministers", "die türkische und die aserbaidschanische Ministerin")
refers back to the one person of each state who holds such a title. Each adjective becomes a
mention of its person, so that the meeting word's clause seats both."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.respective import coordinated_states

if TYPE_CHECKING:
    from communique.actors import PersonEntity
    from communique.mentions import Mentions

# classes a described title of the first class may stand for: "the ministers" of foreign
# ministers, "министров" of a foreign minister and a minister
_NARROWER = {
    "minister": ("minister", "foreign_minister"),
    "deputy_minister": ("deputy_minister", "deputy_foreign_minister"),
}


def resolve_state_pairs(m: Mentions, entities: list[PersonEntity]) -> None:
    """Add each coordinated state adjective before a title that no name follows as a mention
    of the one person of that state, named before it, whose title is of that class."""
    for role in m.role_index:
        pair = coordinated_states(m, role, before_only=True)
        if pair is None or _named_after(m, role.end):
            continue
        cls = str(role.row.get("class") or "")
        classes = _NARROWER.get(cls, (cls,))
        found: list[PersonEntity] = []
        for state in pair:
            iso3 = state.affiliation or state.iso3
            holders = [
                e
                for e in entities
                if e.kind == "person"
                and e.affiliation == iso3
                and e.role is not None
                and e.role.row.get("class") in classes
                and e.first_start < role.start
            ]
            if len(holders) != 1:
                break
            found.append(holders[0])
        if len(found) == len(pair) and found[0] is not found[1]:
            for state, ent in zip(pair, found, strict=True):
                ent.refs.append((state.start, state.end))


def _named_after(m: Mentions, end: int) -> bool:
    """Names follow the title ("..., X und Y"): the title is theirs (``respective``)."""
    rest = m.text[end : end + 4]
    return bool(rest.lstrip().startswith(",")) or bool(m.person_index.starting_in(end, end + 3))
