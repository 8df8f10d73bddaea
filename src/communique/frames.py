"""Frames: a meeting told over several sentences.

A meeting opens a frame; a later sentence whose meeting word has a group reference for its
parties ("die beiden Minister setzten ihre Beratungen telefonisch fort", "the two leaders
agreed to meet again") is about the same people, so they are its participants. Someone who
joins "the talks" is added in ``events``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from communique.event_places import in_relative_clause
from communique.event_status import nearest_status

GROUP_REACH = 4  # sentences back where the people of a numbered group were named
VISIT_TOLD_REACH = 2  # sentences after a meeting where its party's visit is told again
MARGINS_REACH = 8  # sentences back where the gathering a meeting is held beside was told
GROUP_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "PTY", "IGO"})


if TYPE_CHECKING:
    from communique.actors import EntityPositions, PersonEntity
    from communique.clauses import SentenceClauses
    from communique.drafts import EventDraft
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.sentences import Sentence


NEGATION_REACH = 20  # characters before a word of joining where its negation stands


def joins_told_meeting(m: Mentions, sent: Sentence, trigs: list[Match]) -> bool:
    """Someone joins a meeting told before: a word of joining ("also joined the talks",
    "nahm an dem Treffen teil") and a meeting noun that refers back ("the talks", "bei dem
    Treffen", "these negotiations"; in a language without articles any meeting noun that
    names no counterpart: "В переговорах также приняли участие ...")."""
    # (not a word of joining negated: "X war bei diesem Treffen nicht dabei", "did not join")
    hits = [
        hit
        for hit in m.profile.joining_re.finditer(m.text, sent.start, sent.end)
        if not _negated(m, sent, hit.start())
    ]
    # one about a meeting joins it: "Auf ein Gespräch folgte ein Arbeitsmittagessen, zu dem
    # X und Y hinzukamen"
    if any(_of_meeting(m, sent, hit.start()) for hit in hits):
        return True
    # (not a relative clause's: "X, der Y auf der Reise begleitet, unterzeichnete mit Z")
    if all(in_relative_clause(m, sent, hit.start()) for hit in hits):
        return False
    return told_meeting_noun(m, sent, trigs) is not None


def _negated(m: Mentions, sent: Sentence, pos: int) -> bool:
    """A negation among the two words before ``pos`` in its sentence ("nicht dabei", "did
    not join", "не участвовал")."""
    before = m.text[max(sent.start, pos - NEGATION_REACH) : pos].split()[-2:]
    return any(w.lower() in m.profile.negation_words for w in before)


def _of_meeting(m: Mentions, sent: Sentence, pos: int) -> bool:
    """``pos`` stands in a relative clause that hangs on a meeting noun ("ein
    Arbeitsmittagessen, zu dem X und Y hinzukamen", "a working lunch, which X joined")."""
    words = m.profile.relative_words | set(m.profile.relative_pronouns)
    opening = None
    for c in re.finditer(r",\s+(?:(\w+)\s+)?(\w+)\b", m.text[sent.start : pos]):
        first, second = (c.group(1) or "").lower(), c.group(2).lower()
        if second in words and (not first or first in m.profile.prepositions):
            opening = sent.start + c.start()
    if opening is None:
        return False
    return any(
        t.row.get("pos") == "noun" and t.row.get("kind") != "conference"
        for t in m.trigger_index.overlapping(opening - 2, opening)
    )


def gathering_joiners(m: Mentions, where: EntityPositions, index: int) -> list[PersonEntity]:
    """Who took part in the gathering just told, in the sentence at ``index`` of no event of
    its own ("Совещание министров ... В нем приняли участие X, Y"), or who chaired it ("It
    was co-chaired by X and Y")."""
    if index >= len(m.sentences):
        return []
    after = m.sentences[index]
    if not joined_told(m, after) and not chaired_opening(m, after):
        return []
    return [e for e in where.entities_in(after.start, after.end) if e.kind == "person"]


def joined_told(m: Mentions, sent: Sentence) -> bool:
    """A sentence of taking part in what was told before, by its word of joining among its
    first words ("В нем приняли участие X и Y", "Daran nahmen X und Y teil", "It was attended
    by X"), not negated."""
    hit = m.profile.joining_re.search(m.text, sent.start, sent.end)
    delegation = m.profile.delegation_word_re
    return (
        hit is not None
        and len(m.text[sent.start : hit.start()].split()) <= JOINED_OPENING
        and not _negated(m, sent, hit.start())
        # (not a delegation's members: "В состав делегации вошли X и Y")
        and (delegation is None or delegation.search(m.text, sent.start, sent.end) is None)
    )


JOINED_OPENING = 3  # words before a word of joining that opens a sentence


def joined_them(m: Mentions, sent: Sentence) -> bool:
    """The parties told before, by a pronoun or group, are joined by someone ("Later they
    were joined by X", "Später stieß X zu ihnen")."""
    found = m.profile.joined_them_re
    return found is not None and found.search(m.text, sent.start, sent.end) is not None


def chaired_opening(m: Mentions, sent: Sentence) -> bool:
    """The sentence opens (one word before at most) by saying who chaired or hosted the
    meeting told before ("Встречу провела X", "The meeting was chaired by X", "Das Treffen
    leitete X")."""
    found = m.profile.chaired_told_re.search(m.text, sent.start, sent.end)
    return found is not None and len(m.text[sent.start : found.start()].split()) <= 1


# a numbered session ("16th", "5.", "5-е", "14-й") and a body's name after the noun
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th|\.|-?[а-яё]{1,3})")
_OF_NAMED = re.compile(r"\s+of\s+the\s+[A-Z]")


def told_meeting_noun(
    m: Mentions, sent: Sentence, trigs: list[Match], *, definite: bool = False
) -> Match | None:
    """A meeting noun of the sentence that refers back to a meeting told before ("the
    talks", "bei dem Treffen", "these negotiations"; without articles, one that names no
    counterpart, unless ``definite`` asks for a determiner that says so)."""
    determiners = m.profile.definite_determiners
    for t in trigs:
        if t.row.get("pos") != "noun":
            continue
        before = m.text[max(0, t.start - 30) : t.start].split()
        if before and before[-1].lower() in m.profile.earlier_words:
            continue  # "the previous talks", "die vorigen Gespräche": an earlier meeting
        if before and _NUMBERED.fullmatch(before[-1]):
            continue  # "the 16th meeting of the ... Mechanism", "die 5. Sitzung": one of a series
        if not m.profile.nouns_capitalised and _OF_NAMED.match(m.text, t.end):
            continue  # "the meeting of the Consultation Mechanism": a body's own session
        if before and (
            before[-1].lower() in determiners or before[-1].lower() in m.profile.both_words
        ):
            return t
        # an adjective between ("dem ersten Gespräch"; in German, which capitalises nouns,
        # two lower-case words: "bei dem rund zweistündigen Gespräch"); not a noun of its own
        # ("hatte der Ministerpräsident per Videokonferenz")
        if (
            len(before) >= 2
            and before[-2].lower() in determiners
            and not (m.profile.nouns_capitalised and before[-1][:1].isupper())
            # (not a title, the subject: "the Minister paid a courtesy call on X")
            and not m.role_index.overlapping(t.start - 1 - len(before[-1]), t.start - 1)
        ):
            return t
        if (
            m.profile.nouns_capitalised
            and len(before) >= 3
            and before[-3].lower() in determiners
            and before[-2].islower()
            and before[-1].islower()
        ):
            return t
        if definite or m.profile.articles:
            continue
        after = m.text[t.end : min(sent.end, t.end + 30)].split()[:2]
        # (a with of a side is no counterpart: "В переговорах с кыргызской стороны")
        if not any(m.profile.with_re.fullmatch(w) for w in after) or (
            m.profile.with_side_re.match(m.text, t.end + 1)
        ):
            return t
    return None


def told_meeting_status(
    m: Mentions, sent: Sentence, trigs: list[Match], told: EventDraft
) -> Match | None:
    """A sentence that names nobody but calls the meeting told before off or moves it ("The
    meeting was postponed", "Das Treffen wurde abgesagt"): the cue that changes its status."""
    noun = told_meeting_noun(m, sent, trigs)
    if noun is None:
        return None
    cue = nearest_status(m, sent, noun, conference=False)
    if cue is None or cue.row.get("status") not in ("cancelled", "denied"):
        return None
    if cue.row.get("detail") != "refers_back" and m.person_index.starting_in(sent.start, sent.end):
        # (a sentence that names people tells its own meeting; "such a meeting" refers back
        # whoever says it: "„Ein solches Treffen hat es nie gegeben“, sagte Sprecherin X")
        return None
    # a plan called off or denied; what was told as held, only by a denial that refers back
    # to it ("X traf Y. Ein solches Treffen habe es nicht gegeben, sagte ein Sprecher.")
    if told.status != "planned" and cue.row.get("detail") != "refers_back":
        return None
    return cue


def group_referents(
    m: Mentions,
    sent: Sentence,
    trigs: list[Match],
    clauses: SentenceClauses,
    framed: list[PersonEntity],
    present: frozenset[int] = frozenset(),
    *,
    counted_only: bool = False,
) -> list[tuple[int, PersonEntity]]:
    """The parties of the meeting told before (``framed``; ``present``, the indexes of the
    people the sentence names itself; ``counted_only``: only a numbered group) where the
    sentence refers to them
    together ("both sides", "die beiden Minister") as an argument of its meeting words,
    each at the position of that reference; nothing without such a reference. A meeting with
    a state or an organisation for a side is not taken up: "both sides" after "talks with
    the Indian government" may as well mean two other states the text names."""
    if len(framed) < 2 or any(p.kind != "person" for p in framed):
        return []
    for a in m.anaphora_index.starting_in(sent.start, sent.end):
        if a.row.get("type") != "both":
            continue
        count = a.row.get("count")
        if counted_only and not count:
            continue  # "both sides" far from the meeting: others as well
        if (
            not count
            and len(present) >= 2
            and any(t.end <= a.start and "," in m.text[t.end : a.start] for t in trigs)
        ):
            continue  # "paid a call on X, where they discussed ...": the two of that call
        group = framed
        # "встреча министров", "the ministers' meeting": those of them who hold that title
        # (not the deputies who joined the call)
        titled = _holders(m, a, framed)
        if not count and len(titled) >= 2:
            group = titled
        if count and int(count) != len(framed):
            # "X held separate talks with each of the three leaders" after X met three: the
            # others than the sentence's own people; "the two leaders" after a meeting of
            # two and a companion who took part: the two it names first (its subject and
            # counterpart), not the last two named
            rest = [p for p in framed if p.index not in present]
            group = (rest if len(rest) >= int(count) else framed)[: int(count)]
            if len(group) < int(count):
                continue  # "the three presidents" after a meeting of two: others
        if any(clauses.is_argument(t, a.start) for t in trigs):
            return [(a.start, p) for p in group]
    return []


def _holders(m: Mentions, a: Match, framed: list[PersonEntity]) -> list[PersonEntity]:
    """The people of ``framed`` whose title is of the class of a title inside the group
    phrase ``a``, or narrows it ("минист(ров)": foreign ministers too)."""
    roles = [r for r in m.role_index.overlapping(a.start, a.end) if r.end <= a.end]
    if not roles:
        return []
    cls = str(roles[-1].row.get("class") or "")
    return [
        p
        for p in framed
        if p.role is not None
        and (
            p.role_class == cls
            or (
                (p.role_class or "").endswith(cls)
                and not (p.role_class or "").startswith("deputy_")
            )
        )
    ]


def _fits(ent: PersonEntity) -> bool:
    """Someone a group of office holders may stand for: untitled ("seine Kollegen aus
    Slowenien und Kroatien, Borut Pahor und ...") or holding public office."""
    if ent.kind != "person":
        return False
    return ent.role is None or bool(ent.affiliation) or ent.sector in GROUP_SECTORS


def _numbered_groups(
    m: Mentions, sent: Sentence, trigs: list[Match], clauses: SentenceClauses
) -> Iterator[tuple[Match, int]]:
    """The numbered groups of the sentence ("the two leaders", "die drei Präsidenten") that
    are arguments of its meeting words, with their numbers."""
    for a in m.anaphora_index.starting_in(sent.start, sent.end):
        count = a.row.get("count")
        if a.row.get("type") != "both" or not count:
            continue
        if any(clauses.is_argument(t, a.start) for t in trigs):
            yield a, int(count)


def numbered_referents(
    m: Mentions,
    sent: Sentence,
    trigs: list[Match],
    clauses: SentenceClauses,
    where: EntityPositions,
) -> list[tuple[int, PersonEntity]]:
    """The people a numbered group stands for as an argument of the sentence's meeting
    words ("Die drei Präsidenten trafen sich", "the four leaders met"): the last N people
    named before it (N from its numeral) who may hold such an office, at least one of them
    titled, looking back a few sentences; nothing when fewer are named."""
    for a, n in _numbered_groups(m, sent, trigs, clauses):
        found: list[PersonEntity] = []
        # (not the subject of the meeting verb the group is the object of, in its clause:
        # "Am Dienstag empfing Senatspräsidentin X die drei Abgeordneten"; but "received a
        # call from X, during which the two ministers discussed")
        verb = any(t.start < a.start for t in trigs)
        for idx in range(sent.index, max(-1, sent.index - GROUP_REACH - 1), -1):
            s = m.sentences[idx]
            for _, end, ent in reversed(where.spans_in(s.start, min(s.end, a.start))):
                if idx == sent.index and verb and not re.search(r"[,;:]", m.text[end : a.start]):
                    continue
                if ent not in found and _fits(ent):
                    found.append(ent)
            if len(found) >= n:
                break
        group = found[:n]
        if len(group) == n and any(e.role is not None for e in group):
            return [(a.start, e) for e in reversed(group)]
    return []


# classes a title of which also names holders of narrower ones ("ministers")
_BROAD_CLASSES = frozenset({"minister", "deputy_minister", "official", "other", "legislator"})


def class_referents(
    m: Mentions,
    sent: Sentence,
    trigs: list[Match],
    clauses: SentenceClauses,
    where: EntityPositions,
) -> list[tuple[int, PersonEntity]]:
    """A numbered group named by an office ("the two Heads of State", "die beiden
    Außenminister") as an argument of the sentence's meeting words: the people of the
    text who hold an office of that class, when there are just so many of them."""
    for a, n in _numbered_groups(m, sent, trigs, clauses):
        roles = [r for r in m.role_index.overlapping(a.start, a.end) if r.end <= a.end]
        if not roles or roles[-1].start < a.start:
            continue
        cls = roles[-1].row.get("class")
        if cls in _BROAD_CLASSES:
            continue  # "the two ministers" may be foreign ministers as well
        holders = list(
            {
                e.index: e
                for e in where.entities_in(0, len(m.text))
                if e.kind == "person" and e.role is not None and e.role.row.get("class") == cls
            }.values()
        )
        if len(holders) == n:
            return [(a.start, e) for e in holders]
    return []


def group_members(
    m: Mentions, sent: Sentence, told: Sentence, parties: list[PersonEntity], where: EntityPositions
) -> list[PersonEntity]:
    """People a later sentence names at the head of the group the meeting told in ``told``
    received without names ("hat die Opferschutzkommission empfangen ... die Kommission mit
    Waltraud Klasnic an der Spitze", "received the commission ... The commission, headed by
    Anna Berg, ..."): the sentence has a word of leading and the group's noun."""
    profile = m.profile
    if not profile.company_re.search(m.text, sent.start, sent.end):
        return []
    told_words = [w.lower() for w in re.findall(r"[^\W\d_]+", m.text[told.start : told.end])]
    nouns = {
        w.lower()
        for w in re.findall(r"[^\W\d_]+", m.text[sent.start : sent.end])
        if w.lower() in profile.group_words
    }
    if not any(t.endswith(n) for n in nouns for t in told_words):
        return []
    return [
        e
        for _, _, e in where.spans_in(sent.start, sent.end)
        if e.kind == "person" and e not in parties
    ]


def margins_places(m: Mentions, drafts: list[EventDraft]) -> None:
    """A meeting held on the margins of a gathering told before takes its place, and its
    date where it names none ("At a meeting of the council in Luxembourg ... On the
    sidelines, Vogt and Ferraresi held a bilateral meeting"; "Am Rande des Gipfels wurde X
    auch von Y empfangen"): the nearest gathering with a place, told in the sentence or up
    to a few before, of the meeting's status."""
    gatherings = [d for d in drafts if d.kind == "conference" and d.location is not None]
    if not gatherings:
        return
    for d in drafts:
        if d.kind != "meeting" or d.location is not None:
            continue
        # (any sentence that tells of it: reports of one meeting are merged by now)
        tellings = [s for s in d.scope or [d.sentence] if m.in_sentence(m.trigger_index, s)]
        sent = next(
            (s for s in tellings if m.profile.margins_re.search(m.text, s.start, s.end)), None
        )
        if sent is None:
            continue
        told = [
            g
            for g in gatherings
            if 0 <= sent.index - g.sentence.index <= MARGINS_REACH and g.status == d.status
        ]
        if told:
            g = max(told, key=lambda g: (g.sentence.index, -abs(g.trigger.start - d.trigger.start)))
            d.location = g.location
            d.date = d.date or g.date


def party_visit(m: Mentions, sent: Sentence, frame: EventDraft, where: EntityPositions) -> bool:
    """The sentence's meeting words are all visits, and the first person it names is a
    party of the meeting told before (that party's visit, told again)."""
    trigs = m.in_sentence(m.trigger_index, sent)
    if not trigs or any(t.row.get("kind") != "visit" for t in trigs):
        return False
    named = [e for _, _, e in where.spans_in(sent.start, sent.end) if e.kind == "person"]
    return bool(named) and named[0] in frame.participants


def told_party_visits(drafts: list[EventDraft]) -> list[EventDraft]:
    """A visit whose people all sat at a meeting told in the sentences just before is that
    meeting's visit told again ("Präsident X empfing Y. Y, die am Sonntag in Nairobi
    eingetroffen war, wurde von Z begleitet"): no event of its own, and where the meeting
    names no place, it was held where the visit went."""
    out = []
    for d in drafts:
        if d.kind != "conference" and d.mode_hint == "visit" and d.participants:
            people = {p.index for p in d.participants}
            told = next(
                (
                    o
                    for o in drafts
                    if o is not d
                    and o.kind == "meeting"
                    and o.status == d.status
                    and 0 < d.sentence.index - o.sentence.index <= VISIT_TOLD_REACH
                    and len(o.participants) > 1
                    and people <= {p.index for p in o.participants}
                ),
                None,
            )
            if told is not None:
                told.location = told.location or d.location
                continue
        out.append(d)
    return out


def one_of_told(drafts: list[EventDraft], d: EventDraft) -> bool:
    """A meeting the sentence refers back to with one person ("Nach dem Gespräch trug sich
    der Gast ... ein"), who sits at an earlier meeting of its kind and status: that one."""
    return len(d.participants) == 1 and any(
        x.kind == d.kind and x.status == d.status and d.participants[0] in x.participants
        for x in drafts
    )


def told_conference(
    m: Mentions, sent: Sentence, conf: list[Match], drafts: list[EventDraft], reach: int
) -> EventDraft | None:
    """The gathering told before that a sentence of taking part refers back to ("В заседании
    принял участие X"): a word of joining, a conference noun that refers back, and a
    conference told in the last ``reach`` sentences."""
    if not conf:
        return None
    hits = list(m.profile.joining_re.finditer(m.text, sent.start, sent.end))
    # (not of a gathering of its own: "die Tagung in Warschau, an der der Minister teilnimmt")
    if not hits or all(in_relative_clause(m, sent, h.start(), of_person=False) for h in hits):
        return None
    if told_meeting_noun(m, sent, conf) is None:
        return None
    return next(
        (
            d
            for d in reversed(drafts)
            if d.kind == "conference" and sent.index - d.sentence.index <= reach
        ),
        None,
    )
