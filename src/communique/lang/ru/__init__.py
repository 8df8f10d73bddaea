"""The Russian language pack: its tables beside this file, its code-like defaults here.

Russian capitalises names, not common nouns (as English does), but inflects them: "с Сергеем
Лавровым", "Захаровой", "в Брюсселе". Names, titles and places are matched in any case and
given in the nominative; a capitalised word pymorphy3's dictionary knows, and not as a name
of a person or place, is a common word ("Министр" opening a sentence).
"""

from __future__ import annotations

from collections.abc import Callable

from communique.lang.profile import LanguageProfile, PersonNames, WordTests
from communique.lang.ru.names import RussianNames


class RussianWords:
    """pymorphy3's dictionary: a known word that is no name is a common word."""

    def __init__(self, stopwords: frozenset[str], cache_size: int) -> None:
        del stopwords
        self._names = RussianNames(cache_size)

    def is_common_word(self, word: str) -> bool:
        return self._names.is_common_word(word)

    def proper_noun_test(self) -> Callable[[str], bool] | None:
        return self._names.is_proper_noun


def _word_tests(stopwords: frozenset[str], cache_size: int) -> WordTests:
    return RussianWords(stopwords, cache_size)


def _person_names(cache_size: int) -> PersonNames:
    return RussianNames(cache_size)


PROFILE = LanguageProfile(
    code="ru",
    name="Russian",
    thousands_separator="\u00a0",
    decimal_separator=",",
    quote_pairs=(("«", "»"), ("„", "“"), ("“", "”"), ('"', '"')),
    # case endings after a surname's matching form ("Лавров": Лаврова, Лавровым)
    genitive_suffixes=("ого", "ому", "ым", "ом", "ем", "ой", "ей", "а", "я", "у", "ю", "е"),
    word_tests=_word_tests,
    person_names=_person_names,
)
