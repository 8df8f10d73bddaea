"""Pattern tables: the language data files under ``communique/lang/<code>/`` loaded and matched.

A table is a TSV file with a header row. The first column, ``pattern``, is a Python regular
expression (matched case-insensitively, never inside a word: the loader adds ``(?<!\\w)`` and
``(?!\\w)`` around it); the other columns are attributes of the row. Lines starting with ``#``
and blank lines are ignored.

Matching finds the leftmost position where any row matches and, there, the longest match
among all rows (ties go to the earlier row), then continues after it: so "stellvertretender
Außenminister" wins over "Außenminister" whatever the order of the rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from communique.errors import KnowledgeError

LANG_ROOT = Path(str(resources.files("communique") / "lang"))


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a table: its pattern source and its attribute columns."""

    pattern: str
    attrs: Mapping[str, str]
    line: int

    def get(self, key: str, default: str = "") -> str:
        return self.attrs.get(key, default) or default


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    text: str
    row: Row


def _wrap(pattern: str) -> str:
    return rf"(?<!\w)(?:{pattern})(?!\w)"


class PatternTable:
    """The rows of one TSV table, compiled once, matched leftmost-longest."""

    def __init__(self, name: str, rows: list[Row]) -> None:
        self.name = name
        self.rows = tuple(rows)
        flags = re.IGNORECASE | re.UNICODE
        try:
            self._anchored = tuple(re.compile(_wrap(r.pattern), flags) for r in self.rows)
        except re.error as exc:  # pragma: no cover - guarded by tests over the shipped data
            raise KnowledgeError(f"{name}: bad pattern: {exc}") from exc
        joined = "|".join(f"(?:{r.pattern})" for r in self.rows) or r"(?!x)x"
        self._scan = re.compile(_wrap(joined), flags)

    @classmethod
    def from_file(cls, path: Path) -> PatternTable:
        if not path.is_file():
            raise KnowledgeError(f"missing language data file {path}")
        rows: list[Row] = []
        header: list[str] | None = None
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            cells = raw.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                if not header or header[0] != "pattern":
                    raise KnowledgeError(f"{path}: first column must be 'pattern'")
                continue
            if len(cells) > len(header):
                raise KnowledgeError(
                    f"{path}:{lineno}: {len(cells)} cells, header has {len(header)}"
                )
            pattern = cells[0].strip()
            attrs = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
            del attrs["pattern"]
            try:
                re.compile(pattern)
            except re.error as exc:
                raise KnowledgeError(f"{path}:{lineno}: bad pattern {pattern!r}: {exc}") from exc
            rows.append(Row(pattern, attrs, lineno))
        return cls(path.name, rows)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Non-overlapping matches, leftmost first and longest at each position."""
        stop = len(text) if end is None else end
        pos = start
        while pos < stop:
            hit = self._scan.search(text, pos, stop)
            if hit is None:
                return
            at = hit.start()
            best_end, best_row = -1, -1
            for i, rx in enumerate(self._anchored):
                m = rx.match(text, at, stop)
                if m is not None and m.end() > best_end:
                    best_end, best_row = m.end(), i
            if best_row < 0:  # the joined scan matched where no single row does: skip a char
                pos = at + 1
                continue
            if best_end == at:  # empty match: never loop
                pos = at + 1
                continue
            yield Match(at, best_end, text[at:best_end], self.rows[best_row])
            pos = best_end

    def search(self, text: str, start: int = 0, end: int | None = None) -> Match | None:
        return next(self.finditer(text, start, end), None)


class LanguageData:
    """All pattern tables and word lists of one language, loaded lazily from its folder."""

    def __init__(self, lang: str, root: Path = LANG_ROOT) -> None:
        self.lang = lang
        self.folder = root / lang
        if not self.folder.is_dir():
            raise KnowledgeError(f"no language data for {lang!r} in {root}")

    def table(self, name: str) -> PatternTable:
        return PatternTable.from_file(self.folder / f"{name}.tsv")

    def words(self, name: str) -> frozenset[str]:
        """A word list (``<name>.txt``, one entry a line, ``#`` comments), as given."""
        path = self.folder / f"{name}.txt"
        if not path.is_file():
            raise KnowledgeError(f"missing language data file {path}")
        lines = path.read_text(encoding="utf-8").splitlines()
        return frozenset(s for s in (x.strip() for x in lines) if s and not s.startswith("#"))

    @cached_property
    def roles(self) -> PatternTable:
        return self.table("roles")

    @cached_property
    def events(self) -> PatternTable:
        return self.table("events")

    @cached_property
    def status(self) -> PatternTable:
        return self.table("status")

    @cached_property
    def topics(self) -> PatternTable:
        return self.table("topics")
