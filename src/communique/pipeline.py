"""The library object at the centre: ``Communique`` runs the stages on a document.

    text ─ documents ─ language ─ sentences ─ mentions ─ actors ─ events ─ coding ─ Record

Every stage lives in its own module, named for what it produces. Language resources are
loaded once per ``Communique`` instance and language, on first use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import simplemma

from communique import __version__
from communique.actors import (
    attach_roles,
    build_person_actors,
    group_persons,
)
from communique.claims import find_claims
from communique.coding import code, topics_of
from communique.dates import TemporalGrammar
from communique.deadline import Deadline
from communique.errors import CommuniqueError
from communique.events import EventDraft, assemble
from communique.knowledge import Knowledge
from communique.language import SUPPORTED, LanguageIdentifier
from communique.lexicon import LANG_ROOT, LanguageData, PatternTable
from communique.mentions import Mentions, find_mentions
from communique.people import PersonFinder
from communique.quotes import find_quotes
from communique.record import (
    Actor,
    Claim,
    DateValue,
    Document,
    Event,
    Location,
    Quote,
    Record,
)
from communique.references import resolve_descriptions
from communique.sentences import SentenceSplitter
from communique.spans import make_span

_PLURAL_ENDINGS = ("en", "e", "n", "er", "s")
EXTRACTOR = f"communique {__version__}"  # recorded in every record; the store re-extracts on change


@dataclass(frozen=True, slots=True)
class Settings:
    """What a caller may choose; everything else has a sensible default."""

    lang_root: Path = LANG_ROOT
    kb_root: Path | None = None
    hanta_cache_size: int = 200_000
    # time budget of a document, in seconds per 100 KB of text (None: no limit)
    timeout: float | None = None


class LanguageResources:
    """Everything one language needs, built once and shared by all documents."""

    def __init__(self, lang: str, knowledge: Knowledge, settings: Settings) -> None:
        self.lang = lang
        self.knowledge = knowledge
        self.data = LanguageData(lang, settings.lang_root)
        self.roles: PatternTable = self.data.roles
        self.role_modifiers = self.data.table("role_modifiers")
        self.events: PatternTable = self.data.events
        self.status: PatternTable = self.data.status
        self.topics: PatternTable = self.data.topics
        self.speech = self.data.table("speech")
        self.anaphora = self.data.table("anaphora")
        self.quantities = self.data.table("quantities")
        self.honorifics = self.data.words("honorifics")
        self.stopwords = self.data.words("stopwords")
        self.splitter = SentenceSplitter(self.data.words("abbreviations"))
        self.grammar = TemporalGrammar(lang, settings.lang_root)
        self._proper: dict[str, bool] = {}
        self._cache_size = settings.hanta_cache_size
        self.people = PersonFinder(
            lang,
            stopwords=frozenset(w.lower() for w in self.stopwords),
            first_names=knowledge.is_first_name,
            ambiguous_first_names=knowledge.is_ambiguous_first_name,
            is_common_word=self._is_common_word,
            is_proper_noun=self._is_proper_noun if lang == "de" else None,
            speech_words=self._speech_words(),
        )

    def _speech_words(self) -> frozenset[str]:
        words: set[str] = set()
        for row in self.speech.rows:
            if row.pattern.replace(" ", "").isalpha():
                words.add(row.pattern.lower())
        return frozenset(words)

    def _is_common_word(self, word: str) -> bool:
        if self.lang == "de":
            # German capitalises every noun. A word the dictionary knows with an inflected
            # plural ("Gewerkschaft(en)", "Blick(e)") is a common noun; otherwise HanTa
            # decides (it tags "Merkel" NE): it is slow, so it is asked only then.
            if not simplemma.is_known(word, lang="de"):
                # unknown: a compound whose last part is a common noun ("Kabinetts|chefin"),
                # else a name ("Schawkat")
                return any(self._noun(word[i:].capitalize()) for i in range(2, len(word) - 3))
            return self._noun(word) or not self._is_proper_noun(word)
        return simplemma.is_known(word.lower(), lang=self.lang)

    @staticmethod
    def _noun(word: str) -> bool:
        """A German word the dictionary knows together with an inflected form."""
        return simplemma.is_known(word, lang="de") and any(
            simplemma.is_known(word + end, lang="de") for end in _PLURAL_ENDINGS
        )

    @cached_property
    def _hanta(self) -> object:
        from HanTa import HanoverTagger as ht

        return ht.HanoverTagger("morphmodel_ger.pgz")

    def _is_proper_noun(self, word: str) -> bool:
        hit = self._proper.get(word)
        if hit is None:
            try:
                # the part-of-speech guess alone: no lemma analysis (``analyze``), which
                # costs as much again
                tag = self._hanta.tag_word(word)[0][0]  # type: ignore[attr-defined]
            except Exception:  # HanTa fails on odd tokens; treat them as not proper nouns
                tag = ""
            hit = tag == "NE"
            if len(self._proper) < self._cache_size:
                self._proper[word] = hit
        return hit


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

    @cached_property
    def knowledge(self) -> Knowledge:
        if self.settings.kb_root is not None:
            return Knowledge(self.settings.kb_root)
        return Knowledge()

    @cached_property
    def identifier(self) -> LanguageIdentifier:
        return LanguageIdentifier(self.settings.lang_root)

    def resources(self, lang: str) -> LanguageResources:
        if lang not in self._resources:
            self._resources[lang] = LanguageResources(lang, self.knowledge, self.settings)
        return self._resources[lang]

    def extract(self, text: str, lang: str | None = None, published: str | None = None) -> Record:
        """The record of one text (``lang``: "de"/"en" or None to detect it)."""
        return self.extract_document(Document(text=text, language=lang, published=published))

    def extract_document(self, doc: Document, deadline: Deadline | None = None) -> Record:
        """The record of one document; raises ``ExtractionTimeout`` when ``deadline`` (by
        default the budget of ``Settings.timeout``) passes."""
        if deadline is None:
            deadline = Deadline.for_text(len(doc.text), self.settings.timeout)
        record = Record(document=doc, extractor=EXTRACTOR)
        lang = doc.language
        if lang is None:
            guess = self.identifier.identify(doc.text)
            lang = guess.lang
            doc.language = lang
        if lang not in SUPPORTED:
            record.warnings.append(
                f"unsupported language {lang or 'unknown'!r}: no events extracted "
                f"(supported: {', '.join(SUPPORTED)})"
            )
            return record
        published = _parse_date(doc.published)
        if doc.published and published is None:
            record.warnings.append(f"publication date {doc.published!r} is not YYYY-MM-DD")
        res = self.resources(lang)
        m = find_mentions(doc.text, res, published, deadline)
        entities = group_persons(m)
        deadline.check("roles")
        bound = attach_roles(m, entities, res)
        deadline.check("descriptions")
        resolve_descriptions(m, entities, bound)
        deadline.check("actors")
        table = _ActorTable()
        for ent, actor in build_person_actors(m, entities):
            table.actors.append(actor)
            table.by_entity[id(ent)] = actor.id
        record.actors = table.actors
        drafts = assemble(m, entities, published)
        deadline.check("coding")
        record.events = [self._event(i, d, m, res, table) for i, d in enumerate(drafts, 1)]
        deadline.check("quotes")
        record.quotes = [
            Quote(
                table.by_entity.get(id(q.speaker)) if q.speaker else None,
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
            for c in find_claims(m, res.quantities, lang)
        ]
        return record

    def _event(
        self, i: int, d: EventDraft, m: Mentions, res: LanguageResources, table: _ActorTable
    ) -> Event:
        text = m.text
        d.topics, d.agenda = topics_of(m, d, res.topics)
        participants = [table.by_entity[id(p)] for p in d.participants if id(p) in table.by_entity]
        by_id = table.by_id()
        affiliations = [by_id[a].affiliation for a in dict.fromkeys(participants)]
        location = None
        if d.location is not None:
            p = d.location
            country = p.iso3
            location = Location(p.text, country, p.lat, p.lon, make_span(text, p.start, p.end))
        date = None
        if d.date is not None:
            date = DateValue(
                d.date.text,
                d.date.value_start,
                d.date.value_end,
                make_span(text, d.date.start, d.date.end),
            )
        plover, cameo, _mode = code(d, m, affiliations, location.country if location else None)
        name = text[d.name[0] : d.name[1]] if d.name else None
        evidence = [make_span(text, s.start, s.end) for s in d.scope[:1]] or [
            make_span(text, d.sentence.start, d.sentence.end)
        ]
        return Event(
            id=f"E{i}",
            kind=d.kind,  # type: ignore[arg-type]
            status=d.status,  # type: ignore[arg-type]
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
        )


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


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


__all__ = ["Communique", "Settings", "LanguageResources", "CommuniqueError"]
