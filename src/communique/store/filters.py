"""Query filters as people type them, checked and mapped to what the store keeps.

A state may be given as its ISO 3166 alpha-3 code (``KAZ``), its alpha-2 code (``KZ``) or
its name or adjective in any language the knowledge base lists ("Kazakhstan", "Kasachstan",
"Казахстан"); an organisation by its code (``EU``, ``OSCE``), an abbreviation or its name.
Anything but the store's own code is mapped with a note saying so; what matches nothing is
an error that says what was expected.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.knowledge import default_kb_dir
from communique.store.identity import fold_name
from communique.store.query import QueryError


@dataclass(frozen=True, slots=True)
class Mapped:
    """A filter value as the store keeps it, and a note when it was read as something else."""

    code: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Codes:
    """State and organisation codes with every spelling the knowledge base gives them."""

    states: dict[str, str]  # iso3 -> English name
    orgs: dict[str, str]  # id -> English name
    iso2: dict[str, str]  # alpha-2 -> iso3
    state_spellings: dict[str, str]  # folded spelling (name, adjective) -> iso3
    org_spellings: dict[str, str]  # folded spelling (name, abbreviation) -> id

    @classmethod
    def load(cls, folder: Path | None = None) -> Codes:
        base = folder or default_kb_dir()
        states: list[dict[str, Any]] = json.loads((base / "states.json").read_text("utf-8"))
        orgs: list[dict[str, Any]] = json.loads((base / "organizations.json").read_text("utf-8"))
        state_spellings: dict[str, str] = {}
        for s in states:
            for form in [*_all(s.get("names")), *_all(s.get("adjectives"))]:
                state_spellings.setdefault(fold_name(form), s["iso3"])
        org_spellings: dict[str, str] = {}
        for o in orgs:
            for form in [o["id"], *o.get("abbr", []), *_all(o.get("names"))]:
                org_spellings.setdefault(fold_name(form), o["id"])
        return cls(
            {s["iso3"]: _english(s) for s in states},
            {o["id"]: _english(o) for o in orgs},
            {s["iso2"]: s["iso3"] for s in states if s.get("iso2")},
            state_spellings,
            org_spellings,
        )

    def country(self, value: str, option: str = "--country") -> Mapped:
        text = value.strip()
        if text.upper() in self.states:
            code = text.upper()
            return Mapped(code, None if code == text else f"{option} {value!r}: read as {code}")
        found = self.iso2.get(text.upper()) if len(text) == 2 else None
        found = found or self.state_spellings.get(fold_name(text))
        if found is not None:
            return Mapped(found, f"{option} {value!r}: read as {found} ({self.states[found]})")
        if text.upper() in self.orgs or fold_name(text) in self.org_spellings:
            raise QueryError(f"{option} {value!r} is an organisation: use --org")
        raise QueryError(
            f"{option} {value!r}: not a state (give an ISO 3166 code such as KAZ or a "
            f"country's name){_suggest(text, self.states, self.state_spellings)}"
        )

    def organization(self, value: str, option: str = "--org") -> Mapped:
        text = value.strip()
        if text.upper() in self.orgs:
            code = text.upper()
            return Mapped(code, None if code == text else f"{option} {value!r}: read as {code}")
        found = self.org_spellings.get(fold_name(text))
        if found is not None:
            return Mapped(found, f"{option} {value!r}: read as {found} ({self.orgs[found]})")
        if text.upper() in self.states or fold_name(text) in self.state_spellings:
            raise QueryError(f"{option} {value!r} is a state: use --country")
        if len(text) == 2 and text.upper() in self.iso2:
            raise QueryError(f"{option} {value!r} is a state's code: use --country")
        raise QueryError(
            f"{option} {value!r}: not an organisation code or name (e.g. EU, OSCE, UN)"
            f"{_suggest(text, self.orgs, self.org_spellings)}"
        )

    def side(self, value: str) -> Mapped:
        """A dyad side: a code or a person's name stays; a state's name becomes its code."""
        text = value.strip()
        if text.upper() == text and (text in self.states or text in self.orgs):
            return Mapped(text)
        folded = fold_name(text)
        if len(text) > 3 and folded in self.state_spellings:
            code = self.state_spellings[folded]
            return Mapped(code, f"--dyad {value!r}: read as {code} ({self.states[code]})")
        return Mapped(text)


def _all(names: dict[str, list[str]] | None) -> list[str]:
    return [n for forms in (names or {}).values() for n in forms]


def _english(entry: dict[str, Any]) -> str:
    names = entry.get("names") or {}
    return str((names.get("en") or [entry.get("iso3") or entry.get("id")])[0])


def _suggest(text: str, codes: dict[str, str], spellings: dict[str, str]) -> str:
    if len(text) < 4:
        return ""
    close = difflib.get_close_matches(fold_name(text), list(spellings), n=1, cutoff=0.8)
    if close:
        code = spellings[close[0]]
        return f"; did you mean {code} ({codes[code]})?"
    return ""
