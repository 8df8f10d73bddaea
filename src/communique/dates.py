"""The temporal grammar: date mentions in German and English news and press releases.

``TemporalGrammar(lang).find(text, published)`` returns :class:`DateMention` objects, sorted by
start and non-overlapping (the longest candidate wins, then the earliest). Values resolve
against ``published`` as documented in :mod:`communique.date_values`; without it relative and
year-less mentions are still returned, with ``None`` values.

Span policy: a point preposition right before a mention ("am", "im", "in", "on", "at") is part
of its span ("am 24. Januar 2025", "im Frühjahr", "on Monday", "in the coming weeks");
prepositions that change the meaning are not ("seit 2014" -> "2014", "by March" -> "March"),
except in ranges, whose opening word belongs to them ("vom 14. bis zum 16. Februar").

Guards against false hits: bare month names need a trigger word ("im", "seit", "in", "since",
"next", ...) or a year; a name-like month ("August", "May", "April", "June") followed by a
capitalised word is taken for a first name unless introduced by "im"/"in"; bare years need a
trigger ("im Jahr", "seit", "bis", "in", "since", "by", ...) and are refused before units
("bis 2000 Euro", "in 2000 homes"); numbers with thousands separators or decimals never
match; weekdays in newspaper and holiday names ("Welt am Sonntag", "Black Friday") are refused.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from communique import date_values as dv
from communique.errors import CommuniqueError
from communique.lexicon import LANG_ROOT


class UnsupportedLanguageError(CommuniqueError):
    """The language has no pack with a temporal grammar (``lang/<code>/temporal.tsv``)."""


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value_start: str | None
    value_end: str | None
    kind: str  # "absolute" | "relative" | "fuzzy" | "range"


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    value_start: str | None
    value_end: str | None
    kind: str


_Groups = dict[str, str | None]
_Handler = Callable[[re.Match[str], str, "dt.date | None"], "_Hit | None"]

_ARTICLE = re.compile(r"(?<!\w)(?:der|dem|des) $")
_CAPITALISED = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]")
_PREV_WORD = re.compile(r"(\w+)\W*$")
_NEWSPAPER = re.compile(r"(?:Welt|Bild|Presse|Kurier|Krone|Tagesspiegel|Zeitung) am\s$")
_HOLIDAY = re.compile(r"(?:Black|Good|Super|Ash|Holy|Maundy|Cyber|Bloody|Easter|Palm)\s$")
_MASTHEAD = re.compile(r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|People|Sport|Mail)\b")
_COUNTING = re.compile(
    r"\b(?:\w+est|first|second|third|fourth|fifth|time|times|twice|once|most|least|record"
    r"|Mal|mal|\w+mals|ersten|zweiten|dritten|höchsten|niedrigsten)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\w+s\b"
)
_HABITUAL = frozenset({"a", "every", "each", "Every", "Each", "jeden", "Jeden", "jedem"})


def _non_overlapping(hits: list[_Hit]) -> list[_Hit]:
    """The hits that overlap no earlier one in ``hits`` (longest first), sorted by start."""
    starts: list[int] = []
    by_start: dict[int, _Hit] = {}
    for hit in hits:
        i = bisect.bisect_left(starts, hit.end)  # chosen hits starting before this one ends
        if i and by_start[starts[i - 1]].end > hit.start:
            continue
        bisect.insort(starts, hit.start)
        by_start[hit.start] = hit
    return [by_start[s] for s in starts]


def _any_in(low: str, stems: tuple[str, ...], seen: dict[str, bool]) -> bool:
    for stem in stems:
        got = seen.get(stem)
        if got is None:
            got = seen[stem] = stem in low
        if got:
            return True
    return False


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _prev_word(text: str, start: int) -> str:
    found = _PREV_WORD.search(text, max(0, start - 16), start)
    return found.group(1) if found else ""


class TemporalGrammar:
    """Finds date mentions with the grammar of pack ``root/<lang>/``; build once, then find."""

    def __init__(self, lang: str, root: Path = LANG_ROOT) -> None:
        if not (root / lang / "temporal.tsv").is_file():
            raise UnsupportedLanguageError(f"no temporal grammar for language {lang!r} in {root}")
        self.lang = lang
        pats: dv.PatternSet = dv.patterns_for(root / lang)
        self.cal: dv.Calendar = pats.calendar  # the pack's month, weekday, number words
        self._preps: tuple[str, ...] = pats.prepositions
        self._precheck = pats.precheck
        handlers: dict[str, _Handler] = {
            "date": self._date,
            "month": self._month,
            "year": self._year,
            "decade": self._decade,
            "range_days": self._range_days,
            "range_months": self._range_months,
            "range_years": self._range_years,
            "weekday": self._weekday,
            "relday": self._relday,
            "relunit": self._relunit,
            "ago": self._ago,
            "part": self._part,
            "cpart": self._cpart,
            "quarter": self._quarter,
            "season": self._season,
            "window": self._window,
            "vague": self._vague,
            "weekend": self._weekend,
            "modded": self._modded,
            "trigged": self._trigged,
        }
        self._rules: tuple[tuple[re.Pattern[str], _Handler, dv.Gate], ...] = tuple(
            (pattern, handlers[name], gate) for name, pattern, gate in pats.rules
        )

    # ------------------------------------------------------------------ driver
    def find(self, text: str, published: dt.date | None) -> list[DateMention]:
        """Date mentions of ``text``, sorted by start, non-overlapping, longest first."""
        if not self._precheck.search(text):
            return []
        low = text.lower()
        seen: dict[str, bool] = {}
        hits: list[_Hit] = []
        for pattern, handler, gate in self._rules:
            if gate and not all(_any_in(low, stems, seen) for stems in gate):
                continue
            for m in pattern.finditer(text):
                s = m.start()
                if s and (text[s - 1].isalnum() or (text[s].isdigit() and text[s - 1] in ".,:/")):
                    continue  # the left word boundary (kept out of the regexes for speed)
                hit = handler(m, text, published)
                if hit is not None:
                    if m.groupdict().get("trig"):
                        start = _skip_space(text, m.end("trig"))
                        hit = _Hit(start, hit.end, hit.value_start, hit.value_end, hit.kind)
                    hits.append(hit)
        hits.sort(key=lambda h: (h.start - h.end, h.start))
        chosen = _non_overlapping(hits)
        out = []
        for h in chosen:
            possessive = text.startswith(("'s", "’s"), h.end)
            start = h.start if possessive else self._extend(text, h.start)
            out.append(
                DateMention(start, h.end, text[start : h.end], h.value_start, h.value_end, h.kind)
            )
        return out

    def _extend(self, text: str, start: int) -> int:
        for prep in self._preps:
            s = start - len(prep) - 1
            if (
                s >= 0
                and text.startswith(prep, s)
                and text[start - 1] == " "
                and (s == 0 or not text[s - 1].isalnum())
            ):
                return s
        return start

    # ------------------------------------------------------------- year helpers
    @staticmethod
    def _explicit_year(g: _Groups, pub: dt.date | None, suffix: str = "") -> int | None:
        y = g.get("y" + suffix)
        if y:
            return int(y)
        yr = g.get("yr" + suffix)
        if yr and pub is not None:
            return pub.year + dv.offset_of(yr)
        return None

    @staticmethod
    def _has_year(g: _Groups, suffix: str = "") -> bool:
        return bool(g.get("y" + suffix) or g.get("yr" + suffix))

    # ----------------------------------------------------------------- absolute
    def _date(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        g = m.groupdict()
        d = int(g.get("d") or 0)
        mon = int(g.get("mn") or 0) if g.get("mn") else self.cal.month_of(g.get("m") or "")
        y = self._explicit_year(g, pub)
        if y is None and pub is not None and not self._has_year(g):
            y = dv.nearest_year_day(mon, d, pub)
        if dv.safe_date(y or 2000, mon, d) is None:
            return None
        value = dv.day(dt.date(y, mon, d)) if y is not None else None
        return _Hit(m.start(), m.end(), value, value, "absolute")

    def _month(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        g = m.groupdict()
        word = g.get("m") or ""
        mon = self.cal.month_of(word)
        has_year = self._has_year(g)
        if word.lower() in dv.NAME_LIKE_MONTHS and not has_year:
            prev = g.get("trig") or _prev_word(text, m.start())
            follow = text[m.end() : m.end() + 3]
            if _CAPITALISED.match(text, m.end()) and prev not in ("im", "Im", "in", "In"):
                return None
            if follow[:2] in ("'s", "’s") or (word == "May" and prev in ("by", "By")):
                return None
        y = self._explicit_year(g, pub)
        if y is None and pub is not None and not has_year:
            mrel = g.get("mrel") or g.get("mod")
            y = (
                dv.month_relative(mon, dv.offset_of(mrel), pub)
                if mrel
                else dv.nearest_year_month(mon, pub)
            )
        value = dv.month(y, mon) if y is not None else None
        return _Hit(m.start(), m.end(), value, value, "absolute")

    def _year(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        value = dv.year(int(m.group("y")))
        return _Hit(m.start(), m.end(), value, value, "absolute")

    def _decade(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        g = m.groupdict()
        first = int(g.get("dec") or 0) * 10 if g.get("dec") else 1900 + int(g.get("dec2") or 0) * 10
        return _Hit(m.start(), m.end(), dv.year(first), dv.year(first + 9), "fuzzy")

    # ------------------------------------------------------------------- ranges
    def _range_days(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        g = m.groupdict()
        if g.get("sep") == "and" and not g.get("p"):
            return None
        d1, d2 = int(g.get("d1") or 0), int(g.get("d2") or 0)
        m1w, m2w = g.get("m1"), g.get("m2")
        m2 = int(g.get("mn2") or 0) if g.get("mn2") else self.cal.month_of(m2w or m1w or "")
        m1 = self.cal.month_of(m1w) if m1w else m2
        if (m1, d1) == (m2, d2) or dv.safe_date(2000, m1, d1) is None:
            return None
        if dv.safe_date(2000, m2, d2) is None or (m1 == m2 and d1 > d2):
            return None
        y2 = self._explicit_year(g, pub, "2")
        y1 = self._explicit_year(g, pub, "1")
        wraps = (m1, d1) > (m2, d2)
        if y2 is None and y1 is not None:
            y2 = y1 + 1 if wraps else y1
        if y2 is None and pub is not None and not self._has_year(g, "2"):
            y2 = dv.nearest_year_day(m2, d2, pub)
        if y1 is None and y2 is not None:
            y1 = y2 - 1 if wraps else y2
        if y1 is None or y2 is None:
            return _Hit(m.start(), m.end(), None, None, "range")
        a, b = dv.safe_date(y1, m1, d1), dv.safe_date(y2, m2, d2)
        if a is None or b is None or a >= b:
            return None
        return _Hit(m.start(), m.end(), dv.day(a), dv.day(b), "range")

    def _range_months(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        g = m.groupdict()
        if g.get("sep") in ("and", "und") and not g.get("p"):
            return None
        m1, m2 = self.cal.month_of(g.get("m1") or ""), self.cal.month_of(g.get("m2") or "")
        if m1 == m2:
            return None
        y1 = self._explicit_year(g, pub, "1")
        y2 = self._explicit_year(g, pub, "2")
        wraps = m1 > m2
        if y1 is None and y2 is not None:
            y1 = y2 - 1 if wraps else y2
        if y1 is None and pub is not None and not self._has_year(g, "1"):
            y1 = dv.nearest_year_month(m1, pub)
        if y2 is None and y1 is not None:
            y2 = y1 + 1 if wraps else y1
        if y1 is None or y2 is None:
            return _Hit(m.start(), m.end(), None, None, "range")
        if (y1, m1) >= (y2, m2):
            return None
        return _Hit(m.start(), m.end(), dv.month(y1, m1), dv.month(y2, m2), "range")

    def _range_years(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not 0 < y2 - y1 <= 100:
            return None
        return _Hit(m.start(), m.end(), dv.year(y1), dv.year(y2), "range")

    # ----------------------------------------------------------------- relative
    def _weekday(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        head = text[max(0, m.start() - 16) : m.start()]
        if _NEWSPAPER.search(head) or _HOLIDAY.search(head) or _MASTHEAD.match(text, m.end()):
            return None
        if not m.groupdict().get("mod") and _prev_word(text, m.start()) in _HABITUAL:
            return None  # "every Monday", "jeden Freitag"
        if pub is None:
            return _Hit(m.start(), m.end(), None, None, "relative")
        mod = m.groupdict().get("mod")
        wd = self.cal.weekday_of(m.group("wd"))
        value = dv.day(dv.weekday_relative(wd, dv.offset_of(mod) if mod else None, pub))
        return _Hit(m.start(), m.end(), value, value, "relative")

    def _modded(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        """One scan for every "<modifier> <noun>": nächste Woche, letzten Montag, this spring."""
        g = m.groupdict()
        if g.get("unit"):
            return self._relunit(m, text, pub)
        if g.get("wd"):
            return self._weekday(m, text, pub)
        if g.get("m"):
            return self._month(m, text, pub)
        if g.get("s"):
            return self._season(m, text, pub)
        return self._weekend(m, text, pub)

    def _trigged(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        """One scan for every "<trigger> <date>": seit 2014, im März, am 24.01., by 2030."""
        g = m.groupdict()
        if g.get("y"):
            return self._year(m, text, pub)
        if g.get("m"):
            return self._month(m, text, pub)
        return self._date(m, text, pub)

    def _relday(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        key = " ".join(m.group("rd").lower().split())
        offset = dv.REL_DAYS.get(key, dv.REL_DAYS.get(key.split()[0], 0))
        if re.match(r"\s+(?:programme|program|show)\b", text[m.end() : m.end() + 12]):
            return None
        if pub is None:
            return _Hit(m.start(), m.end(), None, None, "relative")
        value = dv.day(pub + dt.timedelta(days=offset))
        return _Hit(m.start(), m.end(), value, value, "relative")

    def _relunit(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        g = m.groupdict()
        spec = g.get("spec")
        if spec:
            off, unit = dv.SPECIAL_UNITS[spec.lower().removesuffix("es")]
        else:
            off, unit = dv.offset_of(g.get("mod") or ""), dv.unit_of(g.get("unit") or "")
        if pub is None:
            return _Hit(m.start(), m.end(), None, None, "relative")
        pre = (g.get("pre") or "").lower()
        if pre and off == 0:
            vs, ve = dv.rest_of(pub, unit, later=pre in ("later", "laufe"))
            return _Hit(m.start(), m.end(), vs, ve, "fuzzy")
        if (g.get("mod") or "").lower() == "past":
            vs, ve = dv.window(pub, unit, 1, past=True)
            return _Hit(m.start(), m.end(), vs, ve, "relative")
        vs, ve = dv.period(dv.shift(pub, off, unit), unit)
        start = m.start()
        mod = g.get("mod") or ""
        if mod.endswith(("en", "er")) and _ARTICLE.search(text, max(0, start - 4), start):
            start -= 4  # "in der nächsten Woche": the article joins the span
        return _Hit(start, m.end(), vs, ve, "relative")

    def _ago(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        g = m.groupdict()
        n = self.cal.number(g.get("n") or "")
        if n is None or n > 200:
            return None
        forward = (g.get("dir") or "").lower() in ("in",)
        if forward and self._counting(text, m):
            return None
        if pub is None:
            return _Hit(m.start(), m.end(), None, None, "relative")
        unit = dv.unit_of(g.get("unit") or "")
        vs, ve = dv.period(dv.shift(pub, n if forward else -n, unit), unit)
        return _Hit(m.start(), m.end(), vs, ve, "relative")

    @staticmethod
    def _counting(text: str, m: re.Match[str]) -> bool:
        """ "in two years" after a count or superlative is a span of time, not a date:
        "the highest level in two years", "twice in two months", "zum dritten Mal in zwei
        Jahren", "in a day of action"."""
        head = text[max(0, m.start() - 40) : m.start()]
        head = re.split(r"[.!?;:]\s", head)[-1]
        return bool(_COUNTING.search(head) or re.match(r"\s+(?:of|von)\b", text[m.end() :]))

    # -------------------------------------------------------------------- fuzzy
    def _part(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        g = m.groupdict()
        part = dv.PARTS[(g.get("part") or "").lower()]
        if g.get("m"):
            mon = self.cal.month_of(g.get("m") or "")
            y = self._explicit_year(g, pub)
            if y is None and pub is not None and not self._has_year(g):
                y = dv.nearest_year_month(mon, pub)
            value = dv.month(y, mon) if y is not None else None
            return _Hit(m.start(), m.end(), value, value, "fuzzy")
        if g.get("yy"):
            vs, ve = dv.part_of_year(int(g.get("yy") or 0), part)
            return _Hit(m.start(), m.end(), vs, ve, "fuzzy")
        unit = dv.unit_of(g.get("unit") or "")
        if unit == "y" and g.get("y3"):
            vs, ve = dv.part_of_year(int(g.get("y3") or 0), part)
            return _Hit(m.start(), m.end(), vs, ve, "fuzzy")
        if pub is None:
            return _Hit(m.start(), m.end(), None, None, "fuzzy")
        anchor = dv.shift(pub, dv.offset_of(g.get("mod") or ""), unit)
        vs, ve = dv.part_of(anchor, unit, part)
        return _Hit(m.start(), m.end(), vs, ve, "fuzzy")

    def _cpart(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        word = m.group("cp").lower().replace("-", " ")
        unit = "m" if "monat" in word else "w" if "woche" in word else "y"
        part = next((v for k, v in dv.PARTS.items() if k in word.replace("year end", "end")), 2)
        y = m.groupdict().get("y")
        if y:
            vs, ve = dv.part_of_year(int(y), part)
            return _Hit(m.start(), m.end(), vs, ve, "fuzzy")
        if pub is None:
            return _Hit(m.start(), m.end(), None, None, "fuzzy")
        vs, ve = dv.part_of(pub, unit, part)
        return _Hit(m.start(), m.end(), vs, ve, "fuzzy")

    def _quarter(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        g = m.groupdict()
        if g.get("qh"):
            is_half, n = (g.get("qh") or "").upper() == "H", int(g.get("qn") or 0)
        else:
            unit = (g.get("unit") or "").lower()
            is_half = unit.startswith(("half", "halb", "jahreshälfte", "hälfte"))
            n = dv.ORDINALS[(g.get("ord") or "").lower()]
            if is_half and self.lang == "en" and not g.get("of"):
                return None  # "in the second half" alone is football
        if is_half and n > 2:
            return None
        y = self._explicit_year(g, pub)
        if y is None and pub is not None:
            y = pub.year
        if y is None:
            return _Hit(m.start(), m.end(), None, None, "fuzzy")
        vs, ve = dv.half(y, n) if is_half else dv.quarter(y, n)
        return _Hit(m.start(), m.end(), vs, ve, "fuzzy")

    def _season(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        g = m.groupdict()
        word = g.get("s") or ""
        start_month = dv.SEASONS[word.lower()]
        mod, has_year = g.get("mod"), self._has_year(g)
        prev = _prev_word(text, m.start())
        if not (mod or has_year):
            if prev not in ("im", "Im", "in", "In", "during", "During", "over"):
                return None
            if word[0].isupper() and self.lang == "en":
                return None
            if word == "fall" and text.startswith(" of", m.end()):
                return None
        if self.lang == "en" and word[0].isupper() and _CAPITALISED.match(text, m.end()):
            return None  # "Winter Olympics"
        y = self._explicit_year(g, pub)
        if y is None and pub is not None and not has_year:
            off = dv.offset_of(mod) if mod else None
            if off is None or off == 0:
                y = dv.season_year(start_month, pub)
            elif off > 0:
                y = pub.year + (0 if start_month > pub.month else 1)
            else:
                y = pub.year - (0 if start_month + 2 < pub.month else 1)
        if y is None:
            return _Hit(m.start(), m.end(), None, None, "fuzzy")
        vs, ve = dv.season(y, start_month)
        return _Hit(m.start(), m.end(), vs, ve, "fuzzy")

    def _window(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        g = m.groupdict()
        if pub is None:
            return _Hit(m.start(), m.end(), None, None, "fuzzy")
        mod = (g.get("mod") or "").lower()
        past = dv.offset_of(mod) < 0 or mod == "recent"
        n = self.cal.number(g.get("n") or "") if g.get("n") else None
        vs, ve = dv.window(pub, dv.unit_of(g.get("unit") or ""), n, past)
        return _Hit(m.start(), m.end(), vs, ve, "fuzzy")

    def _vague(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        if re.match(
            r"\s+(?:as|after|afterwards|before|thereafter)\b", text[m.end() : m.end() + 14]
        ):
            return None
        if text[max(0, m.start() - 3) : m.start()].lower() == "as ":
            return None
        return _Hit(m.start(), m.end(), None, None, "fuzzy")

    def _weekend(self, m: re.Match[str], text: str, pub: dt.date | None) -> _Hit | None:
        mod = m.groupdict().get("mod")
        if not mod and self.lang == "de" and _prev_word(text, m.start()) not in ("am", "Am"):
            return None
        if pub is None:
            return _Hit(m.start(), m.end(), None, None, "relative")
        sat = dv.weekday_relative(5, dv.offset_of(mod) if mod else None, pub)
        if mod and dv.offset_of(mod) == 0 and sat < pub - dt.timedelta(days=1):
            sat += dt.timedelta(days=7)  # "this weekend" written on a weekday
        return _Hit(m.start(), m.end(), dv.day(sat), dv.day(sat + dt.timedelta(days=1)), "relative")
