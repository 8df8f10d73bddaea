"""Sides: states and international organisations that take part in a meeting as such.

"Israel and Lebanon renewed negotiations", "Reagan negotiated with the Soviet Union", "talks
between the EU and Turkey", "US and Chinese officials met", "die iranische Delegation":
where the text names no person for a side, the state or organisation is the participant
(the contract: "where no person is named, organisation or state").

A side is an argument of the meeting word in its clause (``communique.clauses``) in one of
three positions: the object of a with or between word ("with Russia", "zwischen Israel und
dem Libanon"), the subject (the state opens the clause before the meeting word, "Israel and
Lebanon renewed ..."), or the owner of a word for unnamed representatives ("Chinese
officials", "US-Delegation", "Vertreter Israels"). A state after another preposition is a
place or a topic ("in Russia", "über Syrien"); a state that describes a person ("Germany's
Merkel", "US-Präsident Obama") or whose person is already at the table is none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from communique.actors import PersonEntity
from communique.mentions import ROSTER_KINDS
from communique.sentences import Token, tokenize
from communique.side_positions import (
    between_before,
    closing_light_verb,
    compound_side,
    domain_noun,
    from_side,
    index_at,
    light,
    list_end,
    opens,
    previous_word,
    words_between,
)

if TYPE_CHECKING:
    from communique.clause_topics import Segment
    from communique.clauses import SentenceClauses
    from communique.knowledge import PlaceMatch
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.sentences import Sentence

# organisation kinds of the knowledge base that can sit at a table as a side
SIDE_ORG_KINDS = frozenset({"igo", "igo_body", "government"})
# a state's own bodies: at the table they stand for their state ("МИД России вызвал ...")
STATE_ORG_KINDS = frozenset({"ministry"})
_DESCRIBES = 3  # characters between a state and the person or title it describes
# how far, in tokens: the with or between after the meeting word ("met on Monday with"),
# the subject before a meeting verb ("Israel and Lebanon will meet") or noun ("Israel and
# Lebanon renewed negotiations"); in characters: a genitive after a meeting noun
WITH_AFTER_TRIGGER = 3
SUBJECT_GAP_VERB = 4
SUBJECT_GAP_NOUN = 3
GENITIVE_GAP = 5
STATE_GROUP_REACH = 2  # sentences back where the states of "the two countries" are named
ARTICLE_LONGEST = 8  # characters of an article that may open a list's next item ("des ")


class Sides:
    """One entity per state or organisation that takes part as a side, made on first use
    (numbered after the document's persons)."""

    def __init__(
        self,
        m: Mentions,
        first_index: int,
        org_kind: Callable[[str], str | None],
        canonical: Callable[[str, str], str | None],
        persons: Sequence[PersonEntity] = (),
    ) -> None:
        """``org_kind``: an organisation's kind by its key; ``canonical``: a state's or
        organisation's name in the knowledge base's base language, by kind and key (so
        that a side is named alike in every language; the text's words are its
        aliases)."""
        self.m = m
        # the document's persons: an unnamed title they may hold is theirs, not a side's
        self._held = {(e.role_class, e.affiliation) for e in persons if e.role_class}
        # (first mention, state) of each person, for descriptions that may refer back
        self._named = [(e.first_start, e.affiliation) for e in persons if e.kind == "person"]
        # where titled people are first named: a headline's title may be one of theirs
        self._titled_starts = [e.first_start for e in persons if e.role_class]
        self._canonical = canonical
        self._next = first_index
        self._org_kind = org_kind
        self.entities: dict[tuple[str, str], PersonEntity] = {}
        self._spans: dict[tuple[str, str], list[tuple[int, int]]] | None = None
        self._sentence: tuple[int, list[Token], list[int]] | None = None  # the last one tokenized

    def _key(self, p: PlaceMatch) -> tuple[str, str] | None:
        if p.kind in ("state", "state_adj") and p.iso3:
            return ("state", p.iso3)
        if p.kind == "org":
            kind = self._org_kind(p.key)
            if kind in SIDE_ORG_KINDS:
                return ("org", p.key)
            if kind in STATE_ORG_KINDS and p.iso3:
                return ("state", p.iso3)  # "the Foreign Office summoned ...": its state
        return None

    def entity(self, p: PlaceMatch) -> PersonEntity | None:
        key = self._key(p)
        if key is None:
            return None
        ent = self.entities.get(key)
        if ent is None:
            if self._spans is None:
                self._spans = {}
                for q in self.m.places:
                    if q.kind != "state_adj" and (k := self._key(q)) is not None:
                        self._spans.setdefault(k, []).append((q.start, q.end))
            spans = self._spans.get(key) or [(p.start, p.end)]
            s, e = spans[0]
            kind, code = ("state", key[1]) if key[0] == "state" else (p.kind, p.key)
            name = self._canonical(kind, code) or self.m.text[s:e]
            ent = PersonEntity(self._next, name, (name,), kind="state" if key[0] == "state"
                               else "organization", extra=list(spans))  # fmt: skip
            ent.affiliation = p.affiliation or p.iso3
            ent.sector = "GOV" if key[0] == "state" else ("IGO" if p.affiliation else "GOV")
            self._next += 1
            self.entities[key] = ent
        return ent

    def of_trigger(
        self,
        sent: Sentence,
        trigger: Match,
        clauses: SentenceClauses,
        persons: list[tuple[int, PersonEntity]],
    ) -> list[tuple[int, PersonEntity]]:
        """The sides of ``trigger`` in ``sent`` (position, entity), left out those whose
        person is at the table already. A visit's states are where the visitor goes; its only
        side is the state of an unnamed visitor ("Taiwan's vice foreign minister visited")."""
        m = self.m
        visit = trigger.row.get("kind") == "visit"
        if trigger.row.get("kind") not in ROSTER_KINDS and not visit:
            return []
        tokens, starts = self._tokens(sent)
        home = clauses.segment_at(trigger.start)
        seated = {e.affiliation for _, e in persons if e.affiliation}
        out: list[tuple[int, PersonEntity]] = []
        accepted_ends: list[int] = []

        def accept(p: PlaceMatch) -> None:
            """The state or body at the table, unless its person sits there already."""
            ent = self.entity(p)
            if ent is None or ent.affiliation in seated:
                return
            accepted_ends.append(p.end)
            if not any(e is ent for _, e in out):
                out.append((p.start, ent))

        # "met his Libyan counterpart", "traf seinen libyschen Amtskollegen": the state of
        # a counterpart the text does not name (one it names brings the state to the table)
        counterparts = [
            (a.start, a.end)
            for a in m.in_sentence(m.anaphora_index, sent)
            if a.row.get("type") == "counterpart"
            and a.start > trigger.start
            and not visit
            and clauses.is_argument(trigger, a.start)
        ]
        for p in m.in_sentence(m.place_index, sent):
            i = index_at(starts, p.start)
            if i is None:
                continue
            if p.kind == "state_adj" and any(s <= p.start and p.end <= e for s, e in counterparts):
                accept(p)
                continue
            owner = self._owns_title(p, tokens, i)
            if self._titles_a_name(p):
                continue  # "Labour MP Anna Schmidt": her party, not a side of its own
            if self._names_gathering(p):
                continue  # "am Rande des Nato-Gipfels": the gathering, not a side
            if visit and not (
                p.end <= trigger.start and (owner or self._representatives(p, tokens, starts))
            ):
                continue  # a visit's states are where it goes; only an unnamed visitor's is a side
            if not owner and self._describes(p):
                continue
            prev = previous_word(tokens, i, m.profile.articles)
            chained = (
                prev is not None
                and (prev.text in (",,") or prev.text.lower() in m.profile.coordinators)
                and any(0 <= prev.start - end <= 3 for end in accepted_ends)
            )  # "with Russia, China and Iran", "Israel and Lebanon"
            # "Foreign ministers of Russia, Iran and Turkey met": the comma cut the clause
            listed = bool(
                owner
                and home is not None
                and clauses.segment_at(p.start) is not home
                and self._lists_into(p, home)
            )
            if not chained:
                if home is None or (clauses.segment_at(p.start) is not home and not listed):
                    continue  # another clause than the meeting word's
                if owner:
                    t_first = index_at(starts, trigger.start)
                    t_last = index_at(starts, trigger.end, after=True)
                    if t_first is None or t_last is None:
                        continue
                    if not listed and not self._near(i, t_first, t_last):
                        continue
                    if m.speech_index.starting_in(p.end, trigger.start):
                        continue  # "the president of France said Germany held talks"
                elif not self._side_position(p, tokens, starts, i, prev, trigger):
                    continue
            accept(p)
        return out

    def _lists_into(self, p: PlaceMatch, home: Segment) -> bool:
        """The state opens a list that goes on after a comma in the meeting word's clause."""
        m = self.m
        if m.text[p.end : home.start].strip() != ",":
            return False
        start = home.start
        first = m.text[start : start + ARTICLE_LONGEST].split()[:1]
        if first and first[0].lower() in m.profile.articles:  # "Russlands, des Iran und ..."
            start = m.text.index(first[0], start) + len(first[0]) + 1
        return bool(m.place_index.starting_in(start, start + 1))

    def _names_gathering(self, p: PlaceMatch) -> bool:
        """The body is, or opens, a gathering's name ("Nato-Gipfel", "UN-Vollversammlung")."""
        return any(
            t.row.get("kind") == "conference"
            and not self.m.text[p.end : max(p.end, t.start)].strip(" -")
            for t in self.m.trigger_index.overlapping(p.start - 1, p.end + 2)
        )

    def _titles_a_name(self, p: PlaceMatch) -> bool:
        """A body right before a title and a name: whom that person stands for."""
        m = self.m
        for role in m.role_index.starting_in(p.end + 1, p.end + 2):
            if m.person_index.starting_in(role.end + 1, role.end + 2):
                return True
        return False

    def of_state_group(
        self, sent: Sentence, trigs: list[Match], clauses: SentenceClauses
    ) -> list[tuple[int, PersonEntity]]:
        """The two states a group of states refers to ("the two countries", "beide Länder")
        as an argument of the sentence's meeting words: the last two named before it, in
        its sentence or the ones before; nothing where the text names people of them."""
        m = self.m
        nouns = m.profile.state_group_nouns
        for a in m.anaphora_index.starting_in(sent.start, sent.end):
            if a.row.get("type") != "both" or not any(
                w.lower().startswith(nouns) for w in a.text.split()[1:]
            ):
                continue
            if not any(clauses.is_argument(t, a.start) for t in trigs):
                continue
            found: list[PersonEntity] = []
            first = m.sentences[max(0, sent.index - STATE_GROUP_REACH)].start
            for p in reversed(m.place_index.overlapping(first, a.start)):
                ent = self.entity(p) if p.kind in ("state", "state_adj") else None
                if ent is not None and ent.kind == "state" and all(e is not ent for e in found):
                    found.append(ent)
                if len(found) == 2:
                    break
            codes = {e.affiliation for e in found}
            if len(found) < 2 or any(at < a.start and aff in codes for at, aff in self._named):
                return []  # their people are named: "the two countries" is said of them
            return [(a.start, e) for e in reversed(found)]
        return []

    def _tokens(self, sent: Sentence) -> tuple[list[Token], list[int]]:
        """The sentence's tokens and their starts, made once for all its meeting words."""
        if self._sentence is None or self._sentence[0] != sent.index:
            tokens = tokenize(self.m.text, sent.start, sent.end)
            self._sentence = (sent.index, tokens, [t.start for t in tokens])
        return self._sentence[1], self._sentence[2]

    def _side_position(
        self,
        p: PlaceMatch,
        tokens: list[Token],
        starts: list[int],
        i: int,
        prev: Token | None,
        trigger: Match,
    ) -> bool:
        """Whether the state or organisation at token ``i`` stands where a side does."""
        m = self.m
        profile = m.profile
        low_prev = prev.text.lower() if prev is not None else ""
        representatives = self._representatives(p, tokens, starts)
        if p.kind == "state_adj" and not representatives:
            return False  # "the Chinese economy"
        if low_prev in profile.possessive_pronouns and p.kind == "org" and representatives:
            return False  # "North Korea said its U.N. diplomats met ...": its mission's people
        t_first = index_at(starts, trigger.start)
        t_last = index_at(starts, trigger.end, after=True)
        if t_first is None or t_last is None:
            return False
        if low_prev in profile.coordinators and prev is not None:
            # the second of "between A and B" ("talks between Darfur rebels and the Sudanese
            # government"), the first no side of its own
            prev = between_before(m, tokens, starts, prev) or prev
            low_prev = prev.text.lower()
        if low_prev in profile.with_words or low_prev in profile.between_words:
            # the with or between of the meeting word ("met with", "talks between"), not of
            # another noun ("das Atomabkommen mit dem Iran")
            assert prev is not None
            # a state ends its noun phrase ("with Russia on Monday"); its adjective names
            # representatives ("mit chinesischen Diplomaten")
            if p.kind == "state_adj":
                heads = representatives
            else:
                heads = self._ends_phrase(p, tokens, starts)
            if trigger.start <= prev.start and prev.end <= trigger.end:
                # the trigger ends in its with ("verhandelte am Mittwoch mit", "met with")
                return heads
            k = index_at(starts, prev.start)
            return (
                k is not None
                and 0 <= words_between(m, tokens[t_last:k]) <= WITH_AFTER_TRIGGER
                and all(light(m, t) for t in tokens[t_last:k])
                and heads
            )
        if from_side(self.m, tokens, i):
            # "his counterparts from Ukraine", "Vertreter aus Polen", "officials from the
            # Republic of Chad and the Central African Republic" (near by the list's end)
            return self._near(list_end(self.m, tokens, i), t_first, t_last)
        if low_prev in profile.prepositions:
            # "wurde ins russische Außenministerium einbestellt", "was summoned to the
            # Foreign Ministry": the ministry an envoy is summoned to summons for its state
            return (
                p.kind == "org"
                and self._org_kind(p.key) in STATE_ORG_KINDS
                and profile.summons(trigger.text)
                and self._near(i, t_first, t_last)
            )  # else "in Russia", "über Syrien": a place or a topic
        if low_prev in profile.side_nouns and p.kind != "state_adj":
            return self._near(i, t_first, t_last)  # "Vertreter Israels"
        if p.end <= trigger.start:
            # the subject: first in its clause, a few words before the meeting word, no
            # speech verb between ("the US said the meeting was ...")
            if prev is not None and not (representatives or opens(m, prev, p.start)):
                return False
            gap = words_between(m, tokens[i + 1 : t_first])
            if trigger.row.get("pos") == "verb":
                if gap > SUBJECT_GAP_VERB:
                    return False
            elif gap > SUBJECT_GAP_NOUN or not (
                # "Sudan's government resumed talks": the light verb opens the meeting word
                any(t.text.lower() in profile.light_verbs for t in tokens[i + 1 : t_first + 1])
                or (profile.verb_second and closing_light_verb(tokens, t_last, profile))
            ):
                return False  # "Italy and Germany favour an early start to talks"
            return not m.speech_index.starting_in(p.end, trigger.start)
        if representatives:  # "met Chinese officials", "traf am Montag die iranische ..."
            return i >= t_last and words_between(m, tokens[t_last:i]) <= WITH_AFTER_TRIGGER
        # a genitive right after a meeting noun ("Gespräche Israels")
        return trigger.row.get("pos") == "noun" and p.start - trigger.end <= GENITIVE_GAP

    def _representatives(self, p: PlaceMatch, tokens: list[Token], starts: list[int]) -> bool:
        """A word for representatives follows the state ("Chinese officials", "US-Delegation",
        "Norwegian and Chilean officials")."""
        m = self.m
        if m.text[p.end : p.end + 1] == "-" and compound_side(m, p.end, m.profile):
            return True
        j = index_at(starts, p.end, after=True)
        while j is not None and j < len(tokens):
            tok = tokens[j]
            low = tok.text.lower()
            if low in m.profile.side_nouns or (
                self._adjectival(p) and self._unnamed_role_at(tok.start, p)
            ):
                return True
            if (
                j > 0
                and any(  # "chinesische und US-Vertreter"
                    q.kind == "state"
                    and m.text[q.end : q.end + 1] == "-"
                    and compound_side(m, q.end, m.profile)
                    for q in m.place_index.starting_in(tok.start, tok.start + 1)
                )
            ):
                return True
            # "Norwegian and Chilean officials", "Chinese and U.S. officials"
            adjective = any(
                q.kind in ("state_adj", "state") for q in m.place_index.covering(tok.start, tok.end)
            )
            if not (adjective or tok.text == "," or low in m.profile.coordinators):
                # "Chinese trade negotiators": one noun of a domain before the word
                return domain_noun(m, tokens, j)
            j += 1
        return False

    def _ends_phrase(self, p: PlaceMatch, tokens: list[Token], starts: list[int]) -> bool:
        """The state ends its noun phrase ("with Russia on Monday", "with Russia and
        China"), it does not modify a noun ("with UK bank Barclays")."""
        m = self.m
        j = index_at(starts, p.end, after=True)
        if j is None or j >= len(tokens):
            return True
        tok = tokens[j]
        low = tok.text.lower()
        profile = m.profile
        if not tok.text[:1].isalnum() or low in profile.coordinators:
            return True
        if low in profile.prepositions or low in profile.side_nouns:
            return True
        if m.date_index.starting_in(tok.start, tok.end):
            return True
        if tok.text.islower() and m.tagger is not None:
            # "mit Russland geführt" (a verb) but "with UK bank Barclays" (a noun)
            words = [p.text, *(t.text for t in tokens[j : j + 2])]
            tags = m.tagger(words)
            return len(tags) > 1 and tags[1] != "NOUN"
        return False

    def _owns_title(self, p: PlaceMatch, tokens: list[Token], i: int) -> bool:
        """The state owns a title that names nobody: "the foreign ministers of India (and
        Pakistan)", "die Außenminister Indiens", "die Regierungschefs der EU". Its people
        are unnamed, so the state sits at the table for them."""
        m = self.m
        if p.kind == "state_adj" or self._key(p) is None or not m.profile.owner_before_title:
            # where every title takes its owner in the genitive ("премьеру РФ"), an owner
            # after a title is no sign that the title names nobody
            return False
        if m.person_index.starting_in(p.end, p.end + _DESCRIBES + 3):
            return False  # "the Foreign Minister of India, S. Jaishankar": the person sits
        links = m.profile.capital_links | m.profile.articles
        j = i - 1
        while j >= 0 and tokens[j].text.lower() in links:
            j -= 1
        if j < 0 or i - j - 1 > 2:
            return False
        role = next(iter(m.role_index.covering(tokens[j].start, tokens[j].end)), None)
        return role is not None and role.end == tokens[j].end and self._unnamed(role, p)

    def _unnamed(self, role: Match, p: PlaceMatch) -> bool:
        """A title no name follows ("the Pakistani foreign minister met ..."), held by nobody
        the document names and not in a headline ("Foreign Minister of Uzbekistan ..."
        before the body names him): the state ``p`` stands for its holder."""
        m = self.m
        if m.person_index.starting_in(role.end, role.end + _DESCRIBES + 3):
            return False
        head = m.sentences[m.headline]
        if len(m.sentences) > m.headline + 1 and role.end <= head.end and self._headline(head):
            return False  # a headline's title: the text names its holder further on
        cls = role.row.get("class")
        if (cls, p.iso3) in self._held or (cls, None) in self._held:
            return False
        # "Poroshenko announced ... The new Ukrainian leader may meet Putin": someone named
        # in an earlier sentence whose state fits may be the one described
        opens = m.sentence_of(role.start).start
        return not any(at < opens and aff in (None, p.iso3) for at, aff in self._named)

    def _adjectival(self, p: PlaceMatch) -> bool:
        """A state's adjective ("the Chilean foreign minister"), or a state with a
        possessive ending, an owner as an adjective is ("Chile's foreign minister")."""
        if p.kind == "state_adj":
            return True
        after = self.m.text[p.end : p.end + 3]
        return p.kind == "state" and any(
            after.startswith(x) for x in self.m.profile.possessive_suffixes
        )

    def _headline(self, head: Sentence) -> bool:
        """The first sentence is a headline: it ends without a full stop, or titled people
        are named after it (one of whom its title may describe)."""
        if not self.m.text[head.start : head.end].rstrip().endswith((".", "!", "?")):
            return True
        return any(at >= head.end for at in self._titled_starts)

    def _unnamed_role_at(self, start: int, p: PlaceMatch) -> bool:
        return any(
            r.start == start and self._unnamed(r, p)
            for r in self.m.role_index.starting_in(start, start + 1)
        )

    @staticmethod
    def _near(i: int, t_first: int, t_last: int) -> bool:
        return t_first - i <= SUBJECT_GAP_VERB + 1 or 0 <= i - t_last <= WITH_AFTER_TRIGGER + 1

    def _describes(self, p: PlaceMatch) -> bool:
        """A state before a person's name or title ("Germany's Merkel", "US-Präsident",
        "the Russian Foreign Minister") describes that person."""
        m = self.m
        lo, hi = p.end, p.end + _DESCRIBES + 3
        if m.person_index.starting_in(lo, hi):
            return True
        sides = m.profile.side_nouns
        adjective = self._adjectival(p)
        if any(
            r.text.lower() not in sides and not (adjective and self._unnamed(r, p))
            for r in m.role_index.starting_in(lo, hi)
        ):
            return True
        # inside a title ("Minister of Foreign Affairs of Kazakhstan")
        return any(r.start <= p.start < r.end for r in m.role_index.overlapping(p.start, p.end))
