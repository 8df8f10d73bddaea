"""Page furniture: lines of a page that are not part of its text.

Scraped news often carries what the site put around the article: a broadcast's teaser block
of other headlines ("Выпуск новостей в 15:00 ... Смотрите в этом выпуске: ..."), photo
credits, "read also" lists, another item's teaser with its time stamp ("Сегодня, 13:29"). Each
language pack lists them in ``furniture.tsv``: a line that opens with a row's pattern is
furniture; with extent ``rest`` so is everything after it, with extent ``paragraph`` its
paragraph (the lines between blank lines), with extent ``byline`` the short line above it
too (a reporter's name above their title), with extent ``tail`` the pattern anywhere in a
line and the line's rest from it (a caption's credit).
The stages read the text with furniture blanked out (spaces, newlines kept), so that offsets
into the original text stay valid and no name, place or meeting is taken from it.
"""

from __future__ import annotations

import re

from communique.lexicon import PatternTable

# a line, from its first non-blank character (group 1)
_LINE = re.compile(r"^[^\S\n]*(\S)", re.MULTILINE)


def furniture_spans(text: str, table: PatternTable) -> list[tuple[int, int]]:
    """(start, end) of every furniture line (to the text's end for extent ``rest``)."""
    spans: list[tuple[int, int]] = []
    for credit in table.where("extent", "tail").finditer(text):
        # a caption's credit at a line's end ("... at the talks. — VNA/VNS Photo X")
        end = text.find("\n", credit.start)
        spans.append((credit.start, len(text) if end < 0 else end))
    for line in _LINE.finditer(text):
        m = table.match_at(text, line.start(1))
        if m is None or m.row.get("extent") == "tail":
            continue
        line_start = line.start()
        extent = m.row.get("extent")
        if extent == "rest":
            spans.append((line_start, len(text)))
            break
        if extent == "paragraph":
            before = text.rfind("\n\n", 0, line_start)
            after = text.find("\n\n", m.start)
            spans.append((0 if before < 0 else before + 2, len(text) if after < 0 else after))
            continue
        end = text.find("\n", m.start)
        spans.append((line_start, len(text) if end < 0 else end))
        if extent == "byline" and line_start > 0:
            # the reporter's name on the line above ("Nur Aisyah Rahman\nRegional
            # Correspondent"), a short line of its own
            above = text.rfind("\n", 0, line_start - 1) + 1
            words = text[above : line_start - 1].split()
            if 0 < len(words) <= BYLINE_WORDS:
                spans.append((above, line_start - 1))
    return spans


BYLINE_WORDS = 5  # words of a reporter's name on the line above a reporter's title


def blank_furniture(text: str, table: PatternTable) -> str:
    """``text`` with its furniture replaced by spaces (newlines kept): same length, same
    offsets."""
    spans = furniture_spans(text, table)
    if not spans:
        return text
    out = list(text)
    for start, end in spans:
        for i in range(start, end):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out)
