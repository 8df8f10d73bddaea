"""Clause breaks: the tokens that end a stretch of a sentence (a comma, bracket or dash, a
hyphen standing as a dash), and the short asides in brackets that do not ("Bürgermeister X
(SPD) hat ...": the subject's party, before the clause's verb)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from communique.sentences import Token

if TYPE_CHECKING:
    from communique.lang.profile import LanguageProfile

BREAKS = frozenset(",;:()[]–—")
ASIDE_WORDS = 3  # words in brackets that open no clause of their own


def is_break(text: str, tok: Token) -> bool:
    """A comma, bracket or dash, also a hyphen standing as a dash: alone or doubled, with
    spaces around ("Kaabi - Minister", "ABU DHABI (WAM) -- Dr. Kaabi")."""
    if tok.text in BREAKS:
        return True
    if tok.text != "-":
        return False
    a, b = tok.start, tok.end
    while a > 0 and text[a - 1] == "-":
        a -= 1
    while b < len(text) and text[b] == "-":
        b += 1
    return b - a <= 3 and (a == 0 or text[a - 1] == " ") and text[b : b + 1] in (" ", "")


def short_aside(
    text: str, tokens: list[Token], i: int, is_finite: Callable[[int, Token], bool]
) -> int | None:
    """Where a bracket that opens at ``i`` closes, when it holds a few words and no verb,
    right after a word and before the clause's verb ("Bürgermeister X (SPD) hat ...")."""
    if i == 0 or is_break(text, tokens[i - 1]):
        return None
    for j in range(i + 1, min(len(tokens), i + 2 + ASIDE_WORDS)):
        if tokens[j].text == ")":
            # ... before the clause's verb: the subject's party or state
            verb = j + 1 < len(tokens) and is_finite(j + 1, tokens[j + 1])
            return j if j > i + 1 and verb else None
        if is_break(text, tokens[j]) or is_finite(j, tokens[j]):
            return None
    return None


DASHES = frozenset({"–", "—", "-", "--"})


def after_dateline(
    text: str, tokens: list[Token], i: int, is_finite: Callable[[int, Token], bool]
) -> bool:
    """The stretch from token ``i`` follows the first dash of the sentence, with no verb
    before it: a dateline's dash ("Bern, 14.02.2025 – Bundesrat X, Vorsteher des EFD, hat
    ..."), after which the sentence proper begins (no apposition)."""
    if i == 0 or tokens[i - 1].text not in DASHES or not is_break(text, tokens[i - 1]):
        return False
    return not any(t.text in DASHES or is_finite(j, t) for j, t in enumerate(tokens[: i - 1]))


CLOSING_WORDS = 3  # tokens of a German clause's closing verbs after a comma ("treffen wird.")


def closing_verbs(profile: LanguageProfile, tokens: list[Token], a: int, b: int) -> bool:
    """The segment ``tokens[a:b]`` after a comma opens with a verb-second clause's closing
    verbs, lower-case words up to a coordinator or its end (", X, zusammentreffen.", ", X,
    zusammentreffen und ... besuchen"): no clause of its own."""
    first = tokens[a].text
    if not profile.verb_second or not first.islower() or first in profile.coordinators:
        return False
    head = [t.text for t in tokens[a : a + CLOSING_WORDS + 1]]
    stop = next((k for k, w in enumerate(head) if w in profile.coordinators), len(head))
    if stop == len(head) and b - a > CLOSING_WORDS:
        return False
    return all(not w[:1].isupper() for w in head[:stop])
