"""Check on FactRuEval-2016 (``ru-factrueval2016/``): Meeting and Occupation facts in Russian.

FactRuEval-2016 annotates Russian news and fiction in layers, one file of each per text:
``.txt`` (the text), ``.tokens`` (``id start length token``, offsets in characters),
``.spans`` (``id type start length first_token n_tokens # ...``), ``.objects`` (mentions:
``id type span_id... # text``), ``.coref`` (entities: ``id mention_id...`` then ``key value``
lines: firstname, lastname, patronymic, nickname, name, descriptor, wikidata) and ``.facts``
(``id Type`` then ``Field objN|spanN text [| spanM text]`` lines; ``objN`` is an entity id of
``.coref``, ``spanN`` a span id of ``.spans``).

* Meeting facts: the unordered pairs of their participants (entities). A participant the
  system gives (an actor of a meeting, call or conference: FactRuEval's meetings include
  conferences) is the gold entity whose mention spans one of the actor's mentions overlaps
  (most overlap wins), else the entity one of whose name fields ("Лавров", "Сергей Лавров",
  "Лавров Сергей", an organisation's ``name``) equals the actor's name or an alias (case and
  ё folded); an actor that maps to no entity gives pairs that are all spurious. Precision,
  recall and F1 of the pairs over every text of the set (texts without Meeting facts count
  for spurious pairs). Status: the fact's ``Модальность`` (отрицание: denied; будущее or
  возможность: planned; none or "завершено в прошлом": occurred), compared on found pairs.
* Occupation facts (``Who``, ``Position`` or ``Job``, ``Where``): for each gold person with an
  Occupation fact that the system outputs as a person actor. (person, position) is right when
  the actor's role span overlaps one of the fact's position spans, or a word of the role's
  title (or base form) is the same word as one of the position's (same word: equal, or a
  common prefix of 4+ letters that leaves at most 2 letters of the shorter: Russian endings).
  (person, organisation) is right when a distinctive word (not a generic head such as
  "министерство", "компания") of the actor's ``organization`` or of the Russian name of its
  ``affiliation`` (a country through CLDR, an international organisation through a short list)
  is the same word as one of the gold organisation's name, descriptor or mention words, or the
  affiliation's Russian abbreviation is one of them ("США", "ЕС", "МИД" is generic).
  Precision is judged on those actors (one role, one organisation each); recall on every gold
  fact of the set.

The ``.txt`` files are read as bytes and decoded as UTF-8 (a BOM dropped; cp1251 when UTF-8
fails); line ends are kept, since the offsets count them. Every token of ``.tokens`` is checked
against ``text[start:start+length]``; when CRLF text fails the check and its LF form passes,
the LF form is used. The report says how many tokens were checked and how many did not match.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from communique.errors import GoldError
from communique.factrueval_files import (
    GoldText,
    Occupation,
    fold,
    load_text,
    shares_word,
    text_names,
    tokens,
)
from communique.lang.profile import words
from communique.public_checks import Share
from communique.record import Actor, Record

SPLITS = {"dev": "devset", "test": "testset"}
_FOLDER = "ru-factrueval2016"

# CLDR has "Соединенные Штаты" for the USA: abbreviations and common short forms besides
_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "RUS": ("РФ", "Россия"),
    "USA": ("США", "Америка"),
    "GBR": ("Великобритания", "Британия"),
    "BLR": ("Белоруссия", "Беларусь", "РБ"),
    "ARE": ("ОАЭ",),
    "KOR": ("Южная Корея",),
    "PRK": ("КНДР", "Северная Корея"),
    "CHN": ("КНР", "Китай"),
    "DEU": ("ФРГ", "Германия"),
    "CZE": ("Чехия",),
    "MDA": ("Молдавия", "Молдова"),
    "KGZ": ("Киргизия", "Кыргызстан"),
    "EU": ("ЕС", "Евросоюз", "Европейский союз"),
    "UN": ("ООН", "Организация Объединенных Наций"),
    "NATO": ("НАТО", "Североатлантический альянс"),
    "OSCE": ("ОБСЕ",),
    "SCO": ("ШОС",),
    "CSTO": ("ОДКБ",),
    "EAEU": ("ЕАЭС", "Евразийский экономический союз"),
    "CIS": ("СНГ", "Содружество Независимых Государств"),
    "ASEAN": ("АСЕАН",),
    "AU": ("Африканский союз",),
    "COE": ("Совет Европы",),
    "G7": ("G7", "Большая семерка"),
    "G20": ("G20", "G-20", "Большая двадцатка"),
}
# heads that many organisations share: they do not tell one organisation from another
_GENERIC = frozenset(
    words(
        """министерство министр мид правительство администрация аппарат кабинет совет комитет
    служба агентство ведомство департамент управление компания корпорация концерн банк фонд
    группа холдинг организация партия союз институт университет академия центр театр
    федерация федеральный государственный национальный республика республиканский
    российский общество ооо оао зао пао ао гп фгуп дел иностранных по при для и"""
    )
)


class Extractor(Protocol):
    def extract(self, text: str, lang: str | None = ...) -> Record: ...


# --- matching the system's actors to gold entities ------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_actor(actor: Actor, gold: GoldText) -> str | None:
    """The gold entity an actor stands for (see the module docstring), or None."""
    best, best_overlap = None, 0
    for ent in gold.entities.values():
        n = sum(_overlap((m.start, m.end), s) for m in actor.mentions for s in ent.spans)
        if n > best_overlap:
            best, best_overlap = ent.id, n
    if best is not None:
        return best
    names = [fold(n) for n in (actor.name, *actor.aliases) if n]
    hits = [e.id for e in gold.entities.values() if any(n in e.names for n in names)]
    if not hits:
        return None
    full = fold(actor.name)
    exact = [h for h in hits if full in gold.entities[h].names and " " in full]
    return (exact or hits)[0]


# --- the report -----------------------------------------------------------------------------


@dataclass(slots=True)
class PRF:
    """Precision over the system's answers, recall over the gold facts (counted apart: two
    actors for one person are two answers, one actor may answer two facts)."""

    tp: int = 0  # right answers
    fp: int = 0  # wrong answers
    fn: int = 0  # gold facts no answer gets right
    hit: int | None = None  # gold facts some answer gets right (None: tp, as for pairs)

    @property
    def found(self) -> int:
        return self.tp if self.hit is None else self.hit

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.fn) if self.found + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (
            f"P {self.precision:.3f} ({self.tp}/{self.tp + self.fp})  "
            f"R {self.recall:.3f} ({self.found}/{self.found + self.fn})  F1 {self.f1:.3f}"
        )


@dataclass(slots=True)
class FactRuEvalReport:
    split: str
    texts: int = 0
    with_meetings: int = 0
    subset_rows: int | None = None  # rows of meeting_facts_subset.jsonl for the split
    tokens_checked: int = 0
    tokens_mismatched: int = 0
    pairs: PRF = field(default_factory=PRF)
    status: Share = field(default_factory=Share)  # found pairs whose status agrees
    persons: Share = field(default_factory=Share)  # gold Occupation persons output as actors
    position: PRF = field(default_factory=lambda: PRF(hit=0))
    organisation: PRF = field(default_factory=lambda: PRF(hit=0))
    details: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        subset = (
            ""
            if self.subset_rows is None
            else f"; meeting_facts_subset.jsonl lists {self.subset_rows}"
        )
        return [
            f"FactRuEval-2016 {self.split}: {self.texts} texts, "
            f"{self.with_meetings} with Meeting facts{subset}",
            f"  token offsets checked (text[start:start+len] == token)  "
            f"{self.tokens_checked - self.tokens_mismatched}/{self.tokens_checked}",
            f"FactRuEval-2016 {self.split}: Meeting participant pairs (unordered, all texts)",
            f"  pairs                              {self.pairs}",
            f"  status agrees on found pairs       {self.status}",
            f"FactRuEval-2016 {self.split}: Occupation facts",
            f"  gold persons output as actors      {self.persons}",
            f"  (person, position)                 {self.position}",
            f"  (person, organisation)             {self.organisation}",
        ]


def _meeting_pairs(
    record: Record, gold: GoldText
) -> dict[frozenset[str], set[str]]:  # pair -> statuses
    pairs: dict[frozenset[str], set[str]] = {}
    for event in record.events:
        keys: set[str] = set()
        for actor_id in event.participants:
            actor = record.actor(actor_id)
            if actor is None:
                continue
            ent = match_actor(actor, gold)
            keys.add(ent if ent is not None else f"actor:{actor_id}")
        for a, b in itertools.combinations(sorted(keys), 2):
            pairs.setdefault(frozenset((a, b)), set()).add(event.status)
    return pairs


def _label(gold: GoldText, key: str) -> str:
    ent = gold.entities.get(key)
    if ent is None:
        return key
    return ent.fields.get("name") or " ".join(
        ent.fields[k] for k in ("firstname", "lastname") if k in ent.fields
    )


def _position_right(actor: Actor, occ: Occupation) -> bool:
    role = actor.role
    if role is None:
        return False
    if role.span is not None and any(
        _overlap((role.span.start, role.span.end), (s, e)) for s, e, _ in occ.positions
    ):
        return True
    ours = tokens(" ".join(x for x in (role.title, role.base or "") if x))
    return any(shares_word(ours, tokens(t)) for _, _, t in occ.positions)


def affiliation_names(code: str) -> list[str]:
    """Russian names of an affiliation code (ISO alpha-3 or an organisation's short name)."""
    names = list(_SHORT_NAMES.get(code, ()))
    if len(code) == 3 and code.isalpha():
        try:
            import pycountry
            from babel import Locale

            country = pycountry.countries.get(alpha_3=code)
            if country is not None:
                name = Locale("ru").territories.get(country.alpha_2)
                if name:
                    names.append(name)
        except (ImportError, LookupError, ValueError):
            pass
    return names


def _stated_affiliation(actor: Actor) -> str | None:
    """The actor's affiliation where the text states it (FactRuEval's Occupation facts are
    the text's; one inferred from knowledge is not scored as one)."""
    return None if "affiliation" in actor.inferred else actor.affiliation


def _organisation_right(actor: Actor, occ: Occupation, gold: GoldText) -> bool:
    ent = gold.entities.get(occ.where or "")
    if ent is None:
        return False
    theirs_raw = [*ent.fields.values(), *ent.texts]
    theirs = {t for x in theirs_raw for t in tokens(x)}
    names = [actor.organization or ""]
    if _stated_affiliation(actor):
        names.extend(affiliation_names(str(actor.affiliation)))
    abbreviations = {fold(n) for n in names if n.isupper() and fold(n) not in _GENERIC}
    if abbreviations & theirs:
        return True
    ours = {t for n in names for t in tokens(n) if t not in _GENERIC and len(t) >= 3}
    return shares_word(ours, (t for t in theirs if t not in _GENERIC))


def score_text(report: FactRuEvalReport, gold: GoldText, record: Record) -> None:
    """Adds one text's counts to the report."""
    report.texts += 1
    report.with_meetings += bool(gold.meetings)
    report.tokens_checked += gold.tokens_checked
    report.tokens_mismatched += gold.tokens_mismatched
    for bad in gold.mismatches:
        report.details.append(f"{gold.name}: token offset mismatch {bad}")
    expected: dict[frozenset[str], set[str]] = {}
    for meeting in gold.meetings:
        for a, b in itertools.combinations(meeting.participants, 2):
            expected.setdefault(frozenset((a, b)), set()).add(meeting.status)
    found = _meeting_pairs(record, gold)
    for pair, statuses in found.items():
        names = " + ".join(sorted(_label(gold, k) for k in pair))
        if pair in expected:
            report.pairs.tp += 1
            report.status.total += 1
            agree = bool(statuses & expected[pair])
            report.status.hits += agree
            if not agree:
                report.details.append(
                    f"{gold.name}: pair {names}: status {'/'.join(sorted(statuses))}, "
                    f"gold {'/'.join(sorted(expected[pair]))}"
                )
        else:
            report.pairs.fp += 1
            report.details.append(f"{gold.name}: spurious pair {names}")
    for pair in expected.keys() - found.keys():
        report.pairs.fn += 1
        names = " + ".join(sorted(_label(gold, k) for k in pair))
        report.details.append(f"{gold.name}: missed pair {names}")
    _score_occupations(report, gold, record)


def _score_occupations(report: FactRuEvalReport, gold: GoldText, record: Record) -> None:
    by_person: dict[str, list[Actor]] = {}
    for actor in record.actors:
        if actor.kind == "person":
            ent = match_actor(actor, gold)
            if ent is not None:
                by_person.setdefault(ent, []).append(actor)
    facts: dict[str, list[Occupation]] = {}
    for occ in gold.occupations:
        facts.setdefault(occ.who, []).append(occ)
    for who, occs in facts.items():
        actors = by_person.get(who, [])
        report.persons.total += 1
        report.persons.hits += bool(actors)
        label = _label(gold, who)
        with_position = [o for o in occs if o.positions]
        with_where = [o for o in occs if o.where]
        for actor in actors:
            if actor.role is not None and with_position:
                right = any(_position_right(actor, o) for o in with_position)
                report.position.tp += right
                report.position.fp += not right
                if not right:
                    report.details.append(
                        f"{gold.name}: {label}: role {actor.role.title!r}, gold "
                        + " / ".join(repr(o.positions[0][2]) for o in with_position)
                    )
            if (actor.organization or _stated_affiliation(actor)) and with_where:
                right = any(_organisation_right(actor, o, gold) for o in with_where)
                report.organisation.tp += right
                report.organisation.fp += not right
                if not right:
                    report.details.append(
                        f"{gold.name}: {label}: organisation "
                        f"{actor.organization or actor.affiliation!r}, gold "
                        + " / ".join(repr(_label(gold, o.where or "")) for o in with_where)
                    )
        for occ in with_position:
            if any(_position_right(a, occ) for a in actors):
                report.position.hit = (report.position.hit or 0) + 1
            else:
                report.position.fn += 1
        for occ in with_where:
            if any(_organisation_right(a, occ, gold) for a in actors):
                report.organisation.hit = (report.organisation.hit or 0) + 1
            else:
                report.organisation.fn += 1


def _subset_rows(root: Path, folder_name: str) -> int | None:
    path = root / "meeting_facts_subset.jsonl"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        return sum(
            1 for line in fh if line.strip() and json.loads(line).get("split") == folder_name
        )


def check_factrueval(engine: Extractor, corpora: Path, split: str) -> FactRuEvalReport:
    """Extracts every text of ``split`` ("dev" or "test") as Russian and scores it."""
    if split not in SPLITS:
        raise GoldError(f"FactRuEval split {split!r}: expected one of {', '.join(SPLITS)}")
    root = corpora / _FOLDER
    folder = root / SPLITS[split]
    names = text_names(folder) if folder.is_dir() else []
    if not names:
        raise GoldError(f"{folder}: no FactRuEval texts found")
    report = FactRuEvalReport(split, subset_rows=_subset_rows(root, SPLITS[split]))
    for name in names:
        gold = load_text(folder, name)
        score_text(report, gold, engine.extract(gold.text, lang="ru"))
    return report
