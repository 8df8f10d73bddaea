"""The knowledge base's files: where they ship, and reading them with errors that name the
file."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from communique.errors import KnowledgeError


def default_kb_dir() -> Path:
    return Path(str(resources.files("communique") / "kb"))


def read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise KnowledgeError(f"{path}: {exc}") from exc


def read_lines(path: Path) -> frozenset[str]:
    try:
        return frozenset(path.read_text(encoding="utf-8").split("\n")) - {""}
    except OSError as exc:
        raise KnowledgeError(f"{path}: {exc}") from exc
