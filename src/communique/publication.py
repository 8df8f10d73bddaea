"""The publication date a text states itself, for texts that come without one.

News and press releases print it in a few places: a dateline ("MOSCOW, March 3, 2016
(Reuters) -", "Wien, 14.02.2025 –"), a date line ("Veröffentlicht: 18. Juni 2020",
"Published: 3 March 2016", the pack's ``publication_words``), or an agency credit at the end
("(APA, 30.9.2015)"). Only a full date (day, month and year) counts; the span it was read
from goes into the record beside it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from communique.dates import DateMention, TemporalGrammar

HEAD_CHARS = 300  # a dateline or date line stands in the first lines
TAIL_CHARS = 200  # an agency credit in the last ones
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[^\W\d_][\w .'’/-]{0,40},[ \t]*$")
_CREDIT_BEFORE = re.compile(r"\([ \t]*[A-Z][\w.&/ -]{0,20},[ \t]*$")


@dataclass(frozen=True, slots=True)
class Publication:
    date: dt.date
    mention: DateMention


def publication_date(
    text: str, grammar: TemporalGrammar, words: tuple[str, ...]
) -> Publication | None:
    """The first full date in a dateline, a date line or a closing agency credit."""
    head = text[:HEAD_CHARS]
    marker = _marker_re(words)
    for d in grammar.find(head, None):
        before = text[max(0, d.start - 60) : d.start]
        if _DATELINE_BEFORE.search(before) or (marker is not None and marker.search(before)):
            found = _full(d)
            if found is not None:
                return Publication(found, d)
    offset = max(0, len(text) - TAIL_CHARS)
    for d in grammar.find(text[offset:], None):
        start = offset + d.start
        if _CREDIT_BEFORE.search(text[max(0, start - 30) : start]):
            found = _full(d)
            if found is not None:
                mention = DateMention(
                    start, offset + d.end, d.text, d.value_start, d.value_end, d.kind
                )
                return Publication(found, mention)
    return None


def _marker_re(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|\n)[ \t]*(?:{alternation})\b[^\n]{{0,12}}$", re.IGNORECASE)


def _full(d: DateMention) -> dt.date | None:
    value = d.value_start
    if value is None or len(value) != 10 or d.value_end != value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
