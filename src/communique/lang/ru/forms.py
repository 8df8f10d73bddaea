"""Russian inflection of the knowledge base's names and state adjectives, by rule.

The knowledge base lists Russian names and adjectives in the nominative ("Москва",
"казахстанский"); a text has them in any case ("из Москвы", "казахстанской делегации").
``adjective_forms`` gives every case, gender and number form of a state adjective (and its
combining form: "российско" in "российско-китайских"), ``name_forms`` the singular case forms
of a one-word name (a plural one's plural forms: "Нидерландов"); multi-word names are matched
by their stems (``PROFILE.name_case_endings``). Both give the names also with е for ё
("Объединенные"), as most texts write them. Declension by the nominative's ending, without a
dictionary: fleeting vowels ("Египет" -> "Египта") are listed in ``_FLEETING``.
"""

from __future__ import annotations

from communique.lang.profile import words

_VELARS = "гкх"
_HUSHING = "жшчщ"
_VOWELS = "аеёиоуыэюя"

# hard, velar (after г к х) and hushing (after ж ш ч щ) adjective endings: nominative masculine,
# then every other form (cases, genders, plural; no short forms)
_ADJ_HARD = words("ый ого ому ым ом ая ой ую ою ое ые ых ыми")
_ADJ_VELAR = words("ий ого ому им ом ая ой ую ою ое ие их ими")
_ADJ_HUSHING = words("ий его ему им ем ая ей ую ею ее ие их ими")
_ADJ_STRESSED = words("ой ого ому ым ом ая ую ое ые ых ыми")

# nouns whose stem loses a vowel in the other cases
_FLEETING = {"Египет": "Египт", "Орел": "Орл", "Кремль": "Кремл"}


def _capitalised(forms: list[str]) -> list[str]:
    out: list[str] = []
    for f in forms:
        out += [f, f[:1].upper() + f[1:]]
    return out


def _without_yo(forms: list[str]) -> list[str]:
    out = list(forms)
    for f in forms:
        plain = f.replace("ё", "е").replace("Ё", "Е")
        if plain != f:
            out.append(plain)
    return list(dict.fromkeys(out))


def _adjective(word: str) -> list[str]:
    """The full forms of a masculine nominative adjective and its combining form."""
    if word.endswith("ой"):
        stem, endings = word[:-2], _ADJ_STRESSED
    elif word.endswith("ый"):
        stem, endings = word[:-2], _ADJ_HARD
    elif word.endswith("ий") and word[-3:-2] in _VELARS:
        stem, endings = word[:-2], _ADJ_VELAR
    elif word.endswith("ий"):
        stem, endings = word[:-2], _ADJ_HUSHING
    else:
        return [word]
    return [stem + e for e in endings] + [stem + "о"]


def adjective_forms(word: str) -> list[str]:
    """ "казахстанский" -> казахстанский, казахстанского, ..., казахстанские, казахстанско
    (combining form) and each capitalised; a listed combining form ("германо-") -> германо,
    Германо. The last part of a hyphenated adjective inflects ("шри-ланкийской")."""
    if word.endswith("-"):
        return _without_yo(_capitalised([word[:-1]]))
    head, _, last = word.rpartition("-")
    prefix = f"{head}-" if head else ""
    return _without_yo(_capitalised([prefix + f for f in _adjective(last)]))


def _noun(word: str) -> list[str]:
    """The other singular case forms of a one-word name (plural forms of a plural one)."""
    low = word.lower()
    if len(word) < 3 or word.isupper() or not word.isalpha():
        return []
    stem = _FLEETING.get(word)
    last, before = low[-1], low[-2]
    if last == "я":
        if before == "и":
            return [word[:-2] + e for e in ("ии", "ию", "ией")]
        return [word[:-1] + e for e in ("и", "е", "ю", "ей")]
    if last == "а":
        if before in _VOWELS:
            return []  # Самоа, Гоа: not declined
        gen = "и" if before in _VELARS + _HUSHING else "ы"
        inst: tuple[str, ...] = ("ой", "ей") if before in _HUSHING + "ц" else ("ой",)
        return [word[:-1] + e for e in (gen, "е", "у", *inst)]
    if last == "ь":
        base = stem or word[:-1]
        return [base + e for e in ("я", "ю", "ем", "е", "и", "ью")]
    if last == "й":
        # Грозный, Лесной: an adjective's cases (not Ханой, whose н follows a vowel)
        if low.endswith(("ский", "цкий")) or (
            low.endswith(("ный", "ной")) and len(low) > 3 and low[-4] not in _VOWELS
        ):
            instrumental = "им" if low.endswith("кий") else "ым"
            return [word[:-2] + e for e in ("ого", "ому", instrumental, "ом")]
        if before == "и":
            return [word[:-1] + e for e in ("я", "ю", "ем", "и")]
        return [word[:-1] + e for e in ("я", "ю", "ем", "е")]
    if last == "ы":
        base = word[:-1]
        forms = [base + e for e in ("ов", "ам", "ами", "ах")]
        return forms + ([base] if len(base) >= 4 else [])
    if last == "о":
        if low.endswith(("ово", "ево", "ино", "ыно")):
            return [word[:-1] + e for e in ("а", "у", "ом", "е")]
        return []
    if last in _VOWELS:
        return []  # Тбилиси, Баку, Душанбе: not declined
    base = stem or word
    inst = ("ом", "ем") if last in _HUSHING + "ц" else ("ом",)
    return [base + e for e in ("а", "у", *inst, "е")]


def name_forms(name: str) -> list[str]:
    """ "Москва" -> Москва, Москвы, Москве, Москву, Москвой; "Нью-Йорк" -> ..., Нью-Йорке
    (the last part of a hyphenated name inflects); a multi-word name or an abbreviation
    ("ООН") as listed. Each also with е for ё."""
    if " " in name:
        return _without_yo([name])
    head, _, last = name.rpartition("-")
    prefix = f"{head}-" if head else ""
    return _without_yo([name] + [prefix + f for f in _noun(last)])
