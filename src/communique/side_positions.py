"""Where a state or body stands in its clause: the word tests of ``communique.sides`` (a
compound with a word for representatives, what opens the clause before it, a light verb that
closes it, a verb-second inversion, states listed after "officials from")."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from communique.sentences import word_back

if TYPE_CHECKING:
    from communique.lang.profile import LanguageProfile
    from communique.mentions import Mentions
    from communique.sentences import Token

CLOSING_VERB_REACH = 8  # tokens from a meeting noun to the participle closing its clause
V2_OPENING_WORDS = 4  # "Am Freitag", "Nach dem Treffen in Wien": what opens a V2 clause
SHORT_WORD = 4  # "on", "am", "sich", "also": words short enough to be function words
BETWEEN_REACH = 5  # words from "between" to the "and" of its second party


def compound_side(m: Mentions, at: int, profile: LanguageProfile) -> bool:
    """ "US-Delegation", "EU-Vertreter": a state's compound with a word for representatives."""
    end = at + 1
    while end < len(m.text) and m.text[end].isalpha():
        end += 1
    word = m.text[at + 1 : end].lower()
    return bool(word) and word in profile.side_nouns


def opens(m: Mentions, prev: Token, start: int) -> bool:
    """Nothing but punctuation, a subordinator or a coordinator before the state in its
    clause, or only a date that opens the sentence ("On Friday the Foreign Office ...",
    "В пятницу МИД России ...")."""
    low = prev.text.lower()
    if (
        not prev.text[:1].isalnum()
        or low in m.profile.coordinators
        or (low in m.profile.subordinators)
    ):
        return True
    date = next(iter(m.date_index.covering(prev.start, prev.end)), None)
    if date is not None:
        head = m.text[m.sentence_of(date.start).start : date.start].split()
        return len(head) <= 1 and all(w.lower() in m.profile.prepositions for w in head)
    return inverted(m, prev)


def closing_light_verb(tokens: list[Token], after: int, profile: LanguageProfile) -> bool:
    """A light verb closes the clause after the meeting noun ("haben ... Gespräche über die
    Grenze aufgenommen"): the verb-final part of a verb-second clause."""
    for tok in tokens[after : after + CLOSING_VERB_REACH]:
        if not tok.text[:1].isalnum():
            return False  # the clause ends
        if tok.text.lower() in profile.light_verbs:
            return True
    return False


def inverted(m: Mentions, prev: Token) -> bool:
    """In a verb-second language, the finite verb right before the subject, after a short
    phrase that opens the sentence ("Am Freitag hat das Außenministerium ...")."""
    if not m.profile.verb_second or m.tagger is None:
        return False
    head = m.text[m.sentence_of(prev.start).start : prev.start].split()
    if not 1 <= len(head) <= V2_OPENING_WORDS or any(not w[:1].isalnum() for w in head):
        return False
    tags = m.tagger([*head, prev.text])
    verbs = ("AUX", "VERB", "INF")  # out of context the tagger may call "haben" an infinitive
    return len(tags) == len(head) + 1 and tags[-1] in verbs and not set(tags[:-1]) & set(verbs)


def from_side(m: Mentions, tokens: list[Token], i: int) -> bool:
    """The state at token ``i`` follows "from" after a word for representatives, with
    articles between, or is coordinated with a state that does."""
    profile = m.profile
    skip = profile.articles | profile.coordinators
    k = i - 1
    while k >= 0:
        low = tokens[k].text.lower()
        if low in skip or low == ",":
            k -= 1
            continue
        other = m.place_index.covering(tokens[k].start, tokens[k].end)
        if other and other[0].kind == "state" and k < i - 1:
            # a state before the coordinator: go on before it
            while k >= 0 and m.place_index.covering(tokens[k].start, tokens[k].end):
                k -= 1
            continue
        break
    if k < 1 or tokens[k].text.lower() not in profile.origin_words:
        return False
    before = tokens[k - 1].text.lower()
    return before in profile.side_nouns or before in profile.group_nouns


def list_end(m: Mentions, tokens: list[Token], i: int) -> int:
    """The last token of the states coordinated from token ``i`` on."""
    profile = m.profile
    joiners = profile.articles | profile.coordinators | {","}
    last = i
    for k in range(i, len(tokens)):
        tok = tokens[k]
        if m.place_index.covering(tok.start, tok.end):
            last = k
        elif tok.text.lower() not in joiners:
            break
    return last


def words_between(m: Mentions, tokens: list[Token]) -> int:
    """Words other than articles, dates and places."""
    return sum(
        1
        for t in tokens
        if t.text.lower() not in m.profile.articles
        and not m.date_index.covering(t.start, t.end)
        and not m.place_index.covering(t.start, t.end)
    )


def light(m: Mentions, tok: Token) -> bool:
    """A word that may stand between a meeting word and its with: a date's, place's or
    name's, or a short function word ("met on Monday in Geneva with", "traf sich am Montag
    mit"); not a noun of its own ("the bilateral work with Russia")."""
    if m.date_index.covering(tok.start, tok.end) or m.place_index.covering(tok.start, tok.end):
        return True
    if m.person_index.covering(tok.start, tok.end):
        return True
    low = tok.text.lower()
    if low in m.profile.coordinators:
        return False
    return tok.text.islower() and len(tok.text) <= SHORT_WORD


def index_at(starts: list[int], pos: int, *, after: bool = False) -> int | None:
    """The index of the token starting at ``pos`` (or, ``after``, the first at or after it)."""
    i = bisect.bisect_left(starts, pos)
    if after:
        return i if i < len(starts) else None
    return i if i < len(starts) and starts[i] == pos else None


def previous_word(tokens: list[Token], i: int, articles: frozenset[str]) -> Token | None:
    """The token before token ``i``, articles skipped."""
    j = i - 1
    while j >= 0 and (tokens[j].text.lower() in articles):
        j -= 1
    return tokens[j] if j >= 0 else None


def between_before(
    m: Mentions, tokens: list[Token], starts: list[int], prev: Token
) -> Token | None:
    """The between word a few words before the coordinator ``prev``, no comma between (the
    "and" of "between A and B")."""
    k = index_at(starts, prev.start)
    if k is None:
        return None
    j = word_back(
        tokens,
        k,
        m.profile.between_words,
        BETWEEN_REACH,
        lambda j: (
            not tokens[j].text[:1].isalnum() or tokens[j].text.lower() in m.profile.coordinators
        ),
    )
    return None if j is None else tokens[j]


def domain_noun(m: Mentions, tokens: list[Token], j: int) -> bool:
    """Token ``j`` is a noun of a domain right before a word for representatives ("trade" in
    "Chinese trade negotiators", "security" in "US security officials")."""
    tok = tokens[j]
    low = tok.text.lower()
    return (
        tok.text.isalpha()
        and tok.text.islower() == (not m.profile.nouns_capitalised)
        and low not in m.profile.function_words
        and low not in m.profile.prepositions
        and j + 1 < len(tokens)
        and tokens[j + 1].text.lower() in m.profile.side_nouns
        and m.text[tok.end : tokens[j + 1].start] == " "
        and (
            m.tagger is None or m.tagger([tok.text, tokens[j + 1].text])[:1] in (["NOUN"], ["ADJ"])
        )
    )
