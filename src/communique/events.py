"""Events: meetings, calls and conferences assembled from the mentions of one document.

A sentence with a meeting or call trigger and at least two participants makes one event
(the document's protagonist joins "talks with X" when the text leaves the subject implicit);
each conference noun ("Gipfeltreffen", "summit", "Forum") makes its own event with the name,
place and date of its clause. Status comes from the cues nearest the trigger, the place from
"in <place>" in the sentence or the document's meeting place, topics from the sentences that
discuss the event.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from communique.actors import EntityPositions, PersonEntity
from communique.clauses import SentenceClauses
from communique.lang.profile import words
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.record import STATUSES
from communique.sentences import Sentence

if TYPE_CHECKING:
    from communique.dates import DateMention
    from communique.knowledge import PlaceMatch
    from communique.lang.profile import LanguageProfile
    from communique.record import EventKind, Status

# A roster has a sane size: a sentence naming more people than this is a list, not a meeting.
MAX_ROSTER = 30
# "the summit" refers back to one of the last conferences named, not to any in a long text
_CONFERENCE_LOOKBACK = 50

PRONOUN_REACH = 3  # sentences back where a pronoun's referent was named
NEW_DATE_BEFORE_CUE = 12  # "auf den 5. März verschoben": the new date right before the cue

# How far, in characters, words bind to a trigger or a place:
CUE_BEFORE = 80  # a status cue before its trigger ("geplante ... Treffen")
CUE_AFTER = 60  # a status cue after a meeting trigger ("talks will be held")
CUE_AFTER_CONFERENCE = 120  # after a conference noun, often listed ("die stattfinden sollen")
CUE_AFTER_VERB_LAST = 200  # cancellations and denials, verb-final in German ("wurde abgesagt")
PREPOSITION_BEFORE_PLACE = 12  # "in (der) Brüssel"
STATE_AFTER_TRIGGER = 120  # "talks ... in Kazakhstan": a state as venue
TOPIC_BEFORE_STATE = 40  # "die Lage in Syrien": what precedes a state
DATELINE_WITHIN = 160  # a dateline opens the text
DATELINE_TAIL = 14  # "BRUSSELS (Reuters) -": what follows the dateline's city
NAME_BEFORE_TRIGGER = 80  # a conference name's modifiers before its noun
NAME_AFTER_TRIGGER = 120  # and its complements after it
STATE_AFTER_NAME = 15  # "Gipfel in Wales": a state right after the name
PLACE_AFTER_TRIGGER = 8  # "die Treffen in Brüssel": the document's meeting place


@dataclass(slots=True)
class EventDraft:
    kind: EventKind
    status: Status
    participants: list[PersonEntity]
    sentence: Sentence
    trigger: Match
    location: PlaceMatch | None = None
    date: DateMention | None = None
    name: tuple[int, int] | None = None
    scope: list[Sentence] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    status_cue: Match | None = None
    mode_hint: str | None = None

    @property
    def postponed(self) -> Match | None:
        """The cue of a cancellation that only moves the meeting ("verschoben")."""
        cue = self.status_cue
        if self.status == "cancelled" and cue is not None and cue.row.get("detail") == "postponed":
            return cue
        return None

    def new_date(self, m: Mentions) -> DateMention | None:
        """Where a postponed meeting goes: a date after its cue in the sentence."""
        cue = self.postponed
        if cue is None:
            return None
        later = m.date_index.starting_in(cue.end, self.sentence.end)
        before = m.date_index.starting_in(self.sentence.start, cue.start)
        # "auf den 5. März verschoben": the new date may also stand right before the cue
        near = [d for d in before if 0 <= cue.start - d.end <= NEW_DATE_BEFORE_CUE]
        found = [*later, *near]
        return found[0] if found else None


def _in_sentence(start: int, sent: Sentence) -> bool:
    return sent.start <= start < sent.end


def find_protagonist(m: Mentions, entities: list[PersonEntity]) -> PersonEntity | None:
    """The person the document is about: named early, named again or titled."""
    if not entities or not m.sentences:
        return None
    early_end = m.sentences[min(2, len(m.sentences) - 1)].end
    ranked = sorted(entities, key=lambda e: e.first_start)
    for ent in ranked:
        if ent.first_start > early_end:
            break
        if len(ent.spans()) >= 2 or ent.role is not None:
            return ent
    return None


def _persons_in(where: EntityPositions, sent: Sentence) -> list[tuple[int, PersonEntity]]:
    """The persons mentioned in a sentence with their first position there, in order (equal
    positions in the document's entity order)."""
    first: dict[int, tuple[int, PersonEntity]] = {}
    for s, _, ent in where.spans_in(sent.start, sent.end):
        first.setdefault(ent.index, (s, ent))
    return list(first.values())


def _nearest_status(m: Mentions, sent: Sentence, trig: Match, *, conference: bool) -> Match | None:
    """The status cue bound to a trigger: in its clause, close to it. Cues after a meeting
    trigger must follow it directly ("talks will be held", "Treffen wurde abgesagt");
    conferences, often listed after "die stattfinden sollen, wie ...", reach further."""
    best: Match | None = None
    best_d = 10**9
    best_rank = -1
    for c in m.in_sentence(m.status_index, sent):
        if c.end <= trig.start:
            gap = m.text[c.end : trig.start]
            if len(gap) > CUE_BEFORE or re.search(r"[;:]|\s[–—-]\s", gap):
                continue
            if not conference and "," in gap:
                continue
        elif c.start >= trig.end:
            gap = m.text[trig.end : c.start]
            limit = CUE_AFTER_CONFERENCE if conference else CUE_AFTER
            if c.row.get("status") in ("cancelled", "denied"):
                limit = CUE_AFTER_VERB_LAST  # "Das Treffen ... wurde abgesagt"
            if len(gap) > limit or re.search(r"[;:]|\s[–—-]\s", gap):
                continue
            if not conference and m.profile.relative_clause_re.search(gap):
                continue
        else:
            gap = ""
        # a cancellation or denial outranks a plan in the same clause ("called off a planned
        # meeting"); among equals the nearest cue wins
        rank = _STATUS_RANK.get(c.row.get("status"), 0)
        if rank > best_rank or (rank == best_rank and len(gap) < best_d):
            best, best_d, best_rank = c, len(gap), rank
    return best


_STATUS_RANK = {"denied": 3, "cancelled": 2, "planned": 1, "occurred": 0}


def _infinitive(m: Mentions, trig: Match) -> bool:
    """A meeting verb in the infinitive ("prepared to meet", "um ... zu treffen") is not yet
    a meeting that took place."""
    if trig.row.get("pos") != "verb":
        return False
    return bool(m.profile.infinitive_re.search(m.text[max(0, trig.start - 4) : trig.start]))


def _place_after(
    m: Mentions, sent: Sentence, start: int, stop: int, kinds: tuple[str, ...] = ("city", "state")
) -> PlaceMatch | None:
    """The first place in ``start:stop`` introduced by a locative preposition ("in Brüssel")."""
    for p in m.place_index.starting_in(start, stop):
        if (p.kind in kinds or _venue(p)) and m.profile.place_preposition_re.search(
            m.text[max(sent.start, p.start - PREPOSITION_BEFORE_PLACE) : p.start]
        ):
            return p
    return None


def _place_before_noun(m: Mentions, trigs: list[Match]) -> PlaceMatch | None:
    """A place naming the talks: "the Downing Street talks", "the Geneva talks"."""
    for t in trigs:
        if t.row.get("pos") != "noun":
            continue
        for p in m.place_index.overlapping(t.start - 2, t.start + 1):
            if (p.kind == "city" or _venue(p)) and 0 <= t.start - p.end <= 1:
                return p
    return None


def _venue(p: PlaceMatch) -> bool:
    """A named meeting place: "im Kreml", "at the White House", "in Camp David"."""
    return p.kind == "venue" or (p.kind == "org" and p.lat is not None)


def _venue_state(m: Mentions, sent: Sentence, trig: Match) -> PlaceMatch | None:
    for p in m.place_index.starting_in(trig.end, min(sent.end, trig.end + STATE_AFTER_TRIGGER)):
        if p.kind != "state":
            continue
        before = m.text[max(sent.start, p.start - TOPIC_BEFORE_STATE) : p.start]
        if not m.profile.place_preposition_re.search(before[-PREPOSITION_BEFORE_PLACE:]):
            continue
        if m.profile.topic_before_re.search(before):
            return None
        return p
    return None


def _date_in(m: Mentions, sent: Sentence, near: int) -> DateMention | None:
    ds = m.in_sentence(m.date_index, sent)
    if not ds:
        return None
    return min(ds, key=lambda d: abs(d.start - near))


def document_place(m: Mentions) -> PlaceMatch | None:
    """Where the document's meetings took place: a dateline ("Wien –", "BRUSSELS (Reuters) -")
    or a place named right after a meeting word ("die Treffen in Brüssel")."""
    first = m.sentences[0] if m.sentences else None
    for p in m.places:
        if p.kind != "city":
            continue
        tail = m.text[p.end : p.end + DATELINE_TAIL]
        dateline = (
            first is not None
            and p.start - first.start < DATELINE_WITHIN
            and re.match(r"\s*(?:\(|–|—|-\s)", tail)
            and (p.start == 0 or (m.text[p.start - 1] in "\n.\t " and _starts_line(m, p.start)))
        )
        if dateline:
            return p
    for t in m.triggers:
        if t.row.get("kind") == "conference":
            continue
        for p in m.place_index.starting_in(t.end + 1, t.end + PLACE_AFTER_TRIGGER + 1):
            if (
                (p.kind == "city" or _venue(p))
                and 0 < p.start - t.end <= 8
                and m.profile.place_preposition_re.search(m.text[t.end : p.start])
            ):
                return p
    return None


def _starts_line(m: Mentions, pos: int) -> bool:
    sent = m.sentence_of(pos)
    head = m.text[sent.start : pos]
    return len(head) < 80 and not re.search(r"[.!?]\s", head)


def _tail_end(profile: LanguageProfile, text: str, start: int, stop: int) -> int:
    """End of a conference name's complement: function words, capitalised words and
    adjectives; the first other lower-case word (a verb, usually) ends it."""
    end = start
    for w in re.finditer(r"\S+", text[start:stop]):
        tok = w.group().strip('"“”„»«')
        if not tok:
            break
        if tok.lower() in profile.name_link_words or tok[0].isupper() or tok[0].isdigit():
            end = start + w.end()
            continue
        lower = tok.islower() and tok.replace("-", "").isalpha()
        if (
            lower
            and "-" not in tok
            and tok.endswith(profile.adjective_endings)
            and not text[start + w.end() :].startswith(" ")
        ):
            break
        if lower and tok.endswith(profile.name_adjective_suffixes):
            end = start + w.end()
            continue
        break
    # a name does not end in a function word
    while True:
        words = text[start:end].split()
        if words and words[-1].lower() in profile.name_link_words:
            end = start + text[start:end].rstrip().rfind(words[-1])
            end = start + len(text[start:end].rstrip())
            continue
        return end


def _conference_name(m: Mentions, sent: Sentence, trig: Match, stop: int) -> tuple[int, int]:
    """The noun phrase of a conference: article and modifiers before the trigger, genitive,
    "between" or "of" complements after it, up to a place, a verb, a comma or the next item."""
    text = m.text
    profile = m.profile
    start = trig.start
    base = max(sent.start, trig.start - NAME_BEFORE_TRIGGER)
    words = list(re.finditer(r"[\w.–-]+|[^\w\s]", text[base : trig.start]))
    for w in reversed(words[-6:]):
        tok = w.group()
        if not (tok[0].isalnum()):
            break
        low = tok.lower()
        if low in profile.articles or low in profile.determiners:
            start = base + w.start()
            break
        if tok[0].isupper() or tok[0].isdigit() or low.endswith(profile.name_modifier_endings):
            start = base + w.start()
            continue
        break
    tail = text[trig.end : stop]
    cut = profile.name_stop_re.search(tail)
    end = trig.end + (cut.start() if cut else len(tail))
    end = min(end, trig.end + NAME_AFTER_TRIGGER, _tail_end(profile, text, trig.end, end))
    while end > trig.end and text[end - 1].isspace():
        end -= 1
    return start, end


def assemble(
    m: Mentions,
    entities: list[PersonEntity],
    published: dt.date | None,
) -> list[EventDraft]:
    protagonist = find_protagonist(m, entities)
    where = EntityPositions(entities)
    drafts: list[EventDraft] = []
    by_sentence: dict[int, list[Match]] = {}
    for t in m.triggers:
        by_sentence.setdefault(m.sentence_of(t.start).index, []).append(t)
    home = document_place(m)
    for idx in sorted(by_sentence):
        m.deadline.check("events")
        sent = m.sentences[idx]
        trigs = sorted(by_sentence[idx], key=lambda t: t.start)
        conf = [t for t in trigs if t.row.get("kind") == "conference"]
        meet = [t for t in trigs if t.row.get("kind") != "conference"]
        previous: EventDraft | None = None
        for i, t in enumerate(conf):
            nxt = conf[i + 1].start if i + 1 < len(conf) else sent.end
            d = _conference(m, sent, t, nxt, where, published)
            if d.location is None and d.status == "occurred":
                d.location = home  # reported from the summit: the dateline's city
            if d.status_cue is None and previous is not None:
                d.status = previous.status  # items of one list share the list's status
            drafts.append(d)
            previous = d
        if meet:
            drafts += _meeting(m, sent, meet, where, protagonist, home, published)
    drafts += [moved for d in drafts if (moved := _moved(m, d)) is not None]
    _scopes(m, drafts)
    return _merge(drafts, m)


def _moved(m: Mentions, d: EventDraft) -> EventDraft | None:
    """A meeting postponed to a date the text gives is also planned for that date."""
    new = d.new_date(m)
    if new is None:
        return None
    return EventDraft(
        d.kind, "planned", list(d.participants), d.sentence, d.trigger, d.location, new,
        d.name, mode_hint=d.mode_hint,
    )  # fmt: skip


def _conference(
    m: Mentions,
    sent: Sentence,
    t: Match,
    stop: int,
    where: EntityPositions,
    published: dt.date | None,
) -> EventDraft:
    name = _conference_name(m, sent, t, stop)
    # a city in the clause, or a state right after the name ("Gipfel in Wales"); a state
    # further on is usually the subject ("Außenministertreffen ... zur Lage in Syrien")
    place = _place_after(m, sent, t.end, stop, ("city",)) or _place_after(
        m, sent, name[1], min(stop, name[1] + STATE_AFTER_NAME), ("state",)
    )
    date = _date_in(m, sent, t.start)
    cue = _nearest_status(m, sent, t, conference=True)
    status = _date_status(_cue_status(cue), date, published)
    people = [e for _, e in _persons_in(where, sent)]
    if len(people) > MAX_ROSTER:
        people = []  # a list of names, none of them shown to attend
    return EventDraft("conference", status, people, sent, t, place, date, name, status_cue=cue)


def _meeting(
    m: Mentions,
    sent: Sentence,
    trigs: list[Match],
    where: EntityPositions,
    protagonist: PersonEntity | None,
    home: PlaceMatch | None,
    published: dt.date | None,
) -> list[EventDraft]:
    persons = _persons_in(where, sent)
    if len(persons) > MAX_ROSTER:
        return []  # a list of names is a list, not a meeting
    clauses = SentenceClauses(m, sent, m.tagger)
    kept = {e.index for x in trigs for _, e in clauses.arguments(x, persons)}
    persons = [(pos, e) for pos, e in persons if e.index in kept]
    for x in trigs:
        # "He met with Lao President Vorachit": the pronoun is the person the text is about
        at = clauses.pronoun_subject(x)
        if at is None:
            continue
        named = _pronoun_referent(m, where, at, {e.index for _, e in persons}, protagonist)
        if named is not None:
            persons.insert(0, (at, named))
        break
    t = trigs[0]
    with_re = m.profile.with_re
    with_after = any(with_re.match(m.text, x.end + 1) for x in trigs)
    if not with_after and not any(x.row.get("strength") == "strong" for x in trigs):
        # with a weak trigger ("Besuch", "talks"), whoever only reports ("betonte Lawrow")
        # is not shown to take part
        here = where.spans_in(sent.start, sent.end)
        persons = [
            (pos, e)
            for pos, e in persons
            if not _reporting(m, [(s, x) for s, x, o in here if o is e], sent)
        ]
    people = [e for _, e in persons]
    kinds = [x.row.get("kind") for x in trigs]
    kind: EventKind = "call" if "call" in kinds else "meeting"
    if protagonist is not None and protagonist not in people and people:
        # "Die Gespräche mit X ...", "During the meeting with X": the named people are the
        # counterparts of an unnamed subject, the document's protagonist
        first_pos = persons[0][0]
        between = m.text[t.start : first_pos] if first_pos > t.start else ""
        if between and with_re.search(between):
            people.insert(0, protagonist)
            persons.insert(0, (-1, protagonist))
    if len(people) < 2:
        return []
    if not any(_political(p) for p in people) and not _political_sentence(m, sent):
        return []  # athletes "meeting" in a draw, managers in talks: not diplomacy
    cue = None
    for x in trigs:
        found = _nearest_status(m, sent, x, conference=False)
        if (
            found is not None
            and found.row.get("status") == "planned"
            and found.start > x.end
            and m.profile.past_meeting_re.match(x.text)
        ):
            continue  # "held talks ... over government plans to": the talks took place
        cue = cue or found
    date = _date_in(m, sent, t.start)
    status = _cue_status(cue)
    if status == "occurred" and any(_infinitive(m, x) for x in trigs):
        status = "planned"
    status = _date_status(status, date, published)
    # a city anywhere in the sentence, a state after the trigger unless it is what was
    # discussed ("Fragen der Sicherheit in Zentralasien", "the situation in Syria")
    place = (
        _place_after(m, sent, sent.start, sent.end, ("city",))
        or _venue_state(m, sent, t)
        or _place_before_noun(m, trigs)
    )
    if place is None and status == "occurred":
        place = home
    mode = "visit" if "visit" in kinds else ("phone" if kind == "call" else None)
    return [
        EventDraft(kind, status, group, sent, t, place, date, None, status_cue=cue, mode_hint=mode)
        for group in _counterpart_groups(m, persons, t)
    ]


def _counterpart_groups(
    m: Mentions, persons: list[tuple[int, PersonEntity]], trig: Match
) -> list[list[PersonEntity]]:
    """One subject meeting several counterparts ("Kerry traf mit Schukri und anschließend mit
    al-Sisi zusammen", "talks with Chancellor Merkel and President Gauck"): the text does not
    say they met together, so each counterpart is a meeting of its own; otherwise one."""
    people = [e for _, e in persons]
    found = m.profile.with_re.search(m.text, trig.start, m.sentence_of(trig.start).end)
    if found is None:
        return [people]
    subject = [e for pos, e in persons if pos < found.start()]
    counterparts = [e for pos, e in persons if pos >= found.end()]
    if len(subject) != 1 or len(counterparts) < 2:
        return [people]
    return [[subject[0], other] for other in counterparts]


def _pronoun_referent(
    m: Mentions,
    where: EntityPositions,
    at: int,
    taken: set[int],
    protagonist: PersonEntity | None,
) -> PersonEntity | None:
    """The person a subject pronoun refers to: the document's protagonist when it was named
    in the last few sentences, else the person named last before the pronoun."""
    sent = m.sentence_of(at)
    back = m.sentences[max(0, sent.index - PRONOUN_REACH)].start
    recent = [e for _, _, e in where.spans_in(back, at) if e.index not in taken]
    if not recent:
        # nobody named lately (a run of quoted sentences): the person the text is about
        if protagonist is not None and protagonist.index not in taken:
            return protagonist if protagonist.first_start < at else None
        return None
    if protagonist is not None and any(e is protagonist for e in recent):
        return protagonist
    return recent[-1]


def _reporting(m: Mentions, spans: list[tuple[int, int]], sent: Sentence) -> bool:
    """Every mention of the person in the sentence (``spans``) stands next to a speech verb."""
    speech = [(c.start, c.end) for c in m.in_sentence(m.speech_index, sent)]
    if not spans or not speech:
        return False
    return all(any(-3 <= s - ce <= 3 or -3 <= cs - e <= 3 for cs, ce in speech) for s, e in spans)


_POLITICAL_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY", "PTY", "IGO"})


def _political(ent: PersonEntity) -> bool:
    """Someone the text presents as holding public office or speaking for a state."""
    return bool(ent.affiliation) or (ent.role is not None and ent.sector in _POLITICAL_SECTORS)


# PLOVER contexts of politics: a sentence about one of these is about public affairs
POLITICAL_CONTEXTS = frozenset(
    words(
        "military intelligence executive legislative election political_institutions "
        "pro_democracy pro_autocracy reparations human_rights rights_freedoms repression "
        "diplomatic territory peacekeeping asylum migration terrorism cbrn"
    )
)


def _political_sentence(m: Mentions, sent: Sentence) -> bool:
    """A state or an organisation named in the sentence ("The Kremlin denied ..."), or a
    political subject discussed ("over government plans to hold terror suspects")."""
    if any(p.kind in ("state", "org") for p in m.in_sentence(m.place_index, sent)):
        return True
    return any(
        hit.row.get("context") in POLITICAL_CONTEXTS
        for hit in m.topics.finditer(m.text, sent.start, sent.end)
    )


def _cue_status(cue: Match | None) -> Status:
    """The status a cue says (its table allows only statuses), "occurred" without one."""
    value = cue.row.get("status") if cue is not None else ""
    return value if value in STATUSES else "occurred"


def _date_status(status: Status, date: DateMention | None, published: dt.date | None) -> Status:
    if status != "occurred" or date is None or published is None or not date.value_start:
        return status
    start = date.value_start
    if start > published.isoformat()[: len(start)]:
        return "planned"
    return status


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


def conference_key(m: Mentions, d: EventDraft) -> frozenset[str]:
    """What distinguishes one conference from another: the capitalised words and acronyms of
    its name besides the trigger ("EU", "G8", "World Economic"), and its place."""
    words: set[str] = set()
    if d.name is not None:
        for w in re.findall(r"[\w]+", m.text[d.name[0] : d.name[1]]):
            if w.lower() in m.profile.generic_name_words or not w[0].isupper():
                continue
            if d.trigger.start <= d.name[0] + m.text[d.name[0] : d.name[1]].find(w) < d.trigger.end:
                # inside the trigger word itself: keep only a compound's qualifier ("EU-Gipfel")
                if "-" in d.trigger.text and w != d.trigger.text.split("-")[-1]:
                    words.add(w.lower())
                continue
            words.add(w.lower())
    if d.location is not None:
        words.add(f"@{d.location.key}")
    return frozenset(words)


def _merge(drafts: list[EventDraft], m: Mentions) -> list[EventDraft]:
    """One event per real meeting: the same participants, or the same conference named
    again ("the summit", "der Gipfel" refer back to the last one named)."""
    out: list[EventDraft] = []
    keys: dict[int, frozenset[str]] = {}
    conferences: list[EventDraft] = []
    meetings: dict[tuple[str, str, frozenset[int]], EventDraft] = {}
    scopes: dict[int, dict[int, Sentence]] = {}  # merged meetings: their sentences by index
    for d in drafts:
        if d.kind == "conference":
            key = conference_key(m, d)
            twin = None
            for o in reversed(conferences[-_CONFERENCE_LOOKBACK:]):
                okey = keys[id(o)]
                places, oplaces = {k for k in key if k[0] == "@"}, {k for k in okey if k[0] == "@"}
                if places and oplaces and not places & oplaces:
                    continue  # held in different places: different gatherings
                if d.status_cue is not None and d.status != o.status:
                    continue  # "the next summit" after "the summit": another gathering
                if not key or not okey or key & okey:
                    twin = o
                    break
            if twin is None:
                keys[id(d)] = key
                out.append(d)
                conferences.append(d)
                continue
            keys[id(twin)] = keys[id(twin)] | key
            if not conference_key(m, twin) - {k for k in keys[id(twin)] if k.startswith("@")}:
                twin.name = d.name or twin.name  # prefer a name that says which gathering
            present = {p.index for p in twin.participants}
            room = MAX_ROSTER - len(twin.participants)
            twin.participants += [p for p in d.participants if p.index not in present][:room]
        else:
            pkey = (d.kind, d.status, frozenset(p.index for p in d.participants))
            twin = meetings.get(pkey)
            if twin is None:
                meetings[pkey] = d
                out.append(d)
                continue
            scopes.setdefault(id(twin), {s.index: s for s in twin.scope}).update(
                (s.index, s) for s in d.scope
            )
        twin.location = twin.location or d.location
        twin.date = twin.date or d.date
    for d in out:
        if id(d) in scopes:
            d.scope = [scopes[id(d)][k] for k in sorted(scopes[id(d)])]
    return out
