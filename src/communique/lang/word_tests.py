"""The word tests a language pack gives its profile: how it tells names from words
(``WordTests``, with the stopword fallback) and how it gives inflected names
(``PersonNames``). ``communique.lang.profile`` holds a factory of each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol


class WordTests(Protocol):
    """How a language tells names from words (built once per language and process)."""

    def is_common_word(self, word: str) -> bool:
        """A word of the general vocabulary ("Gewerkschaft", "table"), not a name."""
        ...

    def proper_noun_test(self) -> Callable[[str], bool] | None:
        """A tagger's proper-noun guess, where the language has one (None: no tagger)."""
        ...


class StopwordTests:
    """The fallback word tests: a word is common when the pack's stopword list has it."""

    def __init__(self, stopwords: frozenset[str]) -> None:
        self._stopwords = frozenset(w.lower() for w in stopwords)

    def is_common_word(self, word: str) -> bool:
        return word.lower() in self._stopwords

    def proper_noun_test(self) -> Callable[[str], bool] | None:
        return None


class PersonNames(Protocol):
    """How a language that inflects names gives them (Russian: "с Сергеем Лавровым")."""

    def base(
        self, words: Sequence[str], governed: str | None = None
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(the words a name is matched by, the words in the nominative); ``governed``: the
        word before the name (a title or preposition it agrees with)."""
        ...

    def forms(self, key: str) -> tuple[str, ...]:
        """The inflected forms of a surname given by its matching key, to find it in text."""
        ...

    def latin(self, name: str) -> str | None:
        """The name in Latin letters as international news writes it (None: no need)."""
        ...


WordTestFactory = Callable[[frozenset[str], int], WordTests]  # (stopwords, cache size)


def stopword_tests(stopwords: frozenset[str], cache_size: int) -> WordTests:
    del cache_size
    return StopwordTests(stopwords)
