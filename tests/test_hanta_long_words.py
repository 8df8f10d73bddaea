"""HanTa's time grows with the square of a word's length: a token longer than any word is
not given to it (tagged "X" in its sentence, and a phrase holding one is not lemmatised),
while the words around it are tagged as before."""

from __future__ import annotations

from communique.lang.de import _COARSE
from communique.lang.hanta import LONGEST_WORD, hanta_lemmatizer, hanta_tagger


def test_an_over_long_token_is_tagged_x_and_its_neighbours_as_before() -> None:
    tag = hanta_tagger("morphmodel_ger.pgz", _COARSE)
    plain = tag(["Die", "Ministerin", "traf", "den", "Botschafter"])
    long_token = "ab" * LONGEST_WORD
    tagged = tag(["Die", "Ministerin", "traf", long_token, "den", "Botschafter"])
    assert len(tagged) == 6
    assert tagged[3] == "X"
    assert tagged[:3] == plain[:3]
    assert tagged[4:] == plain[3:]


def test_a_phrase_with_an_over_long_token_is_left_as_it_is() -> None:
    lemmatize = hanta_lemmatizer("morphmodel_ger.pgz", lambda word, lemma, tag: lemma)
    phrase = "Außenministerin " + "x" * (LONGEST_WORD + 1)
    assert lemmatize(phrase) == phrase
