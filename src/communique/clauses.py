"""Clauses: which people in a sentence are arguments of its meeting word.

A sentence is cut into segments at commas, semicolons, colons, dashes and brackets, before a
subordinating conjunction that opens a clause of its own ("after President Obama had taken
office") and before a coordinated predicate ("... met Lund and raised the case of ...").
Each segment is classified by how it opens and whether it holds a finite verb (part-of-speech
tags from the language's tagger where it has one, word lists of its profile otherwise):

* ``subordinate`` / ``relative``: a clause of its own ("when ...", ", der gestern kam");
* ``speech``: a speech frame (", sagte Vatikan-Sprecher Lombardi", "X said:");
* ``apposition``: a description without a verb (", a top adviser to Clinton,");
* ``coordination``: a further predicate of the same subject ("and raised the case of ...");
* ``plain``: anything else.

A person named in another clause than the meeting word's (a subordinate clause, a speech
frame, a description of someone else, a later predicate) is not a participant; neither is
the speaker of "Holt said Okafor met Lund". A relative clause holding the meeting word takes
the person it describes ("Merkel, die am Montag Putin traf"); the main clause after a phrase
that opens the sentence with the meeting noun is its subject's ("After talks with Lund,
Okafor said": ``clause_fronts``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from communique.clause_breaks import BREAKS, after_dateline, closing_verbs, is_break, short_aside
from communique.clause_fronts import ClauseFronts
from communique.clause_pronouns import ClausePronouns
from communique.clause_speakers import ClauseSpeakers
from communique.clause_topics import ClauseTopics, Opener, Segment
from communique.lexicon import Match
from communique.sentences import Sentence, Token, tokenize, word_back
from communique.title_offices import past_titles

if TYPE_CHECKING:
    from communique.actors import PersonEntity
    from communique.mentions import Mentions

Tagger = Callable[[Sequence[str]], list[str]]  # words -> coarse tags (see lang/profile.py)

BETWEEN_REACH = 9  # tokens back from a coordinator where "between" may stand
_LONGEST_WORD = 40
WINDOW = 300  # characters around the meeting words whose clauses are analysed
TAGGED_PER_100KB = 1_000  # words tagged per 100 KB of text (news: a few hundred an article)
TAGGED_MIN = 1_000
_FINITE = frozenset({"VERB", "AUX"})
_SUBJECT_TAGS = frozenset({"ADV", "NEG", "PRON", "DET", "ADJ", "NOUN", "PROPN"})


class TagBudget:
    """A tagger with a budget of words per document (``TAGGED_PER_100KB`` per 100 KB of
    text, at least ``TAGGED_MIN``; HanTa takes about 0.3 ms a word): a text made of nothing
    but meeting sentences stays linear and fast; past the budget, clauses are cut by
    punctuation and word lists alone."""

    def __init__(self, tagger: Tagger, chars: int) -> None:
        self._tagger = tagger
        self.left = max(TAGGED_MIN, TAGGED_PER_100KB * chars // 100_000)

    def __call__(self, words: Sequence[str]) -> list[str]:
        if len(words) > self.left:
            return []
        self.left -= len(words)
        return self._tagger(words)


class SentenceClauses(ClauseTopics, ClauseSpeakers, ClausePronouns, ClauseFronts):
    """The segments of one sentence (built only for sentences with a meeting word)."""

    def __init__(
        self, m: Mentions, sent: Sentence, tagger: Tagger | None, near: tuple[int, int]
    ) -> None:
        """The clauses of ``sent`` around the meeting words at ``near`` (start, end): only
        a window of ``WINDOW`` characters on either side is analysed (people further away
        are no arguments), and it is tagged only when it has words that shape clauses."""
        self.m = m
        self.sent = sent
        lo = max(sent.start, near[0] - WINDOW)
        hi = min(sent.end, near[1] + WINDOW)
        tokens = tokenize(m.text, lo, hi)
        self.tokens = tokens
        self.window = (lo, hi)
        self.tags: list[str] = []
        if tagger is not None and tokens and m.profile.structure_re.search(m.text, lo, hi):
            # a tagger's time grows with the square of a word's length: overlong "words" (no
            # real word is) are tagged as a placeholder
            words = [t.text if len(t.text) <= _LONGEST_WORD else "X" for t in tokens]
            self.tags = tagger(words)
        self._verbs: set[int] = set()  # words the tagger missed as verbs
        self.segments = self._segments(tokens)

    # -- segmentation ------------------------------------------------------------------
    def _tag(self, i: int) -> str:
        return self.tags[i] if i < len(self.tags) else ""

    def _is_finite(self, i: int, tok: Token) -> bool:
        """A finite verb, not a name's word that looks like one ("bin" in "bin Zayid")."""
        if self.tags and (self._tag(i) in _FINITE or i in self._verbs):
            return not self.m.person_index.covering(tok.start, tok.end)
        return False

    def _segments(self, tokens: list[Token]) -> list[Segment]:
        profile = self.m.profile
        cuts: list[int] = [0]
        finite = False  # the segment so far holds a finite verb
        # a relative clause without a comma: opened, its verb seen, a noun after that verb
        relative_open = relative_verb = relative_object = False
        aside_end = -1  # a short aside in brackets ends here
        for i, tok in enumerate(tokens):
            low = tok.text.lower()
            if i <= aside_end:
                continue
            if (
                tok.text == "("
                and (close := short_aside(self.m.text, tokens, i, self._is_finite)) is not None
            ):
                aside_end = close  # "Bürgermeister X (SPD) hat ...": no clause of its own
                continue
            if is_break(self.m.text, tok) and not self._list_comma(tokens, i):
                cuts += [i, i + 1]
                finite = False
                relative_open = relative_verb = relative_object = False
                continue
            if relative_verb and not self._is_finite(i, tok) and self._tag(i) in ("NOUN", "PROPN"):
                relative_object = True
            if self._is_finite(i, tok):
                if relative_object and i > 0:
                    # "councillors who back Mr Flight met Mr Tanguay": the relative clause
                    # took its object, a second verb is the main clause's
                    cuts.append(i)
                    relative_object = False
                finite = True
                relative_verb = relative_verb or relative_open
            elif (
                i
                and self.tags
                and self._tag(i) == "REL"
                and tokens[i - 1].text != ","
                and any(
                    self._is_finite(j, tokens[j]) for j in range(i + 1, min(i + 6, len(tokens)))
                )
            ):
                # a relative clause without a comma ("issues which Mr Blair has spoken on")
                cuts.append(i)
                finite = False
                relative_open, relative_verb, relative_object = True, False, False
                if (
                    low in profile.subject_relatives
                    and i + 1 < len(tokens)
                    and tokens[i + 1].text.islower()
                    and self._tag(i + 1) == "NOUN"
                ):
                    self._verbs.add(i + 1)  # "who back Mr Flight": a verb, whatever its tag
                continue
            elif i and (low in profile.subordinators or self._tag(i) == "SCONJ"):
                ahead = range(i + 1, min(i + 8, len(tokens)))
                if any(self._is_finite(j, tokens[j]) for j in ahead):
                    cuts.append(i)
                    finite = False
            elif (
                i
                and low in profile.coordinators
                and finite
                and (self._predicate_follows(tokens, i) or self._closing_verb_follows(tokens, i))
                and not self._between_before(tokens, i)
            ):
                # "met Lund and raised ...": a complete clause, then a predicate of its own
                cuts.append(i)
                finite = False
        cuts.append(len(tokens))
        out: list[Segment] = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            if a >= b or all(is_break(self.m.text, t) for t in tokens[a:b]):
                continue
            out.append(self._segment(tokens, a, b))
        return out

    def _predicate_follows(self, tokens: list[Token], i: int) -> bool:
        """ "and raised", "und betonte", "and the Queen invited": a finite verb after a
        coordinator, with at most a short subject of its own between them."""
        for j in range(i + 1, min(i + 6, len(tokens))):
            if self._is_finite(j, tokens[j]):
                return True
            if self._tag(j) not in _SUBJECT_TAGS:
                return False
        return False

    def _between_before(self, tokens: list[Token], i: int) -> bool:
        """ "a meeting between A and B was not planned": the coordinator joins the two
        parties of "between", no predicate (a between-word before it, no verb since)."""
        return (
            word_back(
                tokens,
                i,
                self.m.profile.between_words,
                BETWEEN_REACH,
                lambda j: self._is_finite(j, tokens[j]) or tokens[j].text in BREAKS,
            )
            is not None
        )

    def _closing_verb_follows(self, tokens: list[Token], i: int) -> bool:
        """ "habe Duda getroffen und den Fall des Journalisten Nowak angesprochen": where the
        verb closes the clause (German), a coordinator, then the objects of a predicate of its
        own, then its participle or infinitive at the end of the clause."""
        if (
            not self.m.profile.verb_second
            or not self.tags
            or self._tag(i - 1) not in ("PART", "INF")
        ):
            return False  # the clause before must be closed by its own verb: not "den
            # Revolutionsführer und Ex-Machthaber Castro getroffen"
        j = i + 1
        while j < len(tokens) and tokens[j].text not in BREAKS and tokens[j].text not in ".!?":
            if self._is_finite(j, tokens[j]):
                return False
            j += 1
        return j - i > 2 and self._tag(j - 1) in ("PART", "INF")

    def _segment(self, tokens: list[Token], a: int, b: int) -> Segment:
        profile = self.m.profile
        first = tokens[a]
        low = first.text.lower()
        finite = not closing_verbs(profile, tokens, a, b) and any(
            self._is_finite(j, tokens[j]) for j in range(a, b)
        )
        start, end = first.start, tokens[b - 1].end
        last = next((j for j in range(b - 1, a - 1, -1) if tokens[j].text[:1].isalpha()), a)
        opener: Opener = "plain"
        after_break = a > 0 and is_break(self.m.text, tokens[a - 1])
        speech = [c for c in self.m.speech_index.starting_in(start, end)]
        if low in profile.subordinators or self._tag(a) == "SCONJ":
            opener = "subordinate"
        elif (
            a > 0
            and (tokens[a - 1].text == "," or self._tag(a) == "REL")
            and self._relative(a, low)
        ):
            opener = "relative"
            # ", der Hrynenko auf der Reise begleitet,": German puts the verb last, and a
            # present tense there looks like a participle
            finite = finite or (profile.nouns_capitalised and self._tag(last) == "PART")
        elif (
            a > 0
            and tokens[a - 1].text == ","
            and profile.nouns_capitalised
            and low in profile.relative_words
            and last - a > 1
            and self._tag(last) in ("PART", "VERB", "AUX", "INF")
            and tokens[last].text.islower()
        ):
            # ", der Präsident Hrynenko auf der Reise begleitet,": an article's word opens it,
            # the verb closes it
            opener, finite = "relative", True
        elif low in profile.coordinators and (
            (finite and self._predicate_follows(tokens, a)) or self._closing_verb_follows(tokens, a)
        ):
            opener = "coordination"
        elif speech and after_break and self._speech_frame(tokens, a, b, speech):
            opener = "speech"
        elif (
            after_break
            and not finite
            and not self._names_first(tokens, a, b)
            and not after_dateline(self.m.text, tokens, a, self._is_finite)
        ):
            opener = "apposition"
        return Segment(start, end, opener, finite)

    def _relative(self, i: int, low: str) -> bool:
        """ ", der gestern kam", ", who ...": the tagger says so where there is one (an
        article looks the same in German), else the profile's relative words."""
        if self.tags:
            return self._tag(i) == "REL" or (
                low in self.m.profile.relative_words and self._tag(i) not in ("DET", "PRON")
            )
        return low in self.m.profile.relative_words

    def _names_first(self, tokens: list[Token], a: int, b: int) -> bool:
        """A segment that opens with a person's name (", Karl Huber,", ", und Viviane
        Lonela,"): it names someone more, it does not describe."""
        if tokens[a].text.lower() in self.m.profile.coordinators and a + 1 < b:
            a += 1
            if tokens[a].text.lower() in self.m.profile.with_words and a + 1 < b:
                a += 1  # ", and with Kosovo's First Deputy Prime Minister X"
        # honorifics before the name (", H.E. Dr. Abdullah Al Kaabi,")
        honored = self.m.honorific_at
        while a + 1 < b and tokens[a].start in honored:
            end = honored[tokens[a].start]
            while a + 1 < b and tokens[a].start < end:
                a += 1
        tok = tokens[a]
        if tok.start in self.m.person_starts:
            return True
        # a title and a name (", Präsidentin Eva Lind in Oslo"): someone more, not a description
        if self.m.role_index.starting_in(tok.start, tok.start + 1):
            # (titles joined by a coordinator: ", Deputy Prime Minister and Foreign Minister X")
            after = past_titles(self.m, tok.start)
            if self.m.person_index.starting_in(after, after + 1):
                return True
        return tok.text[:1].isupper() and self._tag(a) == "PROPN"

    # -- arguments ---------------------------------------------------------------------
    def segment_at(self, pos: int) -> Segment | None:
        for seg in self.segments:
            if seg.start <= pos < seg.end:
                return seg
        return None

    def arguments(
        self,
        trigger: Match,
        persons: list[tuple[int, PersonEntity]],
        spans: Sequence[tuple[int, int, PersonEntity]],
    ) -> list[tuple[int, PersonEntity]]:
        """The persons of ``persons`` (first position, entity) that are arguments of
        ``trigger`` by the rules of the module docstring; ``spans`` (start, end, entity) are
        where the sentence names or refers to them."""
        home = self.segment_at(trigger.start)
        if home is None:
            return persons
        speaker_limit = self._speaker_limit(trigger, home)
        described = home.opener == "relative" or (
            home.opener == "apposition" and self._participle_opens(home)
        )
        antecedent = self.antecedent(home) if described else None
        at: dict[int, list[int]] = {}
        ends: dict[int, int] = {}
        for s, e, ent in spans:
            at.setdefault(ent.index, []).append(s)
            ends[s] = e
        objects = self._main_clause_objects(trigger)
        topic = self._topic_start(trigger, home)
        out: list[tuple[int, PersonEntity]] = []
        for pos, ent in persons:
            starts = at.get(ent.index, [])
            if objects is not None:
                starts = [s for s in starts if s < objects[0] or s <= objects[1]]
            starts = [
                s
                for s in starts
                if not self._talked_about(s, topic)
                and not self._denied(s)
                and not self._compared(s)
                and not self._sent_by(s)
                and not self._possessor(s, ends.get(s, s))
            ]
            if (
                any(self._argument_at(s, home, speaker_limit, antecedent) for s in starts)
                or (objects is not None and any(self._fronted_subject(s, home) for s in starts))
                or any(self._bracketed(trigger, s) for s in starts)
                or any(self._noun_relative(s, home, trigger) for s in starts)
                or any(self._led_opening(s, trigger) for s in starts)
            ):
                out.append((pos, ent))
        return out

    def is_argument(self, trigger: Match, pos: int) -> bool:
        """Whether a mention at ``pos`` stands where an argument of ``trigger`` can."""
        home = self.segment_at(trigger.start)
        if home is None:
            return True
        return self._argument_at(pos, home, self._speaker_limit(trigger, home), None)

    def _argument_at(
        self, pos: int, home: Segment, speaker_limit: int | None, antecedent: int | None
    ) -> bool:
        if not (self.window[0] <= pos < self.window[1]):
            return False  # far from the meeting words
        seg = self._host(self.segment_at(pos))
        # "Holt said Y met Z", "X, a spokeswoman, said Y met Z": before the speech verb; not
        # a clause of its own that tells what was said ("X habe Kowal gedankt, sagte Sprecher
        # Roth nach dem Treffen")
        if (
            speaker_limit is not None
            and pos < speaker_limit
            and (seg is None or seg is home or not seg.finite)
        ):
            return False
        if seg is None or seg is home:
            return True
        if seg.start < home.start and self._denied_report(home):
            return False  # "X dismissed reports that A would meet B": who denies it
        if antecedent is not None and pos == antecedent:
            return True
        if (
            antecedent is None
            and home.opener == "relative"
            and seg.finite
            and self.m.text[home.start : home.end].split()[0].lower()
            in self.m.profile.thing_relatives
        ):
            # "a call from Y, during which the two ministers discussed ...": a clause about a
            # thing names its own people; the main clause's are not its arguments
            return False
        if (
            antecedent is not None
            and home.opener == "relative"
            and seg.finite
            and not self._denied(antecedent)  # "It was X, not Y, who met Z": a cleft
        ):
            # "Merkel traf Obama, der zuvor mit Putin telefoniert hatte": of the main clause,
            # only the one the relative clause describes takes part in its meeting, or those
            # joined to it ("Miller und Oserez, die sich heute treffen")
            return self._coordinated_with(pos, antecedent)
        if self.parenthetical(home):
            return False  # "– wie schon in Deutschland diskutiert –": an aside of its own
        if seg.opener == "relative" and self._led_relative(seg, home):
            return True  # "с делегацией ..., которую возглавляет X": the delegation's head
        if seg.opener in ("subordinate", "relative") and seg.finite:
            return False
        if (
            seg.opener == "plain"
            and home.opener in ("plain", "subordinate")
            and seg.finite
            and home.finite
            and seg.start < home.start
        ):
            # two clauses joined by a comma, each with its verb ("Den Versuch von Keita
            # wehrte Lackner ab, im Fallen traf der Spieler dann aber"; "X was an adviser to
            # Y, but it is not clear if he received ..."): the earlier main clause's people
            # are its own
            return False
        if seg.opener == "plain" and seg.finite and seg.start > home.start and self._says(home):
            # "Mogherini sagte nach dem Treffen, man unterstütze die Bemühungen des
            # Sondergesandten X": what the meeting word's clause says, not who was at it
            return False
        if self._coordinated_phrase(seg, home):
            return True  # "vom Erzbischof X, Sekretär für ..., und vom Vize-Minister Y"
        if seg.opener == "apposition" and self._names_title_before(seg, home, pos):
            return True  # "talks between Minister of Foreign Affairs, Senator X, and ..."
        if seg.opener == "apposition" and self._in_company(seg, home, pos):
            return True  # ", accompanied by State Secretary Huber,": in the subject's company
        if seg.opener == "apposition" and (
            self._names_subject(seg, home) or self._subject_after_adverbial(seg)
        ):
            return True  # "Der Kommandant der Operation, Generalmajor X, informierte ..."
        if seg.opener in ("speech", "apposition") or self._names_speaker(seg):
            return False
        # a later predicate, and whatever follows it ("and raised the case of a reporter,
        # Tom Berg"), is no longer the meeting word's
        # (not a coordinated phrase without a verb: ", und vom vietnamesischen Vize-
        # Außenminister X" after an apposition)
        return not any(
            s.opener == "coordination" and home.start < s.start <= seg.start
            for s in self.segments
            if s is not seg or not self._verbless(s)
        )

    def _says(self, seg: Segment) -> bool:
        """The segment has a speech verb of its own ("sagte nach dem Treffen")."""
        return any(
            c.row.get("kind") == "verb" and c.end <= seg.end
            for c in self.m.speech_index.starting_in(seg.start, seg.end)
        )

    def parenthetical(self, seg: Segment) -> bool:
        """The segment stands between dashes or brackets, an aside in its sentence."""
        before = self.m.text[max(self.sent.start, seg.start - 3) : seg.start].rstrip()
        after = self.m.text[seg.end : min(self.sent.end, seg.end + 3)].lstrip()
        return before[-1:] in ("–", "—", "(") and after[:1] in ("–", "—", ")")

    def modal_infinitive(self, trigger: Match) -> bool:
        """A clause-final infinitive meeting verb after a modal or future auxiliary of its
        clause ("wollte eine Gruppe ... zu einem Sondertreffen zusammenkommen"): intended,
        not held (German; the profile's ``modal_words``)."""
        modals = self.m.profile.modal_words
        if not modals or not self.tags or trigger.row.get("pos") != "verb":
            return False
        last = trigger.start + trigger.text.rstrip().rfind(" ") + 1
        k = next((i for i, t in enumerate(self.tokens) if t.start == last), None)
        if k is None or self._tag(k) != "INF":
            return False
        # back to the nearest finite verb (over brackets and appositions): is it a modal?
        for i in range(k - 1, -1, -1):
            tok = self.tokens[i]
            if tok.text.lower() in modals:
                return True
            if self._is_finite(i, tok) or tok.text in ".;:!?":
                return False
        return False

    def _participle_opens(self, seg: Segment) -> bool:
        """A participle opens the segment (", speaking at a news conference with X,"): it
        tells what the person named before its comma does."""
        endings = self.m.profile.participle_endings
        for i, tok in enumerate(self.tokens):
            if tok.start == seg.start:
                low = tok.text.lower()
                return bool(endings) and low.endswith(endings) and self._tag(i) in ("VERB", "GER")
        return False

    def antecedent(self, home: Segment) -> int | None:
        """The person a relative clause describes: named right before its comma."""
        before = [p for p in self.m.person_index.overlapping(home.start - 200, home.start)
                  if p.end <= home.start]  # fmt: skip
        if not before:
            return None
        last = before[-1]
        gap = self.m.text[last.end : home.start]
        return last.start if gap.strip() in (",", "", "(", "–", "—") else None
