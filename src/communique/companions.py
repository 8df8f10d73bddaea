"""Company: who came along to a meeting told before, told in a sentence of its own ("Die
Delegation wurde von Kardinal Y begleitet", "The delegation included A and B", "Begleitet
wurde die Delegation von der Botschafterin X", "Außenminister X begleitete ihn")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.frames import chaired_opening, joined_them

if TYPE_CHECKING:
    from communique.actors import EntityPositions, PersonEntity
    from communique.mentions import Mentions
    from communique.sentences import Sentence

OPENING_NOUN = 3  # words after a sentence's article where its subject's noun may stand
ACCOMPANIED_REACH = 40  # characters after a verb of coming along where its object stands
OBJECT_WORDS = 3  # words of that object
SUBJECT_AFTER = 12  # characters after a fronted word of company where its subject stands


def companions(
    m: Mentions, sent: Sentence, told: Sentence, parties: list[PersonEntity], where: EntityPositions
) -> list[PersonEntity]:
    """People a sentence without a meeting word adds to the meeting told in ``told`` just
    before: it says they came along or took part ("Die Delegation wurde von Kardinal Y und
    Bischof Z begleitet", "The delegation included A and B") and its subject is one of the
    ``parties``, a pronoun, or a noun of that meeting's sentence or of a delegation ("Die
    Kommission", "The delegation"); nothing otherwise."""
    profile = m.profile
    here = where.spans_in(sent.start, sent.end)
    along = _accompanying(m, sent, told, parties, here)
    if along:
        return along
    # "Später stieß X zu ihnen"; "Das Treffen leitete X", "The meeting was chaired by X"
    if joined_them(m, sent) or chaired_opening(m, sent):
        return _unseated(here, parties)
    added = profile.added_re.search(m.text, sent.start, sent.end)
    hit = (
        added
        or profile.joining_re.search(m.text, sent.start, sent.end)
        or profile.company_re.search(m.text, sent.start, sent.end)
    )
    if hit is None:
        return _side_leaders(m, sent, parties, here)
    subject = any(e in parties for s, _, e in here if s < hit.start())
    opening = m.text[sent.start : hit.start()].split()
    # "hatte ihren Klubobmann dazugebeten": whoever asked; "zu dem Termin erschienen": the
    # appointment is the meeting told before
    subject = subject or added is not None or _appointment(m, sent)
    # "Special Envoy X also attended.": the verb of joining ends the sentence after an "also",
    # so what they joined is the meeting told before
    subject = subject or (
        not m.text[hit.end() : sent.end].strip(" .!;")
        and any(w.lower() in profile.also_words for w in opening)
    )
    # "Für die EU nahm X teil", "On behalf of the EU, X attended": for whom they took part
    behalf = profile.on_behalf_re
    subject = (
        subject
        or (
            behalf is not None
            and behalf.match(m.text, sent.start) is not None
            # (its subject after the verb, or after a comma: "For the EU, X attended")
            and (len(opening) <= OPENING_NOUN + 2 or "," in " ".join(opening[: OPENING_NOUN + 2]))
        )
    )
    # "The Mongolian side was also represented by X", "Монгольскую сторону также
    # представлял X": a side (or delegation) of the meeting is the subject, or the object of
    # the verb of joining itself
    # (a side, not a delegation: its members are the roster's, ``delegations``)
    sides = profile.delegation_led_res
    subject = subject or (
        sides is not None
        and len(opening) <= OPENING_NOUN + 1
        and any(
            not (profile.delegation_word_re and profile.delegation_word_re.match(side.group()))
            for side in sides[1].finditer(m.text, sent.start, hit.end())
        )
    )
    if not subject and all(w.lower() in profile.also_words for w in opening):
        # the word of company opens the sentence (after "also" words), its people follow:
        # "Ebenfalls anwesend waren X und Y", "Also present were ..."; or its subject follows
        # the auxiliary ("Begleitet wurde sie von Staatssekretär Weber", "Accompanying her")
        after = m.text[hit.end() : sent.end].split()[:2]
        pronouns = {*profile.speaker_pronouns, *profile.object_pronouns}
        also = bool(opening) or hit.group().split()[0].lower() in profile.also_words
        subject = also or any(w.lower() in pronouns for w in after)
        # ... or the parties together after the verb ("Im Beisein der Generalkonsulin X
        # sprachen die beiden über ...")
        subject = subject or any(
            a.row.get("type") == "both" for a in m.anaphora_index.starting_in(hit.end(), sent.end)
        )
        # ... or one who met, by name ("Begleitet wurde Kowalski von X")
        subject = subject or any(
            e in parties for s, _, e in here if hit.end() < s <= hit.end() + SUBJECT_AFTER
        )
        # ... or a delegation or a word of the meeting told, after the auxiliary ("Begleitet
        # wurde die Delegation an diesem Tag vom Botschafter X")
        subject = subject or _points_back(
            m, after[1:] + m.text[hit.end() : sent.end].split()[2:3], _side_words(m, told, parties)
        )
    if not subject:
        head = [w.strip(",;:").lower() for w in opening[: OPENING_NOUN + 1]]
        first = head[0] if head else ""
        told_words = _words_of(m, told, parties)
        # "Die Kommission" after "die Opferschutzkommission", "Die polnische Delegation"
        # "They were joined by ...", "The two were joined by ...": the parties together
        together = any(
            a.row.get("type") == "both"
            for a in m.anaphora_index.starting_in(sent.start, hit.start())
        )
        subject = (
            together
            or first in profile.speaker_pronouns + profile.plural_pronouns
            or (
                first in profile.definite_determiners
                and any(
                    len(noun) > 3
                    and (
                        noun in profile.side_nouns
                        or noun in told_words
                        or any(w.endswith(noun) for w in told_words)
                    )
                    for noun in head[1:]
                )
            )
        )
    if not subject:
        return []
    return _unseated(here, parties)


def _accompanying(
    m: Mentions,
    sent: Sentence,
    told: Sentence,
    parties: list[PersonEntity],
    here: list[tuple[int, int, PersonEntity]],
) -> list[PersonEntity]:
    """The people before a verb of coming along whose object is one who met ("Foreign
    Secretary X will accompany the prime minister", "Außenminister X begleitete ihn"): they
    were on that one's side at the meeting told before."""
    profile = m.profile
    verb = profile.accompany_re.search(m.text, sent.start, sent.end)
    if verb is None:
        return []
    before = m.text[sent.start : verb.start()].split()
    if before and before[-1].strip(",").lower() in profile.object_pronouns:
        # the object first, who came along after the verb ("Ihn begleitete X", "Её
        # сопровождал X")
        return [e for s, _, e in here if s > verb.end() and e.kind == "person" and e not in parties]
    told_words = _words_of(m, told, parties)
    after = m.text[verb.end() : sent.end].split()
    if (
        not before
        and after
        and after[0].lower() in profile.passive_auxiliaries
        and _points_back(m, after[1 : 1 + OBJECT_WORDS], told_words)
    ):
        # "Begleitet wurde die Delegation von der Botschafterin X": the passive's agent
        return [e for s, _, e in here if s > verb.end() and e.kind == "person" and e not in parties]
    # the object after the verb, or before it where the verb closes the clause ("wird den
    # Kanzler begleiten")
    windows = [m.text[verb.end() : sent.end].split()[:OBJECT_WORDS]]
    if profile.verb_second:
        windows.append(m.text[sent.start : verb.start()].split()[-OBJECT_WORDS:][1:])
    party_after = any(
        e in parties for s, _, e in here if verb.end() < s <= verb.end() + ACCOMPANIED_REACH
    )
    if not (party_after or any(_points_back(m, w, told_words) for w in windows)):
        return []
    return [e for s, _, e in here if s < verb.start() and e.kind == "person" and e not in parties]


def _side_leaders(
    m: Mentions,
    sent: Sentence,
    parties: list[PersonEntity],
    here: list[tuple[int, int, PersonEntity]],
) -> list[PersonEntity]:
    """A side of the meeting told before is the sentence's subject and someone led it
    ("Китайскую сторону возглавлял X", "Die chinesische Seite wurde von X geleitet", "The
    Chinese side was led by X"): who the sentence names took part. Not a delegation: its
    roster seats its members (``delegations``)."""
    found = m.profile.delegation_led_res
    if found is None:
        return []
    lead, sides = found
    side = sides.search(m.text, sent.start, sent.end)
    if side is None or len(m.text[sent.start : side.start()].split()) > OPENING_NOUN:
        return []
    delegation = m.profile.delegation_word_re
    if delegation is not None and delegation.match(side.group()):
        return []
    if lead.search(m.text, side.end(), sent.end) is None:
        return []
    return _unseated(here, parties)


def _unseated(
    here: list[tuple[int, int, PersonEntity]], parties: list[PersonEntity]
) -> list[PersonEntity]:
    """The people the sentence names or refers to who do not sit at the meeting yet, once
    each, in order."""
    out: list[PersonEntity] = []
    for _, _, e in here:
        if e.kind == "person" and e not in parties and e not in out:
            out.append(e)
    return out


def _words_of(m: Mentions, told: Sentence, parties: list[PersonEntity]) -> set[str]:
    """The words of the sentence that told the meeting and of its parties' titles ("den
    Gast" received, "der Botschafter" the guest's title), in lower case."""
    titles = " ".join(p.role.text for p in parties if p.kind == "person" and p.role is not None)
    text = m.text[told.start : told.end] + " " + titles
    return {w.strip(",;:.").lower() for w in text.split()}


def _side_words(m: Mentions, told: Sentence, parties: list[PersonEntity]) -> set[str]:
    """The words of the meeting told (``_words_of``) and the words for a side's people
    ("Delegation", "delegation")."""
    return _words_of(m, told, parties) | m.profile.side_nouns


def _points_back(m: Mentions, window: list[str], told_words: set[str]) -> bool:
    """The words open with an object pronoun ("ihn", "him") or a determiner and a word of the
    meeting told before ("the prime minister", "den Kanzler")."""
    words = [w.strip(",.;:").lower() for w in window]
    profile = m.profile
    return bool(words) and (
        words[0] in profile.object_pronouns
        or (
            words[0] in profile.definite_determiners | profile.articles
            and any(len(w) > 3 and w in told_words for w in words[1:])
        )
    )


def _appointment(m: Mentions, sent: Sentence) -> bool:
    """The sentence names an appointment with an article ("zu dem Termin", "zum Termin")."""
    words = [w.strip(",;:.").lower() for w in m.text[sent.start : sent.end].split()]
    nouns = {n.lower() for n in m.profile.appointment_nouns}
    return any(
        w in nouns and k > 0 and words[k - 1] in m.profile.definite_determiners
        for k, w in enumerate(words)
    )
