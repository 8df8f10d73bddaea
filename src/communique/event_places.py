"""Where an event took place: a place named with a locative in its clause ("in Brüssel", "at
the White House"), a place naming the talks ("the Geneva talks"), a state as venue unless it
is what was discussed, else the document's dateline or meeting place; and its date, the date
mention nearest the trigger."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from communique.lexicon import Match
from communique.mentions import Mentions
from communique.sentences import Sentence

if TYPE_CHECKING:
    from communique.clause_topics import Segment
    from communique.clauses import SentenceClauses
    from communique.dates import DateMention
    from communique.knowledge import PlaceMatch


PREPOSITION_BEFORE_PLACE = 48  # "in (der) Brüssel", "in the Swiss city of Lausanne"


STATE_AFTER_TRIGGER = 120  # "talks ... in Kazakhstan": a state as venue


TOPIC_BEFORE_STATE = 40  # "die Lage in Syrien": what precedes a state


DATELINE_WITHIN = 160  # a dateline opens the text


DATELINE_TAIL = 14  # "BRUSSELS (Reuters) -": what follows the dateline's city


PLACE_AFTER_TRIGGER = 8  # "die Treffen in Brüssel": the document's meeting place


DEIXIS_BACK = 2  # sentences back where "dort", "there" may point


FRONTED_PLACE_WORDS = 2  # "In Dschibuti", "In der Schweiz": a locative opening the sentence


def place_after(
    m: Mentions, sent: Sentence, start: int, stop: int, kinds: tuple[str, ...] = ("city", "state")
) -> PlaceMatch | None:
    """The first place in ``start:stop`` introduced by a locative preposition ("in Brüssel")."""
    for p in m.place_index.starting_in(start, stop):
        if (p.kind in kinds or venue(p)) and m.profile.place_preposition_re.search(
            m.text[max(sent.start, p.start - PREPOSITION_BEFORE_PLACE) : p.start]
        ):
            return p
    return None


def place_before_noun(m: Mentions, trigs: list[Match]) -> PlaceMatch | None:
    """A place naming the talks: "the Downing Street talks", "the Geneva talks"."""
    for t in trigs:
        if t.row.get("pos") != "noun":
            continue
        for p in m.place_index.overlapping(t.start - 2, t.start + 1):
            if (p.kind == "city" or venue(p)) and 0 <= t.start - p.end <= 1:
                return p
    return None


def fronted_place(m: Mentions, sent: Sentence, trig: Match) -> PlaceMatch | None:
    """ "In Dschibuti kam er mit X zusammen", "In Kuwait, she met ...": a city or state that a
    locative preposition opens the sentence with, before the meeting word (a state too:
    city-states are states)."""
    for p in m.place_index.starting_in(sent.start, trig.start):
        head = m.text[sent.start : p.start]
        if (
            p.kind in ("city", "state")
            and len(head.split()) <= FRONTED_PLACE_WORDS
            and m.profile.place_preposition_re.search(head)
        ):
            return p
        break
    return None


def place_told_before(m: Mentions, sent: Sentence) -> PlaceMatch | None:
    """ "Sie reiste nach Tiflis. Dort traf sie ...", "There she met ...": a place adverb in
    the sentence stands for the city or state a preposition named in the sentences before
    (not "There were talks": an adverb before a verb of being only opens the sentence)."""
    profile = m.profile
    text = m.text
    pointing = False
    for tok in re.finditer(r"\w+", text[sent.start : sent.end]):
        if tok.group().lower() not in profile.place_deixis:
            continue
        nxt = re.match(r"\s+(\w+)", text[sent.start + tok.end() : sent.end])
        if not (nxt and nxt.group(1).lower() in profile.existential_verbs):
            pointing = True
            break
    if not pointing:
        return None
    for idx in range(sent.index - 1, max(-1, sent.index - 1 - DEIXIS_BACK), -1):
        prev = m.sentences[idx]
        for p in reversed(m.in_sentence(m.place_index, prev)):
            if (p.kind in ("city", "state") or venue(p)) and profile.place_preposition_re.search(
                text[max(prev.start, p.start - PREPOSITION_BEFORE_PLACE) : p.start]
            ):
                return p
    return None


def venue(p: PlaceMatch) -> bool:
    """A named meeting place: "im Kreml", "at the White House", "in Camp David"."""
    return p.kind == "venue" or (p.kind == "org" and p.lat is not None)


def venue_state(m: Mentions, sent: Sentence, trig: Match) -> PlaceMatch | None:
    for p in m.place_index.starting_in(trig.end, min(sent.end, trig.end + STATE_AFTER_TRIGGER)):
        if p.kind != "state":
            continue
        before = m.text[max(sent.start, p.start - TOPIC_BEFORE_STATE) : p.start]
        # a visit goes to a state ("visit to Afghanistan"); a meeting is held in one (not
        # "envoy on Myanmar", "ambassador to Peru")
        prep = (
            m.profile.place_preposition_re
            if trig.row.get("kind") == "visit"
            else m.profile.state_preposition_re
        )
        if not prep.search(before[-PREPOSITION_BEFORE_PLACE:]):
            continue
        if m.profile.topic_before_re.search(before):
            return None
        return p
    return None


def date_in(m: Mentions, sent: Sentence, near: int) -> DateMention | None:
    ds = m.in_sentence(m.date_index, sent)
    if not ds:
        return None
    return min(ds, key=lambda d: abs(d.start - near))


def own_date(
    m: Mentions, sent: Sentence, near: int, *, meeting: bool = False
) -> DateMention | None:
    """The date of the clause around ``near`` (between commas), else the sentence's nearest
    one outside a relative clause ("Mubarak, who met Abbas in Cairo last week, offered to host
    the summit": last week is not the summit's); for a ``meeting`` also outside one about a
    thing ("discussed trade, which exceeded $4.2 billion in 2024,"), while gatherings listed
    after one take its date ("Veranstaltungen, die im Frühjahr stattfinden sollen, wie ...")."""
    ds = [d for d in m.in_sentence(m.date_index, sent) if not m.quoted_apart(d.start, near)]
    clause = comma_clause(m, sent, near)
    own = [d for d in ds if comma_clause(m, sent, d.start) == clause]
    rest = own or [d for d in ds if not in_relative_clause(m, sent, d.start, of_person=not meeting)]
    return min(rest, key=lambda d: abs(d.start - near)) if rest else None


def comma_clause(m: Mentions, sent: Sentence, pos: int) -> tuple[int, int]:
    """The stretch of the sentence between the commas (or dashes) around ``pos``."""
    text = m.text
    start = max(text.rfind(c, sent.start, pos) for c in ",;–—") + 1
    ends = [i for c in ",;–—" if (i := text.find(c, pos, sent.end)) >= 0]
    return (max(start, sent.start), min(ends) if ends else sent.end)


def in_relative_clause(m: Mentions, sent: Sentence, pos: int, *, of_person: bool = True) -> bool:
    """``pos`` stands in a stretch between commas that opens with a relative word and follows
    a person's name (", who met ...", ", der ... traf"); with ``of_person`` False, after any
    noun ("bilateral trade, which exceeded $4.2 billion in 2024,")."""
    start, _ = comma_clause(m, sent, pos)
    if start <= sent.start or m.text[start - 1] != ",":
        return False  # a relative clause follows its noun's comma (not a dateline's dash)
    head = m.text[start:pos].split()[:3]
    words = m.profile.relative_words | set(m.profile.relative_pronouns)
    if head and head[0].lower() in m.profile.prepositions and not of_person:
        # ", for which the government provides ... until 2028", ", für die der Bund bis
        # 2028 ... bereitstellt": a preposition before the relative word (in German, an
        # article's form followed by no noun: not ", für die Ukraine")
        head = head[1:]
        if len(head) < 2 or (m.profile.nouns_capitalised and head[1][:1].isupper()):
            return False
    if not head or head[0].lower() not in words:
        return False
    if not of_person:
        return True
    # ... and describes a person named before the comma ("Mubarak, who ..."), not the things
    # a list then names ("Veranstaltungen, die im Frühjahr stattfinden sollen, wie ...")
    comma = start - 1
    return any(p.end >= comma - 1 for p in m.person_index.overlapping(comma - 2, comma))


def document_place(m: Mentions) -> PlaceMatch | None:
    """Where the document's meetings took place: a dateline ("Wien –", "BRUSSELS (Reuters) -")
    or a place named right after a meeting word ("die Treffen in Brüssel")."""
    line = dateline(m)
    if line is not None:
        return line
    for t in m.triggers:
        if t.row.get("kind") == "conference" or m.planned_in(m.sentence_of(t.start)):
            continue  # (not a visit ahead: "lud ihn zu einem Gegenbesuch nach Chuncheon ein")
        for p in m.place_index.starting_in(t.end + 1, t.end + PLACE_AFTER_TRIGGER + 1):
            if (
                (p.kind == "city" or venue(p))
                and 0 < p.start - t.end <= 8
                and m.profile.place_preposition_re.search(m.text[t.end : p.start])
            ):
                return p
    return None


DATELINE_SENTENCES = 5  # sentences of the text whose line a dateline may open


def dateline(m: Mentions, *, city_lines: bool = True) -> PlaceMatch | None:
    """The city of the text's dateline ("Wien –", "BRUSSELS (Reuters) -", "ISLAMABAD, Oct
    23:"), or None; with ``city_lines`` also a regional paper's "LINZ. ..." (where the text
    was written, not whose officials it names: a paper's correspondent writes so abroad)."""
    first = m.sentences[0] if m.sentences else None
    for p in m.places:
        if p.kind != "city":
            continue
        tail = m.text[p.end : p.end + DATELINE_TAIL]
        # "Wien –", "BRUSSELS (Reuters) -", and in capitals "ISLAMABAD, Oct 23:", "BEIJING:"
        opens = (
            re.match(r"\s*(?:\(|–|—|-\s)", tail)
            or (p.text.isupper() and len(p.text) > 2 and re.match(r"\s*[:,]", tail))
            or _dated(m, p.end)
        )
        opens_text = (
            first is not None
            and p.start - first.start < DATELINE_WITHIN
            and opens
            and (p.start == 0 or (m.text[p.start - 1] in "\n.\t " and _starts_line(m, p.start)))
        ) or (
            # under a headline, a standfirst and a time stamp: "BRUSSELS — ..." opening a
            # line of one of the text's first sentences
            opens
            and m.text[p.start - 1 : p.start] == "\n"
            and m.sentence_of(p.start).index <= DATELINE_SENTENCES
            and (p.text.isupper() or re.match(r"\s*(?:\(|–|—)", tail) is not None)
        )
        if opens_text or (city_lines and _city_line(m, p, tail)):
            return p
    return None


def _city_line(m: Mentions, p: PlaceMatch, tail: str) -> bool:
    """A line opened by a city and a full stop, under a headline ("LINZ. Es war sein erster
    Besuch ...", "Zittau. Die Fahnen ..."): a regional paper's dateline."""
    return (
        m.text[p.start - 1 : p.start] == "\n"
        and re.match(r"\.[^\S\n]+[^\W\d_]", tail) is not None
        and tail[1:2] != "."
        and m.sentence_of(p.start).index <= DATELINE_SENTENCES + 1
    )


def _dated(m: Mentions, end: int) -> bool:
    """A date and a dash, a full stop or a line's end after a dateline's city ("Wien, 7. Mai
    2024 –", "Brussels, 7 May 2024 -", "Berlin, 7. Mai 2024.")."""
    comma = re.match(r"\s*,\s*", m.text[end : end + 4])
    if comma is None:
        return False
    for d in m.date_index.starting_in(end + comma.end(), end + comma.end() + 1):
        if re.match(r"[ \t]*(?:\(|–|—|-\s|:|\.?[ \t]*(?:\n|$)|\.\s)", m.text[d.end : d.end + 4]):
            return True
    return False


def _starts_line(m: Mentions, pos: int) -> bool:
    sent = m.sentence_of(pos)
    head = m.text[sent.start : pos]
    return len(head) < 80 and not re.search(r"[.!?]\s", head)


def clause_date(
    m: Mentions, sent: Sentence, trigs: list[Match], clauses: SentenceClauses
) -> DateMention | None:
    """The meeting's date: one in the clause of a meeting word (a meeting or call before a
    visit, a main clause before a relative clause or an aside: "Kerry, who arrived in Riyadh
    late on Monday, is expected to meet King Salman on Tuesday"), else the sentence's date
    nearest the first meeting word."""
    segments = [(x, clauses.segment_at(x.start)) for x in trigs]

    def aside(seg: Segment) -> bool:
        return seg.opener in ("relative", "subordinate") or clauses.parenthetical(seg)

    ranked = sorted(
        ((x, seg) for x, seg in segments if seg is not None),
        key=lambda xs: (xs[0].row.get("kind") == "visit", aside(xs[1])),
    )
    main = any(not aside(seg) for _, seg in ranked)
    for x, seg in ranked:
        if main and aside(seg):
            continue  # "Biden, who arrived on Monday, also held talks with X": not Monday
        own = [
            d
            for d in m.date_index.starting_in(seg.start, seg.end)
            if not m.quoted_apart(d.start, x.start)
        ]
        if own:
            return min(own, key=lambda d: abs(d.start - x.start))
    if ranked and all(seg.opener == "relative" for _, seg in ranked):
        return None  # "..., der zuvor mit Putin telefoniert hatte": not the main clause's day
    near = next((x.start for x, seg in ranked if not aside(seg)), trigs[0].start)
    return own_date(m, sent, near, meeting=True)


def past_month(
    m: Mentions, sent: Sentence, date: DateMention | None, published: dt.date | None
) -> DateMention | None:
    """A bare month the nearest-month rule put in the year after the publication ("In
    March", published in November) is this year's where the sentence tells the meeting in
    the past tense ("In March, X held a video conference with Y"); else the date as it is."""
    if date is None or published is None or re.search(r"\d{4}", date.text):
        return date
    value = date.value_start or ""
    if len(value) != len("2026-03") or value[:4] != str(published.year + 1):
        return date
    past = m.profile.past_meeting_re
    words = re.findall(r"\w+", m.text[sent.start : sent.end])
    if not any(w.islower() and past.fullmatch(w) for w in words):
        return date
    back = str(published.year) + value[4:]
    return replace(date, value_start=back, value_end=back)
