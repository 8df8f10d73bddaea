"""The patterns a language profile derives from its word fields, compiled once per profile.

``LanguageProfile`` (in ``profile.py``) declares the fields a pack sets; this mixin holds
what is computed from them: regexes of whole words, alternations longest first, word tests
on endings. The fields it reads are declared here as annotations only (no defaults), so
that the mixin type-checks on its own; the dataclass that inherits it defines them.
"""

from __future__ import annotations

import re
from functools import cached_property

BODY_NOUN_ENDING = 5  # letters of a body's noun that may end a German compound ("amt": no)


def has_stem(text: str, stems: tuple[str, ...]) -> bool:
    """Whether one of ``stems`` stands in ``text`` (case-insensitive)."""
    low = text.lower()
    return any(s in low for s in stems)


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of ``words`` (longest first), or one that never matches."""
    if not words:
        return r"(?!x)x"
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


class ProfilePatterns:
    """Derived patterns and word tests of a language profile (a mixin of LanguageProfile)."""

    # -- the word fields read here (defined, with defaults, by LanguageProfile) -----------
    accompany: str
    added_to_meeting: str
    additive_coordinators: frozenset[str]
    adjective_endings: tuple[str, ...]
    ahead_of: str
    articles: frozenset[str]
    attendee_heading: str
    body_nouns: frozenset[str]
    chaired_told: str
    led_opening: str
    bilateral_body: str
    city_owner_links: tuple[str, ...]
    company: str
    coordinators: frozenset[str]
    definite_determiners: frozenset[str]
    delegation_member_nouns: frozenset[str]
    delegation_members: str
    delegation_words: frozenset[str]
    denied_back: str
    escort_scope: str
    group_list: str
    group_nouns: frozenset[str]
    habitual: str
    head_of: str
    infinitive_markers: tuple[str, ...]
    interlocutor: str
    joined_them: str
    joining: str
    lead_words: str
    led_by: tuple[str, ...]
    led_sides: str
    locative_words: tuple[str, ...]
    margins: str
    memorial_before: str
    name_stop_words: tuple[str, ...]
    nouns_capitalised: bool
    office_after: str
    office_of: str
    on_behalf: str
    origin_words: tuple[str, ...]
    owned_speech: str
    past_meeting_verbs: str
    place_articles: tuple[str, ...]
    place_prepositions: tuple[str, ...]
    plural_title_ending: str
    plural_verb: str
    portfolio_after_title: str
    portfolio_words: tuple[str, ...]
    possessive_pronouns: frozenset[str]
    possessive_suffixes: tuple[str, ...]
    prepositions: frozenset[str]
    present_meeting_verbs: str
    present_or_participle_verbs: str
    region_owner_link: str
    relative_pronouns: tuple[str, ...]
    relative_words: frozenset[str]
    return_visit: str
    sent_by: str
    separately_words: tuple[str, ...]
    settlement_lead: str
    side_nouns: frozenset[str]
    signing_stems: tuple[str, ...]
    speaker_pronouns: tuple[str, ...]
    sports_words: frozenset[str]
    state_prepositions: tuple[str, ...]
    subordinators: frozenset[str]
    summons_stems: tuple[str, ...]
    topic_words: tuple[str, ...]
    town_prepositions: tuple[str, ...]
    with_side: str
    with_words: tuple[str, ...]

    @cached_property
    def with_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b{alternation(self.with_words)}\b", re.IGNORECASE)

    @cached_property
    def place_preposition_re(self) -> re.Pattern[str]:
        """A preposition (and article, and a city's description) right before a place, at the
        end of a string."""
        return self._before_place(self.place_prepositions, self.settlement_lead)

    def _before_place(self, prepositions: tuple[str, ...], lead: str = "") -> re.Pattern[str]:
        arts = alternation(self.place_articles)
        preps = alternation(prepositions)
        described = f"(?:{lead})?" if lead else ""
        return re.compile(rf"(?:\b{preps}\s+(?:{arts})?\s*{described})$", re.IGNORECASE)

    @cached_property
    def ahead_of_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{self.ahead_of})\b", re.IGNORECASE)

    @cached_property
    def with_side_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{self.with_side})\b", re.IGNORECASE)

    @cached_property
    def attendee_heading_re(self) -> re.Pattern[str] | None:
        if not self.attendee_heading:
            return None
        return re.compile(self.attendee_heading, re.IGNORECASE)

    @cached_property
    def habitual_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{self.habitual})\b", re.IGNORECASE)

    @cached_property
    def sent_by_re(self) -> re.Pattern[str]:
        arts = alternation(self.articles)
        return re.compile(rf"\b(?:{self.sent_by})\s+(?:(?:{arts})\s+)?$", re.IGNORECASE)

    @cached_property
    def office_of_re(self) -> re.Pattern[str]:
        # (the rest of the body's name between: "Secretary General of the Pacific Islands")
        name = r"(?:(?-i:[^\W\d_a-zа-яё])[\w'’.-]*\s+){0,3}"
        return re.compile(rf"\b(?:{self.office_of})\s*{name}$", re.IGNORECASE)

    @cached_property
    def escort_scope_re(self) -> re.Pattern[str] | None:
        return re.compile(self.escort_scope, re.IGNORECASE) if self.escort_scope else None

    @cached_property
    def office_after_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?:['’]s)?\s+(?:{self.office_after})\b", re.IGNORECASE)

    @cached_property
    def led_by_re(self) -> re.Pattern[str]:
        """ "led by" and its like at the end of a string (a title's article may follow)."""
        arts = alternation(self.articles)
        return re.compile(rf"\b{alternation(self.led_by)}\s+(?:{arts}\s+)?$", re.IGNORECASE)

    @cached_property
    def state_preposition_re(self) -> re.Pattern[str]:
        """A preposition (and article) right before a state where something is held."""
        return self._before_place(self.state_prepositions or self.place_prepositions)

    @cached_property
    def town_preposition_re(self) -> re.Pattern[str] | None:
        """A preposition that makes the small town right after it a place, at the end of a
        string ("in ", "nach ")."""
        if not self.town_prepositions:
            return None
        return re.compile(rf"(?<![\w-]){alternation(self.town_prepositions)}\s+$", re.IGNORECASE)

    @cached_property
    def definite_title_re(self) -> re.Pattern[str] | None:
        """A definite article and at most two words after it (no preposition among them), at
        the end of a string: what makes the title after it a description ("den
        Generalstabschef", "the archbishop", "the Mongolian top legislator")."""
        articles = self.articles & self.definite_determiners
        if not articles:
            return None
        stop = alternation(self.prepositions | self.coordinators)
        word = rf"(?!{stop}\s)[\w.-]+\s+"
        return re.compile(rf"(?<![\w-]){alternation(articles)}\s+(?:{word}){{0,2}}$", re.IGNORECASE)

    @cached_property
    def plural_title_re(self) -> re.Pattern[str]:
        return re.compile(self.plural_title_ending, re.IGNORECASE)

    @cached_property
    def list_link_re(self) -> re.Pattern[str] | None:
        """What joins the items of a list: a comma (and a coordinator), or a coordinator."""
        if not self.additive_coordinators:
            return None
        joins = alternation(self.additive_coordinators)
        return re.compile(rf"\s*(?:,\s*(?:{joins}\s+)?|\s{joins}\s+)")

    @cached_property
    def return_visit_re(self) -> re.Pattern[str] | None:
        return re.compile(self.return_visit, re.IGNORECASE) if self.return_visit else None

    @cached_property
    def region_owner_link_re(self) -> re.Pattern[str]:
        return re.compile(self.region_owner_link, re.IGNORECASE)

    @cached_property
    def city_owner_link_re(self) -> re.Pattern[str]:
        """The whole stretch between a title and the city owning it ("of", "of the city of")."""
        if not self.city_owner_links:
            return re.compile(r"(?!x)x")
        links = "|".join(r"\s+".join(map(re.escape, w.split())) for w in self.city_owner_links)
        return re.compile(rf"\s+(?:{links})\s+", re.IGNORECASE)

    @cached_property
    def locative_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b{alternation(self.locative_words)}\b", re.IGNORECASE)

    @cached_property
    def origin_re(self) -> re.Pattern[str]:
        """ "of (the)" / "aus" at the end of a string: a state named after a person."""
        arts = alternation(self.articles)
        return re.compile(rf"\s+{alternation(self.origin_words)}\s+(?:{arts}\s+)?$", re.IGNORECASE)

    @cached_property
    def infinitive_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b{alternation(self.infinitive_markers)}\s+$", re.IGNORECASE)

    @cached_property
    def relative_clause_re(self) -> re.Pattern[str]:
        """ ", which", ", der"; also after a preposition (", for which", ", für die der"),
        where in German no noun may follow the article's form (not ", für die Ukraine")."""
        pronoun = alternation(self.relative_pronouns)
        # (after a preposition every case's form: ", auf denen", ", mit dem")
        governed = alternation(tuple(sorted({*self.relative_pronouns, *self.relative_words})))
        after_preposition = rf"(?:{alternation(self.prepositions)})\s+{governed}\b"
        if self.nouns_capitalised:
            after_preposition += r"(?=\s+[^\W\d_A-ZÄÖÜ])"
        return re.compile(rf",\s+(?:{pronoun}\b|{after_preposition})")

    @cached_property
    def past_meeting_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{self.past_meeting_verbs})\b", re.IGNORECASE)

    @cached_property
    def present_meeting_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{self.present_meeting_verbs})\b")

    @cached_property
    def present_or_participle_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{self.present_or_participle_verbs})\b")

    @cached_property
    def topic_before_re(self) -> re.Pattern[str]:
        """A topic noun up to three words before the end of a string."""
        return re.compile(rf"{alternation(self.topic_words)}\W+(?:\w+\W+){{0,2}}$", re.IGNORECASE)

    @cached_property
    def name_stop_re(self) -> re.Pattern[str]:
        return re.compile(rf"\s{alternation(self.name_stop_words)}\b|[,;(.:]")

    @cached_property
    def group_words(self) -> frozenset[str]:
        """Nouns for a group without its members' names: groups and representatives."""
        return self.group_nouns | self.side_nouns

    def summons(self, trigger_text: str) -> bool:
        """Whether a meeting word summons an envoy ("einbestellt", "summoned", "вызвал")."""
        return has_stem(trigger_text, self.summons_stems)

    def signing(self, trigger_text: str) -> bool:
        """Whether a meeting word is signing together ("signed an agreement")."""
        return has_stem(trigger_text, self.signing_stems)

    @cached_property
    def structure_re(self) -> re.Pattern[str]:
        """What shapes clauses: punctuation that cuts a sentence, subordinators, relative
        words, coordinators and subject pronouns. A stretch without any is one clause."""
        found = (self.subordinators | self.relative_words | self.coordinators) | frozenset(
            self.speaker_pronouns
        )
        return re.compile(rf"[,;:()\[\]–—]|\b{alternation(found)}\b", re.IGNORECASE)

    @cached_property
    def sports_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b{alternation(self.sports_words)}\b", re.IGNORECASE)

    @cached_property
    def company_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{self.company})\b", re.IGNORECASE)

    @cached_property
    def joined_them_re(self) -> re.Pattern[str] | None:
        return re.compile(self.joined_them, re.IGNORECASE) if self.joined_them else None

    @cached_property
    def denied_back_re(self) -> re.Pattern[str] | None:
        return re.compile(self.denied_back, re.IGNORECASE) if self.denied_back else None

    @cached_property
    def delegation_led_res(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        if not (self.lead_words and self.led_sides):
            return None
        return (
            re.compile(rf"\b(?:{self.lead_words})\b", re.IGNORECASE),
            re.compile(rf"(?:{self.led_sides})\b", re.IGNORECASE),
        )

    @cached_property
    def body_noun_endings(self) -> tuple[str, ...]:
        """The body nouns long enough to end a German compound ("Hilfsorganisation")."""
        return tuple(n for n in self.body_nouns if len(n) >= BODY_NOUN_ENDING)

    @cached_property
    def delegation_nouns(self) -> str:
        """The words for a delegation as a regex alternation, the longest first."""
        return "|".join(sorted(self.delegation_words, key=len, reverse=True))

    @cached_property
    def delegation_word_re(self) -> re.Pattern[str] | None:
        """A word for a delegation ("Delegation", "team"), as a whole word."""
        if not self.delegation_words:
            return None
        return re.compile(rf"\b(?:{self.delegation_nouns})\b", re.IGNORECASE)

    @cached_property
    def group_list_re(self) -> re.Pattern[str] | None:
        """A plural noun for a group's members, then a colon in the same sentence."""
        if not self.group_list:
            return None
        return re.compile(rf"\b(?:{self.group_list})\b[^.:;]{{0,160}}:\s")

    @cached_property
    def delegation_members_re(self) -> re.Pattern[str] | None:
        if not self.delegation_members:
            return None
        return re.compile(rf"\b(?:{self.delegation_members})", re.IGNORECASE)

    @cached_property
    def delegation_party_res(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """A delegation as a party: a determiner right before a delegation word ("die
        Delegation", "the Mission"); and the same or a plural word for its members ("MEPs",
        "die Abgeordneten")."""
        if not self.delegation_words:
            return None
        dets = "|".join(sorted(self.definite_determiners | self.articles))
        # (an adjective between: "die isländische Delegation", "the Icelandic delegation")
        group = rf"\b(?:{dets})\s+(?:[\w\-]+\s+)?(?:{self.delegation_nouns})\b"
        if not self.articles:
            # (no articles, as in Russian: the bare word is the party, "встретился с
            # делегацией", "делегация отправилась")
            group = rf"\b(?:{self.delegation_nouns})\b"
        party = group
        if self.delegation_member_nouns:
            party += rf"|\b(?-i:{'|'.join(sorted(self.delegation_member_nouns))})\b"
        return re.compile(group, re.IGNORECASE), re.compile(party, re.IGNORECASE)

    @cached_property
    def led_by_words_re(self) -> re.Pattern[str]:
        """A phrase of leading as whole words ("led by", "unter der Leitung von")."""
        return re.compile(rf"\b{alternation(self.led_by)}\b", re.IGNORECASE)

    @cached_property
    def led_by_opening_re(self) -> re.Pattern[str]:
        """A phrase of leading that opens a segment ("chaired by", "unter der Leitung von")."""
        return re.compile(rf"\s*{self.led_by_words_re.pattern}", re.IGNORECASE)

    @cached_property
    def lead_words_re(self) -> re.Pattern[str] | None:
        """A word of leading at the start of a word ("led", "geleitet", "во главе")."""
        return re.compile(rf"\b(?:{self.lead_words})", re.IGNORECASE) if self.lead_words else None

    @cached_property
    def interlocutor_re(self) -> re.Pattern[str] | None:
        return re.compile(self.interlocutor, re.IGNORECASE) if self.interlocutor else None

    @cached_property
    def on_behalf_re(self) -> re.Pattern[str] | None:
        return re.compile(rf"(?:{self.on_behalf})\s", re.IGNORECASE) if self.on_behalf else None

    @cached_property
    def portfolio_after_title_re(self) -> re.Pattern[str] | None:
        if not self.portfolio_after_title:
            return None
        return re.compile(self.portfolio_after_title)

    @cached_property
    def portfolio_link_re(self) -> re.Pattern[str] | None:
        """A title's word for its portfolio and up to two words before the noun ("für
        internationale ", "for bilateral ")."""
        if not self.portfolio_words:
            return None
        words = "|".join(re.escape(w) for w in self.portfolio_words)
        return re.compile(rf"\s+(?:{words})\s+(?:[\w-]+\s+){{0,2}}", re.IGNORECASE)

    @cached_property
    def head_of_re(self) -> re.Pattern[str] | None:
        """A phrase of being at a delegation's head that ends right before its word, an
        article and up to two words between ("at the head of a parliamentary ")."""
        if not self.head_of:
            return None
        return re.compile(rf"\b(?:{self.head_of})\s+(?:\w+\s+){{0,3}}$", re.IGNORECASE)

    @cached_property
    def bilateral_body_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{self.bilateral_body})", re.IGNORECASE)

    @cached_property
    def led_opening_re(self) -> re.Pattern[str]:
        return re.compile(rf"\W*(?:{self.led_opening})\b", re.IGNORECASE)

    @cached_property
    def chaired_told_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{self.chaired_told})\b", re.IGNORECASE)

    @cached_property
    def accompany_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{self.accompany})\b", re.IGNORECASE)

    @cached_property
    def added_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{self.added_to_meeting})\b", re.IGNORECASE)

    @cached_property
    def margins_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{self.margins})\b", re.IGNORECASE)

    @cached_property
    def joining_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{self.joining})\b", re.IGNORECASE)

    @cached_property
    def separately_re(self) -> re.Pattern[str] | None:
        if not self.separately_words:
            return None
        return re.compile(rf"\b{alternation(self.separately_words)}\b", re.IGNORECASE)

    @cached_property
    def owned_speech_re(self) -> re.Pattern[str] | None:
        return re.compile(self.owned_speech, re.IGNORECASE) if self.owned_speech else None

    @cached_property
    def memorial_re(self) -> re.Pattern[str] | None:
        if not self.memorial_before:
            return None
        return re.compile(rf"(?:{self.memorial_before})\s*$", re.IGNORECASE)

    @cached_property
    def plural_verb_re(self) -> re.Pattern[str] | None:
        return re.compile(rf"(?:{self.plural_verb})", re.IGNORECASE) if self.plural_verb else None

    @cached_property
    def speaker_pronoun_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b{alternation(self.speaker_pronouns)}\b", re.IGNORECASE)

    @cached_property
    def apposition_lead_re(self) -> re.Pattern[str]:
        """A comma and an article or possessive pronoun opening an apposition."""
        words = alternation(self.articles | self.possessive_pronouns)
        return re.compile(rf"\s*,?\s*(?:{words}\s+)?")

    @cached_property
    def possessive_before_re(self) -> re.Pattern[str]:
        """What may stand between a state and the title it owns: a possessive ending, a
        space or a hyphen ("Kazakhstan's Foreign Minister", "US-Außenminister"); not a line
        break (a headline's last word before the next line's title)."""
        return re.compile(rf"(?:{alternation(self.possessive_suffixes)})?[^\S\n-]?-?")

    def ends_like_adjective(self, word: str) -> bool:
        """A lower-case word with an adjective ending ("europäischen")."""
        return word[:1].islower() and word.endswith(self.adjective_endings)
