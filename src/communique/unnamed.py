"""Participants the text does not name: the title, the group or the counterpart noun that
stands where a meeting's other side would ("met senior officials", "The governor met X",
"traf die Unterhändler der Regierung", "met her counterpart X"). ``communique.rosters`` keeps a
meeting with one named participant when one of these stands for the other side."""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique.clauses import SentenceClauses
from communique.lexicon import Match
from communique.mentions import ROSTER_KINDS, Mentions
from communique.name_particles import PARTICLES
from communique.sentences import Sentence

COUNTERPART_REACH = 40  # characters from a meeting word to an unnamed counterpart
BETWEEN_WORDS = 6  # words from a between to the noun of its second party


def unnamed_counterpart(
    m: Mentions,
    sent: Sentence,
    trigs: list[Match],
    clauses: SentenceClauses,
    named: Sequence[tuple[int, int]] = (),
    seated: frozenset[str] = frozenset(),
) -> bool:
    """The meeting word's object names people without their names: a title without a name
    or a word for representatives right after it or its with ("met leaders", "conferring
    with the President of South Korea", "traf die Unterhändler der Regierung"; past the
    subject after a German verb, one of the ``named`` spans: "traf von der Heydt Vertreter
    der Zivilgesellschaft")."""
    profile = m.profile
    for t in trigs:
        if t.row.get("kind") not in ROSTER_KINDS:
            continue
        at = t.end
        # "met with officials", "met for five hours on Sunday with representatives of ...",
        # "traf in Wien mit Vertretern der Opposition zusammen" (the with inside the phrase)
        found = profile.with_re.search(m.text, t.start, min(sent.end, at + COUNTERPART_REACH))
        if found is not None and "," not in m.text[at : found.start()]:
            at = found.end()
        at = _past_when_and_where(m, sent, at)  # "trifft am Montag in Lima die Chefs"
        if profile.verb_second:
            at = _past_subject(m, at, named)
        words = list(re.finditer(r"\S+", m.text[at : min(sent.end, at + COUNTERPART_REACH)]))
        # "met leaders", "met the senior officials"; "talks between Khartoum and the rebels"
        between = bool(words) and words[0].group().lower() in profile.between_words
        for found in words[: BETWEEN_WORDS if between else 3]:
            w = found.group()
            low = w.strip(",.;:").lower()
            if low in profile.side_nouns or low in profile.group_nouns:
                return clauses.is_argument(t, at)
            # a region or city says where they are from ("Darfur rebels"; a state or body
            # before them is a side of its own, but after a between, the first party's)
            place = any(
                between or p.kind in ("region", "city")
                for p in m.place_index.covering(at + found.start(), at + found.end())
            )
            if not low.isalpha() or not (w.islower() or place):
                break
        if profile.verb_second and _group_before(m, sent, t, clauses):
            return True  # "hat die unabhängige Opferschutzkommission empfangen"
        role = _nameless_title(m, at)
        if role is not None:
            return clauses.is_argument(t, role)
        if profile.verb_second and t.row.get("pos") == "verb":
            # the with before a verb at the clause's end ("wird mit dem österreichischen
            # Bundeskanzler zusammentreffen")
            before = list(
                profile.with_re.finditer(
                    m.text, max(sent.start, t.start - COUNTERPART_REACH), t.start
                )
            )
            if before and "," not in m.text[before[-1].end() : t.start]:
                role = _nameless_title(m, before[-1].end(), t.start)
                if role is not None:
                    return True
                # "ist mit Vertretern deutscher Unternehmen zusammengekommen"
                heads = m.text[before[-1].end() : t.start].split()[:3]
                groups = profile.side_nouns | profile.group_nouns
                if any(w.strip(",.;:").lower() in groups for w in heads):
                    return True
        if _unnamed_subject(m, sent, t, clauses, seated):
            return True
        if _counterpart_object(m, sent, t, clauses):
            return True
    return False


def _nameless_title(m: Mentions, at: int, stop: int | None = None) -> int | None:
    """Where a title that no name follows stands right after ``at`` (articles, possessives
    and a state's or a title's modifiers between: "mit dem österreichischen Bundeskanzler",
    "met the visiting Chinese premier"), or None."""
    stop = at + COUNTERPART_REACH if stop is None else stop
    role = next(iter(m.role_index.starting_in(at, stop)), None)
    if role is None or m.person_index.starting_in(role.end, role.end + 3):
        return None
    lead = m.profile.articles | m.profile.possessive_pronouns
    if all(
        w.group().lower() in lead or m.gap_words.covers(at + w.start(), at + w.end())
        for w in re.finditer(r"\S+", m.text[at : role.start])
    ):
        return role.start
    return None


def _past_subject(m: Mentions, at: int, named: Sequence[tuple[int, int]]) -> int:
    """Where the words after ``at`` go on past a person named right there, particles of the
    name between ("traf von der Heydt Vertreter ...")."""
    for s, e in named:
        if at <= s and all(w.lower() in PARTICLES for w in m.text[at:s].split()):
            return e
    return at


def _past_when_and_where(m: Mentions, sent: Sentence, at: int) -> int:
    """Where the words after ``at`` go on past a date and a place ("am Montag in Lima")."""
    for _ in range(3):
        when = m.date_index.starting_in(at, at + 4)
        if when and when[0].end < sent.end:
            at = when[0].end
            continue
        prep = re.match(r"\s*(\w+)\s+", m.text[at : at + 12])
        if prep is not None and prep.group(1).lower() in m.profile.place_prepositions:
            where = m.place_index.starting_in(at + prep.end(), at + prep.end() + 1)
            if where and where[0].end < sent.end:
                at = where[0].end
                continue
        break
    return at


def named_counterpart(m: Mentions, sent: Sentence, t: Match, clauses: SentenceClauses) -> bool:
    """The meeting word's object is someone's counterpart by name ("trifft sie ihren
    Amtskollegen X", "met her counterpart X"): whoever X is the counterpart of is at the
    table, named or not, and both hold office."""
    return _counterpart_object(m, sent, t, clauses, named=True)


def _counterpart_object(
    m: Mentions, sent: Sentence, t: Match, clauses: SentenceClauses, *, named: bool = False
) -> bool:
    """The meeting word's object is someone's counterpart, by name when ``named`` ("met her
    counterpart X"), or with none ("met his Libyan counterpart in Tripoli", "traf seinen
    libyschen Amtskollegen"): the other side of the table is there, unnamed."""
    return any(
        a.row.get("type") == "counterpart"
        and a.start > t.start  # in the trigger ("met her counterpart"), or after it
        and (not named or m.person_index.starting_in(a.end, a.end + 3))
        and clauses.is_argument(t, a.start)
        for a in m.in_sentence(m.anaphora_index, sent)
    )


SUBJECT_LEAD = 3  # words before an unnamed subject's noun ("Two local councillors")


def _unnamed_subject(
    m: Mentions, sent: Sentence, t: Match, clauses: SentenceClauses, seated: frozenset[str]
) -> bool:
    """The meeting word's subject opens the sentence with a title or a word for
    representatives and no name ("The governor met Foreign Minister Fidan", "Two local
    councillors who back X met Y", "Der Botschafter traf ...")."""
    profile = m.profile
    if t.row.get("pos") != "verb" and not profile.with_re.match(
        m.text, _past_when_and_where(m, sent, t.end) + 1
    ):
        return False  # "The prime minister ... arrived for the meeting of the PLP"
    nouns = profile.side_nouns | profile.group_nouns
    heads = [(r.start, r.end) for r in m.role_index.starting_in(sent.start, t.start)]
    heads += [
        (sent.start + w.start(), sent.start + w.end())
        for w in re.finditer(r"\w+", m.text[sent.start : t.start])
        # "Rebels met ...": a noun opening the sentence has its capital there
        if (w.group().islower() or profile.nouns_capitalised or w.start() == 0)
        and w.group().lower() in nouns
    ]
    if not heads:
        return False
    start, end = min(heads)
    if end > t.start or m.person_index.starting_in(end, end + 3):
        return False  # "Minister Anna Berg", "the minister, Anna Berg,"
    lead = list(re.finditer(r"\S+", m.text[sent.start : start]))
    # a region before the noun says where the unnamed come from ("Darfur's rebel leaders"),
    # as does the state of someone named at the table ("A former Palestinian security
    # minister held a meeting with President Arafat"); another state is the side the noun
    # stands for ("EU leaders are holding talks")
    if any(
        p.kind not in ("city", "region") and (p.iso3 or p.affiliation) not in seated
        for p in m.place_index.starting_in(sent.start, start)
    ):
        return False
    return (
        len(lead) <= SUBJECT_LEAD
        and not any(
            w.group()[:1].isupper()
            and not m.place_index.covering(sent.start + w.start(), sent.start + w.start() + 1)
            for w in lead[1:]
        )
        and not m.person_index.starting_in(sent.start, start)
        and clauses.is_argument(t, start)
    )


GROUP_LEAD = 8  # words from a group's article to its noun ("die von der Kirche beauftragte ...")


def _group_before(m: Mentions, sent: Sentence, t: Match, clauses: SentenceClauses) -> bool:
    """Where the meeting verb closes its clause (German): a group named before it with an
    article, as its object ("hat die Kommission empfangen", "traf eine Delegation")."""
    profile = m.profile
    if t.row.get("pos") != "verb":
        return False
    home = clauses.segment_at(t.start)
    lo = home.start if home is not None else sent.start
    subject = m.person_index.starting_in(lo, t.start)
    if not subject:
        return False
    lo = subject[0].end  # the object comes after the subject ("Papst Franziskus hat die ...")
    words = list(re.finditer(r"[^\W\d_][\w\-]*", m.text[lo : t.start]))
    for k, w in enumerate(words):
        low = w.group().lower()
        if k == 0 or not any(low.endswith(g) for g in profile.group_words):
            continue
        lead = [x.group().lower() for x in words[max(0, k - GROUP_LEAD) : k]]
        if any(x in profile.articles or x in profile.indefinite_articles for x in lead):
            return clauses.is_argument(t, lo + w.start())
    return False
