"""References: descriptions that point at a person named elsewhere in the document.

Counterpart titles ("seinem ägyptischen Kollegen Sameh Shukri", "his Russian counterpart
Vladimir Putin") and definite role descriptions ("the Pakistani president", "der russische
Außenminister") are resolved to the person they describe.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.actors import (
    EntityPositions,
    PersonEntity,
    agrees,
    noun_gender,
    verb_gender_after,
)
from communique.hosts import guest_noun_referent
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.protagonists import described_protagonist, find_protagonist
from communique.referents import described_first, placed_referent
from communique.respective import respective_counterparts
from communique.title_offices import apposed_name, past_titles

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch

# Descriptions refer back to someone named recently: candidates are the most recently named
# entities (a bound that keeps long documents linear; shorter documents have fewer anyway).
_RECENT_ENTITIES = 40
_RECENT_SPANS = 800
_UNTITLED_NOUN_REACH = 3  # entities back where a description without a title looks


def resolve_descriptions(
    m: Mentions, entities: list[PersonEntity], bound: set[int] | None = None
) -> None:
    """Counterpart titles ("seinem ägyptischen Kollegen Sameh Shukri", "his Russian counterpart
    Vladimir Putin") give the named person the class of the person they are a counterpart
    of and the state of their adjective; definite role descriptions ("the Pakistani
    president", "der russische Außenminister") become mentions of the one person they fit."""
    names = EntityPositions(entities, names_only=True)
    name_starts = {s: ent for s, _, ent in names.spans_in(0, len(m.text) + 1)}
    recent = _Recent(EntityPositions(entities))
    titled = _Titled(entities)
    protagonist = find_protagonist(m, entities)
    for a in m.anaphora:
        kind = a.row.get("type")
        after = a.end
        while after < len(m.text) and m.text[after] in " \t,":
            after += 1
        named = name_starts.get(after)
        if named is None and kind == "counterpart":
            # "his Vietnamese counterpart, (Deputy Prime Minister and) Foreign Minister X":
            # titles between
            named = name_starts.get(past_titles(m, after))
        adj = next((p for p in m.affiliating.starting_in(a.start, a.end) if p.end <= a.end), None)
        # "seine Amtskollegen aus Ungarn und Serbien, A und B", "her Hungarian and Serbian
        # counterparts, A and B": each of its state
        listed = respective_counterparts(m, a, name_starts) if kind == "counterpart" else []
        for place, ent in listed:
            if not ent.affiliation:
                ent.affiliation = place.affiliation or place.iso3
            _take_anchor_role(m, names, titled, a, ent)
        if kind == "counterpart" and named is not None and not listed:
            _take_anchor_role(m, names, titled, a, named)
            if adj is not None and not named.affiliation:
                named.affiliation = adj.affiliation or adj.iso3
        elif kind == "role_noun" and named is None:
            roles = [r for r in m.role_index.starting_in(a.start, a.end) if r.end <= a.end]
            if any(r.start in (bound or ()) for r in roles) or apposed_name(m, a.end):
                continue  # a title of a name further on ("den Außenminister ..., X")
            aff = (adj.affiliation or adj.iso3) if adj else None
            gender = noun_gender(m, a.start, a.end)  # "die Ministerin": a woman
            before = [e for e in recent.before(a.start) if agrees(e, gender)]  # latest first
            if gender is None and roles:
                # "der Vizeminister": not one whose own title is in the feminine form
                # ("Staatssekretärin X") where the language marks it
                before = [
                    e
                    for e in before
                    if e.role is None or noun_gender(m, e.role.start, e.role.end) != "f"
                ]
            fits: list[PersonEntity] = []
            cls = roles[-1].row.get("class") if roles else None
            placed = placed_referent(m, a.end, before, cls) if roles else None
            if placed is not None and (aff is None or placed.affiliation in (None, aff)):
                # "die Bürgermeisterin aus X" (not "боливийского министра в Москве": the
                # Bolivian one, where she stays)
                recent.refer(placed, a.start, a.end)
                continue
            lead = described_protagonist(m, protagonist, before, roles[-1]) if roles else None
            if lead is not None and aff is None:
                recent.refer(lead, a.start, a.end)
                continue
            if roles:
                fits = [
                    e
                    for e in before
                    if e.role is not None
                    and _same_class(str(e.role.row.get("class") or ""), str(cls or ""))
                    and (aff is None or e.affiliation == aff)
                ]
            if len(fits) != 1 and roles:
                # "die Ministerin" after "Außenministerin Berg", "the minister" after "Foreign
                # Minister Berg": the one person whose title ends in the description's noun,
                # of a class that narrows its class (not "Vizekanzler" for "der Kanzler");
                # also among several of its class ("the Secretary-General" of a spokesperson
                # and a secretary-general, both officials)
                noun = _last_word(m, roles[-1].start, roles[-1].end)
                fits = [
                    e
                    for e in (fits or before)
                    if e.role is not None
                    and _heads_alike(m, _head_of_title(m, e.role.start, e.role.end), noun)
                    and _narrows(str(e.role.row.get("class") or ""), str(cls or "\0"))
                    and (aff is None or e.affiliation == aff)
                ]
                said = roles[-1].text.lower()
                if len(fits) > 1 and " " in said:
                    # "the Principal Secretary" of a principal secretary and a cabinet
                    # secretary: the one whose title of several words it repeats word for word
                    fits = [e for e in fits if e.role is not None and e.role.text.lower() == said]
                fits = fits if len(fits) == 1 else []
            if not fits and aff is not None:
                # "der kasachische Diplomat", "the Kazakh diplomat": the one person of that state
                fits = [e for e in before if e.affiliation == aff]
                if len(fits) > 1 and cls:
                    # (of several, the one whose title is of the class: "боливийского
                    # министра" for Bolivia's foreign minister, not its president)
                    fits = [
                        e
                        for e in fits
                        if e.role is not None and _narrows(str(e.role.row.get("class") or ""), cls)
                    ]
                fits = fits if len(fits) == 1 else []
            if not fits and roles and aff is None and m.sentences:
                # "Der Ministerpräsident" in a text whose headline names its subject without a
                # title ("Vogel wirbt in Alabama") and that describes it so before it names
                # it ("Der Ministerpräsident besucht das Werk ... Johannes Vogel (CDU)"): that
                # subject
                head = m.sentences[m.headline]
                fits = [
                    e
                    for e in before
                    if e.role is None
                    and any(head.start <= s < head.end for s, _ in e.spans())
                    and described_first(m, cls, e, head.end)
                ]
                fits = fits if len(fits) == 1 else []
            if not fits and not roles and gender is not None:
                # "die Grünen-Politikerin", a noun no title list holds: the one titled person
                # of its gender among the last named
                fits = [e for e in before[:_UNTITLED_NOUN_REACH] if e.role is not None]
                fits = fits if len(fits) == 1 else []
            if len(fits) == 1 or (fits and aff is not None):
                recent.refer(fits[0], a.start, a.end)
        elif kind in ("counterpart", "relation") and named is None:
            if _said_of_a_name(m, names, a):
                continue  # "ее собеседником стал X", "Her interlocutor was X": X himself
            # "der Gast", "his counterpart", "seiner einstigen Chefin": the last person named
            # before it of the noun's gender other than the one it is relative to
            other = _other_party(m, names, recent, titled, a, adj)
            if other is not None:
                recent.refer(other, a.start, a.end)


class _Recent:
    """The entities named (or referred to) last before a position, latest first."""

    def __init__(self, where: EntityPositions) -> None:
        self._where = where
        self._added: list[tuple[int, PersonEntity]] = []  # references made so far, by start

    def before(self, pos: int) -> list[PersonEntity]:
        latest: dict[int, tuple[int, PersonEntity]] = {}
        spans = self._where.spans_in(0, pos)[-_RECENT_SPANS:]
        added = [x for x in self._added[-_RECENT_SPANS:] if x[0] < pos]
        for s, ent in [(s, ent) for s, _, ent in spans] + added:
            if s < pos and (ent.index not in latest or latest[ent.index][0] < s):
                latest[ent.index] = (s, ent)
        # latest first; among equals (a surname two persons share) the one named first
        ranked = sorted(latest.values(), key=lambda x: (-x[0], x[1].index))
        return [ent for _, ent in ranked[:_RECENT_ENTITIES]]

    def referred_in(self, lo: int, hi: int) -> list[PersonEntity]:
        """The entities descriptions in ``lo:hi`` refer to."""
        return [ent for s, ent in self._added if lo <= s < hi]

    def refer(self, target: PersonEntity, start: int, end: int) -> None:
        """The description at ``start:end`` mentions ``target``."""
        target.refs.append((start, end))
        self._added.append((start, target))


class _Titled:
    """The document's titled persons in order of first mention (kept until a title changes)."""

    def __init__(self, entities: list[PersonEntity]) -> None:
        self._entities = entities
        self._ranked: list[PersonEntity] | None = None

    def changed(self) -> None:
        self._ranked = None

    def ranked(self) -> list[PersonEntity]:
        if self._ranked is None:
            titled = [e for e in self._entities if e.role is not None]
            self._ranked = sorted(titled, key=lambda e: e.first_start)
        return self._ranked

    def first(self, exclude: PersonEntity | None = None) -> PersonEntity | None:
        return next((e for e in self.ranked() if e is not exclude), None)


def _delegation_members(m: Mentions, noun: str) -> bool:
    """A plural word for a delegation's members, in a text that tells of a delegation, in a
    language without articles, where the bare delegation word is a party and its roster sits
    where the guests do. (With articles "the guests" still stands for the visitor the text
    told: the roster seats only where "the delegation" is the party, and "the chair briefed
    the guests" would lose whom the chair met.)"""
    word = m.profile.delegation_word_re
    return (
        not m.profile.articles
        and noun in m.profile.delegation_member_nouns
        and word is not None
        and word.search(m.text) is not None
    )


def _said_of_a_name(m: Mentions, names: EntityPositions, a: Match) -> bool:
    """The noun opens a phrase that says who someone's interlocutor was, and its sentence
    names a person after it ("ее собеседником стал X", "Seine Gesprächspartner waren A und
    B")."""
    said = m.profile.interlocutor_re
    end = m.sentence_of(a.start).end
    hit = said.search(m.text, a.start, min(end, a.end + 40)) if said is not None else None
    return hit is not None and hit.start() < a.end and bool(names.spans_in(hit.end(), end))


def _other_party(
    m: Mentions,
    names: EntityPositions,
    recent: _Recent,
    titled: _Titled,
    a: Match,
    adj: PlaceMatch | None,
) -> PersonEntity | None:
    """The person an unnamed counterpart or relation ("der Gast", "his counterpart",
    "seiner einstigen Chefin") refers to: the last person before it whose gender the noun
    allows ("Chefin": a woman), other than the one it is relative to: whoever its sentence
    names before it ("Huber traf seine Chefin"), else the document's first titled person
    ("His counterpart said")."""
    noun = _last_word(m, a.start, a.end)
    if _delegation_members(m, noun):
        return None  # "гостей принял X", "the guests": the delegation the text tells of
    sent = m.sentence_of(a.start)
    local = {e.index for _, _, e in names.spans_in(sent.start, a.start)}
    # ... or describes before it ("die Bundesinnenministerin und ihr marokkanischer Amtskollege")
    described = recent.referred_in(sent.start, a.start)
    local |= {e.index for e in described}
    visitor = guest_noun_referent(m, names, a.start, noun)
    several = noun in m.profile.delegation_member_nouns  # "die Gäste": the delegation's
    if visitor is not None and visitor.index not in local and not (local and several):
        # "arrived in Vienna for a visit. The guest was received by ..."; also where its own
        # sentence names the host ("Am Nachmittag empfing Premierminister X den Gast")
        return visitor
    if not local:
        lead = titled.first()
        local = {lead.index} if lead is not None else set()
    # (or its verb's: "гостья посетила"; then one known to be of it first)
    gender = noun_gender(m, a.start, a.end) or verb_gender_after(m, a.end)
    fits = [e for e in recent.before(a.start) if e.index not in local and agrees(e, gender)]
    fits.sort(key=lambda e: gender is not None and e.gender != gender)
    # "seinem ukrainischen Amtskollegen": not one of another state; a colleague holds the
    # office of the one it is relative to, not another ("der Präsident" for a minister's)
    state = (adj.affiliation or adj.iso3) if adj is not None else None
    anchor = described[-1] if described else _anchor(m, names, titled, a.start, None)
    office = anchor.role.row.get("class") if anchor is not None and anchor.role else None
    if any(noun.startswith(c) for c in m.profile.colleague_nouns) and office:
        fits = [
            e
            for e in fits
            if e.role is not None and _same_class(str(e.role.row.get("class") or ""), str(office))
        ]
    fits = [e for e in fits if state is None or e.affiliation in (None, state)]
    return fits[0] if fits else None


def _take_anchor_role(
    m: Mentions, names: EntityPositions, titled: _Titled, a: Match, ent: PersonEntity
) -> None:
    """A counterpart without a title of its own holds the one of the person it is relative
    to ("ihren Amtskollegen X" of a foreign minister), in the counterpart noun's words."""
    if ent.role is not None:
        return
    anchor = _anchor(m, names, titled, a.start, ent)
    if anchor is not None and anchor.role is not None:
        ent.role, ent.role_class = anchor.role, anchor.role_class
        ent.sector = anchor.sector
        ent.role_title = _counterpart_words(m, a.start, a.end)
        titled.changed()


def _anchor(
    m: Mentions, names: EntityPositions, titled: _Titled, pos: int, exclude: PersonEntity | None
) -> PersonEntity | None:
    """The titled person a counterpart is relative to: the last one named before ``pos`` in
    the sentence, else the first titled person of the document."""
    sent = m.sentence_of(pos)
    before = [
        (s, e)
        for s, _, e in names.spans_in(sent.start, pos)
        if e is not exclude and e.role is not None
    ]
    if before:
        last = before[-1][0]
        return next(e for s, e in before if s == last)  # the first entity named there
    return titled.first(exclude)


def _heads_alike(m: Mentions, head: str, noun: str) -> bool:
    """A title's head noun ends in a description's noun ("Außenministerin", "Ministerin"), or
    both are one noun in two cases where nouns inflect ("министр", "министра")."""
    if head.endswith(noun):
        return True
    endings = m.profile.surname_case_endings
    return bool(endings) and _stem(head, endings) == _stem(noun, endings)


def _stem(word: str, endings: tuple[str, ...]) -> str:
    return next(
        (word[: -len(e)] for e in sorted(endings, key=len, reverse=True) if word.endswith(e)),
        word,
    )


# endings of Russian adjectives before a title's head noun ("Чрезвычайный и Полномочный Посол")
_ADJECTIVE_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ые|ие|ых|их)$")


def _head_of_title(m: Mentions, start: int, end: int) -> str:
    """A title's noun: its last word, or the one before its complement ("Minister" of
    "First Vice Minister of Foreign Affairs", "Secretary" of "Secretary of State"); where
    titles have no articles and put the head first (Russian), the first word that is no
    adjective or coordinator ("Министр" of "Министр иностранных дел", "заместитель" of
    "первый заместитель министра")."""
    words = m.text[start:end].split()
    if not m.profile.articles:
        return next(
            (
                w.lower()
                for w in words
                if not _ADJECTIVE_END.search(w.lower()) and w.lower() not in m.profile.coordinators
            ),
            "\0",
        )
    links = m.profile.name_link_words
    for k, w in enumerate(words):
        if k and w.lower() in links:
            return words[k - 1].lower()
    return words[-1].lower() if words else "\0"


# classes one description names alike: "the envoy" of a special representative
_ALIKE = frozenset({frozenset({"ambassador", "special_representative"})})


def _same_class(holder: str, described: str) -> bool:
    return holder == described or frozenset({holder, described}) in _ALIKE


def _narrows(holder: str, described: str) -> bool:
    """A holder's class is the described one or narrows it ("foreign_minister" a
    "minister", "deputy_foreign_minister" a "deputy_minister")."""
    if holder.endswith(described):
        return True
    return described.startswith("deputy_") and holder.startswith("deputy_")


def _last_word(m: Mentions, start: int, end: int) -> str:
    found = m.text[start:end].split()
    return found[-1].lower() if found else "\0"


def _counterpart_words(m: Mentions, start: int, end: int) -> tuple[int, int]:
    """The counterpart noun itself ("Amtskollegen", "counterpart"), without the article,
    possessive and adjectives before it."""
    words = list(re.finditer(r"[\w-]+", m.text[start:end]))
    last = words[-1] if words else None
    return (start + last.start(), start + last.end()) if last else (start, end)
