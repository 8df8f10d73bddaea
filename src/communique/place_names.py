"""The gazetteer's names for a place a text names in its own words: the listed name of an
inflected one ("Москве": Москва) and of one named by description ("die polnische Hauptstadt":
Warschau)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from communique.place_match import PlaceMatch

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def listed_name(place: PlaceMatch, entry: dict[str, Any] | None, lang: str) -> str:
    """The listed name in ``lang`` of ``entry`` sharing the longest beginning with the
    text's words ("Республики Казахстан": Республика Казахстан); the text's words where the
    gazetteer lists none."""
    names = [str(n) for n in (entry or {}).get("names", {}).get(lang) or []]
    if not names or place.text in names:
        return place.text
    described = described_name(place, entry if place.kind == "city" else None, lang)
    if described != place.text:
        return described

    def shared(name: str) -> int:
        n = 0
        for a, b in zip(name.lower(), place.text.lower(), strict=False):
            if a != b:
                break
            n += 1
        return n

    best = max(names, key=lambda n: (shared(n), -abs(len(n) - len(place.text))))
    return best if shared(best) >= min(3, len(best)) else place.text


def described_name(place: PlaceMatch, entry: dict[str, Any] | None, lang: str) -> str:
    """The listed name (in the text's script) of a city ``entry`` the text names by
    description; the text's words where it names the city itself."""
    names = [str(n) for n in (entry or {}).get("names", {}).get(lang) or []]
    if not names or any(
        n[:3].lower() in place.text.lower() for n in (*names, *(entry or {}).get("alt", []))
    ):
        return place.text
    cyrillic = _CYRILLIC.search(place.text) is not None
    same = [n for n in names if (_CYRILLIC.search(n) is not None) == cyrillic]
    return (same or names)[0]
