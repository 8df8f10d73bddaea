"""Who held the top offices: heads of state and government, foreign ministers and leaders of
international organisations since 2000 (``kb/office_holders.json``, built by
``scripts/build_kb.py`` from ``kb_sources/office_holders.tsv``).

News names leaders without a title ("Merkel telefonierte mit Putin", "Blair met Bush"): for
the name finder, a full name or a short name that is no ordinary word of the language is a
person (``name_test``). A full name identifies a holder; a short name ("Putin", "Erdogan")
does where the holders who bear it are of one state, or where the person's title is one of
one holder's offices ("President Bush") (``identify``; when a short name may be used at all is
``communique.leaders``' question). What the table gives a record is named in the actor's
``inferred`` object (``"kb:office-holders/angela_merkel"``).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

SOURCE = "kb:office-holders"
OFFICE_CLASSES = frozenset(
    {"head_of_state", "head_of_government", "foreign_minister", "igo_leader"}
)


def _key(name: str) -> str:
    """A name as the index holds it: case, accents, hyphens and dots folded ("Erdoğan" =
    "erdogan", "Mikl-Leitner" = "mikl leitner", "George W. Bush" = "george w bush")."""
    s = unicodedata.normalize("NFKD", name.replace("ё", "е").replace("Ё", "Е"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("-", " ").replace("‐", " ").replace(".", " ")  # "George W Bush"
    return " ".join(s.casefold().split())


@dataclass(frozen=True, slots=True)
class Term:
    state: str
    cls: str
    start: str  # YYYY-MM
    end: str | None  # YYYY-MM, None: in office when the table was written

    def covers(self, day: date) -> bool:
        month = f"{day.year:04d}-{day.month:02d}"
        return self.start <= month and (self.end is None or month <= self.end)


@dataclass(frozen=True, slots=True)
class Holder:
    id: str
    name: str
    terms: tuple[Term, ...]

    @property
    def source(self) -> str:
        return f"{SOURCE}/{self.id}"

    @property
    def states(self) -> frozenset[str]:
        return frozenset(t.state for t in self.terms)

    @property
    def classes(self) -> frozenset[str]:
        return frozenset(t.cls for t in self.terms)

    def term_on(self, day: date) -> Term | None:
        return next((t for t in self.terms if t.covers(day)), None)


@dataclass(frozen=True, slots=True)
class Identified:
    """The holder(s) a person of a text is: one, or several of one state (then only the
    state is known)."""

    holders: tuple[Holder, ...]
    by_surname: bool = False  # by a short name alone, not a full one

    @property
    def state(self) -> str | None:
        states = {s for h in self.holders for s in h.states}
        return states.pop() if len(states) == 1 else None

    @property
    def holder(self) -> Holder | None:
        return self.holders[0] if len(self.holders) == 1 else None

    @property
    def source(self) -> str:
        one = self.holder
        return one.source if one is not None else f"{SOURCE}/{self.state}"


class OfficeHolders:
    """The table, indexed by full name and by short name per language."""

    def __init__(self, path: Path) -> None:
        entries = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []
        self._full: dict[str, dict[str, list[Holder]]] = {}
        self._short: dict[str, dict[str, list[Holder]]] = {}
        for e in entries:
            terms = tuple(Term(t["state"], t["class"], t["start"], t["end"]) for t in e["terms"])
            holder = Holder(e["id"], e["name"], terms)
            for table, kind in ((self._full, "names"), (self._short, "short")):
                for lang, names in e[kind].items():
                    index = table.setdefault(lang, {})
                    for n in names:
                        bucket = index.setdefault(_key(n), [])
                        if holder not in bucket:
                            bucket.append(holder)

    def full(self, name: str, lang: str) -> list[Holder]:
        return self._full.get(lang, {}).get(_key(name), [])

    def short(self, name: str, lang: str) -> list[Holder]:
        return self._short.get(lang, {}).get(_key(name), [])

    def name_test(
        self, lang: str, is_common_word: Callable[[str], bool]
    ) -> Callable[[Sequence[str]], bool]:
        """For the name finder: do these words name a holder (a full name, or a short name
        that is no ordinary word of the language)?"""

        def known(words: Sequence[str]) -> bool:
            name = " ".join(words)
            if self.full(name, lang):
                return True
            return bool(self.short(name, lang)) and not any(is_common_word(w) for w in words)

        return known

    def identify(
        self,
        names: Iterable[str],
        lang: str,
        role_class: str | None,
        short_names: bool = True,
    ) -> Identified | None:
        """The holder a person named ``names`` (their name, then the forms they are called
        by) is: by a full name; else, where the caller allows ``short_names``, by a short
        name (the table lists none that many people bear) of holders of one state, or of
        one holder whose offices include the person's title (``role_class``). The person is
        one already (whether a word is a name is the name finder's question)."""
        forms = list(names)
        for n in forms:
            found = self.full(n, lang)
            if found:
                return Identified(tuple(found))
        if not short_names:
            return None
        for n in forms:
            found = self.short(n, lang)
            if not found:
                continue
            if role_class in OFFICE_CLASSES:
                found = [h for h in found if role_class in h.classes]
            one = Identified(tuple(found), by_surname=True)
            if found and (one.holder is not None or one.state is not None):
                return one
        return None
