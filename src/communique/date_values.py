"""Calendar arithmetic, calendar words and rule files of the temporal grammar
(:mod:`communique.dates`). A language pack holds its month, weekday and number words
(``calendar.tsv``, ``calendar_extra.tsv``, ``numbers.tsv``) and its rules (``temporal.tsv``).

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
from pathlib import Path
from types import MappingProxyType
from typing import Final

from communique.errors import KnowledgeError
from communique.tables import WORD_SCHEMAS, read_rows

Value = str | None
Pair = tuple[Value, Value]


def _table(pairs: tuple[tuple[str, int], ...]) -> MappingProxyType[str, int]:
    return MappingProxyType({k.lower(): v for k, v in pairs})


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


# ------------------------------------------------------------------- calendar words
# A pack's month and weekday names come from its ``calendar.tsv`` (generated from CLDR by
# scripts/build_kb.py) and ``calendar_extra.tsv`` (hand additions CLDR lacks: "Jänner",
# "Sonnabend"), its number words from ``numbers.tsv``. The grammar takes month names of width
# "wide" (both contexts), abbreviations of width "abbreviated" without their dot less those
# that are month names ("Mai", "März"), and weekdays of width "wide" only ("Mo", "Sun", "Sat"
# are too ambiguous in running text).


@dataclass(frozen=True, slots=True)
class Words:
    """Words as written (for the grammar's regexes) and their values by lower-cased form."""

    written: tuple[str, ...]
    values: MappingProxyType[str, int]

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, int]]) -> Words:
        written: dict[str, None] = {}
        values: dict[str, int] = {}
        for word, value in pairs:
            written.setdefault(word, None)
            values.setdefault(word.lower(), value)
        return cls(tuple(written), MappingProxyType(values))


@dataclass(frozen=True, slots=True)
class Calendar:
    """The calendar and number words of one language pack."""

    months: Words  # month names -> 1-12
    month_abbrs: Words  # month abbreviations, without their dot -> 1-12
    weekdays: Words  # weekday names -> 0-6 (0 = Monday, as date.weekday())
    numbers: Words  # number words (lower case) -> value

    def month_of(self, word: str) -> int:
        """1-12 for a month name or abbreviation ("Jänner", "Sept.")."""
        w = word.rstrip(".").lower()
        return self.months.values[w] if w in self.months.values else self.month_abbrs.values[w]

    def weekday_of(self, word: str) -> int:
        return self.weekdays.values[word.lower()]

    def number(self, word: str) -> int | None:
        return int(word) if word.isdigit() else self.numbers.values.get(word.lower())


def load_calendar(folder: Path) -> Calendar:
    """The calendar words of the pack in ``folder``; raises KnowledgeError if they are broken."""
    groups: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for name in ("calendar", "calendar_extra"):
        if name == "calendar_extra" and not (folder / f"{name}.tsv").is_file():
            continue  # hand additions are optional
        for _, row in read_rows(folder / f"{name}.tsv", WORD_SCHEMAS[name]):
            word = row["word"] if row["width"] == "wide" else row["word"].rstrip(".")
            groups.setdefault((row["field"], row["width"]), []).append((word, int(row["number"])))
    months = Words.of(groups.get(("month", "wide"), []))
    abbrs = [
        (w, n)
        for w, n in groups.get(("month", "abbreviated"), [])
        if w.lower() not in months.values
    ]
    weekdays = [(w, n - 1) for w, n in groups.get(("weekday", "wide"), [])]
    numbers = [
        (r["word"], int(r["value"]))
        for _, r in read_rows(folder / "numbers.tsv", WORD_SCHEMAS["numbers"])
    ]
    return Calendar(months, Words.of(abbrs), Words.of(weekdays), Words.of(numbers))


# ---------------------------------------------------------------------- rule tables
# The grammar's rules live in ``lang/<lang>/temporal.tsv``: one ``handler<TAB>regex`` a line,
# ``@define<TAB>NAME<TAB>regex`` for a macro used as ``<NAME>`` (``<YS1>`` expands macro
# ``YS`` with ``#`` replaced by ``1``, so group names stay unique), ``<AFTER:w1 w2>`` for
# "right after one of these words", ``@prepositions<TAB>w1 w2`` and ``@precheck<TAB>regex``.
# Built-in macros come from the pack's calendar words: MFULL MABBR MX WD NUMW NUMX YEAR D;
# ``@abbreviation_dot<TAB>required`` (or ``optional``, the default) says whether a month
# abbreviation in MX needs its dot ("Jan." in German, "Jan" or "Jan." in English).
# An optional third column is the rule's gate: space-separated groups of ``|``-separated
# lower-case stems (``$NAME`` names a ``@keys<TAB>NAME<TAB>a|b`` list); the rule runs only on
# texts whose lower-cased form contains a stem of every group. Gates only save time: a gate
# must never be stricter than its regex. A fourth column is the rule's example, a phrase in
# which the rule alone finds a date (the tests run it; the grammar ignores it).

_MACRO = re.compile(r"<(AFTER:[^>]+|[A-Z]+[0-9]?)>")


Gate = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class PatternSet:
    rules: tuple[tuple[str, re.Pattern[str], Gate], ...]
    prepositions: tuple[str, ...]
    precheck: re.Pattern[str]
    calendar: Calendar


def _alternation(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _cased(words: Iterable[str]) -> list[str]:
    """Each word as written and capitalised (a sentence may start with it)."""
    return list(dict.fromkeys(f for w in words for f in (w, w[:1].upper() + w[1:])))


def _builtin_macros(cal: Calendar, dot_required: bool) -> dict[str, str]:
    """Calendar-word macros; every alternative starts with a literal (see the rule files)."""
    months = _cased(cal.months.written)
    abbrs = _cased(cal.month_abbrs.written)
    numbers = _cased(cal.numbers.written)
    dot = r"\." if dot_required else r"\.?"
    mx = sorted([*(re.escape(w) for w in months), *(re.escape(w) + dot for w in abbrs)],
                key=len, reverse=True)  # fmt: skip
    digits = "|".join(rf"{i}\d{{0,2}}" for i in range(1, 10))
    return {
        "MFULL": _alternation(months),
        "MABBR": _alternation(abbrs),
        "MX": "(?:" + "|".join(mx) + ")",
        "WD": _alternation(_cased(cal.weekdays.written)),
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


def patterns_for(folder: Path) -> PatternSet:
    """The compiled rules of ``<folder>/temporal.tsv`` with the pack's calendar words (the
    files of ``folder``, a language pack); raises KnowledgeError if they are broken."""
    path = folder / "temporal.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeError(f"temporal grammar missing: {exc}") from exc
    calendar = load_calendar(folder)
    dots = [line.split("\t")[1:2] for line in lines if line.startswith("@abbreviation_dot\t")]
    if dots and dots[-1] not in (["required"], ["optional"]):
        raise KnowledgeError(f"{path}: @abbreviation_dot is required or optional, not {dots[-1]}")
    macros = _builtin_macros(calendar, dot_required=bool(dots) and dots[-1] == ["required"])
    rules: list[tuple[str, re.Pattern[str], Gate]] = []
    keys: dict[str, tuple[str, ...]] = {}
    preps: tuple[str, ...] = ()
    precheck = re.compile(r"\S")
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path}:{no}"
        fields = line.split("\t")
        try:
            if fields[0] == "@define":
                macros[fields[1]] = _expand(fields[2], macros, where)
            elif fields[0] == "@keys":
                keys[fields[1]] = tuple(fields[2].split("|"))
            elif fields[0] == "@abbreviation_dot":
                continue  # read before the macros are built
            elif fields[0] == "@prepositions":
                preps = tuple(fields[1].split())
            elif fields[0] == "@precheck":
                precheck = re.compile(_expand(fields[1], macros, where))
            else:
                gate = _gate(fields[2], keys) if len(fields) > 2 else ()
                rules.append((fields[0], re.compile(_expand(fields[1], macros, where)), gate))
        except (IndexError, KeyError, re.error) as exc:
            raise KnowledgeError(f"{where}: {exc}") from exc
    return PatternSet(tuple(rules), preps, precheck, calendar)
