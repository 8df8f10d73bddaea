"""The columns of every table kind: what a language pack's ``<kind>.tsv`` must hold.

A :class:`TableSchema` names a table's columns (beyond the first, ``pattern``): which the
header must have, which it may have, and the values an enumerated column allows. The loader
(:meth:`communique.lexicon.PatternTable.from_file`) checks a table against the schema of its
kind (the file's stem) and raises :class:`~communique.errors.KnowledgeError` naming file, line
and column for a header that lacks a required column or has an unknown one, and for a cell
outside its allowed values. The allowed sets come from what the stages and the record
contract accept (``communique.record``: role classes, PLOVER contexts, event kinds, statuses).

Every pattern table kind (:data:`SCHEMAS`) has an ``example`` column: a short phrase in which
the row's pattern occurs (``tests/test_table_examples.py`` runs them all). Word tables
(:data:`WORD_SCHEMAS`: the calendar, number and temporal words of the temporal grammar) are
keyed by a ``word`` column instead of a ``pattern``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from communique import record
from communique.errors import KnowledgeError
from communique.record import PLOVER_CONTEXTS, ROLE_CLASSES

# CAMEO/PLOVER sector codes a role title may carry (actors.py maps GOV inside an IGO to IGO)
ROLE_SECTORS = frozenset(
    "GOV LEG JUD MIL COP SPY PTY BUS MED EDU NGO REL CVL ELI".split()  # noqa: SIM905
)
# record.EventKind plus visit (a meeting by travel) and none (a false friend that swallows a
# trigger word by the longest-match rule)
EVENT_KINDS = frozenset({"meeting", "call", "conference", "visit", "none"})
STATUSES = frozenset(record.STATUSES)
QUALIFIERS = frozenset({"more than", "about", "almost", "up to", "at least", "less than"})

_ISO3 = re.compile(r"[A-Z]{3}")
# a state's ISO code, or an international organisation's ("MEP": EU)
_AFFILIATION = re.compile(r"[A-Z]{3}|EU|UN|OSCE|NATO|AU|ASEAN|COE")
_STATES = re.compile(r"[A-Z]{3}(?:,[A-Z]{3})+")
_CLASS_OR_PAIRS = re.compile(
    rf"(?:{'|'.join(ROLE_CLASSES)})|[A-Z]{{3}}=(?:{'|'.join(ROLE_CLASSES)})"
    rf"(?:,[A-Z]{{3}}=(?:{'|'.join(ROLE_CLASSES)}))*"
)

RowCheck = Callable[[Mapping[str, str]], tuple[str, str] | None]


@dataclass(frozen=True, slots=True)
class Column:
    """One attribute column: ``required`` in the header, ``filled`` in every row, its
    allowed ``values`` (None: free text) or the ``form`` (a regex) a filled cell must have."""

    name: str
    required: bool = True
    filled: bool = False
    values: frozenset[str] | None = None
    form: re.Pattern[str] | None = None

    def problem(self, cell: str) -> str | None:
        """Why ``cell`` is not a valid value of this column (None: it is)."""
        if not cell:
            return "is empty" if self.filled else None
        if self.values is not None and cell not in self.values:
            return f"{cell!r} is not one of {', '.join(sorted(self.values))}"
        if self.form is not None and not self.form.fullmatch(cell):
            return f"{cell!r} does not have the form {self.form.pattern}"
        return None


@dataclass(frozen=True, slots=True)
class TableSchema:
    """The attribute columns of one table kind (after its first column, ``key``) and the
    rules across a row's cells."""

    kind: str
    columns: tuple[Column, ...]
    row_checks: tuple[RowCheck, ...] = field(default=())
    key: str = "pattern"

    @property
    def names(self) -> frozenset[str]:
        return frozenset(c.name for c in self.columns)


def _enum(name: str, values: frozenset[str] | tuple[str, ...]) -> Column:
    return Column(name, filled=True, values=frozenset(values))


EXAMPLE = Column("example", filled=True)


def _float(cell: str) -> float | None:
    try:
        return float(cell)
    except ValueError:
        return None


def _quantity_row(row: Mapping[str, str]) -> tuple[str, str] | None:
    """What ``value`` and ``unit`` a quantity row of each type needs (claims.py reads them)."""
    kind, value, unit = row.get("type", ""), row.get("value", ""), row.get("unit", "")
    number = _float(value)
    if kind == "multiplier" and (number is None or number < 1e3):
        return "value", f"a multiplier needs a factor of at least 1e3, not {value!r}"
    if kind == "unit" and not unit:
        return "unit", "a unit row needs its normalised unit"
    if kind == "qualifier" and value not in QUALIFIERS:
        return "value", f"a qualifier's value must be one of {', '.join(sorted(QUALIFIERS))}"
    if kind == "fraction" and (number is None or not 0 < number < 1 or unit != "share"):
        return "value", "a fraction needs a value between 0 and 1 and the unit 'share'"
    return None


SCHEMAS: Mapping[str, TableSchema] = {
    s.kind: s
    for s in (
        TableSchema(
            "roles",
            (
                _enum("class", ROLE_CLASSES),
                Column("igo_class", required=False, values=frozenset(ROLE_CLASSES)),
                _enum("sector", ROLE_SECTORS),
                Column("gloss", filled=True),
                EXAMPLE,
                Column("state_class", required=False, form=_CLASS_OR_PAIRS),
                Column("country", required=False, form=_AFFILIATION),
                # the states a title can be of, where it is several ("Bundesministerin": DEU,
                # AUT): a state inferred for its holder from elsewhere must be one of them
                Column("states", required=False, form=_STATES),
            ),
        ),
        TableSchema(
            "role_modifiers",
            (_enum("effect", ("former", "then", "acting", "designate", "deputy")), EXAMPLE),
        ),
        TableSchema(
            "events",
            (
                _enum("kind", EVENT_KINDS),
                _enum("pos", ("verb", "noun")),
                _enum("strength", ("strong", "weak", "none")),
                EXAMPLE,
                # a part of a gathering ("a panel discussion with A and B"): its with names
                # who sits on it, not a meeting held with them
                Column("detail", required=False, values=frozenset({"part"})),
            ),
        ),
        TableSchema(
            "status",
            (
                _enum("status", STATUSES),
                _enum("scope", ("clause", "sentence", "noun")),
                EXAMPLE,
                # a cancellation that only moves the meeting ("postponed", "vertagt"); a
                # denial that refers back to the meeting its sentence tells, across a colon or a
                # quote ("Asked about reports that X had met Y, the spokesperson said: 'There
                # was no such meeting.'"); a cue for what follows it only ("preparations
                # for the summit": not the trigger before it)
                Column(
                    "detail",
                    required=False,
                    values=frozenset({"postponed", "refers_back", "ahead"}),
                ),
            ),
        ),
        TableSchema(
            "topics",
            (_enum("context", PLOVER_CONTEXTS), Column("topic", filled=True), EXAMPLE),
        ),
        TableSchema("speech", (_enum("kind", ("verb", "marker")), EXAMPLE)),
        # page furniture: a line opening with the pattern is not part of the text; "rest":
        # nor is anything after it (a site's block of other headlines); "paragraph": nor is
        # its paragraph (another item's teaser ending in its time stamp); "tail": the pattern
        # anywhere in a line, and the line's rest from it (a caption's credit)
        TableSchema(
            "furniture",
            (_enum("extent", ("line", "rest", "paragraph", "byline", "tail")), EXAMPLE),
        ),
        TableSchema(
            "anaphora",
            (
                _enum("type", ("counterpart", "relation", "both", "role_noun")),
                Column("count", required=False, form=re.compile(r"[1-9][0-9]?")),
                EXAMPLE,
            ),
        ),
        TableSchema(
            "quantities",
            (
                _enum("type", ("multiplier", "unit", "qualifier", "fraction")),
                Column("value", required=False),
                Column("unit", required=False),
                EXAMPLE,
            ),
            row_checks=(_quantity_row,),
        ),
    )
}


def _weekday_number(row: Mapping[str, str]) -> tuple[str, str] | None:
    if row.get("field") == "weekday" and int(row.get("number") or 0) > 7:
        return "number", "a weekday's number is 1-7 (1 = Monday)"
    return None


_CALENDAR = TableSchema(
    "calendar",
    (
        _enum("field", ("month", "weekday")),
        Column("number", filled=True, form=re.compile(r"[1-9]|1[0-2]")),
        _enum("width", ("wide", "abbreviated")),
        Column("context", required=False, values=frozenset({"format", "stand-alone"})),
        Column("note", required=False),
    ),
    row_checks=(_weekday_number,),
    key="word",
)
# The kinds of temporal_words.tsv and the form of each kind's value (an empty form: no value)
TEMPORAL_WORD_KINDS: Mapping[str, re.Pattern[str]] = {
    "ordinal": re.compile(r"[1-9][0-9]*"),
    "offset": re.compile(r"-1|0|1"),
    "rolling": re.compile(r"-1|1"),
    "season": re.compile(r"[1-9]|1[0-2]"),
    "part": re.compile(r"[012]"),
    "unit": re.compile(r"[dwmy]"),
    "relative_day": re.compile(r"-?[0-9]+"),
    "relative_unit": re.compile(r"-?[0-9]+[dwmy]"),
    "name_like_month": re.compile(r""),
    "rest": re.compile(r"-1|1"),
    "direction": re.compile(r"-1|1"),
}


def _temporal_value(row: Mapping[str, str]) -> tuple[str, str] | None:
    kind, value = row.get("kind", ""), row.get("value", "")
    form = TEMPORAL_WORD_KINDS[kind]
    if form.fullmatch(value):
        return None
    if not form.pattern:
        return "value", f"a {kind} word takes no value, not {value!r}"
    return "value", f"a {kind} word needs a value of the form {form.pattern}, not {value!r}"


WORD_SCHEMAS: Mapping[str, TableSchema] = {
    "calendar": _CALENDAR,
    "calendar_extra": _CALENDAR,
    "numbers": TableSchema(
        "numbers", (Column("value", filled=True, form=re.compile(r"[0-9]+")),), key="word"
    ),
    "temporal_words": TableSchema(
        "temporal_words",
        (_enum("kind", tuple(TEMPORAL_WORD_KINDS)), Column("value"), Column("example")),
        row_checks=(_temporal_value,),
        key="word",
    ),
}


def schema_for(kind: str) -> TableSchema | None:
    """The schema of pattern table kind ``kind`` (a file stem: "roles", "events", ...)."""
    return SCHEMAS.get(kind)


def read_rows(path: Path, schema: TableSchema) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, cells by column) of each row of the TSV table ``path``: a header row,
    then rows; ``#`` comments and blank lines are skipped. Raises KnowledgeError naming file,
    line and column for a header or a cell that ``schema`` does not allow."""
    if not path.is_file():
        raise KnowledgeError(f"missing language data file {path}")
    header: list[str] | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            _check_header(path, lineno, header, schema)
            continue
        if len(cells) > len(header):
            raise KnowledgeError(f"{path}:{lineno}: {len(cells)} cells, header has {len(header)}")
        row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        _check_cells(path, lineno, row, schema)
        yield lineno, row


def _check_header(path: Path, lineno: int, header: list[str], schema: TableSchema) -> None:
    if header[0] != schema.key:
        raise KnowledgeError(
            f"{path}:{lineno}: column {header[0]!r}: the first column must be {schema.key!r}"
        )
    seen: set[str] = set()
    for name in header[1:]:
        if name not in schema.names:
            known = ", ".join(c.name for c in schema.columns)
            raise KnowledgeError(
                f"{path}:{lineno}: column {name!r}: unknown in {schema.kind}.tsv (known: {known})"
            )
        if name in seen:
            raise KnowledgeError(f"{path}:{lineno}: column {name!r}: given twice")
        seen.add(name)
    for col in schema.columns:
        if col.required and col.name not in seen:
            raise KnowledgeError(
                f"{path}:{lineno}: column {col.name!r}: required in {schema.kind}.tsv, missing"
            )


def _check_cells(path: Path, lineno: int, row: dict[str, str], schema: TableSchema) -> None:
    if not row[schema.key]:
        raise KnowledgeError(f"{path}:{lineno}: column {schema.key!r}: is empty")
    for col in schema.columns:
        problem = col.problem(row.get(col.name, ""))
        if problem is not None:
            raise KnowledgeError(f"{path}:{lineno}: column {col.name!r}: {problem}")
    for check in schema.row_checks:
        found = check(row)
        if found is not None:
            raise KnowledgeError(f"{path}:{lineno}: column {found[0]!r}: {found[1]}")
