"""The status of an event from the cues of its clause (status.tsv): the cue nearest its
trigger, cancellations and denials before plans; a meeting verb in the infinitive is not yet a
meeting; an occurred event dated after the publication is planned."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from communique.cue_gaps import (
    bare_relative,
    closed_relatives,
    complement_clause,
    relative_of_other_clause,
)
from communique.date_values import bound_day
from communique.event_places import comma_clause, in_relative_clause
from communique.lexicon import Match
from communique.mentions import Mentions
from communique.record import STATUSES
from communique.sentences import Sentence

if TYPE_CHECKING:
    from communique.dates import DateMention
    from communique.record import Status


# How far, in characters, words bind to a trigger or a place:
CUE_BEFORE = 80  # a status cue before its trigger ("geplante ... Treffen")


CUE_AFTER = 60  # a status cue after a meeting trigger ("talks will be held")


CUE_AFTER_CONFERENCE = 120  # after a conference noun, often listed ("die stattfinden sollen")


WEEK = 7  # days
MONTH = 31  # days a planned date may lie behind the publication before it means the next year
CUE_AFTER_VERB_LAST = 200  # cancellations and denials, verb-final in German ("wurde abgesagt")


NOUN_CUE_WORDS = 2  # words between an adjective cue and its noun ("next round of talks")


def nearest_status(m: Mentions, sent: Sentence, trig: Match, *, conference: bool) -> Match | None:
    """The status cue bound to a trigger: in its clause, close to it. Cues after a meeting
    trigger must follow it directly ("talks will be held", "Treffen wurde abgesagt");
    conferences, often listed after "die stattfinden sollen, wie ...", reach further."""
    best: Match | None = None
    best_d = 10**9
    best_rank: float = -1
    accepted: list[Match] = []
    # a trigger in a relative clause takes no cue from the main clause after it
    own_clause = (
        comma_clause(m, sent, trig.start) if in_relative_clause(m, sent, trig.start) else None
    )
    for c in m.in_sentence(m.status_index, sent):
        if c.row.get("scope") == "noun" and trig.start < c.start and c.end < trig.end:
            continue  # "traf ... mit dem künftigen Alterspräsidenten ... zusammen": a noun's
        if conference and c.row.get("detail") == "refers_back":
            continue  # "„Такая встреча не планируется“": the meeting, not the summit it was at
        if c.row.get("status") in ("cancelled", "denied") and _talked_about(m, sent, c):
            continue  # "telefonisch über die Absage informiert", "discussed the delay"
        if c.end <= trig.start:
            gap = m.text[c.end : trig.start]
            reach = _words_length(m, c.end, trig.start)
            if re.search(r"[;:]|\s[–—-]\s", gap):
                continue
            if _bracket(m, sent, c, trig):
                pass  # "Am Donnerstag wird die Delegation von ..., X, ... empfangen"
            elif reach > CUE_BEFORE and (conference or not _denies_report(m, c, gap, reach)):
                continue
            if c.row.get("scope") == "noun" and (
                len(gap.split()) > NOUN_CUE_WORDS
                or (m.profile.nouns_capitalised and any(w[:1].isupper() for w in gap.split()))
                or any(w.lower() in m.profile.prepositions for w in gap.split())
            ):
                # "weitere Diskussion beim Ministerrat": it modifies another noun; "vereinbarten
                # bei ihrem Treffen": a verb, no adjective of the noun
                continue
            if (
                not conference
                and "," in _without_appositives(m, c.end, trig.start)
                and c.row.get("scope") != "sentence"
                and not _bracket(m, sent, c, trig)
            ):
                continue  # a sentence-wide cue reaches over its comma ("dementierte, dass")
        elif c.start >= trig.end:
            if c.row.get("scope") == "noun" or c.row.get("detail") == "ahead":
                # an adjective goes with a noun after it ("... vereinbarten eine"); "hosted
                # ... for a briefing on the preparations for the Presidency": what is
                # prepared comes after the cue
                continue
            if own_clause is not None and own_clause != comma_clause(m, sent, c.start):
                continue  # "X, who met Abbas last week, offered to host": the main clause's
            if c.row.get("status") == "cancelled" and _other_object(m, c):
                continue  # "a trip to publicise his scheme to cancel the debt": the debt's
            if _attributive(m, c):
                continue  # "talks on the long-delayed tender": the tender is delayed
            gap = m.text[trig.end : c.start]
            if c.row.get("detail") != "refers_back" and complement_clause(m, gap):
                continue  # "will hold talks ... to ensure that there is no conflict": its own
            limit = CUE_AFTER_CONFERENCE if conference else CUE_AFTER
            closing = m.profile.verb_second and m.text[c.end : sent.end].strip()[:1] in (
                "",
                ".",
                ",",
            )
            if c.row.get("status") in ("cancelled", "denied") or closing:
                # "Das Treffen ... wurde abgesagt", "ist ... ein Treffen mit ..., X, geplant":
                # the verb that closes a German clause
                limit = CUE_AFTER_VERB_LAST
            if c.row.get("detail") == "refers_back":
                pass  # "..., the Spokesperson said: 'There was no such meeting.'"
            elif _words_length(m, trig.end, c.start) > limit or re.search(r"[;:]|\s[–—-]\s", gap):
                continue
            if not conference and (
                m.profile.relative_clause_re.search(closed := closed_relatives(m, gap))
                or bare_relative(m, closed)
            ):
                continue
            if conference and relative_of_other_clause(m, gap):
                continue  # "По итогам заседания подписан протокол, который предусматривает"
            if any(w.lower() in m.profile.subordinators for w in re.findall(r"\w+", gap)):
                continue  # "held talks on Saturday before the Council was to vote"
        else:
            gap = ""
        # a cancellation or denial outranks a plan in the same clause ("called off a planned
        # meeting"); among equals the nearest cue wins
        rank: float = _STATUS_RANK.get(c.row.get("status"), 0)
        if c.row.get("scope") == "noun":
            # an adjective on the noun itself ("vom letzten Gipfel ... hätten ... sollen")
            # outranks a plan or a fact said of its clause, not a cancellation
            rank = max(rank, _STATUS_RANK["planned"] + 0.5)
        accepted.append(c)
        if rank > best_rank or (rank == best_rank and len(gap) < best_d):
            best, best_d, best_rank = c, len(gap), rank
    return _called_off(trig, best, accepted)


def _called_off(trig: Match, best: Match | None, accepted: list[Match]) -> Match | None:
    """A planned meeting said after it not to take place is called off, not denied ("Das
    geplante Treffen findet nicht statt", "the meeting planned for Monday will not take
    place", "Намеченная встреча не состоится"); a denial before the meeting word ("there
    are no plans for a meeting") stays one."""
    if (
        best is None
        or best.row.get("status") != "denied"
        or best.start < trig.end
        or best.row.get("detail") == "refers_back"
    ):
        return best  # ("„Такая встреча не планируется“": denied, whatever the report said)
    if any(c.row.get("status") == "planned" and c.start < best.start for c in accepted):
        row = replace(best.row, attrs={**best.row.attrs, "status": "cancelled"})
        return replace(best, row=row)
    return best


def _other_object(m: Mentions, cue: Match) -> bool:
    """The cue's verb takes an object of its own that is no meeting word ("to cancel the
    debt", "postponed the vote"; not "called off the summit"); not in a verb-second language,
    where the noun after a verb may be its subject."""
    if m.profile.verb_second:
        return False  # "dementierte das Ministerium": a subject may follow the verb
    found = re.match(r"\s+(\w+)\s+(\w+)", m.text[cue.end : cue.end + 60])
    if found is None or found.group(1).lower() not in m.profile.articles:
        return False
    before = m.text[max(0, cue.start - 12) : cue.start].split()
    if before and before[-1].lower() in m.profile.passive_auxiliaries:
        return False  # "was postponed the day before": a passive has no object
    at = cue.end + found.start(2)
    return not m.trigger_index.starting_in(at, at + 1) and not m.date_index.overlapping(
        cue.end, at + len(found.group(2))
    )


def _denies_report(m: Mentions, cue: Match, gap: str, reach: int) -> bool:
    """A denial of what was said reaches the meeting in the clause it introduces ("denied
    reports in Bogotá media that the two presidents would hold a meeting", "wies Berichte
    zurück, wonach ...")."""
    return (
        cue.row.get("scope") == "sentence"
        and cue.row.get("status") == "denied"
        and reach <= CUE_AFTER_VERB_LAST
        and any(w.lower() in m.profile.complementizers for w in re.findall(r"\w+", gap))
    )


def _attributive(m: Mentions, cue: Match) -> bool:
    """A cue that is an adjective of the noun right after it ("the dispute over delayed
    clearance", "the long-delayed tender"): it says nothing of a meeting told before it."""
    if m.tagger is None or m.profile.nouns_capitalised:
        return False
    start = cue.start
    while start > 0 and (m.text[start - 1].isalnum() or m.text[start - 1] == "-"):
        start -= 1  # the whole compound: "long-delayed"
    after = re.match(r"\s+(\w+)", m.text[cue.end : cue.end + 40])
    if after is None or not m.text[start : cue.end].strip():
        return False
    return m.tagger([m.text[start : cue.end], after.group(1)]) == ["ADJ", "NOUN"]


TOPIC_REACH = 16  # characters before a cue where a preposition makes it a topic
BRACKET_OPENING = 4  # words before a finite auxiliary in the second place of a clause


def _talked_about(m: Mentions, sent: Sentence, cue: Match) -> bool:
    """The cue is what is talked about: after a preposition of topic ("über die Absage",
    "about the cancellation") or as the object of a verb of discussing ("discussed the
    delay")."""
    before = m.text[max(sent.start, cue.start - TOPIC_REACH) : cue.start].lower().split()
    profile = m.profile
    if any(w in profile.topic_prepositions for w in before[-2:]):
        return True
    if before[-1:] and before[-1] in profile.definite_determiners | profile.articles:
        before = before[:-1]
    return bool(before) and any(before[-1].startswith(s) for s in profile.discussion_stems)


def _bracket(m: Mentions, sent: Sentence, cue: Match, trig: Match) -> bool:
    """In a verb-second language, a finite auxiliary of the future in the sentence's second
    place and the meeting verb closing the sentence: one clause however long the words
    between ("Am Donnerstag wird die Delegation von der Ministerin für ..., X, in der
    Staatskanzlei empfangen")."""
    if (
        not m.profile.verb_second
        or trig.row.get("pos") != "verb"
        or cue.row.get("status") != "planned"
    ):
        return False
    if m.text[trig.end : sent.end].strip() not in ("", "."):
        return False
    opening = m.text[sent.start : cue.start].split()
    return 0 < len(opening) <= BRACKET_OPENING and "," not in " ".join(opening)


def _without_appositives(m: Mentions, start: int, end: int) -> str:
    """The text between two positions less the names set off by commas there ("wird den
    Premierminister, Fumio Kishida, empfangen": the commas close no clause)."""
    gap = m.text[start:end]
    for p in sorted(m.person_index.starting_in(start, end), key=lambda x: -x.start):
        a, b = p.start - start, p.end - start
        before = gap[:a].rstrip()
        after = gap[b:].lstrip()
        if before.endswith(",") and after.startswith(","):
            gap = before[:-1] + " " + p.text + " " + after[1:]
    return gap


def _words_length(m: Mentions, start: int, end: int) -> int:
    """Characters between two positions, not counting the names, titles and dates there
    ("Treffen von Außenminister Karl Huber mit Präsidentin Eva Lind ist diese Woche
    möglich": the participants do not push the cue away)."""
    covered = 0
    for index in (m.person_index, m.role_index, m.date_index):
        covered += sum(x.end - x.start for x in index.starting_in(start, end) if x.end <= end)
    return end - start - covered


_STATUS_RANK = {"denied": 3, "cancelled": 2, "planned": 1, "occurred": 0}


def infinitive(m: Mentions, trig: Match) -> bool:
    """A meeting verb in the infinitive ("prepared to meet", "um ... zu treffen") is not yet
    a meeting that took place."""
    if trig.row.get("pos") != "verb":
        return False
    # the marker stands before the trigger or, in a trigger that spans the clause ("sich am
    # Freitag mit X zu treffen"), before its last word
    verb = trig.start + trig.text.rstrip().rfind(" ") + 1
    return any(
        m.profile.infinitive_re.search(m.text[max(0, at - 4) : at])
        # "zu Gast", "zu Besuch": a German noun, no verb (English headlines capitalise
        # verbs: "Blair, Bush to Meet")
        and not (m.profile.nouns_capitalised and m.text[at : at + 1].isupper())
        for at in {trig.start, verb}
    )


def cue_status(cue: Match | None) -> Status:
    """The status a cue says (its table allows only statuses), "occurred" without one."""
    value = cue.row.get("status") if cue is not None else ""
    return value if value in STATUSES else "occurred"


CLOSING_WORDS = 12  # words after a visit noun where a participle may close the clause


def _closing_participle(m: Mentions, start: int, end: int) -> bool:
    """A past participle among the words after ``start`` up to the clause's end."""
    if m.tagger is None or not m.profile.verb_second:
        return False
    words = re.findall(r"[^\W\d_]+", re.split(r"[,;:]", m.text[start:end])[0])[:CLOSING_WORDS]
    return bool(words) and "PART" in m.tagger(words)


PROGRESSIVE_GAP = 20  # characters before a meeting word where its copula stands


def present_tense(m: Mentions, trigs: list[Match]) -> bool:
    """A meeting verb of the sentence in the present tense ("empfängt", "meets"; "besucht"
    where no auxiliary makes it a participle: "hat ... besucht")."""
    profile = m.profile
    for t in trigs:
        first = t.text.split()[0]
        if t.row.get("kind") == "visit":
            sent = m.sentence_of(t.start)
            parts = re.split(r"[,;:]", m.text[sent.start : t.start])
            clause = parts[-1].lower().split()  # the words of the visit's own clause before it
            if len(parts) > 1 and clause and clause[0] in profile.relative_words:
                continue  # "received X, who is visiting Tokyo": where X is, not the tense
        if first.lower().endswith("ing") and any(
            w.lower() in profile.present_copulas
            for w in m.text[max(0, t.start - PROGRESSIVE_GAP) : t.start].split()[-2:]
        ):
            return True  # "is also meeting", "are holding talks": a present progressive
        if t.row.get("kind") == "visit" and t.row.get("pos") == "noun":
            # the copula of the visit's own clause ("Am Dienstag ist der deutsche
            # Außenminister ... zu Besuch"), not of another ("X is wrong, Y said during a visit")
            present = profile.present_copulas | profile.travel_presents
            if any(w in present for w in clause) and not _closing_participle(m, t.end, sent.end):
                # "ist am Dienstag in Warschau zu Besuch", "is on a visit to", "bricht zu
                # einer Reise nach China auf"; not "ist am
                # Montag zu einem Besuch in Wien eingetroffen" (a perfect)
                return True
            continue
        if t.row.get("pos") != "verb":
            continue
        if profile.present_meeting_re.fullmatch(first):
            return True
        if profile.present_or_participle_re.fullmatch(first):
            sent = m.sentence_of(t.start)
            words = m.text[sent.start : sent.end].lower().split()
            if not any(w.strip(",.;:") in profile.perfect_auxiliaries for w in words):
                return True
    return False


def forward_weekday(date: DateMention, published: dt.date | None) -> DateMention:
    """A bare weekday read as the last one before the publication ("am Donnerstag" -> the
    past Thursday) is the next one when the meeting verb is in the present tense ("Berger
    empfängt am Donnerstag Sousa") or the meeting is planned ("wird am Freitag ...
    empfangen"): the same day a week later. So is a day or month written without its year
    and read as the nearest one, behind ("will meet in December", published in March: the
    December ahead)."""
    if published is None or not date.value_start:
        return date
    if date.kind != "weekday":
        return _year_ahead(date, published)
    day = dt.date.fromisoformat(date.value_start)
    if not (0 < (published - day).days < WEEK):
        return date
    later = (day + dt.timedelta(days=WEEK)).isoformat()
    return replace(date, value_start=later, value_end=later)


def _year_ahead(date: DateMention, published: dt.date) -> DateMention:
    if date.kind == "relative" or _YEAR.search(date.text) or not date.value_start:
        return date
    end = date.value_end or date.value_start
    last = bound_day(end, first=False)
    if len(end) < len("YYYY-MM") or last is None or (published - last).days <= MONTH:
        return date  # a date just behind stays ("will meet on 10 March", published 12 March)
    return replace(
        date,
        value_start=_next_year(date.value_start),
        value_end=_next_year(date.value_end) if date.value_end else None,
    )


_YEAR = re.compile(r"\b\d{4}\b|'\d{2}\b")


def _next_year(value: str) -> str:
    year, rest = value[:4], value[4:]
    if rest == "-02-29":
        rest = "-02-28"
    return f"{int(year) + 1:04d}{rest}"


def not_past(date: DateMention, published: dt.date | None) -> bool:
    """A date not before the publication (without a publication date, any date): with a
    meeting verb in the present tense ("Berger empfängt am Donnerstag Sousa", "Blair meets
    Bush on Friday") the meeting is announced, not yet held."""
    if published is None or not date.value_start:
        return True
    return date.value_start >= published.isoformat()[: len(date.value_start)]


def present_date(
    m: Mentions, trigs: list[Match], date: DateMention | None, published: dt.date | None
) -> tuple[DateMention | None, bool]:
    """A date with a meeting word of ``trigs`` in the present tense ("meets Bush on
    Friday"): the weekday ahead, and whether the tense is present (never without a date)."""
    present = date is not None and present_tense(m, trigs)
    if date is not None and present:
        date = forward_weekday(date, published)
    return date, present


def caption_date(m: Mentions, sent: Sentence, date: DateMention | None) -> bool:
    """A date that closes its sentence after a comma, as a photo caption's does ("Annan meets
    with Prime Minister Allawi at UN headquarters in New York, Sep 24."): the present tense
    describes the picture, the meeting has taken place."""
    if date is None or not sent.start <= date.start < sent.end:
        return False
    before = m.text[sent.start : date.start].rstrip()
    after = m.text[date.end : sent.end].strip()
    return before.endswith(",") and after in ("", ".")


def announced(
    status: Status,
    cue: Match | None,
    date: DateMention | None,
    present: bool,
    published: dt.date | None,
) -> Status:
    """A present tense with a date not past and no cue of its own ("empfängt am
    Donnerstag", "hosts the summit on Friday"): announced, not yet held."""
    if status == "occurred" and cue is None and date is not None and present:
        if published is None and re.search(r"\b\d{4}\b", date.text):
            return status  # a caption's present with the full date ("meets X, Dec. 15, 2004")
        return "planned" if not_past(date, published) else status
    return status


def settle(
    status: Status,
    cue: Match | None,
    date: DateMention | None,
    present: bool,
    published: dt.date | None,
) -> tuple[Status, DateMention | None]:
    """The status and date of a meeting or gathering from what its cue says (``status``),
    its date against the publication, and a present tense: a future date or an announcement
    is planned, and a planned bare weekday is the one ahead."""
    status = announced(date_status(status, date, published), cue, date, present, published)
    return status, planned_date(status, date, present, published)


def planned_date(
    status: Status, date: DateMention | None, present: bool, published: dt.date | None
) -> DateMention | None:
    """A bare weekday of a meeting announced in another tense than the present ("wird am
    Freitag ... empfangen", "will meet on Friday") is the one ahead, as with the present
    (``present_date`` has moved that one already)."""
    if status != "planned" or date is None or present:
        return date
    return forward_weekday(date, published)


def date_status(status: Status, date: DateMention | None, published: dt.date | None) -> Status:
    if status != "occurred" or date is None or published is None or not date.value_start:
        return status
    start = date.value_start
    if start > published.isoformat()[: len(start)]:
        return "planned"
    return status
