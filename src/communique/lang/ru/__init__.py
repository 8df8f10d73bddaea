"""The Russian language pack: its tables beside this file, its code-like defaults here.

Russian capitalises names, not common nouns (as English does), but inflects them: "с Сергеем
Лавровым", "Захаровой", "в Брюсселе". Names, titles and places are matched in any case and
given in the nominative.
"""

from __future__ import annotations

from communique.lang.profile import LanguageProfile
from communique.lang.ru.titles import russian_title_base

PROFILE = LanguageProfile(
    code="ru",
    name="Russian",
    thousands_separator="\u00a0",
    decimal_separator=",",
    quote_pairs=(("«", "»"), ("„", "“"), ("“", "”"), ('"', '"')),
    title_base=russian_title_base,
)
