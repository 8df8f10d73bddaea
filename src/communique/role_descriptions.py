"""Role descriptions: a definite article before any title the roles lexicon knows ("den
Generalstabschef", "die Landrätin", "the attorney general") describes a person named
elsewhere, as the language's hand-listed description nouns do ("der Minister")."""

from __future__ import annotations

from communique.lang.profile import LanguageProfile
from communique.lexicon import Match, Row
from communique.positions import IntervalSet

_BEFORE = 40  # characters before a title where its article stands
# the row a description made from a title carries: that of the description tables
_ROW = Row(pattern="", attrs={"type": "role_noun"}, line=0)


def described_roles(
    text: str, roles: list[Match], anaphora: list[Match], profile: LanguageProfile
) -> list[Match]:
    """Role descriptions made from titles: a title in the singular after a definite article
    and at most one adjective, that no description already covers; the article opens the
    description."""
    before_re = profile.definite_title_re
    if before_re is None:
        return []
    covered = IntervalSet((a.start, a.end) for a in anaphora)
    found: list[Match] = []
    for r in roles:
        if covered.overlaps(r.start, r.end) or profile.plural_title_re.search(
            _head(r.text, profile.title_link_words)
        ):
            continue
        hit = before_re.search(text, max(0, r.start - _BEFORE), r.start)
        if hit is None or hit.end() != r.start:
            continue
        found.append(Match(hit.start(), r.end, text[hit.start() : r.end], _ROW))
    return found


def _head(title: str, links: frozenset[str]) -> str:
    """The words of a title before its first link word ("heads" of "heads of delegation")."""
    words = title.split()
    k = next((i for i, w in enumerate(words) if i and w.lower() in links), len(words))
    return " ".join(words[:k])
