"""What is code-like about a language: the defaults a language pack bundles with its tables.

Each pack's ``__init__.py`` defines ``PROFILE = LanguageProfile(...)`` (as spaCy's
``lang/de/__init__.py`` bundles its defaults). Stage modules read these fields instead of
branching on a language code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageProfile:
    """The code-like defaults of one language (fields grow as stages move here)."""

    code: str  # ISO 639-1
    name: str  # English name of the language
