"""Title owners: the state or organisation a role title belongs to, read from the title's
immediate context: an adjective or prefix before it ("kasachische", "US-", "Kazakhstan's"),
a body whose name ends in the title ("European Commission President"), or a genitive or
"of" chain after it ("der Kabinettschefin der Hohen Vertreterin der EU") that stops at a
comma, a verb, a name, or another person's title."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.city_owners import city_owner

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch
    from communique.lang.profile import LanguageProfile
    from communique.lexicon import Match
    from communique.mentions import Mentions

TITLE_OWNER_REACH = 160  # characters: "Minister ... of the Republic of Kazakhstan"


def role_affiliation(m: Mentions, role: Match) -> PlaceMatch | None:
    """The state or organisation a role title belongs to, from its immediate context."""
    possessive = m.profile.possessive_before_re
    # before the title: "kasachische", "Kasachstans", "US-", "EU-", "Chinese"
    # "French former president", "Kazakhstan's junior foreign minister": modifiers between
    lead = _modifiers_before(m, role.start)
    before = [
        p
        for p in m.affiliating.overlapping(lead - 4, lead + 1)
        if p.end <= lead
        and (m.profile.owner_before_title or p.kind == "state_adj")
        and (
            possessive.fullmatch(m.text[p.end : lead])
            # "mit der Türkei (Premierminister Ahmed Davutoglu kommt)": its representative
            or (p.kind == "state" and re.fullmatch(r"\s?\(", m.text[p.end : lead]))
        )
    ]
    if before:
        return before[-1]
    # "European Commission President X", "African Union Commission Chairperson X": the
    # body's name ends in the title's first word
    inside = [
        p
        for p in m.affiliating.overlapping(role.start, role.start + 1)
        if p.kind == "org" and p.start < role.start < p.end <= role.end
    ]
    if inside:
        return inside[-1]
    sent = m.sentence_of(role.start)
    # after the title: genitive or "of" chain up to the first comma/verb, never past the
    # name the title belongs to
    limit = min(sent.end, role.end + TITLE_OWNER_REACH)
    names_after = m.person_index.starting_in(role.end, limit)
    if names_after:
        limit = min(limit, names_after[0].start)
    for p in m.affiliating.starting_in(role.end, limit)[:1]:
        gap = m.text[role.end : p.start]
        if any(
            r.end <= p.start and _object_before(m.profile, m.text[role.end : r.start])
            for r in m.role_index.starting_in(role.end + 1, p.start)
        ):
            return None  # "der Oberbürgermeister den Generalkonsul der USA": the other's;
        # "der Kabinettschefin der Hohen Vertreterin der EU" is the office's chain
        # "Staatssekretär im Auswärtigen Amt" names the office; "Papst ... im
        # kommunistischen Kuba" only a place
        locative = m.profile.locative_re.search(gap)
        words = gap.lower().split()
        if (
            words
            and words[0] in m.profile.portfolio_words
            and len(words) <= 2
            and p.kind == "org"
            and " " not in p.text
            and not p.text.isupper()
        ):
            # "Cabinet Secretary for Labour": a portfolio, not a party's (not "a spokesman
            # for EU trade commissioner")
            return None
        if _chain_ok(m.profile, gap) and not (locative and p.kind != "org"):
            return p
    # "des kasachischen Präsidenten" handled above; "the EU's special representative" too;
    # else a city's title ("Berlins Bürgermeister", "the mayor of London") or a state's
    # subdivision's ("Bayerns Wirtschaftsminister")
    return city_owner(m, role, lead) or m.title_regions.get(role.start)


def title_modifiers(m: Mentions, start: int) -> list[Match]:
    """The modifiers right before a title that starts at ``start`` ("former", "frühere",
    "junior", "Ex-" with the space or hyphen after them), the nearest first."""
    found: list[Match] = []
    cut = start
    for mod in reversed(m.modifier_index.overlapping(start - 40, start)):
        if mod.end <= cut and m.text[mod.end : cut].strip() in ("", "-"):
            found.append(mod)
            cut = mod.start
    return found


def _modifiers_before(m: Mentions, start: int) -> int:
    """Where the modifiers right before a title start, or ``start`` where none stands there."""
    mods = title_modifiers(m, start)
    return mods[-1].start if mods else start


def _object_before(profile: LanguageProfile, gap: str) -> bool:
    """Whether an object's article ("den", "dem") or a coordinator ("und") stands between
    two titles: the second then heads a noun phrase of its own, not a genitive chain of
    the first."""
    stops = profile.object_articles | profile.coordinators
    return any(w.lower() in stops for w in re.findall(r"\w+", gap))


SHOUTED = 4  # letters of a word in capitals that is no acronym


def _chain_ok(profile: LanguageProfile, gap: str) -> bool:
    if re.search(r"[,;:.!?](?:\s|$)", gap):
        return False
    found = re.findall(r"\w+(?:[-'’.]\w+)*", gap)
    if sum(len(w) > SHOUTED and w.isupper() for w in found) >= 2:
        # an all-capitals headline ("FOREIGN MINISTER CONCLUDES VISIT TO BURKINA FASO"):
        # its long words in lower case, as written elsewhere (acronyms keep their capitals)
        found = [w.lower() if len(w) > SHOUTED else w for w in found]
    for i, w in enumerate(found):
        after = found[i + 1] if i + 1 < len(found) else "X"  # the place follows
        if w.lower() in profile.function_words or w[0].isupper():
            continue
        # "der Hohen Vertreterin", "des Europäischen", "der jüngsten Tests": an adjective
        # stands before its noun; "verurteilten die Tests" is a verb
        if profile.ends_like_adjective(w) and (
            after[0].isupper()
            or (profile.ends_like_adjective(after) and after not in profile.function_words)
        ):
            continue
        return False
    return True
