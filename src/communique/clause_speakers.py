"""Who speaks around a meeting word and who is only its source: the speaker before a speech
verb ("Holt said Okafor met Lund"), the one who judges someone else's visit ("Kan condemned
the visit of Medvedev"), the one who tells someone at a meeting ("told Putin in a phone call"),
a speaker named beside a speech frame without a verb (", said a spokesman, Tom Holt."). A part
of ``communique.clauses.SentenceClauses``, which holds the segments these tests read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.clause_topics import Segment
from communique.lexicon import Match
from communique.sentences import Token

if TYPE_CHECKING:
    from communique.mentions import Mentions
    from communique.sentences import Sentence

VISIT_OBJECT_WORDS = 3  # words between a verb of judging and the visit it judges
VISITOR_AFTER = 60  # characters after a visit noun where its visitor is named


class ClauseSpeakers:
    """Speaker and source tests over a sentence's segments (see ``SentenceClauses``)."""

    m: Mentions
    sent: Sentence
    segments: list[Segment]

    def _is_finite(self, i: int, tok: Token) -> bool:
        raise NotImplementedError

    def _speaker_limit(self, trigger: Match, home: Segment) -> int | None:
        """In "Holt said Okafor met Lund" the speaker comes before a speech verb that comes
        before the meeting word and its own subject: people before that verb are out."""
        cues = [
            c
            for c in self.m.speech_index.starting_in(self.sent.start, trigger.start)
            if c.row.get("kind") == "verb"
            # in the meeting word's clause, or right before it ("sagte, X habe Y getroffen",
            # "added that X received a call"), or before what it reports ("added that X
            # received a call from Y, during which the two discussed ...")
            and (
                c.start >= home.start
                or self.m.text[c.end : home.start].strip() in ("", ",", ":")
                or self._reports(c)
            )
        ]
        if not cues:
            return None
        cue = cues[-1]
        between = self.m.text[cue.end : trigger.start]
        if self._tells_at_meeting(cue, trigger, between):
            return None
        subject = bool(self.m.person_index.starting_in(cue.end, trigger.start)) or bool(
            self.m.profile.speaker_pronoun_re.search(between)
        )
        return (
            cue.end
            if subject or self._visit_judged(trigger, between) or self._own_roster(trigger)
            else None
        )

    def _reports(self, cue: Match) -> bool:
        """A speech verb right before a complementizer ("added that", "sagte, dass")."""
        after = self.m.text[cue.end : cue.end + 12].replace(",", " ").split()[:1]
        return bool(after) and after[0].lower() in self.m.profile.complementizers

    def _own_roster(self, trigger: Match) -> bool:
        """ "X said a meeting between A and B was not planned": a meeting noun that names
        its own parties with "between" leaves out the speaker."""
        if trigger.row.get("pos") != "noun":
            return False
        after = self.m.text[trigger.end : trigger.end + 12].split()
        return bool(after) and after[0].lower() in self.m.profile.between_words

    def _visit_judged(self, trigger: Match, between: str) -> bool:
        """ "Kan condemned the visit of President Medvedev to the islands": a visit noun that
        is the object of a verb of judging, its visitor named after it, is someone else's
        visit, not one the judge takes part in (talks are left alone: "praised the talks with
        X" may be the speaker's own)."""
        if trigger.row.get("kind") != "visit" or trigger.row.get("pos") != "noun":
            return False
        words = between.split()
        if len(words) > VISIT_OBJECT_WORDS or any(w[:1].isupper() for w in words):
            return False  # "... condemned, after the talks, the visit": not its object
        after = self.m.person_index.starting_in(trigger.end, trigger.end + VISITOR_AFTER)
        return bool(after)

    def _tells_at_meeting(self, cue: Match, trigger: Match, between: str) -> bool:
        """ "Merkel told Putin in a phone call that ...": whom the speaker tells at the
        meeting named after the verb is her interlocutor, so the speaker takes part; not when
        a clause of its own tells the meeting ("told reporters that X met Y")."""
        profile = self.m.profile
        if cue.text.lower() not in profile.addressee_verbs or trigger.row.get("pos") != "noun":
            return False
        words = {w.strip(",.;:").lower() for w in between.split()}
        if words & (
            profile.subordinators | profile.relative_words | set(profile.relative_pronouns)
        ):
            return False
        addressee = self.m.person_index.starting_in(cue.end, cue.end + 40)
        return bool(addressee)

    def _names_speaker(self, seg: Segment) -> bool:
        """A segment without a verb that names the speaker of a speech frame next to it:
        after it (", said a spokesman, Tom Holt.") or as its subject (", a spokesman, Tom
        Holt, said.")."""
        if seg.opener != "plain" or seg.finite:
            return False
        k = self.segments.index(seg)
        before = self.segments[k - 1] if k > 0 else None
        after = self.segments[k + 1] if k + 1 < len(self.segments) else None
        if before is not None and before.opener == "speech" and after is None:
            return True
        return (
            after is not None
            and after.opener == "speech"
            and len(self.m.text[after.start : after.end].split()) == 1
        )

    def _speech_frame(self, tokens: list[Token], a: int, b: int, speech: list[Match]) -> bool:
        """ ", sagte X", ", X said", ", according to X": a short segment around a speech cue."""
        return b - a <= 8 and all(
            not self._is_finite(j, tokens[j])
            or any(c.start <= tokens[j].start < c.end for c in speech)
            for j in range(a, b)
        )
