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


def folder_digest(folder: Path) -> str:
    """sha256 (hex, 16 digits) of every file's relative path and bytes under ``folder``,
    compiled Python caches left out."""
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        h.update(path.relative_to(folder).as_posix().encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


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

    def example(self, code: str) -> str | None:
        """The pack's example press release (``example.txt``, written for the project), if
        it has one."""
        path = self.folder(code) / "example.txt"
        return path.read_text(encoding="utf-8") if path.is_file() else None

    @property
    def examples(self) -> tuple[str, ...]:
        """Codes of the packs that ship an example."""
        return tuple(c for c in self.codes if (self.folder(c) / "example.txt").is_file())

    def digest(self, code: str) -> str:
        """A digest of everything in pack ``code`` (tables, word lists, profile): it changes
        whenever the pack's data does."""
        return folder_digest(self.folder(code))

    def profile(self, code: str) -> LanguageProfile:
        return self.profiles()[code] if code in self.codes else load_profile(code, self.root)

    def profiles(self) -> dict[str, LanguageProfile]:
        """Every pack's profile, by code (loaded once per registry)."""
        return dict(self._profiles)

    @cached_property
    def _profiles(self) -> dict[str, LanguageProfile]:
        return {code: load_profile(code, self.root) for code in self.codes}


__all__ = [
    "LanguageProfile",
    "PACKAGE_ROOT",
    "Registry",
    "folder_digest",
    "load_profile",
    "pack_codes",
]
