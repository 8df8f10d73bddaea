"""The evidence a run of capitalised words is a person's name, word by word: first names, the
general vocabulary, the tagger's reading in context, a title or honorific before it, a title
in apposition after it, a meeting word beside it, a speech verb near it, a leader's name the
knowledge base knows. ``communique.people`` adds it up."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from communique.name_particles import glued
from communique.name_runs import NameRuns
from communique.name_surroundings import goes_on_portfolio, prev_nonspace
from communique.sentences import Token

if TYPE_CHECKING:
    from communique.people import PersonMention

# a dictionary word as a meeting's subject or object is tagged in a window of this many
# characters either side
ARGUMENT_CONTEXT = 40
SPEECH_NEAR = 25  # characters on either side where a speech verb counts
OFFICE_CHAIN = 90  # characters before an apposition where its title may stand
COORDINATOR_GAP = 12  # characters of ", " or " and " between coordinated names
# a comma or a coordinating word right before a position (searched up to it)
_COORDINATED = re.compile(r"(?:\s*,\s*|\s+(\w+)\s+)\Z")


@dataclass(frozen=True, slots=True)
class NameContext:
    """What the caller knows about the text around the runs."""

    blocked: Sequence[tuple[int, int]]  # spans of places, organisations, roles, dates
    role_ends: frozenset[int]  # character offsets where a role (or honorific) mention ends
    role_starts: frozenset[int]  # offsets where a role mention starts
    honorific_ends: frozenset[int]
    cities: frozenset[int] = frozenset()  # starts of city names: surnames too ("Fidel Castro")
    # where a meeting verb starts (its subject ends before) and where a meeting word or its
    # "with" ends (its object starts after): "Obama met Duterte", "talks with Abe"
    argument_before: frozenset[int] = frozenset()
    argument_after: frozenset[int] = frozenset()
    # where a capitalised noun naming a gathering starts ("Conference", "Forum", "Gipfel"): a
    # run right before it is the rest of the gathering's name ("Ukraine Recovery Conference")
    gathering_heads: frozenset[int] = frozenset()
    # where a place or body that a title is of ends ("Director of Asia-Pacific"): a name may
    # follow as after the title, but so may the rest of a portfolio's name ("... Affairs")
    owner_ends: frozenset[int] = frozenset()
    # where a title's modifier starts ("Vice", "Deputy"): a run of it and a title is no name
    modifier_starts: frozenset[int] = frozenset()


class NameEvidence(NameRuns):
    """The word tests of ``PersonFinder``."""

    is_proper_noun: Callable[[str], bool] | None
    speech_words: frozenset[str]
    tagger: Callable[[Sequence[str]], list[str]] | None
    known_name: Callable[[Sequence[str]], bool] | None

    def _coordinated_object(
        self,
        text: str,
        run: list[Token],
        ctx: NameContext,
        sentence_starts: set[int],
        object_ends: dict[int, int],
        budget: list[int],
    ) -> PersonMention | None:
        """A run joined by "and" (or a comma) to a name that is a meeting word's subject or
        object stands where that name does ("met with Novak and Berg", "traf Merkel und
        Hollande")."""
        m = _COORDINATED.search(text, max(0, run[0].start - COORDINATOR_GAP), run[0].start)
        if m is None or m.start() not in object_ends:
            return None
        if m.group(1) is not None and m.group(1).lower() not in self.profile.coordinators:
            return None
        there = replace(ctx, argument_after=ctx.argument_after | {run[0].start - 1})
        return self._score(text, run, there, sentence_starts, budget)

    def _score(
        self,
        text: str,
        run: list[Token],
        ctx: NameContext,
        sentence_starts: set[int],
        budget: list[int] | None = None,
    ) -> PersonMention | None:
        raise NotImplementedError

    def _modifies_a_noun(self, text: str, end: int) -> bool:
        """The run ending at ``end`` modifies a noun for people after it, as a body's or a
        programme's name does ("Erasmus Plus coordinators", "Black Lives Matter activists");
        a person's name would not stand there."""
        nouns = self.profile.modified_people_nouns
        if not nouns:
            return False
        after = re.match(r"[^\S\n]+([^\W\d_][\w\-]*)", text[end : end + 30])
        return after is not None and after.group(1) in nouns

    def clear_first_name(self, word: str) -> bool:
        """A first name that is no other word ("Anna"; not "Will", "Mark")."""
        return bool(self.first_names(word)) and not self.ambiguous_first_names(word)

    def _opening_first_name(self, text: str, tok: Token, budget: list[int] | None) -> bool:
        """A first name that opens a sentence is one ("Anna Berg sprach ..."), not a word
        that is also a first name ("Will Power", "Per Infrarotsender"; in German, where the
        sentence's first noun is capitalised anyway, "Lage von Benitez": the tagger says)."""
        low = tok.text.lower()
        if low in self.stopwords or low in self.profile.prepositions:
            return False
        if self.profile.nouns_capitalised:
            # (an ambiguous one too: "Peter Pilz kritisierte ...", not "Ernst Jünger")
            return self._tag_in_context(text, tok, budget) == "PROPN"
        return not self.ambiguous_first_names(tok.text)

    def apposition_starts(self, text: str, pos: int, max_words: int = 3) -> list[int]:
        return following_word_starts(
            text, pos, self.profile.apposition_lead_re, max_words=max_words
        )

    def _anchored(self, text: str, run: list[Token], ctx: NameContext) -> bool:
        """A title or honorific right before the run, or a title in apposition after it,
        or a meeting word's subject or object."""
        before = prev_nonspace(text, run[0].start)
        if before in ctx.role_ends or before in ctx.honorific_ends:
            return True
        if len(run) == 1 and glued(run[0].text):
            return True  # initials and a surname: "А.Н.Ковалев"
        if self._known(run):
            return True  # "Merkel telefonierte mit Putin": a leader's name
        if self._argument(text, run, ctx) and not (len(run) == 1 and self._of_origin(text, run)):
            return True
        return any(p in ctx.role_starts for p in self.apposition_starts(text, run[-1].end))

    def office_apposition(self, text: str, run: Sequence[Token], ctx: NameContext) -> bool:
        """The run stands between commas after a title and the office's genitive or "of"
        chain ("die Vizepräsidentin der Nationalversammlung, Nguyen Thi Lan, ...", "the
        Speaker of the National Assembly, Vuong Dinh Hue, said"): the title's holder."""
        head = text[max(0, run[0].start - OFFICE_CHAIN) : run[0].start]
        comma = head.rstrip().endswith(",")
        closed = re.match(r"\s*(?:[,.;]|$)", text[run[-1].end : run[-1].end + 3])
        if not comma or closed is None:
            return False
        cut = len(head.rstrip()) - 1  # the comma
        lo = run[0].start - len(head)
        for k in range(cut - 1, -1, -1):
            if lo + k + 1 in ctx.role_ends:
                chain = head[k + 1 : cut]
                return (
                    bool(chain.strip())
                    and all(
                        w[0].isupper() or w.lower() in self.profile.function_words
                        for w in re.findall(r"[^\W\d_][\w'’.\-]*", chain)
                    )
                    and not re.search(r"[,;:.!?]\s", chain)
                )
        return False

    def _known(self, run: Sequence[Token]) -> bool:
        """A leader the knowledge base knows by these words (a possessive looked past:
        "Putins", "Putin's")."""
        if self.known_name is None:
            return False
        words = [t.text for t in run]
        if self.known_name(words):
            return True
        last = words[-1]
        return any(
            last.endswith(g)
            and len(last) > len(g) + 2
            and self.known_name([*words[:-1], last[: -len(g)]])
            for g in self.profile.person_possessive_suffixes
        )

    def _tagged_proper(self, text: str, tok: Token, budget: list[int] | None) -> bool:
        """The tagger calls the word a proper noun among its neighbours (asked only for a
        meeting's subject or object, and at most ``budget`` times a document)."""
        return self._tag_in_context(text, tok, budget) == "PROPN"

    def _tag_in_context(self, text: str, tok: Token, budget: list[int] | None) -> str:
        """The tagger's coarse tag of a word among its neighbours ("" without a tagger or
        past the document's ``budget`` of such questions)."""
        if self.tagger is None or budget is None or budget[0] <= 0:
            return ""
        budget[0] -= 1
        lo = max(0, tok.start - ARGUMENT_CONTEXT)
        left = text[lo : tok.start].split()[1:] if lo else text[: tok.start].split()
        ends = [k for k, w in enumerate(left) if w.endswith((".", "!", "?")) and len(w) > 2]
        if ends:
            left = left[ends[-1] + 1 :]  # not across the end of a sentence before it
        right = text[tok.end : tok.end + ARGUMENT_CONTEXT].split()[:-1]
        words = [*left, tok.text, *right]
        tags = self.tagger(words)
        return tags[len(left)] if len(tags) == len(words) else ""

    @staticmethod
    def _argument(text: str, run: list[Token], ctx: NameContext) -> bool:
        """The run stands right before a meeting verb or right after a meeting word (or its
        "with"), separated by one space."""
        start, end = run[0].start, run[-1].end
        if text[end : end + 1] == " " and end + 1 in ctx.argument_before:
            return True
        return start > 0 and text[start - 1] == " " and start - 1 in ctx.argument_after

    def _of_origin(self, text: str, run: list[Token]) -> bool:
        """A word of origin right before the run: a place's ("гости из Хэйлунцзяна
        договорились", "guests from Heilongjiang met")."""
        before = text[max(0, run[0].start - 12) : run[0].start].split()[-1:]
        return bool(before) and before[0].lower() in self.profile.origin_words

    def _titled_name(self, word: str) -> bool:
        """Whether a word after a title is a name although a dictionary lists it: always in
        English ("President Bush"), in German only when tagged a proper noun ("den
        Unterhändlern der Regierung" stays a noun)."""
        if word.lower() in self.stopwords:
            return False
        return self.is_proper_noun is None or self.is_proper_noun(word)

    def _trailing_common(self, word: str) -> bool:
        """A common noun after a German name ("Giusey Princi Pläne"); in English and Russian
        only function words, since they capitalise no common noun inside a sentence and
        surnames are often words too ("George W Bush", "Цой Сон Хи")."""
        if self.profile.capitals_mark_names:
            return False  # "Ле Тхань Там": a capitalised "Там" inside a sentence is a name's
        if not self.profile.nouns_capitalised:
            return word.lower() in self.stopwords
        return self._common(word) and not self.first_names(word)

    def _portfolio_word(self, text: str, tok: Token, ctx: NameContext) -> bool:
        """A single dictionary word that goes on a title's portfolio (``goes_on_portfolio``),
        no name."""
        if not goes_on_portfolio(text, tok, ctx.owner_ends, ctx.role_ends, self.profile):
            return False
        return not self.first_names(tok.text) and self._common(tok.text)

    def _common(self, word: str) -> bool:
        low = word.lower()
        if low in self.stopwords:
            return True
        if "-" in word and self.first_names(word):
            return False  # "Frank-Walter": no dictionary word is a pair of first names
        if (
            self.is_proper_noun is None
            and self.first_names(word)
            and not self.ambiguous_first_names(word)
        ):
            return False  # "Edward", "Jacques": English dictionaries list them, but they are names
        return self.is_common_word(word)

    def _speech_near(self, text: str, start: int, end: int) -> bool:
        window = text[max(0, start - SPEECH_NEAR) : start] + " " + text[end : end + SPEECH_NEAR]
        return any(w.lower() in self.speech_words for w in re.findall(r"\w+", window))


_ADJ_RE = re.compile(r"[^\W\d_][\w-]*\s+")


def following_word_starts(
    text: str,
    pos: int,
    lead: re.Pattern[str],
    max_words: int = 3,
    stop_words: frozenset[str] = frozenset(),
) -> list[int]:
    """Offsets where an apposition's head may start after ``pos``: after a comma and an
    article, and after each of up to ``max_words`` further words (adjectives); a word of
    ``stop_words`` (a preposition: ", conferring instead with the President of ...") ends
    the apposition."""
    m = lead.match(text, pos)
    if m is None or "," not in text[pos : m.end()]:
        return []
    out = [m.end()]
    at = m.end()
    for _ in range(max_words):
        w = _ADJ_RE.match(text, at)
        if w is None or w.group().strip().lower() in stop_words:
            break
        at = w.end()
        out.append(at)
    return out
