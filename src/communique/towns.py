"""Towns: the gazetteer's smaller cities, read only where the text uses them as places.

A small town's name is often also a person's or a thing's (Obama, Lopez, Valls), so the
gazetteer reads its cities below a population everywhere only when they are capitals or carry a
curated exonym. Such towns are where many meetings are held ("trafen sich in Zittau",
"Zittau. Die Fahnen dreier Länder ..."): a town is read where a locative preposition of the
language stands right before it ("in Zittau", "nach Bregenz") or where it opens a line as a
dateline does ("Zittau. ...", "FELDKIRCH (APA) -").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from communique.lang.profile import LanguageProfile
from communique.positions import IntervalSet

MAX_WORDS = 3  # words of a town's name at most
PREPOSITION_REACH = 12  # characters before a town where its preposition stands
# what follows a town that opens a line as a dateline: a full stop and a sentence, an
# agency in brackets, a dash, or a comma and a date
_DATELINE_TAIL = re.compile(r"(?:\.[^\S\n]+[^\W\d_]|\s*\(|\s*[–—]|\s+-\s|,\s*\d)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True, slots=True)
class Town:
    key: str  # the geonames id
    name: str
    iso3: str
    lat: float
    lon: float
    population: int


def towns_of(places: Iterable[Mapping[str, Any]], below: int) -> list[Town]:
    """The gazetteer's cities of fewer than ``below`` people that it reads nowhere by
    themselves (no capital, no curated exonym, no common word), once under each name."""
    out = []
    for p in places:
        if int(p["population"]) >= below or p.get("capital") or p.get("curated"):
            continue
        if p.get("common"):
            continue
        for name in sorted({n for listed in p["names"].values() for n in listed}):
            out.append(
                Town(str(p["id"]), name, p["iso3"], p["lat"], p["lon"], int(p["population"]))
            )
    return out


class Towns:
    """Names of towns -> the most populous town of that name."""

    def __init__(self, towns: Iterable[Town], skip: Callable[[str], bool]) -> None:
        """``skip``: names never read as towns (first names)."""
        by_name: dict[str, Town] = {}
        for t in sorted(towns, key=lambda x: (-x.population, int(x.key))):
            name = " ".join(t.name.split())
            if len(name) < 3 or not name[:1].isupper() or len(name.split()) > MAX_WORDS:
                continue
            if name not in by_name and not skip(name):
                by_name[name] = t
        self._by_name = by_name
        self._first = frozenset(name.split()[0] for name in by_name)  # a name's first word

    def __len__(self) -> int:
        return len(self._by_name)

    def named(self, name: str) -> Town | None:
        return self._by_name.get(name)

    def find(
        self, text: str, taken: list[tuple[int, int]], profile: LanguageProfile
    ) -> list[tuple[int, int, Town]]:
        """Towns of ``text`` in a place's position, outside the spans ``taken``: (start, end,
        town) of each."""
        before = profile.town_preposition_re
        out: list[tuple[int, int, Town]] = []
        spans = IntervalSet(taken)
        words = list(_WORD.finditer(text))
        i = 0
        while i < len(words):
            w = words[i]
            word = w.group()
            first = word in self._first or (word.isupper() and word.title() in self._first)
            hit = (
                self._longest(text, words, i, spans)
                if first and not spans.overlaps(w.start(), w.start() + 1)
                else None
            )
            if hit is not None:
                j, town = hit
                end = words[j].end()
                located = before is not None and before.search(
                    text, max(0, w.start() - PREPOSITION_REACH), w.start()
                )
                if located or _opens_a_dateline(text, w.start(), end):
                    out.append((w.start(), end, town))
                    i = j + 1
                    continue
            i += 1
        return out

    def _longest(
        self, text: str, words: list[re.Match[str]], i: int, taken: IntervalSet
    ) -> tuple[int, Town] | None:
        start = words[i].start()
        for j in range(min(len(words), i + MAX_WORDS) - 1, i - 1, -1):
            end = words[j].end()
            raw = text[start:end]
            if j > i and ("\n" in raw or taken.overlaps(end - 1, end)):
                continue
            surface = " ".join(raw.split())
            town = self._by_name.get(surface)
            if town is None and surface.isupper():
                town = self._by_name.get(surface.title())  # "FELDKIRCH (APA) -"
            if town is not None:
                return j, town
        return None


def _opens_a_dateline(text: str, start: int, end: int) -> bool:
    """The town opens a line and a dateline's tail follows ("Zittau. Die ...", "EUPEN (dpa)")."""
    return (start == 0 or text[start - 1] == "\n") and _DATELINE_TAIL.match(text, end) is not None
