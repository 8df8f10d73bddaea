"""Event drafts: what the event stages assemble before the record is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from communique.actors import PersonEntity
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.sentences import Sentence

if TYPE_CHECKING:
    from communique.dates import DateMention
    from communique.knowledge import PlaceMatch
    from communique.record import EventKind, Status


NEW_DATE_BEFORE_CUE = 12  # "auf den 5. März verschoben": the new date right before the cue


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
    # the visit this meeting was held during, told in a sentence before: its visitor and
    # that sentence (``events._framed_visits``)
    visit: tuple[PersonEntity, Sentence] | None = None

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
        sent = m.sentence_of(cue.start)  # "The meeting was postponed to ...": a later one
        later = m.date_index.starting_in(cue.end, sent.end)
        before = m.date_index.starting_in(sent.start, cue.start)
        # "auf den 5. März verschoben": in a verb-final clause the new date may also stand
        # right before the cue (not "planned for Thursday was postponed")
        near = [
            d
            for d in before
            if m.profile.verb_second and 0 <= cue.start - d.end <= NEW_DATE_BEFORE_CUE
        ]
        found = [*later, *near]
        if found:
            return found[0]
        nxt = self.rescheduled_in(m)
        return m.date_index.starting_in(nxt.start, nxt.end)[0] if nxt is not None else None

    def rescheduled_in(self, m: Mentions) -> Sentence | None:
        """The sentence after a postponement that plans the meeting anew and names no one
        ("... verschoben. Es soll im Mai in Bern nachgeholt werden", "It will now be held on
        14 March"): a planned cue and a date in the next sentence of the paragraph."""
        cue = self.postponed
        if cue is None:
            return None
        sent = m.sentence_of(cue.start)
        if sent.index + 1 >= len(m.sentences):
            return None
        nxt = m.sentences[sent.index + 1]
        if (
            nxt.paragraph != sent.paragraph
            or m.person_index.starting_in(nxt.start, nxt.end)
            or not m.date_index.starting_in(nxt.start, nxt.end)
        ):
            return None
        return nxt if m.planned_in(nxt) else None


def bilateral_session(d: EventDraft) -> bool:
    """A gathering held by two people ("co-chaired the 3rd Session of the Joint Commission
    with X"): the sides' delegations sit at it as at talks."""
    return (
        d.kind == "conference"
        and d.status == "occurred"
        and sum(p.kind == "person" for p in d.participants) == 2
    )
