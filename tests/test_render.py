"""The one table renderer (``render.table``) and the code table shared by coding and export."""

from __future__ import annotations

import re
from typing import get_args

import pytest

from communique.codes import STATUS_CODES, consult_cameo, goldstein, status_codes
from communique.record import Status
from communique.render import events_table, table
from communique.store.query import EventRow, Participant


def test_table_aligns_columns_under_the_header() -> None:
    out = table(("id", "name", "n"), [("1", "Kaja Kallas", "2"), ("12", "Skoog", "")])
    assert out.splitlines() == [
        "id  name         n",
        "1   Kaja Kallas  2",
        "12  Skoog",  # trailing blanks stripped
    ]


def test_table_widths_have_floors_and_ceilings() -> None:
    rows = [("who:", "x"), ("where:", "y")]
    assert table(None, rows, sep=" ", indent="   ", min_widths=(8,)).splitlines() == [
        "   who:     x",
        "   where:   y",
    ]
    long = "a" * 30
    out = table(("k", "v", "z"), [("1", long, "!"), ("2", "b", "?")], max_widths={1: 5})
    assert out.splitlines() == ["k  v      z", f"1  {long}  !", "2  b      ?"]  # runs on
    assert table(None, []) == ""


def _row(eid: int, *people: tuple[str, str | None]) -> EventRow:
    return EventRow(
        eid, "meeting", "occurred", "2025-02-14", "2025-02-15", "Brussels", "BEL", None, None,
        None, (), None, 2, None,
        tuple(Participant(i, n, "person", a) for i, (n, a) in enumerate(people, 1)),
    )  # fmt: skip


def test_events_table_lists_one_event_a_line() -> None:
    out = events_table([_row(3, ("Kaja Kallas", "EU"), ("Terhi Hakala", None))]).splitlines()
    assert out[0].split() == ["id", "date", "kind", "status", "place", "participants", "sources"]
    assert re.split(r" {2,}", out[1]) == [
        "3", "2025-02-14..2025-02-15", "meeting", "occurred", "Brussels, BEL",
        "Kaja Kallas (EU); Terhi Hakala", "2",
    ]  # fmt: skip
    assert out[2] == "(1 event)"
    assert events_table([]).splitlines()[-1] == "(0 events)"


def test_every_status_has_codes_with_a_goldstein_score() -> None:
    assert set(STATUS_CODES) == set(get_args(Status))
    for event, cameo in STATUS_CODES.values():
        assert event in {"CONSULT", "AGREE", "REJECT"} and goldstein(cameo) is not None
    assert status_codes("unheard-of") == STATUS_CODES["occurred"]


@pytest.mark.parametrize(
    ("mode", "negotiation", "hinted_visit", "cameo"),
    [
        ("phone", True, False, "041"),
        ("multilateral", True, False, "046"),
        ("third-party", False, False, "044"),
        ("visit", False, True, "042"),
        ("visit", False, False, "040"),
        ("multilateral", False, False, "040"),
        (None, False, False, "040"),
    ],
)
def test_consult_cameo_by_mode(
    mode: str | None, negotiation: bool, hinted_visit: bool, cameo: str
) -> None:
    assert consult_cameo(mode, negotiation=negotiation, hinted_visit=hinted_visit) == cameo
