"""The entity index: person mentions grouped into entities by surname, so that a mention is
compared only with the entities that could be the same person."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from communique.actors import PersonEntity


def surname_of(tokens: tuple[str, ...]) -> str:
    """The last word of a name, or its first where that is a surname written in capitals
    before the given name ("IWASAKI Takeshi", "CHO Min-jae")."""
    first = tokens[0]
    if (
        len(tokens) >= 2
        and len(first) >= 2
        and first.isalpha()
        and first.isupper()
        and not tokens[-1].isupper()
    ):
        return first
    return tokens[-1]


MIN_STEM = 3  # letters a surname keeps without its case ending


def norm(word: str) -> str:
    return word.lower().replace("’", "'")


class EntityIndex:
    """Entities keyed by their folded surname, so that a mention is compared only with the
    entities that could be the same person (not with every entity of the document).

    A mention is the first entity, in order of creation, that (a) shares its last two or more
    tokens with it, one name being the end of the other ("Christian Andersen" in "Hans
    Christian Andersen"), or (b) has its surname (German genitive stripped) and either name is
    a surname alone or both start with the same word or letter."""

    def __init__(
        self,
        genitive_suffixes: tuple[str, ...],
        is_first_name: Callable[[str], bool] | None = None,
        case_endings: tuple[str, ...] = (),
    ) -> None:
        self.entities: list[PersonEntity] = []
        self._case_endings = tuple(sorted(case_endings, key=len, reverse=True))
        self._is_first_name = is_first_name
        self._by_first: dict[str, list[int]] = {}  # first word of names of several words
        self._genitives = tuple(norm(g) for g in genitive_suffixes)
        # entity indices (creation order) by key; each list stays sorted
        self._by_last: dict[str, list[int]] = {}  # folded surname
        self._single: dict[str, list[int]] = {}  # entities named by a surname alone
        self._by_initial: dict[tuple[str, str], list[int]] = {}  # (surname, first letter)
        self._by_tail: dict[tuple[str, str], list[int]] = {}  # (last two words)

    def _keys(self, ent: PersonEntity) -> list[tuple[dict[Any, list[int]], Any]]:
        low = tuple(norm(t) for t in ent.tokens)
        keys: list[tuple[dict[Any, list[int]], Any]] = [
            (self._by_last, norm(surname_of(ent.tokens)))
        ]
        if len(low) == 1:
            keys.append((self._single, low[-1]))
        else:
            keys.append((self._by_first, low[0]))
            keys.append((self._by_initial, (low[-1], low[0][:1])))
            keys.append((self._by_tail, low[-2:]))
        if double_surname(ent.tokens, self._is_first_name):
            # "Quintero" of "Hernán Quintero Bolaños": the first of two surnames
            keys.append((self._by_last, low[-2]))
        return keys

    def add(self, ent: PersonEntity) -> None:
        self.entities.append(ent)
        for table, key in self._keys(ent):
            table.setdefault(key, []).append(ent.index)

    def retoken(self, ent: PersonEntity, name: str, tokens: tuple[str, ...]) -> None:
        for table, key in self._keys(ent):
            table[key].remove(ent.index)
        ent.name, ent.tokens = name, tokens
        for table, key in self._keys(ent):
            bisect.insort(table.setdefault(key, []), ent.index)

    def match(self, toks: tuple[str, ...]) -> PersonEntity | None:
        last = norm(toks[-1])
        low = tuple(norm(t) for t in toks)
        keys = {last, strip_genitive(last, self._genitives)}
        if len(low) == 1:  # a surname alone: the first entity of that surname
            found = [self._by_last[k][0] for k in keys if self._by_last.get(k)]
            if found:
                return self.entities[min(found)]
            # a first name alone ("Sir Edward"): the one person named with it
            owners = self._by_first.get(last, [])
            if len(owners) != 1:
                return None
            # ... or the surname of a name written surname first ("Ong" after "Ong Kah
            # Seng", "Sakuraba" after "Sakuraba Michiko"): a word no first-name list knows
            # opening the one name
            first = self._is_first_name is not None and self._is_first_name(toks[0])
            owner = self.entities[owners[0]]
            surname_first = self._is_first_name is not None and not first and len(owner.tokens) >= 2
            return owner if first or surname_first else None
        best: int | None = None
        if double_surname(toks, self._is_first_name):
            # "Präsident Quintero" named before "Hernán Quintero Bolaños"
            found = self._single.get(low[-2], [])
            best = found[0] if found else None
        elif len(toks) == 2 and _HYPHENATED_GIVEN.fullmatch(toks[1]):
            # "Mayor Hsieh" named before "Hsieh Ming-che": a Chinese or Korean name written
            # surname first, its given name hyphenated
            found = self._single.get(low[0], [])
            best = found[0] if found else None
        for k in keys:
            lists = [
                self._single.get(k, []),
                self._by_initial.get((k, low[0][:1]), []),
                self._by_tail.get((low[-2], k), []) if k == last else [],
            ]
            for candidates in lists:
                for i in candidates:
                    if best is not None and i >= best:
                        break
                    if self._same(low, toks, self.entities[i]):
                        best = i
                        break
        if best is None:
            best = self._inflected_tail(low)
        if best is None:
            best = self._nominative_tail(low)
        return None if best is None else self.entities[best]

    def _nominative_tail(self, low: tuple[str, ...]) -> int | None:
        """The converse of ``_inflected_tail``: a name in the nominative after the entity
        named first with a case ending ("Ким Чжон Хён" after "с ... Ким Чжон Хёном")."""
        if len(low[-1]) < MIN_STEM:
            return None
        for ending in self._case_endings:
            found = self._by_tail.get((low[-2], low[-1] + ending), [])
            if found:
                return found[0]
        return None

    def inflected(self, ent: PersonEntity, tokens: tuple[str, ...]) -> bool:
        """The entity is named by ``tokens`` with a case ending on its last word."""
        last, mine = norm(tokens[-1]), norm(ent.tokens[-1])
        return len(tokens) == len(ent.tokens) and any(mine == last + e for e in self._case_endings)

    def _inflected_tail(self, low: tuple[str, ...]) -> int | None:
        """A name of several words whose last takes a case ending the tokens of a name in
        the nominative do not have ("Абдель Рахмана" after "Имад Абдель Рахман", a surname
        no dictionary inflects): the entity whose last two words these are."""
        for ending in self._case_endings:
            stem = low[-1][: -len(ending)]
            if low[-1].endswith(ending) and len(stem) >= MIN_STEM:
                found = self._by_tail.get((low[-2], stem), [])
                if found:
                    return found[0]
        return None

    @staticmethod
    def _same(low: tuple[str, ...], toks: tuple[str, ...], ent: PersonEntity) -> bool:
        ent_low = tuple(norm(t) for t in ent.tokens)
        shorter, longer = sorted((low, ent_low), key=len)
        if len(shorter) >= 2 and longer[-len(shorter) :] == shorter:
            return True  # "Christian Andersen" in "Hans Christian Andersen"
        if len(ent.tokens) == 1:
            return True
        return low[0] == ent_low[0] or toks[0][0] == ent.tokens[0][0]


# a given name of two syllables joined by a hyphen ("Ming-che", "Dong-hoon")
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def double_surname(tokens: tuple[str, ...], is_first_name: Callable[[str], bool] | None) -> bool:
    """A name of three or more words whose last two are capitalised surnames ("Hernán Quintero
    Bolaños", "Marcela Ospina Villegas"; not "Ahmad bin Ismail", nor a middle name: "Hans
    Peter Doskozil"); only where first names are known."""
    return (
        is_first_name is not None
        and len(tokens) >= 3
        and all(t[:1].isupper() and t.isalpha() for t in tokens[-2:])
        and not is_first_name(tokens[-2])
    )


def strip_genitive(word: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word
