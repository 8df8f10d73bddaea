"""The temporal grammar: date mentions in German and English news and press releases.

``TemporalGrammar(lang).find(text, published)`` returns :class:`DateMention` objects, sorted by
start and non-overlapping (the longest candidate wins, then the earliest). Values resolve
against ``published`` as documented in :mod:`communique.date_values`; without it relative and
year-less mentions are still returned, with ``None`` values.

Span policy: a point preposition right before a mention ("am", "im", "in", "on", "at") is part
of its span ("am 24. Januar 2025", "im Frühjahr", "on Monday", "in the coming weeks");
prepositions that change the meaning are not ("seit 2014" -> "2014", "by March" -> "March"),
except in ranges, whose opening word belongs to them ("vom 14. bis zum 16. Februar").

The words come from the language pack: calendar and number words (``calendar.tsv``,
``numbers.tsv``), words with a value (``temporal_words.tsv``: ordinals, modifiers, seasons,
units; :class:`communique.date_values.TemporalWords`), the rules and the guards' words (the
directives of ``temporal.tsv``: :mod:`communique.date_rules`). No handler knows a language.

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
from communique.date_fuzzy import FuzzyPeriods, Hit, prev_word
from communique.date_rules import Gate, PatternSet, patterns_for
from communique.errors import CommuniqueError, KnowledgeError
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
    kind: str  # "absolute" | "relative" | "weekday" (bare: "am Montag") | "fuzzy" | "range"


_Groups = dict[str, str | None]
_Handler = Callable[[re.Match[str], str, "dt.date | None"], "Hit | None"]

# characters before "in <n> <units>" searched for a count or superlative ("the first official
# visit by a head of government to Estonia in nine years")
COUNTING_REACH = 90
_CLAUSE_END = re.compile(r"[.!?;:]\s")


def _non_overlapping(hits: list[Hit]) -> list[Hit]:
    """The hits that overlap no earlier one in ``hits`` (longest first), sorted by start."""
    starts: list[int] = []
    by_start: dict[int, Hit] = {}
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


class TemporalGrammar(FuzzyPeriods):
    """Finds date mentions with the grammar of pack ``root/<lang>/``; build once, then find."""

    def __init__(self, lang: str, root: Path = LANG_ROOT) -> None:
        if not (root / lang / "temporal.tsv").is_file():
            raise UnsupportedLanguageError(f"no temporal grammar for language {lang!r} in {root}")
        pats: PatternSet = patterns_for(root / lang)
        self.cal: dv.Calendar = pats.calendar  # the pack's month, weekday, number words
        self.words = pats.words  # the pack's words with a value: ordinals, seasons, units ...
        self.guards = pats.guards  # what the handlers check around a candidate
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
        for name, _, _, where in pats.rules:
            if name not in handlers:
                raise KnowledgeError(f"{where}: unknown handler {name!r}")
        self._rules: tuple[tuple[re.Pattern[str], _Handler, Gate], ...] = tuple(
            (pattern, handlers[name], gate) for name, pattern, gate, _ in pats.rules
        )

    # ------------------------------------------------------------------ driver
    def find(self, text: str, published: dt.date | None) -> list[DateMention]:
        """Date mentions of ``text``, sorted by start, non-overlapping, longest first."""
        if not self._precheck.search(text):
            return []
        low = text.lower()
        seen: dict[str, bool] = {}
        hits: list[Hit] = []
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
                        hit = Hit(start, hit.end, hit.value_start, hit.value_end, hit.kind)
                    hits.append(hit)
        hits.sort(key=lambda h: (h.start - h.end, h.start))
        chosen = _non_overlapping(hits)
        out = []
        for h in chosen:
            possessive = text.startswith(self.guards.possessive, h.end)
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

    # ----------------------------------------------------------------- absolute
    def _date(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        g = m.groupdict()
        d = int(g.get("d") or 0)
        mon = int(g.get("mn") or 0) if g.get("mn") else self.cal.month_of(g.get("m") or "")
        y = self._explicit_year(g, pub)
        if y is None and pub is not None and not self._has_year(g):
            y = dv.nearest_year_day(mon, d, pub)
        if dv.safe_date(y or 2000, mon, d) is None:
            return None
        value = dv.day(dt.date(y, mon, d)) if y is not None else None
        return Hit(m.start(), m.end(), value, value, "absolute")

    def _month(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        g = m.groupdict()
        word = g.get("m") or ""
        mon = self.cal.month_of(word)
        has_year = self._has_year(g)
        if self.words.is_name_like_month(word) and not has_year:
            guards = self.guards
            prev = g.get("trig") or prev_word(text, m.start())
            if guards.capitalised.match(text, m.end()) and prev not in guards.month_not_name_after:
                return None  # "April Jones"
            if text.startswith(guards.possessive, m.end()):
                return None
            if prev in guards.month_is_name_after.get(word, ()):
                return None  # "by May"
        y = self._explicit_year(g, pub)
        if y is None and pub is not None and not has_year:
            mrel = g.get("mrel") or g.get("mod")
            y = (
                dv.month_relative(mon, self.words.offset(mrel), pub)
                if mrel
                else dv.nearest_year_month(mon, pub)
            )
        value = dv.month(y, mon) if y is not None else None
        return Hit(m.start(), m.end(), value, value, "absolute")

    def _year(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        value = dv.year(int(m.group("y")))
        return Hit(m.start(), m.end(), value, value, "absolute")

    def _decade(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        g = m.groupdict()
        first = int(g.get("dec") or 0) * 10 if g.get("dec") else 1900 + int(g.get("dec2") or 0) * 10
        return Hit(m.start(), m.end(), dv.year(first), dv.year(first + 9), "fuzzy")

    # ------------------------------------------------------------------- ranges
    def _range_days(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        g = m.groupdict()
        if g.get("sep") in self.guards.range_and and not g.get("p"):
            return None  # "14 and 16 February" without "between"
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
            return Hit(m.start(), m.end(), None, None, "range")
        a, b = dv.safe_date(y1, m1, d1), dv.safe_date(y2, m2, d2)
        if a is None or b is None or a >= b:
            return None
        return Hit(m.start(), m.end(), dv.day(a), dv.day(b), "range")

    def _range_months(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        g = m.groupdict()
        if g.get("sep") in self.guards.range_and and not g.get("p"):
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
            return Hit(m.start(), m.end(), None, None, "range")
        if (y1, m1) >= (y2, m2):
            return None
        return Hit(m.start(), m.end(), dv.month(y1, m1), dv.month(y2, m2), "range")

    def _range_years(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not 0 < y2 - y1 <= 100:
            return None
        return Hit(m.start(), m.end(), dv.year(y1), dv.year(y2), "range")

    # ----------------------------------------------------------------- relative
    def _weekday(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        if self.guards.weekday_in_name(text, m.start(), m.end()):
            return None  # "Welt am Sonntag", "Black Friday", "Sunday Times"
        if not m.groupdict().get("mod") and prev_word(text, m.start()) in self.guards.habitual:
            return None  # "every Monday", "jeden Freitag"
        mod = m.groupdict().get("mod")
        # a bare weekday is the last one; a future tense may move it on (forward_weekday)
        kind = "relative" if mod else "weekday"
        if pub is None:
            return Hit(m.start(), m.end(), None, None, kind)
        wd = self.cal.weekday_of(m.group("wd"))
        value = dv.day(dv.weekday_relative(wd, self.words.offset(mod) if mod else None, pub))
        return Hit(m.start(), m.end(), value, value, kind)

    def _modded(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
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

    def _trigged(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        """One scan for every "<trigger> <date>": seit 2014, im März, am 24.01., by 2030."""
        g = m.groupdict()
        if g.get("y"):
            return self._year(m, text, pub)
        if g.get("m"):
            return self._month(m, text, pub)
        return self._date(m, text, pub)

    def _relday(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        offset = self.words.relative_day(m.group("rd"))
        if self.guards.relative_day_not_before.match(text, m.end()):
            return None  # "the Today programme"
        if pub is None:
            return Hit(m.start(), m.end(), None, None, "relative")
        value = dv.day(pub + dt.timedelta(days=offset))
        return Hit(m.start(), m.end(), value, value, "relative")

    def _relunit(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        g = m.groupdict()
        spec = g.get("spec")
        if spec:
            off, unit = self.words.relative_unit(spec)
        else:
            off, unit = self.words.offset(g.get("mod") or ""), self.words.unit(g.get("unit") or "")
        if pub is None:
            return Hit(m.start(), m.end(), None, None, "relative")
        pre = g.get("pre") or ""
        if pre and off == 0:
            vs, ve = dv.rest_of(pub, unit, later=self.words.rest(pre) > 0)
            return Hit(m.start(), m.end(), vs, ve, "fuzzy")
        mod = g.get("mod") or ""
        rolling = self.words.rolling(mod)
        if rolling:  # "the past week": the seven days before
            vs, ve = dv.window(pub, unit, 1, past=rolling < 0)
            return Hit(m.start(), m.end(), vs, ve, "relative")
        vs, ve = dv.period(dv.shift(pub, off, unit), unit)
        start = self.guards.article_start(text, m.start(), mod)  # "in der nächsten Woche"
        return Hit(start, m.end(), vs, ve, "relative")

    def _ago(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        g = m.groupdict()
        n = self.cal.number(g.get("n") or "") if g.get("n") else 1  # "год назад": one
        if n is None or n > 200:
            return None
        forward = self.words.direction(g.get("dir") or "") > 0
        if forward and self._counting(text, m):
            return None
        if pub is None:
            return Hit(m.start(), m.end(), None, None, "relative")
        unit = self.words.unit(g.get("unit") or "")
        vs, ve = dv.period(dv.shift(pub, n if forward else -n, unit), unit)
        return Hit(m.start(), m.end(), vs, ve, "relative")

    def _counting(self, text: str, m: re.Match[str]) -> bool:
        """ "in two years" after a count or superlative is a span of time, not a date:
        "the highest level in two years", "twice in two months", "zum dritten Mal in zwei
        Jahren", "in a day of action"."""
        head = text[max(0, m.start() - COUNTING_REACH) : m.start()]
        head = _CLAUSE_END.split(head)[-1]
        guards = self.guards
        return bool(
            guards.counting_before.search(head) or guards.counting_after.match(text, m.end())
        )
