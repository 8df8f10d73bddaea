"""Rosters: who takes part in the meetings and calls of a sentence.

The meeting word's arguments (``communique.clauses``), a subject pronoun as the person it
refers to, the document's protagonist for "talks with X" without a subject, a meeting of one
subject with each of several counterparts, and only when public office or a political subject
is involved (athletes meeting in a draw are no diplomacy)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from communique.actors import EntityPositions, PersonEntity, pronoun_word
from communique.clauses import SentenceClauses
from communique.delegations import (
    delegation_noun,
    delegation_party,
    delegation_subject,
    pronoun_party,
    title_line,
)
from communique.destinations import destination_of
from communique.drafts import EventDraft
from communique.event_places import (
    clause_date,
    fronted_place,
    past_month,
    place_after,
    place_before_noun,
    place_told_before,
    venue_state,
)
from communique.event_status import (
    caption_date,
    cue_status,
    infinitive,
    present_date,
    present_tense,
    settle,
)
from communique.false_meetings import talked_about, with_a_thing
from communique.frames import (
    class_referents,
    group_referents,
    joins_told_meeting,
    numbered_referents,
)
from communique.group_cues import group_cue
from communique.lexicon import Match
from communique.meeting_groups import (
    counterpart_groups,
    listed_people,
    people_of,
    relative_apart,
    separate_meetings,
)
from communique.mentions import Mentions
from communique.politics import negotiating, political, political_sentence
from communique.referents import (
    clause_subject,
    people_noun_before,
    plural_pronoun,
    plural_referents,
    pronoun_referent,
    reporting,
    seated_possessor,
    sourced,
    speaker,
)
from communique.sentences import Sentence
from communique.sides import Sides
from communique.unnamed import named_counterpart, unnamed_counterpart

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch
    from communique.record import EventKind


# A roster has a sane size: a sentence naming more people than this is a list, not a meeting.
MAX_ROSTER = 30


SUBJECT_OPENS = 2  # words before a sentence's subject ("The", "Yesterday the")
CLAUSE_WORDS = 6  # words before a meeting word where its subject pronoun stands


def persons_in(where: EntityPositions, sent: Sentence) -> list[tuple[int, PersonEntity]]:
    """The persons mentioned in a sentence with their first position there, in order (equal
    positions in the document's entity order)."""
    first: dict[int, tuple[int, PersonEntity]] = {}
    for s, _, ent in where.spans_in(sent.start, sent.end):
        first.setdefault(ent.index, (s, ent))
    return list(first.values())


def meetings(
    m: Mentions,
    sent: Sentence,
    trigs: list[Match],
    where: EntityPositions,
    protagonist: PersonEntity | None,
    home: PlaceMatch | None,
    published: dt.date | None,
    sides: Sides | None = None,
    framed: list[PersonEntity] | None = None,
    groups: bool = True,
    within: tuple[int, int] | None = None,
    counted: list[PersonEntity] | None = None,
) -> tuple[list[EventDraft], list[PersonEntity]]:
    """The meetings of a sentence's meeting and call triggers; when there are none but the
    trigger refers back to a meeting told before ("Envoy C also joined the talks"), the
    people who join it. ``framed``: the parties of the meeting told just before, which a
    group reference ("the two ministers") names again; ``groups``: a numbered group ("the
    three presidents") may name the last people named (not after meetings of different
    parties, whom it may mean as well); ``within``: where a city names the meeting's place,
    for one of several meetings in the sentence (else the whole sentence); ``counted``: the
    parties of the meeting told last, further back, which only a numbered group ("the two
    leaders") names again."""
    persons = persons_in(where, sent)
    if len(persons) > MAX_ROSTER:
        return [], []  # a list of names is a list, not a meeting
    memorial = m.profile.memorial_re
    if memorial is not None:
        # "visited the tomb of Yasser Arafat": remembered, not met
        persons = [
            (pos, e)
            for pos, e in persons
            if not memorial.search(m.text, max(sent.start, pos - 80), pos)
        ]
    trigs = [x for x in trigs if not with_a_thing(m, x, sent)]
    if not trigs:
        return [], []
    clauses = SentenceClauses(m, sent, m.tagger, (trigs[0].start, trigs[-1].end))
    # "held talks with X about the visit of Y": the visit is what they talked about
    trigs = [x for x in trigs if not any(clauses.talked_about(y, x) for y in trigs if y is not x)]
    here = where.spans_in(sent.start, sent.end)
    args = {id(x): {e.index for _, e in clauses.arguments(x, persons, here)} for x in trigs}
    # (a pronoun subject counts only where two meeting words may be parted)
    led = frozenset(
        id(x) for x in trigs if len(trigs) > 1 and clauses.pronoun_subject(x) is not None
    )
    apart = separate_meetings(trigs, args, led) or relative_apart(trigs, args, clauses)
    if apart:
        # "traf Merkel Hollande, während Steinmeier mit Lawrow sprach": two meetings
        drafts: list[EventDraft] = []
        joining: list[PersonEntity] = []
        for part in apart:
            seg = clauses.segment_at(part[0].start)
            told, joins = meetings(
                m, sent, part, where, protagonist, home, published, sides, framed, groups,
                (seg.start, seg.end) if seg is not None else None,
            )  # fmt: skip
            drafts += told
            joining += joins
        return drafts, joining
    kept = {i for x in trigs for i in args[id(x)]}
    persons = [(pos, e) for pos, e in persons if e.index in kept]
    if all(talked_about(m, x) for x in trigs):
        # "Bush and Kerry clashed over how to proceed with six-party talks": the talks are
        # the topic; only who they are with ("talks with X") may sit at the table
        persons = [(pos, e) for pos, e in persons if pos > trigs[0].end]
    subject: PersonEntity | None = None  # the person a subject pronoun stands for
    for x in trigs:
        # "He met with Lao President Vorachit": the pronoun is the person the text is about
        at = clauses.pronoun_subject(x)
        if at is None:
            continue
        if at == pronoun_party(m, sent):
            break  # the delegation: seated by its roster
        taken = {e.index for _, e in persons}
        if plural_pronoun(m, at):
            # "Zuvor hatten sie auch Regierungschef X gesprochen": the people named together
            group = plural_referents(m, where, at, taken)
            if not group and (
                people_noun_before(m, where, sent.start, at)
                or not any(sent.start <= pos < at for pos, _ in persons)
            ):
                # "X said the two Heads of State had agreed when they last met": a group
                # the text names no one of; who is named before the pronoun is not in it
                # (nor anyone from outside the sentence: "They also discussed ...")
                persons = [(pos, e) for pos, e in persons if pos > at]
            persons[:0] = [(at, e) for e in group]
            subject = group[0] if group else None
            break
        subject = (
            speaker(m, where, at)
            or clause_subject(m, where, at, taken)
            or pronoun_referent(m, where, at, taken, protagonist)
        )
        if subject is not None and all(e is not subject for _, e in persons):
            persons.insert(0, (at, subject))
        break
    owner = seated_possessor(m, where, trigs, persons, protagonist)
    if owner is not None:
        # "canceled his meeting with Duterte": he has it; a state or body named before
        # the possessive does something to it, it does not take part
        persons.insert(0, owner)
        subject = subject or owner[1]
    for x in trigs:
        # "Lind received her at the office", "Dort traf sie ihn": the person it refers to
        at = clauses.pronoun_object(x)
        if at is None:
            continue
        taken = {e.index for _, e in persons}
        if pronoun_word(m, at) in m.profile.plural_object_pronouns:
            # "Die Ausschussvorsitzende X diskutierte mit ihnen": the people named together
            group = plural_referents(m, where, at, taken, objects=True)
            persons += [(at, e) for e in group]
            persons.sort(key=lambda pe: pe[0])
            break
        # (one before its verb is the person the sentence named last before it: "X выступил
        # в парламенте, где его принял Y" is X, already seated; "встречи высокого гостя с
        # руководством: его примут A и B" is the guest)
        earlier = [e for _, _, e in where.spans_in(sent.start, at) if e.kind == "person"]
        pointed = earlier[-1] if at < x.start and earlier else None
        obj = pointed or pronoun_referent(m, where, at, taken, protagonist)
        if obj is not None and obj.index not in taken:
            persons.append((at, obj))
            persons.sort(key=lambda pe: pe[0])
        break
    t = trigs[0]
    with_re = m.profile.with_re
    with_after = any(
        with_re.match(m.text, x.end + 1) or x.text.split()[-1].lower() in m.profile.with_words
        for x in trigs
    )  # "talks with", or a trigger that ends in its with ("news conference with")
    if not with_after and not any(x.row.get("strength") == "strong" for x in trigs):
        # with a weak trigger ("Besuch", "talks"), whoever only reports ("betonte Lawrow")
        # is not shown to take part; unless the talks open the sentence before the speaker
        # ("Speaking after talks with his counterpart X, Kerry said")
        fronted = {i for x in trigs for i in clauses.fronted_subjects(x, here)}
        persons = [
            (pos, e)
            for pos, e in persons
            if e is subject
            or e.index in fronted
            or not reporting(m, [(s, x) for s, x, o in here if o is e], sent)
        ]
    # "According to spokesman X, A met B", "Laut Regierungssprecher X traf A B": the source;
    # not where it is one of two ("According to A, the talks with B went well")
    unsourced = [
        (pos, e)
        for pos, e in persons
        if e is subject or not sourced(m, [(s, x) for s, x, o in here if o is e], sent)
    ]
    if len(unsourced) >= 2:
        persons = unsourced
    if sides is not None:
        # states and organisations at the table where no person names them
        seen = {e.index for _, e in persons}
        for x in trigs:
            for pos, ent in sides.of_trigger(sent, x, clauses, persons):
                if ent.index not in seen:
                    seen.add(ent.index)
                    persons.append((pos, ent))
        persons.sort(key=lambda pe: pe[0])
    if owner is not None:
        persons = [(pos, e) for pos, e in persons if e.kind == "person" or pos > owner[0]]
    # "die beiden Minister setzten ihre Beratungen telefonisch fort": the parties of the
    # meeting told before; "Die drei Präsidenten trafen sich": the last three named
    own_people = frozenset(e.index for _, e in persons)
    refs = group_referents(m, sent, trigs, clauses, framed, own_people) if framed else []
    if not refs and counted:
        refs = group_referents(m, sent, trigs, clauses, counted, own_people, counted_only=True)
    numbered = [] if refs or not groups else numbered_referents(m, sent, trigs, clauses, where)
    if not refs and not numbered:
        # "The two Heads of State last met in Berlin": the text's two heads of state
        numbered = class_referents(m, sent, trigs, clauses, where)
    if refs or numbered:
        seen = {e.index for _, e in persons}
        persons += [(pos, e) for pos, e in refs or numbered if e.index not in seen]
        persons.sort(key=lambda pe: pe[0])
    # "During the visit she met with:" and a list of the people, one an item
    listed = [(pos, e) for pos, e in listed_people(m, trigs, where) if e not in people_of(persons)]
    persons += listed
    if sides is not None and not persons:
        # "the foreign ministers of the two countries concluded their talks", "officials
        # from both countries met": the two states named last
        persons = sides.of_state_group(sent, trigs, clauses)
    if all(m.profile.signing(x.text) for x in trigs):
        # "Czechia and China signed an agreement": states sign by envoys, wherever they are;
        # people who sign together meet
        persons = [(pos, e) for pos, e in persons if e.kind == "person"]
    people = [e for _, e in persons]
    kinds = [x.row.get("kind") for x in trigs]
    kind: EventKind = "call" if "call" in kinds else "meeting"
    if protagonist is not None and protagonist not in people and people:
        # "Die Gespräche mit X ...", "During the meeting with X": the named people are the
        # counterparts of an unnamed subject, the document's protagonist
        first_pos = persons[0][0]
        between = m.text[t.start : first_pos] if first_pos > t.start else ""
        # ... not the state's own leader facing that state ("talks with the Irish
        # government" in a text about the Taoiseach)
        own_side = any(
            p.kind != "person" and p.affiliation and p.affiliation == protagonist.affiliation
            for p in people
        )
        # ... nor where the clause has a subject of its own that is no person ("The EU
        # announced that it will start accession talks with Croatia")
        clause = m.text[sent.start : t.start].replace(",", " ").split()[-CLAUSE_WORDS:]
        thing_subject = any(w.lower() in m.profile.thing_pronouns for w in clause)
        # ... nor where a delegation is the subject ("the Moldovan guests held talks with
        # X": its members, seated by its roster)
        if (
            between
            and with_re.search(between)
            and not own_side
            and not thing_subject
            and not delegation_subject(m, sent, t.start)
            and not delegation_noun(m, t)
        ):
            people.insert(0, protagonist)
            persons.insert(0, (-1, protagonist))
        elif thing_subject and sides is not None:
            # "it" is the state or body that opens the sentence as its subject ("The EU has
            # announced that it ..."; not "over the Iraq war ... as it discussed")
            named = [
                p
                for p in m.in_sentence(m.place_index, sent)
                if p.kind in ("state", "org")
                and p.end <= t.start
                and len(m.text[sent.start : p.start].split()) <= SUBJECT_OPENS
            ]
            side = sides.entity(named[-1]) if named else None
            if side is not None and side not in people:
                people.insert(0, side)
                persons.insert(0, (named[-1].start, side))
    if (
        len(people) >= 2
        and all(k == "visit" for k in kinds)
        and all(pos < trigs[0].start for pos, _ in persons)
        and not numbered
        and (
            any(x.row.get("pos") != "verb" for x in trigs)
            or _coordinated(m, [pos for pos, _ in persons])
        )
    ):
        # "Crown Prince Frederik and Crown Princess Mary visited New York": they travel
        # together; whom they met the text does not say here ("the three presidents
        # visited a camp", office holders counted as a group, are met together)
        return [], []
    destination = None  # where a lone visitor goes
    strong = any(x.row.get("strength") == "strong" for x in trigs)
    # "met her counterpart X": someone's counterpart holds an office
    counterpart = any(named_counterpart(m, sent, x, clauses) for x in trigs)
    # "the delegation met President X": its members, once the roster is known (not in a
    # headline's summary of the visit, which seats no roster); without articles, a plural
    # for the members is the party too ("гостей принял X")
    delegation = delegation_party(m, sent, members=not m.profile.articles) and not title_line(
        m, sent
    )
    if len(people) == 1 and (
        political(people[0])
        or (strong and political_sentence(m, sent))
        or counterpart
        or delegation
    ):
        # one named participant: a solo visit ("Kurz arrived in Sarajevo on a two-day
        # visit") or a meeting with people the text does not name ("met leaders in Baghdad")
        destination = destination_of(m, sent, trigs, people[0])
        spans = [(s, e) for s, e, _ in where.spans_in(sent.start, sent.end)]
        # the states of those named in the meeting word's own clause
        home_clause = clauses.segment_at(trigs[0].start)
        seated = frozenset(
            e.affiliation
            for pos, e in persons
            if e.kind == "person" and e.affiliation and clauses.segment_at(pos) is home_clause
        )
        if (
            destination is None
            and not unnamed_counterpart(m, sent, trigs, clauses, spans, seated)
            and not delegation
        ):
            return [], (people if joins_told_meeting(m, sent, trigs) else [])
    elif len(people) < 2:
        return [], (people if joins_told_meeting(m, sent, trigs) else [])
    if m.sporting(sent):
        # "when Germany meets Iran in a friendly": states are teams, only people in office
        # meet as diplomacy does
        if not any(political(p) for p in people if p.kind == "person"):
            return [], []
    elif (
        not any(political(p) for p in people)
        and not counterpart
        and not delegation
        and not political_sentence(m, sent)
        and not negotiating(m, trigs)
    ):
        return [], []  # athletes "meeting" in a draw, managers in talks: not diplomacy
    cue = group_cue(m, sent, trigs, kind)
    # "meets Bush on Friday": the next Friday
    date, present = present_date(m, trigs, clause_date(m, sent, trigs, clauses), published)
    present = present and not caption_date(m, sent, date)
    status = cue_status(cue)
    unheld = [x for x in trigs if infinitive(m, x) or clauses.modal_infinitive(x)]
    if status == "occurred" and unheld and not _finite_meeting_verb(trigs, unheld):
        status = "planned"
    if cue is None and not present:
        date = past_month(m, sent, date, published)  # "In March, X held talks with Y"
    status, date = settle(status, cue, date, present, published)
    if (
        status == "occurred"
        and cue is None
        and date is None
        and sent.index != m.headline
        and present_tense(m, trigs)
    ):
        # a present tense in the body without a date ("Dort trifft sie ...", "There she
        # meets ..."): news tells what took place in a past tense; this is to come
        status = "planned"
    # a city anywhere in the sentence, a state after the trigger unless it is what was
    # discussed ("Fragen der Sicherheit in Zentralasien", "the situation in Syria")
    place = (
        destination
        or place_after(m, sent, *(within or (sent.start, sent.end)), ("city",))
        or fronted_place(m, sent, t)
        or venue_state(m, sent, t)
        or place_before_noun(m, trigs)
        or place_told_before(m, sent)
    )
    if kind == "call":
        place = None  # a call is held nowhere in particular ("spoke by phone ... in Jakarta")
    elif place is None and status == "occurred":
        place = home  # the dateline's city
    elif place is not None and place.kind == "state" and home is not None:
        # "Besuch in Ägypten" under the dateline "Kairo –": the city of that state
        place = home if home.iso3 == place.iso3 else place
    mode = "visit" if "visit" in kinds else ("phone" if kind == "call" else None)
    drafts = [
        EventDraft(kind, status, group, sent, t, place, date, None, status_cue=cue, mode_hint=mode)
        for group in counterpart_groups(m, persons, t, people_of(listed))
    ]
    return drafts, []


# where a visit goes: a city, a state, or a region ("visited Crimea", "a trip to Darfur")
def _finite_meeting_verb(trigs: list[Match], unheld: list[Match]) -> bool:
    """A meeting verb of the sentence that is no infinitive: the meeting it tells took place,
    and an infinitive after it tells what for ("kam mit X zusammen, um über Y zu beraten")."""
    return any(x.row.get("pos") == "verb" and x not in unheld for x in trigs)


def _coordinated(m: Mentions, starts: list[int]) -> bool:
    """People named before a visit verb are joined as one subject ("Crown Prince Frederik
    and Crown Princess Mary visited"), not subject and object of a verb at the clause's end
    ("Vogel hat Gouverneur Price besucht"): a comma or coordinator between each two."""
    # (one position for several: a plural pronoun standing for them together, "Sie besuchen")
    return all(
        a == b
        or "," in m.text[a:b]
        or any(w.lower() in m.profile.coordinators for w in m.text[a:b].split())
        for a, b in zip(starts, starts[1:], strict=False)
    )
