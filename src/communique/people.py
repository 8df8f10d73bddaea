"""Person names, found without a statistical model.

A name is a run of capitalised tokens (with particles such as "von", "al-", "van der" and
initials inside). A run becomes a person when its evidence adds up: a known first name, a
title or honorific right before it, an apposition with a role after it, proper-noun tags
(HanTa's ``NE`` for German; for English, words that are not in the general vocabulary),
a speech verb next to it, a leader's name the knowledge base knows (the tests:
``communique.name_evidence``). Single capitalised words become persons only as the surname of
a person already found in the document, right after a title, or as a known leader's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from communique.lang.profile import LanguageProfile
from communique.name_evidence import NameContext, NameEvidence
from communique.name_particles import PARTICLES, glued, is_particle
from communique.name_splits import split_known
from communique.name_surroundings import (
    after_title_chain,
    body_before_first_name,
    headline_line,
    name_after_body,
    prev_nonspace,
    prose_after,
    region_name,
    region_names,
    title_of_place_before,
    without_place_word,
)
from communique.sentences import Sentence, Token

# Evidence that a run of capitalised words is a person's name, and how much is enough:
W_FIRST_NAME = 2.0  # a known first name opens it ("Vladimir Putin")
W_AMBIGUOUS_FIRST_NAME = 1.0  # a first name that is also a word ("Mark", "Will")
W_SEVERAL_WORDS = 1.0
W_INITIALS = 2.5  # two initials written onto a surname ("Р.В.Сафин")
W_TITLE_BEFORE = 3.0  # "Außenminister Kerry", "Mr Brown"
W_TITLE_AFTER = 2.0  # "Kerry, the Secretary of State"
W_PROPER = 0.75  # per word (at most two) the word tests call a name
W_COMMON = 1.0  # minus, per dictionary word in it
W_COMMON_ALONE = 1.5  # minus, for a single dictionary word
W_SPEECH = 1.0  # a speech verb next to it ("sagte Lawrow")
W_PERSON_RELATIVE = 1.0  # a relative only a person takes after it ("X, who took over ...")
W_KNOWN = 3.5  # a leader's name the knowledge base knows ("Putin", "Recep Tayyip Erdogan")
# a dictionary word as a meeting's subject or object is tagged at most once per so many
# characters of text (and a few times in any)
TAGGED_ARGUMENT_EVERY = 500
TAGGED_ARGUMENTS_MIN = 20
W_ARGUMENT = 2.75  # the subject or object of a meeting word ("Obama met", "talks with Abe")
THRESHOLD = 3.0
# a romanised Korean or Chinese given name: two syllables, the second in lower case
_GIVEN_NAME_SHAPE = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}\Z")
THRESHOLD_ONE_WORD = 3.5  # a single word without a title before it
THRESHOLD_ALL_PROPER = 2.5  # several words, every one a tagged proper noun


# endings of German nouns for people ("-in", "-er", "-ent", "-chef"), before a first name
_PERSON_NOUN = re.compile(r"(?:in|er|ent|or|ant|at|ist|eur|chef|leiter|vorsitzende[rn]?)\Z")
OPENING_PREPOSITION = 6  # characters before a run where a sentence's opening preposition stands


@dataclass(slots=True)
class PersonMention:
    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    score: float
    reasons: list[str] = field(default_factory=list)
    # the name in the nominative where the language inflects names (``tokens`` then hold
    # the words it is matched by); None: as written
    base: str | None = None

    @property
    def surname(self) -> str:
        return self.tokens[-1]


class PersonFinder(NameEvidence):
    """Finds person-name mentions in one document."""

    def __init__(
        self,
        profile: LanguageProfile,
        *,
        stopwords: frozenset[str],
        first_names: Callable[[str], bool],
        ambiguous_first_names: Callable[[str], bool],
        is_common_word: Callable[[str], bool],
        is_proper_noun: Callable[[str], bool] | None,
        speech_words: frozenset[str],
        name_heads: frozenset[str] = frozenset(),
        tagger: Callable[[Sequence[str]], list[str]] | None = None,
        first_name_gender: Callable[[str], str | None] | None = None,
        known_name: Callable[[Sequence[str]], bool] | None = None,
    ) -> None:
        self.profile = profile
        # a leader the knowledge base knows by this name ("Putin", "Recep Tayyip Erdogan")
        self.known_name = known_name
        self.stopwords = stopwords
        self.first_names = first_names
        self.ambiguous_first_names = ambiguous_first_names
        self.is_common_word = is_common_word
        self.is_proper_noun = is_proper_noun
        self.speech_words = speech_words
        self.name_heads = name_heads  # "Foundation", "Award": the run names no person
        # a part-of-speech tagger: asked whether a dictionary word that stands as a meeting's
        # subject or object is a proper noun there ("Obama met", "Merkel traf")
        self.tagger = tagger
        # a first name's one gender where it has one ("Peter": m; "Free": none)
        self.first_name_gender = first_name_gender

    # -- scoring ----------------------------------------------------------------------------
    def find(
        self,
        text: str,
        tokens: Sequence[Token],
        sentences: Sequence[Sentence],
        ctx: NameContext,
    ) -> list[PersonMention]:
        sentence_starts = {s.start for s in sentences}
        found: list[PersonMention] = []
        budget = [max(TAGGED_ARGUMENTS_MIN, len(text) // TAGGED_ARGUMENT_EVERY)]
        titles = ctx.role_ends | ctx.honorific_ends
        # where a meeting's object ends: a name coordinated after it is an object too
        object_ends: dict[int, int] = {}
        runs = list(self.runs(text, tokens, ctx.blocked, ctx.cities, titles, ctx.role_starts))
        # a region's name ("die Provinz Bình Dương") is no person elsewhere in the text either
        regions = region_names(
            text, runs, self.profile.region_nouns, self.clear_first_name, ctx.role_ends
        )
        for run in runs:
            if " ".join(t.text for t in run) in regions:
                continue
            mention = self._score(text, run, ctx, sentence_starts, budget)
            if mention is None and object_ends:
                mention = self._coordinated_object(
                    text, run, ctx, sentence_starts, object_ends, budget
                )
            if mention is not None and self._modifies_a_noun(text, mention.end):
                continue  # "Erasmus Plus coordinators", "Gazprom executives": no person
            if mention is not None:
                found.append(mention)
                if "argument" in mention.reasons:
                    object_ends[mention.end] = mention.start
        return split_known(text, found, self.first_names)

    def _score(
        self,
        text: str,
        run: list[Token],
        ctx: NameContext,
        sentence_starts: set[int],
        budget: list[int] | None = None,
    ) -> PersonMention | None:
        if len(run) == 1 and not self._anchored(text, run, ctx):
            return None  # a lone capitalised word needs a title: no need to tag it
        run = without_place_word(text, run, self.profile.place_nouns, self.first_names)
        nouns = self.profile.region_nouns
        if not run or region_name(text, run, nouns, self.clear_first_name, ctx.role_ends):
            return None
        if len(run) == 1 and self._portfolio_word(text, run[0], ctx):
            return None  # "Director of Asia-Pacific Affairs", "Development, Industry and Trade"
        if (
            len(run) == 1
            and not self.profile.nouns_capitalised
            and text[max(0, run[0].start - 4) : run[0].start].lower() == "the "
            and re.match(r" [a-z]+\b", text[run[0].end : run[0].end + 20])
        ):
            return None  # "the Bush win", "the Obama administration": a name as a modifier
        if self.profile.capitals_mark_names:
            # "председатель Мингорисполкома Андрей Жолнерович": a body's name is the title's
            run = run[body_before_first_name(run, self.first_names, self.ambiguous_first_names) :]
        if self.profile.nouns_capitalised:
            # a noun for a person the title lists do not know, then a first name
            # ("Landesstatthalterin Carmen Fink-Nachbaur", "Grünen-Fraktionschefin Lena X"),
            # also after a place's adjective ("Aachener Städteregionsrätin Birgit X")
            for k in range(min(2, len(run) - 2)):
                if (
                    _PERSON_NOUN.search(run[k].text)
                    and run[k].text[:1].isupper()
                    and not is_particle(run[k].text)  # "Mohammed bin Saleh"
                    and not self.first_names(run[k].text)
                    and self.first_names(run[k + 1].text)
                ):
                    run = run[k + 1 :]
                    break
        if (
            (len(run) == 1 or not self.first_names(run[0].text))
            and run[-1].end + 1 in ctx.role_starts
            and self._titled_after(text, run, ctx.role_ends)
        ):
            # "Labour MP Anna Schmidt", "Sinn Fein leader Gerry Adams", "Goldman Sachs chief
            # Hank Paulson": the words qualify the title of a name (not "Hillary Clinton aide
            # Huma Abedin", whose first name makes a person)
            return None
        if (
            len(run) == 2
            and run[0].start in ctx.modifier_starts
            and run[1].start in ctx.role_starts
        ):
            return None  # "Vice Chairwoman": a title's modifier and the title
        run = name_after_body(run, self.name_heads, self.first_names)
        if any(t.text in self.name_heads for t in run) or self._head_follows(text, run):
            return None  # "Clinton Foundation", "Charles Wintour Award", "Sankt Pölten"
        opening = text[max(0, run[0].start - OPENING_PREPOSITION) : run[0].start]
        if len(run) == 1 and any(
            opening.endswith(w + " ") and run[0].start - len(w) - 1 in sentence_starts
            for p in self.profile.town_prepositions
            for w in (p, p.capitalize())
        ):
            return None  # a sentence that opens on a place: "In Posen empfing ..."
        if "-" in run[-1].text and run[-1].text.rsplit("-", 1)[1] in self.name_heads:
            return None  # a compound headed by one: "Paul-Löbe-Haus", "Konrad-Adenauer-Stiftung"
        head = text[max(0, run[0].start - 8) : run[0].start].split()
        if head and head[-1].endswith(".") and head[-1] in self.name_heads:
            return None  # "Rathaus St. Johann": an abbreviated head before it
        if self._names_gathering(text, run, ctx.gathering_heads):
            return None  # "Bali Democracy Forum": the event's name, no person
        if self._after_body_noun(text, run):
            return None  # "the aid agency Cafod", "die Hilfsorganisation Caritas"
        # common words at either end are not part of the name: a sentence-initial "The",
        # a German noun before the name ("für Menschenrechte Olof Skoog") or after it
        # ("erläuterte Giusey Princi Pläne")
        before = prev_nonspace(text, run[0].start)
        titled = before in ctx.role_ends or before in ctx.honorific_ends
        if (
            titled
            and len(run) == 1
            and self._common(run[0].text)
            and self._tag_in_context(text, run[0], budget) in ("VERB", "AUX")
        ):
            return None  # a headline's verb after a title ("Taiwan's Leader Urges China")
        # "Obama met", "traf Merkel": a dictionary word that the tagger calls a proper noun
        # where it stands as a meeting's subject or object
        argument_proper = (
            len(run) == 1
            and not titled
            and not self._after_article(text, run[0])
            and self._argument(text, run, ctx)
            and self._common(run[0].text)
            and self._tagged_proper(text, run[0], budget)
        )
        # "Kanzler Kurz", "Ministerin Fröhlich": in German a capitalised adjective right
        # after a title, inside a sentence, is a surname (a noun there may be the object:
        # "hat der Minister Stellung bezogen"; nominalised adjectives are inflected: "Neues")
        adjective_surname = (
            titled
            and len(run) == 1
            and self.profile.nouns_capitalised
            and run[0].start not in sentence_starts
            and not run[0].text.endswith(("es", "en", "em"))
            and self._common(run[0].text)
            and not self._titled_name(run[0].text)
            and self._tag_in_context(text, run[0], budget) in ("ADJ", "ADV")
        )
        # "министром Пак Чон Хуном", "министром иностранных дел страны Ле Ван Тханем": where
        # capitals mark names (portfolios and bodies in lower case), capitalised words after
        # a title inside a line of text are a name, dictionary words or not
        titled_run = (
            self.profile.capitals_mark_names
            and (
                titled
                or title_of_place_before(
                    text, run[0].start, ctx.role_ends, self.profile.prepositions
                )
            )
            and len(run) > 1
            and run[0].start not in sentence_starts
            and prose_after(text, run[-1].end)
        )
        # (cheap tests first: the common-word test may ask the tagger)
        while (
            run
            and not titled_run
            and not argument_proper
            and not (
                len(run) > 1
                and self.first_names(run[0].text)
                and (
                    run[0].start not in sentence_starts
                    or self._opening_first_name(text, run[0], budget)
                )
            )
            and not (titled and (adjective_surname or self._titled_name(run[0].text)))
            and not (len(run) == 2 and _GIVEN_NAME_SHAPE.match(run[1].text))
            and self._common(run[0].text)
        ):
            if len(run) > 1 and self.first_names(run[0].text) and not self._common(run[1].text):
                break
            run = run[1:]
        while len(run) > 1:
            if (
                not self.profile.nouns_capitalised
                and run[-1].text.endswith("s")
                and self._common(run[-1].text)
                and headline_line(text, run[-1].end)
                and self._tag_in_context(text, run[-1], budget) in ("VERB", "AUX")
            ):
                # a headline's verb after a name ("Powell Calls for Support"): title-cased
                # headlines put a verb's third person there (the tagger asked only then)
                run = run[:-1]
                continue
            if len(run) == 2 and self.first_names(run[0].text):
                break  # "Mark Rutte": a first name alone is not the name
            if is_particle(run[-2].text) or run[-2].text in self.profile.name_infixes:
                break  # "Staffan de Mistura", "Otto Graf Lambsdorff": a surname follows
            if (
                len(run[-2].text) == 2
                and run[-2].text.endswith(".")
                and (
                    not self.profile.nouns_capitalised or self._tagged_proper(text, run[-1], budget)
                )
            ):
                break  # "George W. Bush": a middle initial, then the surname ("Anna B. Fragen")
            if len(run) > 2 and self.first_names(run[-2].text) and self.first_names(run[0].text):
                break  # "Hans Jörg Schelling": first names, then the surname
            if not self._trailing_common(run[-1].text):
                break
            if self.profile.nouns_capitalised and self._tag_in_context(text, run[-1], budget) in (
                "PROPN",
                "X",
            ):
                break  # "Aloysio Ferreira Lins": the tagger takes it for a name, or no word
            run = run[:-1]
        if not run or (len(run) == 1 and not self._anchored(text, run, ctx)):
            return None
        if (
            len(run) > 1
            and not titled_run
            and not any(self.first_names(t.text) for t in run)
            and all(all(self._common(p) for p in t.text.split("-") if p) for t in run)
        ):
            # words of a dictionary all, no first name among them: a portfolio after a
            # title ("Minister of Foreign Affairs, African Cooperation and ..."; "Group for
            # Inter-Parliamentary Relations", of dictionary words each), a committee's name
            # ("Joint Economic and Trade Committee"), no person
            return None
        # a possessive is not part of the name: "Musharraf's visit"
        last = run[-1]
        for suffix in self.profile.possessive_suffixes:
            if last.text.endswith(suffix) and len(last.text) > len(suffix) + 1:
                cut = len(suffix)
                run = run[:-1] + [Token(last.start, last.end - cut, last.text[:-cut])]
        if not run:
            return None
        words = [t.text for t in run]
        score = 0.0
        reasons: list[str] = []
        first = words[0]
        first_credit = False
        # "Peter Hausmann": in German an ambiguous first name of one gender, which the tagger
        # calls a name where it stands, and a dictionary word
        tagged_pair = (
            len(run) == 2
            and self.profile.nouns_capitalised
            and self.first_name_gender is not None
            and self.first_name_gender(first) is not None
            and self.first_names(first)
            and self.ambiguous_first_names(first)
            and self._common(words[-1])
            and self._tagged_proper(text, run[0], budget)
            # "Peter Pilz": a surname the tagger calls a noun, after a first name it calls a
            # name
            and self._tag_in_context(text, run[-1], budget) in ("PROPN", "NOUN")
        )
        if len(run) >= 2:
            if self.first_names(first) and (
                not self.ambiguous_first_names(first) or not self._common(words[-1]) or tagged_pair
            ):
                # "Vladimir Putin": an ambiguous first name counts before an uncommon surname
                score += W_FIRST_NAME
                first_credit = True
                reasons.append("first-name")
            elif self.first_names(first):
                score += W_AMBIGUOUS_FIRST_NAME
                reasons.append("ambiguous-first-name")
            if (
                not first_credit
                and not self.profile.nouns_capitalised
                and len(run) > 2
                and "-" not in first
                and len(words[1]) > 2
                and not is_particle(words[1])
                and self.first_names(words[1])
                and not self.first_names(first)
                and not self._common(first)
            ):
                # "Chaudhry Nadeem Akhtar Warraich", "Sardar Ahsan Raza Khosa": a clan name or
                # honorific the lists do not know, then the first name
                score += W_FIRST_NAME
                reasons.append("inner-first-name")
            score += W_SEVERAL_WORDS
            reasons.append("multi-token")
        before = prev_nonspace(text, run[0].start)
        if (
            before in ctx.role_ends
            or before in ctx.honorific_ends
            or self.after_head(text, run[0].start)
            or after_title_chain(text, run[0].start, ctx.role_ends)
            or titled_run
        ):
            score += W_TITLE_BEFORE
            reasons.append("title-before")
        if any(p in ctx.role_starts for p in self.apposition_starts(text, run[-1].end)):
            score += W_TITLE_AFTER
            reasons.append("role-after")
        elif "title-before" not in reasons and self.office_apposition(text, run, ctx):
            score += W_TITLE_AFTER
            reasons.append("office-apposition")
        proper = 0
        # "Bruno Le Maire": particles between a first name and a surname are neither words nor
        # names ("Lage von Benitez": the first word must be a name there, the tagger says)
        particles_inside = all(x.lower() in PARTICLES for x in words[1:-1]) and (
            len(words) < 3
            or not self.profile.nouns_capitalised
            # "Étienne de Saint-Rémy": a first name that is no word opens it (not "Art von X")
            or (first_credit and not self.ambiguous_first_names(first))
            or self._tag_in_context(text, run[0], budget) == "PROPN"
        )
        # "Park Min-seok", "Kim Ji-won": a romanised East Asian given name after the surname,
        # its second syllable in lower case (no word of the dictionaries is written so)
        given_last = len(words) == 2 and bool(_GIVEN_NAME_SHAPE.match(words[-1]))
        if given_last:
            score += W_FIRST_NAME
            reasons.append("given-name-shape")
            proper = len(words)
        for k, w in enumerate([] if given_last else words):
            base = w.rstrip(".")
            if len(base) <= 1 or (k == 0 and first_credit):
                continue
            vouched = first_credit and (not self.ambiguous_first_names(first) or tagged_pair)
            if 0 < k < len(words) - 1 and (
                particles_inside
                or (first_credit and self.first_names(base))
                or (
                    vouched
                    and ((is_particle(base) and base.islower()) or not self._common(words[-1]))
                )
            ):
                # "Bruno Le Maire"; a second given name ("Rafael Antonio Cedeño"); after a
                # clear first name, particles before a surname ("Rodrigo de la Fuente
                # Saavedra") and a word before an uncommon surname ("Ignacio Bravo Henríquez")
                continue
            if vouched and k == len(words) - 1:
                # "Donald Trump", "Angela Merkel": a clear first name vouches for the surname
                # (no need to ask the tagger)
                proper += 1
                continue
            if self._common(base):
                if k > 0 and self.profile.capitals_mark_names:
                    continue  # "Цой Сон Хи": a capitalised word after a name's first is its part
                titled = "title-before" in reasons and (
                    adjective_surname or titled_run or self._titled_name(base)
                )
                if argument_proper:
                    proper += 1
                    reasons.append("tagged-proper")
                    continue
                if not titled:  # "President Bush", "Foreign Secretary Jack Straw"
                    score -= W_COMMON_ALONE if len(run) == 1 else W_COMMON
                    reasons.append(f"common:{base}")
            elif self.is_proper_noun is None or self.is_proper_noun(base):
                proper += 1
        if proper:
            score += min(proper, 2) * W_PROPER
            reasons.append(f"proper:{proper}")
        if self._speech_near(text, run[0].start, run[-1].end):
            score += W_SPEECH
            reasons.append("speech")
        after = _RELATIVE_AFTER.match(text, run[-1].end)
        if after is not None and after.group(1).lower() in self.profile.person_relatives:
            score += W_PERSON_RELATIVE
            reasons.append("person-relative")
        if self._argument(text, run, ctx):
            score += W_ARGUMENT
            reasons.append("argument")
        if self._known(run):
            score += W_KNOWN
            reasons.append("known")
        # (initials written onto the surname, "Р.В.Сафин", are a name of several words; two
        # of them are a name's shape on their own)
        initials = len(run) == 1 and glued(run[0].text)
        several = len(run) >= 2 or initials
        if initials and run[0].text.count(".") >= 2:
            score += W_INITIALS
            reasons.append("initials")
        threshold = THRESHOLD if several or "title-before" in reasons else THRESHOLD_ONE_WORD
        if self.is_proper_noun is not None and len(run) >= 2 and proper == len(run):
            threshold = THRESHOLD_ALL_PROPER  # every word a tagged proper noun, none common
        if score < threshold:
            return None
        start, end = run[0].start, run[-1].end
        return PersonMention(start, end, text[start:end], tuple(words), score, reasons)


_RELATIVE_AFTER = re.compile(r",\s+(\w+)")
