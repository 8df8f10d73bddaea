"""What stands between a status cue and its meeting word: a clause of reported speech or
agreement, a relative clause of another noun (closed by a comma or bare), whose cue is not the
meeting's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.mentions import Mentions


def complement_clause(m: Mentions, gap: str) -> bool:
    """Whether a clause of reported speech or agreement opens in the gap ("to ensure that
    ...", "announced that ..."); in English "that" after a noun is a relative ("the summit
    that was set")."""
    words = re.findall(r"\w+", gap)
    for i in range(1, len(words)):
        if words[i].lower() not in m.profile.complementizers:
            continue
        if m.tagger is None or m.profile.nouns_capitalised:
            return True
        if m.tagger(words[i - 1 : i + 1])[:1] not in (["NOUN"], ["PROPN"]):
            return True
    return False


def relative_of_other_clause(m: Mentions, gap: str) -> bool:
    """A relative clause in the gap after a conference's noun opened on the noun of another
    clause, whose verb stands before it ("По итогам заседания подписан протокол, который
    предусматривает ...": the protocol provides, not the session); a relative right on the
    conference ("the summit, which will be held") is its own."""
    rel = m.profile.relative_clause_re.search(gap)
    if rel is None or m.tagger is None or m.profile.nouns_capitalised:
        return False  # (German's tagger reads "willigen Staaten, die" as a verb's)
    words = re.findall(r"\w+", gap[: rel.start()])
    # (a finite verb, or a short participle as the predicate: "подписан", "принят")
    return any(
        t in ("VERB", "AUX") or (t == "PART" and w.islower() and w[-1:] in "нт")
        for w, t in zip(words, m.tagger(words), strict=True)
    )


def bare_relative(m: Mentions, gap: str) -> bool:
    """A relative clause without a comma between a meeting word and a cue: "held talks on
    the first day of a state visit that had been postponed" (the visit was)."""
    if m.tagger is None or m.profile.nouns_capitalised:
        return False
    words = re.findall(r"\w+", gap)
    for i in range(1, len(words)):
        if words[i].lower() in m.profile.relative_pronouns and m.tagger(words[i - 1 : i + 1])[
            :1
        ] == ["NOUN"]:
            return True
    return False


def closed_relatives(m: Mentions, gap: str) -> str:
    """The gap less the relative clauses closed by a comma before its end ("A meeting ...,
    which had been planned for Tuesday, was postponed": the cue after it is the main
    clause's)."""
    while (rel := m.profile.relative_clause_re.search(gap)) is not None:
        close = gap.find(",", rel.end())
        if close < 0:
            return gap
        gap = gap[: rel.start()] + " " + gap[close + 1 :]
    return gap
