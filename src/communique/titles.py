"""Titles: the role title bound to each person, and the state or organisation it gives.

An entity takes the title attached to one of its mentions ("Der stellvertretende
Außenminister der Republik Kasachstan, Roman Vassilenko"; "Luc Devigne, dem stellvertretenden
... Direktor des Europäischen Auswärtigen Dienstes") and the affiliation that the title's
context gives (adjective or prefix before it, genitive or "of" phrase after it, a state
right after the name).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.actors import EntityPositions, PersonEntity
from communique.free_titles import same_title, someone_else
from communique.knowledge import CANONICAL_LANGUAGE
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.name_evidence import following_word_starts
from communique.respective import respective_owners
from communique.title_offices import office_before_rank, office_of_office
from communique.title_owners import role_affiliation, title_modifiers

if TYPE_CHECKING:
    from communique.knowledge import PlaceMatch
    from communique.resources import LanguageResources

_GAP_PUNCT = frozenset(",()–-")
# How far, in characters, a title binds to a name and a state or organisation to a title:
TITLE_NAME_GAP = 140  # "Außenminister der Republik Kasachstan, Roman Vassilenko"
APPOSITION_REACH = 60  # "Luc Devigne, the EEAS's deputy managing director"
STATE_AFTER_NAME = 12  # "Musharraf of Pakistan"
DEFINITE_BEFORE = 30  # characters before a lone title where its article stands
LED_BY_REACH = 40  # characters from "led by" to the leader's title
DELEGATION_REACH = 50  # characters from a delegation's state to "led by"


def _tokens_between(m: Mentions, start: int, end: int) -> list[str]:
    return re.findall(r"\w+(?:[-'’.]\w+)*|[^\w\s]", m.text[start:end])


def _gap_is_bridge(m: Mentions, start: int, end: int, *, apposition: bool) -> bool:
    """Whether the text between a role and a name (either order) binds them."""
    if end < start:
        return False
    gap = m.text[start:end]
    if "\n" in gap or len(gap) > TITLE_NAME_GAP:
        return False
    # abbreviations in parentheses are fine; sentence punctuation is not (an honorific's
    # full stop is no sentence end: "Foreign Minister Dr. Ravi Menon")
    for hit in re.finditer(r"[.;:!?](?:\s|$)", gap):
        if start + hit.start() + 1 not in m.honorific_ending:
            return False
    if apposition and not re.match(r"\s*[,(]", gap):
        return False
    profile = m.profile
    if not apposition and _opens_phrase(m, start):
        return False  # "die Ministerin die Landesvertreterin des UNHCR, X"
    # a title with a portfolio goes on with a coordinated one ("Minister for Foreign Affairs
    # and Regional Integration, Hon. X")
    portfolio = not apposition and _more_portfolio(m, start)
    listed = profile.portfolio_after_title_re
    if not apposition and listed is not None and listed.match(m.text, start):
        portfolio = True  # "Deputy Minister of Transport and Logistics X": its list of them
    pos = start
    for hit in re.finditer(r"\w+(?:[-'’.]\w+)*|[^\w\s]", gap):
        a, b = start + hit.start(), start + hit.end()
        w = hit.group()
        pos = b
        if w in _GAP_PUNCT or m.gap_words.covers(a, b):
            continue
        owner = next((x for x in profile.possessive_suffixes if w.endswith(x)), None)
        if owner and m.gap_words.covers(a, b - len(owner)):
            continue  # "Javier Solana, the EU's foreign policy chief"
        low = w.lower()
        if low in profile.portfolio_words:
            portfolio = True
            continue
        if low in profile.coordinators and not portfolio:
            # "EAM and H.E. Dr. Grace Otieno": the title is the one before; "X, und die
            # vietnamesische Vizeministerin": the next one's
            return False
        if low in profile.function_words:
            continue
        if low in profile.with_words or m.trigger_index.covering(a, b):
            return False  # a headline's verb: "Chinese President Meets With Castro"
        if w[0].isupper() and (portfolio or not apposition):
            # capitalised words: a portfolio ("für Menschenrechte") or an organisation
            # name the knowledge base does not know ("der Delegation des ...")
            continue
        if (apposition or portfolio) and profile.ends_like_adjective(w):
            continue  # an inflected adjective before the title, or in its portfolio ("für
            # Energiewende und nachhaltige Entwicklung")
        if apposition and low in profile.apposition_words:
            continue
        if not apposition and _owner_words(m, w):
            portfolio = True  # (its list goes on: "связей, туризма и предпринимательства")
            continue
        return False
    del pos
    return True


def _owner_words(m: Mentions, word: str) -> bool:
    """Where capitals mark names, a lower-case noun or adjective after a title is its
    portfolio or body ("министр внешнеэкономических связей ... области Дмитрий Ганжа",
    "Губернатор Амурской области Игорь Тарасенко"); a verb is not ("Министр поблагодарил
    Ивана Петрова")."""
    if not m.profile.capitals_mark_names or m.profile.nouns_capitalised or m.tagger is None:
        return False
    if not word[:1].islower():
        return False
    return word in m.profile.place_nouns or m.tagger([word])[:1] in (["NOUN"], ["ADJ"])


def _more_portfolio(m: Mentions, end: int) -> bool:
    """The title ending at ``end`` names a portfolio ("Minister for Foreign Affairs") and a
    coordinator with a capitalised word follows it ("and Regional Integration")."""
    more = re.match(r"\s+(\w+)\s+[A-ZÄÖÜ]", m.text[end : end + 30])
    if more is None or more.group(1).lower() not in m.profile.coordinators:
        return False
    links = m.profile.name_link_words - m.profile.coordinators
    return any(
        r.end == end and any(w.lower() in links for w in r.text.split()[1:])
        for r in m.role_index.overlapping(end - 1, end)
    )


def _opens_phrase(m: Mentions, at: int) -> bool:
    """Whether the word at ``at`` (after a title) is an article that opens a noun phrase of
    its own, so that the title binds no name after it."""
    first = re.match(r"\s*(\w+)", m.text[at : at + 20])
    return first is not None and first.group(1) in m.profile.phrase_articles


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
        if role.start in used or not definite(m, role):
            continue
        if any(e.role is not None and e.role.text == role.text for e in entities):
            continue  # a description of the one who holds it ("die Premierministerin")
        sent = m.sentence_of(role.start)
        candidates = where.entities_in(max(sent.start, role.end + 1), sent.end)
        candidates = [ent for ent in candidates if ent.role is None]
        if (
            len(candidates) == 1
            and not _other_person_between(where, role, candidates[0])
            and not _opens_phrase(m, role.end)
            and not m.meeting_word_between(role.end, _first_after(role, candidates[0]))
            # (not past the candidate's own title: "in Begleitung der Generalkonsulin ... mit
            # dem Regionalminister für ..., X")
            and not m.role_index.starting_in(role.end, _first_after(role, candidates[0]))
        ):
            used.add(role.start)
            apply_role(m, candidates[0], role, res)
    _affiliation_after_names(m, entities)
    _delegation_leaders(m, entities)
    _counterparts_from(m, where)
    _inherit_affiliations(m, entities, roles, used)
    respective_owners(m, entities, res, apply_role)
    return used


def definite(m: Mentions, role: Match, words: int = 2, reach: int = DEFINITE_BEFORE) -> bool:
    """A definite description ("dem Vorsitzenden der Delegation", "the chairman"): a
    definite article or demonstrative in the ``words`` words (within ``reach`` characters)
    before the title (not "no individual minister", "ministers")."""
    before = m.text[max(0, role.start - reach) : role.start].split()[-words:]
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
            if hit is None:
                # "Sebastian Kurz (ÖVP)", "Karl Huber (Chile)": a party, body or state in
                # brackets right after the name
                hit = next(
                    (
                        p
                        for p in m.affiliating.starting_in(end + 1, end + 4)
                        if p.kind in ("org", "state")
                        and re.fullmatch(r"\s?\(", m.text[end : p.start])
                        and m.text[p.end : p.end + 1] in ("),-")
                    ),
                    None,
                )
            if hit is not None:
                ent.affiliation = hit.affiliation or hit.iso3
                break


def _delegation_leaders(m: Mentions, entities: list[PersonEntity]) -> None:
    """The head of a state's delegation is of that state ("a delegation from Vietnam led by
    Deputy Prime Minister X", "die vietnamesische Delegation unter der Leitung von X")."""
    profile = m.profile
    if not profile.led_by:
        return
    led_by = profile.led_by_re
    for ent in entities:
        if ent.affiliation or ent.kind != "person":
            continue
        for start, _ in ent.name_spans():
            sent = m.sentence_of(start)
            at = start
            # (an honorific between them: "Deputy Foreign Minister U Than Zaw Htet")
            before = start
            while m.text[before - 1 : before] == " " and before - 1 in m.honorific_ending:
                before = m.honorific_ending[before - 1]
            for r in m.role_index.overlapping(before - 2, before):
                if r.end <= before and not m.text[r.end : before].strip():
                    at = min(at, r.start)  # the name's own title
            lead = led_by.search(m.text[max(sent.start, at - LED_BY_REACH) : at])
            if lead is None:
                continue
            end = max(sent.start, at - LED_BY_REACH) + lead.start()
            window = m.text[max(sent.start, end - DELEGATION_REACH) : end].lower()
            if not any(w in window.split() for w in profile.delegation_words):
                continue
            states = [
                p
                for p in m.affiliating.starting_in(end - DELEGATION_REACH, end)
                if p.kind in ("state", "state_adj") and p.iso3 and p.start >= sent.start
            ]
            if states:
                ent.affiliation = states[-1].iso3
                break


def _counterparts_from(m: Mentions, where: EntityPositions) -> None:
    """A counterpart from a state, named after it ("ihren Amtskollegen aus Slowenien, Tanja
    Fajon", "his counterpart from Chile, X"): that state's."""
    origin = m.profile.origin_re
    for a in m.anaphora:
        if a.row.get("type") != "counterpart":
            continue
        for p in m.place_index.starting_in(a.end + 1, a.end + STATE_AFTER_NAME + 1):
            if p.kind != "state" or not p.iso3 or not origin.search(" " + m.text[a.end : p.start]):
                continue
            tail = re.match(r",?\s*", m.text[p.end : p.end + 3])
            at = p.end + (tail.end() if tail else 0)
            for ent in where.entities_in(at, at + 1):
                if ent.kind == "person" and ent.affiliation is None:
                    ent.affiliation = p.iso3
            break


def _inherit_affiliations(
    m: Mentions, entities: list[PersonEntity], roles: list[Match], used: set[int]
) -> None:
    """A titled person without a state ("Außenminister John Kerry") takes the state of a
    free-standing title of the same class elsewhere in the text ("US-Außenminister
    versucht ..."), when that title fits no one else."""
    # class -> (state, where the title stands, its words)
    free: dict[str, list[tuple[str, int, str]]] = {}
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
            free.setdefault(r.row.get("class"), []).append((place.iso3, r.start, r.text))
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
            for o, at, words in free.get(ent.role.row.get("class"), [])
            if same_title(words, ent.role.text)
            and (
                at > first
                or not any(
                    e is not ent and e.role_class == ent.role_class
                    for e in where.entities_in(at, first)
                )
            )
            and not someone_else(m, ent, at)
        }
        options = {o for o in options if (ent.role_class, o) not in taken}
        if len(options) == 1:
            ent.affiliation = options.pop()


def _first_after(role: Match, ent: PersonEntity) -> int:
    """Where ``ent`` is first named after the title."""
    return min(s for s, _ in ent.spans() if s > role.end)


def _other_person_between(where: EntityPositions, role: Match, ent: PersonEntity) -> bool:
    first = _first_after(role, ent)
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
        # (not across another's name: "Ministerin Sibylle Brand, die Vogel begleitet")
        across = any(p.end <= start for p in m.person_index.starting_in(r.end, start))
        if not across and _gap_is_bridge(m, r.end, start, apposition=False):
            r = office_before_rank(m, r, used)
            if "," in m.text[r.end : start]:
                r = office_of_office(m, r, used)
            if r.row.get("class") not in _GENERIC_CLASSES:
                return r
            # "Bundesrätin Martina Wagner, Vorsteherin des EDA": a generic title before the
            # name, a more particular office in apposition after it
            after = _apposition_role(m, end, used)
            if after is not None and after.row.get("class") not in _GENERIC_CLASSES:
                return after
            return r
    return _apposition_role(m, end, used)


# classes of titles that an apposition may make more particular ("Bundesrätin", "Minister")
_GENERIC_CLASSES = frozenset({"minister", "official", "other"})


def _apposition_role(m: Mentions, end: int, used: set[int]) -> Match | None:
    """A title in apposition after a name ending at ``end``; not a title that opens the next
    name ("Kanzlerin Angela Merkel, Frankreichs Präsident François Hollande")."""
    profile = m.profile
    stops = profile.prepositions | frozenset(profile.with_words) | profile.coordinators
    starts = set(following_word_starts(m.text, end, profile.apposition_lead_re, 4, stops))
    reach = max([end + APPOSITION_REACH + 1, *(p + 1 for p in starts)])
    for r in m.role_index.starting_in(end, reach):
        if r.start in used:
            continue
        if opens_name(m, r):
            continue
        words = {w.lower() for w in re.findall(r"\w+", m.text[end : r.start])}
        if words & profile.perfect_auxiliaries:
            continue  # "X, hat heute den Außenminister ... empfangen": another's title
        if m.meeting_word_between(end, r.start):
            break  # "The First Minister, X, met the President of ...": whom X met
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


def state_classes(role: Match) -> dict[str, str]:
    """The classes a title has in particular states ("GBR=minister": the UK's chancellor is
    a finance minister), by state code; empty for a title of one class everywhere."""
    state_class = role.row.get("state_class") or ""
    return dict(x.split("=", 1) for x in state_class.split(",") if "=" in x)


def title_states(ent: PersonEntity) -> frozenset[str]:
    """The states a person's own title can be of where it is several ("Bundesministerin":
    DEU, AUT); empty for a title any state may give, for no title, and for a counterpart's
    title, taken from the one it is relative to."""
    if ent.role is None or ent.role_title is not None:
        return frozenset()
    return frozenset(x for x in (ent.role.row.get("states") or "").split(",") if x)


def apply_role(m: Mentions, ent: PersonEntity, role: Match, res: LanguageResources) -> None:
    ent.role = role
    place = role_affiliation(m, role)
    if place is not None:
        ent.affiliation = place.affiliation or place.iso3
        if place.kind == "org":
            org = res.knowledge.organization(place.key)
            ent.organization = _org_name(org, place.text)
            ent.org_is_igo = str(org.get("kind", "")).startswith("igo") if org else False
    country = role.row.get("country")
    if country and (ent.affiliation is None or _party(res, place)):
        # "Foreign Secretary", "Landeshauptmann"; "UKIP MEP": the European Parliament's,
        # whatever the party
        ent.affiliation = country
    igo_class = role.row.get("igo_class")
    state_class = role.row.get("state_class")
    ent.role_class = igo_class if (ent.org_is_igo and igo_class) else role.row.get("class")
    if (
        place is None
        and ent.role_class != "legislator"
        and _UNKNOWN_BODY.search(m.text, max(0, role.start - 8), role.start)
    ):
        # "VDA-Präsidentin", "DFB-Chef": the head of a body the knowledge base does not
        # know, no head of state or government (a member of parliament is one whatever
        # the party: "SVP-Nationalrat")
        ent.role_class = "other"
    if state_class and place is not None and place.kind in ("state", "state_adj"):
        by_state = state_classes(role)
        if by_state:  # "UK chancellor" is a finance minister, "German Chancellor" not
            ent.role_class = by_state.get(place.iso3 or "", ent.role_class)
        else:
            ent.role_class = state_class  # "Palestinian leader": a state's leader
    if place is not None and place.kind == "region" and place.iso3:
        # "Bayerns Wirtschaftsminister", "Premier of the Western Cape": a subdivision's
        # government, whose members are the state's officials, not its ministers
        ent.affiliation = ent.affiliation or place.iso3
        if ent.role_class in SUBNATIONAL_OFFICIALS:
            ent.role_class = "official"
    if any(mod.row.get("effect") == "former" for mod in title_modifiers(m, role.start)):
        ent.role_class = "other"  # "former President X", "Ex-Kanzler": no office now
    sector = role.row.get("sector") or None
    if ent.org_is_igo and sector == "GOV":
        sector = "IGO"
    ent.sector = sector


# classes of a state's government that a subdivision's government holds as officials
SUBNATIONAL_OFFICIALS = frozenset(
    {"head_of_state", "head_of_government", "minister", "deputy_minister", "foreign_minister"}
)
# an acronym written onto the title ("VDA-Präsidentin")
_UNKNOWN_BODY = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{2,6}-$")


def _party(res: LanguageResources, place: PlaceMatch | None) -> bool:
    return (
        place is not None
        and place.kind == "org"
        and res.knowledge.organization_kind(place.key) == "party"
    )


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
