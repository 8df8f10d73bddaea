"""The rule file of a language pack's temporal grammar, ``lang/<code>/temporal.tsv``: its rules
and macros, and the directives that tell the handlers of :mod:`communique.dates` which words
around a candidate refuse it or join its span.

Rules: one ``handler<TAB>regex`` a line, ``@define<TAB>NAME<TAB>regex`` for a macro used as
``<NAME>`` (``<YS1>`` expands macro ``YS`` with ``#`` replaced by ``1``, so group names stay
unique), ``<AFTER:w1 w2>`` for "right after one of these words". Built-in macros come from the
pack's calendar words: MFULL MABBR MX WD NUMW NUMX YEAR D. An optional third column is the
rule's gate: space-separated groups of ``|``-separated lower-case stems (``$NAME`` names a
``@keys<TAB>NAME<TAB>a|b`` list); the rule runs only on texts whose lower-cased form contains a
stem of every group. Gates only save time: a gate must never be stricter than its regex. A
fourth column is the rule's example, a phrase in which the rule alone finds a date (the tests
run it; the grammar ignores it).

Directives, ``@name<TAB>value``: word lists are separated by spaces and matched as written
(case counts), phrase lists by ``|``. A pack without a directive checks nothing of its kind
(said otherwise where it is not so)::

  @prepositions w ..        point prepositions that join the span before a mention ("am", "on")
  @precheck regex           a text with no match has no date (a quick first test)
  @abbreviation_dot required|optional   a month abbreviation in MX needs its dot ("Jan.")
  @habitual w ..            a bare weekday right after one of these is habitual: "every Monday"
  @weekday_name_before p|p  a weekday right after a phrase is part of a name: "Black Friday"
  @weekday_name_after w ..  a weekday right before one of these is a name: "Sunday Times"
  @counting_before regex    a count or superlative in the clause before "in <n> <units>" makes
                            it a span of time, not a date: "the highest level in two years"
  @counting_after w ..      so does one of these words right after it: "in a day of action"
  @month_not_name_after w ..   a name-like month (temporal_words.tsv) before a capitalised word
                            is a first name ("April Jones"), unless right after one of these
  @month_is_name_after M w ..  month word M right after one of these words is a name: "by May"
  @season_after w ..        a bare season word (no modifier, no year) is a date only right after
                            one of these ("in summer"); without the directive, never
  @season_alone w ..        season words that are a date on their own, in any case (Russian
                            "весной": in spring)
  @not_a_season p|p         a bare season word before the rest of the phrase is none: "fall of"
  @capitalised_season_is_name  a capitalised season word is a name when bare, or before a
                            capitalised word ("Winter Olympics")
  @weekend_needs w ..       a weekend word without modifier needs one of these right before it
  @half_needs_of            a half without "of <year>" is none ("in the second half": football)
  @vague_not_before w ..    a vague word ("soon") right before one of these is none: "soon after"
  @vague_not_after w ..     nor right after one of these, in any case: "as soon as"
  @relative_day_not_before w ..  a relative day before one of these is a name: "Today programme"
  @modifier_article w .. e ..  an article right before a relative modifier that ends in one of
                            e joins the span: "in der nächsten Woche"
  @range_and w ..           a range joined by one of these words needs its opening word
                            ("between March and May", not "March and May")
  @capitalised regex        how a capitalised word starts (default ``[A-Z][a-z]``)
  @possessive s ..          a mention right before one of these is a possessive ("April's"): it
                            takes no preposition, and a name-like month there is a name
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from communique.date_values import Calendar, TemporalWords, load_calendar, load_temporal_words
from communique.errors import KnowledgeError

_MACRO = re.compile(r"<(AFTER:[^>]+|[A-Z]+[0-9]?)>")
NEVER = re.compile(r"(?!x)x")

Gate = tuple[tuple[str, ...], ...]

# directive -> the number of its value fields (None: a regex), for the reader's checks
_DIRECTIVES: Mapping[str, int | None] = {
    "prepositions": 1,
    "precheck": None,
    "abbreviation_dot": 1,
    "habitual": 1,
    "weekday_name_before": 1,
    "weekday_name_after": 1,
    "counting_before": None,
    "counting_after": 1,
    "month_not_name_after": 1,
    "month_is_name_after": 2,
    "season_after": 1,
    "season_alone": 1,
    "not_a_season": 1,
    "capitalised_season_is_name": 0,
    "weekend_needs": 1,
    "half_needs_of": 0,
    "vague_not_before": 1,
    "vague_not_after": 1,
    "relative_day_not_before": 1,
    "modifier_article": 2,
    "range_and": 1,
    "capitalised": None,
    "possessive": 1,
}


@dataclass(frozen=True, slots=True)
class Guards:
    """What the handlers check around a candidate: the directives of ``temporal.tsv``."""

    habitual: frozenset[str] = frozenset()
    weekday_name_before: re.Pattern[str] = NEVER  # searched in the ``width`` chars before
    weekday_name_width: int = 0
    weekday_name_after: re.Pattern[str] = NEVER  # matched right after the mention
    counting_before: re.Pattern[str] = NEVER
    counting_after: re.Pattern[str] = NEVER
    month_not_name_after: frozenset[str] = frozenset()
    month_is_name_after: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    season_after: frozenset[str] = frozenset()
    season_alone: frozenset[str] = frozenset()  # lower case
    not_a_season: tuple[tuple[str, str], ...] = ()  # (season word, what follows it)
    capitalised_season_is_name: bool = False
    weekend_needs: frozenset[str] = frozenset()
    half_needs_of: bool = False
    vague_not_before: re.Pattern[str] = NEVER
    vague_not_after: tuple[str, ...] = ()
    relative_day_not_before: re.Pattern[str] = NEVER
    modifier_article: re.Pattern[str] = NEVER  # searched in the ``width`` chars before
    modifier_article_width: int = 0
    modifier_endings: tuple[str, ...] = ()
    range_and: frozenset[str] = frozenset()
    capitalised: re.Pattern[str] = re.compile(r"\s+[A-Z][a-z]")
    possessive: tuple[str, ...] = ()

    def weekday_in_name(self, text: str, start: int, end: int) -> bool:
        """Whether the weekday ``text[start:end]`` is part of a name ("Black Friday")."""
        before = max(0, start - self.weekday_name_width)
        return bool(
            self.weekday_name_before.search(text, before, start)
            or self.weekday_name_after.match(text, end)
        )

    def article_start(self, text: str, start: int, modifier: str) -> int:
        """Where a mention that starts with ``modifier`` at ``start`` starts with the article
        before it ("in der nächsten Woche"); ``start`` if there is none."""
        if not modifier.endswith(self.modifier_endings):
            return start
        before = max(0, start - self.modifier_article_width)
        found = self.modifier_article.search(text, before, start)
        return found.start() if found else start

    def vague_refused(self, text: str, start: int, end: int) -> bool:
        """Whether the vague word ``text[start:end]`` is part of "soon after", "as soon as"."""
        if self.vague_not_before.match(text, end):
            return True
        return any(
            text[max(0, start - len(w) - 1) : start].lower() == w + " "
            for w in self.vague_not_after
        )


@dataclass(frozen=True, slots=True)
class PatternSet:
    """A pack's compiled rules (handler name, regex, gate, file:line) and what they read."""

    rules: tuple[tuple[str, re.Pattern[str], Gate, str], ...]
    prepositions: tuple[str, ...]
    precheck: re.Pattern[str]
    calendar: Calendar
    words: TemporalWords
    guards: Guards


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


def _followed_by(words: list[str]) -> re.Pattern[str]:
    """Space, then one of ``words`` as a whole word (matched right after a mention)."""
    return re.compile(r"\s+" + _alternation(words) + r"\b") if words else NEVER


def _last(found: dict[str, list[list[str]]], name: str, i: int = 0) -> str:
    """Value ``i`` of the last line of directive ``name`` ("" if there is none)."""
    lines = found.get(name)
    return lines[-1][i] if lines and len(lines[-1]) > i else ""


def _phrases(spec: str) -> list[str]:
    return [p.strip() for p in spec.split("|") if p.strip()]


def _guards(found: dict[str, list[list[str]]], regexes: dict[str, str]) -> Guards:
    """The handlers' checks from the directives ``found`` (name -> the values of each line)
    and the regex directives, their macros expanded."""

    def words(name: str, i: int = 0) -> list[str]:
        return _last(found, name, i).split()

    before = _phrases(_last(found, "weekday_name_before"))
    articles = words("modifier_article")
    counting = regexes.get("counting_before")
    not_a_season = []
    for phrase in _phrases(_last(found, "not_a_season")):
        word, _, rest = phrase.partition(" ")
        not_a_season.append((word, " " + rest))
    return Guards(
        habitual=frozenset(words("habitual")),
        weekday_name_before=re.compile(_alternation(before) + r"\s$") if before else NEVER,
        weekday_name_width=max((len(p) + 2 for p in before), default=0),
        weekday_name_after=_followed_by(words("weekday_name_after")),
        counting_before=re.compile(counting) if counting else NEVER,
        counting_after=_followed_by(words("counting_after")),
        month_not_name_after=frozenset(words("month_not_name_after")),
        month_is_name_after=MappingProxyType(
            {v[0]: frozenset(v[1].split()) for v in found.get("month_is_name_after", [])}
        ),
        season_after=frozenset(words("season_after")),
        season_alone=frozenset(w.lower() for w in words("season_alone")),
        not_a_season=tuple(not_a_season),
        capitalised_season_is_name="capitalised_season_is_name" in found,
        weekend_needs=frozenset(words("weekend_needs")),
        half_needs_of="half_needs_of" in found,
        vague_not_before=_followed_by(words("vague_not_before")),
        vague_not_after=tuple(w.lower() for w in words("vague_not_after")),
        relative_day_not_before=_followed_by(words("relative_day_not_before")),
        modifier_article=(
            re.compile(r"(?<!\w)" + _alternation(articles) + " $") if articles else NEVER
        ),
        modifier_article_width=max((len(a) + 1 for a in articles), default=0),
        modifier_endings=tuple(words("modifier_article", 1)),
        range_and=frozenset(words("range_and")),
        capitalised=re.compile(r"\s+(?:" + regexes.get("capitalised", "[A-Z][a-z]") + ")"),
        possessive=tuple(words("possessive")),
    )


def _directive(fields: list[str], found: dict[str, list[list[str]]], where: str) -> None:
    """Check directive line ``fields`` and keep its values in ``found``."""
    name = fields[0][1:]
    if name not in _DIRECTIVES:
        raise KnowledgeError(f"{where}: unknown directive @{name}")
    arity = _DIRECTIVES[name]
    need = 1 if arity is None else arity
    values = [f.strip() for f in fields[1:]]
    if len(values) < need or not all(values[:need]):
        plural = "" if need == 1 else "s"
        raise KnowledgeError(f"{where}: @{name} needs {need} value{plural}, each after a tab")
    if name == "abbreviation_dot" and values[0] not in ("required", "optional"):
        raise KnowledgeError(f"{where}: @abbreviation_dot is required or optional, not {values}")
    found.setdefault(name, []).append(values)


def patterns_for(folder: Path) -> PatternSet:
    """The compiled rules of ``<folder>/temporal.tsv`` with the pack's calendar and temporal
    words (the files of ``folder``, a language pack); raises KnowledgeError if they are
    broken."""
    path = folder / "temporal.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeError(f"temporal grammar missing: {exc}") from exc
    calendar = load_calendar(folder)
    words = load_temporal_words(folder)
    found: dict[str, list[list[str]]] = {}
    for no, line in enumerate(lines, 1):
        if line.startswith("@") and line.split("\t")[0] not in ("@define", "@keys"):
            _directive(line.split("\t"), found, f"{path}:{no}")
    dot_required = _last(found, "abbreviation_dot") == "required"
    macros = _builtin_macros(calendar, dot_required)
    rules: list[tuple[str, re.Pattern[str], Gate, str]] = []
    keys: dict[str, tuple[str, ...]] = {}
    regexes: dict[str, str] = {}  # regex directives, expanded with the macros defined so far
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
            elif fields[0].startswith("@"):
                if _DIRECTIVES[fields[0][1:]] is None:
                    regexes[fields[0][1:]] = _expand(fields[1].strip(), macros, where)
                    re.compile(regexes[fields[0][1:]])
            else:
                gate = _gate(fields[2], keys) if len(fields) > 2 else ()
                pattern = re.compile(_expand(fields[1], macros, where))
                rules.append((fields[0], pattern, gate, where))
        except (IndexError, KeyError, re.error) as exc:
            raise KnowledgeError(f"{where}: {exc}") from exc
    precheck = re.compile(regexes.get("precheck", r"\S"))
    preps = tuple(_last(found, "prepositions").split())
    return PatternSet(tuple(rules), preps, precheck, calendar, words, _guards(found, regexes))
