"""Coarse part-of-speech tags for Russian (pymorphy3), as the clause analysis reads them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from communique.lang.ru.tags import russian_tagger


@pytest.fixture(scope="module")
def tag() -> Callable[[Sequence[str]], list[str]]:
    return russian_tagger()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Лавров провел переговоры", ["PROPN", "VERB", "NOUN"]),
        ("министр , который прибыл", ["NOUN", "PUNCT", "REL", "VERB"]),
        ("он будет встречаться", ["PRON", "AUX", "INF"]),
        ("не встретился", ["NEG", "VERB"]),
        ("чтобы обсудить", ["SCONJ", "INF"]),
        ("и с послом", ["CCONJ", "ADP", "NOUN"]),
        ("этот визит", ["DET", "NOUN"]),
        ("прибывший министр", ["PART", "NOUN"]),
        ("прибыв в Москву", ["GER", "ADP", "PROPN"]),
        ("в 2025 году", ["ADP", "NUM", "NOUN"]),
        # a capitalised word inside a sentence is a name; after a full stop it may open one
        ("встретился с Ганзоригом", ["VERB", "ADP", "PROPN"]),
        ("Ковачем. Собеседники обсудили", ["PROPN", "NOUN", "VERB"]),
    ],
)
def test_coarse_tags(
    tag: Callable[[Sequence[str]], list[str]], sentence: str, expected: list[str]
) -> None:
    assert tag(sentence.split()) == expected
