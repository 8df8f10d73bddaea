"""Every row of every pattern table of every language pack is won by its own example.

Each row carries an ``example`` column: a short phrase in which that row's pattern occurs.
Matching the whole table over the example must yield a match produced by that very row (not
by a longer or an earlier row that shadows it): a row no example can reach is dead, and a
pattern that does not match its example is broken.
"""

from __future__ import annotations

import pytest

from communique.lang import Registry
from communique.lexicon import LanguageData, PatternTable, Row
from communique.tables import SCHEMAS

CODES = Registry().codes


def _tables() -> list[tuple[str, str, PatternTable]]:
    return [(code, kind, LanguageData(code).table(kind)) for code in CODES for kind in SCHEMAS]


CASES = [
    pytest.param(table, row, id=f"{code}-{kind}-{row.line}")
    for code, kind, table in _tables()
    for row in table.rows
]


def test_every_pack_has_every_table_kind() -> None:
    assert {"de", "en"} <= set(CODES)
    assert len(CASES) > 1000


@pytest.mark.parametrize(("table", "row"), CASES)
def test_example_is_won_by_its_row(table: PatternTable, row: Row) -> None:
    example = row.get("example")
    hits = list(table.finditer(example))
    won = [m.text for m in hits if m.row is row]
    assert won, (
        f"{table.name}:{row.line}: {example!r} gives "
        f"{[(m.text, f'line {m.row.line}') for m in hits]}"
    )
