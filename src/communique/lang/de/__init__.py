"""The German language pack: its tables beside this file, its code-like defaults here."""

from communique.lang.profile import LanguageProfile

PROFILE = LanguageProfile(code="de", name="German")
