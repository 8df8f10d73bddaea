"""Honorifics: where the words of address before a name stand ("Mr", "Dr.", "Dato' Seri",
"His Excellency", Burmese "U" before a name), as spans of the text; a title word after
another honorific and before a patronymic particle is a given name ("Prince Sultan bin
Mishaal")."""

from __future__ import annotations

import re

from communique.sentences import Token

# a patronymic particle after a word: the word is a given name ("Sultan bin Zayed")
_GIVEN_NAME_BEFORE = re.compile(r"\s+(?:bin|bint|ibn)\s")


def _honorific_before(text: str, start: int, words: frozenset[str]) -> bool:
    """Another honorific right before ``start`` ("Prince Sultan", "Sheikh Sultan")."""
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1] in words


def honorifics_in(
    text: str, words: frozenset[str], tokens: list[Token], phrases: re.Pattern[str] | None
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        t = tok.text
        end = tok.end
        if i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].start == tok.end:
            dotted = t + "."
            if dotted in words:
                out.append((tok.start, tok.end + 1))
                continue
        if text[end : end + 1] in ("'", "’") and t + text[end] in words:
            out.append((tok.start, end + 1))  # "Dato' Seri"
            continue
        if t in words and not (len(t) == 1 and not re.match(r" [A-Z]", text[end : end + 2])):
            if _GIVEN_NAME_BEFORE.match(text, end) and _honorific_before(text, tok.start, words):
                continue  # "Prince Sultan bin Mishaal": after an honorific, a given name
            out.append((tok.start, end))  # (a one-letter one, "U", only before a name)
    # those of several words ("His Excellency", "Seine Königliche Hoheit")
    if phrases is not None:
        out += [(h.start(), h.end()) for h in phrases.finditer(text)]
    return sorted(out)
