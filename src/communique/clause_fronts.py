"""A phrase that opens a sentence: one with a meeting noun ("At the meeting with Lund, Okafor
praised Azikiwe", "Beim Treffen mit Lund würdigte Berg den Altkanzler Kohl", "Speaking after
talks with Lund, Okafor said"): the main clause's subject has the meeting, its objects do not;
one that describes the subject, named in an apposition after it ("Der Kommandant der
Operation, Generalmajor X, informierte die Ministerin"); one of the subject's company (",
later joined by X", "joined by their delegations, among them X").
A part of ``communique.clauses.SentenceClauses``, which holds the tokens, their tags and the
segments these tests read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from communique.clause_topics import Segment
from communique.lexicon import Match
from communique.sentences import Sentence, Token

if TYPE_CHECKING:
    from communique.actors import PersonEntity
    from communique.mentions import Mentions

TITLE_GAP_CHARS = 40  # characters of a title's portfolio after it at a clause's end
LIST_ITEM_WORDS = 3  # words of one item of a list of portfolios
LEAD_WORDS = 2  # adverbs or participles before a phrase that opens a sentence
AMONG_REACH = 70  # characters from "darunter", "including" to the first person listed (a title
# with its body and degrees between: "darunter Richterin des Bundesverfassungsgerichts Prof. Dr. X")
ADVERBIAL_WORDS = 6  # words of a sentence's opening adverbial phrase ("On Tuesday", "In preparation
# for the Session")
SUBJECT_TOKENS = 16  # tokens after a finite verb where its subject may end
_AFTER_VERB = frozenset({"ADV", "PROPN", "NOUN", "CCONJ"})
# a body's name after a preposition of a title ("Judge of the Federal Constitutional Court")
_BODY_AFTER = re.compile(r"\s+(?:the\s+)?(?-i:[A-Z])\w+\s+(?!$)")
# a list of some of the group named before: "among them", "including", "darunter"
LISTED_AMONG = re.compile(r"(?:among\s+them|including|darunter|unter\s+ihnen)\b", re.IGNORECASE)


class ClauseFronts:
    """The main clause after a phrase that opens the sentence (see ``SentenceClauses``)."""

    m: Mentions
    sent: Sentence
    tokens: list[Token]
    tags: list[str]
    segments: list[Segment]

    def segment_at(self, pos: int) -> Segment | None:
        raise NotImplementedError

    def _led_opening(self, pos: int, trigger: Match) -> bool:
        """The person at ``pos`` is named in a phrase that opens the sentence and says who
        led the talks its trigger tells after it ("Unter der Leitung von X und Y haben ...
        Regierungsverhandlungen stattgefunden")."""
        found = self.m.profile.led_opening_re.match(self.m.text, self.sent.start)
        return found is not None and found.end() <= pos < trigger.start

    def _tag(self, i: int) -> str:
        raise NotImplementedError

    def _is_finite(self, i: int, tok: Token) -> bool:
        raise NotImplementedError

    def _main_clause_objects(self, trigger: Match) -> tuple[int, int] | None:
        """A meeting noun in a phrase that opens the sentence ("At the meeting with Lund,
        Okafor praised Azikiwe", "Beim Treffen mit Lund würdigte Berg den Altkanzler Kohl"):
        the main clause's finite verb comes after it, and people after that verb are its
        objects, not the meeting's; only a subject right after it (German word order) is.
        Returns (where the verb ends, the last start of such a subject), or None."""
        profile = self.m.profile
        if not self.tags:
            return None
        toks = self.tokens
        k = next((i for i, t in enumerate(toks) if t.start >= trigger.start), None)
        if k is None or (trigger.row.get("pos") != "noun" and self._tag(k) != "NOUN"):
            return None
        j = k - 1
        while j >= 0 and toks[j].text.lower() in profile.articles | profile.determiners:
            j -= 1
        if j < 0 or not (toks[j].text.lower() in profile.prepositions or self._tag(j) == "ADP"):
            return None
        # the phrase opens the sentence, after an adverb or a participle if any ("Shortly
        # after the talks with X", "Speaking after talks with X, Kerry said")
        lead = [i for i in range(j) if toks[i].start >= self.sent.start]
        first = toks[lead[0]].start if lead else toks[j].start
        if (
            len(lead) > LEAD_WORDS
            or self.m.text[self.sent.start : first].strip()
            or not all(self._tag(i) == "ADV" or self._participle(toks[i]) for i in lead)
        ):
            return None
        for v in range(k + 1, len(toks)):
            if toks[v].start < trigger.end or not self._is_finite(v, toks[v]):
                continue
            if self.m.trigger_index.covering(toks[v].start, toks[v].end):
                return None  # the main verb is a meeting word itself
            end = toks[v].end
            return end, self._subject_after(v) if profile.verb_second else end
        return None

    def _subject_after(self, v: int) -> int:
        """Where the subject after the finite verb at token ``v`` ends (German word order):
        its titles, names, adverbs and coordinated people ("waren auch Tom Weber und Anna
        Berg dabei", "sagte Außenminister Frank-Walter Steinmeier", "haben sich die
        Präsidenten Russlands und der Ukraine, X und Y, geeinigt"), up to its first person
        and whoever is coordinated with them; an object's article ("den", "dem") ends it.
        Returns the start of its last token."""
        toks = self.tokens
        reach = toks[v].end
        named = False  # the subject's person is named: only "und" and another name go on
        for w in range(v + 1, min(len(toks), v + 1 + SUBJECT_TOKENS)):
            tok, tag = toks[w], self._tag(w)
            if self.m.person_index.covering(tok.start, tok.end):
                reach, named = tok.start, True
                continue
            if named and tag != "CCONJ":
                break
            if tag in _AFTER_VERB:
                reach = tok.start
                continue
            low = tok.text.lower()
            nominative = tag in ("DET", "ADJ") and low not in self.m.profile.object_articles
            if not (nominative or tok.text == "," or low in self.m.profile.reflexives):
                break
        return reach

    def fronted_subjects(
        self, trigger: Match, spans: Sequence[tuple[int, int, PersonEntity]]
    ) -> set[int]:
        """The people (entity indexes) of ``spans`` who are the subject of the main clause
        after a phrase that opens the sentence with the meeting noun ("After talks with
        Lund, Okafor said"): they take part even when they only speak."""
        home = self.segment_at(trigger.start)
        objects = self._main_clause_objects(trigger)
        if home is None or objects is None:
            return set()
        return {
            e.index
            for s, _, e in spans
            if (s < objects[0] or s <= objects[1]) and self._fronted_subject(s, home)
        }

    def _participle(self, tok: Token) -> bool:
        """A present participle opening a phrase ("Speaking", "Addressing")."""
        suffixes = self.m.profile.participle_suffixes
        return tok.text[:1].isalpha() and tok.text.lower().endswith(suffixes) if suffixes else False

    def _fronted_subject(self, pos: int, home: Segment) -> bool:
        """ "At the meeting with Lund, Okafor warned ...", "Speaking after talks with Lund,
        Okafor said ...": the main clause after the phrase that opens the sentence with the
        meeting noun (its people up to the verb: ``_main_clause_objects``) is its subject's,
        whatever its verb (a speech verb too)."""
        if home.finite:
            return False
        k = self.segments.index(home)
        seg = self.segment_at(pos)
        return seg is not None and k + 1 < len(self.segments) and seg is self.segments[k + 1]

    def _names_subject(self, seg: Segment, home: Segment) -> bool:
        """An apposition between the sentence's opening noun phrase and the meeting word's
        clause names that phrase's person, the subject ("Der Kommandant der Operation, der
        österreichische Generalmajor X, informierte die Ministerin")."""
        k = self.segments.index(seg)
        if k == 0 or k + 1 >= len(self.segments) or self.segments[k + 1] is not home:
            return False
        first = self.segments[k - 1]
        return (
            k == 1
            and first.opener == "plain"
            and not first.finite
            # (the opening phrase names nobody: "Dennis Rowe, a senior adviser to President
            # Paul Grant, met ..." names its subject before the apposition)
            and not self.m.person_index.starting_in(first.start, first.end)
        )

    def _subject_after_adverbial(self, seg: Segment) -> bool:
        """The segment after a sentence's opening adverbial phrase, set off by commas, is
        the subject, not an apposition ("On Tuesday, the Hon. Minister, accompanied by X,
        was received by ..."): the opening phrase starts with a preposition, has no verb and
        names nobody."""
        if len(self.segments) < 3 or self.segments[1] is not seg:
            return False
        first = self.segments[0]
        words = self.m.text[first.start : first.end].split()
        return (
            first.opener == "plain"
            and not first.finite
            and 0 < len(words) <= ADVERBIAL_WORDS
            # (or opens with a date: "Today in Tashkent, the Commissioner, accompanied by X,")
            and (
                words[0].lower() in self.m.profile.prepositions
                or bool(self.m.date_index.starting_in(first.start, first.start + 1))
            )
            and not self.m.person_index.starting_in(first.start, first.end)
        )

    def _in_company(self, seg: Segment, home: Segment, pos: int) -> bool:
        """An apposition at ``pos`` names someone in the company of the meeting word's
        people: after a word of company in it (", accompanied by X", ", later joined by X"),
        or listed after one told before it ("joined by their delegations, among them X"), or
        listed right after the meeting word's clause ("met members, including X")."""
        company = self.m.profile.company_re
        if company.search(self.m.text, seg.start, pos):
            return True
        if self.m.profile.led_by_opening_re.match(self.m.text, seg.start) and (
            self.segments.index(seg) == self.segments.index(home) + 1
        ):
            # "held talks with the Foreign Affairs Committee, chaired by X": the body's head
            return True
        among = LISTED_AMONG.match(self.m.text, seg.start)
        if among is None or seg.start <= home.start:
            return False
        if company.search(self.m.text, home.start, seg.start) is not None:
            return True
        # some of the group the meeting word's clause met, right after it ("traf Mitglieder
        # der Gruppe, darunter deren Obfrau X"; "met members, including its chair X"); not a
        # person in a phrase ("including the case of X")
        first = min(
            (p.start for p in self.m.person_index.starting_in(among.end(), pos + 1)), default=pos
        )
        gap = self.m.text[among.end() : first]
        # (a preposition inside a title or a body's name is no phrase's: "including Judge of
        # the Federal Constitutional Court X")
        words = [
            w.group()
            for w in re.finditer(r"\S+", gap)
            if not self.m.role_index.overlapping(among.end() + w.start(), among.end() + w.end())
            and not self.m.place_index.overlapping(among.end() + w.start(), among.end() + w.end())
            and not _BODY_AFTER.match(gap, w.end())
        ]
        return (
            self.segments.index(seg) == self.segments.index(home) + 1
            and len(gap) <= AMONG_REACH
            and not any(w.lower() in self.m.profile.prepositions for w in words)
        )

    def _led_relative(self, seg: Segment, home: Segment) -> bool:
        """A relative clause right after the meeting word's that opens with words of
        leading ("с делегацией ..., которую возглавляет X"): it names the head of the
        delegation met."""
        return bool(
            self.m.profile.led_by_opening_re.match(self.m.text, seg.start)
            and self.segments.index(seg) == self.segments.index(home) + 1
        )

    def _noun_relative(self, pos: int, home: Segment, trigger: Match) -> bool:
        """The mention stands in a relative clause on the meeting noun itself, right after
        it, that says who held it or took part ("в ходе видеоконференции, которую провели X
        и Y"; "a meeting in which X took part")."""
        seg = self.segment_at(pos)
        if seg is None or seg.opener != "relative" or trigger.row.get("pos") != "noun":
            return False
        if self.m.text[trigger.end : home.end].strip(" ,"):
            return False
        between = self.m.text[home.end : seg.start].replace(",", " ").split()
        if seg.start < home.end or any(
            w.lower() not in self.m.profile.prepositions for w in between
        ):
            return False  # (right after it: "встрече, в которой участвовали X и Y")
        clause = self.m.text[seg.start : seg.end]
        words = {w.lower() for w in re.findall(r"[\w-]+", clause)}
        return bool(words & self.m.profile.holding_verbs) or bool(
            self.m.profile.joining_re.search(clause)
        )

    def _denied_report(self, home: Segment) -> bool:
        """The meeting word's clause opens with a complementizer after a main clause that
        denies it ("wies Berichte zurück, wonach A mit B zusammentreffen solle", "dismissed
        reports that A would meet B")."""
        first = self.m.text[home.start : home.start + 20].split()[:1]
        if not first or first[0].lower().strip(",") not in self.m.profile.complementizers:
            return False
        return any(
            c.row.get("status") == "denied" and c.end <= home.start
            for c in self.m.status_index.starting_in(self.sent.start, home.start)
        )

    def _host(self, seg: Segment | None) -> Segment | None:
        """The clause a verbless phrase after a comma continues: a relative or subordinate
        clause right before it ("..., where she held a meeting with the Chief Executive of
        the Board, Grace Karenzi": the name is the relative clause's); else the segment."""
        if seg is None or seg.finite or seg.opener not in ("plain", "apposition"):
            return seg
        if not self.m.text[seg.start : seg.start + 1].isupper():
            return seg  # (not "..., who oversees X, and with Y": the main clause goes on)
        k = self.segments.index(seg)
        prev = self.segments[k - 1] if k else None
        if (
            prev is not None
            and prev.finite
            and prev.opener in ("relative", "subordinate")
            and self.m.text[prev.end : seg.start].strip() == ","
        ):
            return prev
        return seg

    def _bracketed(self, trigger: Match, pos: int) -> bool:
        """The mention stands inside a meeting verb's bracket, in no clause of its own ("kam
        mit dem Vorsitzenden, X, und der Abgeordneten Y zusammen": Y too)."""
        if not (trigger.start < pos < trigger.end) or " " not in trigger.text:
            return False
        seg = self.segment_at(pos)
        return seg is not None and not seg.finite and seg.opener in ("coordination", "apposition")

    def _coordinated_phrase(self, seg: Segment, home: Segment) -> bool:
        """A phrase without a verb opened by a coordinator after the meeting word's clause,
        with no clause of its own between ("Geleitet wurden die Gespräche vom Erzbischof X,
        Sekretär für die Beziehungen, und vom Vize-Außenminister Y"): one more of its
        arguments."""
        if seg.start <= home.start or not self._verbless(seg):
            return False
        first = self.m.text[seg.start : seg.start + 12].split()[:1]
        if not first or first[0].lower() not in self.m.profile.coordinators:
            return False
        gap = self.m.profile.gap_openers
        rest = self.m.text[seg.start + len(first[0]) : seg.end]
        if gap and re.match(rf"\s+(?:\w+\s+)?(?:{gap})\b", rest, re.IGNORECASE):
            return False  # "und am Nachmittag X": a meeting of its own, later
        return not any(home.start < s.start < seg.start and s.finite for s in self.segments)

    def _coordinated_with(self, pos: int, antecedent: int) -> bool:
        """The person at ``pos`` is joined by a coordinator to the one at ``antecedent``,
        with nothing between but titles ("A und Minister B", "A и министр B")."""
        if pos >= antecedent:
            return False
        gap = self.m.text[pos:antecedent]
        if any(c in gap for c in ",;:()–—"):
            return False
        found = self.m.person_index.starting_in(pos, pos + 1)
        end = max((p.end for p in found), default=pos)
        words = [w.lower() for w in self.m.text[end:antecedent].split()]
        return any(w in self.m.profile.coordinators for w in words[:1])

    def _verbless(self, seg: Segment) -> bool:
        """The segment holds no verb, finite or not ("und vom Vize-Außenminister Y"; not "und
        den Fall des Journalisten X angesprochen")."""
        if seg.finite or not self.tags:
            return False
        return not any(
            seg.start <= tok.start < seg.end and self._tag(i) in ("VERB", "AUX", "PART")
            for i, tok in enumerate(self.tokens)
        )

    def _list_comma(self, tokens: list[Token], i: int) -> bool:
        """A comma inside a title, or inside a list of lower-case nouns that an additive
        coordinator closes, in a title's portfolio ("министром инвестиций, торговли и
        промышленности X", "по политическим вопросам, миру и безопасности"): no break between
        clauses."""
        if tokens[i].text != "," or i == 0:
            return False
        tok = tokens[i]
        if any(
            r.start < tok.start and tok.end < r.end
            for r in self.m.role_index.overlapping(tok.start, tok.end)
        ):
            return True  # inside a title's portfolios: "Министром развития, промышленности и услуг"
        if not self.tags:
            return False
        item = ("NOUN", "ADJ")
        if not (tokens[i - 1].text.islower() and self._tag(i - 1) in item):
            return False
        profile = self.m.profile
        for j in range(i + 1, min(len(tokens) - 1, i + 1 + LIST_ITEM_WORDS)):
            word = tokens[j].text
            if word in profile.additive_coordinators:
                nxt = tokens[j + 1]
                return j > i + 1 and nxt.text.islower() and self._tag(j + 1) in item
            if not (word.isalpha() and word.islower() and self._tag(j) in item):
                return False
        return False

    def _names_title_before(self, seg: Segment, home: Segment, pos: int) -> bool:
        """An apposition right after the meeting word's clause names the person whose title
        ends that clause, where no name followed the title ("bilateral talks between
        Minister of Foreign Affairs and Foreign Trade, Senator the Hon. X, and ...")."""
        k = self.segments.index(seg)
        if k == 0 or self.segments[k - 1] is not home or seg.finite:
            return False
        gap = self.m.text[home.end : seg.start]
        if gap.strip() not in (",", ""):
            return False
        titled = any(
            home.end - TITLE_GAP_CHARS <= r.end <= home.end
            for r in self.m.role_index.starting_in(home.start, home.end)
        )
        named = self.m.person_index.starting_in(home.start, home.end)
        # (the person is the apposition's first name: "Senator the Hon. X")
        first = min(
            (p.start for p in self.m.person_index.starting_in(seg.start, seg.end)), default=-1
        )
        return titled and not named and first == pos
