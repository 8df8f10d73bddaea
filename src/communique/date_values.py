"""Calendar arithmetic and word tables for the temporal grammar (:mod:`communique.dates`).

Values are ISO strings of three granularities: ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD``.
Every function here is pure; nothing reads a clock: relative expressions resolve against the
publication date the caller passes in.

Resolution policy (documented here once, used by the grammar):

* A day or month without a year takes the year that puts it nearest to the publication date
  (at most about six months away): published 2025-12-28, "3. Januar" -> 2026-01-03;
  published 2025-01-10, "im Dezember" -> 2024-12.
* A weekday without modifier ("am Montag", "on Monday") is the most recent such day on or
  before the publication date (news mostly report the past; the tense is not analysed).
  "kommenden/nächsten Montag", "next/coming Monday" is the first such day after it;
  "vergangenen/letzten Montag", "last Monday" the last one strictly before it.
* Parts of a period ("Anfang/Mitte/Ende", "early/mid/late"): of a year -> months 01-03, 05-08
  or 10-12; of a month -> the month itself (month granularity at both ends); of a week ->
  Monday-Tuesday, Tuesday-Thursday or Friday-Sunday.
* Seasons: spring 03-05, summer 06-08, autumn 09-11, winter 12-02 (December of the named
  year to February of the next; a bare "winter" written in January or February is the
  winter that began in the previous December).
* Windows: "in the coming days" -> the next 7 days, "weeks" -> the next 6 weeks, "months" ->
  the next 6 months (month granularity), "years" -> the next 3 years (year granularity); with
  a number ("in the next two weeks") that number of units. "in den vergangenen/letzten ..."
  mirrors this into the past. "soon", "in Kürze", "demnächst" carry no value (None).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Final

from communique.errors import KnowledgeError

Value = str | None
Pair = tuple[Value, Value]


def _table(pairs: tuple[tuple[str, int], ...]) -> MappingProxyType[str, int]:
    return MappingProxyType({k.lower(): v for k, v in pairs})


MONTHS_DE: Final = _table(
    (
        ("Januar", 1), ("Jänner", 1), ("Februar", 2), ("Feber", 2), ("März", 3), ("Maerz", 3),
        ("April", 4), ("Mai", 5), ("Juni", 6), ("Juli", 7), ("August", 8), ("September", 9),
        ("Oktober", 10), ("November", 11), ("Dezember", 12),
    )
)  # fmt: skip
MONTH_ABBR_DE: Final = _table(
    (
        ("Jan", 1), ("Jän", 1), ("Feb", 2), ("Mär", 3), ("Mrz", 3), ("Apr", 4), ("Jun", 6),
        ("Jul", 7), ("Aug", 8), ("Sep", 9), ("Sept", 9), ("Okt", 10), ("Nov", 11), ("Dez", 12),
    )
)  # fmt: skip
MONTHS_EN: Final = _table(
    (
        ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6),
        ("July", 7), ("August", 8), ("September", 9), ("October", 10), ("November", 11),
        ("December", 12),
    )
)  # fmt: skip
MONTH_ABBR_EN: Final = _table(
    (
        ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8),
        ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
    )
)  # fmt: skip
WEEKDAYS_DE: Final = _table(
    (
        ("Montag", 0), ("Dienstag", 1), ("Mittwoch", 2), ("Donnerstag", 3), ("Freitag", 4),
        ("Samstag", 5), ("Sonnabend", 5), ("Sonntag", 6),
    )
)  # fmt: skip
WEEKDAYS_EN: Final = _table(
    (
        ("Monday", 0), ("Tuesday", 1), ("Wednesday", 2), ("Thursday", 3), ("Friday", 4),
        ("Saturday", 5), ("Sunday", 6),
    )
)  # fmt: skip
NUMBERS_DE: Final = _table(
    (
        ("ein", 1), ("eine", 1), ("einem", 1), ("einer", 1), ("einen", 1), ("zwei", 2),
        ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6), ("sieben", 7), ("acht", 8),
        ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12), ("zwanzig", 20), ("dreißig", 30),
    )
)  # fmt: skip
NUMBERS_EN: Final = _table(
    (
        ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
        ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
        ("twelve", 12), ("twenty", 20), ("thirty", 30),
    )
)  # fmt: skip
ORDINALS: Final = _table(
    (
        ("erste", 1), ("zweite", 2), ("ersten", 1), ("zweiten", 2), ("dritten", 3),
        ("vierten", 4), ("first", 1), ("second", 2), ("third", 3), ("fourth", 4),
        ("1.", 1), ("2.", 2), ("3.", 3), ("4.", 4), ("1st", 1), ("2nd", 2), ("3rd", 3),
        ("4th", 4),
    )
)  # fmt: skip
# relative modifiers: -1 past, 0 current, +1 next (German forms are matched with endings)
OFFSETS: Final = _table(
    (
        ("nächst", 1), ("kommend", 1), ("folgend", 1), ("vergangen", -1), ("letzt", -1),
        ("vorig", -1), ("dies", 0), ("laufend", 0), ("heurig", 0), ("zurückliegend", -1),
        ("next", 1), ("coming", 1), ("following", 1), ("last", -1), ("past", -1),
        ("previous", -1), ("this", 0), ("current", 0),
    )
)  # fmt: skip
SEASONS: Final = _table(
    (
        ("Frühjahr", 3), ("Frühling", 3), ("Sommer", 6), ("Herbst", 9), ("Winter", 12),
        ("spring", 3), ("summer", 6), ("autumn", 9), ("fall", 9), ("winter", 12),
    )
)  # fmt: skip
PARTS: Final = _table(
    (
        ("anfang", 0), ("beginn", 0), ("mitte", 1), ("ende", 2), ("early", 0), ("beginning", 0),
        ("start", 0), ("mid", 1), ("middle", 1), ("late", 2), ("end", 2), ("turn", 2),
    )
)  # fmt: skip


MONTH_NUMBERS: Final = MappingProxyType(
    {**MONTHS_DE, **MONTH_ABBR_DE, **MONTHS_EN, **MONTH_ABBR_EN}
)
WEEKDAY_NUMBERS: Final = MappingProxyType({**WEEKDAYS_DE, **WEEKDAYS_EN})
NUMBER_WORDS: Final = MappingProxyType({**NUMBERS_DE, **NUMBERS_EN})
# month names that are also first names: "August Müller", "April Jones", "Theresa May"
NAME_LIKE_MONTHS: Final = frozenset({"august", "april", "may", "june", "juni"})
REL_DAYS: Final = MappingProxyType(
    {
        "heute": 0, "heutigen": 0, "gestern": -1, "gestrigen": -1, "morgen": 1, "morgigen": 1,
        "vorgestern": -2, "vorgestrigen": -2, "übermorgen": 2, "today": 0, "tonight": 0,
        "yesterday": -1, "tomorrow": 1, "this": 0, "last night": -1,
        "the day before yesterday": -2, "the day after tomorrow": 2,
    }
)  # fmt: skip
SPECIAL_UNITS: Final = MappingProxyType(
    {"heuer": (0, "y"), "vorjahr": (-1, "y"), "vormonat": (-1, "m"), "vorwoche": (-1, "w")}
)


def month_of(word: str) -> int:
    """1-12 for a month name or abbreviation of either language ("Jänner", "Sept.")."""
    return MONTH_NUMBERS[word.rstrip(".").lower()]


def unit_of(word: str) -> str:
    """ "d", "w", "m" or "y" for a German or English time unit in any form."""
    w = word.lower()
    if w.startswith(("tag", "day")):
        return "d"
    if w.startswith(("woch", "week")):
        return "w"
    if w.startswith(("monat", "month")):
        return "m"
    return "y"


def number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def offset_of(word: str) -> int:
    """-1/0/+1 for a relative modifier in any inflected form ("kommenden" -> +1)."""
    w = word.lower()
    for stem, off in OFFSETS.items():
        if w.startswith(stem):
            return off
    return 0


def day(d: dt.date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def year(y: int) -> str:
    return f"{y:04d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def nearest_year_day(m: int, d: int, published: dt.date) -> int:
    """The year that puts day ``d`` of month ``m`` nearest to ``published``."""
    best = published.year
    best_gap: int | None = None
    for y in (published.year - 1, published.year, published.year + 1):
        cand = safe_date(y, m, d)
        if cand is None:
            continue
        gap = abs((cand - published).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def nearest_year_month(m: int, published: dt.date) -> int:
    diff = m - published.month
    if diff > 6:
        return published.year - 1
    if diff < -6:
        return published.year + 1
    return published.year


def month_relative(m: int, off: int, published: dt.date) -> int:
    """Year of month ``m`` modified by next (+1), last (-1) or this (0)."""
    if off > 0:
        return published.year if m > published.month else published.year + 1
    if off < 0:
        return published.year if m < published.month else published.year - 1
    return published.year


def weekday_relative(wd: int, off: int | None, published: dt.date) -> dt.date:
    """Weekday ``wd`` (0 = Monday): None -> on or before, +1 -> after, -1 -> strictly before."""
    back = (published.weekday() - wd) % 7
    if off is None or off == 0:
        return published - dt.timedelta(days=back)
    if off < 0:
        return published - dt.timedelta(days=back or 7)
    ahead = (wd - published.weekday()) % 7
    return published + dt.timedelta(days=ahead or 7)


def week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def shift(published: dt.date, n: int, unit: str) -> dt.date:
    """``published`` moved by ``n`` units (d, w, m, y); month ends are clamped."""
    if unit == "d":
        return published + dt.timedelta(days=n)
    if unit == "w":
        return published + dt.timedelta(weeks=n)
    months = n if unit == "m" else 12 * n
    y, m = add_months(published.year, published.month, months)
    for d in (published.day, 30, 29, 28):
        got = safe_date(y, m, d)
        if got is not None:
            return got
    raise AssertionError("unreachable")  # pragma: no cover


def period(anchor: dt.date, unit: str) -> Pair:
    """The whole day, week, month or year containing ``anchor``."""
    if unit == "d":
        return day(anchor), day(anchor)
    if unit == "w":
        a, b = week_of(anchor)
        return day(a), day(b)
    if unit == "m":
        return month(anchor.year, anchor.month), month(anchor.year, anchor.month)
    return year(anchor.year), year(anchor.year)


def part_of_year(y: int, part: int) -> Pair:
    lo, hi = ((1, 3), (5, 8), (10, 12))[part]
    return month(y, lo), month(y, hi)


def part_of_week(anchor: dt.date, part: int) -> Pair:
    monday, _ = week_of(anchor)
    lo, hi = ((0, 1), (1, 3), (4, 6))[part]
    return day(monday + dt.timedelta(days=lo)), day(monday + dt.timedelta(days=hi))


def part_of(anchor: dt.date, unit: str, part: int) -> Pair:
    if unit == "y":
        return part_of_year(anchor.year, part)
    if unit == "w":
        return part_of_week(anchor, part)
    return month(anchor.year, anchor.month), month(anchor.year, anchor.month)


def rest_of(published: dt.date, unit: str, later: bool) -> Pair:
    """ "later this year" (later=True) or "earlier this month" (later=False)."""
    if unit == "y":
        if later:
            return month(published.year, published.month), month(published.year, 12)
        return month(published.year, 1), month(published.year, published.month)
    if unit == "m":
        first = published.replace(day=1)
        nxt = shift(first, 1, "m")
        last = nxt - dt.timedelta(days=1)
        return (day(published), day(last)) if later else (day(first), day(published))
    monday, sunday = week_of(published)
    return (day(published), day(sunday)) if later else (day(monday), day(published))


def season(y: int, start_month: int) -> Pair:
    ey, em = add_months(y, start_month, 2)
    return month(y, start_month), month(ey, em)


def season_year(start_month: int, published: dt.date) -> int:
    if start_month == 12 and published.month <= 2:
        return published.year - 1
    return published.year


def quarter(y: int, q: int) -> Pair:
    return month(y, 3 * q - 2), month(y, 3 * q)


def half(y: int, h: int) -> Pair:
    return month(y, 6 * h - 5), month(y, 6 * h)


def window(published: dt.date, unit: str, n: int | None, past: bool) -> Pair:
    """ "in the coming weeks" / "in den vergangenen Monaten" (see the module docstring)."""
    count = n if n is not None else {"d": 7, "w": 6, "m": 6, "y": 3}[unit]
    sign = -1 if past else 1
    if unit in ("d", "w"):
        days = count * (7 if unit == "w" else 1)
        a = published + dt.timedelta(days=sign)
        b = published + dt.timedelta(days=sign * days)
        lo, hi = (b, a) if past else (a, b)
        return day(lo), day(hi)
    if unit == "m":
        a_y, a_m = add_months(published.year, published.month, sign)
        b_y, b_m = add_months(published.year, published.month, sign * count)
        pa, pb = month(a_y, a_m), month(b_y, b_m)
        return (pb, pa) if past else (pa, pb)
    ya, yb = year(published.year + sign), year(published.year + sign * count)
    return (yb, ya) if past else (ya, yb)


# ---------------------------------------------------------------------- rule tables
# The grammar's rules live in ``lang/<lang>/temporal.tsv``: one ``handler<TAB>regex`` a line,
# ``@define<TAB>NAME<TAB>regex`` for a macro used as ``<NAME>`` (``<YS1>`` expands macro
# ``YS`` with ``#`` replaced by ``1``, so group names stay unique), ``<AFTER:w1 w2>`` for
# "right after one of these words", ``@prepositions<TAB>w1 w2`` and ``@precheck<TAB>regex``.
# Built-in macros come from the word tables above: MFULL MABBR MX WD NUMW NUMX YEAR D.
# An optional third column is the rule's gate: space-separated groups of ``|``-separated
# lower-case stems (``$NAME`` names a ``@keys<TAB>NAME<TAB>a|b`` list); the rule runs only on
# texts whose lower-cased form contains a stem of every group. Gates only save time: a gate
# must never be stricter than its regex.

_MACRO = re.compile(r"<(AFTER:[^>]+|[A-Z]+[0-9]?)>")


Gate = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class PatternSet:
    rules: tuple[tuple[str, re.Pattern[str], Gate], ...]
    prepositions: tuple[str, ...]
    precheck: re.Pattern[str]


def _alternation(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _cased(table: MappingProxyType[str, int]) -> list[str]:
    return [w[0].upper() + w[1:] for w in table]


def _builtin_macros(lang: str) -> dict[str, str]:
    """Word-table macros; every alternative starts with a literal (see the rule files)."""
    de = lang == "de"
    months = _cased(MONTHS_DE if de else MONTHS_EN)
    abbrs = _cased(MONTH_ABBR_DE if de else MONTH_ABBR_EN)
    numbers = [*(NUMBERS_DE if de else NUMBERS_EN), *_cased(NUMBERS_DE if de else NUMBERS_EN)]
    dot = r"\." if de else r"\.?"
    mx = sorted([*(re.escape(w) for w in months), *(re.escape(w) + dot for w in abbrs)],
                key=len, reverse=True)  # fmt: skip
    digits = "|".join(rf"{i}\d{{0,2}}" for i in range(1, 10))
    return {
        "MFULL": _alternation(months),
        "MABBR": _alternation(abbrs),
        "MX": "(?:" + "|".join(mx) + ")",
        "WD": _alternation(_cased(WEEKDAYS_DE if de else WEEKDAYS_EN)),
        "NUMW": _alternation(numbers),
        "NUMX": _alternation(numbers)[:-1] + "|" + digits + ")",
        "YEAR": r"(?:19\d\d|20\d\d)",
        "D": r"(?:3[01]|1\d|2\d|0[1-9]|1|2|3|4|5|6|7|8|9)",
    }


def _expand(template: str, macros: dict[str, str], where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name.startswith("AFTER:"):
            words = name[6:].split()
            return "(?:" + "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in words) + ")"
        base, suffix = (name[:-1], name[-1]) if name[-1].isdigit() else (name, "")
        if base not in macros:
            raise KnowledgeError(f"{where}: unknown macro <{name}>")
        return macros[base].replace("#", suffix)

    return _MACRO.sub(sub, template)


def _gate(spec: str, keys: dict[str, tuple[str, ...]]) -> Gate:
    groups = []
    for group in spec.split():
        stems: list[str] = []
        for item in group.split("|"):
            stems.extend(keys[item[1:]] if item.startswith("$") else (item,))
        groups.append(tuple(stems))
    return tuple(groups)


def patterns_for(lang: str) -> PatternSet:
    """The compiled rules of ``lang/<lang>/temporal.tsv``; raises KnowledgeError if broken."""
    res = resources.files("communique").joinpath("lang", lang, "temporal.tsv")
    try:
        lines = res.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeError(f"temporal grammar for {lang!r} missing: {exc}") from exc
    macros = _builtin_macros(lang)
    rules: list[tuple[str, re.Pattern[str], Gate]] = []
    keys: dict[str, tuple[str, ...]] = {}
    preps: tuple[str, ...] = ()
    precheck = re.compile(r"\S")
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{lang}/temporal.tsv:{no}"
        fields = line.split("\t")
        try:
            if fields[0] == "@define":
                macros[fields[1]] = _expand(fields[2], macros, where)
            elif fields[0] == "@keys":
                keys[fields[1]] = tuple(fields[2].split("|"))
            elif fields[0] == "@prepositions":
                preps = tuple(fields[1].split())
            elif fields[0] == "@precheck":
                precheck = re.compile(_expand(fields[1], macros, where))
            else:
                gate = _gate(fields[2], keys) if len(fields) > 2 else ()
                rules.append((fields[0], re.compile(_expand(fields[1], macros, where)), gate))
        except (IndexError, KeyError, re.error) as exc:
            raise KnowledgeError(f"{where}: {exc}") from exc
    return PatternSet(tuple(rules), preps, precheck)
