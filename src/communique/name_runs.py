"""Name runs: maximal runs of capitalised tokens that may name a person, with the particles
("von", "de la", "bin"), initials, regnal numbers and noble titles ("Graf") a name may hold
inside, and what stands around a run that makes it a body's name ("the charity Oxfam", "Ars
Electronica Center") or a noun ("der Causa"). ``communique.people`` scores them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from communique.lang.profile import LanguageProfile
from communique.lang.profile_patterns import BODY_NOUN_ENDING
from communique.name_particles import (
    ARABIC_PREFIX,
    DEPENDENT_PARTICLES,
    PARTICLES,
    PATRONYMIC_ENDS,
    glued,
    is_particle,
)
from communique.name_surroundings import (
    BODY_NOUN_REACH,
    after_body_noun,
    by_script,
    closing_head,
    head_before,
    prev_nonspace,
    title_of_place_before,
)
from communique.positions import IntervalSet
from communique.sentences import Token

_DOTTED_INITIALS = re.compile(r"^(?:[A-ZА-ЯЁ]\.){1,3}[A-ZА-ЯЁ]$")
_ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$")
_APOSTROPHE_NAME = re.compile(r"^(?:[A-Z]’|[A-Z]')?[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*$")
# a function word with a contraction: "I've", "We're", "It's" (not "O'Brien", "Merkel's")
_CONTRACTION = re.compile(r"^(\w+)['’](?:ve|m|ll|d|re|s|t)$", re.IGNORECASE)


GENITIVE_STEM = 3  # letters a name in the genitive has at least ("Kowals"; not "Ms")
NAME_HEAD_LONGEST = 40  # characters of the word after a run that may be a body's noun
TITLE_AFTER_RUN = 60  # characters of a title right after a one-word run ("Labour MP")


class NameRuns:
    """Run building for ``PersonFinder``: what counts as a name's token and where a run ends."""

    profile: LanguageProfile
    stopwords: frozenset[str]
    first_names: Callable[[str], bool]
    ambiguous_first_names: Callable[[str], bool]
    is_common_word: Callable[[str], bool]
    name_heads: frozenset[str]

    def _is_name_token(self, tok: Token) -> bool:
        t = tok.text
        if ARABIC_PREFIX.match(t):
            return True  # "al-Sisi", "el-Baradei", "bin-Laden"
        if t[0].isupper() and glued(t):
            return True  # "А.Н.Ковалев"
        if not t[0].isupper() or not _APOSTROPHE_NAME.match(t):
            return False
        if t.isupper() and len(t) > 1 and not (len(t) <= 3 and "-" in t):
            return False  # acronyms: EU, NATO, USA
        contracted = _CONTRACTION.match(t)
        if contracted and contracted.group(1).lower() in self.stopwords:
            return False  # "I've met with the White House"
        return t.lower() not in self.stopwords

    def _inside_name(self, text: str, tok: Token, cur: list[Token]) -> bool:
        """Where capitals mark names, a capitalised function word right after a name's word
        is the name's ("Ле Тхань Там", "Ю Сан Хёк", "Чон Хён У"): the sentence does not start
        there. (Not an acronym; one capital letter is a syllable: "У".)"""
        return (
            bool(cur)
            and self.profile.capitals_mark_names
            and tok.text[:1].isupper()
            and tok.text.isalpha()
            and not (tok.text.isupper() and len(tok.text) > 1)
            and tok.text.lower() not in self.profile.coordinators
            and text[cur[-1].end : tok.start] == " "
        )

    def _titled_word(
        self,
        text: str,
        tokens: Sequence[Token],
        i: int,
        cur: list[Token],
        title_ends: frozenset[int],
    ) -> bool:
        """A function word written with a capital right after a title, a name after it: a
        surname ("Vice Premier He Liping"); where capitals mark names, also after the few
        words of a title's state or body ("губернатор провинции Ли Хуэйминь")."""
        tok = tokens[i]
        return (
            not cur
            and tok.text[:1].isupper()
            and tok.text.isalpha()
            and tok.text.lower() in self.stopwords
            and (
                prev_nonspace(text, tok.start) in title_ends
                or (
                    self.profile.capitals_mark_names
                    and title_of_place_before(
                        text, tok.start, title_ends, self.profile.prepositions
                    )
                )
            )
            and i + 1 < len(tokens)
            and text[tok.end : tokens[i + 1].start] == " "
            and self._is_name_token(tokens[i + 1])
        )

    def runs(
        self,
        text: str,
        tokens: Sequence[Token],
        blocked: Sequence[tuple[int, int]],
        cities: frozenset[int] = frozenset(),
        title_ends: frozenset[int] = frozenset(),
        role_starts: frozenset[int] = frozenset(),
    ) -> list[list[Token]]:
        """Maximal runs of name tokens, interrupted by blocked spans and punctuation
        (``title_ends``: where titles end, so that a run after one is a name)."""
        is_blocked = IntervalSet(blocked).overlaps
        out: list[list[Token]] = []
        cur: list[Token] = []
        city_ends = {a: b for a, b in blocked if a in cities}
        role_ends = {a: b for a, b in blocked if a in role_starts}
        surname_end = -1  # where a city's name read as a surname ends ("Nguyen Van Thanh")
        i = 0
        n = len(tokens)
        head_ends: set[int] = set()  # where a body's or place's head ends before a name
        while i < n:
            tok = tokens[i]
            if not cur and self._head_before_name(text, tokens, i):
                # "Governor of Fukuoka Prefecture Haruki Mizuno", "Chairman of the Hanoi
                # People's Committee Nguyen Van Thanh": the head ends what the title is of;
                # the name follows, as after a title
                head_ends.add(tok.end)
                i += 1
                continue
            if (
                not cur
                and self._capital_surname(text, tokens, i, title_ends)
                and not is_blocked(tok.start, tok.end)  # "Генеральный секретарь ССАГПЗ X"
            ):
                cur = [tok]  # "Mr. IWASAKI Takeshi": a surname in capitals opens the name
                i += 1
                continue
            gap = text[cur[-1].end : tok.start] if cur else ""
            gap_ok = not gap or (gap.isspace() and "\n" not in gap and len(gap) <= 3)
            # a city's name right after a first name, or after the first word of a titled
            # name, is a surname: "Fidel Castro", "Staatschef Gjorge Ivanov"
            as_surname = (
                tok.start in cities
                and (
                    bool(cur)
                    and (
                        self.first_names(cur[-1].text)
                        or (
                            len(cur) == 1
                            and (
                                prev_nonspace(text, cur[0].start) in title_ends
                                or prev_nonspace(text, cur[0].start) in head_ends
                            )
                        )
                        # a second surname after a first name and a surname ("Fernando
                        # Ríos Pereira", "Carolina Méndez Ibarra")
                        or (
                            len(cur) == 2
                            and self.first_names(cur[0].text)
                            and city_ends.get(tok.start) == tok.end
                            and not (
                                i + 1 < n
                                and text[tok.end : tokens[i + 1].start] == " "
                                and self._is_name_token(tokens[i + 1])
                            )
                        )
                    )
                    # ... and right after a title ("Außenminister Sousa"), not a city's
                    # genitive ("Bürgermeister Berlins")
                    or (
                        not cur
                        and self.profile.owner_before_title  # "мэр Москвы": the owner
                        and prev_nonspace(text, tok.start) in title_ends
                        and not (self.profile.nouns_capitalised and tok.text.endswith("s"))
                        # a city of one word ("host St Louis": the city goes on)
                        and not (
                            i + 1 < n
                            and text[tok.end : tokens[i + 1].start] == " "
                            and is_blocked(tokens[i + 1].start, tokens[i + 1].end)
                        )
                    )
                )
                and self._is_name_token(tok)
            )
            # a one-word title right after a first name, no name after it, is a surname:
            # "Julie Bishop, Special Envoy", "John Major said"
            as_surname = (
                as_surname
                or (
                    tok.start in role_starts
                    # a first name that is no word too ("Mark"), no other before it
                    # ("Vorstand Jens Bischof"; not "Hillary Clinton Präsidentin")
                    and bool(cur)
                    and self.first_names(cur[-1].text)
                    and not self.ambiguous_first_names(cur[-1].text)
                    and not (len(cur) > 1 and self.first_names(cur[-2].text))
                    and role_ends.get(tok.start) == tok.end
                    and self._is_name_token(tok)
                    and not (
                        i + 1 < n
                        and text[tok.end : tokens[i + 1].start] == " "
                        and self._is_name_token(tokens[i + 1])
                    )
                )
            )
            if as_surname:
                surname_end = city_ends.get(tok.start, tok.end)
            elif cur and tok.end <= surname_end and self._is_name_token(tok):
                as_surname = True  # the rest of that city's name
            # a noble title between a first name and a surname: "Alexander Graf Lambsdorff"
            infix = (
                tok.text in self.profile.name_infixes
                and bool(cur)
                and self.first_names(cur[-1].text)
                and i + 1 < n
                and (self._is_name_token(tokens[i + 1]) or tokens[i + 1].text.lower() in PARTICLES)
            )
            if gap_ok and (as_surname or infix or not is_blocked(tok.start, tok.end)):
                if infix:
                    cur.append(tok)
                    i += 1
                    continue
                # an initial "W." inside or at the start of a run ("Donald C. McKinnon")
                if (
                    (
                        (len(tok.text) == 1 and tok.text.isupper())
                        or _DOTTED_INITIALS.match(tok.text) is not None  # "P.R. Raghavan"
                    )
                    and i + 1 < n
                    and tokens[i + 1].text == "."
                    and tokens[i + 1].start == tok.end
                ):
                    cur.append(Token(tok.start, tok.end + 1, tok.text + "."))
                    i += 2
                    continue
                if self._is_name_token(tok) and self._noun_after_genitive(cur, tok):
                    # the name ends before its genitive ending ("George Millers Film")
                    cur[-1] = self._without_genitive(cur[-1])
                elif (
                    self._is_name_token(tok)
                    or self._inside_name(text, tok, cur)
                    or (
                        self._titled_word(text, tokens, i, cur, title_ends)
                        # not a headline's preposition before a place ("Turkmen Leader In
                        # Tashkent For State Visit")
                        and not (
                            tok.text.lower() in self.profile.prepositions
                            and (
                                tokens[i + 1].start in cities
                                or is_blocked(tokens[i + 1].start, tokens[i + 1].end)
                            )
                        )
                    )
                ):
                    cur.append(tok)
                    i += 1
                    if any(
                        tok.text.endswith(x) and len(tok.text) > len(x) + 1
                        for x in self.profile.possessive_suffixes
                    ):
                        out.append(cur)  # "President Biden's Call": the name ends there
                        cur = []
                    continue
                if cur and _ROMAN.match(tok.text):
                    cur.append(tok)  # regnal numbers: "Abdullah II", "Juan Carlos I"
                    i += 1
                    continue
                if (
                    cur
                    and tok.text.lower() in PATRONYMIC_ENDS
                    and not (i + 1 < n and self._is_name_token(tokens[i + 1]))
                ):
                    # "Алмазбек Жолдошбек уулу", "Гульнара Асанбек кызы": the father's name
                    # and "son"/"daughter" end the name
                    cur.append(tok)
                    out.append(cur)
                    cur = []
                    i += 1
                    continue
                if cur and (
                    (is_particle(tok.text) and tok.text.lower() not in DEPENDENT_PARTICLES)
                    # "Van der Bellen": a capitalised particle opens the surname
                    or (tok.text.lower() in PARTICLES and cur[-1].text.lower() in PARTICLES)
                ):
                    # "de la Calle", "van der Bellen", "bin Salman": particles up to a name
                    j = i
                    while j < n and is_particle(tokens[j].text) and j - i < 3:
                        j += 1
                    if (
                        j < n
                        and self._is_name_token(tokens[j])
                        and text[tokens[j - 1].end : tokens[j].start] == " "
                        # not an organisation's name: "Konaschenkow vom Verteidigungsministerium"
                        and not (
                            is_blocked(tokens[j].start, tokens[j].end)
                            and tokens[j].start not in cities
                        )
                        and not self._institution(tokens[j].text)
                        # "bei Präsident Nowak zu Gast": a German noun after "zu" is no
                        # surname ("zu Guttenberg" is); after a capitalised particle it is
                        # ("Van der Bellen")
                        and not (
                            self.profile.nouns_capitalised
                            and tokens[i].text.islower()
                            and cur[-1].text.lower() not in PARTICLES
                            and self.is_common_word(tokens[j].text)
                            # (after a lone first name it is one: "Henning von Rautenfeld")
                            and not (len(cur) == 1 and self.first_names(cur[0].text))
                        )
                    ):
                        cur.extend(tokens[i:j])
                        i = j
                        continue
            if cur:
                if (
                    gap == " "
                    and tok.text[:1].isupper()
                    and self._genitive_before(cur, titled=tok.start in role_starts)
                ):
                    # "Wladimir Putins Sprecher", "Karl Hubers Treffen": before a title or an
                    # event's noun the name ends before its genitive ending (not before a
                    # date: "Dimitris Avramopoulos am Montag")
                    cur[-1] = self._without_genitive(cur[-1])
                out.append(cur)
                cur = []
            if not gap_ok:
                continue  # re-examine this token as the start of a new run
            i += 1
        if cur:
            out.append(cur)
        out = by_script(text, out)  # "главой Pertamina", "Pertamina Ари Дармаван Сирегар"
        return [self._trim(r) for r in out if self._trim(r)]

    def _capital_surname(
        self, text: str, tokens: Sequence[Token], i: int, title_ends: frozenset[int]
    ) -> bool:
        """A surname in capitals before the given name, as Japanese and Korean releases write
        it ("Mr. IWASAKI Takeshi", "H.E. Mr. CHO Min-jae"): right after a title or an
        honorific, a given name in mixed case right after it."""
        tok = tokens[i]
        if not (
            tok.text.isascii() and tok.text.isalpha() and tok.text.isupper() and len(tok.text) >= 2
        ):
            return False
        if i + 1 >= len(tokens) or prev_nonspace(text, tok.start) not in title_ends:
            return False
        nxt = tokens[i + 1]
        third = tokens[i + 2] if i + 2 < len(tokens) else None
        return (
            text[tok.end : nxt.start] == " "
            and not nxt.text.isupper()
            and self._is_name_token(nxt)
            # the given name ends it ("President of FIFA Gianni Infantino" is no such name)
            and not (
                third is not None
                and text[nxt.end : third.start] == " "
                and self._is_name_token(third)
            )
        )

    def _genitive_before(self, cur: list[Token], *, titled: bool = False) -> bool:
        """In German the run's last word may be a surname in the genitive ("Kowals"): a
        name of two words or more whose last is no first name ("Thomas", "Klaus"), nor a
        surname in "-is" ("Alain Resnais", "Klaus Iohannis"); before a noun, nor one in
        "-ins" ("Bradley Wiggins Rekord"); before a title it is one ("Wladimir Putins
        Sprecher": a name is no title's attribute)."""
        if not self.profile.nouns_capitalised or len(cur) < 2:
            return False
        last = cur[-1].text
        ending = self._genitive(last)
        stem = last[: len(last) - len(ending)]
        return (
            bool(ending)
            and len(last) > GENITIVE_STEM
            and not self.first_names(last)
            and not stem.endswith("i")
            and (titled or not stem.endswith("in"))
        )

    def _noun_after_genitive(self, cur: list[Token], tok: Token) -> bool:
        """In German a noun after a name in the genitive ends the name ("Jan Kowals
        Nachfolger Karl Huber": two people; "George Millers Film")."""
        return (
            self._genitive_before(cur)
            and not self.first_names(tok.text)
            and self.is_common_word(tok.text)
        )

    def _genitive(self, word: str) -> str:
        """The person-possessive ending ``word`` ends with, or ""."""
        return next((x for x in self.profile.person_possessive_suffixes if word.endswith(x)), "")

    def _without_genitive(self, tok: Token) -> Token:
        """The token with its genitive ending cut off ("Kowals" -> "Kowal")."""
        cut = len(tok.text) - len(self._genitive(tok.text))
        return Token(tok.start, tok.start + cut, tok.text[:cut])

    # -- what stands around a run --------------------------------------------------------
    def _head_before_name(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        """The token is a body's or place's head ("Prefecture", "Committee") right after a
        capitalised word and right before a name's word, one space apart each."""
        tok = tokens[i]
        if tok.text not in self.name_heads or i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        if text[tok.end : nxt.start] != " " or not self._is_name_token(nxt):
            return False
        return closing_head(text, tok.start, self.profile)

    def after_head(self, text: str, pos: int) -> bool:
        """A body's or place's head ends one space before ``pos`` (see ``_head_before_name``)."""
        return head_before(text, pos, self.name_heads, self.profile)

    def _head_follows(self, text: str, run: list[Token]) -> bool:
        """A body's noun right after the run, one space apart ("Ars Electronica Center"
        where the noun itself was not taken into the run)."""
        end = run[-1].end
        if text[end : end + 1] != " ":
            return False
        nxt = text[end + 1 : end + 1 + NAME_HEAD_LONGEST].split(maxsplit=1)
        return bool(nxt) and nxt[0].rstrip(".,;:)") in self.name_heads

    def _titled_after(self, text: str, run: list[Token], role_ends: frozenset[int]) -> bool:
        """The title that starts right after the run ends before a capitalised word (the
        title's name: "Labour MP Anna Schmidt", "Sinn Fein leader Gerry Adams")."""
        start = run[-1].end + 1
        ends = [e for e in role_ends if start < e <= start + TITLE_AFTER_RUN]
        return any(text[e : e + 1] == " " and text[e + 1 : e + 2].isupper() for e in ends)

    def _names_gathering(
        self, text: str, run: list[Token], gathering_heads: frozenset[int]
    ) -> bool:
        """The run stands right before a gathering's capitalised noun, one space apart, so
        the two are one name ("Ukraine Recovery Conference"); not when the run ends in a
        first name: then the noun is a surname ("Jeff Sessions")."""
        end = run[-1].end
        if text[end : end + 1] != " " or end + 1 not in gathering_heads:
            return False
        last = run[-1].text
        return not (self.first_names(last) and not self.ambiguous_first_names(last))

    def _after_article(self, text: str, tok: Token) -> bool:
        """An article (or a preposition fused with one) right before a German word: a noun
        phrase ("der Causa beraten", "Im Anschluss kam"), since a name takes none."""
        if not self.profile.nouns_capitalised:
            return False
        before = text[max(0, tok.start - BODY_NOUN_REACH) : tok.start].split()
        words = self.profile.articles | self.profile.definite_determiners
        return bool(before) and before[-1].lower() in words

    def _after_body_noun(self, text: str, run: list[Token]) -> bool:
        """See ``after_body_noun`` (a clear first name opens no body's name)."""
        return after_body_noun(
            text,
            run,
            self.profile,
            lambda w: self.first_names(w) and not self.ambiguous_first_names(w),
            is_particle,
        )

    def _institution(self, word: str) -> bool:
        """A word that names a body ("Ministerium"), or in German a compound ending in one
        ("Verteidigungsministerium")."""
        if word in self.name_heads:
            return True
        low = word.lower()
        return self.profile.nouns_capitalised and any(
            low.endswith(h.lower()) and len(h) >= BODY_NOUN_ENDING for h in self.name_heads
        )

    def _trim(self, run: list[Token]) -> list[Token]:
        while (
            run
            and is_particle(run[-1].text)
            and not (len(run) > 2 and run[-1].text.lower() in PATRONYMIC_ENDS)
        ):
            run = run[:-1]
        # (a capitalised one opening a long run is a surname: "Le Thi Thanh Huong")
        while run and is_particle(run[0].text) and not (run[0].text[:1].isupper() and len(run) > 2):
            run = run[1:]
        return run
