"""Places inside names: a place's name that is part of a person's ("G. Santiago-Reyes",
"Santiago Cevallos Naranjo", "Ретно Вулан Сари") is not blocked from the person's name
runs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.people import PersonFinder
    from communique.place_match import PlaceMatch


def inside_a_name(text: str, p: PlaceMatch, places: list[PlaceMatch], people: PersonFinder) -> bool:
    """The place's name is part of a person's name around it."""
    return (
        _double_surname_start(text, p.start, p.end)
        or _first_name_of_a_person(text, p, places, people)
        or _last_name_of_a_person(text, p, places, people)
    )


_TWO_WORDS = re.compile(r" ([A-ZÀ-Þ][\w'’]+) ([A-ZÀ-Þ][\w'’]+)\b")


def _first_name_of_a_person(
    text: str, p: PlaceMatch, places: list[PlaceMatch], people: PersonFinder
) -> bool:
    """A city's name that is a first name, followed by two capitalised words that are no
    dictionary words and no places ("Santiago Cevallos Naranjo"): a person's name opens
    there."""
    if p.kind != "city" or " " in p.text:
        return False
    after = _TWO_WORDS.match(text, p.end)  # (the cheap test first: most cities are no names)
    if after is None or not people.first_names(p.text):
        return False
    if any(q.start < after.end() and q.end > p.end for q in places):
        return False
    return not any(people.is_common_word(w) for w in after.groups())


_TWO_BEFORE = re.compile(r"(?<![\w.,;:])([A-ZÀ-ÞА-ЯЁ][\w'’-]+) ([A-ZÀ-ÞА-ЯЁ][\w'’-]+) $")


def _last_name_of_a_person(
    text: str, p: PlaceMatch, places: list[PlaceMatch], people: PersonFinder
) -> bool:
    """A city's one-word name right after a title's two capitalised words that are no
    dictionary words and no places, and before no capitalised word ("заместитель министра
    торговли Ретно Вулан Сари"): the name's last word, not the city."""
    if p.kind != "city" or " " in p.text or text[p.end : p.end + 2].strip()[:1].isupper():
        return False
    before = _TWO_BEFORE.search(text, max(0, p.start - 60), p.start)
    if before is None:
        return False
    if any(q.end > before.start() and q.start < p.start for q in places):
        return False
    words = before.groups()
    return not any(people.is_common_word(w) for w in words) and bool(
        re.search(r"[a-zäöüßа-яё]\s+$", text[max(0, before.start() - 40) : before.start()])
    )


def _double_surname_start(text: str, start: int, end: int) -> bool:
    """A place's name joined by a hyphen to a capitalised word, right after a capitalised
    word ("G. Santiago-Reyes", "Luis Lima-Barreto"): the first half of a double surname."""
    if not (text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper()):
        return False
    before = text[max(0, start - 20) : start]
    return before.endswith(" ") and bool(re.search(r"(?:^|\s)[A-ZÀ-Þ][\w.]*\s$", before))
