"""Sentence splitting: abbreviations, initials, ordinals, headings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.pipeline import Communique
from communique.sentences import MAX_SENTENCE_CHARS, SentenceSplitter, tokenize


@pytest.fixture()
def split(engine: Communique) -> Callable[[str, str], list[str]]:
    """The splitter of a language as the pipeline builds it (abbreviations, month words)."""

    def run(lang: str, text: str) -> list[str]:
        sentences = engine.resources(lang).splitter.split(text)
        return [text[s.start : s.end] for s in sentences]

    return run


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Er kam am 24. Januar an. Dann ging er.",
            ["Er kam am 24. Januar an.", "Dann ging er."],
        ),
        ("de", "Das ist z.B. gut. Ja.", ["Das ist z.B. gut.", "Ja."]),
        # a regnal number's dot ends no sentence before a lower-case word ...
        (
            "de",
            "Sie wurde von König Mohammed VI. in Rabat empfangen. Dann flog sie heim.",
            ["Sie wurde von König Mohammed VI. in Rabat empfangen.", "Dann flog sie heim."],
        ),
        # ... but before a capitalised one
        (
            "de",
            "Er traf König Abdullah II. Bei dem Gespräch ging es um Syrien.",
            ["Er traf König Abdullah II.", "Bei dem Gespräch ging es um Syrien."],
        ),
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
def test_split(
    split: Callable[[str, str], list[str]], lang: str, text: str, expected: list[str]
) -> None:
    assert split(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "pieces"),
    [
        ("de", "Die Wahl ist am 3. Jänner. Dann kommt der 4. Quartal.", 2),
        ("de", "Wir kamen am 3. März an. Sie kamen im 2. Quartal.", 2),
        ("de", "Das Team wurde 3. Dann ging es heim.", 2),  # a place, not a date: it ends
        ("en", "It ended on 3. Then they left.", 2),
    ],
)
def test_ordinal_dots_before_month_words(
    split: Callable[[str, str], list[str]], lang: str, text: str, pieces: int
) -> None:
    """A number's dot before the pack's month words (and "Quartal") ends no sentence."""
    assert len(split(lang, text)) == pieces


def test_overlong_runs_are_cut_into_bounded_sentences() -> None:
    text = ("word " * 2000).strip()  # 10,000 characters without punctuation
    sents = SentenceSplitter(frozenset()).split(text)
    assert len(sents) > 6 and all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sents)
    covered = sum(s.end - s.start for s in sents) + len(sents) - 1
    assert covered == len(text)  # nothing lost but the spaces at the cuts


def test_paragraphs_counted() -> None:
    sp = SentenceSplitter(frozenset())
    sents = sp.split("A b c.\n\nD e f. G h i.")
    assert [s.paragraph for s in sents] == [0, 1, 1]


def test_tokens_have_offsets() -> None:
    text = "Kassym-Schomart Tokajew (KAZ) sagte."
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
    assert [t.text for t in tokenize(text)][:2] == ["Kassym-Schomart", "Tokajew"]
