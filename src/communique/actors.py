"""Actors: resolution inside one document.

Person mentions that name the same person ("Roman Vassilenko", "Vassilenko", the German
genitive "Vassilenkos") become one actor; the actor takes the role title attached to one of
its mentions ("Der stellvertretende Außenminister der Republik Kasachstan, Roman Vassilenko";
"Luc Devigne, dem stellvertretenden ... Direktor des Europäischen Auswärtigen Dienstes") and
the affiliation that the title's context gives (adjective or prefix before it, genitive or
"of" phrase after it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from communique.knowledge import CANONICAL_LANGUAGE
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.people import PersonMention, following_word_starts
from communique.positions import IntervalSet
from communique.record import Actor, ActorKind, Role
from communique.spans import Span, make_span

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch
    from communique.lang.profile import LanguageProfile
    from communique.resources import LanguageResources

_GAP_PUNCT = frozenset(",()–-")
# How far, in characters, a title binds to a name and a state or organisation to a title:
TITLE_NAME_GAP = 140  # "Außenminister der Republik Kasachstan, Roman Vassilenko"
APPOSITION_REACH = 60  # "Luc Devigne, the EEAS's deputy managing director"
TITLE_OWNER_REACH = 160  # "Minister ... of the Republic of Kazakhstan"
STATE_AFTER_NAME = 12  # "Musharraf of Pakistan"
LOOK_BACK = 20  # spans a pronoun looks back for a person of its gender
DEFINITE_BEFORE = 30  # characters before a lone title where its article stands


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

    @property
    def surname(self) -> str:
        return self.tokens[-1]

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


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def group_persons(
    m: Mentions, is_first_name: Callable[[str], bool] | None = None
) -> list[PersonEntity]:
    """Group person mentions into entities; find further surname-only mentions. A first name
    alone after an honorific ("Sir Edward" after "Sir Edward Heath") is the one person of
    that first name."""
    index = _EntityIndex(m.profile.genitive_suffixes, is_first_name)
    for n, pm in enumerate(sorted(m.persons, key=lambda p: p.start)):
        if n % 256 == 0:
            m.deadline.check("persons")
        toks = tuple(t for t in pm.tokens if not t.endswith("."))  # drop initials for matching
        target = index.match(toks or pm.tokens)
        if target is None:
            index.add(PersonEntity(len(index.entities), pm.base or pm.text, pm.tokens, [pm]))
        else:
            target.mentions.append(pm)
            if len(pm.tokens) > len(target.tokens):  # a fuller form of the same name
                index.retoken(target, pm.base or pm.text, pm.tokens)
    _add_surname_occurrences(m, index.entities)
    return index.entities


class _EntityIndex:
    """Entities keyed by their folded surname, so that a mention is compared only with the
    entities that could be the same person (not with every entity of the document).

    A mention is the first entity, in order of creation, that (a) shares its last two or more
    tokens with it, one name being the end of the other ("Christian Andersen" in "Hans
    Christian Andersen"), or (b) has its surname (German genitive stripped) and either name is
    a surname alone or both start with the same word or letter."""

    def __init__(
        self,
        genitive_suffixes: tuple[str, ...],
        is_first_name: Callable[[str], bool] | None = None,
    ) -> None:
        self.entities: list[PersonEntity] = []
        self._is_first_name = is_first_name
        self._by_first: dict[str, list[int]] = {}  # first word of names of several words
        self._genitives = tuple(_norm(g) for g in genitive_suffixes)
        # entity indices (creation order) by key; each list stays sorted
        self._by_last: dict[str, list[int]] = {}  # folded surname
        self._single: dict[str, list[int]] = {}  # entities named by a surname alone
        self._by_initial: dict[tuple[str, str], list[int]] = {}  # (surname, first letter)
        self._by_tail: dict[tuple[str, str], list[int]] = {}  # (last two words)

    def _keys(self, ent: PersonEntity) -> list[tuple[dict[Any, list[int]], Any]]:
        low = tuple(_norm(t) for t in ent.tokens)
        keys: list[tuple[dict[Any, list[int]], Any]] = [(self._by_last, low[-1])]
        if len(low) == 1:
            keys.append((self._single, low[-1]))
        else:
            keys.append((self._by_first, low[0]))
            keys.append((self._by_initial, (low[-1], low[0][:1])))
            keys.append((self._by_tail, low[-2:]))
        return keys

    def add(self, ent: PersonEntity) -> None:
        self.entities.append(ent)
        for table, key in self._keys(ent):
            table.setdefault(key, []).append(ent.index)

    def retoken(self, ent: PersonEntity, name: str, tokens: tuple[str, ...]) -> None:
        for table, key in self._keys(ent):
            table[key].remove(ent.index)
        ent.name, ent.tokens = name, tokens
        for table, key in self._keys(ent):
            bisect.insort(table.setdefault(key, []), ent.index)

    def match(self, toks: tuple[str, ...]) -> PersonEntity | None:
        last = _norm(toks[-1])
        low = tuple(_norm(t) for t in toks)
        keys = {last, _strip_genitive(last, self._genitives)}
        if len(low) == 1:  # a surname alone: the first entity of that surname
            found = [self._by_last[k][0] for k in keys if self._by_last.get(k)]
            if found:
                return self.entities[min(found)]
            # a first name alone ("Sir Edward"): the one person named with it
            owners = self._by_first.get(last, [])
            first = self._is_first_name is not None and self._is_first_name(toks[0])
            return self.entities[owners[0]] if first and len(owners) == 1 else None
        best: int | None = None
        for k in keys:
            lists = [
                self._single.get(k, []),
                self._by_initial.get((k, low[0][:1]), []),
                self._by_tail.get((low[-2], k), []) if k == last else [],
            ]
            for candidates in lists:
                for i in candidates:
                    if best is not None and i >= best:
                        break
                    if self._same(low, toks, self.entities[i]):
                        best = i
                        break
        return None if best is None else self.entities[best]

    @staticmethod
    def _same(low: tuple[str, ...], toks: tuple[str, ...], ent: PersonEntity) -> bool:
        ent_low = tuple(_norm(t) for t in ent.tokens)
        shorter, longer = sorted((low, ent_low), key=len)
        if len(shorter) >= 2 and longer[-len(shorter) :] == shorter:
            return True  # "Christian Andersen" in "Hans Christian Andersen"
        if len(ent.tokens) == 1:
            return True
        return low[0] == ent_low[0] or toks[0][0] == ent.tokens[0][0]


def _strip_genitive(word: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


_WORD_RUN = re.compile(r"\w+")


def _add_surname_occurrences(m: Mentions, entities: list[PersonEntity]) -> None:
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


def _tokens_between(m: Mentions, start: int, end: int) -> list[str]:
    return re.findall(r"\w+(?:[-'’.]\w+)*|[^\w\s]", m.text[start:end])


def _gap_is_bridge(m: Mentions, start: int, end: int, *, apposition: bool) -> bool:
    """Whether the text between a role and a name (either order) binds them."""
    if end < start:
        return False
    gap = m.text[start:end]
    if "\n" in gap or len(gap) > TITLE_NAME_GAP:
        return False
    # abbreviations in parentheses are fine; sentence punctuation is not
    if re.search(r"[.;:!?](?:\s|$)", gap):
        return False
    if apposition and not re.match(r"\s*[,(]", gap):
        return False
    profile = m.profile
    portfolio = False
    pos = start
    for hit in re.finditer(r"\w+(?:[-'’.]\w+)*|[^\w\s]", gap):
        a, b = start + hit.start(), start + hit.end()
        w = hit.group()
        pos = b
        if w in _GAP_PUNCT or m.gap_words.covers(a, b):
            continue
        low = w.lower()
        if low in profile.portfolio_words:
            portfolio = True
            continue
        if low in profile.function_words:
            continue
        if low in profile.with_words or m.trigger_index.covering(a, b):
            return False  # a headline's verb: "Chinese President Meets With Castro"
        if w[0].isupper() and (portfolio or not apposition):
            # capitalised words: a portfolio ("für Menschenrechte") or an organisation
            # name the knowledge base does not know ("der Delegation des ...")
            continue
        if apposition and profile.ends_like_adjective(w):
            continue  # an inflected adjective before the title
        if apposition and low in profile.apposition_words:
            continue
        return False
    del pos
    return True


def role_affiliation(m: Mentions, role: Match) -> PlaceMatch | None:
    """The state or organisation a role title belongs to, from its immediate context."""
    possessive = m.profile.possessive_before_re
    # before the title: "kasachische", "Kasachstans", "US-", "EU-", "Chinese"
    before = [
        p
        for p in m.affiliating.overlapping(role.start - 4, role.start + 1)
        if p.end <= role.start
        and (m.profile.owner_before_title or p.kind == "state_adj")
        and (
            possessive.fullmatch(m.text[p.end : role.start])
            # "mit der Türkei (Premierminister Ahmed Davutoglu kommt)": its representative
            or (p.kind == "state" and re.fullmatch(r"\s?\(", m.text[p.end : role.start]))
        )
    ]
    if before:
        return before[-1]
    sent = m.sentence_of(role.start)
    # after the title: genitive or "of" chain up to the first comma/verb, never past the
    # name the title belongs to
    limit = min(sent.end, role.end + TITLE_OWNER_REACH)
    names_after = m.person_index.starting_in(role.end, limit)
    if names_after:
        limit = min(limit, names_after[0].start)
    for p in m.affiliating.starting_in(role.end, limit)[:1]:
        gap = m.text[role.end : p.start]
        # "Staatssekretär im Auswärtigen Amt" names the office; "Papst ... im
        # kommunistischen Kuba" only a place
        locative = m.profile.locative_re.search(gap)
        if _chain_ok(m.profile, gap) and not (locative and p.kind != "org"):
            return p
    # "des kasachischen Präsidenten" handled above; "the EU's special representative" too
    return None


def _chain_ok(profile: LanguageProfile, gap: str) -> bool:
    if re.search(r"[,;:.!?](?:\s|$)", gap):
        return False
    for w in re.findall(r"\w+(?:[-'’.]\w+)*", gap):
        if w.lower() in profile.function_words or w[0].isupper():
            continue
        if profile.ends_like_adjective(w):
            continue  # "der Hohen Vertreterin", "des Europäischen"
        return False
    return True


def attach_roles(m: Mentions, entities: list[PersonEntity], res: LanguageResources) -> set[int]:
    """Give each entity the first role title bound to one of its mentions; return the
    starts of all titles bound to a name."""
    roles = list(m.role_index)
    where = EntityPositions(entities)
    used: set[int] = set()
    for n, ent in enumerate(sorted(entities, key=lambda e: e.first_start)):
        if n % 256 == 0:
            m.deadline.check("roles")
        bound = [r for s, e in ent.spans() if (r := _role_for_mention(m, s, e, used)) is not None]
        if not bound:
            continue
        # prefer a title whose context names the state or organisation
        role = next((r for r in bound if role_affiliation(m, r) is not None), bound[0])
        used.update(r.start for r in bound)
        apply_role(m, ent, role, res)
    # a title left alone in a sentence with a person who has none ("Bei dem Treffen mit dem
    # Vorsitzenden der Delegation ... erläuterte Giusey Princi ...")
    for role in roles:
        if role.start in used or not _definite(m, role):
            continue
        sent = m.sentence_of(role.start)
        candidates = where.entities_in(max(sent.start, role.end + 1), sent.end)
        candidates = [ent for ent in candidates if ent.role is None]
        if len(candidates) == 1 and not _other_person_between(where, role, candidates[0]):
            used.add(role.start)
            apply_role(m, candidates[0], role, res)
    _affiliation_after_names(m, entities)
    _inherit_affiliations(m, entities, roles, used)
    return used


def _definite(m: Mentions, role: Match) -> bool:
    """A definite description ("dem Vorsitzenden der Delegation", "the chairman"): a
    definite article or demonstrative in the two words before the title (not "no individual
    minister", "ministers")."""
    before = m.text[max(0, role.start - DEFINITE_BEFORE) : role.start].split()[-2:]
    return any(w.lower() in m.profile.definite_determiners for w in before)


def _affiliation_after_names(m: Mentions, entities: list[PersonEntity]) -> None:
    """ "President Musharraf of Pakistan", "Jan Novák aus Tschechien": a state right after a
    name, joined by of/from/aus, is the person's."""
    origin = m.profile.origin_re
    for ent in entities:
        if ent.affiliation:
            continue
        for _, end in ent.name_spans():
            hit = next(
                (
                    p
                    for p in m.place_index.starting_in(end + 1, end + STATE_AFTER_NAME + 1)
                    if p.kind == "state" and origin.search(" " + m.text[end : p.start])
                ),
                None,
            )
            if hit is not None:
                ent.affiliation = hit.iso3
                break


def _inherit_affiliations(
    m: Mentions, entities: list[PersonEntity], roles: list[Match], used: set[int]
) -> None:
    """A titled person without a state ("Außenminister John Kerry") takes the state of a
    free-standing title of the same class elsewhere in the text ("US-Außenminister
    versucht ..."), when that title fits no one else."""
    free: dict[str, list[tuple[str, int]]] = {}  # class -> (state, where the title stands)
    holders = {e.role.start: e for e in entities if e.role is not None}
    for r in roles:
        if r.start in used or m.trigger_index.covering(r.start, r.start + 1):
            continue  # not a title inside an event's name ("NATO Foreign Ministers' Meeting")
        place = role_affiliation(m, r)
        # a national title takes a state, never an organisation
        if place is not None and place.kind in ("state", "state_adj") and place.iso3:
            chained = next((holders[s] for s in range(r.end, r.end + 3) if s in holders), None)
            if chained is not None:
                # "Pakistan President General Pervez Musharraf": a title of the same person
                chained.affiliation = chained.affiliation or place.iso3
                continue
            free.setdefault(r.row.get("class"), []).append((place.iso3, r.start))
    taken = {(e.role_class, e.affiliation) for e in entities if e.affiliation}
    where = EntityPositions(entities)
    for ent in entities:
        if ent.role is None or ent.affiliation or not ent.role_class:
            continue
        # a title after the person is named refers back to them; one before them only when
        # no one of the same rank is named between ("US-Außenminister in Kairo" in the
        # headline, then "Außenminister John Kerry"; not "the Pakistani president's visit ...
        # President Musharraf held talks ... he met President George W Bush")
        first = ent.first_start
        options = {
            o
            for o, at in free.get(ent.role.row.get("class"), [])
            if at > first
            or not any(
                e is not ent and e.role_class == ent.role_class
                for e in where.entities_in(at, first)
            )
        }
        options = {o for o in options if (ent.role_class, o) not in taken}
        if len(options) == 1:
            ent.affiliation = options.pop()


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
        ent.gender = gender


def noun_gender(m: Mentions, start: int, end: int) -> str | None:
    """The gender a title or role noun's ending says ("Außenministerin", "Chairwoman"):
    the last word of ``start:end``; None when it does not say."""
    found = m.text[start:end].split()
    word = found[-1].lower() if found else ""
    return next((g for end_, g in m.profile.title_gender_endings if word.endswith(end_)), None)


def pronoun_gender(m: Mentions, at: int) -> str | None:
    """The gender the pronoun at ``at`` says ("she": "f"), None for one of several."""
    word = re.match(r"\w+", m.text[at : at + 12])
    return dict(m.profile.pronoun_genders).get(word.group().lower()) if word else None


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


def _other_person_between(where: EntityPositions, role: Match, ent: PersonEntity) -> bool:
    first = min(s for s, _ in ent.spans() if s > role.end)
    return any(other is not ent for _, _, other in where.spans_in(role.end + 1, first))


def _role_for_mention(m: Mentions, start: int, end: int, used: set[int]) -> Match | None:
    # title before the name
    before = [
        r
        for r in m.role_index.overlapping(start - TITLE_NAME_GAP - 1, start + 1)
        if r.end <= start and start - r.end <= TITLE_NAME_GAP and r.start not in used
    ]
    if before:
        r = before[-1]
        if _gap_is_bridge(m, r.end, start, apposition=False):
            return r
    # apposition after the name; not a title that opens the next name ("Kanzlerin Angela
    # Merkel, Frankreichs Präsident François Hollande")
    profile = m.profile
    stops = profile.prepositions | frozenset(profile.with_words) | profile.coordinators
    starts = set(following_word_starts(m.text, end, profile.apposition_lead_re, 4, stops))
    reach = max([end + APPOSITION_REACH + 1, *(p + 1 for p in starts)])
    for r in m.role_index.starting_in(end, reach):
        if r.start in used:
            continue
        if opens_name(m, r):
            continue
        if r.start in starts or (
            r.start - end <= APPOSITION_REACH and _gap_is_bridge(m, end, r.start, apposition=True)
        ):
            return r
        if r.start - end > APPOSITION_REACH:
            break
    return None


def opens_name(m: Mentions, role: Match) -> bool:
    """Whether a person's name follows the title directly (the title is theirs)."""
    after = role.end
    while after < len(m.text) and m.text[after] in " \t":
        after += 1
    return after in m.person_starts


def apply_role(m: Mentions, ent: PersonEntity, role: Match, res: LanguageResources) -> None:
    ent.role = role
    place = role_affiliation(m, role)
    if place is not None:
        ent.affiliation = place.affiliation or place.iso3
        if place.kind == "org":
            org = res.knowledge.organization(place.key)
            ent.organization = _org_name(org, place.text)
            ent.org_is_igo = str(org.get("kind", "")).startswith("igo") if org else False
    if ent.affiliation is None and role.row.get("country"):
        ent.affiliation = role.row.get("country")  # "Foreign Secretary", "Landeshauptmann"
    igo_class = role.row.get("igo_class")
    state_class = role.row.get("state_class")
    ent.role_class = igo_class if (ent.org_is_igo and igo_class) else role.row.get("class")
    if state_class and place is not None and place.kind in ("state", "state_adj"):
        by_state = dict(x.split("=", 1) for x in state_class.split(",") if "=" in x)
        if by_state:  # "UK chancellor" is a finance minister, "German Chancellor" not
            ent.role_class = by_state.get(place.iso3 or "", ent.role_class)
        else:
            ent.role_class = state_class  # "Palestinian leader": a state's leader
    sector = role.row.get("sector") or None
    if ent.org_is_igo and sector == "GOV":
        sector = "IGO"
    ent.sector = sector


def _org_name(org: dict[str, object] | None, surface: str) -> str:
    """The organisation's canonical name (the knowledge base's names in its base language,
    English), so that records in any language name it alike; else the text's words."""
    if not org:
        return surface
    names = org.get("names")
    if isinstance(names, dict):
        canonical = names.get(CANONICAL_LANGUAGE)
        if isinstance(canonical, list) and canonical:
            return str(canonical[0])
    return surface


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
                ),
            )
        )
    return actors
