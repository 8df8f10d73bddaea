"""Where a lone visitor goes: the city, state or region a visit word names ("visited Kabul",
"a visit to Iraq", "Besuch in Sarajevo", "прибыл в Москву с визитом"), not the visitor's own
state. A part of the meeting rosters (``rosters``), for a visit with one named participant."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.actors import PersonEntity
    from communique.knowledge import PlaceMatch
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.sentences import Sentence

PREPOSITION_REACH = 12  # "in ", "nach ", "в " before a place, an article between
DESTINATION_REACH = 30  # characters from a visit word to where it goes ("visit to the city of")
VISITOR_AFTER_VISIT = 80  # characters from a visit word to its visitor ("visit by Minister X")
DESTINATION_KINDS = ("city", "state", "region")


def destination_of(
    m: Mentions, sent: Sentence, trigs: list[Match], visitor: PersonEntity
) -> PlaceMatch | None:
    """Where a visit goes: a city, state or region right after the visit word ("visited Kabul"),
    or after it with a preposition ("a visit to Iraq", "Besuch in Sarajevo"); not the
    visitor's own state."""
    for t in trigs:
        if t.row.get("kind") != "visit":
            continue
        # the visitor may stand between the visit and where it goes ("a visit by Minister X
        # to Y", "визит министра ... Аббаса Арагчи в Москву"): the reach runs on after them
        reach = t.end
        for s, e in visitor.spans():
            if t.end <= s <= t.end + VISITOR_AFTER_VISIT and e <= sent.end:
                reach = max(reach, e)
        verb_last = m.profile.verb_second and t.row.get("pos") == "verb"
        for p in m.in_sentence(m.place_index, sent):
            # right before the visit: a verb at the clause's end ("hat am Freitag Warschau
            # besucht", "will Polen besuchen"), or a place with its preposition ("ist in
            # Warschau zu Besuch")
            if (
                p.kind in DESTINATION_KINDS
                and p.end <= t.start
                and not m.text[p.end : t.start].strip()
                and not (p.iso3 and p.iso3 == visitor.affiliation)
                and (
                    verb_last
                    or m.profile.place_preposition_re.search(
                        m.text[max(sent.start, p.start - PREPOSITION_REACH) : p.start]
                    )
                )
            ):
                return p
        for p in m.place_index.starting_in(t.start, min(sent.end, reach + DESTINATION_REACH)):
            if p.kind not in DESTINATION_KINDS or (p.iso3 and p.iso3 == visitor.affiliation):
                continue
            if p.start < t.end:  # inside the visit phrase: "прибыл в Москву с визитом"
                if m.profile.place_preposition_re.search(m.text[t.start : p.start]):
                    return p
                after = m.text[p.end : t.end].split()
                if after and after[0] in m.profile.indefinite_articles:
                    return p  # the one visited, before the visit: "stattete Polen einen Besuch ab"
                continue
            gap = m.text[t.end : p.start]
            for d in m.date_index.starting_in(t.end, p.start):  # "besuchte am Montag Chile"
                gap = gap.replace(d.text, " ")
            # "arrived in the Polish capital": an article before the place says nothing
            bare = [w for w in gap.split() if w.lower() not in m.profile.articles]
            if m.profile.place_preposition_re.search(gap):
                return p
            if not bare and (bare == gap.split() or _ends_phrase(m, p)):
                return p  # not "visited the Ukraine crisis talks"
    return None


def _ends_phrase(m: Mentions, p: PlaceMatch) -> bool:
    """Nothing but punctuation, a preposition or a date follows the place: it is not a
    noun's modifier."""
    after = m.text[p.end : p.end + 40].split()
    if not after or not after[0][:1].isalpha():
        return True
    word = after[0].lower().strip(",.;:")
    return word in m.profile.prepositions or bool(m.date_index.starting_in(p.end, p.end + 2))
