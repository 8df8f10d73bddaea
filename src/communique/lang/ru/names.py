"""Russian person names: the nominative, the form names are matched by, the Latin spelling.

Russian inflects names: "с Сергеем Лавровым", "Марии Захаровой", "Шольцем". A record gives a
person in the nominative ("Сергей Лавров", "Мария Захарова", "Шольц"), mentions of one person
in any case are matched by their lemma (pymorphy3's normal form: "Захаровой" and "Захарова"
both give "захаров"), and every person gets the Latin spelling of international news
("Lavrov", "Tokayev", "Zelensky") as an alias, so that the store links Василенко to
Vassilenko.

The case and gender of a name are read from all of its words at once: "Марии Захаровой" is one
feminine genitive, "Сергея Лаврова" one masculine genitive. pymorphy3 guesses unknown foreign
names by analogy and sometimes breaks their stem (Шольцем -> шолец); such a guess is refused
and the case ending cut off instead (Шольц).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import iuliia
import pymorphy3

from communique.name_particles import CYRILLIC_ARTICLES

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_NAME_TAGS = ("Name", "Surn", "Patr")
# endings cut from a foreign name whose dictionary guess breaks the stem, by case
_ENDINGS = {
    "gent": ("ого", "его", "ой", "ей", "а", "я", "ы", "и"),
    "datv": ("ому", "ему", "ой", "ей", "у", "ю", "е", "и"),
    "accs": ("ого", "его", "а", "я", "у", "ю"),
    "ablt": ("ым", "им", "ом", "ем", "ём", "ой", "ей"),
    "loct": ("ом", "ем", "ой", "ей", "е", "и"),
}
_CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")
_INDECLINABLE = re.compile(r"(?:зода|заде)$")  # surnames that keep one form
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,3}(?=\w)")
_ARTICLE = re.compile(rf"^(?:{CYRILLIC_ARTICLES})-(?=[А-ЯЁ])")
# the cases prepositions give the name after them
_PREPOSITION_CASES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("с", "со", "между", "над", "под", "перед"), frozenset({"ablt"})),
    **dict.fromkeys(("к", "ко", "по"), frozenset({"datv"})),
    **dict.fromkeys(("о", "об", "обо", "при"), frozenset({"loct"})),
    **dict.fromkeys(
        ("у", "от", "до", "из", "для", "без", "после", "около", "против", "кроме"),
        frozenset({"gent"}),
    ),
}

# press spellings that the Wikipedia scheme does not give (word-final and whole-name rules)
_LATIN_FIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"iy\b"), "y"),  # Zelenskiy -> Zelensky, Dmitriy -> Dmitry
    (re.compile(r"yy\b"), "y"),
    (re.compile(r"ey\b"), "ei"),  # Sergey -> Sergei, Aleksey -> Alexei
    (re.compile(r"iya\b"), "ia"),  # Mariya -> Maria, Natalya stays
    (re.compile(r"\bAleksandr"), "Alexander"),
    (re.compile(r"\bAleks"), "Alex"),
    (re.compile(r"(?<=[aeiou])e(?=v\b|va\b)"), "ye"),  # Tokaev -> Tokayev, Aliev -> Aliyev
)


def latin_name(name: str) -> str | None:
    """The Latin spelling of a Cyrillic name as international news writes it (None when the
    name has no Cyrillic letters): Wikipedia's scheme (iuliia) plus a few press rules."""
    if not _CYRILLIC.search(name):
        return None
    text = str(iuliia.WIKIPEDIA.translate(name))
    for pattern, repl in _LATIN_FIXES:
        text = pattern.sub(repl, text)
    return text


def _cap(word: str, like: str) -> str:
    """``word`` written with the capitals of ``like`` (first letter, or all; each part of a
    hyphenated name: Касым-Жомарт)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    parts, models = word.split("-"), like.split("-")
    if len(parts) == len(models) > 1:
        return "-".join(_cap(p, m) for p, m in zip(parts, models, strict=True))
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _keeps_stem(form: str, surface: str, case: str) -> bool:
    """A guessed form that keeps the written word's stem, the word without its case ending
    (Боррелем -> боррель, Зеленского -> зеленский; not Шольцем -> шолец)."""
    stem = _strip_ending(surface, case) if case != "nomn" else surface[:-1]
    return form.replace("ё", "е").startswith(stem.lower().replace("ё", "е"))


def _strip_ending(surface: str, case: str) -> str:
    for ending in _ENDINGS.get(case, ()):
        if surface.lower().endswith(ending) and len(surface) - len(ending) >= 2:
            return surface[: -len(ending)]
    return surface


class RussianNames:
    """Nominatives, matching keys, inflected forms and Latin spellings of Russian names
    (built once per language resources; answers are cached per word)."""

    def __init__(self, cache_size: int = 65536) -> None:
        self._morph = pymorphy3.MorphAnalyzer(lang="ru")
        self._parse = lru_cache(maxsize=cache_size)(self._morph.parse)

    # -- analysis -----------------------------------------------------------------------
    def _readings(self, word: str) -> list[Any]:
        """Singular noun readings of a name word (names are nouns; "Лавровым" is also the
        adjective лавровый); for a word the dictionary does not know, also the cases of a
        foreign man's name on a consonant ("Олафа Шольца": Олаф Шольц)."""
        parses = self._parse(word)
        found: list[Any] = [
            p
            for p in parses
            if p.tag.POS == "NOUN" and p.tag.number != "plur" and p.tag.case in _CASES
        ]
        if not found:
            # a surname declined as an adjective the dictionary knows only as one
            # ("Сергеем Ильинским", "Марией Ильинской": Ильинский, Ильинская)
            found = [
                p
                for p in parses
                if p.tag.POS == "ADJF"
                and p.tag.number != "plur"
                and p.tag.case in _CASES
                and p.normal_form.endswith(_ADJECTIVE_SURNAMES)
            ]
        if not found or not self._known(word):
            found += _consonant_stem_guesses(word)
        return found

    def _choose(self, words: Sequence[str], governed: str | None) -> list[Any | None]:
        """One reading per word, all of one case and (where a word has one) one gender; the
        case of the word before the name (a title in apposition, a preposition) counts."""
        best: tuple[float, list[Any | None]] = (-99.0, [None] * len(words))
        readings = [self._readings(w) if w[:1].isupper() else [] for w in words]
        # a word the dictionary does not know is only guessed: its readings weigh half
        weight = [1.0 if self._known(w) else 0.5 for w in words]
        prior = self._cases_of(governed) if governed else frozenset()
        for case in _CASES:
            if case == "loct" and case not in prior:
                continue  # a name is in the prepositional only after a preposition
            for gender in ("masc", "femn"):
                total, chosen = 0.0, list[Any | None]()
                for k, rs in enumerate(readings):
                    fits = [
                        p
                        for p in rs
                        if (p.tag.case == case or ("Fixd" in p.tag and case != "nomn"))
                        and (p.tag.gender is None or p.tag.gender == gender or "ms-f" in p.tag)
                        # (a man is animate: no masculine accusative that is a thing's
                        # nominative, "Гунаван" read as a place)
                        and not (case == "accs" and "inan" in p.tag and p.tag.gender == "masc")
                    ]
                    if not fits:
                        # a surname declined like the other gender's nouns (Кулебой)
                        fits = [p for p in rs if p.tag.case == case]
                        bonus = -0.5
                    else:
                        bonus = 0.0
                    if not fits:
                        total -= weight[k] if rs else 0.0  # a word that cannot be in this case
                        chosen.append(None)
                        continue
                    p = max(fits, key=lambda r: r.score + 0.5 * _is_name(r))
                    total += (p.score + 0.5 * _is_name(p)) * weight[k] + bonus
                    chosen.append(p)
                if case in prior:
                    total += 1.5  # a title in apposition or a preposition decides
                if total > best[0]:
                    best = (total, chosen)
        return best[1]

    def _known(self, word: str) -> bool:
        return bool(self._morph.word_is_known(word.lower()))

    def _cases_of(self, word: str) -> frozenset[str]:
        """The cases a word before a name gives it: a preposition's ("с": ablt), a title's in
        apposition ("министром": ablt)."""
        low = word.lower()
        if low in _PREPOSITION_CASES:
            return _PREPOSITION_CASES[low]
        return frozenset(
            str(p.tag.case)
            for p in self._parse(word)
            if p.tag.POS == "NOUN" and p.tag.number != "plur" and p.tag.case in _CASES
        )

    # -- the interface of LanguageProfile.person_names ------------------------------------
    def base(
        self, words: Sequence[str], governed: str | None = None
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(the words names are matched by, the words in the nominative) of a name;
        ``governed``: the word before it, whose case it agrees with or is governed by.
        Initials written onto the surname ("А.Н.Ковалевым") stay on it and are keys of
        their own ("А.", "Н.", "Ковалев")."""
        if not any(_CYRILLIC.search(w) for w in words):
            return tuple(words), tuple(words)
        glued = [_INITIALS.match(w) for w in words]
        initials = [g.group() if g else "" for g in glued]
        words = [w[len(i) :] for w, i in zip(words, initials, strict=True)]
        # an article joined to the name declines with it: "эль-Наггаром" (эль-Наггар)
        joined = [_ARTICLE.match(w) for w in words]
        articles = [j.group() if j else "" for j in joined]
        words = [w[len(a) :] for w, a in zip(words, articles, strict=True)]
        keys, nominative = self._base(words, governed)
        keys = [a + k for a, k in zip(articles, keys, strict=True)]
        nominative = [a + n for a, n in zip(articles, nominative, strict=True)]
        out_keys: list[str] = []
        for i, k in zip(initials, keys, strict=True):
            out_keys += [f"{c}." for c in i.split(".") if c] + [k]
        return tuple(out_keys), tuple(i + n for i, n in zip(initials, nominative, strict=True))

    def _base(self, words: Sequence[str], governed: str | None) -> tuple[list[str], list[str]]:
        keys: list[str] = []
        nominative: list[str] = []
        prior = self._cases_of(governed) if governed else frozenset()
        for word, p in zip(words, self._choose(words, governed), strict=True):
            if _INDECLINABLE.search(word):
                # Tajik and Azerbaijani surnames in -зода/-заде decline in no case:
                # "с Джамшедом Файзуллозода" (Файзуллозода)
                keys.append(word)
                nominative.append(word)
                continue
            if p is None:
                # a foreign name the dictionary cannot put in the case the title or
                # preposition gives it ("министра ... Сингха"): its ending cut off where a
                # consonant is left (Сингх)
                cut = word
                if len(prior) == 1 and word[:1].isupper() and not self._known(word):
                    stripped = _strip_ending(word, next(iter(prior)))
                    cut = stripped if _CONSONANT_END.search(stripped) else word
                keys.append(cut)
                nominative.append(cut)
                continue
            nom = p.inflect({"nomn", "sing"})
            nom_word = nom.word if nom is not None else p.word
            known = self._known(word)
            case = str(p.tag.case)
            if known or (
                _keeps_stem(nom_word, word, case) and _keeps_stem(p.normal_form, word, case)
            ):
                key, nom_form = p.normal_form, nom_word
                if "ё" not in word.lower():  # as written: the dictionary's ё is not the text's
                    key, nom_form = key.replace("ё", "е"), nom_form.replace("ё", "е")
                keys.append(_cap(key, word))
                nominative.append(_cap(nom_form, word))
            else:
                cut = _strip_ending(word, case)
                keys.append(cut)
                nominative.append(cut)
        return keys, nominative

    def forms(self, key: str) -> tuple[str, ...]:
        """The singular case forms of a surname given by its key ("Захаров" -> Захарова,
        Захаровой, Захарову, ...; "Шольц" -> Шольца, Шольцем, ...), as written in texts."""
        if not _CYRILLIC.search(key):
            return ()
        out: dict[str, None] = {}
        for p in self._readings(key):
            if isinstance(p, _Guess) or (not _is_name(p) and p.tag.animacy != "anim"):
                continue
            for form in p.lexeme:
                if form.tag.number != "plur" and form.word[: len(key) - 1] == key.lower()[:-1]:
                    out[_cap(form.word, key)] = None
        out.pop(key, None)
        return tuple(out)

    def latin(self, name: str) -> str | None:
        return latin_name(name)

    def is_common_word(self, word: str) -> bool:
        """A word of the dictionary that is no name of a person or place ("Министр",
        "Встреча"), as opposed to "Лавров", "Надежда" (also a first name), "Шольц", "Сари"."""
        low = word.lower()
        if not self._morph.word_is_known(low):
            return False
        return not any(
            any(t in p.tag for t in (*_NAME_TAGS, "Geox", "Orgn")) for p in self._parse(word)
        )

    def is_proper_noun(self, word: str) -> bool:
        """A word read as a first name, surname or patronymic, or unknown to the dictionary
        (foreign names: "Шольцем", "Нуртлеу")."""
        if not self._morph.word_is_known(word.lower()):
            return True
        return any(_is_name(p) for p in self._parse(word))


@dataclass(frozen=True)
class _GuessTag:
    """The grammemes of a guessed reading (what the choice reads of pymorphy3's tags)."""

    case: str
    gender: str = "masc"
    number: str = "sing"
    POS: str = "NOUN"  # noqa: N815 (pymorphy3's attribute name)
    animacy: str = "anim"

    def __contains__(self, grammeme: object) -> bool:
        return grammeme in (self.case, self.gender, self.number, self.POS, self.animacy)


@dataclass(frozen=True)
class _Guess:
    """A man's foreign name on a consonant in an oblique case: its stem is its nominative."""

    word: str
    normal_form: str
    tag: _GuessTag
    score: float = 0.4
    nominative: str = ""  # where it is not the normal form (a woman's: "Мамонтова")

    def inflect(self, grammemes: set[str]) -> _Guess | None:
        del grammemes
        nom = self.nominative or self.normal_form
        return _Guess(nom, self.normal_form, _GuessTag("nomn", self.tag.gender), self.score)


# the endings of a masculine noun on a consonant, by case; after a soft consonant ("Надь":
# Надя, Надю, Надем) the stem ends in "ь"
_CONSONANT_STEM_ENDINGS = (("а", "gent"), ("а", "accs"), ("у", "datv"), ("ом", "ablt"),
                           ("ем", "ablt"), ("е", "loct"))  # fmt: skip
_ADJECTIVE_SURNAMES = ("ский", "цкий", "ской", "цкой")
# the instrumental of a surname on -ов, -ев, -ин ("Карасёвым": Карасёв)
_POSSESSIVE_STEM = re.compile(r"(?:ов|ев|ёв|ин|ын)$")
_SOFT_STEM_ENDINGS = (("я", "gent"), ("я", "accs"), ("ю", "datv"), ("ем", "ablt"))
_HUSHING_END = re.compile(r"[жшчщц]$")


def _consonant_stem_guesses(word: str) -> list[_Guess]:
    low = word.lower()
    out: list[_Guess] = []
    for ending, case in _CONSONANT_STEM_ENDINGS:
        stem = low[: -len(ending)]
        if ending == "ем" and not _HUSHING_END.search(stem):
            continue  # "Шольцем" (Шольц), but "Надем" is Надь
        if low.endswith(ending) and len(stem) >= 3 and _CONSONANT_END.search(stem):
            out.append(_Guess(low, stem, _GuessTag(case)))
    stem = low[:-2]
    if low.endswith("ым") and len(stem) >= 4 and _POSSESSIVE_STEM.search(stem):
        out.append(_Guess(low, stem, _GuessTag("ablt")))
    if low.endswith("ой") and len(stem) >= 4 and _POSSESSIVE_STEM.search(stem):
        # a woman's surname on -ова, -ева, -ина in an oblique case ("с Ириной Мамонтовой"):
        # the man's form is its key, the woman's its nominative
        for case in ("gent", "datv", "ablt", "loct"):
            out.append(_Guess(low, stem, _GuessTag(case, "femn"), nominative=stem + "а"))
    for ending, case in _SOFT_STEM_ENDINGS:
        stem = low[: -len(ending)]
        if (
            low.endswith(ending)
            and len(stem) >= 3
            and _CONSONANT_END.search(stem)
            and not _HUSHING_END.search(stem)
        ):
            out.append(_Guess(low, stem + "ь", _GuessTag(case)))
    return out


def _is_name(p: Any) -> bool:
    return any(t in p.tag for t in _NAME_TAGS)
