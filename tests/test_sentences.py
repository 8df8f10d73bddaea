"""Sentence splitting: abbreviations, initials, ordinals, headings."""

from __future__ import annotations

import pytest

from communique.lexicon import LanguageData
from communique.sentences import SentenceSplitter, tokenize


def _split(lang: str, text: str) -> list[str]:
    sp = SentenceSplitter(LanguageData(lang).words("abbreviations"))
    return [text[s.start : s.end] for s in sp.split(text)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Er kam am 24. Januar an. Dann ging er.",
            ["Er kam am 24. Januar an.", "Dann ging er."],
        ),
        ("de", "Das ist z.B. gut. Ja.", ["Das ist z.B. gut.", "Ja."]),
        ("de", "Überschrift\nDer Text beginnt hier.", ["Überschrift", "Der Text beginnt hier."]),
        (
            "de",
            "Dr. Maier sprach. Danach Prof. Huber.",
            ["Dr. Maier sprach.", "Danach Prof. Huber."],
        ),
        (
            "en",
            "George W. Bush met Mr. Putin. They talked.",
            ["George W. Bush met Mr. Putin.", "They talked."],
        ),
        ("en", "The U.S. Army left. Then it rained.", ["The U.S. Army left.", "Then it rained."]),
        ("en", "“We agreed,” he said. “Good.”", ["“We agreed,” he said.", "“Good.”"]),
        (
            "en",
            "Talks end\n\nThe talks ended on Monday.",
            ["Talks end", "The talks ended on Monday."],
        ),
    ],
)
def test_split(lang: str, text: str, expected: list[str]) -> None:
    assert _split(lang, text) == expected


def test_paragraphs_counted() -> None:
    sp = SentenceSplitter(frozenset())
    sents = sp.split("A b c.\n\nD e f. G h i.")
    assert [s.paragraph for s in sents] == [0, 1, 1]


def test_tokens_have_offsets() -> None:
    text = "Kassym-Schomart Tokajew (KAZ) sagte."
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
    assert [t.text for t in tokenize(text)][:2] == ["Kassym-Schomart", "Tokajew"]
