"""The fuzzy periods of the temporal grammar: parts of a month or year ("Anfang März", "late
2025"), quarters and halves, seasons, windows ("in the coming weeks"), vague words ("bald",
"soon") and weekends, with the year helpers every handler shares.

:class:`FuzzyPeriods` is a base of :class:`communique.dates.TemporalGrammar`, which gives it the
pack's calendar, valued words and guards; the module knows no language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from communique import date_values as dv
from communique.date_rules import Guards

_Groups = dict[str, str | None]
_PREV_WORD = re.compile(r"(\w+)\W*$")


@dataclass(frozen=True, slots=True)
class Hit:
    """A candidate mention, before overlapping ones are resolved."""

    start: int
    end: int
    value_start: str | None
    value_end: str | None
    kind: str


def prev_word(text: str, start: int) -> str:
    found = _PREV_WORD.search(text, max(0, start - 16), start)
    return found.group(1) if found else ""


class FuzzyPeriods:
    """Handlers of fuzzy periods and the year helpers, over the pack's words and guards."""

    cal: dv.Calendar
    words: dv.TemporalWords
    guards: Guards

    # ------------------------------------------------------------- year helpers
    def _explicit_year(self, g: _Groups, pub: dt.date | None, suffix: str = "") -> int | None:
        y = g.get("y" + suffix)
        if y:
            return int(y)
        yr = g.get("yr" + suffix)
        if yr and pub is not None:
            return pub.year + self.words.offset(yr)
        return None

    @staticmethod
    def _has_year(g: _Groups, suffix: str = "") -> bool:
        return bool(g.get("y" + suffix) or g.get("yr" + suffix))

    # -------------------------------------------------------------------- fuzzy
    def _part(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        g = m.groupdict()
        part = self.words.part(g.get("part") or "")
        if g.get("m"):
            mon = self.cal.month_of(g.get("m") or "")
            y = self._explicit_year(g, pub)
            if y is None and pub is not None and not self._has_year(g):
                y = dv.nearest_year_month(mon, pub)
            value = dv.month(y, mon) if y is not None else None
            return Hit(m.start(), m.end(), value, value, "fuzzy")
        if g.get("yy"):
            vs, ve = dv.part_of_year(int(g.get("yy") or 0), part)
            return Hit(m.start(), m.end(), vs, ve, "fuzzy")
        unit = self.words.unit(g.get("unit") or "")
        if unit == "y" and g.get("y3"):
            vs, ve = dv.part_of_year(int(g.get("y3") or 0), part)
            return Hit(m.start(), m.end(), vs, ve, "fuzzy")
        if pub is None:
            return Hit(m.start(), m.end(), None, None, "fuzzy")
        anchor = dv.shift(pub, self.words.offset(g.get("mod") or ""), unit)
        vs, ve = dv.part_of(anchor, unit, part)
        return Hit(m.start(), m.end(), vs, ve, "fuzzy")

    def _cpart(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        word = m.group("cp").lower().replace("-", " ")  # "Jahresende", "year-end"
        unit, part = self.words.unit_in(word), self.words.part_in(word)
        y = m.groupdict().get("y")
        if y:
            vs, ve = dv.part_of_year(int(y), part)
            return Hit(m.start(), m.end(), vs, ve, "fuzzy")
        if pub is None:
            return Hit(m.start(), m.end(), None, None, "fuzzy")
        vs, ve = dv.part_of(pub, unit, part)
        return Hit(m.start(), m.end(), vs, ve, "fuzzy")

    def _quarter(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        g = m.groupdict()
        if g.get("qn") or g.get("hn"):  # "Q1 2025", "H2 2025"
            is_half, n = bool(g.get("hn")), int(g.get("qn") or g.get("hn") or 0)
        else:  # the rule names a half's word group "half"
            is_half, n = bool(g.get("half")), self.words.ordinal(g.get("ord") or "")
            if is_half and self.guards.half_needs_of and not g.get("of"):
                return None  # "in the second half" alone is football
        if is_half and n > 2:
            return None
        y = self._explicit_year(g, pub)
        if y is None and pub is not None:
            y = pub.year
        if y is None:
            return Hit(m.start(), m.end(), None, None, "fuzzy")
        vs, ve = dv.half(y, n) if is_half else dv.quarter(y, n)
        return Hit(m.start(), m.end(), vs, ve, "fuzzy")

    def _season(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        g = m.groupdict()
        word = g.get("s") or ""
        start_month = self.words.season(word)
        mod, has_year = g.get("mod"), self._has_year(g)
        guards = self.guards
        name_like = guards.capitalised_season_is_name and word[0].isupper()
        if not (mod or has_year) and word.lower() not in guards.season_alone:
            if prev_word(text, m.start()) not in guards.season_after or name_like:
                return None
            if any(word == w and text.startswith(rest, m.end()) for w, rest in guards.not_a_season):
                return None  # "the fall of Kabul"
        if name_like and guards.capitalised.match(text, m.end()):
            return None  # "Winter Olympics"
        y = self._explicit_year(g, pub)
        if y is None and pub is not None and not has_year:
            off = self.words.offset(mod) if mod else None
            if off is None or off == 0:
                y = dv.season_year(start_month, pub)
            elif off > 0:
                y = pub.year + (0 if start_month > pub.month else 1)
            else:
                y = pub.year - (0 if start_month + 2 < pub.month else 1)
        if y is None:
            return Hit(m.start(), m.end(), None, None, "fuzzy")
        vs, ve = dv.season(y, start_month)
        return Hit(m.start(), m.end(), vs, ve, "fuzzy")

    def _window(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        g = m.groupdict()
        if pub is None:
            return Hit(m.start(), m.end(), None, None, "fuzzy")
        mod = (g.get("mod") or "").lower()
        past = self.words.offset(mod) < 0 or self.words.rolling(mod) < 0
        n = self.cal.number(g.get("n") or "") if g.get("n") else None
        vs, ve = dv.window(pub, self.words.unit(g.get("unit") or ""), n, past)
        return Hit(m.start(), m.end(), vs, ve, "fuzzy")

    def _vague(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        if self.guards.vague_refused(text, m.start(), m.end()):
            return None  # "soon after", "as soon as"
        return Hit(m.start(), m.end(), None, None, "fuzzy")

    def _weekend(self, m: re.Match[str], text: str, pub: dt.date | None) -> Hit | None:
        mod = m.groupdict().get("mod")
        needs = self.guards.weekend_needs
        if not mod and needs and prev_word(text, m.start()) not in needs:
            return None  # German "Wochenende" alone: "am Wochenende"
        if pub is None:
            return Hit(m.start(), m.end(), None, None, "relative")
        sat = dv.weekday_relative(5, self.words.offset(mod) if mod else None, pub)
        if mod and self.words.offset(mod) == 0 and sat < pub - dt.timedelta(days=1):
            sat += dt.timedelta(days=7)  # "this weekend" written on a weekday
        return Hit(m.start(), m.end(), dv.day(sat), dv.day(sat + dt.timedelta(days=1)), "relative")
