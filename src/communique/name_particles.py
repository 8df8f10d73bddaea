"""Name particles: the small words a person's name holds inside or at its end ("von", "de
la", "bin", "al-", "оглы"), and initials written onto a surname ("А.Н.Ковалев")."""

from __future__ import annotations

import re
from collections.abc import Callable

_PARTICLE_WORDS = (
    "von van vom zu de da del della di du le la al el bin ibn ben abu der den ter ten dos "
    "bint binti oglu oğlu ogly uulu kyzy qizi dela delos ap do"
)
PARTICLES = frozenset(_PARTICLE_WORDS.split())  # noqa: SIM905
# particles only in lower case: capitalised, they are first names ("Daniel ole Sankale",
# "Daniel arap Moi"; "Ole Brandtner")
# ... and the Cyrillic ones ("бин Мохд Ариффин", "де ла Крус", "ван дер Берг"; capitalised,
# "Ле", "Ван", "Да" open Vietnamese names)
_LOWER_WORDS = (
    "ole arap фон ван дер ден де да дель делла ди дос ду ла ле аль эль бин бинти ибн бен абу "
    "оглы кызы уулу"
)
_LOWER_PARTICLES = frozenset(_LOWER_WORDS.split())  # noqa: SIM905


# Turkic patronymics after the father's name: "Жолдошбек уулу", "Heydar oglu", "Асанбек кызы"
_PATRONYMIC_WORDS = "оглы кызы уулу улы қызы uulu kyzy qizi ogly oglu oğlu"
PATRONYMIC_ENDS = frozenset(_PATRONYMIC_WORDS.split())  # noqa: SIM905


def is_particle(word: str) -> bool:
    """A name particle ("van", "de", "bin", "ole")."""
    return word.lower() in PARTICLES or word in _LOWER_PARTICLES


# particles only after another ("van der Bellen", "de la Calle"), never alone: "der" after a
# name is an article ("Joksimovic der Belgrader Zeitung")
DEPENDENT_PARTICLES = frozenset({"der", "den", "la", "le", "дер", "ден", "ла", "ле"})
# the Arabic article in Russian spellings ("эль-Наггар", "эд-Дин", "ас-Сиси")
CYRILLIC_ARTICLES = "аль|эль|ад|эд|ас|эс|аш|эш|ат|эт|аз|эз|ар|эр|ан|эн|ур"
ARABIC_PREFIX = re.compile(
    rf"^(?:al|el|ad|ed|as|ash|at|az|ar|ur|ul|bin|ibn|abu|ben|{CYRILLIC_ARTICLES}|бин|ибн|абу|бен)-"
    r"(?:[A-Z][a-z]|[А-ЯЁ][а-яё])"
)
# initials written onto the surname, as Russian official texts do ("А.Н.Ковалев",
# "Х.аль-Мансури"): a person's name in one token
GLUED_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,3}(?=\w)(?!\w\.)")
_GLUED_NAME = re.compile(r"^(?:[^\W\d_]\.){1,3}(?:[^\W\d_][\w'’]*)(?:-[^\W\d_][\w'’]*)*$")


def glued(token: str) -> bool:
    """Initials written onto a capitalised surname ("А.Н.Ковалев", "Х.аль-Мансури")."""
    found = GLUED_INITIALS.match(token)
    if found is None or not _GLUED_NAME.match(token):
        return False
    rest = token[found.end() :]
    return rest[:1].isupper() or bool(ARABIC_PREFIX.match(rest))


SURNAME_FIRST_LONGEST = 5  # letters of a surname written first ("Zhou", "Park", "Nguyen")
# a Korean given name of two syllables, the second joined in lower case ("Jae-won"; Cyrillic
# spellings write the syllables apart: "Ким Чжон Хён")
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")


def surname_first(
    tokens: tuple[str, ...],
    is_first_name: Callable[[str], bool] | None,
    is_common_word: Callable[[str], bool] | None,
) -> bool:
    """A name of two or three words opened by a short word no dictionary holds, with no
    first name after it ("Zhou Mingyuan", "Park Ji-hoon", "Ong Kah Seng"): written surname
    first, so that word alone names the person too (a short first name alone, "Ana" of "Ana
    Lopez", names the one person too)."""
    if is_first_name is None or is_common_word is None or len(tokens) not in (2, 3):
        return False
    first = tokens[0]
    if len(tokens) == 2 and _KOREAN_GIVEN.fullmatch(tokens[1]) and first.isalpha():
        # "Han Jae-won", "Lee Dong-hyun": a Korean given name (its second syllable joined
        # in lower case) follows the surname, even one a dictionary holds ("Han", "Lee")
        return 2 <= len(first) <= SURNAME_FIRST_LONGEST and first[:1].isupper()
    return (
        2 <= len(first) <= SURNAME_FIRST_LONGEST
        and first.isalpha()
        and first[:1].isupper()
        and not is_common_word(first)
        and not any(is_first_name(t) for t in tokens[1:])
    )
