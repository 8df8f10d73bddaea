"""Every row of every pattern table of every language pack is won by its own example.

Each row carries an ``example`` column: a short phrase in which that row's pattern occurs.
Matching the whole table over the example must yield a match produced by that very row (not
by a longer or an earlier row that shadows it): a row no example can reach is dead, and a
pattern that does not match its example is broken.

The temporal words (``temporal_words.tsv``) carry examples too: the pack's temporal grammar
must find a date in the example, and the word (or stem) must be part of it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from communique.dates import TemporalGrammar
from communique.lang import Registry
from communique.lexicon import LanguageData, PatternTable, Row
from communique.tables import SCHEMAS, WORD_SCHEMAS, read_rows

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


WORD_CASES = [
    pytest.param(code, row, id=f"{code}-temporal_words-{line}")
    for code in CODES
    for line, row in read_rows(
        Registry().folder(code) / "temporal_words.tsv", WORD_SCHEMAS["temporal_words"]
    )
    if row["example"]
]


@pytest.fixture(scope="module")
def grammars() -> dict[str, TemporalGrammar]:
    return {code: TemporalGrammar(code) for code in CODES}


def test_the_temporal_words_have_examples() -> None:
    assert {"de", "en"} <= {p.values[0] for p in WORD_CASES}
    assert len(WORD_CASES) > 80


@pytest.mark.parametrize(("code", "row"), WORD_CASES)
def test_temporal_word_example_is_a_date_that_holds_the_word(
    grammars: dict[str, TemporalGrammar], code: str, row: dict[str, str]
) -> None:
    found = grammars[code].find(row["example"], dt.date(2025, 2, 19))
    word = " ".join(row["word"].lower().split())
    assert any(word in m.text.lower() for m in found), (
        f"{code}/temporal_words.tsv {row['word']!r} ({row['kind']}): "
        f"{row['example']!r} gives {[m.text for m in found]}"
    )
