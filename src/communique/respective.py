"""Titles shared by coordinated people of coordinated states, in the same order ("Der deutsche
und der französische Außenminister, X und Y", "the foreign ministers of Germany and France, X
and Y", "die Präsidenten Russlands und der Ukraine, X und Y"): X is of the first state and Y of
the second, both hold the title. Without this, the first person took the title's nearest
state (the second one) and the second person none. So too plural counterpart nouns ("seine
Amtskollegen aus Ungarn und Serbien, X und Y", "her Hungarian and Serbian counterparts, X and
Y"), whose list of states also tells the name finder that names follow."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from communique.actors import EntityPositions, PersonEntity
from communique.counterpart_lists import origin_states

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.resources import LanguageResources

_STATE_KINDS = ("state", "state_adj")


def respective_owners(
    m: Mentions,
    entities: list[PersonEntity],
    res: LanguageResources,
    apply: Callable[[Mentions, PersonEntity, Match, LanguageResources], None],
) -> None:
    """Give each of two coordinated people after a title the state of the same rank in the
    coordinated states that own the title (see the module docstring)."""
    coordinator = _coordinator(m)
    where = EntityPositions(entities, names_only=True)
    for role in m.role_index:
        sent = m.sentence_of(role.start)
        states = [
            p for p in m.affiliating.overlapping(sent.start, sent.end) if p.kind in _STATE_KINDS
        ]
        pair = _owners(m, states, role, coordinator)
        if pair is None:
            continue
        people = _people_after(m, where, max(role.end, pair[1].end), sent.end, coordinator)
        if len(people) != 2 or people[0] is people[1]:
            continue
        for ent, state in zip(people, pair, strict=True):
            if ent.role is None:
                apply(m, ent, role, res)
            ent.affiliation = state.affiliation or state.iso3


def _articles(m: Mentions) -> str:
    """An optional definite article ("der", "the")."""
    words = "|".join(sorted(m.profile.articles - m.profile.indefinite_articles))
    return rf"(?:(?:{words})\s+)?" if words else ""


def _coordinator(m: Mentions) -> re.Pattern[str]:
    words = "|".join(sorted(m.profile.additive_coordinators)) or r"(?!x)x"
    return re.compile(rf"\s*,?\s*(?:{words})\s+{_articles(m)}", re.IGNORECASE)


def coordinated_states(
    m: Mentions, role: Match, *, before_only: bool = False
) -> tuple[PlaceMatch, PlaceMatch] | None:
    """The two coordinated states that own ``role`` (``_owners``); ``before_only``: only
    those right before it ("турецкого и азербайджанского министров")."""
    sent = m.sentence_of(role.start)
    states = [
        p for p in m.affiliating.overlapping(sent.start, role.start) if p.kind in _STATE_KINDS
    ]
    if before_only:
        states = [p for p in states if p.end <= role.start]
    return _owners(m, states, role, _coordinator(m))


def _owners(
    m: Mentions, states: list[PlaceMatch], role: Match, coordinator: re.Pattern[str]
) -> tuple[PlaceMatch, PlaceMatch] | None:
    """Two coordinated states right before the title ("der deutsche und der französische
    Außenminister") or right after it ("die Außenminister Deutschlands und Frankreichs", "the
    foreign ministers of Germany and France") and then a comma."""
    text = m.text
    for a, b in zip(states, states[1:], strict=False):
        if not coordinator.fullmatch(text, a.end, b.start):
            continue
        if b.end <= role.start and text[b.end : role.start].strip() == "":
            return a, b
        lead = text[role.end : a.start]
        links = "|".join(sorted(m.profile.capital_links)) or r"(?!x)x"
        if (
            a.start >= role.end
            and re.fullmatch(rf"\s*(?:(?:{links})\s+)?{_articles(m)}", lead)
            and re.match(r"\s*,", text[b.end : b.end + 3])
        ):
            return a, b
    return None


def _people_after(
    m: Mentions, where: EntityPositions, at: int, end: int, coordinator: re.Pattern[str]
) -> list[PersonEntity]:
    """The two people named after a comma at ``at`` and joined by a coordinator."""
    comma = re.match(r"\s*,\s*", m.text[at:end])
    if comma is None:
        return []
    first = where.spans_in(at + comma.end(), at + comma.end() + 1)
    if not first:
        return []
    _, first_end, one = first[0]
    joined = coordinator.match(m.text, first_end, end)
    if joined is None:
        return []
    second = where.spans_in(joined.end(), joined.end() + 1)
    return [one, second[0][2]] if second else []


RESPECTIVE_REACH = 160  # characters after a counterpart noun where its states and names stand


def respective_counterparts(
    m: Mentions, a: Match, name_starts: dict[int, PersonEntity]
) -> list[tuple[PlaceMatch, PersonEntity]]:
    """A plural counterpart noun with its states and then as many names, in the same order:
    "seine Amtskollegen aus Ungarn und Serbien, X und Y", "her Hungarian and Serbian
    counterparts, X and Y": X of the first state, Y of the second; nothing otherwise."""
    text = m.text

    def state_at(at: int) -> PlaceMatch | None:
        return next((p for p in m.place_index.starting_in(at, at + 1) if p.kind == "state"), None)

    states = origin_states(text, a.end, state_at, m.profile)
    if states:
        at = states[-1].end
    else:
        states = [p for p in m.affiliating.overlapping(a.start, a.end) if p.kind in _STATE_KINDS]
        at = a.end
        if len(states) < 2 or not _coordinator(m).fullmatch(text, states[-2].end, states[-1].start):
            return []
    comma = re.compile(r"\s*,\s*").match(text, at)
    if comma is None:
        return []
    at = comma.end()
    joins = "|".join(re.escape(w) for w in sorted(m.profile.additive_coordinators))
    # names are listed as the states are: commas, and a coordinator before the last
    before_last = re.compile(rf"\s*,?\s+(?:{joins})\s+")
    between = re.compile(r"\s*,\s*")
    people: list[PersonEntity] = []
    for k in range(len(states)):
        ent = name_starts.get(at)
        span = next(iter(m.person_index.starting_in(at, at + 1)), None)
        if ent is None or span is None or at - a.end > RESPECTIVE_REACH:
            return []
        people.append(ent)
        if k == len(states) - 1:
            break
        sep = (before_last if k == len(states) - 2 else between).match(text, span.end)
        if sep is None:
            return []
        at = sep.end()
    return list(zip(states, people, strict=True))
