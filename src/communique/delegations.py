"""Delegations: the people a delegation the text describes consists of, seated at the
meetings its sentences say the delegation held.

The roster comes from the sentences that tell who belongs to the delegation ("X ist mit einer
Delegation des Landtags gereist. Der Delegation gehörten A und B an"; "Delegation chair X";
"The delegation included A and B") and from a list under a heading that names the
delegation ("Delegation composition" and lines opened by a dash). A meeting or call whose
sentence has the delegation as a party ("traf die Delegation", "empfing ... die
Delegation", "the delegation met"; "MEPs held talks", "die Abgeordneten trafen") seats it.
Only where the text describes the delegation of one side: with two ("die mongolische
Delegation wurde von X, die deutsche von Y geleitet") "the delegation" could be either."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.actors import EntityPositions, PersonEntity
    from communique.drafts import EventDraft
    from communique.mentions import Mentions

ROSTER_SIZE = 12  # at most so many members: a longer list is no delegation's
HEADING_WORDS = 6  # words of a heading line that introduces a list of members
_LIST_LINE = re.compile(r"[ \t]*[-–•*][ \t]+\S")


def delegation_roster(m: Mentions, where: EntityPositions) -> list[PersonEntity]:
    """The members of the one delegation the text describes, in the order it names them;
    empty where it describes none or those of several sides."""
    profile = m.profile
    if not profile.delegation_members or not profile.delegation_words or _several(m):
        return []
    members = re.compile(rf"\b(?:{profile.delegation_members})", re.IGNORECASE)
    roster: list[PersonEntity] = []
    for lo, hi in [*_telling_sentences(m, members), *_listed(m)]:
        roster += [e for e in where.entities_in(lo, hi) if e.kind == "person" and e not in roster]
    return roster if len(roster) <= ROSTER_SIZE else []


def _telling_sentences(m: Mentions, members: re.Pattern[str]) -> list[tuple[int, int]]:
    """Sentences with a delegation word and words that say who belongs to it."""
    out: list[tuple[int, int]] = []
    for sent in m.sentences:
        text = m.text[sent.start : sent.end]
        if _has_delegation_word(m, text) and members.search(text):
            out.append((sent.start, sent.end))
    return out


def _listed(m: Mentions) -> list[tuple[int, int]]:
    """The lines of a dashed list under a short heading with a delegation word."""
    out: list[tuple[int, int]] = []
    lines = list(re.finditer(r"[^\n]+", m.text))
    for k, line in enumerate(lines):
        words = line.group().split()
        if len(words) > HEADING_WORDS or not _has_delegation_word(m, line.group()):
            continue
        for item in lines[k + 1 :]:
            if not _LIST_LINE.match(item.group()):
                break
            out.append((item.start(), item.end()))
    return out


def _has_delegation_word(m: Mentions, text: str) -> bool:
    return any(w.lower() in m.profile.delegation_words for w in re.findall(r"\w+", text))


def _several(m: Mentions) -> bool:
    """The text tells of delegations of more than one side: two heads ("unter Leitung von"
    twice), or delegation words after different modifiers ("die mongolische Delegation ...
    die deutsche Delegation", "the Israeli delegation ... the Hamas delegation")."""
    profile = m.profile
    heads = sum(
        len(re.findall(rf"\b{re.escape(phrase)}\b", m.text, re.IGNORECASE))
        for phrase in profile.led_by
    )
    if heads > 1:
        return True
    plain = profile.definite_determiners | profile.articles | profile.possessive_pronouns
    plain |= profile.indefinite_articles | profile.prepositions
    nouns = "|".join(sorted(profile.delegation_words, key=len, reverse=True))
    modifiers = {
        found.group(1).lower()
        for found in re.finditer(rf"(\w+)[ ](?:{nouns})\b", m.text, re.IGNORECASE)
        if found.group(1).lower() not in plain
    }
    return len(modifiers) > 1


def seat_delegations(m: Mentions, drafts: list[EventDraft], roster: list[PersonEntity]) -> None:
    """Seat the delegation's members at each meeting or call whose sentence has the
    delegation as a party: a determiner right before the delegation word ("die Delegation",
    "the delegation"), or a plural word for its members ("MEPs", "die Abgeordneten")."""
    if not roster:
        return
    profile = m.profile
    dets = "|".join(sorted(profile.definite_determiners | profile.articles))
    nouns = "|".join(sorted(profile.delegation_words, key=len, reverse=True))
    party = rf"\b(?:{dets})\s+(?:{nouns})\b"
    if profile.delegation_member_nouns:
        party += rf"|\b(?-i:{'|'.join(sorted(profile.delegation_member_nouns))})\b"
    told = re.compile(party, re.IGNORECASE)
    for d in drafts:
        if d.kind not in ("meeting", "call") or not d.participants:
            continue
        if told.search(m.text, d.sentence.start, d.sentence.end) is None:
            continue
        seated = {p.index for p in d.participants}
        d.participants += [e for e in roster if e.index not in seated]
