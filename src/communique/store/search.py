"""The full-text filter of a query (``EventQuery.text``): its SQL forms and what each costs.

A text filter matches the events with a report in a document whose title or text matches an
FTS5 query. FTS5 finds the matching documents cheaply (a doclist read, about 0.1 µs per
document); the cost is in getting from documents to events. ``report_docs`` (migration
``0005_report_docs``) keys every report by its document's rowid, which is the FTS5 rowid, so
documents reach events through one integer index and no join on the 64-character document id.

The filter has three forms (``plan.plan`` picks one by cost, with ``plan._lead``):

- *candidates*: the matching events, each looked up and then sorted by date (cost: matches);
- *set check*: the same event ids, read once into a temporary index by SQLite and tested per
  event while the events are read newest first through ``events(date_start)`` (cost: matches
  once, then almost nothing per event). It must stay a top-level term of the WHERE clause:
  inside a correlated subquery SQLite would read the match list again for every event;
- *probe check*: one FTS5 lookup per event read (cost: ``FTS_PROBE_COST`` per event), cheapest
  for frequent words, where few events are read before ``limit`` hit.
"""

from __future__ import annotations

import math
import re

_FTS_WORD = re.compile(r"\w+", re.UNICODE)

# Costs in units of one event read through an index (~0.7 µs on the benchmark machine),
# measured on a 1,000,000-event store (bench/RESULTS.md): reading a match list into the set
# costs a third to a half of a unit per matching event; one FTS5 probe (12 µs) 17-20 units.
FTS_SET_COST = 0.5
FTS_PROBE_COST = 20.0

_MATCHED_DOCS = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
_MATCHED_EVENTS = f"SELECT event_id FROM report_docs WHERE doc_rowid IN ({_MATCHED_DOCS})"

TEXT_COUNT = f"SELECT count(*) FROM ({_MATCHED_DOCS} LIMIT ?)"  # documents, not events
TEXT_CANDIDATES = f"e.id IN ({_MATCHED_EVENTS})"
# the unary + keeps SQLite from driving the query with the match list: a membership test only
TEXT_SET_CHECK = f"+e.id IN ({_MATCHED_EVENTS})"
TEXT_PROBE_CHECK = (
    "EXISTS (SELECT 1 FROM report_docs x JOIN documents_fts ON documents_fts.rowid = x.doc_rowid"
    " WHERE x.event_id = e.id AND documents_fts MATCH ?)"
)


def fts_phrase_query(text: str) -> str:
    """A user's words as an FTS5 query that cannot be a syntax error: every word quoted."""
    words = _FTS_WORD.findall(text)
    return " ".join(f'"{w}"' for w in words)


def probe_cost(fts: str) -> float:
    """What one per-event FTS5 lookup costs for this query. A prefix query ("Wassil*") merges
    the match lists of every word with that prefix on each lookup (4 ms each for a three-letter
    prefix on the benchmark store, against 12 µs for a word): never probe it."""
    return math.inf if "*" in fts else FTS_PROBE_COST


def check_cost(matches: float, checked: float, per_probe: float) -> float:
    """Cost of the cheaper text check when ``checked`` events are tested and ``matches``
    events match: read the match list once, or probe FTS5 per event."""
    probes = checked * per_probe if per_probe < math.inf else math.inf  # inf * 0 is nan
    return min(matches * FTS_SET_COST, probes)


def probe_is_cheaper(matches: float, checked: float, per_probe: float) -> bool:
    return per_probe < math.inf and checked * per_probe < matches * FTS_SET_COST
