"""The Russian language pack: its tables beside this file, its code-like defaults here.

Russian capitalises names, not common nouns (as English does), but inflects them: "с Сергеем
Лавровым", "Захаровой", "в Брюсселе". Names, titles and places are matched in any case and
given in the nominative.
"""

from __future__ import annotations

from communique.lang.profile import LanguageProfile
from communique.lang.ru.forms import adjective_forms, name_forms

PROFILE = LanguageProfile(
    code="ru",
    name="Russian",
    thousands_separator="\u00a0",
    decimal_separator=",",
    quote_pairs=(("«", "»"), ("„", "“"), ("“", "”"), ('"', '"')),
    # multi-word names match by their words' stems ("Европейского союза" -> "Европейск союз"):
    # the longest ending first, each leaving a stem of three letters at least
    name_case_endings=(
        "ями",
        "ами",
        "ого",
        "его",
        "ому",
        "ему",
        "ыми",
        "ими",
        "ией",
        "ием",
        "иею",
        "ой",
        "ей",
        "ом",
        "ем",
        "ою",
        "ам",
        "ям",
        "ах",
        "ях",
        "ую",
        "ая",
        "ое",
        "ые",
        "ие",
        "ых",
        "их",
        "ым",
        "им",
        "ий",
        "ый",
        "ия",
        "ии",
        "ию",
        "ов",
        "ев",
        "а",
        "я",
        "у",
        "ю",
        "е",
        "ы",
        "и",
        "о",
        "ь",
        "й",
    ),
    # organisation abbreviations that decline ("МИДа", "МИДом")
    name_genitive_suffixes=("а", "у", "ом", "е"),
    adjective_forms=adjective_forms,
    name_forms=name_forms,
)
