"""Quotes: direct quotations in quote marks and their speakers.

A speaker is a person named next to the quote with a speech verb ("…“, so Vassilenko
wörtlich", "X said: "…"", "…," he said), or, for a quote that continues a quoted speaker in
the same paragraph, that speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.actors import EntityPositions, PersonEntity, agrees, pronoun_gender
from communique.mentions import Mentions
from communique.referents import pronoun_referent

_MIN_WORDS = 3
# the window after a quote where its speaker is named ends at a sentence end or another quote
_SPEAKER_WINDOW_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-ZÄÖÜА-ЯЁ])[.!?](?:\s|$)|[„“\"«»]"
)  # (an initial's full stop does not end it: "betonte N. Seitkali")
# a line after a quotation that names its speaker after a dash ("– The Honourable X, Minister
# of Foreign Affairs"), as press releases put their quotes
_DASH_LINE = re.compile(r"[^\S\n]*\n\s*[–—-][^\S\n]*")
DASH_LINE_NAME = 40  # characters from the dash to the name (an honorific between)
_SPACE = re.compile(r"\s*")
_NEW_SENTENCE = re.compile(r"\s+[A-ZÄÖÜА-ЯЁ]")  # a capital after a quotation's "!" or "?"


@dataclass(slots=True)
class QuoteDraft:
    start: int  # span of the quoted words, without the marks
    end: int
    speaker: PersonEntity | None
    paragraph: int


def find_quotes(m: Mentions, entities: list[PersonEntity]) -> list[QuoteDraft]:
    text = m.text
    where = EntityPositions(entities)
    out: list[QuoteDraft] = []
    unclosed = -1  # where the last quotation's words end when no mark closed it
    for start, end, outer_start, outer_end in m.quotations():
        if (
            out
            and unclosed >= 0
            and not text[unclosed:outer_start].strip()
            and _speaker_after(m, outer_end, where, _closes(text, start, end, outer_end)) is None
        ):
            # the quotation goes on in a new paragraph that opens with a quote mark, its
            # closing mark left out ('... minors.\n\n"Equally parents ...'): one quotation,
            # unless the new one has a speech frame of its own ('"...," Mr X said')
            out[-1].end = _trimmed(text, start, end)
            unclosed = end if outer_end == end else -1
            continue
        unclosed = end if outer_end == end else -1
        inner = text[start:end]
        # words, not marks: "', . ,'" between quote marks is no quotation; nor is a name in
        # quote marks ("Sound of Music", «Центральная Азия – Европейский союз»)
        if sum(any(c.isalnum() for c in w) for w in inner.split()) < _MIN_WORDS:
            continue
        if not m.profile.nouns_capitalised and _a_name(inner):
            continue  # (where every noun has a capital, „Gewalt auf den Straßen“ is said)
        # a quotation closing its sentence ('... term." Labour's X said'): what follows is a
        # sentence of its own, not the speech frame of this one ('...," he said')
        closed = _closes(text, start, end, outer_end)
        end = _trimmed(text, start, end)
        inner = text[start:end]
        para = m.sentence_of(start).paragraph
        speaker = _speaker_after(m, outer_end, where, closed)
        if speaker is None:
            speaker = _speaker_before(m, outer_start, where)
        if speaker is None:
            speaker = _speaker_colon(m, outer_start, where)
        if speaker is None and out and out[-1].speaker is not None:
            # the speaker of the quotation before: in the same paragraph, or one that runs
            # on in a quoted paragraph of its own, nobody named between
            own = not text[text.rfind("\n", 0, outer_start) + 1 : outer_start].strip()
            if out[-1].paragraph == para or (own and not where.spans_in(out[-1].end, start)):
                speaker = out[-1].speaker
        if speaker is None and _opens_sentence(m, outer_start):
            # 'The foreign secretary said the rebate remained. "We have ..."': the one who
            # spoke in the sentence before, in the same paragraph
            before = _recent_speaker(m, outer_start, where, None)
            if before is not None and m.sentence_of(outer_start).paragraph == para:
                speaker = before
        if (
            speaker is None
            and not _opens_sentence(m, outer_start)
            and len(inner.split()) <= PARTIAL_WORDS
        ):
            # a phrase quoted inside a sentence with no speech frame ('She is concerned
            # too many children play games which include "high levels of violence"'):
            # the words of the sentence's subject
            speaker = _subject_of(m, outer_start, where)
        out.append(QuoteDraft(start, end, speaker, para))
    return out


PARTIAL_WORDS = 8  # a phrase quoted inside a sentence is short
SUBJECT_WORDS = 3  # words before the subject's name in its sentence (a title, "Ms")


def _subject_of(m: Mentions, pos: int, where: EntityPositions) -> PersonEntity | None:
    """The person who opens the sentence of ``pos`` as its subject, named (after a title at
    most) or by a personal pronoun."""
    sent = m.sentence_of(pos)
    spans = where.spans_in(sent.start, pos)
    if spans and len(m.text[sent.start : spans[0][0]].split()) <= SUBJECT_WORDS:
        return spans[0][2]
    opening = m.profile.speaker_pronoun_re.match(m.text, sent.start)
    if opening is not None:
        return pronoun_referent(m, where, sent.start, set(), None)
    return None


_NAME_WORDS = 6  # a name in quote marks is short ...
_FUNCTION_WORD = 4  # ... its words capitalised, but for short ones ("of", "von", "plus")


def _a_name(inner: str) -> bool:
    """Quoted words that name something rather than say it: a few words without sentence
    punctuation, each capitalised, a number, a dash or a short function word ("Sound of
    Music", "Zentralasien plus Deutschland", "Центральная Азия – Европейский союз")."""
    words = inner.split()
    if len(words) > _NAME_WORDS or any(c in inner for c in ".!?,;:") or not inner[:1].isupper():
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or not w[:1].isalnum() or len(w) <= _FUNCTION_WORD
        for w in words
    )


def _trimmed(text: str, start: int, end: int) -> int:
    """Where the quoted words end without the spaces, commas and full stops after them."""
    while end > start and text[end - 1] in " ,.":
        end -= 1
    return end


def _closes(text: str, start: int, end: int, outer_end: int) -> bool:
    """The quotation closes its sentence ('... term." Labour's X said')."""
    last = text[start:end].rstrip()[-1:]
    return last == "." or (last in "!?" and bool(_NEW_SENTENCE.match(text, outer_end)))


def _speaker_after(
    m: Mentions, pos: int, where: EntityPositions, closed: bool = False
) -> PersonEntity | None:
    """'"...," said X', '"...," he said', '„...“, so X'; after a quotation that closes its
    sentence only a pronoun opening the next one ('..." He added that ...')."""
    text = m.text
    dash = _DASH_LINE.match(text, pos)
    if dash is not None:
        line_end = text.find("\n", dash.end())
        line_end = len(text) if line_end < 0 else line_end
        named = where.spans_in(dash.end(), min(line_end, dash.end() + DASH_LINE_NAME))
        return named[0][2] if named else None
    if closed:
        space = _SPACE.match(text, pos)  # (always matches)
        opening = m.profile.speaker_pronoun_re.match(text, space.end() if space else pos)
        if opening is None:
            return None
    window_end = pos + 90
    stop = _SPEAKER_WINDOW_END.search(text[pos:window_end])
    if stop is not None:
        window_end = pos + stop.start()
    owned = m.profile.owned_speech_re
    said = owned.match(text, pos, window_end) if owned is not None else None
    if said is not None:
        # '"Macht die Grenzen dicht!", lautet seine Botschaft': the possessive's person
        gender = pronoun_gender(m, said.start("owner"))
        return where.last_before(pos, lambda e: agrees(e, gender))
    if not m.speech_index.starting_in(pos, window_end):
        return None
    named = [] if closed else where.spans_in(pos, window_end)
    if named:
        return named[0][2]
    if not closed:
        # '"...," the High Representative said': the one named before with that title
        for role in m.role_index.starting_in(pos, window_end):
            held = _title_holder(where, pos, role.row.get("class"))
            if held is not None:
                return held
    found = m.profile.speaker_pronoun_re.search(text, pos, window_end)
    return _pronoun_speaker(m, where, found.start(), pos) if found is not None else None


def _opens_sentence(m: Mentions, pos: int) -> bool:
    sent = m.sentence_of(pos)
    return m.text[sent.start : pos].strip() == ""


def _title_holder(where: EntityPositions, pos: int, cls: str | None) -> PersonEntity | None:
    """The person named last before ``pos`` who holds a title of class ``cls``."""
    if not cls:
        return None
    return where.last_before(pos, lambda e: e.role_class == cls)


def _recent_speaker(
    m: Mentions, pos: int, where: EntityPositions, gender: str | None
) -> PersonEntity | None:
    """'... qualms about the home secretary's plans. "We have to ...," he said': the pronoun
    of a speech frame is the one who spoke last (before a speech verb in this sentence or
    the one before), not whoever was named last."""
    sent = m.sentence_of(pos)
    lo = m.sentences[sent.index - 1].start if sent.index > 0 else sent.start
    for cue in reversed(m.speech_index.starting_in(lo, pos)):
        if cue.row.get("kind") != "verb":
            continue
        own = m.sentence_of(cue.start)
        cands = [e for _, _, e in where.spans_in(own.start, cue.start) if agrees(e, gender)]
        if cands:
            return cands[-1]
    return None


# an apposition between a speaker and the speech verb: "X, Chief Executive of Y, had said:"
_APPOSITION_BEFORE = re.compile(r",[^,]{1,120},\s*(?:\w+\s+)?$")


def _speaker_before(m: Mentions, pos: int, where: EntityPositions) -> PersonEntity | None:
    """'X said (that) "..."', 'X sagte: „...“', 'He added: "..."': the speaker is the person
    (or pronoun) before the last speech verb ahead of the quote in its sentence."""
    sent = m.sentence_of(pos)
    start = sent.start
    cues = m.speech_index.starting_in(start, pos)
    if not cues:
        return None
    cue = cues[-1].start
    apposition = _APPOSITION_BEFORE.search(m.text, start, cue)
    if apposition is not None and where.spans_in(start, apposition.start()):
        cue = apposition.start()  # the speaker before the apposition, not a name inside it
    cands = where.spans_in(start, cue)
    if cands:
        return cands[-1][2]
    found = m.profile.speaker_pronoun_re.search(m.text, start, cue)
    return _pronoun_speaker(m, where, found.start(), start) if found is not None else None


def _pronoun_speaker(
    m: Mentions, where: EntityPositions, pronoun: int, before: int
) -> PersonEntity | None:
    """Whom the pronoun of a speech frame at ``pronoun`` stands for: the one who spoke last
    before ``before``, else its referent by salience ('X is to make a pitch ... by Tony
    Blair. He will say Conservatives "..."': the earlier sentence's subject), else the
    last named of its gender."""
    gender = pronoun_gender(m, pronoun)
    return (
        _recent_speaker(m, before, where, gender)
        or pronoun_referent(m, where, pronoun, set(), None)
        or where.last_before(before, lambda e: agrees(e, gender))
    )


COLON_SPEAKER = 60  # characters before a colon where its speaker's name may start


def _speaker_colon(m: Mentions, pos: int, where: EntityPositions) -> PersonEntity | None:
    """'Tsipras: "Referendum wird stattfinden"', 'Obama: "A victory for security"': the
    person named right before a colon that opens the quotation (a headline's way)."""
    colon = re.search(r":[^\S\n]*$", m.text[max(0, pos - 4) : pos])
    if colon is None:
        return None
    at = max(0, pos - 4) + colon.start()
    named = [
        ent
        for _, end, ent in where.spans_in(max(0, at - COLON_SPEAKER), at)
        if m.text[end:at].strip() == ""
    ]
    return named[-1] if named else None
