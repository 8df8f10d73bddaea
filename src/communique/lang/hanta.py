"""Part-of-speech tags from HanTa (the Hanover Tagger, shipped with German and English models
in its wheel), mapped to the coarse tags of :mod:`communique.lang.profile`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

_CACHE_SENTENCES = 20_000
# HanTa's time grows with the square of a word's length: a longer token is no word to tag
LONGEST_WORD = 64
_STAND_IN = "X"  # what such a token is tagged as in its sentence


def hanta_lemmatizer(model: str, base: Callable[[str, str, str], str]) -> Callable[[str], str]:
    """A function from a phrase to its base form: ``base(word, lemma, tag)`` for each word."""
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger(model)
    seen: dict[str, str] = {}  # titles repeat: each is lemmatised once

    def lemmatize(phrase: str) -> str:
        found = seen.get(phrase)
        if found is not None:
            return found
        words = phrase.split()
        if any(len(w) > LONGEST_WORD for w in words):
            return phrase  # no word to lemmatise
        try:
            tagged = tagger.tag_sent(words, taglevel=1)
        except Exception:  # HanTa fails on odd tokens: the phrase as it is
            return phrase
        out = " ".join(b for w, lemma, tag in tagged if (b := base(w, lemma, tag)))
        if len(seen) < _CACHE_SENTENCES:
            seen[phrase] = out
        return out

    return lemmatize


def hanta_tagger(model: str, coarse: Mapping[str, str]) -> Callable[[Sequence[str]], list[str]]:
    """A tagging function over one HanTa model; tags missing from ``coarse`` become "X"."""
    from HanTa import HanoverTagger as ht

    tagger = ht.HanoverTagger(model)
    seen: dict[tuple[str, ...], list[str]] = {}  # a sentence told twice is tagged once

    def tag(words: Sequence[str]) -> list[str]:
        key = tuple(words)
        found = seen.get(key)
        if found is not None:
            return found
        short = [w if len(w) <= LONGEST_WORD else _STAND_IN for w in words]
        try:
            # tags only (taglevel 0): half the time of tags with lemmas
            tagged = tagger.tag_sent(short, taglevel=0)
        except Exception:  # HanTa fails on odd tokens: no tags, the callers fall back
            return []
        out = [
            "X" if len(w) > LONGEST_WORD else coarse.get(str(t), "X")
            for w, t in zip(words, tagged, strict=False)
        ]
        if len(seen) < _CACHE_SENTENCES:
            seen[key] = out
        return out

    return tag
