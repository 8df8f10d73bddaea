"""The English common-word test: a word simplemma's dictionary knows is common only where
HanTa's English lexicon knows it too, as no proper noun (simplemma lists many surnames)."""

from __future__ import annotations

import pytest

from communique.lang.en import EnglishWords


@pytest.fixture(scope="module")
def words() -> EnglishWords:
    return EnglishWords(frozenset(), 1000)


@pytest.mark.parametrize(
    ("word", "common"),
    [
        # surnames simplemma lists: names
        ("Obama", False), ("Blair", False), ("Kerry", False), ("Cameron", False),
        ("Howard", False), ("Powell", False),
        # words that are surnames too: common, a title or the knowledge base must say more
        ("Bush", True), ("May", True), ("Brown", True), ("Rice", True), ("Straw", True),
        # ordinary words
        ("Programme", True), ("Minister", True), ("Meeting", True), ("Village", True),
        # unknown to the dictionary
        ("Tokayev", False), ("Zelensky", False),
    ],
)  # fmt: skip
def test_common_words(words: EnglishWords, word: str, common: bool) -> None:
    assert words.is_common_word(word) is common
