"""Counterparts named in the next sentence: a meeting or call told with one person and a
counterpart given only by office ("провёл телефонный разговор с акимом Атырауской области",
"held a working meeting at the ministry of economy"), when the next sentence opens with a
person whose title is that office's word ("Аким Ерболат Жаксылыков поддержал ...",
"Minister X presented ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.mentions import ROSTER_KINDS
from communique.referents import opening_person
from communique.told_meetings import LED_REACH, tells_heads

if TYPE_CHECKING:
    from communique.actors import EntityPositions
    from communique.drafts import EventDraft
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.sentences import Sentence

TOLD_AGAIN = 3  # sentences after a meeting's where its telling again is sought
STEM = 4  # letters of a title's word that its office's word shares ("мини|стерстве", "аким|ом")


def seat_named_next(m: Mentions, drafts: list[EventDraft], where: EntityPositions) -> None:
    """Seat the person the next sentence opens with at a meeting or call whose sentence (or
    one of its tellings: a headline, then the lead) names that person's office after the
    meeting word and no one there."""
    for d in drafts:
        if d.kind not in ("meeting", "call") or not d.participants:
            continue
        if d.participants[0].kind != "person":
            continue
        seated = {p.index for p in d.participants}
        # (its tellings; with more than one seated, only a lead that tells its headline's
        # meeting again, before anyone joined)
        told = {d.sentence, *(d.scope if len(d.participants) == 1 else ())}
        for later in m.sentences[d.sentence.index + 1 : d.sentence.index + 1 + TOLD_AGAIN]:
            # (the lead that tells a headline's meeting again, naming no one else)
            named = {e.index for e in where.entities_in(later.start, later.end)}
            if named and named <= seated and d.sentence.index == m.headline:
                told.add(later)
        for sent in sorted(told, key=lambda s: s.index):
            words = [d.trigger] if sent == d.sentence else []
            words = words or [
                t for t in m.in_sentence(m.trigger_index, sent) if t.row.get("kind") == d.kind
            ]
            if not words or sent.index + 1 >= len(m.sentences):
                continue
            # (others may have joined from sentences after it: then no one may be named or
            # described in the sentence after the meeting word, that place is the office's)
            if len(d.participants) > 1 and where.entities_in(words[0].end, sent.end):
                continue
            nxt = m.sentences[sent.index + 1]
            person = opening_person(m, where, nxt)
            if person is None or person in d.participants:
                continue
            others = [e for e in where.entities_in(nxt.start, nxt.end) if e is not person]
            if any(
                t.row.get("kind") in ROSTER_KINDS for t in m.in_sentence(m.trigger_index, nxt)
            ) and any(e not in d.participants for e in others):
                continue  # a meeting of its own (not the one told again: "X приветствовал
                # гостью"; nor the guest's visit: "Посол X впервые посещает республику")
            if person.role is None:
                # named first there without a title ("В Ульяновске посла принял губернатор
                # области. Андрей Лаптев приветствовал гостью"): the one office the sentence
                # gives no one
                office = _unfilled_office(m, where, sent)
                said_at = person.mentions[0].end if person.mentions else nxt.start
                if (
                    office is not None
                    and person.first_start >= nxt.start
                    # (not one of several, "their trade ministers"; not one the next
                    # sentence describes otherwise, "Dr X, a lecturer at ..., said")
                    and not m.profile.plural_title_re.search(office.text)
                    and m.text[said_at : said_at + 1] != ","
                ):
                    d.participants.append(person)
                    break
                continue
            if len(d.participants) > 1 and sent == d.sentence:
                continue  # (by title only where no one joined, or in a headline's lead)
            word = person.role.text.split()[0].lower()
            after = m.text[words[0].end : sent.end].lower()
            cls = person.role.row.get("class")
            # (the same word, or a title of the same class: "Послом" and "Посол")
            if (len(word) >= STEM and re.search(rf"(?<!\w){re.escape(word[:STEM])}", after)) or (
                cls
                and any(
                    r.row.get("class") == cls
                    for r in m.role_index.starting_in(words[0].end, sent.end)
                )
            ):
                d.participants.append(person)
                break


def _unfilled_office(m: Mentions, where: EntityPositions, sent: Sentence) -> Match | None:
    """The one title in the sentence that is no one's: neither a named person's title nor a
    description that refers to someone."""
    held = {
        (e.role.start, e.role.end)
        for e in where.entities_in(0, len(m.text))
        if e.kind == "person" and e.role is not None
    }
    free = [
        r
        for r in m.role_index.starting_in(sent.start, sent.end)
        if (r.start, r.end) not in held and not where.spans_in(r.start, r.end)
    ]
    return free[0] if len(free) == 1 else None


def seat_led_heads(m: Mentions, drafts: list[EventDraft], where: EntityPositions) -> None:
    """Seat the heads of the delegations told right after a gathering ("Российско-эфиопская
    межправительственная комиссия провела заседание ... Делегации возглавили A и B"; "The
    commission met in Geneva. The delegations were led by A and B")."""
    for d in drafts:
        if d.kind != "conference":
            continue
        stop = min(len(m.sentences), d.sentence.index + 1 + LED_REACH)
        for later in m.sentences[d.sentence.index + 1 : stop]:
            if m.in_sentence(m.trigger_index, later):
                break  # another event's sentence
            if tells_heads(m, later):
                d.participants += [
                    e
                    for e in where.entities_in(later.start, later.end)
                    if e.kind == "person" and e not in d.participants
                ]
                break


# a heading over a list of those present ("3. Attendees", "Teilnehmende:", "Участники")
_NUMBERED = re.compile(r"[ \t]*(?:\d+[.)]|[IVX]+\.)?[ \t]*")
_NEXT_HEADING = re.compile(r"[ \t]*(?:\d+[.)]|[IVX]+\.)[ \t]+\S")
LIST_LINE_WORDS = 20  # words of a line of the list at most: a longer one is prose


def seat_attendee_list(m: Mentions, drafts: list[EventDraft], where: EntityPositions) -> None:
    """Seat the people a list of attendees names at the meeting told before its heading
    ("3. Attendees / (Hanoi side) / Mr. X, Chairman ... / (Tokyo side) / Governor Y"), the
    list running to the next numbered heading or a line of prose."""
    heading = m.profile.attendee_heading_re
    if heading is None:
        return
    lines = list(re.finditer(r"[^\n]*", m.text))
    for k, line in enumerate(lines):
        opening = _NUMBERED.match(line.group())
        rest = line.group()[opening.end() if opening else 0 :].strip().rstrip(":")
        if not heading.fullmatch(rest):
            continue
        end = line.end()
        for item in lines[k + 1 :]:
            text = item.group()
            if _NEXT_HEADING.match(text) or len(text.split()) > LIST_LINE_WORDS:
                break
            end = item.end()
        held = [
            d
            for d in drafts
            if d.kind in ("meeting", "call") and d.sentence.end <= line.start() and d.participants
        ]
        if not held:
            return
        told = held[0]
        told.participants += [
            e
            for e in where.entities_in(line.end(), end)
            if e.kind == "person" and e not in told.participants
        ]
        return
