"""Quote marks: the stretches of a text that quotation marks enclose, by a language's
quote conventions (``profile.quote_pairs``). Quotes reads its quotations from them, and the
event stages keep what a quotation says apart from what the text around it tells."""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.positions import IntervalSet


@dataclass(frozen=True, slots=True)
class QuotePatterns:
    """The quotation patterns of a language's quote conventions (``profile.quote_pairs``)."""

    paired: re.Pattern[str]  # group "q": the quoted words
    open_paragraph: re.Pattern[str]  # a paragraph opening a quotation it does not close

    @classmethod
    def of(cls, pairs: tuple[tuple[str, str], ...]) -> QuotePatterns:
        branches: list[str] = []
        continued: list[str] = []
        for i, (opening, closing) in enumerate(pairs):
            body = re.escape("".join(dict.fromkeys(closing + opening)))
            # a quotation continued by a new quoted paragraph, its closing mark left out as
            # agencies write, the paragraphs run together ("... happen. "This spirit ...")
            continued.append(
                rf"(?<![^\s(\[]){re.escape(opening)}(?=\S)(?P<c{i}>[^{body}\n]+?[.!?])"
                rf"(?=\s+{re.escape(opening)}\S)"
            )
            if opening == closing == '"':
                # straight quotes: an opening mark is followed by a word, a closing one
                # preceded by one
                branches.append(
                    rf'(?<![^\s(\[])"(?=\S)(?P<q{i}>[^"\n]+?)(?<=\S)"(?![^\s.,;:!?)\]])'
                )
                continue
            branches.append(rf"{re.escape(opening)}(?P<q{i}>[^{body}\n]+)[{re.escape(closing)}]")
        branches += continued
        marks = re.escape("".join(dict.fromkeys(c for pair in pairs for c in "".join(pair))))
        opens = re.escape("".join(dict.fromkeys(o for o, _ in pairs)))
        return cls(
            re.compile("|".join(branches) or r"(?!x)x"),
            re.compile(rf"(?m)^[ \t]*[{opens}](?=\S)([^{marks}\n]+)$" if pairs else r"(?!x)x"),
        )


def quote_spans(text: str, patterns: QuotePatterns) -> list[tuple[int, int, int, int]]:
    """Spans of quoted words: paired marks, and a paragraph that opens a quotation it does
    not close (continued in the next paragraph, as news agencies write)."""
    spans: list[tuple[int, int, int, int]] = []  # words start, end; marks start, end
    for q in patterns.paired.finditer(text):
        group = next(g for g, v in q.groupdict().items() if v is not None)
        spans.append((q.start(group), q.end(group), q.start(), q.end()))
    paired = IntervalSet((a, b) for a, b, _, _ in spans)
    for q in patterns.open_paragraph.finditer(text):
        s, e = q.start(1), q.end(1)
        if not paired.overlaps(s, e):
            spans.append((s, e, s - 1, e))
    return sorted(spans)
