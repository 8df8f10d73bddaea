"""Pattern tables: the language data files under ``communique/lang/<code>/`` loaded and matched.

A table is a TSV file with a header row. The first column, ``pattern``, is a Python regular
expression (matched case-insensitively, never inside a word: the loader adds ``(?<!\\w)`` and
``(?!\\w)`` around it); the other columns are attributes of the row, declared per table kind in
:mod:`communique.tables` and checked on loading. Lines starting with ``#`` and blank lines are
ignored.

Matching visits each position that is not inside a word and where the text starts with
the first characters of some row (up to four, worked out from the parsed patterns and found
by one scan of the lower-cased text), or that lies before a literal a row needs (for rows
that almost any word may start). It tries those rows there and keeps the longest match,
then continues after it: so "stellvertretender Außenminister" wins over "Außenminister"
whatever the order of the rows. A tie goes to a row whose first characters are known
("Atomabkommen" over "\\w+abkommen"), then to the earlier row.
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
from typing import cast

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


_PREFIX_LEN = 4  # how many characters of a match the candidate scan looks at
_MAX_PREFIXES = 4096  # per row; a row with more is looked at by fewer characters
_MANY_PREFIXES = 256  # a row with more is found by a literal it requires, where it has one


def _prefixes(pattern: str) -> frozenset[str] | None:
    """Lower-cased strings one of which the lower-cased text of every non-empty match of
    ``pattern`` starts with (None: a match may start with anything). They are at most
    ``_PREFIX_LEN`` long, shorter where the pattern ends or stops being a finite choice of
    characters (a class like ``\\w``, a repeat)."""
    try:
        parsed = list(sre_parse.parse(pattern, re.IGNORECASE))
    except re.error:
        return None
    for k in range(_PREFIX_LEN, 0, -1):
        walked = _walk(parsed, {""}, k)
        if walked is None:
            continue  # too many choices at this length: look at fewer characters
        live, done = walked
        if "" in done:
            return None
        return frozenset(done | live) - {""}  # "" in live: only an empty match ends there
    return None


def _walk(
    items: list[tuple[object, object]], live: set[str], k: int
) -> tuple[set[str], set[str]] | None:
    """Extend the prefixes ``live`` over the parsed ``items``: the prefixes that can still
    grow, and those that cannot (``k`` long, or cut where the pattern is no finite choice)."""
    done: set[str] = set()
    for op, av in items:
        if not live:
            break
        step = _step(op, av, live, k)
        if step is None or len(step[0]) + len(step[1]) + len(done) > _MAX_PREFIXES:
            return None
        live, got = step
        done |= got
    return live, done


def _grow(live: set[str], chars: set[str], k: int) -> tuple[set[str], set[str]]:
    grown = {p + c for p in live for c in chars}
    return {p for p in grown if len(p) < k}, {p for p in grown if len(p) >= k}


def _step(op: object, av: object, live: set[str], k: int) -> tuple[set[str], set[str]] | None:
    if op is sre_c.LITERAL:
        return _grow(live, {chr(av).lower()[:1]}, k)  # type: ignore[arg-type]
    if op is sre_c.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:  # type: ignore[attr-defined]
            if sub_op is sre_c.LITERAL:
                chars.add(chr(sub_av).lower()[:1])
            elif sub_op is sre_c.RANGE and sub_av[1] - sub_av[0] < 64:
                chars |= {chr(c).lower()[:1] for c in range(sub_av[0], sub_av[1] + 1)}
            else:  # a category, a negation, a wide range: no finite choice
                return set(), set(live)
        return _grow(live, chars, k)
    if op is sre_c.BRANCH:
        out_live: set[str] = set()
        out_done: set[str] = set()
        for seq in av[1]:  # type: ignore[index]
            walked = _walk(list(seq), set(live), k)
            if walked is None:
                return None
            out_live |= walked[0]
            out_done |= walked[1]
        return out_live, out_done
    if op is sre_c.SUBPATTERN:
        return _walk(list(av[3]), live, k)  # type: ignore[index]
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        least, most, seq = cast("tuple[int, int, list[tuple[object, object]]]", av)
        once = _walk(list(seq), set(live), k)
        if once is None:
            return None
        grown, done = once
        if most != 1:  # more rounds may follow, unknown here: those prefixes stop growing
            grown, done = set(), grown | done
        return (grown | live if least == 0 else grown), done
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return live, set()  # zero-width: the text to come is the same
    return set(), set(live)  # any other item: the prefixes stop here


def _trie_pattern(prefixes: set[str]) -> str:
    """A regular expression matching exactly the strings that start with one of
    ``prefixes``' members, as a trie of alternatives: the engine rejects a position after
    comparing its character with the few first characters, not with every prefix."""
    if "" in prefixes:
        return ""
    by_first: dict[str, set[str]] = {}
    for p in prefixes:
        by_first.setdefault(p[0], set()).add(p[1:])
    alts = [re.escape(c) + _trie_pattern(rest) for c, rest in sorted(by_first.items())]
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


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
        at_prefix: dict[str, list[int]] = {}
        always: list[int] = []
        generic: set[int] = set()
        for i, r in enumerate(self.rows):
            prefixes = _prefixes(r.pattern)
            if prefixes is None:
                generic.add(i)
            if prefixes is None or (
                # nearly any word may start it ("[a-z]+ called"): found by its literal
                len(prefixes) > _MANY_PREFIXES and _required_literals(r.pattern) is not None
            ):
                always.append(i)
                continue
            for p in prefixes:
                at_prefix.setdefault(p, []).append(i)
        self._always = tuple(always)
        # on a tie a row whose first characters are known wins over one that may start
        # anyhow ("Atomabkommen" over "\\w+abkommen"), then the earlier row
        self._tie_order = tuple((i in generic, i) for i in range(len(self.rows)))
        self._literals = tuple(_required_literals(self.rows[i].pattern) for i in always)
        self._at_prefix = {p: tuple(v) for p, v in at_prefix.items()}
        self._prefix_lengths = tuple(sorted({len(p) for p in at_prefix}))
        unknown = [i for i, lits in zip(always, self._literals, strict=True) if lits is None]
        self._unknown_rx = self._joined(unknown, flags) if unknown else None
        # candidate positions, found in the lower-cased text: not inside a word, where the
        # text starts with a prefix of some row
        trie = _trie_pattern(set(at_prefix)) if at_prefix else r"(?!x)x"
        self._scan = re.compile(rf"(?<!\w)(?={trie})")
        self._parts: dict[tuple[str, str], PatternTable] = {}  # ``where``'s tables, built once

    def where(self, column: str, value: str) -> PatternTable:
        """The table of the rows whose ``column`` is ``value`` (built on first ask): a few
        rows scanned over a whole text cost less than the table's every row."""
        key = (column, value)
        part = self._parts.get(key)
        if part is None:
            part = PatternTable(self.name, [r for r in self.rows if r.get(column) == value])
            self._parts[key] = part
        return part

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
        return self.finditer_spans(text, [(start, stop)])

    def finditer_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> Iterator[Match]:
        """``finditer`` within each of ``spans`` (sentences: a phrase does not run on into the
        next one), with the work that depends on the whole text done once."""
        if not spans:
            return
        lo_all = min(s for s, _ in spans)
        hi_all = max(e for _, e in spans)
        always = self._active_always(text[lo_all:hi_all])
        always_at = self._always_positions(text, lo_all, hi_all) if always else []
        # the lower-cased text from one character before the spans (the scan's look-behind)
        base = max(lo_all - 1, 0)
        low = _lower(text[base:hi_all])
        rows_at: dict[str, tuple[int, ...]] = {}  # the rows a text's first characters start
        for start, stop in spans:
            lo = bisect.bisect_left(always_at, start)
            hi = bisect.bisect_left(always_at, stop)
            found = self._scan.finditer(low, start - base, stop - base)
            prefixed = [base + h.start() for h in found]
            if hi > lo:
                prefixed = sorted(set(prefixed).union(always_at[lo:hi]))
            yield from self._scan_range(
                text, low, base, stop, prefixed, set(always_at[lo:hi]), always, rows_at
            )

    def _rows_at(self, head: str) -> tuple[int, ...]:
        found: set[int] = set()
        for n in self._prefix_lengths:
            found.update(self._at_prefix.get(head[:n], ()))
        return tuple(sorted(found))

    def _scan_range(
        self,
        text: str,
        low: str,
        base: int,
        stop: int,
        prefixed: list[int],
        at_always: set[int],
        always: tuple[int, ...],
        rows_at: dict[str, tuple[int, ...]],
    ) -> Iterator[Match]:
        pos = 0
        n = self._prefix_lengths[-1] if self._prefix_lengths else 0
        for at in prefixed:
            if at < pos:
                continue
            head = low[at - base : at - base + n]
            rows = rows_at.get(head)
            if rows is None:
                rows = rows_at[head] = self._rows_at(head)
            if at in at_always:
                rows = tuple(sorted(set(rows).union(always), key=self._tie_order.__getitem__))
            best_end, best_row = -1, -1
            for i in rows:
                m = self._anchored[i].match(text, at, stop)
                if m is not None and m.end() > best_end:
                    best_end, best_row = m.end(), i
            if best_row < 0 or best_end == at:  # no row matches here (or only emptily)
                continue
            yield Match(at, best_end, text[at:best_end], self.rows[best_row])
            pos = best_end

    def search(self, text: str, start: int = 0, end: int | None = None) -> Match | None:
        return next(self.finditer(text, start, end), None)

    def match_at(self, text: str, at: int, stop: int | None = None) -> Match | None:
        """The longest match of any row starting exactly at ``at`` (the earlier row on a
        tie), or None: for tables read only where lines open (page furniture)."""
        stop = len(text) if stop is None else stop
        best_end, best_row = -1, -1
        for i in sorted(range(len(self.rows)), key=self._tie_order.__getitem__):
            m = self._anchored[i].match(text, at, stop)
            if m is not None and m.end() > best_end:
                best_end, best_row = m.end(), i
        if best_row < 0 or best_end == at:
            return None
        return Match(at, best_end, text[at:best_end], self.rows[best_row])


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
