"""What the words around a capitalised run say about it, in languages that capitalise
only names: a title's chain of bodies before it ("State Secretary of the Ministry of Foreign
Affairs X"), a list of portfolios around it ("Minister of Development, Industry and Trade"),
a headline's line after it ("Powell Calls for Support"), the head that closes the name of a
place or body before it ("Governor of Fukuoka Prefecture Haruki Mizuno"); in Russian, a place
noun that makes a word next to it a place ("провинции Шаньси", "Приморского края") and the
words of a title's state between it and a name ("министром иностранных дел страны Пак Чон
Хуном")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from communique.lang.profile import LanguageProfile
    from communique.sentences import Token

PORTFOLIO_BEFORE = 40  # characters before a list item where the item before it stands
# a capitalised word and a comma right before a list item, and " and " with the last after it
_PORTFOLIO_ITEM = re.compile(r"\b(?:of|for)\s+(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*,\s$")
_PORTFOLIO_LAST = re.compile(r",?\s+(?:and|&)\s+[A-Z][\w\-]*")
# the rest of a portfolio set off by commas after its title ("Assistant Secretary-General,
# Foreign and Community Relations, Ambassador X")
_PORTFOLIO_AFTER_COMMA = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*,")
CHAIN_REACH = 80  # characters of a title's "of the ..." chain before a name
# a title's chain of bodies: "of the Ministry of Foreign Affairs" (capitalised words and links)
_TITLE_CHAIN = re.compile(r"(?:\s+(?:of|for|and|the|[A-Z][\w'’\-]*))+\s+")


def after_title_chain(text: str, start: int, role_ends: frozenset[int]) -> bool:
    """A title ends before a chain of the bodies it is of, right before ``start`` ("State
    Secretary of the Ministry of Foreign Affairs Tsogtbaatar Nomin"): the name is titled."""
    if " of " not in text[max(0, start - CHAIN_REACH) : start]:
        return False
    for end in range(max(0, start - CHAIN_REACH), start - 4):
        if end in role_ends:
            gap = text[end:start]
            if " of " in gap and (_TITLE_CHAIN.fullmatch(gap) or _LOWER_PORTFOLIO.fullmatch(gap)):
                return True
    return False


# a portfolio in lower case after a lower-case title ("minister of international relations
# and trade Penda X"), as some newspapers write titles
_LOWER_PORTFOLIO = re.compile(r"\s+of\s+(?:[a-z]+\s+){1,5}")


HEADLINE_TAIL = 80  # characters of a line after a name where a headline is recognised


def headline_line(text: str, end: int) -> bool:
    """The rest of the line after ``end`` reads as a headline: no full stop closes it
    ("Powell Calls for Support"), unlike a sentence ("Henrique Albuquerque Lins at the
    palace received her.")."""
    line = text[end : end + HEADLINE_TAIL].split("\n", 1)[0].rstrip()
    return not line.endswith((".", '."', ".”")) or len(line) >= HEADLINE_TAIL - 1


def portfolio_item(text: str, start: int, end: int) -> bool:
    """The word at ``start``-``end`` stands in a list of portfolios: after "of"/"for", a
    capitalised word and a comma, and before " and " with the last item."""
    return bool(
        _PORTFOLIO_ITEM.search(text, max(0, start - PORTFOLIO_BEFORE), start)
        and _PORTFOLIO_LAST.match(text, end)
    )


HEAD_REACH = 40  # characters before a body's head where the last word of its name is sought


def closing_head(text: str, start: int, profile: LanguageProfile) -> bool:
    """The word at ``start`` closes a name: it follows a capitalised word, or a
    preposition's article ("of the Committee"), one space apart. Only where heads close
    names (English "Fukuoka Prefecture"; German opens them: "Flughafen Mariscal Sucre")."""
    if profile.nouns_capitalised or text[start - 1 : start] != " ":
        return False
    before = text[max(0, start - HEAD_REACH) : start].split()
    return (
        bool(before)
        and (
            before[-1][:1].isupper()
            or (
                len(before) > 1
                and before[-1].lower() in profile.definite_determiners
                and before[-2].lower() in profile.prepositions
            )
            # ... or a preposition after a title's word ("Speaker of Parliament Anna Kivi")
            or (
                len(before) > 1
                and before[-1].lower() in profile.prepositions
                and before[-2][:1].isupper()
            )
        )
    )


def head_before(text: str, pos: int, name_heads: frozenset[str], profile: LanguageProfile) -> bool:
    """A body's or place's head that closes a name ends one space before ``pos``
    ("Fukuoka Prefecture Haruki Mizuno"): what follows is titled by it."""
    if text[pos - 1 : pos] != " ":
        return False
    word = text[max(0, pos - HEAD_REACH) : pos].split()[-1:]
    return (
        bool(word) and word[0] in name_heads and closing_head(text, pos - 1 - len(word[0]), profile)
    )


PLACE_NOUN_LONGEST = 16  # characters of a place noun's word ("префектуры")
TITLE_GAP = 130  # characters of a state's or body's words between a title and a name
# a title's state or body: one to five words ("страны", "Республики Корея", "углеводородов и
# энергетики Боливии"), a list of portfolios with its commas ("земли, инфраструктуры и
# транспорта")
# (a body's chain of genitives and its acronym in brackets: "директор департамента евразийского
# сотрудничества Министерства иностранных дел Республики Корея", "руководитель офиса
# Корейского агентства по содействию торговле и инвестициям (KOTRA) в Центральной Азии")
_TITLE_PLACE_WORDS = re.compile(r"(?:\s+\(?[^\W\d]+(?:-[^\W\d]+)?\)?,?){1,14}\s+")
# a sentence's end in the rest of a line: prose, no headline
_PROSE_AFTER = re.compile(r"[.!?](?:\s|$)")


def region_name(
    text: str,
    run: list[Token],
    nouns: frozenset[str],
    first_name: Callable[[str], bool] | None = None,
    role_ends: frozenset[int] = frozenset(),
) -> bool:
    """The run names a region or town its noun stands right before ("aus der Provinz Bình
    Dương", "the province of Binh Duong") or, in lower case, right after ("Binh Duong
    province"), with no comma between: a place, no person. Not where the noun is a title's,
    after its article ("Präsident der Region Anna Berger"), and a clear first name and a
    surname follow it."""
    if not nouns:
        return False
    at = next((k for k, t in enumerate(run[:-1]) if t.text in nouns), None)
    if at is not None:
        # (German capitalises the noun: the run opens on it)
        rest = run[at + 1 :]
        article = re.search(r"(\S+)[^\S\n]+$", text[max(0, run[0].start - 12) : run[0].start])
        titled = (
            at == 0
            and article is not None
            and prev_nonspace(text, run[0].start - len(article.group(0))) in role_ends
        )
        return not (
            titled and len(rest) >= 2 and first_name is not None and first_name(rest[0].text)
        )
    before = text[max(0, run[0].start - 2 * PLACE_NOUN_LONGEST) : run[0].start].split()[-2:]
    if before and (
        before[-1] in nouns or (len(before) == 2 and before[-1] == "of" and before[0] in nouns)
    ):
        return True
    after = text[run[-1].end : run[-1].end + PLACE_NOUN_LONGEST + 1].split()[:1]
    return bool(after) and after[0].rstrip(".,;:") in nouns and after[0][:1].islower()


def region_names(
    text: str,
    runs: list[list[Token]],
    nouns: frozenset[str],
    first_name: Callable[[str], bool] | None = None,
    role_ends: frozenset[int] = frozenset(),
) -> set[str]:
    """The names regions bear in the text ("Bình Dương" of "die Provinz Bình Dương"): no
    person's, wherever they stand."""
    return {
        " ".join(t.text for t in run if t.text not in nouns)
        for run in runs
        if region_name(text, run, nouns, first_name, role_ends)
    }


def without_place_word(
    text: str, run: list[Token], nouns: frozenset[str], first_name: Callable[[str], bool]
) -> list[Token]:
    """The run without a word a place noun names as a place: the one after it ("провинции
    Шаньси Ян Сюэфэн"; not after a place the noun closes: "губернатор Приморского края
    Виталий Громов"), or the run's only word before it ("Приморского края"). A place noun
    before a first name or just two words is the title's ("министр области Дмитрий Ганжа",
    "директор департамента провинции Ли Хуэйминь"): a titled person's name is given whole."""
    if not nouns:
        return run
    before = text[max(0, run[0].start - 2 * PLACE_NOUN_LONGEST) : run[0].start].split()[-2:]
    if (
        before
        and before[-1] in nouns
        and not (len(before) == 2 and before[0][:1].isupper())
        and len(run) != 2
        and not first_name(run[0].text)
        # (a surname of one syllable is no place: "провинции Ле Тхань Там")
        and len(run[0].text) > 2
    ):
        run = run[1:]
    if len(run) == 1:
        after = text[run[0].end : run[0].end + PLACE_NOUN_LONGEST].split()[:1]
        if after and after[0].rstrip(".,;:") in nouns:
            return []
    return run


def name_after_body(
    run: list[Token], heads: frozenset[str], first_name: Callable[[str], bool]
) -> list[Token]:
    """The run from a first name after the words of a body ("министр Правительства Москвы
    Виталий Дорохов": Виталий Дорохов); the run itself where no such name follows a head."""
    last = max((k for k, t in enumerate(run) if t.text in heads), default=None)
    if last is None:
        return run
    return next((run[k:] for k in range(last + 1, len(run) - 1) if first_name(run[k].text)), run)


def title_of_place_before(
    text: str, start: int, role_ends: frozenset[int], prepositions: frozenset[str]
) -> bool:
    """A title, then a few words of its state or body, right before ``start``
    ("министром иностранных дел страны", "министром ... Республики Корея"); not a
    preposition's object ("принял ... в Доме Правительства")."""
    ends = [e for e in role_ends if start - TITLE_GAP <= e < start]
    if not ends or _TITLE_PLACE_WORDS.fullmatch(text, max(ends), start) is None:
        return False
    return text[max(ends) : start].split()[-1].lower() not in prepositions


def prose_after(text: str, pos: int) -> bool:
    """A sentence ends in the rest of the line after ``pos``: prose, no headline."""
    end = text.find("\n", pos)
    return _PROSE_AFTER.search(text, pos, len(text) if end < 0 else end) is not None


_CYRILLIC_LETTER = re.compile(r"[а-яёА-ЯЁ]")
_LATIN_LETTER = re.compile(r"[a-zA-Z]")
SCRIPT_WINDOW = 200  # characters either side of a word that tell the text's script


def by_script(text: str, runs: list[list[Token]]) -> list[list[Token]]:
    """The runs cut where their letters change script, less a lone word of another script
    than the text's ("главой Pertamina": a company's or brand's). Only a text with Cyrillic
    letters is looked at: Latin ones do not mix scripts in names."""
    if _CYRILLIC_LETTER.search(text) is None:
        return runs
    return [part for r in runs for part in _by_script(r) if not _foreign_word(text, part)]


def _by_script(run: list[Token]) -> list[list[Token]]:
    """A run cut where its letters change script: "Pertamina Ари Дармаван" is a company's
    name before a person's, not one name."""
    parts: list[list[Token]] = []
    last = ""
    for tok in run:
        script = "cyrillic" if _CYRILLIC_LETTER.search(tok.text) else "latin"
        if parts and script != last and any(c.isalpha() for c in tok.text):
            parts.append([tok])
        elif parts:
            parts[-1].append(tok)
        else:
            parts.append([tok])
        if any(c.isalpha() for c in tok.text):
            last = script
    return parts


def _foreign_word(text: str, run: list[Token]) -> bool:
    """A run of one word in Latin letters where the text around it is Cyrillic ("главой
    Pertamina"): a company's or brand's name, since Russian writes people's names in its own
    letters."""
    if len(run) != 1 or not _LATIN_LETTER.search(run[0].text):
        return False
    around = text[max(0, run[0].start - SCRIPT_WINDOW) : run[0].end + SCRIPT_WINDOW]
    return len(_CYRILLIC_LETTER.findall(around)) > 4 * len(_LATIN_LETTER.findall(around))


BODY_NOUN_REACH = 30  # characters before a name where a body's noun or an article may stand


def after_body_noun(
    text: str,
    run: list[Token],
    profile: LanguageProfile,
    clear_first_name: Callable[[str], bool],
    particle: Callable[[str], bool],
) -> bool:
    """The run follows a noun for a body ("agency", a German compound ending in
    "-organisation"), or in German opens with one ("Regierungspalast La Moneda"), and opens
    with no clear first name ("the group Anna Berg founded")."""
    nouns = profile.body_nouns
    if not nouns:
        return False
    if profile.nouns_capitalised and len(run) > 1 and body_noun(run[0].text, profile):
        return True
    before = text[max(0, run[0].start - BODY_NOUN_REACH) : run[0].start].split()
    if not before or text[run[0].start - 1 : run[0].start] != " ":
        return False
    if len(before) > 1 and before[-1][:1].isupper() and particle(before[-1]):
        before = before[:-1]  # "im Regierungspalast La Moneda": an article of the name
    return body_noun(before[-1], profile) and not clear_first_name(run[0].text)


def body_noun(word: str, profile: LanguageProfile) -> bool:
    """A noun for a body, or in German a compound ending in one ("Hilfsorganisation")."""
    low = word.lower()
    return low in profile.body_nouns or (
        profile.nouns_capitalised and low.endswith(profile.body_noun_endings)
    )


def prev_nonspace(text: str, pos: int) -> int:
    """Offset just after the last non-space character before ``pos`` (skipping one comma),
    not across a blank line (a headline's last word is no title of the next paragraph's
    first name)."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if text.count("\n", i, pos) >= 2:
        return pos
    if i > 0 and text[i - 1] == ",":
        i -= 1
        while i > 0 and text[i - 1].isspace():
            i -= 1
    return i


PORTFOLIO_WORDS_BEFORE = 24  # characters before a word where its title's portfolio word stands


def goes_on_portfolio(
    text: str,
    tok: Token,
    owner_ends: frozenset[int],
    role_ends: frozenset[int],
    profile: LanguageProfile,
) -> bool:
    """The word goes on a title's portfolio: the rest of a place a title is of ("Director of
    Asia-Pacific Affairs"), the last word after a title's portfolio or link word ("the
    Minister for Trade Policy and ...", "Minister of Climate Change", which the title list
    ends early), an item of a list of portfolios ("Minister of Development, Industry and
    Trade"). In English only, but for the list."""
    before = prev_nonspace(text, tok.start)
    words = text[max(0, tok.start - PORTFOLIO_WORDS_BEFORE) : tok.start].split()[-2:]
    links = set(profile.portfolio_words) | profile.title_link_words
    goes_on = not profile.nouns_capitalised and (
        before in owner_ends or (before in role_ends and any(w.lower() in links for w in words))
    )
    # "Assistant Secretary-General, Foreign and Community Relations,": a portfolio after the
    # title's comma
    set_off = (
        not profile.nouns_capitalised
        and text[max(0, tok.start - 2) : tok.start] == ", "
        and tok.start - 2 in role_ends
        and _PORTFOLIO_AFTER_COMMA.match(text, tok.end) is not None
    )
    return goes_on or set_off or portfolio_item(text, tok.start, tok.end)


PREFIX_BODY_SHORTEST = 9  # letters a body's name before a first name exceeds ("Мингорисполкома")


def body_before_first_name(
    run: list[Token], first_name: Callable[[str], bool], ambiguous: Callable[[str], bool]
) -> int:
    """How many words open a run of capitals with a body's name in the genitive between a
    title and a clear first name and surname ("председатель Мингорисполкома Андрей
    Жолнерович"): long words, none a first name or an initial; 0 where none do."""
    for k in (1, 2):
        if (
            k == len(run) - 2
            and all(len(t.text) > PREFIX_BODY_SHORTEST for t in run[:k])
            and first_name(run[k].text)
            and not ambiguous(run[k].text)
            and not any(first_name(t.text) or "." in t.text for t in run[:k])
        ):
            return k
    return 0
