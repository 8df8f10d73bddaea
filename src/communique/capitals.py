"""A state's capital named by description: "die polnische Hauptstadt", "the Polish capital",
"Poland's capital", "the capital of Poland", "столица Польши". The phrase is a mention of the
capital city the knowledge base lists for that state (``states.json`` / ``places.json``), with
the phrase as its span; the state or adjective match it contains gives way to it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch
    from communique.lang.profile import LanguageProfile

_WORD = re.compile(r"\w+")
_BEFORE = 30  # characters before a state to look for "capital of"

CapitalCity = Callable[[str, int, int], "PlaceMatch | None"]  # iso3, start, end -> the city


def with_capitals(
    text: str,
    places: Sequence[PlaceMatch],
    profile: LanguageProfile,
    capital_city: CapitalCity,
) -> list[PlaceMatch]:
    """``places`` with every capital phrase in place of the state or adjective it holds."""
    words = profile.capital_words
    if not words:
        return list(places)
    out: list[PlaceMatch] = []
    for p in places:
        city = None
        if p.kind in ("state", "state_adj") and p.iso3:
            end = p.end
            for suffix in profile.possessive_suffixes:  # "Poland's capital"
                if text.startswith(suffix, end):
                    end += len(suffix)
                    break
            after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if after is not None and after.group().lower() in words:
                city = capital_city(p.iso3, p.start, after.end())  # "die polnische Hauptstadt"
            elif p.kind == "state":
                start = _capital_before(text, p.start, profile)
                if start is not None:
                    city = capital_city(p.iso3, start, p.end)  # "Hauptstadt Polens"
        out.append(city or p)
    return out


def _capital_before(text: str, state: int, profile: LanguageProfile) -> int | None:
    """Where "capital" (or "capital of") starts right before a state's name, else None."""
    lo = max(0, state - _BEFORE)
    found = list(_WORD.finditer(text, lo, state))[-2:]
    if not found or text[found[-1].end() : state].strip():
        return None
    last = found[-1]
    if last.group().lower() in profile.capital_words:
        return last.start()
    if (
        len(found) == 2
        and last.group().lower() in profile.capital_links
        and found[0].group().lower() in profile.capital_words
        and not text[found[0].end() : last.start()].strip()
    ):
        return found[0].start()
    return None
