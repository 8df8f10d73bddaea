"""What a meeting word's clause is about and what it denies: people named after "about",
"über", "over" ("talks over claims made in X's book") are talked about, not at the table;
a name right after "not" is denied ("it was X, not Mr Farage, who met"); one a comparison
introduces did the same ("Like his predecessor X, Y met Z"). A part of
``communique.clauses.SentenceClauses``, which holds the segments these tests read."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from communique.lexicon import Match
from communique.sentences import Token

if TYPE_CHECKING:
    from communique.mentions import Mentions
    from communique.sentences import Sentence

Opener = Literal["subordinate", "relative", "speech", "apposition", "coordination", "plain"]
DENIAL_REACH = 20  # characters before a name where "not" (and a title) may stand
COMPARISON_REACH = 80  # characters before a name where a comparison may introduce it
SENDER_REACH = 60  # characters before a sender's title where "the greetings of" stands
SENDER_TITLE_WORDS = 6  # titles, honorifics and adjectives stepped over before a sender
POSSESSED_REACH = 20  # characters after a possessive where the possessed noun starts


@dataclass(frozen=True, slots=True)
class Segment:
    start: int  # character offsets
    end: int
    opener: Opener
    finite: bool  # holds a finite verb: a clause of its own


class ClauseTopics:
    """Topic, denial and comparison tests over a sentence's segments (see
    ``SentenceClauses``)."""

    m: Mentions
    sent: Sentence
    tokens: list[Token]

    def segment_at(self, pos: int) -> Segment | None:
        raise NotImplementedError

    def _tokens_within(self, lo: int, hi: int) -> list[Token]:
        """The tokens that start at ``lo`` or after and end by ``hi`` (found by bisection:
        a sentence may be thousands of tokens long)."""
        first = bisect.bisect_left(self.tokens, lo, key=lambda t: t.start)
        last = bisect.bisect_right(self.tokens, hi, key=lambda t: t.start)
        return [t for t in self.tokens[first:last] if t.end <= hi]

    def _is_finite(self, i: int, tok: Token) -> bool:
        raise NotImplementedError

    def talked_about(self, trigger: Match, other: Match) -> bool:
        """Whether ``other`` stands in what ``trigger`` is about ("talks with X about the
        visit of Y": the visit is a topic, not a meeting of its own)."""
        home = self.segment_at(trigger.start)
        if home is None or not trigger.end <= other.start < home.end:
            return False
        # a noun with its article ("about the visit", "über die Reise"), not an adverb
        # ("ihre Beratungen über Syrien telefonisch fort": how, not what)
        profile = self.m.profile
        lead = profile.articles | profile.determiners | profile.possessive_pronouns
        ended = bisect.bisect_right(self.tokens, other.start, key=lambda t: t.end)
        prev = self.tokens[ended - 1 : ended] if ended else []
        if other.row.get("pos") != "noun" or not (prev and prev[0].text.lower() in lead):
            return False
        return self._talked_about(other.start, self._topic_start(trigger, home))

    def _topic_start(self, trigger: Match, home: Segment) -> int | None:
        """Where what the meeting word is about opens after it in its clause ("talks over
        claims made in X's book", "Gespräche über ..."), or None."""
        topics = self.m.profile.topic_prepositions
        for t in self.tokens:
            if trigger.end <= t.start < home.end and t.text.lower() in topics:
                return t.start
        return None

    def _talked_about(self, pos: int, topic: int | None) -> bool:
        """A mention after the topic's preposition with no with-word between ("über die
        Zusammenarbeit mit Präsident X" keeps X) and no finite verb ("Gespräche über die
        Lage führten Kerry und Lawrow": the subject follows the verb)."""
        if topic is None or pos <= topic:
            return False
        withs = self.m.profile.with_words
        return not any(
            topic < t.start < pos and (t.text.lower() in withs or self._is_finite(i, t))
            for i, t in enumerate(self.tokens)
        )

    def _compared(self, pos: int) -> bool:
        """A name a comparison introduces ("Wie schon sein Vorgänger Heinz Fischer traf auch
        Van der Bellen den Papst", "Like his predecessor X, Y met the Pope"): someone who did
        the same, not a party. Not a coordination ("sowohl Merkel wie auch Hollande")."""
        profile = self.m.profile
        before = self._tokens_within(pos - COMPARISON_REACH, pos)
        for k in range(len(before) - 1, -1, -1):
            tok = before[k]
            low = tok.text.lower()
            if low in profile.comparison_words:
                prev = before[k - 1] if k else None
                return prev is None or not prev.text[:1].isupper() or prev.start < self.sent.start
            if low not in profile.comparison_gap_words and not self.m.role_index.covering(
                tok.start, tok.end
            ):
                return False
        return False

    def _sent_by(self, pos: int) -> bool:
        """A name on whose behalf something is brought ("conveyed the warm greetings of Prime
        Minister X", "übermittelte die Grüße von Bundeskanzler X", "on behalf of"): the
        sender is not at the table. Titles, honorifics and a state's adjective may stand
        between."""
        m = self.m
        start = pos
        for _ in range(SENDER_TITLE_WORDS):
            head = m.text[max(self.sent.start, start - SENDER_REACH) : start]
            end = start - (len(head) - len(head.rstrip()))
            before = [
                a
                for a, b in [
                    *((r.start, r.end) for r in m.role_index.overlapping(end - 1, end)),
                    *((p.start, p.end) for p in m.place_index.overlapping(end - 1, end)),
                    *([(m.honorific_ending[end], end)] if end in m.honorific_ending else []),
                ]
                if b == end and a < end
            ]
            if not before:
                break
            start = min(before)
        lo = max(self.sent.start, start - SENDER_REACH)
        return bool(m.profile.sent_by_re.search(m.text, lo, start))

    def _possessor(self, start: int, end: int) -> bool:
        """A name in the possessive before a noun that is no meeting ("conveyed President
        Huber's greetings to Hu", "discussed Huber's peace plan", "Putins Sprecher Peskow",
        "Angela Merkels Berater"): the owner of what is talked about, not a party; "Huber's
        talks with Hu" are his."""
        text = self.m.text
        profile = self.m.profile
        before = text[max(0, start - 2) : start]
        if before.endswith(" ") and any(
            t.row.get("pos") == "noun"
            for t in self.m.trigger_index.overlapping(start - 2, start - 1)
        ):
            return False  # "ein Treffen Zhaksybekovs mit Liang": the meeting noun's party
        for suffix in profile.person_possessive_suffixes:
            if text.startswith(suffix, end):
                after = end + len(suffix)
                if after < len(text) and (text[after].isalnum() or text[after] == "_"):
                    continue  # part of a longer word
            elif profile.nouns_capitalised and text[start:end].endswith(suffix):
                after = end  # "Putins Sprecher": the genitive is part of the name's span
            else:
                continue
            word = re.match(r"[^\S\n]+(\w)", text[after : after + POSSESSED_REACH])
            if word is None:
                return False
            at = after + word.start(1)
            if after == end and (
                not text[at].isupper()
                or self.m.person_index.covering(at, at + 1)
                or self.m.place_index.covering(at, at + 1)
            ):
                # in the span, a capitalised noun or title must follow, no name or place
                # ("Klaus Iohannis sagte", "Kostas Karamanlis Athen" are no genitives)
                return False
            return not self.m.trigger_index.covering(at, at + 1)
        return False

    def _denied(self, pos: int) -> bool:
        """A name right after a negation ("Mr Kilroy Silk, not Mr Farage, briefed ..."; a
        title or honorific may stand between)."""
        before = self._tokens_within(pos - DENIAL_REACH, pos)
        words = [t.text.lower() for t in before[-2:]]
        negations = self.m.profile.negation_words
        if words and words[-1] in negations:
            return True
        return len(words) == 2 and words[0] in negations and before[-1].text[:1].isupper()
