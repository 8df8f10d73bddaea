"""Language resources: everything one language pack gives the stages, loaded once.

``LanguageResources`` holds a pack's profile (``lang/<code>/__init__.py``), its pattern tables
and word lists, the temporal grammar, the sentence splitter and the person finder built with
the pack's word tests. Stage modules receive it (or the ``Mentions`` made with it) and read
everything language-specific from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from communique.date_values import load_calendar
from communique.dates import TemporalGrammar
from communique.knowledge import Knowledge
from communique.lang import Registry
from communique.lexicon import LanguageData, PatternTable
from communique.people import PersonFinder
from communique.sentences import SentenceSplitter
from communique.settings import Settings


class LanguageResources:
    """Everything one language needs, built once and shared by all documents."""

    def __init__(
        self, registry: Registry, lang: str, knowledge: Knowledge, settings: Settings
    ) -> None:
        self.lang = lang
        self.profile = registry.profile(lang)
        self.knowledge = knowledge
        self.data = LanguageData(lang, settings.lang_root)
        self.roles: PatternTable = self.data.roles
        self.role_modifiers = self.data.table("role_modifiers")
        self.events: PatternTable = self.data.events
        self.status: PatternTable = self.data.status
        self.topics: PatternTable = self.data.topics
        self.speech = self.data.table("speech")
        self.anaphora = self.data.table("anaphora")
        self.quantities = self.data.table("quantities")
        self.furniture = self.data.table("furniture")
        self.honorifics = self.data.words("honorifics")
        # those of several words ("His Excellency"), found in the text as a whole
        phrases = sorted((w for w in self.honorifics if " " in w), key=len, reverse=True)
        self.honorific_phrases = (
            re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in phrases)})(?!\w)")
            if phrases
            else None
        )
        self.stopwords = self.data.words("stopwords")
        calendar = load_calendar(registry.folder(lang))
        self.splitter = SentenceSplitter(
            self.data.words("abbreviations"),
            ordinal_words=(
                *(w[:3] for w in calendar.months.written),
                *calendar.month_abbrs.written,
                *self.profile.ordinal_nouns,
            ),
            # (only where nouns are capitalised: "die 9. Runde"; in English "the 9." is rare
            # and a capital after it opens a sentence)
            ordinal_openers=self.profile.articles | self.profile.definite_determiners
            if self.profile.nouns_capitalised
            else (),
        )
        self.grammar = TemporalGrammar(lang, settings.lang_root)
        self.words = self.profile.word_tests(self.stopwords, settings.hanta_cache_size)
        self.tagger = self.profile.tagger() if self.profile.tagger is not None else None
        self.title_base = self.profile.title_base() if self.profile.title_base else None
        self.person_names = (
            self.profile.person_names(settings.hanta_cache_size)
            if self.profile.person_names is not None
            else None
        )
        self.people = PersonFinder(
            self.profile,
            stopwords=frozenset(w.lower() for w in self.stopwords),
            first_names=self._first_name_test(knowledge),
            ambiguous_first_names=knowledge.first_names.is_ambiguous_first_name,
            is_common_word=self.words.is_common_word,
            is_proper_noun=self.words.proper_noun_test(),
            speech_words=self._speech_words(),
            name_heads=self.data.words("name_heads"),
            tagger=self.tagger,
            first_name_gender=knowledge.first_names.first_name_gender,
            known_name=knowledge.office_holders.name_test(lang, self.words.is_common_word),
        )

    def _first_name_test(self, knowledge: Knowledge) -> Callable[[str], bool]:
        """The knowledge base's first names, asked also with a word's base form where the
        language inflects names ("Сергеем": Сергей)."""
        names = self.person_names
        if names is None:
            return knowledge.first_names.is_first_name

        def is_first_name(word: str) -> bool:
            return knowledge.first_names.is_first_name(word) or knowledge.first_names.is_first_name(
                names.base((word,))[0][0]
            )

        return is_first_name

    def _speech_words(self) -> frozenset[str]:
        words: set[str] = set()
        for row in self.speech.rows:
            if row.pattern.replace(" ", "").isalpha():
                words.add(row.pattern.lower())
        return frozenset(words)
