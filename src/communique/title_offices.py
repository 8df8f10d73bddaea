"""Which of two titles before a name is the office its holder has: the office before a
rank ("President General Pervez Musharraf": the president), and the first title where the
second is its complement and the name follows a comma ("Der Sprecher des Präsidenten, X":
the spokesman)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.record import GOVERNMENT_CLASSES

if TYPE_CHECKING:
    from communique.lexicon import Match
    from communique.mentions import Mentions


def office_before_rank(m: Mentions, r: Match, used: set[int]) -> Match:
    """Of two titles in a row before a name, the office before a rank or generic title
    ("President General Pervez Musharraf": the president)."""
    if r.row.get("class") not in ("official", "other"):
        return r
    for outer in m.role_index.overlapping(r.start - 2, r.start):
        if (
            outer.end <= r.start
            and outer.start not in used
            and not m.text[outer.end : r.start].strip()
            and outer.row.get("class") in GOVERNMENT_CLASSES
        ):
            return outer
    return r


OFFICE_CHAIN = 30  # characters between a title and the title of its complement


def office_of_office(m: Mentions, r: Match, used: set[int]) -> Match:
    """A title in the complement of another before a comma and a name ("Der Sprecher des
    Präsidenten, X", "Staatssekretär beim Bundesminister für Wirtschaft, X", "the spokesman
    for the President, X"): the name is in apposition to the whole, so the first title is
    theirs."""
    profile = m.profile
    links = profile.function_words - profile.coordinators
    for outer in m.role_index.overlapping(r.start - OFFICE_CHAIN, r.start):
        if outer.end > r.start or outer.start in used:
            continue
        if "\n" in m.text[outer.end : r.start] or m.sentence_of(outer.start) is not m.sentence_of(
            r.start
        ):
            continue  # a headline's title above the lead ("... Außenminister\n\nDie ...")
        gap = m.text[outer.end : r.start].split()
        if gap and (
            any(w.lower() in profile.object_articles for w in gap)
            or gap[0] in profile.phrase_articles
        ):
            # "hatte der Oberbürgermeister den neuen Generalkonsul, X", "traf die Ministerin
            # die Staatssekretärin im Bundesministerium ..., X", "traf die Bundespräsidentin
            # zudem den Präsidenten des Parlaments, X": another's
            continue
        if gap and all(
            w.lower() in links or (w.islower() and profile.ends_like_adjective(w)) for w in gap
        ):
            return outer
    return r


def past_titles(m: Mentions, at: int) -> int:
    """Where the words after the titles starting at ``at`` begin, titles joined by a
    coordinator taken as one ("Deputy Prime Minister and Foreign Minister X")."""
    pos = at
    while True:
        roles = m.role_index.starting_in(pos, pos + 1)
        if not roles:
            return pos
        pos = max(r.end for r in roles)
        while pos < len(m.text) and m.text[pos] in " \t":
            pos += 1
        joined = re.match(r"(\w+)[ \t]+", m.text[pos : pos + 12])
        if joined is not None and joined.group(1).lower() in m.profile.coordinators:
            pos += joined.end()


APPOSED_WORDS = 10  # words of a title's chain of bodies before the comma of its apposition


def apposed_name(m: Mentions, end: int) -> bool:
    """A name follows the title ending at ``end`` in apposition, after the title's chain of
    bodies, a comma and titles of its own ("dem Vorsitzenden des Ausschusses für Fragen der
    Europäischen Union des Bundesrates, Staatsminister Dr. X"): the title is that name's."""
    sent = m.sentence_of(end)
    comma = m.text.find(",", end, sent.end)
    if comma < 0:
        return False
    chain = m.text[end:comma].split()
    # (the chain opens with a link word of titles and holds no meeting word: not "die
    # Ministerin traf ihren Amtskollegen, X")
    # (or no chain: "The Principal Secretary, Ms. X, ...")
    if (
        len(chain) > APPOSED_WORDS
        or (chain and chain[0].lower() not in m.profile.title_link_words)
        or m.trigger_index.overlapping(end, comma)
        or m.role_index.overlapping(end, comma)  # another's title: "vom Generalsekretär, X"
    ):
        return False
    pos = comma + 1
    while pos < sent.end and m.text[pos] in " \t":
        pos += 1
    pos = past_titles(m, pos)
    while pos in m.honorific_at:  # "Dr.", "Prof. Dr."
        pos = m.honorific_at[pos]
        while pos < sent.end and m.text[pos] in " \t":
            pos += 1
    return bool(m.person_index.starting_in(pos, pos + 1))
