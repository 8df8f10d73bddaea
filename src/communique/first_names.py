"""First names (gender-guesser's list, built into the kb folder): whether a word is one,
whether it is also a common word, and the gender it gives."""

from __future__ import annotations

import unicodedata


class FirstNames:
    """The first-name lists: plain, ambiguous (also a word or a place), female, male."""

    def __init__(
        self,
        plain: frozenset[str],
        ambiguous: frozenset[str],
        female: frozenset[str],
        male: frozenset[str],
    ) -> None:
        self._first = plain
        self._first_amb = ambiguous
        self._female = female
        self._male = male

    def _first_form(self, word: str) -> str:
        """The form the first-name lists hold: gender-guesser spells many names without
        their accents ("Etienne" for "Étienne", "Andre" for "André"), so a Latin name it
        does not know is looked up without them."""
        if word in self._first or word in self._first_amb or word.isascii():
            return word
        bare = unicodedata.normalize("NFKD", word)
        if any(unicodedata.combining(c) and not ("\u0300" <= c <= "\u036f") for c in bare):
            return word
        bare = "".join(c for c in bare if not unicodedata.combining(c))
        return bare if bare.isascii() else word

    def is_first_name(self, word: str) -> bool:
        """A known first name (the ambiguous ones included); a hyphenated one whose every
        part is a first name ("Frank-Walter", "Hans-Peter") too."""
        word = self._first_form(word)
        if word in self._first or word in self._first_amb:
            return True
        parts = word.split("-")
        return len(parts) > 1 and all(p in self._first or p in self._first_amb for p in parts)

    def first_name_gender(self, word: str) -> str | None:
        """ "f" or "m" for a first name of one gender (gender-guesser's data), else None."""
        word = self._first_form(word)
        if word in self._female:
            return "f"
        return "m" if word in self._male else None

    def is_ambiguous_first_name(self, word: str) -> bool:
        """A first name that is also a common German or English word or a place name (no
        word is spelt like a hyphenated pair of first names)."""
        return self._first_form(word) in self._first_amb
