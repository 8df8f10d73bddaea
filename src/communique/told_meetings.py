"""Meetings told by reference or in pieces: "Die Begegnung mit dem Staatsminister X" after
another meeting is one of its own, and "bei dem Gespräch" with no meeting told before refers
to the one the pair named just before had ("X und Y verständigten sich am Donnerstag in
Ankara. ... bei dem rund zweistündigen Gespräch"); talks that name nobody, their delegations'
heads or interlocutor told in the next sentences; a meeting word with an owner's possessive
("Sein zweites Sondierungsgespräch"), its others named after it; a meeting the next
sentence denies ("X bestreitet das")."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from communique.delegations import delegation_party
from communique.drafts import EventDraft
from communique.event_merge import days_before
from communique.event_places import date_in, document_place, place_after, venue_state
from communique.event_status import cue_status, nearest_status, planned_date
from communique.frames import (
    chaired_opening,
    joined_told,
    joins_told_meeting,
    party_visit,
    told_meeting_noun,
)
from communique.lang.profile_patterns import has_stem
from communique.referents import possessive_at, possessor

if TYPE_CHECKING:
    from communique.actors import EntityPositions, PersonEntity
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.sentences import Sentence

OWN_COUNTERPART_REACH = 80  # characters after a meeting noun's with where its counterpart stands
PAIR_BACK = 2  # sentences back where the pair a meeting noun refers to is named
PAIR_GAP = 60  # characters between the two names of the pair


def own_counterpart(m: Mentions, where: EntityPositions, noun: Match, recent: EventDraft) -> bool:
    """A meeting noun whose with names someone the meeting told before did not seat ("Die
    Begegnung mit dem Staatsminister X stand im Zeichen ..."): it tells a meeting of its own."""
    found = m.profile.with_re.match(m.text, noun.end + 1)
    if found is None or m.text[noun.end] != " ":
        return False
    if m.profile.with_side_re.match(m.text, noun.end + 1):
        return False  # "В переговорах с кыргызской стороны приняли участие": from one side
    sent = m.sentence_of(noun.start)
    lo = found.end()
    named = [e for _, _, e in where.spans_in(lo, min(sent.end, lo + OWN_COUNTERPART_REACH))]
    people = [e for e in named if e.kind == "person"]
    return bool(people) and all(p.index != people[0].index for p in recent.participants)


def agreed_meeting(
    m: Mentions,
    sent: Sentence,
    noun: Match,
    where: EntityPositions,
    published: dt.date | None,
) -> EventDraft | None:
    """The meeting a definite meeting noun refers to where no meeting was told before: that
    of two people named as one subject ("X und ihr türkischer Amtskollege Y", joined by a
    coordinator) in the sentences just before, in that sentence's place and date."""
    if m.person_index.starting_in(sent.start, sent.end):
        return None  # the sentence names people of its own
    for idx in range(sent.index - 1, max(-1, sent.index - 1 - PAIR_BACK), -1):
        before = m.sentences[idx]
        pair = _subject_pair(m, before, where)
        if pair is None:
            continue
        cue = nearest_status(m, sent, noun, conference=False)
        status = cue_status(cue)
        when = date_in(m, before, before.start)
        date = planned_date(status, when, False, published) if when is not None else None
        place = place_after(m, before, before.start, before.end, ("city",))
        return EventDraft("meeting", status, pair, sent, noun, place, date, status_cue=cue)
    return None


def _subject_pair(m: Mentions, sent: Sentence, where: EntityPositions) -> list[PersonEntity] | None:
    """The two people of a sentence joined by a coordinator, with only titles, possessives
    and adjectives between them, and nobody else named in it."""
    spans = [(s, e, ent) for s, e, ent in where.spans_in(sent.start, sent.end)]
    people = {ent.index: ent for _, _, ent in spans if ent.kind == "person"}
    if len(people) != 2 or len(spans) != 2:
        return None
    (_, end, first), (start, _, second) = spans
    gap = m.text[end:start]
    if len(gap) > PAIR_GAP or any(c in gap for c in ",;:()"):
        return None
    words = [w.lower() for w in gap.split()]
    if not words or words[0] not in m.profile.coordinators:
        return None
    return [first, second]


MARGINS_BEFORE = 40  # characters before a meeting noun where "on the sidelines of" stands


def beside_told(m: Mentions, noun: Match) -> bool:
    """A meeting noun after "on the sidelines of" ("Am Rande der Konsultationen wurde X von Y
    empfangen"): the meeting the sentence tells is held beside the one it refers to."""
    sent = m.sentence_of(noun.start)
    lo = max(sent.start, noun.start - MARGINS_BEFORE)
    # (or the noun is the phrase itself: "On the sidelines of the meeting")
    return m.profile.margins_re.search(m.text, lo, noun.end) is not None


LED_REACH = 2  # sentences after talks told without names where their delegations' heads are


def tells_heads(m: Mentions, sent: Sentence) -> bool:
    """The sentence says who led the delegations: a word of leading and a delegation word
    ("Die mongolische Delegation wurde von X geleitet", "Делегации возглавили A и B")."""
    found = m.profile.delegation_led_res
    if found is None:
        return False
    lead, delegation = found
    return bool(
        lead.search(m.text, sent.start, sent.end)
        and delegation.search(m.text, sent.start, sent.end)
    )


def led_meeting(
    m: Mentions,
    sent: Sentence,
    meet: list[Match],
    where: EntityPositions,
    published: dt.date | None,
    protagonist: PersonEntity | None = None,
) -> tuple[EventDraft, Sentence] | None:
    """Talks whose sentence names nobody, the heads of their delegations told in the
    sentences right after ("Am 23. Juni fanden in Berlin politische Konsultationen statt. Die
    mongolische Delegation wurde von X, die deutsche von Y geleitet."; "Talks opened in Geneva
    on Thursday. The Iranian delegation was led by X."): a draft with those heads, in the
    talks' place and date, and the last sentence that named them; for the sentences after
    it to complete."""
    if m.profile.delegation_led_res is None:
        return None
    interlocutor = m.profile.interlocutor_re
    nxt = m.sentences[sent.index + 1] if sent.index + 1 < len(m.sentences) else None
    talked = (
        nxt is not None
        and interlocutor is not None
        and bool(interlocutor.search(m.text, nxt.start, nxt.end))
    )
    noun = next(
        (
            t
            for t in meet
            if t.row.get("kind") == "meeting" or (talked and t.row.get("kind") == "visit")
        ),
        None,
    )
    if noun is None:
        return None
    heads: list[PersonEntity] = []
    named = {e.index: e for _, _, e in where.spans_in(sent.start, sent.end) if e.kind == "person"}
    if named:
        # "X hat die Konsultationen geleitet. Sein Gesprächspartner war Y": the one who led
        # them, and whom the next sentence says he talked to
        if len(named) != 1 or not talked:
            return None
        heads = list(named.values())
    last = sent
    gathering = any(t.row.get("kind") == "conference" for t in m.in_sentence(m.trigger_index, sent))
    for idx in range(sent.index + 1, min(len(m.sentences), sent.index + 1 + LED_REACH)):
        later = m.sentences[idx]
        # "Gesprächspartner war X", "Her interlocutor was X": X met the text's protagonist
        met = interlocutor is not None and interlocutor.search(m.text, later.start, later.end)
        # "Встречу провела X", "The meeting was chaired by X": X took part, with whom the
        # sentence before has (its delegation, seated by its roster)
        # (not a gathering's chair: "zum Ministertreffen zusammengekommen. Geleitet wurde
        # die Sitzung von X und Y")
        chaired = chaired_opening(m, later) and not gathering
        # "kam die Delegation mit Mitgliedern des Freundeskreises zusammen. Auf deutscher
        # Seite nahmen X und Y an dem Gespräch teil": who took part, right after the talks
        # (not who sat in a round: "An der Runde nahmen A, B und C teil")
        later_trigs = list(m.in_sentence(m.trigger_index, later))
        # (of a delegation's talks: "kam die Delegation ... zusammen"; not where the talks'
        # sentence names its parties by a group, "kamen die beiden Minister ... zusammen")
        joined = (
            not named
            and idx == sent.index + 1
            and delegation_party(m, sent, members=False)
            # (not talks told again: "Беседа глав государств ... продолжилась с участием
            # членов делегаций. С российской стороны приняли участие ...")
            and told_meeting_noun(m, sent, meet) is None
            and not gathering
            and not any(t.row.get("kind") == "conference" for t in later_trigs)
            and (joined_told(m, later) or joins_told_meeting(m, later, later_trigs))
        )
        if not met and not chaired and not joined and not tells_heads(m, later):
            break
        said = met.span() if met else (later.start, later.start)
        people = [
            e
            for s, end, e in where.spans_in(later.start, later.end)
            if e.kind == "person"
            and e not in heads
            # (not the description "His interlocutors", "Seine Gesprächspartner" itself:
            # the names it is said of)
            and not (s <= said[0] < end or s < said[1] <= end)
        ]
        if not people:
            break
        if (chaired or joined) and not named:
            heads += people
            last = later
            break
        if met and not named and protagonist is not None and protagonist not in heads + people:
            heads.append(protagonist)
        heads += people
        last = later
    if not heads:
        return None
    # "Ein direktes Treffen der Delegationsleiter kam nicht zustande": the heads did not meet
    cue = _called_off(m, last) or nearest_status(m, sent, noun, conference=False)
    status = cue_status(cue)
    when = date_in(m, sent, sent.start)
    date = planned_date(status, when, False, published) if when is not None else None
    place = (
        place_after(m, sent, sent.start, sent.end, ("city",))
        or venue_state(m, sent, noun)
        or (document_place(m) if status == "occurred" else None)
    )
    draft = EventDraft("meeting", status, heads, sent, noun, place, date, status_cue=cue)
    return draft, last


def _called_off(m: Mentions, last: Sentence) -> Match | None:
    """The sentence after ``last`` names nobody and says a meeting did not take place: its
    cue."""
    if last.index + 1 >= len(m.sentences):
        return None
    after = m.sentences[last.index + 1]
    if m.person_index.starting_in(after.start, after.end):
        return None
    for t in m.in_sentence(m.trigger_index, after):
        if t.row.get("kind") != "meeting":
            continue
        cue = nearest_status(m, after, t, conference=False)
        if cue is not None and cue.row.get("status") in ("cancelled", "denied"):
            return cue
    return None


def own_meeting(
    m: Mentions,
    sent: Sentence,
    meet: list[Match],
    where: EntityPositions,
    protagonist: PersonEntity | None,
) -> EventDraft | None:
    """A meeting word with a person's possessive and nobody else named in its sentence
    ("Sein zweites Sondierungsgespräch hat länger gedauert"): a draft with its owner alone,
    for the sentences after it to complete."""
    found = possessive_at(m, meet)
    if found is None or where.entities_in(sent.start, sent.end):
        return None
    at, x = found
    if x.row.get("kind") not in ("meeting", "call"):
        return None  # "Seine Reise nach China": who travels along is his side
    owner = possessor(m, where, at, set(), protagonist)
    if owner is None:
        return None
    status = cue_status(nearest_status(m, sent, x, conference=False))
    return EventDraft("meeting", status, [owner], sent, x)


def deny_told(m: Mentions, drafts: list[EventDraft], with_triggers: frozenset[int]) -> None:
    """A sentence with no meeting word right after a meeting told as held that denies what
    it told ("Im Herbst soll X mit Y zusammengetroffen sein. X bestreitet das vehement."):
    that meeting is denied (``with_triggers``: the indexes of sentences with meeting words)."""
    for d in drafts:
        nxt = d.sentence.index + 1
        if nxt < len(m.sentences) and nxt not in with_triggers and _denied_back(m, nxt, d):
            d.status = "denied"


def _denied_back(m: Mentions, idx: int, told: EventDraft) -> bool:
    """The sentence ``idx``, right after a meeting told as held, denies it ("X bestreitet
    das")."""
    denial = m.profile.denied_back_re
    sent = m.sentences[idx]
    return (
        denial is not None
        and told.status == "occurred"
        and told.kind != "conference"
        and denial.search(m.text, sent.start, sent.end) is not None
    )


def told_back(
    m: Mentions, sent: Sentence, frame: EventDraft | None, found: list[EventDraft]
) -> bool:
    """The sentence tells its meetings as earlier than the one told before, on a day before
    it, with a word of telling back ("X war bereits am Montag von Y empfangen worden")."""
    if frame is None or not all(days_before(frame, d) for d in found):
        return False
    return any(
        w.lower() in m.profile.flashback_words for w in m.text[sent.start : sent.end].split()
    )


def met_anew(m: Mentions, d: EventDraft, back: Match, seated: set[int]) -> bool:
    """The sentence's own meeting verb, not the meeting noun that refers back, seats someone
    new, and no "also" says they joined ("Dort traf die Botschafterin beim Mittagessen X"):
    a meeting of its own, the noun only its occasion."""
    if d.trigger is back or d.trigger.row.get("pos") != "verb":
        return False
    if all(p.index in seated for p in d.participants):
        return False
    words = {w.lower() for w in m.text[d.sentence.start : d.sentence.end].split()}
    return not words & m.profile.also_words


def visit_told_again(
    m: Mentions,
    sent: Sentence,
    found: list[EventDraft],
    frame: EventDraft | None,
    where: EntityPositions,
) -> bool:
    """The sentence tells only the visit of a party of the meeting told before, all its
    people seated there ("X met Y. Y, who arrived on Tuesday, was accompanied by Z"): that
    meeting is still the one told ("Z also attended the meeting")."""
    if frame is None or not party_visit(m, sent, frame, where):
        return False
    seated = {p.index for p in frame.participants}
    return all(
        d.mode_hint == "visit"
        and d.status == frame.status  # (not "accepted an invitation to visit")
        and {p.index for p in d.participants} <= seated
        for d in found
    )


def both_told(
    m: Mentions, sent: Sentence, meet: list[Match], drafts: list[EventDraft], recent: EventDraft
) -> EventDraft | None:
    """The meeting told before ``recent`` where the sentence says "both meetings" ("joined
    both meetings", "nahm an beiden Gesprächen teil")."""
    noun = told_meeting_noun(m, sent, meet)
    before = m.text[max(0, noun.start - 20) : noun.start].split()[-1:] if noun else []
    if not before or before[0].lower() not in m.profile.both_words:
        return None
    seated = {p.index for p in recent.participants}
    return next(
        (
            d
            for d in reversed(drafts)
            if d is not recent
            and d.kind == recent.kind
            and len(d.participants) >= 2
            and {p.index for p in d.participants} != seated
        ),
        None,
    )


def also_by_phone(m: Mentions, sent: Sentence, d: EventDraft) -> None:
    """After a call, "I also spoke with X" is another call ("Earlier today I also spoke with
    New Zealand's Foreign Minister"): a verb of speaking with an "also", no place of its
    own."""
    words = {w.lower() for w in m.text[sent.start : d.trigger.start].split()}
    if (
        d.kind == "meeting"
        and has_stem(d.trigger.text, m.profile.contact_stems)
        and words & m.profile.also_words
    ):
        d.kind, d.location, d.mode_hint = "call", None, "phone"
