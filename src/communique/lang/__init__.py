"""Language packs: everything one language needs, in one folder ``lang/<code>/``.

A pack is a folder with an ``__init__.py`` that defines ``PROFILE`` (a
:class:`~communique.lang.profile.LanguageProfile`: what is code-like about the language) next
to its data tables (``roles.tsv``, ``events.tsv``, ...). Folders without ``__init__.py`` hold
only a stopword profile for language identification (``lang/fr/stopwords.txt``): such
languages are recognised but not extracted.

The registry finds packs in a root folder (the package's own ``lang/`` by default, or any
folder given in ``Settings.lang_root``): adding a language means adding a folder.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from communique.errors import KnowledgeError
from communique.lang.profile import LanguageProfile

PACKAGE_ROOT = Path(__file__).resolve().parent


def pack_codes(root: Path = PACKAGE_ROOT) -> tuple[str, ...]:
    """Codes of the language packs under ``root``, sorted."""
    if not root.is_dir():
        raise KnowledgeError(f"{root}: language folder not found")
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "__init__.py").is_file())
    )


def load_profile(code: str, root: Path = PACKAGE_ROOT) -> LanguageProfile:
    """The ``PROFILE`` of pack ``code`` under ``root``."""
    init = root / code / "__init__.py"
    if not init.is_file():
        raise KnowledgeError(f"no language pack {code!r} in {root}")
    if root.resolve() == PACKAGE_ROOT:
        module = importlib.import_module(f"communique.lang.{code}")
    else:  # a pack outside the package: loaded from its file, under a name of its own
        tag = hashlib.sha256(str(init.resolve()).encode()).hexdigest()[:12]
        spec = importlib.util.spec_from_file_location(f"communique_lang_{code}_{tag}", init)
        if spec is None or spec.loader is None:
            raise KnowledgeError(f"{init}: cannot be loaded")
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as exc:
            raise KnowledgeError(f"{init}: {type(exc).__name__}: {exc}") from exc
    profile = getattr(module, "PROFILE", None)
    if not isinstance(profile, LanguageProfile):
        raise KnowledgeError(f"{init}: defines no PROFILE (a LanguageProfile)")
    if profile.code != code:
        raise KnowledgeError(f"{init}: PROFILE.code is {profile.code!r}, folder is {code!r}")
    return profile


@dataclass(frozen=True)
class Registry:
    """The language packs of one root folder."""

    root: Path = PACKAGE_ROOT

    @cached_property
    def codes(self) -> tuple[str, ...]:
        return pack_codes(self.root)

    def folder(self, code: str) -> Path:
        return self.root / code

    def profile(self, code: str) -> LanguageProfile:
        return load_profile(code, self.root)


__all__ = ["LanguageProfile", "PACKAGE_ROOT", "Registry", "load_profile", "pack_codes"]
