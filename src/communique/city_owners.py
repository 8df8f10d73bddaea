"""City and subdivision owners: a title a city owns ("Berlins Bürgermeister", "der Wiener
Bürgermeister", "London Mayor Sadiq Khan", "the mayor of London", "Bürgermeister von Kyjiw")
is of the city's state, where no state or organisation owns it; so is one a state's
subdivision owns ("Bayerns Wirtschaftsminister", "Ministerpräsident des Landes
Nordrhein-Westfalen", "Premier of the Western Cape"), which makes a government's title a
sub-national official's (``titles.apply_role``).

A city named after the title owns it only through the language's link words ("of",
"von"): "the ambassador to Washington", "Botschafter in Berlin" are no one's of that city.
German names a city's people and offices by an adjective of the city ("Wiener", "Dresdner",
"Basler"), formed by rule (the profile's ``city_adjective_forms``); such an adjective is
read as the city only right before a title, where it cannot be a surname ("Anthony Wiener").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch
    from communique.lang.profile import LanguageProfile
    from communique.lexicon import Match
    from communique.mentions import Mentions

_CAPITALISED = re.compile(r"(?<![\w-])([^\W\d_][\w-]*)\s+$")
CITY_OWNER_REACH = 60  # characters after a title where its city stands ("of the city of")


def city_adjectives(
    text: str,
    roles: list[Match],
    city_named: Callable[[str], PlaceMatch | None],
    profile: LanguageProfile,
) -> list[PlaceMatch]:
    """The city adjectives right before titles ("der Wiener Bürgermeister"), each as a
    mention of its city spanning the adjective. ``city_named``: the city of a name, if the
    gazetteer knows one."""
    forms = profile.city_adjective_forms
    if not forms:
        return []
    out: list[PlaceMatch] = []
    for r in roles:
        word = _CAPITALISED.search(text, max(0, r.start - 40), r.start)
        if word is None or not word.group(1)[:1].isupper():
            continue
        adj = word.group(1)
        for ending, stem_end in forms:
            if not adj.endswith(ending) or len(adj) <= len(ending) + 2:
                continue
            city = city_named(adj[: -len(ending)] + stem_end)
            if city is not None:
                start = word.start(1)
                out.append(replace(city, start=start, end=start + len(adj), text=adj))
                break
    return out


def city_owner(m: Mentions, role: Match, lead: int) -> PlaceMatch | None:
    """The city owning a title (modifiers before it from ``lead``), or None."""
    before = [
        p
        for p in (*m.place_index.overlapping(lead - 4, lead + 1), *m.title_cities)
        if p.kind == "city"
        and p.end <= lead
        and p.end >= lead - 4
        and m.profile.owner_before_title
        and m.profile.possessive_before_re.fullmatch(m.text[p.end : lead])
        # not where the city is a place ("traf in Teheran Präsident X")
        and not m.profile.place_preposition_re.search(m.text, max(0, p.start - 20), p.start)
    ]
    if before:
        return max(before, key=lambda p: p.end)
    sent = m.sentence_of(role.start)
    limit = min(sent.end, role.end + CITY_OWNER_REACH)
    after = m.place_index.starting_in(role.end, limit)[:1]
    if (
        after
        and after[0].kind == "city"
        and m.profile.city_owner_link_re.fullmatch(m.text[role.end : after[0].start])
    ):
        return after[0]
    return None


def title_regions(
    text: str,
    roles: list[Match],
    subdivision_named: Callable[[str], PlaceMatch | None],
    profile: LanguageProfile,
) -> dict[int, PlaceMatch]:
    """The subdivisions owning titles, by the title's start: named right before it, also in
    the genitive ("Bayerns Wirtschaftsminister", "Alberta Premier"), or after it through the
    language's link ("des Landes Nordrhein-Westfalen", "of the Western Cape")."""
    out: dict[int, PlaceMatch] = {}
    # the longest ending first ("Bayerns" -> "Bayern")
    endings = {"", *profile.possessive_suffixes, *profile.genitive_suffixes}
    suffixes = sorted(endings, key=lambda x: (-len(x), x))
    for r in roles:
        found: PlaceMatch | None = None
        before = _WORDS_BEFORE.search(text, max(0, r.start - 60), r.start)
        if before is not None:
            words = before.group(1).split()
            names = [" ".join(words[-k:]) for k in (2, 1) if len(words) >= k]
            found = next(
                (
                    _at(hit, before.end(1) - len(name))
                    for name in names
                    for suffix in suffixes
                    if name.endswith(suffix)
                    and (hit := subdivision_named(name[: len(name) - len(suffix)])) is not None
                ),
                None,
            )
        link = profile.region_owner_link_re.match(text, r.end) if found is None else None
        if link is not None:
            after = _WORDS_AFTER.match(text, link.end())
            words = after.group(1).split() if after is not None else []
            found = next(
                (
                    _at(hit, link.end())
                    for k in (3, 2, 1)
                    if len(words) >= k and (hit := subdivision_named(" ".join(words[:k])))
                ),
                None,
            )
        if found is not None:
            out[r.start] = found
    return out


def _at(place: PlaceMatch, start: int) -> PlaceMatch:
    """A subdivision found by its name, as a mention of that name at ``start``."""
    return replace(place, start=start, end=start + len(place.text))


# capitalised words right before a title ("Bayerns ", "Western Cape's ") and after a link
_WORDS_BEFORE = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){1,2})$")
_WORDS_AFTER = re.compile(r"([^\W\d_][\w-]*(?:[^\S\n]+[^\W\d_][\w-]*){0,2})")


# what follows a dateline's place: a dash, a bracket or a comma and a date
_DATELINE_TAIL = re.compile(r"[^\S\n]*(?:\(|–|—|-\s)")


def dateline_cities(
    text: str,
    places: list[PlaceMatch],
    capital_of_name: Callable[[str, str], PlaceMatch | None],
) -> list[PlaceMatch]:
    """``places`` with a state that opens a line as a dateline ("Luxemburg – Beim Treffen",
    "SINGAPORE (Reuters) -") read as its capital of that name, where there is one: a dateline
    names the city where the text was written."""
    out: list[PlaceMatch] = []
    for p in places:
        if (
            p.kind == "state"
            and (p.start == 0 or text[p.start - 1] == "\n")
            and _DATELINE_TAIL.match(text, p.end)
            and p.iso3 is not None
            and (city := capital_of_name(p.iso3, p.text)) is not None
        ):
            p = replace(city, start=p.start, end=p.end, text=p.text)
        out.append(p)
    return out
