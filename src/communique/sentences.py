"""Sentences and tokens with character offsets.

Paragraphs are split on line breaks first (headings without a full stop must not glue to
the next sentence), then on sentence-final punctuation, guarded by the language's
abbreviation list, initials ("George W. Bush") and ordinal numbers ("am 24. Januar").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass

# Sentences longer than this are cut (the longest of 67,000 news sentences measured: 1,314).
MAX_SENTENCE_CHARS = 1500

TOKEN_RE = re.compile(r"\w+(?:[-‐'’.]\w+)*|[^\w\s]", re.UNICODE)
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'“”»«„‘’)\]]*(?=\s+)|\n+")
_ROMAN_RE = re.compile(r"(?=[IVXL]{2,})L?X{0,3}(?:IX|IV|V?I{0,3})")  # II to LXXXIX
_UPPER_START_RE = re.compile(r"\s+[\"'“„»«(\[‘]*[^\W\d_]|\s+\d")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_capitalized(self) -> bool:
        c = self.text[0]
        return c.isupper()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    stop = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, stop)]


def word_back(
    tokens: Sequence[Token],
    i: int,
    words: Container[str],
    reach: int,
    stop: Callable[[int], bool],
) -> int | None:
    """The index of the nearest token among the ``reach`` before token ``i`` whose lower case
    is one of ``words``, unless a token ``stop`` holds for comes first ("between" before the
    "and" of its two parties, no verb or comma between)."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if tokens[j].text.lower() in words:
            return j
        if stop(j):
            return None
    return None


class SentenceSplitter:
    """Splits a text into sentences; built once per language from its abbreviation list."""

    def __init__(
        self,
        abbreviations: frozenset[str],
        ordinal_words: Iterable[str] = (),
        ordinal_openers: Iterable[str] = (),
    ) -> None:
        self._abbrev = frozenset(a.lower() for a in abbreviations)
        # "die 9. Runde", "zum 3. Mal": after these a number's dot ends no sentence
        self._ordinal_openers = frozenset(ordinal_openers)
        # "am 24. Januar", "im 3. Quartal": after these a number's dot ends no sentence
        words = sorted({w for w in ordinal_words if w}, key=len, reverse=True)
        alternation = "|".join(re.escape(w) for w in words) or r"(?!x)x"
        self._ordinal_next = re.compile(rf"\s+(?:{alternation})", re.IGNORECASE)

    def _is_abbreviation(self, text: str, dot: int) -> bool:
        """Whether the '.' at ``dot`` closes an abbreviation, initial or ordinal number."""
        i = dot
        while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "([„“\"'":
            i -= 1
        word = text[i : dot + 1]
        if word.lower() in self._abbrev:
            return True
        core = word[:-1]
        if len(core) == 1 and core.isalpha() and core.isupper():  # an initial
            return True
        if core.isdigit() and len(core) <= 2:  # "24. Januar", "3. Platz"
            before = text[max(0, i - 12) : i].split()[-1:]
            if before and before[0] in self._ordinal_openers:
                return True  # "die 9. Runde der Konsultationen"
            return bool(self._ordinal_next.match(text, dot + 1)) or not _UPPER_START_RE.match(
                text, dot + 1
            )
        if _ROMAN_RE.fullmatch(core) and i > 1 and text[:i].rstrip()[-1:].isalpha():
            # a regnal number ("König Mohammed VI. in Rabat", "Benedikt XVI. empfing") ends
            # no sentence before a lower-case word
            return text[dot + 1 : dot + 40].lstrip()[:1].islower()
        return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", core))  # U.S. / z.B.

    def split(self, text: str) -> list[Sentence]:
        out: list[Sentence] = []
        paragraph = 0
        seg_start = 0
        for m in _BOUNDARY_RE.finditer(text):
            piece = m.group()
            if piece.startswith("\n"):
                self._emit(text, seg_start, m.start(), paragraph, out)
                paragraph += 1
                seg_start = m.end()
                continue
            if piece == "." and self._is_abbreviation(text, m.start()):
                continue
            if not _UPPER_START_RE.match(text, m.end()):
                continue
            self._emit(text, seg_start, m.end(), paragraph, out)
            seg_start = m.end()
        self._emit(text, seg_start, len(text), paragraph, out)
        return out

    @staticmethod
    def _emit(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while end - start > MAX_SENTENCE_CHARS:
            # no real sentence is this long (a run without punctuation, a list): cut it at
            # a space, after a comma or semicolon where there is one, to keep work per
            # sentence bounded
            window = text[start + MAX_SENTENCE_CHARS // 2 : start + MAX_SENTENCE_CHARS]
            cut = max(window.rfind(", "), window.rfind("; "))
            cut = cut + 1 if cut >= 0 else window.rfind(" ")
            stop = start + MAX_SENTENCE_CHARS // 2 + cut if cut > 0 else start + MAX_SENTENCE_CHARS
            SentenceSplitter._emit(text, start, stop, paragraph, out)
            start = stop
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            out.append(Sentence(len(out), start, end, paragraph))
