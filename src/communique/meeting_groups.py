"""How the people of a sentence's meeting words divide into meetings: one subject meeting
several counterparts one by one ("talks with Chancellor Merkel and President Gauck"), each
person of a bulleted list after the meeting word ("she met with:\n- President X;\n- ..."),
and meeting words of separate clauses that take separate people ("traf Merkel Hollande,
während Steinmeier mit Lawrow sprach"). ``communique.rosters`` builds the meetings."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.actors import EntityPositions, PersonEntity
from communique.clause_fronts import LISTED_AMONG
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.sentences import Sentence

if TYPE_CHECKING:
    from communique.clauses import SentenceClauses

LIST_ITEMS = 20  # items of a list of people after a meeting word's colon
PREDICATE_REACH = 80  # characters after a name where the predicate of its clause may start
_BULLET = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])\s+")


def people_of(persons: list[tuple[int, PersonEntity]]) -> list[PersonEntity]:
    return [e for _, e in persons]


def listed_people(
    m: Mentions, trigs: list[Match], where: EntityPositions
) -> list[tuple[int, PersonEntity]]:
    """The people of a bulleted list after a meeting word and a colon, one line an item
    ("she met with:\n- President X;\n- Minister Y"): the first person of each item."""
    # "met with:", "traf sie unter anderem:" (a few words before the colon)
    # ... or the words of the trigger's clause ("nahm ... die Beglaubigungsschreiben der
    # folgenden Missionschefs entgegengenommen:"), the items apart by blank lines or not
    colon = re.match(
        r"(?:[^\S\n]+[^\W\d_][\w-]*){0,12}[^\S\n]*:[^\S\n]*\n",
        m.text[trigs[-1].end : trigs[-1].end + 160],
    )
    if colon is None:
        return []
    out: list[tuple[int, PersonEntity]] = []
    at = trigs[-1].end + colon.end()
    for _ in range(LIST_ITEMS):
        while m.text.startswith("\n", at) or m.text.startswith(" ", at):
            at += 1  # a blank line between items
        line_end = m.text.find("\n", at)
        line_end = len(m.text) if line_end < 0 else line_end
        if not _BULLET.match(m.text, at, line_end):
            break
        spans = where.spans_in(at, line_end)
        if spans:
            out.append((spans[0][0], spans[0][2]))
        at = line_end + 1
    return out


def separate_meetings(
    trigs: list[Match], args: dict[int, set[int]], pronoun_led: frozenset[int] = frozenset()
) -> list[list[Match]]:
    """The sentence's meeting words grouped by whom they take (words sharing anyone are
    one group), when there are several groups of two or more people each (a word whose
    subject is a pronoun, ``pronoun_led`` by id, has one more: "paid a call on X, before
    touring Y, where she held a meeting with Z"); else nothing."""
    parts: list[tuple[set[int], list[Match]]] = []
    for x in trigs:
        mine = set(args[id(x)])
        merged = [p for p in parts if p[0] & mine]
        words = [x]
        for p in merged:
            parts.remove(p)
            mine |= p[0]
            words = p[1] + words
        parts.append((mine, words))
    if len(parts) < 2 or any(
        len(people) + any(id(x) in pronoun_led for x in words) < 2 for people, words in parts
    ):
        return []
    return [sorted(words, key=lambda t: t.start) for _, words in parts]


def _in_company(m: Mentions, start: int, end: int) -> bool:
    """The with at ``start:end`` closes a phrase of company ("gemeinsam mit", "together
    with", "along with")."""
    head = m.text[max(0, start - COMPANY_BEFORE) : end]
    return any(c.end() == len(head) for c in m.profile.company_re.finditer(head))


COMPANY_BEFORE = 24  # characters before a with where its phrase of company starts


def counterpart_groups(
    m: Mentions,
    persons: list[tuple[int, PersonEntity]],
    trig: Match,
    listed: list[PersonEntity] | None = None,
) -> list[list[PersonEntity]]:
    """One subject meeting several counterparts ("Kerry traf mit Schukri und anschließend mit
    al-Sisi zusammen", "talks with Chancellor Merkel and President Gauck"): the text does not
    say they met together, so each counterpart is a meeting of its own; otherwise one. So is
    each person of a list after the meeting word (``listed``)."""
    people = [e for _, e in persons]
    if listed and _one_meeting(m, trig):
        return [people]
    if listed:
        rest = [e for e in people if e not in listed]
        return [[*rest, other] for other in listed]
    sent = m.sentence_of(trig.start)
    # (not the with of company: "war gemeinsam mit Hammerl-Vogt bei Ospanow zu Gast")
    found = next(
        (
            w
            for w in m.profile.with_re.finditer(m.text, trig.start, sent.end)
            if not _in_company(m, w.start(), w.end())
        ),
        None,
    )
    apart = _separately(m, trig)
    last = trig.text.split()[-1].lower()
    # a meeting word that ends in its own preposition ("paid courtesy calls on A and B")
    # takes its counterparts as a with does
    own = " " in trig.text and last in m.profile.prepositions
    if found is None and apart is None and not own:
        return [people]
    if found is not None:
        split = (found.start(), found.end())
    elif own and apart is None:
        split = (trig.end - len(last), trig.end)
    else:
        split = (trig.start, trig.end)
    subject = [e for pos, e in persons if pos < split[0]]
    after = [(pos, e) for pos, e in persons if pos >= split[1]]
    counterparts = [e for _, e in after]
    if apart is not None and not subject and _inverted_subject(m, sent, trig, after):
        # "Stattdessen empfing Brezovský die beiden Politiker nacheinander": in a verb-second
        # clause the subject comes right after the verb, the counterparts after it
        subject, counterparts = counterparts[:1], counterparts[1:]
    if apart is not None and len(subject) == 1 and len(counterparts) >= 2:
        return [[subject[0], other] for other in counterparts]  # "met separately A and B"
    if subject and found is not None and trig.row.get("pos") == "noun":
        # "kritisierte nach dem Treffen mit A auch B", "talks with his daughter A prior the
        # debate From left, B, C": a meeting noun's counterparts are its with-list; people
        # named after it are the sentence's, not the meeting's
        # (not a later name joined by a coordinator: "с министром A и государственным
        # министром иностранных дел Катара B", a title the list test does not know)
        listed_after, later = _with_list(m, after)
        if listed_after and later:
            first_later = min(pos for pos, e in persons if e is later[0])
            last_listed = max(pos for pos, e in persons if e is listed_after[-1])
            gap = set(m.text[last_listed:first_later].lower().split())
            if not gap & m.profile.coordinators:
                counterparts = listed_after
                people = [*subject, *listed_after]
    if not subject and found is not None:
        # "Nach seinen Gesprächen mit A und B zog Fischer Bilanz", "After his talks with A and
        # B, Fischer said", "After talks with A, Chancellor B said": the one named after the
        # list is its subject
        listed_after, later = _with_list(m, after)
        if len(later) == 1 and (
            len(listed_after) >= 2
            or (
                listed_after
                and all(e.kind == "person" for e in listed_after)
                and _predicate_after(m, next(pos for pos, e in persons if e is later[0]))
            )
        ):
            return [[later[0], other] for other in listed_after]
    if (
        not subject
        and len(counterparts) >= 2
        and len(counterparts) == len(people)
        and _someone_before(m, sent, trig)
    ):
        # "The Minister also held meetings with A, B and C", "Biden, who arrived on Monday,
        # held talks with A and B" (a subject the text does not name here as a person): an
        # unnamed subject's meetings, not one of A and B
        return [[other] for other in counterparts]
    if len(subject) != 1 or len(counterparts) < 2 or _one_meeting(m, trig):
        return [people]
    if len({pos for pos, _ in after}) == 1:
        return [people]  # one word for them all: "met with them"
    if (
        " " in trig.text
        and all(trig.start < pos < trig.end for pos, _ in after)
        and len(list(m.profile.with_re.finditer(m.text, trig.start, trig.end))) == 1
    ):
        # "kam mit dem Vorsitzenden, A, und der Abgeordneten B zusammen": the verb's bracket
        # holds them all in one with-phrase, one gathering (not "traf mit A und anschließend
        # mit B zusammen")
        return [people]
    if LISTED_AMONG.search(m.text, split[1], min(pos for pos, _ in after)):
        return [people]  # "mit Mitgliedern der Gruppe, darunter A und B": members of one group
    # ", joined by X", "accompanied by X": at the table with them, not a meeting of its own
    company = m.profile.company_re.search(m.text, split[1], sent.end)
    along = [e for pos, e in after if company is not None and pos >= company.end()]
    counterparts = [e for e in counterparts if e not in along]
    if len(counterparts) < 2:
        return [people]
    return [[subject[0], other, *along] for other in counterparts]


def _one_meeting(m: Mentions, trig: Match) -> bool:
    """A meeting noun right after an indefinite article, adjectives between ("held a private
    meeting with A and B", "führte ein langes Gespräch mit A und B"; not "a series of talks"):
    one meeting with all of them."""
    # the noun ends the trigger ("meeting", or "held a private meeting")
    words = m.text[max(0, trig.start - 40) : trig.end].split()
    if len(words) < 2 or not words[-1].isalpha():
        return False
    before = words[:-1][-(ARTICLE_REACH + 1) :]
    for k in range(len(before) - 1, -1, -1):
        if before[k].lower() in m.profile.indefinite_articles:
            between = before[k + 1 :]
            return all(
                w.isalpha() and w.islower() and w not in m.profile.prepositions for w in between
            )
    return False


ARTICLE_REACH = 2  # adjectives between an article and its meeting noun


def _with_list(
    m: Mentions, after: list[tuple[int, PersonEntity]]
) -> tuple[list[PersonEntity], list[PersonEntity]]:
    """The people of a with-phrase's list (joined by commas, coordinators and their titles)
    and those named after the list ends. A list ends with a coordinator: names after it
    joined by a comma only start the main clause ("After talks with A, Chancellor B said")."""
    ordered = sorted(after, key=lambda pe: pe[0])
    listed: list[PersonEntity] = []
    closed = 1  # how many of the listed the last coordinator closes
    end = -1
    for k, (pos, e) in enumerate(ordered):
        if k and not _joined(m, end, pos):
            break
        if k and set(m.text[end:pos].lower().split()) & m.profile.coordinators:
            closed = k + 1
        listed.append(e)
        end = max((p.end for p in m.person_index.starting_in(pos, pos + 1)), default=pos)
    else:
        k = len(ordered)
    if closed < len(listed) and not _predicate_after(m, ordered[closed][0]):
        closed = len(listed)  # it names the one listed before it ("with X's envoy, Y.")
    return listed[:closed], [*listed[closed:], *(x for _, x in ordered[k:])]


def _predicate_after(m: Mentions, pos: int) -> bool:
    """Words follow the name at ``pos`` before the next punctuation: it opens a clause
    ("..., Chancellor Lind left for Rome"), it does not name someone just described
    ("talks with China's military chief, General Liang.")."""
    end = max((p.end for p in m.person_index.starting_in(pos, pos + 1)), default=pos)
    tail = re.split(r"[,;:.!?()]", m.text[end : end + PREDICATE_REACH], maxsplit=1)[0]
    return bool(re.search(r"[^\W\d_]", tail))


def _joined(m: Mentions, end: int, start: int) -> bool:
    """Only a comma or a coordinator, and articles and titles, between two names of a list
    ("with A, Finance Minister B and C")."""
    gap = m.text[end:start]
    profile = m.profile
    light = profile.coordinators | profile.articles | profile.possessive_pronouns
    titled = {
        w.lower()
        for r in m.role_index.overlapping(end, start)
        for w in re.findall(r"[\w\-]+", m.text[r.start : r.end])
    }
    words = [w.lower() for w in re.findall(r"[\w\-]+", gap)]
    return ("," in gap or any(w in profile.coordinators for w in words)) and all(
        w in light or w in titled for w in words
    )


def _someone_before(m: Mentions, sent: Sentence, trig: Match) -> bool:
    """A title or a capitalised word that is no known place or body (a subject the name
    finder did not take) before the meeting word in its sentence; not a meeting noun that
    opens it ("Talks with A and B")."""
    if m.role_index.starting_in(sent.start, trig.start):
        return True
    skip = m.profile.articles | m.profile.prepositions
    for w in re.finditer(r"\S+", m.text[sent.start : trig.start]):
        at = sent.start + w.start()
        if not w.group()[:1].isupper() or w.group().lower() in skip:
            continue
        if not m.place_index.overlapping(at, at + 1):
            return True  # not a state or body the knowledge base knows ("The White House")
    return False


SEPARATELY_REACH = 30  # characters after a meeting word where "separately" may stand
V2_OPENER_WORDS = 3  # words before the verb of a verb-second clause ("Stattdessen", "Am Abend")


def _inverted_subject(
    m: Mentions, sent: Sentence, trig: Match, after: list[tuple[int, PersonEntity]]
) -> bool:
    """A verb-second clause's meeting verb after a short opener and before its subject and
    at least two counterparts, with nothing but that subject between verb and subject."""
    head = m.text[sent.start : trig.start].split()
    return (
        m.profile.verb_second
        and trig.row.get("pos") == "verb"
        and 1 <= len(head) <= V2_OPENER_WORDS
        and len(after) >= 3
        and not m.text[trig.end : after[0][0]].strip()
    )


def _separately(m: Mentions, trig: Match) -> re.Match[str] | None:
    """A word saying the meeting word's counterparts were met one by one, right after it
    ("met separately with", "traf am Montag getrennt A und B")."""
    separately = m.profile.separately_re
    if separately is None:
        return None
    end = min(m.sentence_of(trig.start).end, trig.end + SEPARATELY_REACH)
    # ... or after the people right after it, named or referred to ("empfing X die beiden
    # Politiker nacheinander")
    stop = m.sentence_of(trig.start).end
    reached = -1
    while reached < end:
        reached = end
        ends = [p.end for p in m.person_index.starting_in(trig.end, end)]
        ends += [a.end for a in m.anaphora_index.starting_in(trig.end, end)]
        for e in ends:
            end = min(stop, max(end, e + SEPARATELY_REACH))
    return separately.search(m.text, trig.start, end)


def relative_apart(
    trigs: list[Match], args: dict[int, set[int]], clauses: SentenceClauses
) -> list[list[Match]]:
    """The meeting words of a relative clause (with two people or more) and those of its
    main clause are two meetings that share the one the clause describes ("Merkel traf Obama,
    der zuvor mit Putin telefoniert hatte"; "Obama, who met Merkel on Monday, will travel to
    Moscow": a meeting and a visit)."""

    def relative(x: Match) -> bool:
        # a clause that describes a person ("Obama, der ..."), not a thing ("a visit which
        # will include talks with Blair": the visit's talks)
        seg = clauses.segment_at(x.start)
        return seg is not None and seg.opener == "relative" and clauses.antecedent(seg) is not None

    inner = [x for x in trigs if relative(x)]
    outer = [x for x in trigs if not relative(x)]
    if not inner or not outer:
        return []
    people = [set().union(*(args[id(x)] for x in part)) for part in (outer, inner)]
    if not people[0] or len(people[1]) < 2 or len(people[0] & people[1]) > 1:
        return []  # they share more than the one described: one meeting told twice
    return [outer, inner]  # "Obama, who met Merkel on Monday, will travel to Moscow" too
