"""Referents: the people pronouns, possessives and speech frames point at in a meeting's
sentence ("He met ...", "his meeting with X", "Kerry said that he had met ...", "sagten Koch
und Rauball": who only reports)."""

from __future__ import annotations

import re

from communique.actors import EntityPositions, PersonEntity, agrees, pronoun_gender
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.sentences import Sentence

PRONOUN_REACH = 3  # sentences back where a pronoun's referent was named
SPEAKER_BEFORE_VERB = 60  # characters: "Secretary of State John Kerry said"
REPORTED_LIST = 40  # characters of other names between a speech verb and a reporter
SOURCE_REACH = 40  # characters between a marker of reported speech and its source


def possessive_at(m: Mentions, trigs: list[Match]) -> tuple[int, Match] | None:
    """Where a person's possessive stands right before a meeting word ("his meeting", "his
    final talks", "Sein zweites Sondierungsgespräch"), and that word; None without one."""
    for x in trigs:
        window = m.text[max(0, x.start - 30) : x.start]
        before = next(
            (
                b
                for pattern in (r"(\w+)\s+$", r"(\w+)\s+\w+\s+$")
                if (b := re.search(pattern, window)) is not None
                and b.group(1).lower() in m.profile.person_possessives
            ),
            None,
        )
        if before is not None:
            return x.start - len(before.group(0)), x
    return None


def possessor(
    m: Mentions,
    where: EntityPositions,
    at: int,
    taken: set[int],
    protagonist: PersonEntity | None,
) -> PersonEntity | None:
    """The person the possessive at ``at`` refers to, if not ``taken``."""
    ent = pronoun_referent(m, where, at, taken, protagonist)
    return ent if ent is not None and ent.index not in taken and ent.kind == "person" else None


def seated_possessor(
    m: Mentions,
    where: EntityPositions,
    trigs: list[Match],
    persons: list[tuple[int, PersonEntity]],
    protagonist: PersonEntity | None,
) -> tuple[int, PersonEntity] | None:
    """The person a possessive right before a meeting noun refers to ("the White House
    canceled his meeting with Duterte", "sagte sein Treffen mit ... ab"), with the
    possessive's position, where a state or body named before it might be taken for a party;
    None when there is none or the person is already there."""
    found = possessive_at(m, trigs)
    if found is None:
        return None
    at, x = found
    sent = m.sentence_of(x.start)
    if not any(
        p.kind in ("state", "org") and p.end <= at for p in m.in_sentence(m.place_index, sent)
    ):
        return None  # only where a state or body before it may take the slot
    ent = possessor(m, where, at, {e.index for _, e in persons}, protagonist)
    return (at, ent) if ent is not None else None


def pronoun_referent(
    m: Mentions,
    where: EntityPositions,
    at: int,
    taken: set[int],
    protagonist: PersonEntity | None,
) -> PersonEntity | None:
    """The person a subject or object pronoun refers to, of its gender and not ``taken`` by
    the meeting already: the document's protagonist when it was named in the last few
    sentences; else the person named last before the pronoun in its sentence, or the one
    named first in the latest sentence before that names someone."""
    sent = m.sentence_of(at)
    back = m.sentences[max(0, sent.index - PRONOUN_REACH)].start
    gender = pronoun_gender(m, at)
    spans = [
        (s, e) for s, _, e in where.spans_in(back, at) if e.index not in taken and agrees(e, gender)
    ]
    recent = [e for _, e in spans]
    if not recent:
        # nobody named lately (a run of quoted sentences): the person the text is about
        if (
            protagonist is not None
            and protagonist.index not in taken
            and agrees(protagonist, gender)
        ):
            return protagonist if protagonist.first_start < at else None
        return None
    last_sent = m.sentence_of(spans[-1][0])
    if protagonist is not None and any(e is protagonist for e in recent):
        # ... unless the sentence just before opens with someone else of its gender, its
        # subject ("Mr Melnychuk has postponed a visit to Ireland. He had been due in Dublin")
        opening = opening_person(m, where, last_sent) if last_sent.index == sent.index - 1 else None
        if opening is None or opening is protagonist or opening.index in taken:
            return protagonist
        if not agrees(opening, gender) or gender is None:
            return protagonist
        return opening
    if last_sent.index == sent.index:
        return recent[-1]
    # named in an earlier sentence: the one it names first, mostly its subject ("Lawrow
    # sprach mit Kerry. Anschließend beriet er sich mit Schoigu": Lawrow) ...
    first_pos, first = next((s, e) for s, e in spans if s >= last_sent.start)
    # ... unless a pronoun of the same gender is that sentence's subject before it ("Dort
    # traf er Sy. ... Zudem führte er Gespräche mit X": the same he)
    lead = _subject_pronoun(m, last_sent.start, first_pos, gender)
    if lead is not None:
        return pronoun_referent(m, where, lead, taken, protagonist) or first
    return first


OPENING_CHARS = 12  # characters before a sentence's first name that may open it ("Mr", "Am Montag")


def opening_person(m: Mentions, where: EntityPositions, sent: Sentence) -> PersonEntity | None:
    """The person a sentence names first, when it names them at its very start (its
    subject, save an honorific or a short adverbial)."""
    for s, _, e in where.spans_in(sent.start, sent.end):
        if e.kind != "person":
            return None
        head = m.text[sent.start : s]
        return e if len(head.strip()) <= OPENING_CHARS and "," not in head else None
    return None


def _subject_pronoun(m: Mentions, start: int, end: int, gender: str | None) -> int | None:
    """Where a subject pronoun ("er", "she") of ``gender`` stands in ``start:end``."""
    for tok in re.finditer(r"\w+", m.text[start:end]):
        at = start + tok.start()
        if tok.group().lower() in m.profile.speaker_pronouns and pronoun_gender(m, at) == gender:
            return at
    return None


def clause_subject(
    m: Mentions, where: EntityPositions, at: int, taken: set[int]
) -> PersonEntity | None:
    """The subject pronoun stands for the person named last before it in its sentence, of
    its gender, who is at the meeting already ("Am Dienstag reist Merkel nach Ankara, wo sie
    Erdogan treffen will": Merkel, not the man named in the sentence before)."""
    sent = m.sentence_of(at)
    gender = pronoun_gender(m, at)
    before = [e for _, _, e in where.spans_in(sent.start, at) if agrees(e, gender)]
    if not before:
        return None
    # (or right after a relative word of place, whoever the meeting has: "will lead a
    # mission to Tokyo, where she is expected to meet X" is the one who leads it)
    after_where = m.text[max(sent.start, at - 12) : at].split()[-1:]
    relative = bool(after_where) and after_where[0].lower() in m.profile.relative_words
    return before[-1] if before[-1].index in taken or relative else None


def speaker(m: Mentions, where: EntityPositions, at: int) -> PersonEntity | None:
    """ "Kerry said Tuesday that he had met Lavrov": a subject pronoun after a speech verb
    is its speaker, named right before the verb in the same sentence."""
    sent = m.sentence_of(at)
    cues = [c for c in m.speech_index.starting_in(sent.start, at) if c.row.get("kind") == "verb"]
    if not cues:
        return None
    verb = cues[-1].start
    gender = pronoun_gender(m, at)
    speakers = [
        e
        for s, _, e in where.spans_in(sent.start, verb)
        if verb - s <= SPEAKER_BEFORE_VERB and agrees(e, gender)
    ]
    return speakers[-1] if speakers else None


def reporting(m: Mentions, spans: list[tuple[int, int]], sent: Sentence) -> bool:
    """Every mention of the person in the sentence (``spans``) stands next to a speech verb."""
    speech = [(c.start, c.end) for c in m.in_sentence(m.speech_index, sent)]
    if not spans or not speech:
        return False
    return all(
        any(_beside(m, ce, s) or _beside(m, e, cs) or _listed_after(m, ce, s) for cs, ce in speech)
        for s, e in spans
    )


def sourced(m: Mentions, spans: list[tuple[int, int]], sent: Sentence) -> bool:
    """Every mention of the person in the sentence (``spans``) is the source a marker of
    reported speech names: after it, across a title ("according to spokesman X", "laut
    Regierungssprecher X", "nach Angaben von X"), or before it ("X zufolge")."""
    markers = [
        (c.start, c.end)
        for c in m.in_sentence(m.speech_index, sent)
        if c.row.get("kind") == "marker"
    ]
    if not spans or not markers:
        return False
    return all(any(_marks(m, cs, ce, s, e) for cs, ce in markers) for s, e in spans)


def _marks(m: Mentions, cs: int, ce: int, s: int, e: int) -> bool:
    if 0 <= cs - e <= 2 and "," not in m.text[e:cs]:
        return True  # "X zufolge" (not "joined by X, according to diplomats")
    if not 0 <= s - ce <= SOURCE_REACH:
        return False
    gap = m.text[ce:s]
    # no comma and no other person's name between (a title, an article, "von" may stand)
    return "," not in gap and not m.person_index.starting_in(ce, s)


def _beside(m: Mentions, end: int, start: int) -> bool:
    """Nothing but a space or two between ``end`` and ``start`` ("betonte Lawrow", "Holt
    said"); a comma parts them ("... Präsident Wladimir Putin, teilte ein Sprecher mit": the
    name ends the clause that was said)."""
    return -3 <= start - end <= 3 and "," not in m.text[min(start, end) : max(start, end)]


def _listed_after(m: Mentions, end: int, start: int) -> bool:
    """Only other names of a list stand between a speech verb's ``end`` and ``start``
    ("sagten Koch und Rauball", "said Holt and Lund")."""
    if not 0 < start - end <= REPORTED_LIST:
        return False
    gap = m.text[end:start].replace(",", " ").split()
    return (
        bool(gap)
        and all(w[:1].isupper() or w.lower() in m.profile.coordinators for w in gap)
        and any(w.lower() in m.profile.coordinators for w in gap)
    )


def plural_pronoun(m: Mentions, at: int) -> bool:
    """The subject pronoun at ``at`` stands for several people: "they"; "sie" next to a
    plural finite verb ("Zuvor hatten sie", "Sie trafen sich"; not "hatte sie", "dass sie")."""
    profile = m.profile
    word = re.match(r"\w+", m.text[at : at + 12])
    if word is None or word.group().lower() not in profile.plural_pronouns:
        return False
    verb = profile.plural_verb_re
    if verb is None:
        return True
    if word.group()[0].isupper() and at > m.sentence_of(at).start:
        return False  # "Gestern trafen Sie den Hochkommissar": the polite "you" of one
    prev = re.search(r"([^\W\d]+)\W*$", m.text[max(0, at - 20) : at])
    if prev is not None and prev.group(0).strip() == prev.group(1):
        low = prev.group(1)
        if low in profile.subordinators or low in profile.relative_words:
            # "wo sie Präsident X trafen": the verb closes the clause
            end = re.search(r"[,;.:!?]|$", m.text[at : at + 200])
            last = re.findall(r"[^\W\d]+", m.text[at : at + (end.start() if end else 0)])
            return bool(last) and verb.fullmatch(last[-1]) is not None
        if low.islower() and low not in profile.prepositions:
            return verb.fullmatch(low) is not None
    nxt = re.match(r"\s+([^\W\d]+)", m.text[word.end() + at : at + 40])
    return (
        nxt is not None
        and nxt.group(1).islower()
        and nxt.group(1) not in profile.articles | profile.indefinite_articles
        and verb.fullmatch(nxt.group(1)) is not None
    )


PLURAL_GROUP = 4  # people a plural pronoun may stand for


def plural_referents(
    m: Mentions, where: EntityPositions, at: int, taken: set[int], *, objects: bool = False
) -> list[PersonEntity]:
    """The people a plural subject pronoun stands for ("Merkel und Hollande reisten nach
    Kiew, wo sie Poroschenko trafen"; "Die beiden Minister waren angereist. Zuvor hatten sie
    ... gesprochen"): the people named before it in its sentence, else in the nearest
    sentence before that names several, those before its meeting word (its subject) when
    they are several ("A and B met C. Earlier they had met D"); for an object pronoun
    (``objects``), those after it first ("X received A and B. C met with them"); nobody when
    no sentence names several."""
    sent = m.sentence_of(at)
    if people_noun_before(m, where, sent.start, at):
        return []  # "Mr Flight's allies saying they had support": the allies, unnamed
    spans = [(sent.start, at)] + [
        (s.start, s.end)
        for s in reversed(m.sentences[max(0, sent.index - PRONOUN_REACH) : sent.index])
    ]
    for lo, hi in spans:
        group = _numbered_group(m, where, lo, hi, taken) if lo != sent.start else []
        if group:
            return group  # "Die beiden Minister waren angereist. Zuvor hatten sie ..."
        people: list[tuple[int, PersonEntity]] = []
        for s, _, e in where.spans_in(lo, hi):
            if e.kind == "person" and e.index not in taken and all(e is not o for _, o in people):
                people.append((s, e))
        if len(people) < 2:
            continue
        trig = next(iter(m.trigger_index.starting_in(lo, hi)), None)
        if trig is not None:
            # (for an object pronoun, "C met with them", the people met there first: "X
            # received A and B")
            met = [e for s, e in people if s > trig.end] if objects else []
            subject = [e for s, e in people if s < trig.start]
            if len(met) >= 2 and lo != sent.start:
                return met[:PLURAL_GROUP]
            if len(subject) >= 2:
                return subject[:PLURAL_GROUP]
        return [e for _, e in people][:PLURAL_GROUP]
    return []


def people_noun_before(m: Mentions, where: EntityPositions, lo: int, at: int) -> bool:
    """A noun for people ("allies", "officials") between the last person named before the
    pronoun at ``at`` (or ``lo``) and the pronoun: it is what the pronoun stands for."""
    named = [e for _, e, _ in where.spans_in(lo, at)]
    start = max([lo, *named])
    gap = m.text[start:at]
    if any(w in m.profile.modified_people_nouns for w in re.findall(r"\w+", gap)):
        return True
    # "the two Heads of State had given directions when they last met": a group the text
    # names no one of
    return any(
        a.row.get("type") == "both" and a.end <= at for a in m.anaphora_index.starting_in(start, at)
    )


def _numbered_group(
    m: Mentions, where: EntityPositions, lo: int, hi: int, taken: set[int]
) -> list[PersonEntity]:
    """The people a numbered group phrase between ``lo`` and ``hi`` stands for ("die beiden
    Minister", "the two leaders"): the last so many people named before it."""
    for a in m.anaphora_index.starting_in(lo, hi):
        count = a.row.get("count")
        if a.row.get("type") != "both" or not count:
            continue
        back = m.sentences[max(0, m.sentence_of(a.start).index - PRONOUN_REACH)].start
        named: list[PersonEntity] = []
        for _, _, e in reversed(where.spans_in(back, a.start)):
            if e.kind == "person" and e.index not in taken and e not in named:
                named.append(e)
        if len(named) >= int(count):
            return named[: int(count)][::-1]
    return []


def described_first(m: Mentions, cls: object, ent: PersonEntity, body: int) -> bool:
    """The text describes ``ent`` by a title of class ``cls`` before it names them below the
    headline (which ends at ``body``)."""
    named = min((s for s, _ in ent.name_spans() if s >= body), default=len(m.text))
    return any(
        a.row.get("type") == "role_noun"
        and any(r.row.get("class") == cls for r in m.role_index.overlapping(a.start, a.end))
        for a in m.anaphora_index.starting_in(body, named)
    )


# a place or body right after a description ("die Bürgermeisterin aus Nelson Mandela Bay",
# "the mayor from Nelson Mandela Bay"; not "of", which goes on with titles: "the Minister of
# State"): up to four capitalised words that are no title
_OF_PLACE = re.compile(r"\s+(?:aus|von|from|из)\s+((?:[A-ZÄÖÜА-ЯЁ][\w’'\-]*\s?){1,4})")
TITLE_PLACE_REACH = 100  # characters after a title where the place it names may stand


def placed_referent(
    m: Mentions, end: int, before: list[PersonEntity], cls: str | None
) -> PersonEntity | None:
    """The one person among ``before`` with a title of class ``cls`` that the place after a
    description ending at ``end`` singles out: whose title names that place before its
    sentence ends ("Bürgermeisterin der Metropolgemeinde Nelson Mandela Bay, X" for "die
    Bürgermeisterin aus Nelson Mandela Bay")."""
    hit = _OF_PLACE.match(m.text, end)
    if hit is None:
        return None
    place = hit.group(1).strip()
    if m.role_index.overlapping(hit.start(1), hit.start(1) + len(place)):
        return None  # "der Minister von Staat und Verwaltung": the title goes on
    fits = [
        e
        for e in before
        if e.role is not None
        and e.role.row.get("class") == cls
        and place in m.text[e.role.start : e.role.end + TITLE_PLACE_REACH].split(". ")[0]
    ]
    return fits[0] if len(fits) == 1 else None
