"""A Russian title's base form: its head in the nominative, its dependents as written.

The text gives a title in whatever case the sentence needs ("с заместителем министра
иностранных дел", "послу", "первого вице-премьера"); the record gives it in the nominative
("заместитель министра иностранных дел", "посол", "первый вице-премьер"). The head is the
first noun; it and the adjectives before it that agree with it ("первого", "Чрезвычайного и
Полномочного") are put in the nominative with pymorphy3, keeping their number and gender.
What follows the head (genitive dependents: "министра иностранных дел", "МИД", "Европейского
совета") and everything after a preposition ("поверенного в делах") stays as written. A dash
or comma starts a title in apposition, whose head is in the same case ("статс-секретаря -
заместителя министра" -> "статс-секретарь - заместитель министра"). Capitals stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

# words, hyphenated compounds ("премьер-министра") and everything between them
_TOKEN = re.compile(r"\w+(?:-\w+)*|\s+|[^\w\s]")
# a dash or comma between two titles in apposition
_APPOSITION = frozenset({"-", "–", "—", ","})
# fused "deputy" forms whose second part is a fixed genitive ("замминистра", "замглавы")
_FIXED_PREFIX = "зам"
_NOT_FIXED = ("замест",)
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
_GENDERS = {
    "masc": frozenset({"masc"}),
    "femn": frozenset({"femn"}),
    "neut": frozenset({"neut"}),
    "ms-f": frozenset({"masc", "femn"}),
}
_WORD_CACHE = 4096


def russian_title_base() -> Callable[[str], str]:
    """A function from a title as written to its base form; builds pymorphy3's analyzer
    (about half a second) once per call."""
    import pymorphy3  # here, not at import time: the pack loads without building it

    morph = pymorphy3.MorphAnalyzer(lang="ru")

    @lru_cache(maxsize=_WORD_CACHE)
    def parses(word: str) -> tuple[Any, ...]:
        return tuple(morph.parse(word))

    def base(title: str) -> str:
        tokens = _TOKEN.findall(title)
        out = list(tokens)
        segment: list[int] = []
        for i, tok in enumerate(tokens):
            if tok.strip() in _APPOSITION:
                _inflect_segment(segment, tokens, out, parses)
                segment = []
            elif tok[0].isalnum():
                segment.append(i)
        _inflect_segment(segment, tokens, out, parses)
        return "".join(out)

    return base


def _inflect_segment(
    where: list[int],
    tokens: list[str],
    out: list[str],
    parses: Callable[[str], tuple[Any, ...]],
) -> None:
    """Put the head of one title (the words at ``where``) and its adjectives in the
    nominative, in ``out``."""
    adjectives: list[int] = []  # indices of the words before the head that may agree with it
    for i in where:
        word = tokens[i]
        low = word.lower()
        if low.startswith(_FIXED_PREFIX) and not low.startswith(_NOT_FIXED) and len(low) > 6:
            _put_adjectives(adjectives, None, tokens, out, parses)
            return  # "замминистра": indeclinable, its own head
        options = parses(low)
        if not options:
            return
        pos = options[0].tag.POS
        if pos in ("CONJ",) and adjectives:
            continue  # "Чрезвычайного и Полномочного"
        if pos == "PREP":
            break  # "уполномоченного по правам": no noun before the preposition
        nouns = [p for p in options if p.tag.POS == "NOUN"]
        if nouns and (pos == "NOUN" or not any(p.tag.POS in _ADJECTIVES for p in options)):
            head = _head_parse(nouns, [tokens[j].lower() for j in adjectives], parses)
            out[i] = _as_written(word, _nominative(head))
            _put_adjectives(adjectives, head, tokens, out, parses)
            return
        if any(p.tag.POS in _ADJECTIVES for p in options):
            adjectives.append(i)
            continue
        break
    # no noun: substantivised adjectives are their own head ("командующего", "поверенного")
    _put_adjectives(adjectives, None, tokens, out, parses)


def _singular_first(options: Iterable[Any]) -> list[Any]:
    listed = list(options)
    return [p for p in listed if p.tag.number != "plur"] + [
        p for p in listed if p.tag.number == "plur"
    ]


def _head_parse(
    nouns: list[Any], before: list[str], parses: Callable[[str], tuple[Any, ...]]
) -> Any:
    """The head's reading: singular first (a title names one person), and one its
    adjectives agree with, when there is one."""
    ordered = _singular_first(nouns)
    for head in ordered:
        if all(_agreeing(parses(w), head) is not None for w in before):
            return head
    return ordered[0]


def _agreeing(options: Iterable[Any], head: Any) -> Any | None:
    """The adjective reading of a word in the head's case, number and gender."""
    genders = _GENDERS.get(head.tag.gender or "", frozenset())
    fits = [
        p
        for p in options
        if p.tag.POS in _ADJECTIVES
        and p.tag.case == head.tag.case
        and p.tag.number == head.tag.number
        and not (head.tag.number == "sing" and genders and p.tag.gender not in genders)
    ]
    return _likeliest(fits)


def _likeliest(readings: list[Any]) -> Any | None:
    """The likeliest reading; between equally likely lexemes, the qualitative adjective
    ("временного": "временный", not "временной")."""
    if not readings:
        return None
    return max(readings, key=lambda p: (p.score, "Qual" in p.tag))


def _put_adjectives(
    where: list[int],
    head: Any | None,
    tokens: list[str],
    out: list[str],
    parses: Callable[[str], tuple[Any, ...]],
) -> None:
    for i in where:
        options = parses(tokens[i].lower())
        if head is not None:
            reading = _agreeing(options, head)
        else:  # its own head: a masculine singular reading first
            adjs = [p for p in options if p.tag.POS in _ADJECTIVES]
            sing = [p for p in adjs if p.tag.number != "plur"]
            reading = _likeliest([p for p in sing if p.tag.gender == "masc"] or sing or adjs)
        if reading is not None:
            out[i] = _as_written(tokens[i], _nominative(reading))


def _nominative(parse: Any) -> str:
    if parse.tag.case == "nomn":
        return str(parse.word)
    inflected = parse.inflect({"nomn"})
    return str(inflected.word) if inflected is not None else str(parse.word)


def _as_written(original: str, word: str) -> str:
    """``word`` with the capitals of ``original`` (all capitals, or the first letter) and
    without a ё the text did not write."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е")
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
