"""Calendar arithmetic and the word tables of the temporal grammar (:mod:`communique.dates`).
A language pack holds its month, weekday and number words (``calendar.tsv``,
``calendar_extra.tsv``, ``numbers.tsv``), the words that carry a value in its rules
(``temporal_words.tsv``: ordinals, relative modifiers, seasons, units, ...) and its rules
(``temporal.tsv``, read by :mod:`communique.date_rules`).

Values are ISO strings of three granularities: ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD``.
Every function here is pure; nothing reads a clock: relative expressions resolve against the
publication date the caller passes in.

Resolution policy (documented here once, used by the grammar):

* A day or month without a year takes the year that puts it nearest to the publication date
  (at most about six months away): published 2025-12-28, "3. Januar" -> 2026-01-03;
  published 2025-01-10, "im Dezember" -> 2024-12.
* A weekday without modifier ("am Montag", "on Monday") is the most recent such day on or
  before the publication date (news mostly report the past). The events stage moves it to
  the next such day when its meeting verb is in the present tense ("Berger empfängt am
  Donnerstag Sousa"; ``event_status.forward_weekday``), and a day or month without a year
  that lies more than a month behind to the one a year later when the meeting is to come
  ("will meet in December", published in March).
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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from communique.errors import KnowledgeError
from communique.tables import WORD_SCHEMAS, read_rows

Value = str | None
Pair = tuple[Value, Value]


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


def bound_day(value: str | None, *, first: bool) -> dt.date | None:
    """The first (or last) day of a date value (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, or an
    ISO date-time whose date part is taken), None when malformed."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 3:
            return dt.date(parts[0], parts[1], parts[2])
        if len(parts) == 2:
            if first:
                return dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1) if first else dt.date(parts[0], 12, 31)
    except ValueError:
        return None
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


# ------------------------------------------------------------------- temporal words
# ``temporal_words.tsv``: word, kind, value, example (its kinds and the form of each kind's
# value: communique.tables.TEMPORAL_WORD_KINDS). Words are looked up lower-cased, with runs of
# spaces as one; where a kind's words are stems (offset, unit; part and unit inside a compound
# word) the first in file order that fits wins.


def _key(word: str) -> str:
    return " ".join(word.lower().split())


@dataclass(frozen=True, slots=True)
class TemporalWords:
    """The words of one pack's ``temporal_words.tsv``: kind -> (word, value) in file order."""

    path: Path
    pairs: Mapping[str, tuple[tuple[str, str], ...]]

    def get(self, kind: str, word: str) -> str | None:
        key = _key(word)
        return next((v for w, v in self.pairs.get(kind, ()) if w == key), None)

    def value(self, kind: str, word: str) -> str:
        """The value of ``word`` as a ``kind``; KnowledgeError if the pack lacks it (a rule
        captured a word its table does not list)."""
        got = self.get(kind, word)
        if got is None:
            raise KnowledgeError(f"{self.path}: no {kind} word {word!r} (a rule captures it)")
        return got

    def _stem(self, kind: str, word: str, default: str, inside: bool = False) -> str:
        w = word.lower()
        for stem, value in self.pairs.get(kind, ()):
            if (stem in w) if inside else w.startswith(stem):
                return value
        return default

    def ordinal(self, word: str) -> int:
        return int(self.value("ordinal", word))

    def offset(self, word: str) -> int:
        """-1/0/+1 for a relative modifier in any inflected form ("kommenden" -> +1)."""
        return int(self._stem("offset", word, "0"))

    def rolling(self, word: str) -> int:
        """-1 for a modifier naming the stretch up to now ("the past week"), else 0."""
        return int(self.get("rolling", word) or 0)

    def season(self, word: str) -> int:
        """The first month of a season."""
        return int(self.value("season", word))

    def part(self, word: str) -> int:
        """0, 1 or 2: beginning, middle or end ("Anfang", "mid", "late")."""
        return int(self.value("part", word))

    def part_in(self, word: str) -> int:
        """The part a compound names ("Jahresanfang" -> 0, "year end" -> 2; default 2)."""
        return int(self._stem("part", word, "2", inside=True))

    def unit(self, word: str) -> str:
        """ "d", "w", "m" or "y" for a time unit in any form ("Wochen", "months"; default y)."""
        return self._stem("unit", word, "y")

    def unit_in(self, word: str) -> str:
        """The unit a compound names ("Monatsende" -> m; default y)."""
        return self._stem("unit", word, "y", inside=True)

    def relative_day(self, phrase: str) -> int:
        """Days from the publication date: the phrase's, else its first word's, else 0."""
        got = self.get("relative_day", phrase)
        if got is None:
            got = self.get("relative_day", phrase.split()[0]) if phrase.split() else None
        return int(got or 0)

    def relative_unit(self, word: str) -> tuple[int, str]:
        """Offset and unit of a word that holds both ("Vorjahr" -> (-1, "y"))."""
        got = self.value("relative_unit", word)
        return int(got[:-1]), got[-1]

    def is_name_like_month(self, word: str) -> bool:
        return self.get("name_like_month", word) is not None

    def rest(self, word: str) -> int:
        """1: the rest of a period from now ("later this year"); -1 up to now; 0 unknown."""
        return int(self.get("rest", word) or 0)

    def direction(self, word: str) -> int:
        """1 forward ("in three days"), -1 back ("vor drei Tagen"), 0 unknown."""
        return int(self.get("direction", word) or 0)


def load_temporal_words(folder: Path) -> TemporalWords:
    """The temporal words of the pack in ``folder``; raises KnowledgeError if they are broken."""
    path = folder / "temporal_words.tsv"
    pairs: dict[str, list[tuple[str, str]]] = {}
    seen: set[tuple[str, str]] = set()
    for lineno, row in read_rows(path, WORD_SCHEMAS["temporal_words"]):
        kind, key = row["kind"], _key(row["word"])
        if (kind, key) in seen:
            raise KnowledgeError(f"{path}:{lineno}: column 'word': {key!r} is a {kind} twice")
        seen.add((kind, key))
        pairs.setdefault(kind, []).append((key, row["value"]))
    return TemporalWords(path, MappingProxyType({k: tuple(v) for k, v in pairs.items()}))
