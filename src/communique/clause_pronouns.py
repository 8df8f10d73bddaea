"""Personal pronouns as a meeting word's subject ("traf er", "she met") or object ("met her",
"traf ihn"). A part of ``communique.clauses.SentenceClauses``, which holds the tokens, their
tags and the segments these tests read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.clause_topics import Segment
from communique.lexicon import Match
from communique.sentences import Token

if TYPE_CHECKING:
    from communique.mentions import Mentions


class ClausePronouns:
    """Where a pronoun stands for a meeting word's subject or object (see
    ``SentenceClauses``)."""

    m: Mentions
    tokens: list[Token]
    tags: list[str]
    segments: list[Segment]

    def segment_at(self, pos: int) -> Segment | None:
        raise NotImplementedError

    def _tag(self, i: int) -> str:
        raise NotImplementedError

    def pronoun_subject(self, trigger: Match) -> int | None:
        """Where a personal pronoun ("he", "she", "er", "sie") stands as the meeting word's
        subject in its clause: before it, or right after it in inverted order ("traf er",
        "hatte er ... getroffen"); None without one."""
        home = self.segment_at(trigger.start)
        if home is None:
            return None
        pronouns = (*self.m.profile.speaker_pronouns, *self.m.profile.plural_pronouns)
        start = self._clause_opening(home, trigger)
        for i, tok in enumerate(self.tokens):
            low = tok.text.lower()
            if (
                start <= tok.start < trigger.start
                and i > 0
                and self.tokens[i - 1].text.lower() in self.m.profile.possessor_leads
                and low in self.m.profile.object_pronouns
            ):
                return tok.start  # "у нее состоялась беседа": she had it
            if not (start <= tok.start < home.end) or low not in pronouns:
                continue
            if self.tags and self._tag(i) != "PRON":
                continue
            if tok.end <= trigger.start:
                # not the object of an earlier verb ("told her"); after a speech verb, the
                # subject of what is said ("said he had met ...")
                prev = self._tag(i - 1) if i else ""
                said = i > 0 and bool(
                    self.m.speech_index.covering(self.tokens[i - 1].start, self.tokens[i - 1].end)
                )
                if prev not in ("VERB", "ADP") or (
                    said and tok.text.lower() not in self.m.profile.object_pronouns
                ):
                    return tok.start
            elif tok.start - trigger.end <= 4:
                return tok.start
        return None

    def _clause_opening(self, home: Segment, trigger: Match) -> int:
        """Where the clause of a meeting word opens: its segment's start, or for a German
        clause's closing verb after an apposed name (", X, zusammentreffen") the start of the
        last segment before it with a finite verb ("Dort soll er mit ..., X, zusammentreffen")."""
        if home.opener != "apposition" or self.m.text[home.start : trigger.start].strip():
            return home.start
        k = self.segments.index(home)
        return next((s.start for s in reversed(self.segments[:k]) if s.finite), home.start)

    def pronoun_object(self, trigger: Match) -> int | None:
        """Where a personal pronoun stands as the meeting word's object right after it ("met
        her in Oslo", "traf ihn", "traf sich mit ihr"); not a possessive ("met her
        counterpart", "traf ihr Gegenüber"): a pronoun that is one too takes no content word
        after it, and none takes a capitalised word. None without one."""
        home = self.segment_at(trigger.start)
        if home is None:
            return None
        profile = self.m.profile
        leads = set(profile.object_pronoun_leads)
        light = profile.function_words | profile.prepositions | set(profile.place_prepositions)
        before = [t for t in self.tokens if home.start <= t.start and t.end <= trigger.start]
        if (
            trigger.row.get("pos") == "verb"
            and before
            and before[-1].text.lower() in profile.object_pronouns
            and before[-1].text.lower() not in profile.speaker_pronouns
            and before[-1].text.lower() not in profile.plural_pronouns
            and not self.m.text[before[-1].end : trigger.start].strip()
        ):
            # a free word order's object right before its verb, the subject after it ("В
            # четверг его принял заместитель министра X"); not one that may be the subject
            # ("sie empfing X")
            return before[-1].start
        after = [t for t in self.tokens if trigger.end <= t.start < home.end]
        for i, tok in enumerate(after[: len(leads) + 1]):
            low = tok.text.lower()
            if low in profile.plural_object_pronouns:
                return tok.start  # "met with them", "diskutierten mit ihnen"
            if low in profile.object_pronouns:
                nxt = after[i + 1] if i + 1 < len(after) else None
                if nxt is None or not nxt.text[:1].isalpha():
                    return tok.start
                if low in profile.object_only_pronouns:
                    return tok.start  # "empfing ihn Ministerin X": the subject after it
                if nxt.is_capitalized:
                    return None
                if low in profile.possessive_pronouns and nxt.text.lower() not in light:
                    return None
                return tok.start
            if low not in leads:
                break
        if profile.verb_second:
            # the subject between ("Am Nachmittag sprach die Vorsitzende X mit ihnen"): a
            # pronoun after "mit" further on in the clause
            # (inside a separable verb's span too: "traf X mit ihr zusammen")
            after = [t for t in self.tokens if trigger.start < t.start < home.end]
            for i, tok in enumerate(after[:-1]):
                low = after[i + 1].text.lower()
                nxt = after[i + 2] if i + 2 < len(after) else None
                if (
                    tok.text.lower() in profile.with_words
                    and (low in profile.plural_object_pronouns or low in profile.object_pronouns)
                    and (nxt is None or not nxt.text[:1].isalpha() or not nxt.is_capitalized)
                    and not (
                        low in profile.possessive_pronouns
                        and nxt is not None
                        and nxt.text[:1].isalpha()
                    )
                ):
                    return after[i + 1].start
        return None
