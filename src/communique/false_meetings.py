"""Meeting words that tell no meeting with parties: a meeting noun that is what is talked
about ("Bush and Kerry clashed over how to proceed with six-party talks"), and a meeting
word whose with names a thing ("sagte Gauland im Gespräch mit der Frankfurter Allgemeinen
Sonntagszeitung": an interview with a newspaper)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.sentences import tokenize

if TYPE_CHECKING:
    from communique.drafts import EventDraft
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.sentences import Sentence

ABOUT_BEFORE = 40  # characters before a meeting noun where its preposition stands
ABOUT_WORDS = 4  # words: the preposition, an article and modifiers ("with the six-party talks")
APPOSITION_REACH = 8  # characters after a comma where an apposed name starts ("Dr. X")
THING_REACH = 60  # characters after a with where its object's first capitalised word stands
THING_WORDS = 4  # ... and words


def with_a_thing(m: Mentions, t: Match, sent: Sentence) -> bool:
    """The meeting word's with names a thing, not a party ("sagte Gauland im Gespräch mit
    der Frankfurter Allgemeinen Sonntagszeitung", "in talks with Goldman Sachs"): the first
    capitalised word after the with, its articles and adjectives, is no person, title,
    place, organisation the knowledge base knows, reference or word for representatives."""
    profile = m.profile
    if t.text.split()[-1].lower() in profile.with_words:
        pos = t.end
    elif (found := profile.with_re.match(m.text, t.end + 1)) and m.text[t.end] == " ":
        pos = found.end()
    else:
        return False
    for k, tok in enumerate(tokenize(m.text, pos, min(sent.end, pos + THING_REACH))):
        if k >= THING_WORDS or not tok.text[:1].isalpha():
            return False
        low = tok.text.lower()
        if tok.text[:1].islower():
            if low in profile.articles or low in profile.possessive_pronouns:
                continue
            if profile.nouns_capitalised and profile.ends_like_adjective(tok.text):
                continue  # "mit der deutschen ...": an adjective
            return False
        a, b = tok.start, tok.end
        known = (
            m.person_index.overlapping(a, b)
            or m.role_index.overlapping(a, b)
            or m.place_index.overlapping(a, b)
            or m.anaphora_index.overlapping(a, b)
            or m.gap_words.covers(a, b)
            or m.date_index.overlapping(a, b)
        )
        if known or any(low.startswith(n) for n in profile.group_words):
            return False
        # a capitalised word before a title ("с Постоянным координатором ООН ...")
        stop = re.search(r"[,.;:!?]", m.text[b : pos + THING_REACH])
        end = b + stop.start() if stop else pos + THING_REACH
        # (after a phrase of leading: "talks with the Foreign Affairs Committee, chaired by X")
        led = profile.led_by_opening_re.match(m.text, end + 1)
        after = led.end() if led is not None else end + 1
        if (
            stop is not None
            and stop.group() == ","
            and (
                m.person_index.starting_in(after, after + APPOSITION_REACH)
                or m.role_index.starting_in(after, after + APPOSITION_REACH)
            )
        ):
            # "mit dem Wirtschaftsreferenten der Stadt, Dr. X", "with the Head of the OSCE
            # Mission, Ambassador X": a person's noun
            return False
        return not (m.person_index.starting_in(b, end) or m.role_index.starting_in(b, end))
    return False


def talked_about(m: Mentions, t: Match) -> bool:
    """A meeting noun after a preposition of topic ("proceed with six-party talks",
    "zufrieden mit den Gesprächen"), its article and modifiers between."""
    if t.row.get("pos") != "noun":
        return False
    words = m.text[max(0, t.start - ABOUT_BEFORE) : t.start].split()
    tail = words[-ABOUT_WORDS:]
    for k in range(len(tail) - 1, -1, -1):
        w = tail[k]
        low = w.lower()
        if low in m.profile.about_words:
            # "is on a two-day visit to": where someone is, not what is talked about
            after = tail[k + 1].lower() if k + 1 < len(tail) else ""
            return not (
                t.row.get("kind") == "visit"
                and low in m.profile.sojourn_prepositions
                and after in m.profile.indefinite_articles
            )
        if low in m.profile.articles or low in m.profile.possessive_pronouns:
            continue
        if not w[:1].islower() and not w[:1].isdigit() and "-" not in w:
            return False
    return False


GENERIC_WORDS = 3  # words before a meeting noun where its indefinite article stands


def quoted_generic(m: Mentions, d: EventDraft) -> bool:
    """A meeting noun with an indefinite article inside a quotation, no one named in the
    quotation: something said of meetings in general ("we believe a well-prepared meeting
    is better than a failed one," the spokesperson said), no meeting of anyone."""
    t = d.trigger
    if t.row.get("pos") != "noun":
        return False
    quote = next(((a, b) for a, b, _, _ in m.quotations() if a <= t.start < b), None)
    if quote is None or m.person_index.starting_in(*quote):
        return False
    before = m.text[max(quote[0], t.start - 40) : t.start].split()[-GENERIC_WORDS:]
    after = m.text[t.end : t.end + 20].split()[:1]
    profile = m.profile
    # (not one with its parties after it: "Ein Treffen des Präsidenten mit dem Minister")
    bound = {
        *profile.with_words,
        *profile.between_words,
        *profile.articles,
        *profile.title_link_words,
    }
    return any(w.lower() in profile.indefinite_articles for w in before) and not (
        after and after[0].lower() in bound
    )


def unnamed_summits(m: Mentions, drafts: list[EventDraft]) -> list[EventDraft]:
    """A gathering named only by an indefinite noun ("welcomes X and Y to a summit
    meeting", "zu einem Gipfeltreffen") with just the people of a meeting told in its
    sentence is that meeting, not a conference of its own."""
    rosters = {
        (d.sentence.index, frozenset(p.index for p in d.participants))
        for d in drafts
        if d.kind != "conference" and len(d.participants) >= 2
    }
    out = []
    for d in drafts:
        if d.kind == "conference" and d.participants:
            before = m.text[max(0, d.trigger.start - 20) : d.trigger.start].split()[-2:]
            indefinite = any(w.lower() in m.profile.indefinite_articles for w in before)
            key = (d.sentence.index, frozenset(p.index for p in d.participants))
            if indefinite and key in rosters:
                continue
        out.append(d)
    return out
