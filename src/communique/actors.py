"""Actors: resolution inside one document.

Person mentions that name the same person ("Roman Vassilenko", "Vassilenko", the German
genitive "Vassilenkos") become one entity; entities get genders from first names and titles,
and become the record's actors. Which title an entity holds, and the state it gives, is
``communique.titles``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from communique.entity_index import EntityIndex, double_surname, surname_of
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.name_particles import surname_first
from communique.people import PersonMention
from communique.positions import IntervalSet
from communique.record import Actor, ActorKind, Role
from communique.spans import Span, make_span

if TYPE_CHECKING:
    from communique.office_holders import Identified

LOOK_BACK = 20  # spans a pronoun looks back for a person of its gender


@dataclass(slots=True)
class PersonEntity:
    index: int  # order of first mention among the document's persons
    name: str
    tokens: tuple[str, ...]
    mentions: list[PersonMention] = field(default_factory=list)
    extra: list[tuple[int, int]] = field(default_factory=list)  # surname-only occurrences
    refs: list[tuple[int, int]] = field(default_factory=list)  # "the Pakistani president"
    role: Match | None = None
    role_title: tuple[int, int] | None = None  # the text's own words when they differ
    role_class: str | None = None
    affiliation: str | None = None
    organization: str | None = None
    org_is_igo: bool = False
    sector: str | None = None
    # a state or organisation taking part as a side (``communique.sides``)
    kind: ActorKind = "person"
    gender: str | None = None  # "f" / "m" from the first name or the title, else None
    # the leader the knowledge base says the person is (``communique.office_holders``)
    known: Identified | None = None
    inferred: dict[str, str] = field(default_factory=dict)  # field -> knowledge source

    @property
    def surname(self) -> str:
        return surname_of(self.tokens)

    @property
    def first_start(self) -> int:
        starts = [m.start for m in self.mentions] + [s for s, _ in self.extra]
        return min(starts)

    def spans(self) -> list[tuple[int, int]]:
        """Where the text names or refers to the person."""
        return sorted(set(self.name_spans()) | set(self.refs))

    def name_spans(self) -> list[tuple[int, int]]:
        """Where the text names the person (no descriptions)."""
        return sorted({(m.start, m.end) for m in self.mentions} | set(self.extra))


def group_persons(
    m: Mentions,
    is_first_name: Callable[[str], bool] | None = None,
    is_common_word: Callable[[str], bool] | None = None,
) -> list[PersonEntity]:
    """Group person mentions into entities; find further surname-only mentions. A first name
    alone after an honorific ("Sir Edward" after "Sir Edward Heath") is the one person of
    that first name."""
    index = EntityIndex(m.profile.genitive_suffixes, is_first_name, m.profile.surname_case_endings)
    for n, pm in enumerate(sorted(m.persons, key=lambda p: p.start)):
        if n % 256 == 0:
            m.deadline.check("persons")
        toks = tuple(t for t in pm.tokens if not t.endswith("."))  # drop initials for matching
        target = index.match(toks or pm.tokens)
        if target is None:
            index.add(PersonEntity(len(index.entities), pm.base or pm.text, pm.tokens, [pm]))
        else:
            target.mentions.append(pm)
            if len(pm.tokens) > len(target.tokens) or index.inflected(target, pm.tokens):
                # a fuller form of the same name, or its nominative
                index.retoken(target, pm.base or pm.text, pm.tokens)
    _add_surname_occurrences(m, index.entities, is_first_name, is_common_word)
    return [
        e
        for e in index.entities
        if not _group_word(m, e) and not _place_word(m, e) and not _name_of_a_thing(m, e)
    ]


def _one_word(ent: PersonEntity) -> bool:
    """Named by one word wherever the text names them."""
    return len(ent.tokens) == 1 and all(len(pm.tokens) == 1 for pm in ent.mentions)


def _place_word(m: Mentions, ent: PersonEntity) -> bool:
    """A single word always followed by the same possessive and capitalised word: part of a
    place's name ("Cox's Bazar", "Martha's Vineyard"), not a person."""
    if not _one_word(ent):
        return False
    after = {
        (found.group(1) if (found := _NAMED_POSSESSION.match(m.text, pm.end)) else None)
        for pm in ent.mentions
    }
    return len(after) == 1 and None not in after


_NAMED_POSSESSION = re.compile(r"['’]s ([A-Z][a-z]+)\b")


def _name_of_a_thing(m: Mentions, ent: PersonEntity) -> bool:
    """A name the text only uses between an article and a noun, as the name of a thing
    ("the dredging of the Martín García channel", "the Nelson Mandela bridge"), never for the
    person; in languages that write nouns in lower case."""
    if m.tagger is None or m.profile.nouns_capitalised or not m.profile.articles:
        return False
    for pm in ent.mentions:
        before = m.text[max(0, pm.start - 8) : pm.start].split()
        after = re.match(r" ([a-z]+)\b", m.text[pm.end : pm.end + 30])
        if not before or before[-1].lower() not in m.profile.articles or after is None:
            return False
        if m.tagger([pm.tokens[-1], after.group(1)])[1:] != ["NOUN"]:
            return False
    return bool(ent.mentions)


def _group_word(m: Mentions, ent: PersonEntity) -> bool:
    """A single capitalised word the text also writes in the plural, never with a title, a
    first name or an honorific: a people ("Rohingya" beside "Rohingyas"), not a person."""
    if not _one_word(ent):
        return False
    word = ent.tokens[0]
    # (not a family: "the Clintons")
    if not re.search(rf"(?<!\b[Tt]he )\b{re.escape(word)}s\b", m.text):
        return False
    return not any(
        any(pm.start - k in m.honorific_ending for k in (1, 2))
        or any(r.end <= pm.start for r in m.role_index.overlapping(pm.start - 2, pm.start))
        for pm in ent.mentions
    )


_WORD_RUN = re.compile(r"\w+")


def _add_surname_occurrences(
    m: Mentions,
    entities: list[PersonEntity],
    is_first_name: Callable[[str], bool] | None = None,
    is_common_word: Callable[[str], bool] | None = None,
) -> None:
    """Every further occurrence of an entity's surname (also with a genitive ending:
    "Vassilenkos", "Kerry's") outside the person mentions already found; one pass over the
    text, looking surnames up by their first word."""
    taken = IntervalSet((p.start, p.end) for p in m.persons)
    endings = sorted(
        {g.replace("'", q) for g in m.profile.genitive_suffixes for q in "'’"}, key=len
    )
    tail = re.compile(rf"(?:{'|'.join(re.escape(g) for g in reversed(endings))})?(?!\w)")
    by_surname: dict[str, list[PersonEntity]] = {}
    for ent in entities:
        surname = ent.surname.rstrip(".")
        if len(surname) >= 3:
            by_surname.setdefault(surname, []).append(ent)
            # the surname's case forms, where names inflect ("Захаров": Захаровой)
            for form in m.person_names.forms(surname) if m.person_names is not None else ():
                if ent not in by_surname.setdefault(form, []):
                    by_surname[form].append(ent)
        if double_surname(ent.tokens, is_first_name) and len(ent.tokens[-2]) >= 3:
            by_surname.setdefault(ent.tokens[-2], []).append(ent)  # "Quintero" alone
        if surname_first(ent.tokens, is_first_name, is_common_word) and not any(
            ent.tokens[0] in other.tokens for other in entities if other is not ent
        ):
            by_surname.setdefault(ent.tokens[0], []).append(ent)  # "Zhou" of "Zhou Mingyuan"
    by_head: dict[str, list[str]] = {}
    for surname in by_surname:
        head = _WORD_RUN.match(surname)
        if head is not None and head.end() > 0:
            by_head.setdefault(head.group(), []).append(surname)
    text = m.text
    for run in _WORD_RUN.finditer(text):
        s = run.start()
        word = run.group()
        keys = dict.fromkeys((word, word[:-1], word[:-2]) if len(word) > 2 else (word,))
        for key in keys:
            for surname in by_head.get(key, ()):
                if not text.startswith(surname, s) or not tail.match(text, s + len(surname)):
                    continue
                e = s + len(surname)
                if taken.overlaps(s, e):
                    continue
                for ent in by_surname[surname]:
                    ent.extra.append((s, e))


# -- roles and affiliations --------------------------------------------------------------------


def assign_genders(
    m: Mentions, entities: list[PersonEntity], first_name_gender: Callable[[str], str | None]
) -> None:
    """Each person's gender where the text shows it: a first name of one gender, else a
    title's ending ("Außenministerin", "Chairwoman"); pronouns resolve by it."""
    for ent in entities:
        if ent.kind != "person":
            continue
        gender = first_name_gender(ent.tokens[0]) if len(ent.tokens) > 1 else None
        if gender is None and ent.role is not None:
            gender = noun_gender(m, ent.role.start, ent.role.end)
        ent.gender = gender or _verb_gender(m, ent)


VERB_GENDER_WORDS = 4  # words after a name where the past verb that says its gender stands


def _verb_gender(m: Mentions, ent: PersonEntity) -> str | None:
    """The gender the past verb after one of the person's names says ("Кихано Вильярроэль в
    свою очередь отметила": "f")."""
    return next(
        (g for _, end in ent.name_spans() if (g := verb_gender_after(m, end)) is not None), None
    )


def verb_gender_after(m: Mentions, end: int) -> str | None:
    """The gender the past verb after a name or noun ending at ``end`` says ("гостья
    посетила": "f"): the first word with such an ending among the next few, in the same
    clause, that the tagger calls a verb; None where the language's verbs say none."""
    endings = m.profile.verb_gender_endings
    if not endings or m.tagger is None:
        return None
    clause = re.match(r"[^,.;:!?()«»\"\n]*", m.text[end : end + 80])
    for word in list(re.finditer(r"\S+", clause.group() if clause else ""))[:VERB_GENDER_WORDS]:
        if not word.group().islower():
            break
        gender = next((g for e, g in endings if word.group().endswith(e)), None)
        if gender is not None and len(word.group()) > 3:
            # (not where the verb's own subject follows it, a title or a name: "гостью
            # принял заместитель председателя X" is the object's verb)
            after = re.match(r"\s+(\S)", m.text[end + word.end() : end + word.end() + 4])
            nxt = end + word.end() + (after.start(1) if after else 0)
            if after is not None and (
                m.role_index.starting_in(nxt, nxt + 1) or m.person_index.starting_in(nxt, nxt + 1)
            ):
                return None
            return gender if m.tagger([word.group()]) == ["VERB"] else None
    return None


def noun_gender(m: Mentions, start: int, end: int) -> str | None:
    """The gender a title or role noun's ending says ("Außenministerin", "Chairwoman"):
    the last word of ``start:end``; None when it does not say."""
    found = m.text[start:end].split()
    word = found[-1].lower() if found else ""
    return next((g for end_, g in m.profile.title_gender_endings if word.endswith(end_)), None)


PRONOUN_CHARS = 12  # characters of a pronoun


def pronoun_word(m: Mentions, at: int) -> str:
    """The word at ``at`` (a pronoun's position), in lower case; "" where none stands."""
    word = re.match(r"\w+", m.text[at : at + PRONOUN_CHARS])
    return word.group().lower() if word else ""


def pronoun_gender(m: Mentions, at: int) -> str | None:
    """The gender the pronoun at ``at`` says ("she": "f"), None for one of several."""
    word = pronoun_word(m, at)
    if not word:
        return None
    by_verb = dict(m.profile.singular_by_verb).get(word)
    if by_verb is not None:
        # the finite verb right before or after it, when it is one of the clause's words
        before = re.findall(r"\w+", m.text[max(0, at - PRONOUN_CHARS * 2) : at])[-1:]
        after = re.findall(r"\w+", m.text[at + len(word) : at + len(word) + PRONOUN_CHARS * 2])[:1]
        p = m.profile
        closed = p.complementizers | p.subordinators | p.relative_words | p.coordinators
        closed |= p.reflexives | p.prepositions | p.articles | p.negation_words | p.also_words
        beside = [w for w in before + after if w.islower() and len(w) > 2 and w not in closed]
        if beside and not any(w.endswith(m.profile.plural_verb_endings) for w in beside):
            return by_verb
        return None
    return dict(m.profile.pronoun_genders).get(word)


def agrees(ent: PersonEntity, gender: str | None) -> bool:
    """A person a pronoun of ``gender`` can refer to (an unknown gender agrees with any)."""
    return gender is None or ent.gender is None or ent.gender == gender


class EntityPositions:
    """Where each entity is named or referred to, by position: who is mentioned in a range."""

    def __init__(self, entities: list[PersonEntity], *, names_only: bool = False) -> None:
        spans = sorted(
            (
                (s, e, i)
                for i, ent in enumerate(entities)
                for s, e in (ent.name_spans() if names_only else ent.spans())
            ),
            key=lambda x: (x[0], x[2]),
        )
        self._entities = entities
        self._spans = spans
        self._starts = [s for s, _, _ in spans]

    def spans_in(self, lo: int, hi: int) -> list[tuple[int, int, PersonEntity]]:
        """(start, end, entity) of every span starting in ``[lo, hi)``, by start."""
        i = bisect.bisect_left(self._starts, lo)
        j = bisect.bisect_left(self._starts, hi)
        return [(s, e, self._entities[k]) for s, e, k in self._spans[i:j]]

    def entities_in(self, lo: int, hi: int) -> list[PersonEntity]:
        """Entities with a span starting in ``[lo, hi)``, in the document's entity order."""
        idx = sorted({k for _, _, k in self._spans[self._slice(lo, hi)]})
        return [self._entities[k] for k in idx]

    def last_before(
        self, pos: int, accept: Callable[[PersonEntity], bool] | None = None
    ) -> PersonEntity | None:
        """The entity of the span starting last before ``pos`` (the last of equal starts),
        among those ``accept`` takes (looking back at most ``LOOK_BACK`` spans)."""
        i = bisect.bisect_left(self._starts, pos)
        for k in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
            ent = self._entities[self._spans[k][2]]
            if accept is None or accept(ent):
                return ent
        return None

    def _slice(self, lo: int, hi: int) -> slice:
        return slice(bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi))


def build_person_actors(
    m: Mentions,
    entities: list[PersonEntity],
    title_base: Callable[[str], str] | None = None,
    first: int = 1,
) -> list[tuple[PersonEntity, Actor]]:
    """One actor per entity, numbered A1, A2, ... (from ``first``) in order of first
    mention."""
    actors: list[tuple[PersonEntity, Actor]] = []
    for i, ent in enumerate(sorted(entities, key=lambda e: e.first_start), first):
        spans: list[Span] = [make_span(m.text, s, e) for s, e in ent.spans()]
        names = {m.text[s:e] for s, e in ent.name_spans()} | {ent.name}
        latin = m.person_names.latin(ent.name) if m.person_names is not None else None
        aliases = sorted(names | ({latin} if latin else set()))
        role = None
        if ent.role is not None and ent.role_class:
            start, end = ent.role_title or (ent.role.start, ent.role.end)
            title = m.text[start:end]
            base = title_base(title) if title_base is not None else None
            role = Role(ent.role_class, title, make_span(m.text, start, end), base or None)
        actors.append(
            (
                ent,
                Actor(
                    id=f"A{i}",
                    kind=ent.kind,
                    name=ent.name,
                    aliases=aliases,
                    role=role,
                    organization=ent.organization,
                    affiliation=ent.affiliation,
                    sector=ent.sector or ("GOV" if role else None),
                    mentions=spans,
                    inferred=dict(ent.inferred),
                ),
            )
        )
    return actors
