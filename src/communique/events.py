"""Events: meetings, calls and conferences assembled from the mentions of one document.

Per sentence, meeting and call triggers make the meetings of their participants
(``rosters``: who takes part) and each conference noun its own event (``conferences``); the
status (``event_status``), place and date (``event_places``) come from the trigger's clause.
Then a postponed meeting with a new date is also planned for it, each meeting gets the
sentences that discuss it (its scope, for topics), and reports of one meeting merge: the same
participants, or the same conference named again.
"""

from __future__ import annotations

import bisect
import datetime as dt

from communique.actors import EntityPositions, PersonEntity
from communique.companions import companions
from communique.conferences import conference, gathering_named_again, held_with_person
from communique.delegations import delegation_party
from communique.drafts import EventDraft, bilateral_session
from communique.event_merge import different_days, merge_tellings, other_days
from communique.event_places import date_in, document_place, place_after
from communique.event_status import cue_status, nearest_status, planned_date
from communique.false_meetings import quoted_generic, unnamed_summits
from communique.frames import (
    GROUP_REACH,
    gathering_joiners,
    group_members,
    joined_them,
    joins_told_meeting,
    margins_places,
    one_of_told,
    party_visit,
    told_conference,
    told_meeting_noun,
    told_meeting_status,
    told_party_visits,
)
from communique.gapped import gapped_meetings
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.politics import political
from communique.protagonists import find_protagonist
from communique.rosters import MAX_ROSTER, meetings
from communique.sentences import Sentence
from communique.sides import Sides
from communique.told_meetings import (
    agreed_meeting,
    also_by_phone,
    beside_told,
    both_told,
    deny_told,
    led_meeting,
    met_anew,
    own_counterpart,
    own_meeting,
    told_back,
    visit_told_again,
)
from communique.visits import framed_visits, further_destinations

FRAME_REACH = 3  # sentences after a meeting where "the talks" still mean it
TOLD_NOUN_REACH = 8  # ... where "the meeting" with its article does
ONLY_TOLD_REACH = 16  # ... where it does while no other was told since
OFFICE_REACH = 70  # characters before a gathering's word where an office of it is named
COMPANY_REACH = 4  # sentences after a meeting where "was accompanied by" still tells of it


def assemble(
    m: Mentions,
    entities: list[PersonEntity],
    published: dt.date | None,
    sides: Sides | None = None,
    where: EntityPositions | None = None,
) -> list[EventDraft]:
    """The events of a document (``where``: the entities' positions, when the caller has
    them already)."""
    protagonist = find_protagonist(m, entities)
    if where is None:
        where = EntityPositions(entities)
    drafts: list[EventDraft] = []
    by_sentence: dict[int, list[Match]] = {}
    for t in m.triggers:
        by_sentence.setdefault(m.sentence_of(t.start).index, []).append(t)
    home = document_place(m)
    frame: EventDraft | None = None  # the meeting the text tells last
    told_until = -1  # the last sentence that told of it
    company_until = -1  # ... or went on about it naming nobody
    # the sets of parties met so far: with more than one, "both sides" may mean either
    parties: set[frozenset[int]] = set()
    order = sorted(by_sentence)
    for k, idx in enumerate(order):
        m.deadline.check("events")
        sent = m.sentences[idx]
        if m.profile.habitual_re.search(m.text, sent.start, sent.end):
            continue  # "Der Regierungsrat empfängt jedes Jahr ...": a custom, no meeting
        trigs = sorted(by_sentence[idx], key=lambda t: t.start)
        # "held a Japan-ROK Foreign Ministers' Meeting with H.E. Mr. CHO Min-jae": a named
        # gathering held with a person is a meeting with them
        held_with = {id(t) for t in trigs if held_with_person(m, t)}
        conf = [
            t
            for t in trigs
            if t.row.get("kind") == "conference" and not _office_of(m, t) and id(t) not in held_with
        ]
        meet = [
            t
            for t in trigs
            if (t.row.get("kind") != "conference" or id(t) in held_with) and not _ahead(m, sent, t)
        ]
        talks = any(t.row.get("kind") != "conference" for t in trigs)  # a meeting word too
        conf_told = told_conference(m, sent, conf, drafts, TOLD_NOUN_REACH)
        if conf_told is None and (retold := gathering_named_again(m, sent, meet, drafts)):
            conf_told, meet, talks = retold, [], False  # "The two-day Meeting brought together"
            if idx + 1 < len(m.sentences) and idx + 1 not in by_sentence:  # "X also attended"
                _seat(retold, companions(m, m.sentences[idx + 1], sent, retold.participants, where))
        if conf_told is not None:
            # "В заседании принял участие X", "X also attended the session": they join the
            # gathering told before
            joiners = [e for e in where.entities_in(sent.start, sent.end) if e.kind == "person"]
            conf_told.participants += [e for e in joiners if e not in conf_told.participants]
            conf = []
            if conf_told.kind != "conference" or bilateral_session(conf_told):
                frame, told_until = conf_told, idx  # told again: the text goes on about it
        previous: EventDraft | None = None
        for i, t in enumerate(conf):
            nxt = conf[i + 1].start if i + 1 < len(conf) else sent.end
            d = conference(m, sent, t, nxt, where, published)
            if (
                d.participants
                and m.sporting(sent)
                and not any(political(p) for p in d.participants if p.kind == "person")
            ):
                continue  # "completed a perfect Conference USA campaign": a league of sport
            if d.location is None and d.status == "occurred":
                d.location = home  # reported from the summit: the dateline's city
            if d.status_cue is None and previous is not None:
                d.status = previous.status  # items of one list share the list's status
            drafts.append(d)
            previous = d
            if bilateral_session(d):
                frame, told_until = d, idx  # "co-chaired the Joint Commission with X"
        if previous is not None and not talks and idx + 1 not in by_sentence:
            # (not after talks on its margins: "Das Gespräch fand am Rande der Konferenz
            # statt")
            chairs = gathering_joiners(m, where, idx + 1)
            _seat(previous, chairs)
            if chairs and bilateral_session(previous):
                frame, told_until = previous, idx + 1  # its sides' delegations after
        # the meeting told last, while "the talks" may still mean it (further on where the
        # sentence says "the meeting" and no other was told since: "The meeting was attended
        # by X")
        told_noun = told_meeting_noun(m, sent, meet, definite=True)
        if (
            told_noun is None
            and not m.profile.articles
            and m.profile.joining_re.search(m.text, sent.start, sent.end)
        ):
            # without articles, the talks someone takes part in, with no counterpart of their
            # own, are those told before ("В переговорах приняли участие ...")
            told_noun = told_meeting_noun(m, sent, meet)
        reach = TOLD_NOUN_REACH if told_noun is not None else FRAME_REACH
        if (
            told_noun is not None
            and frame is not None
            and drafts[-1:] == [frame]
            and m.profile.joining_re.search(m.text, sent.start, sent.end)
        ):
            # someone takes part in "the talks" while only one meeting was told: that one
            reach = ONLY_TOLD_REACH
        recent = (
            frame
            if frame is not None and idx - max(frame.sentence.index, told_until) <= reach
            else None
        )
        if (
            recent is not None
            and recent.kind != "conference"
            and ((meet and joins_told_meeting(m, sent, meet)) or joined_them(m, sent))
        ):
            # "A and B also took part in the talks", "Later they were joined by C": they join
            # the meeting told before
            joiners = [e for e in where.entities_in(sent.start, sent.end) if e.kind == "person"]
            _join(drafts, recent, joiners)
            if (earlier := both_told(m, sent, meet, drafts, recent)) is not None:
                _join(drafts, earlier, joiners)  # "X joined both meetings"
            meet = []
        if meet:
            framed = recent.participants if recent is not None and len(parties) == 1 else None
            # "The two leaders also discussed ..." a few sentences on: the meeting told last,
            # when it is the only one told so far and nothing was told since (not "co-chaired
            # the Joint Commission. Prior to it, the two Ministers held a meeting")
            if (
                framed is None
                and frame is not None
                and drafts[-1:] == [frame]
                and len(parties) == 1
                and idx - frame.sentence.index <= GROUP_REACH
            ):
                framed_far = frame.participants
            else:
                framed_far = None
            back = told_noun
            if back is not None and (
                beside_told(m, back)
                or (recent is not None and own_counterpart(m, where, back, recent))
            ):
                back = None  # "Die Begegnung mit dem Staatsminister X": a meeting of its own
            told = recent is not None and recent.kind != "conference"
            # "Lawrow informierte die Außenminister Irans über das Treffen", "Über das Treffen
            # sprach er mit X": who is told about the meeting told before was not at it; the
            # sentence's own meeting word tells a meeting of its own
            talked_about = back is not None and told and _talked_about(m, back)
            own = [t for t in meet if t is not back] if talked_about else meet
            found, joiners = (
                meetings(
                    m, sent, own, where, protagonist, home, published, sides, framed,
                    len(parties) <= 1, counted=framed_far,
                )
                if own
                else ([], [])
            )  # fmt: skip
            found += gapped_meetings(m, sent, found, where)  # "..., am Nachmittag Karrar"
            if found and not any(p.kind == "person" for d in found for p in d.participants):
                # "Russian and Ukrainian negotiators sat across the table ... Kyiv's delegation
                # was led by X": talks of states whose heads the next sentences name
                led = led_meeting(m, sent, meet, where, published, protagonist)
                found = [led[0]] if led is not None else found
            if talked_about:
                told_until = idx
            elif back is not None and recent is not None and told:
                # "sagte Hösele nach dem Treffen": the meeting told before, not another
                seated = {p.index for p in recent.participants}
                # (of its kind, and of its status where it seats someone new: "Berichte, wonach
                # sie am Rande des Besuchs X getroffen habe, dementierte ...": another
                # meeting, denied)
                same = [
                    d
                    for d in found
                    if any(p.index in seated for p in d.participants)
                    and d.kind == recent.kind
                    # (not on another day: "Bereits am Freitag hatte er X zum Antrittsbesuch
                    # empfangen" after a meeting on Saturday)
                    and not different_days(recent, d)
                    and (
                        d.status == recent.status or all(p.index in seated for p in d.participants)
                    )
                    and not met_anew(m, d, back, seated)
                ]
                if len(same) > 1:
                    same = []  # "During the visit she met with: - A; - B": meetings of its own
                for d in same:
                    if not _told_before(drafts, d):
                        _seat(recent, d.participants)
                    if d.status == recent.status and not other_days(recent, d):
                        # "Das Treffen ... fand in Wien statt": where and when it was
                        recent.location = recent.location or d.location
                        recent.date = recent.date or d.date
                found = [d for d in found if d not in same and not one_of_told(drafts, d)]
                told_until = idx if same else told_until
            elif framed_far is not None and frame is not None:
                # "The two leaders also held talks on ...": the meeting told last, again
                seated = {p.index for p in frame.participants}
                again = [
                    d
                    for d in found
                    if d.kind == frame.kind
                    and d.status == frame.status
                    and all(p.index in seated for p in d.participants)
                ]
                for d in again:
                    if not other_days(frame, d):
                        # (a headline's meeting told again in the lead: where and when)
                        frame.location = frame.location or d.location
                        frame.date = frame.date or d.date
                found = [d for d in found if d not in again]
                # still telling it: who came along is told after this sentence ("The Prime
                # Minister was joined by ...")
                told_until = idx if again else told_until
            if not found and frame is not None and not joiners and _nobody_in(where, sent):
                # "In einem ausführlichen Gespräch ging es um ...": still it, for who came
                # along after it
                company_until = idx
            if frame is not None and frame.kind == "call":
                for d in found:
                    also_by_phone(m, sent, d)
            drafts += found
            if found and not visit_told_again(m, sent, found, frame, where):
                # (not to one told back on an earlier day: "X war bereits am Montag von Y
                # empfangen worden" leaves "die beiden Minister" to the meeting told before)
                if not told_back(m, sent, frame, found):
                    frame, told_until = found[-1], idx
                parties.update(
                    frozenset(p.index for p in d.participants)
                    for d in found
                    if len(d.participants) >= 2
                )
            elif joiners and recent is not None:
                # "The delegation comprised A and B. Envoy C also joined the talks."
                _join(drafts, recent, joiners)
            elif (
                recent is not None
                # (not past a meeting mentioned since that no one was seated at: "Berichte über
                # ein geheimes Treffen zwischen A und B. ... ein solches Treffen habe nicht
                # stattgefunden" denies that one, not the one told before it)
                and not (
                    k > 0
                    and order[k - 1] > max(recent.sentence.index, told_until)
                    and any(t.row.get("kind") == "meeting" for t in by_sentence[order[k - 1]])
                )
                and (cue := told_meeting_status(m, sent, meet, recent))
            ):
                # "The meeting was postponed": the meeting told before is off or moved
                recent.status, recent.status_cue = cue_status(cue), cue
            elif (
                recent is not None
                and back is not None
                and not m.person_index.starting_in(sent.start, sent.end)
                and cue_status(nearest_status(m, sent, back, conference=False)) == recent.status
            ):
                # "Das Treffen fand am Dienstag in Wien statt": where and when it was (a call
                # is held nowhere: "Im Zentrum des Gesprächs stand der Marktzugang in Italien")
                if recent.kind != "call":
                    recent.location = recent.location or place_after(m, sent, back.end, sent.end)
                if recent.date is None and (when := date_in(m, sent, back.end)) is not None:
                    recent.date = planned_date(recent.status, when, False, published)
                told_until = idx  # still telling it ("Im Zentrum der Unterredung standen")
            elif (
                (recent is None or len(recent.participants) < 2)
                and back is not None
                and (agreed := agreed_meeting(m, sent, back, where, published))
            ):
                # "X und Y verständigten sich in Ankara. ... bei dem Gespräch": the meeting the
                # noun refers back to is the pair's
                drafts.append(agreed)
                frame, told_until = agreed, idx
                parties.add(frozenset(p.index for p in agreed.participants))
            elif recent is not None and (
                heads := group_members(m, sent, recent.sentence, recent.participants, where)
            ):
                # "die Kommission mit Waltraud Klasnic an der Spitze": who led the group
                _seat(recent, heads)
                told_until = idx
            elif (pending := own_meeting(m, sent, meet, where, protagonist)) is not None:
                # "Sein zweites Sondierungsgespräch dauerte länger. X war mit Y zu dem Termin
                # erschienen": a meeting its owner had, its others named after it
                reach = min(len(m.sentences), idx + COMPANY_REACH + 1)
                for j in range(idx + 1, reach):
                    later = m.sentences[j]
                    if m.profile.company_re.search(m.text, later.start, later.end):
                        continue  # "Begleitet wird er von ...": his side, not whom he met
                    _seat(pending, companions(m, later, sent, pending.participants, where))
                if len(pending.participants) >= 2:
                    drafts.append(pending)
                    frame, told_until = pending, idx
            elif (led := led_meeting(m, sent, meet, where, published, protagonist)) is not None:
                # "Konsultationen fanden statt. Die Delegation wurde von X geleitet, ...": the
                # heads told after talks without names; who took part or sat opposite after
                pending, named = led
                for j in range(named.index + 1, min(len(m.sentences), idx + COMPANY_REACH + 1)):
                    _seat(pending, companions(m, m.sentences[j], sent, pending.participants, where))
                chair = m.profile.chaired_told_re.search(m.text, named.start, named.end)
                if len(pending.participants) >= 2 or (chair and delegation_party(m, sent)):
                    drafts.append(pending)  # (a delegation's roster seats the others)
                    frame, told_until = pending, named.index
        if frame is None or (frame.kind == "conference" and not bilateral_session(frame)):
            continue
        if conf and not talks and frame.sentence.index != idx:
            continue  # the text goes on to a gathering: who takes part in it is not the
            # meeting's company ("Совещание министров ... В нем приняли участие X, Y")
        if m.text[sent.start : sent.end].rstrip().endswith(":"):
            continue  # "she met with:" and a list: its items are the meetings' people
        # "Die Delegation wurde von Kardinal Y begleitet": the sentences after the meeting
        # that tell no meeting of their own may add who came along
        # (a sentence whose only meeting words are a party's own visit is no other meeting:
        # "Mr X, who arrived on Sunday, was accompanied by Y")
        nxt = k + 1
        while nxt < len(order) and party_visit(m, m.sentences[order[nxt]], frame, where):
            nxt += 1
        stop = order[nxt] if nxt < len(order) else len(m.sentences)
        last = max(frame.sentence.index, told_until)
        until = max(last, company_until) + COMPANY_REACH
        j = max(idx, told_until) + 1  # (past the sentences a led meeting read its heads in)
        while j < min(stop, until + 1):
            if j > last + COMPANY_REACH and m.in_sentence(m.trigger_index, m.sentences[j]):
                j += 1
                continue  # (reached past the talk about it: no sentence of a visit of its own)
            _seat(frame, companions(m, m.sentences[j], frame.sentence, frame.participants, where))
            if _of_the_parties(where, m.sentences[j], frame):
                # "«...», sagte Raghunathan. Begleitet wurde der Botschafter von X": the text
                # still goes on about the meeting's own people
                until = max(until, j + COMPANY_REACH)
            j += 1
    drafts = [d for d in drafts if not quoted_generic(m, d)]
    deny_told(m, drafts, frozenset(by_sentence))
    drafts = framed_visits(m, told_party_visits(drafts), FRAME_REACH)
    drafts += further_destinations(m, drafts)
    drafts = unnamed_summits(m, drafts)
    drafts += [moved for d in drafts if (moved := _moved(m, d)) is not None]
    _scopes(m, drafts)
    merged = merge_tellings(drafts, m)
    margins_places(m, merged)
    return merged


AHEAD_REACH = 60  # characters before a meeting noun where "ahead of" stands


def _ahead(m: Mentions, sent: Sentence, t: Match) -> bool:
    """A meeting noun after "ahead of" ("spoke by phone ahead of the Leaders' Meeting next
    month", "im Vorfeld des Treffens"): a later gathering, not the meeting the sentence
    tells (no comma between)."""
    if t.row.get("pos") != "noun":
        return False
    lo = max(sent.start, t.start - AHEAD_REACH)
    found = list(m.profile.ahead_of_re.finditer(m.text, lo, t.start))
    return bool(found) and "," not in m.text[found[-1].end() : t.start]


def _talked_about(m: Mentions, noun: Match) -> bool:
    """The meeting noun is what someone talks or informs about: a topic preposition right
    before its determiner ("über das Treffen", "about the talks")."""
    before = m.text[max(0, noun.start - 30) : noun.start].split()
    return len(before) >= 2 and before[-2].lower() in m.profile.topic_prepositions


def _moved(m: Mentions, d: EventDraft) -> EventDraft | None:
    """A meeting postponed to a date the text gives is also planned for that date."""
    cue, new = d.postponed, d.new_date(m)
    if cue is None or new is None:
        return None
    # a new date told in the sentence after the cue's ("... verschoben. Es soll im Mai in Bern
    # nachgeholt werden", ``EventDraft.rescheduled_in``): the place that sentence names
    told = m.sentence_of(new.start)
    again = told.index != m.sentence_of(cue.start).index
    place = (place_after(m, told, told.start, told.end) if again else None) or d.location
    return EventDraft(
        d.kind, "planned", list(d.participants), d.sentence, d.trigger, place, new,
        d.name, mode_hint=d.mode_hint,
    )  # fmt: skip


def _scopes(m: Mentions, drafts: list[EventDraft]) -> None:
    """What each meeting's discussion covers: its sentence, the rest of its paragraph, and
    later sentences that refer back to its parties ("Beide Seiten", "his counterpart"),
    up to the next meeting."""
    starts = sorted({d.sentence.index for d in drafts if d.kind != "conference"})
    back_refs = {
        m.sentence_of(a.start).index
        for a in m.anaphora
        if a.row.get("type") in ("both", "counterpart")
    }
    for d in drafts:
        if d.kind == "conference":
            d.scope = [d.sentence]
            continue
        i = bisect.bisect_right(starts, d.sentence.index)
        stop = starts[i] if i < len(starts) else len(m.sentences)
        d.scope = [
            s
            for s in m.sentences[d.sentence.index : stop]
            if s.paragraph == d.sentence.paragraph or s.index in back_refs
        ]


def _office_of(m: Mentions, t: Match) -> bool:
    """The gathering's word names the body of an office before it ("frühere Vorsitzende der
    Uno-Vollversammlung", "President of the General Assembly") or after it ("Forum
    Secretariat"): a title or a standing body, no gathering."""
    if m.profile.office_after_re.match(m.text, t.end) is not None:
        return True  # "Forum Secretary General", "the Forum Chair": a standing body's office
    return bool(m.profile.office_of_re.search(m.text, max(0, t.start - OFFICE_REACH), t.start))


def _told_before(drafts: list[EventDraft], d: EventDraft) -> bool:
    """A meeting told before has all of ``d``'s people: "nach dem Treffen mit Zarif" is that
    one, not the one told last ("traf er Zarif. Am Dienstag wird er von Rohani empfangen.
    ... sagte er nach dem Treffen mit Zarif")."""
    people = {p.index for p in d.participants}
    return any(o.kind == d.kind and people <= {p.index for p in o.participants} for o in drafts)


def _seat(draft: EventDraft, people: list[PersonEntity]) -> None:
    """Add ``people`` not yet at the draft's table, up to ``MAX_ROSTER``."""
    new = [p for p in people if p not in draft.participants]
    draft.participants += new[: max(0, MAX_ROSTER - len(draft.participants))]


def _of_the_parties(where: EntityPositions, sent: Sentence, d: EventDraft) -> bool:
    """The sentence names someone, and only people seated at ``d``."""
    named = {e.index for e in where.entities_in(sent.start, sent.end) if e.kind == "person"}
    return bool(named) and named <= {p.index for p in d.participants}


def _nobody_in(where: EntityPositions, sent: Sentence) -> bool:
    return not any(e.kind == "person" for e in where.entities_in(sent.start, sent.end))


def _join(drafts: list[EventDraft], recent: EventDraft, joiners: list[PersonEntity]) -> None:
    """``joiners`` take part in the meeting told last, and in the earlier tellings of it (the
    same parties: "Modi received Abe. The two leaders held talks. Swaraj was also present at
    the meeting"), so that the tellings stay one meeting."""
    before = frozenset(p.index for p in recent.participants)
    for d in [*drafts, recent]:
        if d is recent or (
            d.kind == recent.kind
            and d.status == recent.status
            and frozenset(p.index for p in d.participants) == before
        ):
            d.participants += [p for p in joiners if p not in d.participants]
