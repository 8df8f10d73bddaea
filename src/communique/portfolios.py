"""A title's portfolio ("Minister for Foreign Affairs and Regional Integration", "Generaldirektor
für internationale Handelsverhandlungen"): the words after a title that belong to it, no
name's and no meeting's."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.lang.profile import LanguageProfile
    from communique.lexicon import Match


def portfolio_spans(
    text: str,
    roles: list[Match],
    profile: LanguageProfile,
    first_name: Callable[[str], bool],
    common_word: Callable[[str], bool],
) -> list[tuple[int, int]]:
    """Spans of a portfolio right after a title ("Under-Secretary-General for Political and
    Peacebuilding Affairs X"): a name after them is the title's, as after the title. No
    portfolio holds another title or a first name (``first_name``: a word that is one and
    no common word): "Minister of Finance Aigul Sharipova and Trade Minister X" lists two
    people. Nor is it followed by a common word that is no first name (``common_word``):
    "Minister of Foreign Affairs and Foreign Trade of Barbados" goes on past "Foreign"."""
    after = profile.portfolio_after_title_re
    if after is None:
        return []
    starts = sorted(r.start for r in roles)
    out: list[tuple[int, int]] = []
    for r in roles:
        found = after.match(text, r.end)
        if found is None:
            # a title that ends in the first of its portfolios ("Minister of Transport" in
            # "Minister of Transport and Logistics X"): the portfolio from the title's own link
            for space in reversed([k for k, c in enumerate(r.text) if c == " "]):
                found = after.match(text, r.start + space)
                if found is not None and found.end() > r.end:
                    break
            else:
                found = None
        if found is None:
            continue
        k = bisect.bisect_right(starts, r.end)
        if k < len(starts) and starts[k] < found.end():
            continue  # "of Finance A and Trade Minister": a title of its own after the and
        if any(first_name(w) for w in re.findall(r"[^\W\d_][\w'’-]*", text[r.end : found.end()])):
            continue  # "of Finance Aigul Sharipova and Ruslan Tokoev": names, no portfolio
        nxt = _NEXT_WORD.match(text, found.end())
        if nxt is not None and common_word(nxt.group(1)) and not first_name(nxt.group(1)):
            continue  # "of Foreign Affairs and Foreign| Trade of Barbados": no name after it
        out.append(found.span())
    return out


_NEXT_WORD = re.compile(r" ([^\W\d_][\w'’-]*)")  # (one space on: no comma between)

PORTFOLIO_REACH = 50  # characters between a title and a meeting noun in its portfolio


def in_a_portfolio(text: str, role_ends: list[int], t: Match, link: re.Pattern[str]) -> bool:
    """A meeting noun in a title's portfolio ("Generaldirektor für internationale
    Handelsverhandlungen", "Director for Negotiations"), not talks held."""
    if t.row.get("pos") != "noun":
        return False
    lo = bisect.bisect_left(role_ends, t.start - PORTFOLIO_REACH)
    hi = bisect.bisect_left(role_ends, t.start, lo)
    return any(
        (found := link.fullmatch(text, end, t.start)) is not None and "," not in found.group()
        for end in role_ends[lo:hi]
    )
