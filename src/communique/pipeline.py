"""The library object at the centre: ``Communique`` runs the stages on a document.

    text ─ documents ─ language ─ sentences ─ mentions ─ actors ─ events ─ coding ─ Record

Every stage lives in its own module, named for what it produces. Language resources are
loaded once per ``Communique`` instance and language, on first use.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import cached_property

from communique import __version__
from communique.actors import (
    EntityPositions,
    assign_genders,
    build_person_actors,
    group_persons,
)
from communique.claims import find_claims
from communique.coding import code, topics_of
from communique.conferences import bilateral_sessions
from communique.dates import DateMention
from communique.deadline import Deadline
from communique.delegations import seat_delegations, seat_side_heads
from communique.drafts import EventDraft
from communique.errors import CommuniqueError
from communique.escorts import seat_escorts
from communique.event_places import dateline
from communique.events import assemble
from communique.furniture import blank_furniture
from communique.home_state import dateline_state, fill_home_state, home_state, met_abroad
from communique.hosts import guests, host_states
from communique.knowledge import Knowledge, default_kb_dir
from communique.known import KnownActors, apply_known
from communique.lang import Registry, folder_digest
from communique.language import LanguageIdentifier
from communique.lead_descriptions import (
    resolve_headline_people,
    resolve_headline_titles,
    resolve_lead_descriptions,
)
from communique.leaders import identify_leaders, infer_office
from communique.mentions import Mentions, find_mentions
from communique.named_next import seat_attendee_list, seat_led_heads, seat_named_next
from communique.publication import publication_date
from communique.published import exact_date, published_date
from communique.quotes import find_quotes
from communique.record import (
    Actor,
    Claim,
    DateValue,
    Document,
    Event,
    Location,
    Postponement,
    Quote,
    Record,
)
from communique.references import resolve_descriptions
from communique.resources import LanguageResources
from communique.return_visits import return_visits
from communique.settings import Settings
from communique.sides import Sides
from communique.spans import make_span
from communique.state_descriptions import resolve_state_pairs
from communique.titles import attach_roles, state_classes, title_states

EXTRACTOR = f"communique {__version__}"  # the code; records also name the data (extractor_id)


@dataclass(slots=True)
class _ActorTable:
    actors: list[Actor] = field(default_factory=list)
    by_entity: dict[int, str] = field(default_factory=dict)
    _by_id: dict[str, Actor] = field(default_factory=dict)

    def by_id(self) -> dict[str, Actor]:
        if len(self._by_id) != len(self.actors):
            self._by_id = {a.id: a for a in self.actors}
        return self._by_id


class Communique:
    """Extracts communique records. One instance serves any number of documents."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._resources: dict[str, LanguageResources] = {}
        self._extractor_ids: dict[str | None, str] = {}

    @cached_property
    def registry(self) -> Registry:
        """The language packs of ``settings.lang_root``."""
        return Registry(self.settings.lang_root)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages this extractor reads (its language packs)."""
        return self.registry.codes

    def extractor_id(self, lang: str | None) -> str:
        """What made a record of language ``lang``: the code's version and a digest of the
        language pack and the knowledge base ("communique 0.1.0 de:3f2a... kb:91c0..."). The
        store re-extracts a document whose record was made by another id."""
        if lang not in self._extractor_ids:
            parts = [EXTRACTOR]
            if lang in self.languages:
                parts.append(f"{lang}:{self.registry.digest(lang)}")
            parts.append(f"kb:{self._kb_digest}")
            self._extractor_ids[lang] = " ".join(parts)
        return self._extractor_ids[lang]

    @cached_property
    def _kb_digest(self) -> str:
        return folder_digest(self.settings.kb_root or default_kb_dir())

    @cached_property
    def knowledge(self) -> Knowledge:
        return Knowledge(self.settings.kb_root, self.registry.profiles())

    @cached_property
    def identifier(self) -> LanguageIdentifier:
        return LanguageIdentifier(self.settings.lang_root, self.languages)

    def resources(self, lang: str) -> LanguageResources:
        if lang not in self._resources:
            res = LanguageResources(self.registry, lang, self.knowledge, self.settings)
            # (the word lists some tests load on first use, loaded now: no document's time
            # budget pays for them)
            res.words.is_common_word("the")
            self._resources[lang] = res
        return self._resources[lang]

    def extract(
        self,
        text: str,
        lang: str | None = None,
        published: str | None = None,
        known: KnownActors | None = None,
    ) -> Record:
        """The record of one text (``lang``: "de"/"en" or None to detect it)."""
        doc = Document(text=text, language=lang, published=published)
        return self.extract_document(doc, known=known)

    def extract_document(
        self, doc: Document, deadline: Deadline | None = None, known: KnownActors | None = None
    ) -> Record:
        """The record of one document; raises ``ExtractionTimeout`` when ``deadline`` (by
        default the budget of ``Settings.timeout``) passes. With ``known`` (a knowledge
        source such as the store's registry), affiliations the text does not state are
        filled from it and named in ``actors[].inferred``."""
        record = self._extract(doc, deadline)
        if known is not None and record.actors:
            apply_known(record, known)
        return record

    def _extract(self, doc: Document, deadline: Deadline | None) -> Record:
        if deadline is None:
            deadline = Deadline.for_text(len(doc.text), self.settings.timeout)
        lang = doc.language
        if lang is None:
            guess = self.identifier.identify(doc.text)
            lang = guess.lang
            doc.language = lang
        record = Record(document=doc, extractor=self.extractor_id(lang))
        if lang not in self.languages:
            record.warnings.append(
                f"unsupported language {lang or 'unknown'!r}: no events extracted "
                f"(supported: {', '.join(self.languages)})"
            )
            return record
        if doc.published:
            try:  # a partial date ("2025-02") is kept; relative dates need a full one
                doc.published = published_date(doc.published)
            except ValueError as exc:
                record.warnings.append(f"publication date ignored: {exc}")
                doc.published = None
        published = exact_date(doc.published)
        # loading a language once is no document's work: its time is not the budget's
        loaded, loading = lang in self._resources, time.monotonic()
        res = self.resources(lang)
        if not loaded:
            deadline.allow(time.monotonic() - loading)
        # the stages read the text without its page furniture (blanked: offsets unchanged)
        text = blank_furniture(doc.text, res.furniture)
        if published is None:
            # a date the text prints itself: dateline, date line, agency credit; it refines
            # a partial date it agrees with
            found = publication_date(text, res.grammar, res.profile.publication_words)
            if found is not None and found.date.isoformat().startswith(doc.published or ""):
                published = found.date
                doc.published = found.date.isoformat()
                mention = found.mention
                doc.published_span = make_span(doc.text, mention.start, mention.end)
        m = find_mentions(text, res, published, deadline)
        entities = group_persons(
            m, self.knowledge.first_names.is_first_name, res.words.is_common_word
        )
        deadline.check("roles")
        bound = attach_roles(m, entities, res)
        deadline.check("descriptions")
        assign_genders(
            m, entities, self.knowledge.first_names.first_name_gender
        )  # descriptions agree
        resolve_descriptions(m, entities, bound)
        resolve_headline_titles(m, entities)
        resolve_headline_people(m, entities, bound, res)
        resolve_lead_descriptions(m, entities)
        resolve_state_pairs(m, entities)
        assign_genders(
            m, entities, self.knowledge.first_names.first_name_gender
        )  # with counterpart titles
        kb = self.knowledge
        # the text's own state, from its institutions
        institutions = home_state(m.places, kb.organization_kind)
        # leaders the knowledge base knows: their state where the text gives none
        identify_leaders(
            m,
            entities,
            kb.office_holders,
            lang,
            res.profile.person_possessive_suffixes,
        )
        deadline.check("actors")
        table = _ActorTable()
        for ent, actor in build_person_actors(m, entities, res.title_base):
            infer_office(ent, actor, published)  # a known leader's office on the day
            table.actors.append(actor)
            table.by_entity[ent.index] = actor.id
        record.actors = table.actors
        sides = Sides(m, len(entities), kb.organization_kind, kb.canonical_name, entities)
        where = EntityPositions(entities)
        drafts = assemble(m, entities, published, sides, where)
        return_visits(m, drafts, where, published)
        seat_named_next(m, drafts, where)
        seat_led_heads(m, drafts, where)
        seat_attendee_list(m, drafts, where)
        seat_delegations(m, drafts, where)
        seat_side_heads(m, drafts, where)
        seat_escorts(m, drafts, where, entities)
        bilateral_sessions(m, drafts)
        actors = table.by_id()
        for index, state in host_states(m, drafts, where).items():
            host = actors.get(table.by_entity.get(index, ""))
            if host is not None and host.affiliation is None:
                host.affiliation = state  # the visited state, from the visit's place
        home = institutions
        visitors: set[int] = set()
        if home is None:
            # an agency's dateline ("ISLAMABAD, Oct 23: Prime Minister X"): the state of the
            # officials it names without one, except its visitors
            line = dateline(m, city_lines=False)
            home = dateline_state(m.places, line) if line is not None else None
            if home is not None:
                visitors = guests(m, drafts, where)
        if home is not None and home.iso3:
            away = met_abroad(drafts, home.iso3) | visitors
            abroad = {table.by_entity.get(i, "") for i in away}
            by_state = {
                table.by_entity[e.index]: state_classes(e.role)
                for e in entities
                if e.role is not None and e.index in table.by_entity
            }
            allowed = {
                table.by_entity[e.index]: title_states(e)
                for e in entities
                if e.index in table.by_entity
            }
            fill_home_state(record.actors, home, abroad, by_state, allowed)
        seated = {p.index for d in drafts for p in d.participants}
        used = [e for e in sides.entities.values() if e.index in seated]
        for ent, actor in build_person_actors(m, used, first=len(table.actors) + 1):
            table.actors.append(actor)
            table.by_entity[ent.index] = actor.id
        deadline.check("coding")
        record.events = [self._event(i, d, m, res, table) for i, d in enumerate(drafts, 1)]
        deadline.check("quotes")
        record.quotes = [
            Quote(
                table.by_entity.get(q.speaker.index) if q.speaker else None,
                doc.text[q.start : q.end],
                make_span(doc.text, q.start, q.end),
            )
            for q in find_quotes(m, entities)
        ]
        deadline.check("claims")
        record.claims = [
            Claim(
                doc.text[c.sentence_start : c.sentence_end],
                c.value,
                c.unit,
                c.qualifier,
                make_span(doc.text, c.sentence_start, c.sentence_end),
                make_span(doc.text, c.start, c.end),
            )
            for c in find_claims(m, res.quantities)
        ]
        return record

    def _event(
        self, i: int, d: EventDraft, m: Mentions, res: LanguageResources, table: _ActorTable
    ) -> Event:
        text = m.text
        d.topics, d.agenda = topics_of(m, d)
        by_entity = table.by_entity
        participants = [by_entity[p.index] for p in d.participants if p.index in by_entity]
        by_id = table.by_id()
        affiliations = [by_id[a].affiliation for a in dict.fromkeys(participants)]
        location = None
        if d.location is not None:
            p = d.location
            location = Location(
                # a language that inflects names gives the place as the gazetteer lists it
                # ("в Москве": Москва)
                self.knowledge.listed_name(p, res.lang)
                if res.person_names
                else self.knowledge.described_name(p, res.lang),
                p.iso3,
                p.lat,
                p.lon,
                make_span(text, p.start, p.end),
                canonical=self.knowledge.canonical_name(p.kind, p.key),
                geonames=int(p.key) if p.kind == "city" and p.key.isdigit() else None,
            )
        date = _date_value(text, d.date)
        postponed = None
        if d.postponed is not None:
            cue = d.postponed
            postponed = Postponement(
                make_span(text, cue.start, cue.end), _date_value(text, d.new_date(m))
            )
        plover, cameo, _mode = code(d, m, affiliations, location.country if location else None)
        name = text[d.name[0] : d.name[1]] if d.name else None
        evidence = [make_span(text, s.start, s.end) for s in d.scope[:1]] or [
            make_span(text, d.sentence.start, d.sentence.end)
        ]
        return Event(
            id=f"E{i}",
            kind=d.kind,
            status=d.status,
            participants=participants,
            location=location,
            date=date,
            name=name,
            topics=list(d.topics),
            agenda=list(d.agenda),
            plover=plover,
            cameo=cameo,
            evidence=evidence,
            confidence=_confidence(d, participants),
            postponed=postponed,
        )


def _date_value(text: str, d: DateMention | None) -> DateValue | None:
    if d is None:
        return None
    return DateValue(d.text, d.value_start, d.value_end, make_span(text, d.start, d.end))


def _confidence(d: EventDraft, participants: list[str]) -> float:
    score = 0.5
    if d.trigger.row.get("strength") == "strong":
        score += 0.2
    if len(participants) >= 2:
        score += 0.1
    if d.location is not None:
        score += 0.05
    if d.status_cue is not None:
        score += 0.05
    return min(score, 0.95)


__all__ = ["Communique", "Settings", "LanguageResources", "CommuniqueError"]
