"""Claims: quantitative statements (figures with a unit, a multiplier or a share).

"Mehr als 3.000 Unternehmen", "etwa ein Drittel des Außenhandels", "$1.5bn", "40 Prozent".
Numbers inside dates are not claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.lexicon import Match, PatternTable
from communique.mentions import Mentions

_NUMBER_RE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,]\d+)?(?![\w])")


@dataclass(slots=True)
class ClaimDraft:
    start: int  # the quantity expression
    end: int
    value: float | None
    unit: str | None
    qualifier: str | None
    sentence_start: int
    sentence_end: int


def parse_number(raw: str, thousands: str, decimal: str) -> float | None:
    """The value of a number written with the language's separators ("3.000,5" in German)."""
    s = raw.replace(" ", "")
    if re.fullmatch(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+(?:\{decimal}\d+)?", s):
        s = s.replace(thousands, "")
    s = s.replace(decimal, ".")
    if s.count(".") > 1:
        return None
    try:
        return float(s)
    except ValueError:
        return None


def find_claims(m: Mentions, table: PatternTable) -> list[ClaimDraft]:
    text = m.text
    matches = list(table.finditer(text))
    by_start = {x.start: x for x in matches}
    by_end = {x.end: x for x in matches}
    out: list[ClaimDraft] = []
    for n in _NUMBER_RE.finditer(text):
        if m.date_index.covering(n.start(), n.start() + 1):
            continue
        value = parse_number(n.group(), m.profile.thousands_separator, m.profile.decimal_separator)
        if value is None:
            continue
        start, end = n.start(), n.end()
        unit: str | None = None
        multiplier = 1.0
        pos = _skip_space(text, end)
        nxt = by_start.get(pos)
        if nxt is not None and nxt.row.get("type") == "multiplier":
            multiplier = float(nxt.row.get("value") or 1)
            end = nxt.end
            pos = _skip_space(text, end)
            nxt = by_start.get(pos)
        if nxt is not None and nxt.row.get("type") == "unit":
            unit = nxt.row.get("unit") or None
            end = nxt.end
        elif pos == end and text.startswith("%", pos):
            # "12%": a sign glued to the number is no word, so no table row can match it
            unit, end = "percent", pos + 1
        prev = _prev_match(text, start, by_end)
        if prev is not None and prev.row.get("type") == "unit" and prev.row.get("unit") in _MONEY:
            unit = prev.row.get("unit")  # "$1.5bn", "€ 40 Mio."
            start = prev.start
        qualifier, start = _qualifier(text, start, by_end)
        if unit is None and multiplier == 1.0:
            continue
        sent = m.sentence_of(n.start())
        out.append(
            ClaimDraft(start, end, value * multiplier, unit, qualifier, sent.start, sent.end)
        )
    for x in matches:  # shares: "ein Drittel", "half of"
        if x.row.get("type") != "fraction":
            continue
        qualifier, start = _qualifier(text, x.start, by_end)
        sent = m.sentence_of(x.start)
        value = float(x.row.get("value") or 0) or None
        out.append(ClaimDraft(start, x.end, value, "share", qualifier, sent.start, sent.end))
    return sorted(out, key=lambda c: c.start)


_MONEY = frozenset({"USD", "EUR", "GBP"})


def _qualifier(text: str, start: int, by_end: dict[int, Match]) -> tuple[str | None, int]:
    """A qualifier right before ``start`` ("mehr als", "about") and where the claim then starts."""
    prev = _prev_match(text, start, by_end)
    if prev is not None and prev.row.get("type") == "qualifier":
        return prev.row.get("value") or None, prev.start
    return None, start


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u00a0":
        pos += 1
    return pos


def _prev_match(text: str, pos: int, by_end: dict[int, Match]) -> Match | None:
    p = pos
    while p > 0 and text[p - 1] in " \u00a0":
        p -= 1
    return by_end.get(p)
