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
    from communique.mentions import Mentions

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
        # (its tellings; with more than one seated, only those before anyone joined)
        told = {d.sentence, *(d.scope if len(d.participants) == 1 else ())}
        for later in m.sentences[d.sentence.index + 1 : d.sentence.index + 1 + TOLD_AGAIN]:
            # (the lead that tells a headline's meeting again, naming no one else)
            named = {e.index for e in where.entities_in(later.start, later.end)}
            if named and named <= seated:
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
            if any(
                t.row.get("kind") in ROSTER_KINDS and t.row.get("kind") != "visit"
                for t in m.in_sentence(m.trigger_index, nxt)
            ):
                continue  # a meeting of its own (not the guest's visit: "Посол X впервые
                # посещает республику")
            person = opening_person(m, where, nxt)
            if person is None or person in d.participants or person.role is None:
                continue
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
