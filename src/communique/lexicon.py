"""Pattern tables: the language data files under ``communique/lang/<code>/`` loaded and matched.

A table is a TSV file with a header row. The first column, ``pattern``, is a Python regular
expression (matched case-insensitively, never inside a word: the loader adds ``(?<!\\w)`` and
``(?!\\w)`` around it); the other columns are attributes of the row, declared per table kind in
:mod:`communique.tables` and checked on loading. Lines starting with ``#`` and blank lines are
ignored.

Matching visits each position that is not inside a word and whose character can start a
row (known from the parsed patterns), tries those rows there and keeps the longest match
(ties go to the earlier row), then continues after it: so "stellvertretender
Außenminister" wins over "Außenminister" whatever the order of the rows.
"""

from __future__ import annotations

import bisect
import re
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from communique.errors import KnowledgeError
from communique.tables import TableSchema, read_rows, schema_for

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


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The lower-cased characters a match of ``pattern`` can start with (None: any)."""
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    chars, _nullable = _first_of(list(parsed))
    return None if chars is None else frozenset(c.lower() for c in chars)


def _first_of(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in items:
        got, nullable = _first_item(op, av)
        if got is None:
            return None, False
        out |= got
        if not nullable:
            return out, False
    return out, True


def _first_item(op: object, av: object) -> tuple[set[str] | None, bool]:
    if op is sre_c.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is sre_c.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:  # type: ignore[attr-defined]
            if sub_op is sre_c.LITERAL:
                chars.add(chr(sub_av))
            elif sub_op is sre_c.RANGE and sub_av[1] - sub_av[0] < 128:
                chars |= {chr(c) for c in range(sub_av[0], sub_av[1] + 1)}
            else:
                return None, False
        return chars, False
    if op is sre_c.BRANCH:
        union: set[str] = set()
        any_null = False
        for seq in av[1]:  # type: ignore[index]
            got, nullable = _first_of(list(seq))
            if got is None:
                return None, False
            union |= got
            any_null = any_null or nullable
        return union, any_null
    if op is sre_c.SUBPATTERN:
        return _first_of(list(av[3]))  # type: ignore[index]
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        got, nullable = _first_of(list(av[2]))  # type: ignore[index]
        return got, nullable or av[0] == 0  # type: ignore[index]
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return set(), True
    return None, False


def _required_literals(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased literal pieces one of which every match contains (None: unknown)."""
    try:
        parsed = list(sre_parse.parse(pattern, re.IGNORECASE))
    except re.error:
        return None
    if len(parsed) == 1 and parsed[0][0] is sre_c.BRANCH:
        out: list[str] = []
        for seq in parsed[0][1][1]:
            lit = _longest_literal(list(seq))
            if lit is None:
                return None
            out.append(lit)
        return tuple(out)
    lit = _longest_literal(parsed)
    return None if lit is None else (lit,)


def _longest_literal(items: list[tuple[object, object]]) -> str | None:
    best, cur = "", ""
    for op, av in items:
        if op is sre_c.LITERAL:
            cur += chr(av).lower()  # type: ignore[arg-type]
            best = max(best, cur, key=len)
        else:
            cur = ""
    return best if len(best) >= 3 else None


def _lower(text: str) -> str:
    """``text`` lower-cased with its length kept (offsets stay valid: "İ" -> "i")."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[:1] for c in text)


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
        by_char: dict[str, list[int]] = {}
        always: list[int] = []
        for i, r in enumerate(self.rows):
            first = _first_chars(r.pattern)
            if first is None:
                always.append(i)
                continue
            for c in first:
                by_char.setdefault(c, []).append(i)
        self._always = tuple(always)
        self._literals = tuple(_required_literals(self.rows[i].pattern) for i in always)
        self._by_char = {c: tuple(v) for c, v in by_char.items()}
        # one compiled alternation per bucket answers "does any row match here?" in one call
        self._bucket_rx = {c: self._joined(v, flags) for c, v in self._by_char.items()}
        unknown = [i for i, lits in zip(always, self._literals, strict=True) if lits is None]
        self._unknown_rx = self._joined(unknown, flags) if unknown else None
        starts = "".join(sorted(re.escape(c) for c in by_char))
        # candidate positions: not inside a word, at a character that can start a row
        self._scan = re.compile(rf"(?<!\w)[{starts}]" if starts else r"(?!x)x", flags)
        self._scan_any = re.compile(r"(?<!\w)\S", flags)

    def _joined(self, rows: tuple[int, ...] | list[int], flags: int) -> re.Pattern[str]:
        body = "|".join(f"(?:{self.rows[i].pattern})" for i in rows) or r"(?!x)x"
        return re.compile(_wrap(body), flags)

    def _always_positions(self, text: str, start: int, stop: int) -> list[int]:
        """Where rows of unknown first character can start, sorted: the start of each word
        that contains one of their required literals (found with str.find, fast); rows
        without a known literal are scanned with their joined pattern."""
        low = _lower(text[start:stop])
        out: set[int] = set()
        for lits in self._literals:
            for lit in lits or ():
                at = low.find(lit)
                while at >= 0:
                    # the start of the literal's word and of the three words before it
                    # (optional parts may precede the literal: "(UN )General Assembly")
                    w = at
                    for _ in range(4):
                        while w > 0 and (low[w - 1].isalnum() or low[w - 1] == "_"):
                            w -= 1
                        out.add(start + w)
                        while w > 0 and not (low[w - 1].isalnum() or low[w - 1] == "_"):
                            w -= 1
                        if w <= 0:
                            break
                    at = low.find(lit, at + 1)
        if self._unknown_rx is not None:
            out |= {h.start() for h in self._unknown_rx.finditer(text, start, stop)}
        return sorted(out)

    def _active_always(self, text: str) -> tuple[int, ...]:
        """Rows of unknown first character whose required literal occurs in ``text``."""
        if not self._always:
            return ()
        low = _lower(text)
        return tuple(
            i
            for i, lits in zip(self._always, self._literals, strict=True)
            if lits is None or any(lit in low for lit in lits)
        )

    @classmethod
    def from_file(cls, path: Path, schema: TableSchema | None = None) -> PatternTable:
        """Load and check ``path`` against ``schema`` (default: the schema of its kind, the
        file's stem); raises KnowledgeError naming file, line and column if it is broken."""
        schema = schema or schema_for(path.stem)
        if schema is None:
            raise KnowledgeError(
                f"{path}: no schema for table kind {path.stem!r} (declare one in communique.tables)"
            )
        rows: list[Row] = []
        for lineno, attrs in read_rows(path, schema):
            pattern = attrs.pop("pattern")
            _check_pattern(path, lineno, pattern)
            rows.append(Row(pattern, attrs, lineno))
        return cls(path.name, rows)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Non-overlapping matches, leftmost first and longest at each position.

        Linear in ``end - start``: candidate positions come from one regex scan and one
        sorted list of literal positions, each visited once."""
        stop = len(text) if end is None else end
        always = self._active_always(text[start:stop])
        always_at = self._always_positions(text, start, stop) if always else []
        return self._scan_range(text, start, stop, always, always_at)

    def finditer_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> Iterator[Match]:
        """``finditer`` within each of ``spans`` (sentences: a phrase does not run on into the
        next one), with the work that depends on the whole text done once."""
        always = self._active_always(text)
        always_at = self._always_positions(text, 0, len(text)) if always else []
        for start, stop in spans:
            lo = bisect.bisect_left(always_at, start)
            hi = bisect.bisect_left(always_at, stop)
            yield from self._scan_range(text, start, stop, always, always_at[lo:hi])

    def _scan_range(
        self,
        text: str,
        start: int,
        stop: int,
        always: tuple[int, ...],
        always_at: list[int],
    ) -> Iterator[Match]:
        k = 0  # next unvisited entry of always_at
        pos = start
        while pos < stop:
            hit = self._scan.search(text, pos, stop)
            at = hit.start() if hit is not None else stop
            while k < len(always_at) and always_at[k] < pos:
                k += 1
            at_always = k < len(always_at) and always_at[k] <= at
            if at_always:
                at = always_at[k]
            elif hit is None:
                return
            best_end, best_row = -1, -1
            c = text[at].lower()
            rows: tuple[int, ...] = ()
            bucket = self._bucket_rx.get(c)
            if bucket is not None and bucket.match(text, at, stop):
                rows = self._by_char[c]
            if at_always:
                rows = rows + always
            for i in rows:
                m = self._anchored[i].match(text, at, stop)
                if m is not None and m.end() > best_end:
                    best_end, best_row = m.end(), i
            if best_row < 0 or best_end == at:  # no row matches here (or only emptily)
                pos = at + 1
                continue
            yield Match(at, best_end, text[at:best_end], self.rows[best_row])
            pos = best_end

    def search(self, text: str, start: int = 0, end: int | None = None) -> Match | None:
        return next(self.finditer(text, start, end), None)


def _check_pattern(path: Path, lineno: int, pattern: str) -> None:
    where = f"{path}:{lineno}: column 'pattern'"
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise KnowledgeError(f"{where}: bad pattern {pattern!r}: {exc}") from exc
    if compiled.groups:
        raise KnowledgeError(f"{where}: capturing group in {pattern!r} (use (?:...))")
    if pattern.startswith(".*"):
        raise KnowledgeError(f"{where}: leading .* in {pattern!r}")


class LanguageData:
    """All pattern tables and word lists of one language, loaded lazily from its folder."""

    def __init__(self, lang: str, root: Path = LANG_ROOT) -> None:
        self.lang = lang
        self.folder = root / lang
        if not self.folder.is_dir():
            raise KnowledgeError(f"no language data for {lang!r} in {root}")

    def table(self, name: str) -> PatternTable:
        """The pattern table ``<name>.tsv``; a pack may leave a table out (a language without
        quantity words gets no claims): then it is empty."""
        path = self.folder / f"{name}.tsv"
        if not path.exists():
            return PatternTable(path.name, [])
        return PatternTable.from_file(path)

    def words(self, name: str) -> frozenset[str]:
        """A word list (``<name>.txt``, one entry a line, ``#`` comments), as given; empty
        when the pack has none."""
        path = self.folder / f"{name}.txt"
        if not path.exists():
            return frozenset()
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
