"""Part-of-speech tags for Russian from pymorphy3's dictionary, mapped to the coarse tags of
:mod:`communique.lang.profile` (the clause analysis reads them on meeting sentences).

pymorphy3 tags words one by one, without context: each word takes its most probable reading,
which is right for the words clauses turn on (finite verbs, infinitives, participles,
conjunctions, "который", prepositions, pronouns). Capitalised nouns inside a sentence and
names the dictionary marks (Name, Surn, Patr, Geox, Orgn) are proper nouns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import pymorphy3

_SUBORDINATING = frozenset(
    ("что", "чтобы", "когда", "если", "хотя", "пока", "поскольку", "потому", "будто")
    + ("словно", "ибо", "раз", "едва", "лишь", "ежели", "коли")
)
_AUXILIARY_LEMMAS = frozenset({"быть"})
_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn")
_BY_POS = {
    "NOUN": "NOUN",
    "ADJF": "ADJ",
    "ADJS": "ADJ",
    "COMP": "ADJ",
    "VERB": "VERB",
    "INFN": "INF",
    "PRTF": "PART",
    "PRTS": "PART",
    "GRND": "GER",
    "NUMR": "NUM",
    "ADVB": "ADV",
    "PRED": "ADV",
    "NPRO": "PRON",
    "PREP": "ADP",
    "PRCL": "ADV",
    "INTJ": "X",
}


def russian_tagger(cache_size: int = 65536) -> Callable[[Sequence[str]], list[str]]:
    """A function from a sentence's words to their coarse tags."""
    morph = pymorphy3.MorphAnalyzer(lang="ru")

    @lru_cache(maxsize=cache_size)
    def word_tag(word: str) -> str:
        if not word[:1].isalnum():
            return "PUNCT"
        if word[:1].isdigit():
            return "NUM"
        low = word.lower()
        if low == "не" or low == "ни":
            return "NEG"
        p = morph.parse(word)[0]
        pos = str(p.tag.POS)
        if pos == "CONJ":
            return "SCONJ" if low in _SUBORDINATING else "CCONJ"
        if p.normal_form == "который":
            return "REL"
        if pos == "ADJF" and "Apro" in p.tag:
            return "DET"  # этот, тот, свой, наш
        if pos == "VERB" and p.normal_form in _AUXILIARY_LEMMAS:
            return "AUX"
        if pos == "NOUN" and any(t in p.tag for t in _NAME_TAGS):
            return "PROPN"
        if p.tag.POS is None:
            return "PROPN" if word[:1].isupper() else "X"
        return _BY_POS.get(pos, "X")

    def tag(words: Sequence[str]) -> list[str]:
        out = [word_tag(w) for w in words]
        # a capitalised noun inside a sentence is a name (Russian capitalises no noun); after
        # a full stop, a colon, a dash or a quote mark it may open a sentence or a quote
        return [
            "PROPN"
            if t == "NOUN"
            and i > 0
            and w[:1].isupper()
            and (words[i - 1][-1:].isalnum() or words[i - 1][-1:] == ",")
            else t
            for i, (w, t) in enumerate(zip(words, out, strict=True))
        ]

    return tag
