"""Mentions: everything a document names, each with its character span.

One pass per kind over the text: places, states and organisations (knowledge base), role
titles, dates, person names, event triggers, status cues, topic words and anaphora.
Later stages (actors, events) only combine these.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from communique.city_owners import city_adjectives, dateline_cities, title_regions
from communique.clauses import TagBudget
from communique.counterpart_lists import counterpart_lists
from communique.honorifics import honorifics_in
from communique.lexicon import Match, PatternTable
from communique.name_evidence import NameContext
from communique.name_places import inside_a_name
from communique.people import PersonMention
from communique.portfolios import in_a_portfolio, portfolio_spans
from communique.positions import IntervalSet, SpanIndex, T
from communique.quote_marks import QuotePatterns, quote_spans
from communique.role_descriptions import described_roles
from communique.sentences import Sentence, Token, tokenize
from communique.surname_forms import one_adjective_surname

if TYPE_CHECKING:
    from communique.clauses import Tagger
    from communique.dates import DateMention
    from communique.deadline import Deadline
    from communique.knowledge import PlaceMatch
    from communique.lang.profile import LanguageProfile
    from communique.lang.word_tests import PersonNames
    from communique.resources import LanguageResources

AFFILIATING = ("state", "state_adj", "org")  # kinds of place that can own a title


@dataclass(slots=True)
class Mentions:
    profile: LanguageProfile
    deadline: Deadline
    tagger: Tagger | None  # the language's part-of-speech tagger, for the clause analysis
    topics: PatternTable  # the language's agenda topics (matched once, on first use)
    text: str
    sentences: list[Sentence]
    tokens: list[Token]
    places: list[PlaceMatch]
    roles: list[Match]
    modifiers: list[Match]
    dates: list[DateMention]
    persons: list[PersonMention]
    triggers: list[Match]
    status: list[Match]
    anaphora: list[Match]
    speech: list[Match]
    honorifics: list[tuple[int, int]] = field(default_factory=list)
    person_names: PersonNames | None = None  # where the language inflects names
    # indexes by position, built once (stages look mentions up by range, never by scanning)
    place_index: SpanIndex[PlaceMatch] = field(init=False)
    affiliating: SpanIndex[PlaceMatch] = field(init=False)
    role_index: SpanIndex[Match] = field(init=False)
    person_index: SpanIndex[PersonMention] = field(init=False)
    trigger_index: SpanIndex[Match] = field(init=False)
    status_index: SpanIndex[Match] = field(init=False)
    speech_index: SpanIndex[Match] = field(init=False)
    anaphora_index: SpanIndex[Match] = field(init=False)
    # cities named by an adjective right before a title ("der Wiener Bürgermeister"), which
    # are no places of the text's events (``city_owners``)
    title_cities: list[PlaceMatch] = field(default_factory=list)
    # subdivisions owning titles, by the title's start ("Bayerns Wirtschaftsminister")
    title_regions: dict[int, PlaceMatch] = field(default_factory=dict)
    date_index: SpanIndex[DateMention] = field(init=False)
    modifier_index: SpanIndex[Match] = field(init=False)
    person_starts: frozenset[int] = field(init=False)
    # honorifics by where they start and by where they end
    honorific_at: dict[int, int] = field(init=False)
    honorific_ending: dict[int, int] = field(init=False)
    # places, role modifiers and honorifics: words a role-name gap may contain
    gap_words: IntervalSet = field(init=False)
    topic_index: SpanIndex[Match] | None = field(default=None, init=False)
    # where sport's words stand (found on first ask), and whether the text is about sport
    sport_starts: list[int] | None = field(default=None, init=False)
    sport_text: bool = field(default=False, init=False)
    # the sentence that is the text's headline (``headline_index``)
    headline: int = field(default=0, init=False)
    # the quotations: words and marks (found on first ask), and the stretches of the marks
    _quotations: list[tuple[int, int, int, int]] | None = field(default=None, init=False)
    quoted: IntervalSet | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        text = self.text
        self.place_index = SpanIndex(self.places)
        self.affiliating = SpanIndex(
            p
            for p in self.places
            if p.kind in AFFILIATING
            # not the first part of a compound adjective ("der Griechenland-skeptischen")
            and not (p.end + 1 < len(text) and text[p.end] == "-" and text[p.end + 1].islower())
        )
        self.role_index = SpanIndex(self.roles)
        self.modifier_index = SpanIndex(self.modifiers)
        self.person_index = SpanIndex(self.persons)
        self.trigger_index = SpanIndex(self.triggers)
        self.status_index = SpanIndex(self.status)
        self.speech_index = SpanIndex(self.speech)
        self.anaphora_index = SpanIndex(self.anaphora)
        self.date_index = SpanIndex(self.dates)
        self.person_starts = frozenset(p.start for p in self.persons)
        self.honorific_at = dict(self.honorifics)
        self.honorific_ending = {b: a for a, b in self.honorifics}
        self.headline = headline_index(text, self.sentences, self.triggers)
        self.gap_words = IntervalSet(
            [(p.start, p.end) for p in self.places]
            + [(r.start, r.end) for r in self.modifiers]
            + self.honorifics
        )

    def topics_in(self, sent: Sentence) -> Sequence[Match]:
        """The agenda topic words of a sentence (the whole text is matched once, when a
        document first asks: most documents hold no event and never do)."""
        if self.topic_index is None:
            self.topic_index = SpanIndex(self.topics.finditer(self.text))
        return self.topic_index.starting_in(sent.start, sent.end)

    def sporting(self, sent: Sentence) -> bool:
        """Whether the sentence, or the text as a whole (two different sports words), is about
        sport (found once, on first ask)."""
        if self.sport_starts is None:
            found = (
                list(self.profile.sports_re.finditer(self.text))
                if self.profile.sports_words
                else []
            )
            self.sport_starts = [f.start() for f in found]
            self.sport_text = len({f.group().lower() for f in found}) >= 2
        return self.sport_text or any(sent.start <= s < sent.end for s in self.sport_starts)

    def meeting_word_between(self, start: int, end: int) -> bool:
        """A meeting, call or visit word starts between the two positions: what stands on
        either side of it are two parties ("The Foreign Secretary met Anna Berg")."""
        return any(
            t.row.get("kind") in (*ROSTER_KINDS, "visit")
            for t in self.trigger_index.starting_in(start, end)
        )

    def in_sentence(self, index: SpanIndex[T], sent: Sentence) -> Sequence[T]:
        """The items of ``index`` that start inside ``sent``."""
        return index.starting_in(sent.start, sent.end)

    def planned_in(self, sent: Sentence) -> bool:
        """Whether a status cue of a plan stands in ``sent`` ("soll ... stattfinden")."""
        return any(
            c.row.get("status") == "planned" for c in self.in_sentence(self.status_index, sent)
        )

    def quoted_apart(self, pos: int, near: int) -> bool:
        """Whether ``pos`` stands in a quotation that does not hold ``near``: what a quoted
        speaker says ("The next six months must be ...," X told reporters at the end of the
        session) is not what the text around the quotation tells."""
        if self.quoted is None:
            self.quoted = IntervalSet((a, b) for _, _, a, b in self.quotations())
        return any(not s <= near < e for s, e in self.quoted.covering(pos))

    def quotations(self) -> list[tuple[int, int, int, int]]:
        """The text's quotations: start and end of the quoted words, then of the marks."""
        if self._quotations is None:
            patterns = QuotePatterns.of(self.profile.quote_pairs)
            self._quotations = quote_spans(self.text, patterns)
        return self._quotations

    def sentence_of(self, pos: int) -> Sentence:
        """The sentence containing ``pos`` (the nearest before it when between sentences)."""
        lo, hi = 0, len(self.sentences) - 1
        best = self.sentences[0]
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.start <= pos:
                best = s
                lo = mid + 1
            else:
                hi = mid - 1
        return best


def find_mentions(
    text: str, res: LanguageResources, published_date: object | None, deadline: Deadline
) -> Mentions:
    """All mentions of one document in language ``res.lang``."""
    import datetime as _dt

    deadline.check("sentences")
    sentences = res.splitter.split(text)
    tokens = tokenize(text)
    deadline.check("places")
    places = dateline_cities(
        text, res.knowledge.find_places(text, res.profile), res.knowledge.capital_of_name
    )
    deadline.check("titles")
    roles = list(res.roles.finditer(text))
    modifiers = list(res.role_modifiers.finditer(text))
    pub = published_date if isinstance(published_date, _dt.date) else None
    deadline.check("dates")
    dates = res.grammar.find(text, pub)
    honorifics = honorifics_in(text, res.honorifics, tokens, res.honorific_phrases)
    anaphora = list(res.anaphora.finditer(text))
    anaphora = sorted(
        anaphora + described_roles(text, roles, anaphora, res.profile), key=lambda a: a.start
    )
    # (not a place's name inside a person's: "Maria Luisa G. Santiago-Reyes", "Santiago
    # Cevallos Naranjo")
    blocked = [(p.start, p.end) for p in places if not inside_a_name(text, p, places, res.people)]
    blocked += [(r.start, r.end) for r in roles]
    blocked += [(d.start, d.end) for d in dates]
    # a weekday's name or abbreviation right before a date ("Tue Jun 3, 2025") is no name
    weekdays = res.grammar.cal.weekdays.values
    for d in dates:
        day = re.search(r"(\w+)\.?,?[ \t]+$", text[max(0, d.start - 16) : d.start])
        word = day.group(1).lower() if day is not None else ""
        # (its abbreviation: the start of its name, "Tue", "Di")
        if day is not None and len(word) >= 2 and any(w.startswith(word) for w in weekdays):
            at = d.start - len(day.group(0))
            blocked.append((at, at + len(day.group(1))))
    blocked += honorifics
    deadline.check("triggers")
    # matched sentence by sentence: a meeting phrase does not run on into the next sentence
    # ("führte Sondierungsgespräche. Sein zweites Gespräch")
    sentence_starts = [s.start for s in sentences]
    triggers = [
        m
        for m in res.events.finditer_spans(text, [(s.start, s.end) for s in sentences])
        if m.row.get("kind") != "none"
        and (
            res.profile.nouns_capitalised
            or not _in_a_title(
                text, sentences[bisect.bisect_right(sentence_starts, m.start) - 1], m
            )
        )
    ]
    # "Generaldirektor für internationale Handelsverhandlungen": a title's portfolio
    in_portfolio = res.profile.portfolio_link_re
    if in_portfolio is not None:
        role_ends = sorted(r.end for r in roles)
        triggers = [t for t in triggers if not in_a_portfolio(text, role_ends, t, in_portfolio)]
    # "Commonwealth Heads of Government Meeting": an event noun after a title is no name
    blocked += [(t.start, t.end) for t in triggers if t.row.get("pos") == "noun"]
    # "Zhou Jiaming Holds Talks with ...": a headline's capitalised verb ends the name
    # (its first word only: "Mit der Ministerin X sprach er" opens with a trigger's "Mit")
    blocked += [
        (t.start, t.start + len(t.text.split()[0]))
        for t in triggers
        if t.row.get("pos") == "verb" and t.text[:1].isupper()
    ]
    # "Bali Democracy Forum": a capitalised run before a gathering's noun is part of its name
    gatherings = [t for t in triggers if t.row.get("kind") in GATHERING_KINDS]
    gathering_heads = frozenset(
        t.start for t in gatherings if t.row.get("pos") == "noun" and t.text[:1].isupper()
    )
    before, after = _argument_edges(text, triggers, res.profile)
    # "Governor of Texas Anna Berg": the subdivision owning a title is no part of the name
    # after it, which the title introduces
    regions = title_regions(text, roles, res.knowledge.subdivision_named, res.profile)
    blocked += [(p.start, p.end) for p in regions.values()]
    owner_ends = frozenset(_org_ends_after_role(text, places, roles, res.profile))
    portfolios = portfolio_spans(
        text, roles, res.profile, res.people.clear_first_name, res.people.is_common_word
    )
    blocked += portfolios  # (its words are the title's, no name's: "Peacebuilding Affairs")
    owner_ends |= frozenset(end for _, end in portfolios)
    ctx = NameContext(
        argument_before=before,
        argument_after=after,
        blocked=blocked,
        role_ends=frozenset(r.end for r in roles)
        | owner_ends
        | frozenset(p.end for p in regions.values()),
        owner_ends=owner_ends - frozenset(r.end for r in roles),
        role_starts=frozenset(r.start for r in roles),
        modifier_starts=frozenset(x.start for x in modifiers),
        # "his counterpart Wang Yi", "ihren chinesischen Kollegen Wang Yi": a description of
        # the person's relation to another introduces the name as a title would
        honorific_ends=frozenset(e for _, e in honorifics)
        | frozenset(a.end for a in anaphora if a.row.get("type") in _INTRODUCING_ANAPHORA)
        | counterpart_lists(text, anaphora, places, res.profile),
        cities=frozenset(p.start for p in places if p.kind == "city"),
        gathering_heads=gathering_heads,
    )
    deadline.check("names")
    persons = res.people.find(text, tokens, sentences, ctx)
    if res.person_names is not None:
        titles = sorted((r.end, r.start) for r in roles)
        for pm in persons:
            governed = _governing_word(text, pm.start, titles, res.profile.prepositions)
            keys, nominative = res.person_names.base(pm.tokens, governed)
            pm.tokens, pm.base = keys, " ".join(nominative)
        one_adjective_surname(persons)
    deadline.check("cues")
    return Mentions(
        title_cities=city_adjectives(text, roles, res.knowledge.city_named, res.profile),
        title_regions=regions,
        profile=res.profile,
        tagger=TagBudget(res.tagger, len(text)) if res.tagger is not None else None,
        topics=res.topics,
        deadline=deadline,
        text=text,
        sentences=sentences,
        tokens=tokens,
        places=places,
        roles=roles,
        modifiers=modifiers,
        dates=dates,
        persons=persons,
        triggers=triggers,
        status=list(res.status.finditer(text)),
        anaphora=anaphora,
        speech=list(res.speech.finditer(text)),
        honorifics=honorifics,
        person_names=res.person_names,
    )


# trigger kinds whose words take a roster of people who meet or call (not visits, conferences)
ROSTER_KINDS = ("meeting", "call")
# trigger kinds whose nouns head the name of a gathering ("Munich Security Conference")
GATHERING_KINDS = ("conference",)
# anaphora that introduce a name right after them, as a title does ("his counterpart X")
_INTRODUCING_ANAPHORA = frozenset({"counterpart", "relation"})


HEADLINE_LINES = 4  # title lines before a headline at most


_LAST_WORD = re.compile(r"(\w+)[^\w.,;:!?()«»\"]*$")
_TITLE_GAP = 60  # characters between a title and its name (the title's state in between)


def headline_index(text: str, sentences: Sequence[Sentence], triggers: Sequence[Match]) -> int:
    """The sentence that is the text's headline: the first, or where title lines without a
    full stop open the text ("Deutscher Bundestag – Pressemitteilung", a date line, then
    "Bundestagspräsidentin empfängt ..."), the first of them to hold a meeting word."""
    starts = sorted(t.start for t in triggers)
    for s in sentences[:HEADLINE_LINES]:
        line = text[s.start : s.end].rstrip()
        if line.endswith((".", "!", "?", ":")) or "\n" not in text[s.end : s.end + 3]:
            break
        k = bisect.bisect_left(starts, s.start)
        if k < len(starts) and starts[k] < s.end:
            return s.index
    return 0


def _governing_word(
    text: str, start: int, titles: Sequence[tuple[int, int]], prepositions: frozenset[str]
) -> str | None:
    """The word a name at ``start`` agrees with or is governed by, where names inflect: the
    first word of a title right before it ("министром иностранных дел Казахстана Муратом
    Нуртлеу": "министром"), else a preposition right before it ("с Марией Захаровой": "с");
    not another word ("визит Лаврова": the name is no apposition of "визит"). ``titles``:
    (end, start) of the role mentions, sorted."""
    i = bisect.bisect_right(titles, (start, start)) - 1
    if i >= 0 and start - titles[i][0] <= _TITLE_GAP:
        end, title_start = titles[i]
        if all(ch.isalpha() or ch in " \u00a0-" for ch in text[end:start]):
            return text[title_start:end].split()[0]
    found = _LAST_WORD.search(text, max(0, start - 40), start)
    return found.group(1) if found and found.group(1).lower() in prepositions else None


def _argument_edges(
    text: str, triggers: list[Match], profile: LanguageProfile
) -> tuple[frozenset[int], frozenset[int]]:
    """Where a meeting verb starts, and where a meeting word (or the "with" right after
    it) ends: a name next to them is the meeting's subject or object."""
    before: set[int] = set()
    after: set[int] = set()
    for t in triggers:
        if t.row.get("kind") not in ROSTER_KINDS:
            continue
        if t.row.get("pos") == "verb":
            before.add(t.start)
            after.add(t.end)
            before |= _subject_edges(text, t.start, profile)
        found = profile.with_re.match(text, t.end + 1)
        if found is not None and text[t.end : t.end + 1] == " ":
            after.add(found.end())
    return frozenset(before), frozenset(after)


_WORD_BEFORE = re.compile(r"(\S+)\s$")
SUBJECT_LEAD_WORDS = 3  # "will also meet", "is due to meet"


def _subject_edges(text: str, verb: int, profile: LanguageProfile) -> set[int]:
    """Where a subject may end before a meeting verb besides right before it: before its
    auxiliaries, modals and adverbs ("Kerry will meet", "Lavrov is due to meet"), and before
    the coordinator of two subjects ("Lavrov and Kerry will meet"): the positions after
    which one space leads to them."""
    out: set[int] = set()
    at = verb
    for _ in range(SUBJECT_LEAD_WORDS):
        found = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if found is None or found.group(1).lower() not in profile.verb_lead_words:
            break
        at = found.start()
        out.add(at)
    # "Lavrov and Kerry ...": the word before the last subject word, if a coordinator
    found = _WORD_BEFORE.search(text, max(0, at - 60), at)
    if found is not None and found.group(1)[:1].isupper():
        joined = _WORD_BEFORE.search(text, max(0, found.start() - 20), found.start())
        if joined is not None and joined.group(1).lower() in profile.coordinators:
            out.add(joined.start())
    return out


def _org_ends_after_role(
    text: str, places: list[PlaceMatch], roles: list[Match], profile: LanguageProfile
) -> list[int]:
    """Ends of place/organisation mentions that directly follow a role ("Außenminister der
    Republik Kasachstan, Roman ...", "Foreign Minister of Japan Taro Kono"): a name after
    them is as anchored as a name right after the title. Between the two stand only link
    words and articles ("of the", "der"), not a clause ("generals had met in Turkmen
    Mountain": no title of "Mountain")."""
    out: list[int] = []
    spans = sorted((r.end, r.start) for r in roles)
    role_ends = [end for end, _ in spans]
    links = (
        profile.capital_links
        | profile.articles
        | frozenset(profile.origin_words)
        | frozenset(profile.locative_words)  # "Посла Индонезии в Российской Федерации Б.С."
        | frozenset(profile.place_prepositions)  # "Ambassador of Uzbekistan to Korea X"
    )
    ordered = sorted((q.start, q.end) for q in places)
    starts = [q[0] for q in ordered]
    for p in places:
        i = bisect.bisect_right(role_ends, p.start) - 1
        if i >= 0 and p.start - role_ends[i] <= _TITLE_GAP // 2:
            lo = role_ends[i]
            chars = list(text[lo : p.start])
            for qs, qe in ordered[
                bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, p.start)
            ]:
                chars[qs - lo : min(qe, p.start) - lo] = " " * (min(qe, p.start) - qs)
            gap = "".join(chars)
            if all(w.lower() in links for w in re.findall(r"[^\W\d_]+", gap)) and not any(
                c in gap for c in ".;:!?"
            ):
                out.append(p.end)
        elif i + 1 < len(spans) and spans[i + 1][1] < p.start < spans[i + 1][0] <= p.end:
            out.append(p.end)  # the title's last word opens the place: "Глава МИД Индии"
    return out


TITLE_CASE_SHARE = 0.6  # of a sentence's words capitalised: a headline in title case


def _in_a_title(text: str, sent: Sentence, trig: Match) -> bool:
    """A capitalised meeting verb inside a sentence is part of a title ("the comedy Meet the
    Fockers", "said on NBC's Meet the Press"), not something done: not at the start of the
    sentence, a quotation or a colon's clause, and not in a headline in title case. (Only
    where nouns are written in lower case: a German verb phrase may open with a noun.)"""
    if trig.row.get("pos") != "verb" or not trig.text[:1].isupper() or trig.start == sent.start:
        return False
    before = text[sent.start : trig.start].rstrip()
    if before[-1:] in ":\"“„«»('‘" or before.endswith(("–", "—", " -")):
        return False
    body = text[sent.start : sent.end].rstrip()
    if body.endswith((".", "!", "?", '."', ".”")):
        return True  # a headline in title case ends without a full stop
    words = re.findall(r"[^\W\d_]+", body)
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised < TITLE_CASE_SHARE * len(words)
