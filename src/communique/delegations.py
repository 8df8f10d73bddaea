"""Delegations: the people a delegation the text describes consists of, seated at the
meetings its sentences say the delegation held.

The roster comes from the sentences that tell who belongs to the delegation ("X ist mit einer
Delegation des Landtags gereist. Der Delegation gehörten A und B an"; "Delegation chair X";
"The delegation included A and B") and from a list under a heading that names the
delegation ("Delegation composition" and lines opened by a dash). A meeting or call whose
sentence has the delegation as a party ("traf die Delegation", "empfing ... die
Delegation", "the delegation met"; "MEPs held talks", "die Abgeordneten trafen") seats it.
Only where the text describes the delegation of one side: with two ("die mongolische
Delegation wurde von X, die deutsche von Y geleitet") "the delegation" could be either. A
state seated where its delegation met ("the Ukrainian delegation met with X") is the head
the text gave that delegation ("Kyiv's delegation was led by Y")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.drafts import bilateral_session
from communique.mentions import ROSTER_KINDS

if TYPE_CHECKING:
    from communique.actors import EntityPositions, PersonEntity
    from communique.drafts import EventDraft
    from communique.lexicon import Match
    from communique.mentions import Mentions
    from communique.sentences import Sentence

ROSTER_SIZE = 12  # at most so many members: a longer list is no delegation's
PRONOUN_WORDS = 3  # words of a sentence where a pronoun for a delegation stands
OF_DELEGATION = 40  # characters after a word for members where "of the ... delegation" ends
HEADING_WORDS = 6  # words of a heading line that introduces a list of members
_LIST_LINE = re.compile(r"[ \t]*[-–•*][ \t]+\S")


def delegation_roster(
    m: Mentions, where: EntityPositions, told: list[tuple[int, int]]
) -> list[PersonEntity]:
    """The members of the one delegation the text describes, in the order it names them
    (``told``: the sentences that tell who belongs to it); empty where it describes none or
    those of several sides."""
    if m.profile.delegation_word_re is None:
        return []
    led = _led_words(m)
    if _several(m, len(led)):
        return []
    roster: list[PersonEntity] = _heads(m, where, led)
    roster += [e for e in _heads_before(m, where) if e not in roster]
    for lo, hi in [*told, *_listed(m)]:
        roster += [e for e in where.entities_in(lo, hi) if e.kind == "person" and e not in roster]
    return roster if len(roster) <= ROSTER_SIZE else []


HEAD_REACH = 60  # characters between a delegation word, its word of leading and the head
# a title's chain with no punctuation, then the comma of an apposition and abbreviations
_APPOSITION_CHAIN = re.compile(r"[^,;.:!?]+,\s+(?:[^\W\d_]{1,5}\.\s*){0,3}")
TITLE_CHAIN_REACH = 150  # ... where a title's chain of bodies stands between


def _led_words(m: Mentions) -> list[re.Match[str]]:
    """The words of leading right after a delegation word ("Eine Delegation des Parlaments
    unter der Leitung", "a delegation of the Parliament led by"), one per delegation word."""
    word = m.profile.delegation_word_re
    if word is None or not m.profile.led_by:
        return []
    lead = m.profile.led_by_words_re
    out: list[re.Match[str]] = []
    for w in word.finditer(m.text):
        sent = m.sentence_of(w.start())
        led = lead.search(m.text, w.end(), min(sent.end, w.end() + HEAD_REACH))
        # (not a word of leading after a meeting word: "the delegation met with the
        # Committee, chaired by X" names the committee's chair)
        if led is not None and not m.trigger_index.overlapping(w.end(), led.start()):
            out.append(led)
    # (a headline that tells the lead's delegation again is not a second one: "X принял
    # делегацию во главе с министром ..." above the lead that says the same)
    body = [led for led in out if not title_line(m, m.sentence_of(led.start()))]
    return body or out


def _heads_before(m: Mentions, where: EntityPositions) -> list[PersonEntity]:
    """Who is at a delegation's head by a phrase before its word ("X, who is paying a visit
    at the head of a parliamentary delegation", "X, der an der Spitze einer Delegation ...
    ist"): the person the sentence names last before the phrase."""
    word, head = m.profile.delegation_word_re, m.profile.head_of_re
    if word is None or head is None:
        return []
    out: list[PersonEntity] = []
    for w in word.finditer(m.text):
        sent = m.sentence_of(w.start())
        found = head.search(m.text, max(sent.start, w.start() - HEAD_REACH), w.start())
        if found is None:
            continue
        named = [e for _, _, e in where.spans_in(sent.start, found.start()) if e.kind == "person"]
        if named and named[-1] not in out:
            out.append(named[-1])
    return out


def _heads(m: Mentions, where: EntityPositions, led: list[re.Match[str]]) -> list[PersonEntity]:
    """The person a delegation word and a word of leading right after it name, wherever the
    sentence goes on ("Eine Delegation des Parlaments unter der Leitung seiner Präsidentin X
    ist ... empfangen worden", "A delegation led by its Speaker X was received by Y")."""
    heads: list[PersonEntity] = []
    for words in led:
        sent = m.sentence_of(words.start())
        reach = min(sent.end, words.end() + TITLE_CHAIN_REACH)
        named = [(s, e) for s, _, e in where.spans_in(words.end(), reach) if e.kind == "person"]
        # (further than a few words on, only after a title's chain with no comma: "led by
        # the Chair of the Committee on Foreign Affairs of the Seimas of Lithuania X")
        # (or a chain closed by the comma of an apposition: "geleitet von der
        # Staatssekretärin für Bergbau im Wirtschaftsministerium der Nation, Lic. X")
        if named and (
            named[0][0] - words.end() > HEAD_REACH
            and re.search(r"[,;]", m.text[words.end() : named[0][0]])
            and not _APPOSITION_CHAIN.fullmatch(m.text, words.end(), named[0][0])
        ):
            named = []
        if named and named[0][1] not in heads:
            heads.append(named[0][1])
    return heads


def _telling_sentences(m: Mentions, members: re.Pattern[str]) -> list[tuple[int, int]]:
    """Sentences with a delegation word and words that say who belongs to it, and no
    meeting told; also the sentence right after one with a delegation word that tells its
    members by a pronoun ("Geleitet wurde die Delegation von X. Ihr gehörten A und B an";
    "It comprised A")."""
    out: list[tuple[int, int]] = []
    after_word = False
    grouped = _has_delegation_word(m, m.text)  # (a group listed counts in such a text)
    for sent in m.sentences:
        text = m.text[sent.start : sent.end]
        word = _has_delegation_word(m, text)
        if grouped and _group_listed(m, sent):
            out.append((sent.start, sent.end))
            after_word = True
            continue
        kept = [
            x
            for x in members.finditer(text)
            # (not whom a meeting word has: "met with a delegation of the Parliament")
            if not m.trigger_index.overlapping(sent.start + x.start() - 2, sent.start + x.start())
        ]
        found = [x.group() for x in kept]
        # (or it opens the sentence after one with a delegation word: "An der Spitze stand
        # der Bürgermeister von X, Y")
        opens = any(not text[: x.start()].strip() for x in kept)
        # "was also attended by members of the Ukrainian delegation, A and B": in a sentence
        # that tells a meeting, those named after the words for its members
        of_delegation = next((x for x in kept if _listed_after(m, text, x)), None)
        if found and (word or (after_word and (_by_pronoun(m, text) or opens))):
            # (a sentence that tells a meeting names whom the members met: "Members were
            # briefed by the Head of the EU Mission, X"; not who travels "with a
            # delegation" to talks)
            if any(_has_delegation_word(m, x) for x in found) or not _tells_meeting(m, sent):
                out.append((sent.start, sent.end))
                word = True  # (a chain: "It was led by X. It comprised A and B.")
            elif of_delegation is not None:
                out.append((sent.start + of_delegation.end(), sent.end))
        elif (
            out
            and m.sentences[sent.index - 1].start == out[-1][0]
            and (m.profile.company_re.search(text) or m.profile.accompany_re.search(text))
            and not _tells_meeting(m, sent)
        ):
            # "Zur Delegation gehören A und B. Begleitet wird die Gruppe von X": X comes
            # along with the members just told
            out.append((sent.start, sent.end))
        after_word = word
    return out


def _listed_after(m: Mentions, text: str, x: re.Match[str]) -> bool:
    """The words for members are followed by a delegation word and a comma or colon, a list
    of them after it ("members of the Ukrainian delegation, MPs A and B")."""
    found = m.profile.delegation_word_re
    word = found.search(text, x.end(), x.end() + OF_DELEGATION) if found is not None else None
    return word is not None and text[word.end() : word.end() + 2].lstrip()[:1] in (",", ":")


def _group_listed(m: Mentions, sent: Sentence) -> bool:
    """A group's members listed after a colon: a plural noun for them, a colon, and two or
    more names after it ("reisten vier Mitglieder des Ausschusses nach Dakar: A, B, C und D")."""
    found = m.profile.group_list_re
    hit = found.search(m.text, sent.start, sent.end) if found is not None else None
    return hit is not None and len(m.person_index.starting_in(hit.end(), sent.end)) >= 2


def _tells_meeting(m: Mentions, sent: Sentence) -> bool:
    return any(t.row.get("kind") in ROSTER_KINDS for t in m.in_sentence(m.trigger_index, sent))


def _by_pronoun(m: Mentions, text: str) -> bool:
    """Whether a pronoun for a delegation stands in the sentence's first words, or a
    definite group noun ("Angeführt wird die Gruppe von X", "The group is led by X")."""
    opening = [w.lower() for w in re.findall(r"\w+", text)[: PRONOUN_WORDS + 1]]
    if any(w in m.profile.delegation_pronouns for w in opening[:PRONOUN_WORDS]):
        return True
    return any(
        a in m.profile.definite_determiners and b in m.profile.group_nouns
        for a, b in zip(opening, opening[1:], strict=False)
    )


def _listed(m: Mentions) -> list[tuple[int, int]]:
    """The lines of a list under a short heading with a delegation word: lines opened by a
    dash, or, under a heading that ends in a colon, lines that each open with a name
    ("Members of the delegation:" and "A (Spain, EPP), Head of the delegation" / "B (Ireland)")."""
    out: list[tuple[int, int]] = []
    lines = list(re.finditer(r"[^\n]+", m.text))
    for k, line in enumerate(lines):
        words = line.group().split()
        if len(words) > HEADING_WORDS or not _has_delegation_word(m, line.group()):
            continue
        colon = line.group().rstrip().endswith(":")
        for item in lines[k + 1 :]:
            named = colon and bool(m.person_index.starting_in(item.start(), item.start() + 1))
            if not (_LIST_LINE.match(item.group()) or named):
                break
            out.append((item.start(), item.end()))
    return out


def _has_delegation_word(m: Mentions, text: str) -> bool:
    found = m.profile.delegation_word_re
    return found is not None and found.search(text) is not None


def _several(m: Mentions, heads: int) -> bool:
    """The text tells of delegations of more than one side: two heads ("unter Leitung von"
    twice), or delegation words after different states or bodies ("die mongolische Delegation
    ... die deutsche Delegation", "the Israeli delegation ... the Hamas delegation")."""
    profile = m.profile
    # (``heads``: the words of leading right after a delegation word; not the chair of a
    # committee the delegation met, "traf sie mit der Kommission unter der Leitung von
    # Ständerat X", "met members of the Committee led by its Chair X")
    if heads > 1:
        return True
    plain = profile.definite_determiners | profile.articles | profile.possessive_pronouns
    plain |= profile.indefinite_articles | profile.prepositions
    modifiers: set[str] = set()
    for found in re.finditer(
        # (from word starts only: tried inside a long word it scanned to the word's end at
        # every character)
        rf"(?<!\w)(\w+)[ ](?:{profile.delegation_nouns})\b",
        m.text,
        re.IGNORECASE,
    ):
        word = found.group(1).lower()
        # (of a state or body: not "High-Level Mission" beside "Support Mission")
        places = m.affiliating.overlapping(found.start(1), found.end(1))
        if word not in plain and places:
            # (by the state or body it names: "Senegalesische Parlamentsdelegation" and "der
            # senegalesischen Delegation" are one side)
            modifiers.add(places[0].affiliation or places[0].iso3 or word)
    return len(modifiers) > 1


def seat_delegations(m: Mentions, drafts: list[EventDraft], where: EntityPositions) -> None:
    """Seat the delegation's members at each meeting or call whose sentence has the
    delegation as a party: a determiner right before the delegation word ("die Delegation",
    "the delegation"), or a plural word for its members ("MEPs", "die Abgeordneten")."""
    members = m.profile.delegation_members_re
    if members is None:
        return
    told = _telling_sentences(m, members)
    roster = delegation_roster(m, where, told)
    if not roster:
        return
    statuses: dict[int, set[str]] = {}  # member -> statuses cued where an event tells them
    for lo in [*(lo for lo, _ in told), *(w.start() for w in _led_words(m))]:
        sent = m.sentence_of(lo)
        if not m.in_sentence(m.trigger_index, sent):
            continue  # (a sentence of members only: "Angeführt wird die Gruppe von X")
        cues = {str(c.row.get("status")) for c in m.in_sentence(m.status_index, sent)}
        for e in where.entities_in(sent.start, sent.end):
            statuses.setdefault(e.index, set()).update(cues)
    after = _after_unnamed(m, drafts, told)
    for d in drafts:
        if not _talks(d):
            continue
        if d is not after and not delegation_party(m, d.sentence):
            continue
        if title_line(m, d.sentence) and not any(p.kind == "person" for p in d.participants):
            continue  # "Вьетнамская делегация обсудила в Приморье ...": the visit's summary
        seated = {p.index for p in d.participants}
        # (not one told in a sentence of another status: another delegation's, whose visit
        # was postponed, "Der Besuch einer Delegation unter der Leitung von X ist verschoben
        # worden")
        seated |= {i for i, cues in statuses.items() if cues and d.status not in cues}
        # (and where some are told in a sentence of its status, those alone: "Er wird die
        # Gäste im Oktober empfangen" is the postponed visit's delegation)
        own = {e.index for e in roster if d.status in statuses.get(e.index, ())}
        d.participants += [
            e for e in roster if e.index not in seated and (not own or e.index in own)
        ]


def _after_unnamed(
    m: Mentions, drafts: list[EventDraft], told: list[tuple[int, int]]
) -> EventDraft | None:
    """The meeting or call a delegation's members are told after, in a sentence of no
    event of its own, where no meeting's sentence before names the delegation ("X held talks
    with Minister Y ... The Egyptian delegation comprised A and B"): the last one held before
    the members are told (``told``: the sentences that tell them)."""
    if not told or m.trigger_index.overlapping(*told[0]):
        return None  # (a sentence of its own event: "Er wird mit einer Delegation reisen")
    before = [d for d in drafts if _talks(d) and d.sentence.end <= told[0][0]]
    if not before or any(delegation_party(m, d.sentence) for d in before):
        return None
    # (the talks held, not a return visit agreed at them: "Er lud X zu einem Gegenbesuch ein")
    held = [d for d in before if d.status == "occurred"]
    # the one told last before them, by any of its tellings (a meeting a subheading told
    # first and the text tells again just before the members)
    return max(
        held or before,
        key=lambda d: max(s.end for s in [d.sentence, *d.scope] if s.end <= told[0][0]),
    )


def _talks(d: EventDraft) -> bool:
    """A meeting, call or session of two with people seated: where a roster may sit."""
    return (d.kind in ("meeting", "call") or bilateral_session(d)) and bool(d.participants)


def title_line(m: Mentions, sent: Sentence) -> bool:
    """A headline's or subtitle's line: a sentence alone on its line with no full stop."""
    text = m.text[sent.start : sent.end].rstrip()
    return bool(text) and text[-1] not in '.!?…»"”' and "\n" not in text


def delegation_party(m: Mentions, sent: Sentence, *, members: bool = True) -> bool:
    """Whether a sentence has a delegation as a party: a determiner right before a
    delegation word ("die Delegation", "the Mission"), or (with ``members``) a plural word
    for its members ("MEPs", "die Abgeordneten")."""
    found = m.profile.delegation_party_res
    if found is None:
        return False
    party = found[1] if members else found[0]
    return (
        any(
            not _office_holders(m, sent, hit) and not _names_some(m, hit)
            for hit in party.finditer(m.text, sent.start, sent.end)
        )
        or pronoun_party(m, sent) is not None
    )


def _names_some(m: Mentions, hit: re.Match[str]) -> bool:
    """The words for members name those of them meant right after ("die Abgeordneten Kao und
    Chiang", "MPs A and B"): some of the delegation, not all of it."""
    gap = re.match(r"\s+", m.text[hit.end() : hit.end() + 3])
    if gap is None:
        return False
    at = hit.end() + gap.end()
    return bool(m.person_index.starting_in(at, at + 1))


def _office_holders(m: Mentions, sent: Sentence, hit: re.Match[str]) -> bool:
    """The delegation word names the body of an office, not a party: "mit dem Leiter der
    deutschen Delegation, Dr. X", "with the head of the Polish delegation" (X is the party)."""
    if not m.profile.office_of:
        return False
    lo = max(sent.start, hit.start() - OFFICE_REACH)
    det = re.match(r"\w+\s+", m.text[hit.start() : hit.end()])
    ends = [hit.start()] + ([hit.start() + det.end()] if det is not None else [])
    return any(m.profile.office_of_re.search(m.text[lo:end]) is not None for end in ends)


OFFICE_REACH = 40  # characters before a delegation word where the office's noun stands


def delegation_noun(m: Mentions, t: Match) -> bool:
    """The meeting noun at ``t`` is the delegation's: "ein Treffen der Delegation mit X"."""
    found = m.profile.delegation_party_res
    gap = re.match(r"\s+", m.text[t.end : t.end + 3])
    return bool(found and gap and found[0].match(m.text, t.end + gap.end()))


def delegation_subject(m: Mentions, sent: Sentence, before: int) -> bool:
    """Whether a delegation is a party before ``before`` in the sentence, its subject ("the
    Moldovan guests held talks with X"; not "Bei dem Treffen mit dem Vorsitzenden der
    Delegation des Parlaments")."""
    found = m.profile.delegation_party_res
    if found is None:
        return False
    return found[1].search(m.text, sent.start, before) is not None or (
        (at := pronoun_party(m, sent)) is not None and at < before
    )


def pronoun_party(m: Mentions, sent: Sentence) -> int | None:
    """Where a pronoun among a sentence's first words stands for the delegation that is the
    subject of the sentence before ("Anschliessend verfolgte die Delegation die Debatte. Am
    Nachmittag traf sie mit der Kommission zusammen"; "The delegation toured the port. Later
    it met the mayor"): nobody is named in that sentence before the delegation."""
    found = m.profile.delegation_party_res
    if found is None or sent.index == 0:
        return None
    prev = m.sentences[sent.index - 1]
    party = found[0].search(m.text, prev.start, prev.end)
    if party is None or m.person_index.overlapping(prev.start, party.start()):
        return None
    for k, word in enumerate(re.finditer(r"\w+", m.text[sent.start : sent.end])):
        if k > PRONOUN_WORDS:
            break
        if word.group().lower() in m.profile.delegation_pronouns:
            return sent.start + word.start()
    return None


def seat_side_heads(m: Mentions, drafts: list[EventDraft], where: EntityPositions) -> None:
    """A state at a meeting whose sentence says its delegation met ("the Ukrainian
    delegation met with X") is the head the text gave that state's delegation ("Kyiv's
    delegation was led by Defense Minister Y"; "Y, who has headed Moscow's team"): Y sits
    there in the state's place."""
    if m.profile.lead_words_re is None or not _has_delegation_word(m, m.text):
        return
    heads = _side_heads(m, where)
    if not heads:
        return
    for d in drafts:
        if d.kind not in ("meeting", "call"):
            continue
        if not _has_delegation_word(m, m.text[d.sentence.start : d.sentence.end]):
            continue
        seated = {p.index for p in d.participants}
        out: list[PersonEntity] = []
        for p in d.participants:
            head = heads.get(p.affiliation or "") if p.kind == "state" else None
            if head is None:
                out.append(p)
            elif head.index not in seated:
                out.append(head)
                seated.add(head.index)
            # (a head seated already, with the roster: the state's place is taken)
        d.participants[:] = out


def _side_heads(m: Mentions, where: EntityPositions) -> dict[str, PersonEntity]:
    """Per state, the one person named in a sentence that says who led its delegation: a
    state, its adjective or capital right before a delegation word and a word of leading
    ("Kyiv's delegation was led by X", "X, who has headed Moscow's team")."""
    lead, word = m.profile.lead_words_re, m.profile.delegation_word_re
    assert lead is not None and word is not None  # (seat_side_heads asks first)
    found: dict[str, list[PersonEntity]] = {}
    for sent in m.sentences:
        if lead.search(m.text, sent.start, sent.end) is None:
            continue
        states = {
            p.iso3
            for w in word.finditer(m.text, sent.start, sent.end)
            for p in m.place_index.overlapping(max(sent.start, w.start() - SIDE_BEFORE), w.start())
            if p.iso3 and p.end <= w.start()
        }
        named = [
            e
            for e in where.entities_in(sent.start, sent.end)
            if e.kind == "person" and any(sent.start <= a < sent.end for a, _ in e.name_spans())
        ]
        if len(states) == 1 and len(named) == 1:
            people = found.setdefault(states.pop(), [])
            if named[0] not in people:
                people.append(named[0])
    return {state: people[0] for state, people in found.items() if len(people) == 1}


SIDE_BEFORE = 25  # characters before a delegation word where its state stands
