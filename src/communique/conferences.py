"""Conferences: each conference noun ("Gipfeltreffen", "summit", "Forum") makes its own event
with the name of its noun phrase, the place and date of its clause; a later "der Gipfel"
refers back to the last one named (``conference_key``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from communique.actors import EntityPositions
from communique.drafts import EventDraft
from communique.event_places import (
    comma_clause,
    in_relative_clause,
    own_date,
    place_after,
    place_before_noun,
)
from communique.event_status import cue_status, nearest_status, present_date, settle
from communique.frames import told_meeting_noun
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.rosters import MAX_ROSTER, persons_in
from communique.sentences import Sentence

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch
    from communique.lang.profile import LanguageProfile


NAME_BEFORE_TRIGGER = 80  # a conference name's modifiers before its noun


NAME_AFTER_TRIGGER = 120  # and its complements after it


STATE_AFTER_NAME = 15  # "Gipfel in Wales": a state right after the name


def _tail_end(profile: LanguageProfile, text: str, start: int, stop: int) -> int:
    """End of a conference name's complement: function words, capitalised words and
    adjectives; the first other lower-case word (a verb, usually) ends it."""
    end = start
    for w in re.finditer(r"\S+", text[start:stop]):
        tok = w.group().strip('"“”„»«')
        if not tok:
            break
        if tok.lower() in profile.name_link_words or tok[0].isupper() or tok[0].isdigit():
            end = start + w.end()
            continue
        lower = tok.islower() and tok.replace("-", "").isalpha()
        if (
            lower
            and profile.name_complement_endings
            and tok.endswith(profile.name_complement_endings)
        ):
            end = start + w.end()
            continue
        if (
            lower
            and "-" not in tok
            and tok.endswith(profile.adjective_endings)
            and not text[start + w.end() :].startswith(" ")
        ):
            break
        if lower and tok.endswith(profile.name_adjective_suffixes):
            # an adjective before a noun of the name ("Gipfel der führenden Industrie-
            # länder"), not a verb ending alike ("Gipfel einigten sich")
            following = re.match(r"\s+(\S)", text[start + w.end() : stop])
            if following is not None and following.group(1).isupper():
                end = start + w.end()
                continue
        break
    return _without_link_words(profile, text, start, end)


def _without_link_words(profile: LanguageProfile, text: str, start: int, end: int) -> int:
    """A name does not end in a function word ("der Konferenz mit" before a person)."""
    while True:
        words = text[start:end].split()
        if words and words[-1].lower() in profile.name_link_words:
            end = start + text[start:end].rstrip().rfind(words[-1])
            end = start + len(text[start:end].rstrip())
            continue
        return end


def _conference_name(m: Mentions, sent: Sentence, trig: Match, stop: int) -> tuple[int, int]:
    """The noun phrase of a conference: article and modifiers before the trigger, genitive,
    "between" or "of" complements after it, up to a place, a verb, a comma or the next item."""
    text = m.text
    profile = m.profile
    start = trig.start
    base = max(sent.start, trig.start - NAME_BEFORE_TRIGGER)
    words = list(re.finditer(r"[\w.–-]+|[^\w\s]", text[base : trig.start]))
    for w in reversed(words[-6:]):
        tok = w.group()
        if not (tok[0].isalnum()):
            break
        low = tok.lower()
        if low in profile.definite_determiners and low not in profile.articles:
            break  # a preposition with its article ("beim", "im"): not part of the name
        if low in profile.articles or low in profile.determiners:
            start = base + w.start()
            break
        if tok[0].isupper() or tok[0].isdigit() or low.endswith(profile.name_modifier_endings):
            start = base + w.start()
            continue
        break
    tail = text[trig.end : stop]
    cut = profile.name_stop_re.search(tail)
    end = trig.end + (cut.start() if cut else len(tail))
    end = min(end, trig.end + NAME_AFTER_TRIGGER, _tail_end(profile, text, trig.end, end))
    # a person after the noun is no part of its name ("a Brussels summit Mr Blair said")
    named = [p.start for p in m.person_index.starting_in(trig.end, end)]
    # ... nor is the person's title ("Konferenz mit Präsident Huber")
    named += [
        r.start
        for r in m.role_index.starting_in(trig.end, end)
        if any(0 < p - r.end <= 1 for p in named)
    ]
    honored = [s for s, _ in m.honorifics if trig.end <= s < end]
    end = min([end, *named, *honored])
    if end > trig.end:
        end = max(trig.end, _without_link_words(profile, text, trig.end, end))
    while end > trig.end and text[end - 1].isspace():
        end -= 1
    return start, end


WITH_PERSON_REACH = 40  # characters from a gathering's with to the person it is held with
LIGHT_VERB_REACH = 80  # characters before a gathering's word where "held" may stand ...
LIGHT_VERB_WORDS = 6  # ... and words


def held_with_person(m: Mentions, t: Match) -> bool:
    """A gathering's word followed by its with and a person, with only honorifics, titles
    and articles between ("held a Japan-ROK Foreign Ministers' Meeting with H.E. Mr. CHO
    Min-jae"): a meeting with that person, not a gathering of many."""
    # (not a panel with its panellists: "nahm an einer Podiumsdiskussion mit X teil")
    if t.row.get("kind") != "conference" or t.row.get("detail") == "part":
        return False
    # held by its subject ("held a ... Meeting with"), not a setting ("am Rande der Konferenz
    # mit Präsident X")
    lead = m.text[max(0, t.start - LIGHT_VERB_REACH) : t.start].lower().split()
    if not any(w in m.profile.light_verbs for w in lead[-LIGHT_VERB_WORDS:]):
        return False
    found = m.profile.with_re.match(m.text, t.end + 1)
    if found is None or m.text[t.end] != " ":
        return False
    at = found.end()
    person = next(iter(m.person_index.starting_in(at, at + WITH_PERSON_REACH)), None)
    if person is None:
        return False
    articles = m.profile.articles
    return all(
        w.group().lower() in articles
        or m.gap_words.covers(at + w.start(), at + w.end())
        or m.role_index.overlapping(at + w.start(), at + w.end())
        for w in re.finditer(r"[^\s,]+", m.text[at : person.start])
    )


def conference(
    m: Mentions,
    sent: Sentence,
    t: Match,
    stop: int,
    where: EntityPositions,
    published: dt.date | None,
) -> EventDraft:
    name = _conference_name(m, sent, t, stop)
    # a city in the clause, or a state right after the name ("Gipfel in Wales"); a state
    # further on is usually the subject ("Außenministertreffen ... zur Lage in Syrien")
    place = (
        place_after(m, sent, t.end, stop, ("city",))
        or place_after(m, sent, name[1], min(stop, name[1] + STATE_AFTER_NAME), ("state",))
        or place_before_noun(m, [t])  # "a Brussels summit"
        # "findet am 20. Mai in Berlin ein Treffen der Außenminister statt": a city before
        # it in its clause
        or place_after(m, sent, comma_clause(m, sent, t.start)[0], t.start, ("city",))
    )
    cue = nearest_status(m, sent, t, conference=True)
    # "welcomes X and Y to a summit on Friday": the next Friday, as for meetings (where no
    # cue says otherwise)
    verbs = [x for x in m.in_sentence(m.trigger_index, sent) if x.row.get("pos") == "verb"]
    date, present = present_date(
        m, verbs if cue is None else [], own_date(m, sent, t.start), published
    )
    status, date = settle(cue_status(cue), cue, date, present, published)
    # not who is named in a relative clause of its own ("X, who met Abbas last week, ...")
    people = [e for pos, e in persons_in(where, sent) if not in_relative_clause(m, sent, pos)]
    if len(people) > MAX_ROSTER:
        people = []  # a list of names, none of them shown to attend
    return EventDraft("conference", status, people, sent, t, place, date, name, status_cue=cue)


def conference_key(m: Mentions, d: EventDraft) -> frozenset[str]:
    """What distinguishes one conference from another: the capitalised words and acronyms of
    its name besides the trigger ("EU", "G8", "World Economic"), and its place
    ("@<kind>:<state>:<key>")."""
    words: set[str] = set()
    if d.name is not None:
        for w in re.findall(r"[\w]+", m.text[d.name[0] : d.name[1]]):
            if w.lower() in m.profile.generic_name_words or not w[0].isupper():
                continue
            if d.trigger.start <= d.name[0] + m.text[d.name[0] : d.name[1]].find(w) < d.trigger.end:
                # inside the trigger word itself: keep only a compound's qualifier ("EU-Gipfel")
                if "-" in d.trigger.text and w != d.trigger.text.split("-")[-1]:
                    words.add(_stem(w))
                continue
            words.add(_stem(w))
    if d.location is not None:
        words.add(place_key(d.location))
    return frozenset(words)


# inflectional endings cut off a name's word for its key, longest first ("Internationalen",
# "Internationale"; "Международной", "Международная")
_ENDING_WORDS = (
    "ого ему ому ыми ими ая яя ое ее ой ей ый ий ые ие ых их ым им ую юю en em er es e n s"
)
_ENDINGS = tuple(sorted(_ENDING_WORDS.split(), key=len, reverse=True))  # noqa: SIM905
STEM_LEFT = 5  # letters a word keeps at least


def _stem(word: str) -> str:
    """A name's word without its inflection, as far as a key needs: "der Internationalen
    Arbeitskonferenz" and "Die Internationale Arbeitskonferenz" are one gathering."""
    low = word.lower()
    if word.isupper():
        return low
    for end in _ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= STEM_LEFT:
            return low[: -len(end)]
    return low


def place_key(p: PlaceMatch) -> str:
    """A place as ``conference_key`` holds it: "@<kind>:<state>:<key>"."""
    return f"@{p.kind}:{p.iso3}:{p.key}"


def bilateral_sessions(m: Mentions, drafts: list[EventDraft]) -> None:
    """A session held of a body of two states ("the 11th Session of the Ethiopia-Djibouti
    Joint Ministerial Commission", "заседание межправительственной комиссии") with people
    of at most two states at it is talks of the two sides: a meeting, not a multilateral
    gathering."""
    body = m.profile.bilateral_body_re
    for d in drafts:
        if d.kind != "conference" or d.status != "occurred" or d.name is None:
            continue
        persons = [p for p in d.participants if p.kind == "person"]
        if len(persons) < 2 or any(p.org_is_igo for p in persons):
            continue
        if len({p.affiliation for p in persons if p.affiliation}) > 2:
            continue
        if body.search(m.text, d.name[0], d.name[1]):
            d.kind = "meeting"


# a word before a gathering's noun that makes it another of its series
_ANOTHER_OF_SERIES = re.compile(
    r"(?i)\w+(?:th|st|nd|rd)|first|second|third|next|following|previous|last|upcoming"
)


NAMED_AGAIN_REACH = 2  # sentences back where a capitalised noun names a gathering again
OPENING_AGAIN_REACH = 1  # ... where "The meeting" opening a sentence does


def gathering_named_again(
    m: Mentions, sent: Sentence, meet: list[Match], drafts: list[EventDraft]
) -> EventDraft | None:
    """A capitalised meeting noun after a determiner that repeats a word of the name of a
    gathering told in the last ``NAMED_AGAIN_REACH`` sentences ("The Twenty-Ninth Meeting of
    the Council ... concluded. The two-day Meeting brought together ..."): that gathering,
    told again. Only where capitals mark such a reference (not German, which capitalises
    every noun)."""
    if m.profile.nouns_capitalised or not m.profile.articles:
        return None
    noun = told_meeting_noun(m, sent, meet, definite=True)
    if noun is None or noun.start == sent.start:
        return None
    before = m.text[max(sent.start, noun.start - 30) : noun.start].split()
    if before and _ANOTHER_OF_SERIES.fullmatch(before[-1]):
        return None  # "The Thirtieth Meeting of COFCOR will be held in Nassau": another one
    # or the sentence opens with it, lower-case, right after the gathering's sentence, with
    # no counterpart of its own ("... ministerial meeting of Sudan's neighbours. The meeting,
    # chaired by X, brought together A, B and C"; not "The meeting between A and B")
    opening = (
        len(m.text[sent.start : noun.start].split()) == 1
        and m.profile.with_re.match(m.text, noun.end + 1) is None
        and not m.text[noun.end : noun.end + 9].lower().startswith(" between")
    )
    capital = noun.text[:1].isupper()
    if not capital and not opening:
        return None
    head = noun.text.split()[-1]
    reach = NAMED_AGAIN_REACH if capital else OPENING_AGAIN_REACH
    for d in reversed(drafts):
        if sent.index - d.sentence.index > reach:
            return None
        if d.kind == "conference" and d.name is not None:
            name = m.text[d.name[0] : d.name[1]]
            return d if head in (name if capital else name.lower()).split() else None
    return None
