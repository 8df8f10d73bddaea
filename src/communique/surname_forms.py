"""Surnames a document writes in more than one nominative form: a surname declined as an
adjective ("Андреем Ланским") whose nominative the dictionary guesses, where the text writes
it itself ("Андрей Ланской")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.people import PersonMention

# the nominative endings of a surname declined as an adjective that its other cases share
# ("Ланским" is Ланский's and Ланской's)
_ADJECTIVE_SURNAME = re.compile(r"(?<=[сц]к)(?:ий|ой)$")


def one_adjective_surname(persons: list[PersonMention]) -> None:
    """A surname the dictionary put in the nominative with -ий where the text itself writes
    it with -ой ("Андреем Ланским" ... "Андрей Ланской"): the text's form, for all of them."""
    written = {
        pm.tokens[-1].lower()
        for pm in persons
        if pm.tokens and pm.text.split()[-1].lower() == pm.tokens[-1].lower()
    }
    for pm in persons:
        last = pm.tokens[-1] if pm.tokens else ""
        if not _ADJECTIVE_SURNAME.search(last.lower()):
            continue
        other = _ADJECTIVE_SURNAME.sub(lambda h: "ой" if h.group() == "ий" else "ий", last.lower())
        if other in written and last.lower() not in written:
            form = last[:-2] + other[-2:]
            pm.tokens = (*pm.tokens[:-1], form)
            if pm.base is not None and pm.base.endswith(last):
                pm.base = pm.base[: -len(last)] + form
