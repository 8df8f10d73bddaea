"""Visits told as the meetings held during them: a lone visitor's visit is framed by the
meetings the visitor has within a few sentences of it, which take its place and date; a
visit to attend a gathering is that gathering; a visit to several places in a row ("will
visit Japan, China and South Korea") is a visit to each."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from communique.drafts import EventDraft

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch
    from communique.mentions import Mentions
    from communique.sentences import Sentence


def in_headline(m: Mentions, sent: Sentence) -> bool:
    """The text's headline, ended by no full stop."""
    return sent.index == m.headline and not m.text[sent.start : sent.end].rstrip().endswith(
        (".", "!", "?")
    )


def framed_visits(m: Mentions, drafts: list[EventDraft], reach: int) -> list[EventDraft]:
    """A visit is told as the meetings held during it: a lone visitor's visit goes when
    the visitor meets someone within a few sentences of it ("Berg arrived in Vienna on
    Monday. She met Chancellor Huber at the Hofburg."), and those meetings take its place
    and date where they name none; a visit to attend a gathering told in its sentence is
    that gathering ("arriving in Lima for the summit"). ``reach``: sentences from the visit
    where its meetings are told."""
    met: dict[int, list[EventDraft]] = {}
    # (person, sentence) -> where the conferences they attend are named
    attends: dict[tuple[int, int], list[int]] = {}
    for d in drafts:
        if d.kind != "conference" and len(d.participants) >= 2:
            for p in d.participants:
                met.setdefault(p.index, []).append(d)
        elif d.kind == "conference":
            for p in d.participants:
                attends.setdefault((p.index, d.sentence.index), []).append(d.trigger.start)
    out = []
    for d in drafts:
        # (a visit's: a meeting with people the text does not name is one of its own,
        # "tauschte sich mit Vertretern der Zivilgesellschaft aus")
        if d.kind != "conference" and len(d.participants) == 1 and d.mode_hint == "visit":
            # a headline's visit frames the whole text ("X beendet Reise nach Äthiopien")
            near_reach = len(m.sentences) if in_headline(m, d.sentence) else reach
            # (or anywhere in the text, held in the state it visits: "Während des Besuchs
            # von Papst Franziskus im kommunistischen Kuba ... In Havanna hatte er zuvor auch
            # Fidel Castro getroffen")
            near = [
                o
                for o in met.get(d.participants[0].index, [])
                if abs(o.sentence.index - d.sentence.index) <= near_reach
                or _same_state(d.location, o.location)
            ]
            visits = [
                t
                for t in m.in_sentence(m.trigger_index, d.sentence)
                if t.row.get("kind") == "visit"
            ]
            # the sentence tells of one visit only: one visit word, or one state it names
            # ("arrived in Kabul on Monday for a two-day visit")
            states = {
                p.iso3
                for p in m.in_sentence(m.place_index, d.sentence)
                if p.kind in ("city", "state")
            }
            one_visit = len(visits) == 1 or (d.location is not None and len(states) == 1)
            for o in near:
                # the meetings told after a visit are held where and when it went ("arrived in
                # Rome on Monday. She met Prime Minister Conte at the Palazzo Chigi.")
                # "arrived in Washington on Monday. On Tuesday he will meet Obama": a meeting
                # to come on a visit under way takes its place and host, not its date
                ahead = d.status == "occurred" and o.status == "planned"
                if (o.status == d.status or ahead) and o.sentence.index > d.sentence.index:
                    if not one_visit:
                        continue
                    if o.kind != "call":  # a call is held nowhere in particular
                        o.location = o.location or d.location
                    o.date = o.date or (None if ahead else d.date)
                    o.visit = (d.participants[0], d.sentence)
            later = attends.get((d.participants[0].index, d.sentence.index), [])
            if near or (d.mode_hint == "visit" and any(at > d.trigger.start for at in later)):
                # "arriving in Lima for the summit": the summit is the event (a meeting on
                # its sidelines with someone unnamed is one of its own)
                continue
        out.append(d)
    return out


def _same_state(visited: PlaceMatch | None, held: PlaceMatch | None) -> bool:
    return visited is not None and held is not None and visited.iso3 == held.iso3 is not None


def further_destinations(m: Mentions, drafts: list[EventDraft]) -> list[EventDraft]:
    """A lone visitor's visit to a list of states or cities ("will visit Japan, China and
    South Korea", "reist nach Kasachstan und Usbekistan"): a visit to each listed after the
    first, with the first's visitor, status and date."""
    link = m.profile.list_link_re
    if link is None:
        return []
    out: list[EventDraft] = []
    for d in drafts:
        place = d.location
        if (
            d.kind == "conference"
            or d.mode_hint != "visit"
            or len(d.participants) != 1
            or place is None
            or place.kind not in ("state", "city")
        ):
            continue
        # the places listed after the first, up to the one after the coordinator (a list
        # the coordinator does not close is no list of stops: "in Seoul, Moriyama is ...")
        listed: list[PlaceMatch] = []
        end = place.end
        while (step := link.match(m.text, end)) is not None:
            nxt = [
                p
                for p in m.place_index.starting_in(step.end(), step.end() + 1)
                if p.kind == place.kind and not m.person_index.overlapping(p.start, p.end)
            ]
            if not nxt or nxt[0].end > d.sentence.end:
                break
            listed.append(nxt[0])
            end = nxt[0].end
            if set(step.group().lower().split()) & m.profile.additive_coordinators:
                out += [replace(d, participants=list(d.participants), location=p) for p in listed]
                break
    return out
