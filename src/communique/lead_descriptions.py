"""Lead descriptions: how a headline and a lead name their subject before (or without)
naming them ("Bundespräsident traf Merkel", "The German foreign minister met ... Anna Berg
also ...", "Vogel wirbt in Alabama").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.actors import PersonEntity
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.title_owners import role_affiliation
from communique.titles import apply_role, definite, opens_name

if TYPE_CHECKING:
    from communique.resources import LanguageResources


def resolve_headline_titles(m: Mentions, entities: list[PersonEntity]) -> None:
    """A title alone opening the first sentence, a headline's way of naming its subject
    ("Bundespräsident traf Merkel und Gauck", "Foreign Minister meets Kenyan counterpart"):
    a mention of the first person the text names further on with a title of that class."""
    if not m.sentences:
        return
    head = m.sentences[m.headline]
    roles = [r for r in m.role_index.starting_in(head.start, head.end) if r.end <= head.end]
    if not roles or m.text[head.start : roles[0].start].strip():
        return
    r = roles[0]
    if m.person_index.starting_in(r.end, r.end + 2) or any(
        r.end < start <= r.end + 2 for e in entities for start, _ in e.name_spans()
    ):
        return  # a title of a name ("Außenministerin Berg traf ...", a surname found again)
    cls = r.row.get("class")
    later = sorted(
        (e for e in entities if e.role is not None and e.first_start >= head.end),
        key=lambda e: e.first_start,
    )
    subject = next(
        (e for e in later if e.role is not None and e.role.row.get("class") == cls), None
    )
    if subject is not None:
        subject.refs.append((r.start, r.end))


LEAD_SENTENCES = 3  # a headline, a dateline's sentence and the next: where a lead describes
_LEAD_FILLER = re.compile(r"[\W\d_]*")


def resolve_lead_descriptions(m: Mentions, entities: list[PersonEntity]) -> None:
    """A title opening a sentence of the lead before anyone is named ("OSLO – The German
    foreign minister met Prime Minister Lind on Monday. Anna Berg also ..."): a mention of
    the first person named after it with a title of its class, else of the first untitled
    person who opens one of the next two sentences."""
    if not m.sentences:
        return
    # a headline may name its subject by surname ("Berg besucht Oslo"): the lead still
    # describes before it names
    head_end = m.sentences[m.headline].end if len(m.sentences) > m.headline + 1 else 0
    named_from = min(
        (s for e in entities if e.kind == "person" for s, _ in e.spans() if s >= head_end),
        default=None,
    )
    for sent in m.sentences[:LEAD_SENTENCES]:
        roles = [r for r in m.role_index.starting_in(sent.start, sent.end) if r.end <= sent.end]
        if not roles or (named_from is not None and named_from < roles[0].start):
            continue
        r = roles[0]
        if any((r.start, r.end) in e.refs for e in entities):
            return  # the headline's title, resolved by ``resolve_headline_titles``
        if (
            m.person_index.starting_in(r.end, r.end + 2)
            # the title of a name after its body ("Председатель Комитета ... Леонид Сазонов")
            or any(e.role is not None and e.role.start == r.start for e in entities)
            or m.role_index.starting_in(r.end, r.end + 2)  # "President General Kowal"
            or not _lead_prefix(m, sent.start, r)
        ):
            continue
        # the people named after the title, by where they are first named after it
        after = {
            e.index: min(s for s, _ in e.spans() if s >= r.end)
            for e in entities
            if e.kind == "person" and any(s >= r.end for s, _ in e.spans())
        }
        # not someone the description meets in its sentence ("The Minister also held
        # meetings with ... Trade Minister X")
        later = sorted(
            (
                e
                for e in entities
                if e.index in after
                and not (
                    after[e.index] < sent.end and m.meeting_word_between(r.end, after[e.index])
                )
            ),
            key=lambda e: after[e.index],
        )
        cls = r.row.get("class")
        subject = next(
            (e for e in later if e.role is not None and e.role.row.get("class") == cls), None
        )
        if subject is None:
            starts = {s.start for s in m.sentences[sent.index + 1 : sent.index + 3]}
            subject = next(
                (e for e in later if e.role is None and any(s in starts for s, _ in e.spans())),
                None,
            )
        if subject is not None:
            subject.refs.append((r.start, r.end))
            place = role_affiliation(m, r)
            if subject.affiliation is None and place is not None and place.iso3:
                subject.affiliation = place.iso3  # "The German foreign minister": stated
        return


DESCRIBED_REACH = 40  # characters before a lead's title where its article may stand
AGENT_BEFORE = 4  # words before a title where a passive's agent word stands ("von dem neuen")


def resolve_headline_people(
    m: Mentions, entities: list[PersonEntity], bound: set[int], res: LanguageResources
) -> None:
    """A headline that names people by surname alone ("Kowal trifft Huber in Wien") and a
    lead sentence that tells the same of people it only describes ("Der polnische Präsident
    ist ... mit dem österreichischen Bundeskanzler zusammengetroffen"): the descriptions are
    mentions of the headline's people, in the same order, and give them title and state.
    Nothing when the numbers differ or when the lead names anyone; a passive in one of them
    ("vom Kanzler empfangen") turns the order."""
    if len(m.sentences) < m.headline + 2:
        return
    head = m.sentences[m.headline]
    bare = sorted(
        (
            e
            for e in entities
            if e.kind == "person"
            and e.role is None
            and len(e.tokens) == 1
            and head.start <= e.first_start < head.end
        ),
        key=lambda e: e.first_start,
    )
    if not bare:
        return
    for sent in m.sentences[1:LEAD_SENTENCES]:
        if m.person_index.starting_in(sent.start, sent.end):
            return  # the lead names its people
        roles = [
            r
            for r in m.role_index.starting_in(sent.start, sent.end)
            if r.end <= sent.end and r.start not in bound and not opens_name(m, r)
        ]
        if not roles:
            continue
        if len(roles) != len(bare) or not m.in_sentence(m.trigger_index, sent):
            return
        if not all(_describes(m, r) for r in roles):
            return  # "its chairman said": no description of the headline's people
        # a passive turns the order: "Huber empfängt Kowal. Der polnische Präsident wurde
        # vom österreichischen Kanzler empfangen"
        agents = m.profile.agent_words
        lead_passive = any(
            w.lower() in agents
            for r in roles[1:]
            for w in m.text[sent.start : r.start].split()[-AGENT_BEFORE:]
        )
        head_passive = len(bare) > 1 and any(
            w.lower() in agents for w in m.text[bare[0].first_start : bare[1].first_start].split()
        )
        if lead_passive != head_passive:
            if len(bare) != 2:
                return
            roles = roles[::-1]
        for ent, r in zip(bare, roles, strict=True):
            ent.refs.append((r.start, r.end))
            apply_role(m, ent, r, res)
        return


def _describes(m: Mentions, r: Match) -> bool:
    """A title that describes someone: definite ("the Polish president", "dem Kanzler") or
    with its state or organisation ("Polens Präsident")."""
    return definite(m, r, words=3, reach=DESCRIBED_REACH) or role_affiliation(m, r) is not None


def _lead_prefix(m: Mentions, start: int, r: Match) -> bool:
    """Before the title only a dateline, articles and state adjectives ("OSLO – The German")."""
    pos = start
    for p in m.place_index.overlapping(start, r.start):
        if p.start < pos or p.end > r.start:
            continue
        gap = m.text[pos : p.start]
        if not _lead_words(m, gap):
            return False
        pos = p.end
    return _lead_words(m, m.text[pos : r.start])


def _lead_words(m: Mentions, gap: str) -> bool:
    words = re.findall(r"[^\W\d_]+", gap)
    return all(w.isupper() or w.lower() in m.profile.articles for w in words) and bool(
        _LEAD_FILLER.fullmatch(re.sub(r"[^\W\d_]+|\s", "", gap))
    )
