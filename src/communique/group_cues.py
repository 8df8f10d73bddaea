"""The status cue of the triggers one sentence tells as one meeting ("held a video conference
with X to prepare the summit, which Seoul is set to host"): the cue of the first trigger that
has one, leaving out the triggers that tell another event and cues that bind another noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.cue_gaps import complement_clause
from communique.event_places import comma_clause, in_relative_clause
from communique.event_status import nearest_status

if TYPE_CHECKING:
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.sentences import Sentence


def group_cue(m: Mentions, sent: Sentence, trigs: list[Match], kind: str) -> Match | None:
    """The status cue of a meeting of ``kind`` told by ``trigs`` (in text order)."""
    own = [x for x in trigs if x is trigs[0] or not _tells_another(m, sent, trigs[0], x)]
    cue = None
    for x in own:
        found = nearest_status(m, sent, x, conference=False)
        if found is None:
            continue
        if (
            found.row.get("status") == "planned"
            and found.start > x.end
            and m.profile.past_meeting_re.match(x.text)
        ):
            continue  # "held talks ... over government plans to": the talks took place
        if found.row.get("scope") == "noun" and any(
            y.row.get("kind") == kind != x.row.get("kind") for y in own
        ):
            # "Statt des vorgesehenen Treffens sprach sie per Videoschalte mit ihm", "накануне
            # встречи ... по телефону поговорил": the adjective tells of its noun alone
            continue
        cue = cue or found
    return cue


def _tells_another(m: Mentions, sent: Sentence, first: Match, x: Match) -> bool:
    """``x`` tells another event than the first trigger: in a clause that complements the
    first ("spoke by phone and agreed that their ministers should meet") or in a relative
    clause of a noun ("on the summit, which Seoul is set to host")."""
    if complement_clause(m, m.text[first.end : x.start]):
        return True
    return in_relative_clause(m, sent, x.start, of_person=False) and comma_clause(
        m, sent, x.start
    ) != comma_clause(m, sent, first.start)
