"""Texts of the shared corpora (``../shared/corpora``), addressed by a small pointer.

Gold files and benchmarks never copy corpus texts into the project: they point at them with
``{"corpus": "<path under the corpora root>", "row": N}`` (CSV: 0-based data row; JSON Lines:
0-based line, text in the ``text`` field; plain text files: no ``row``). A text written for the
project itself (a gold document with no corpus behind it) is kept next to its gold file and
named by ``{"file": "<path relative to the gold file's folder>"}``.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from communique.errors import GoldError

csv.field_size_limit(1 << 26)


def default_corpora_root() -> Path:
    """``$COMMUNIQUE_CORPORA`` or ``../shared/corpora`` next to the current directory."""
    env = os.environ.get("COMMUNIQUE_CORPORA")
    return Path(env) if env else Path.cwd().parent / "shared" / "corpora"


def iter_csv_texts(path: Path) -> Iterator[str]:
    """Texts of a 10kGNAD-style CSV (``label;'text'``) or of a CSV with a text-like column."""
    with path.open(encoding="utf-8", newline="") as fh:
        if path.parent.name == "de-10kgnad":
            for row in csv.reader(fh, delimiter=";", quotechar="'"):
                if len(row) >= 2:
                    yield row[1]
            return
        if path.parent.name == "en-agnews":  # no header: class,title,description
            for row in csv.reader(fh):
                if len(row) >= 3:
                    yield f"{row[1]}\n\n{row[2]}"
            return
        reader = csv.DictReader(fh)
        for rec in reader:
            text = rec.get("content") or rec.get("text") or rec.get("description") or ""
            title = rec.get("title")
            yield f"{title}\n\n{text}" if title else text


def iter_jsonl_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield str(json.loads(line).get("text", ""))


def load_text(source: Mapping[str, Any], root: Path | None = None, here: Path | None = None) -> str:
    """The text a pointer names; raises GoldError when it cannot be found. ``here`` is the
    folder that a ``file`` pointer is relative to (the gold file's folder; default: the
    current directory); ``root`` the corpora root of a ``corpus`` pointer."""
    own = source.get("file")
    if own is not None:
        if not isinstance(own, str) or not own:
            raise GoldError(f"pointer with a bad 'file': {dict(source)!r}")
        path = (here or Path.cwd()) / own
        if not path.is_file():
            raise GoldError(f"{path}: text file not found")
        with path.open(encoding="utf-8", newline="") as fh:
            return fh.read()
    base = root or default_corpora_root()
    rel = source.get("corpus")
    if not isinstance(rel, str):
        raise GoldError(f"pointer without 'corpus': {dict(source)!r}")
    path = base / rel
    if not path.is_file():
        raise GoldError(f"{path}: corpus file not found")
    row = source.get("row")
    if path.suffix in {".csv"}:
        texts: Iterator[str] = iter_csv_texts(path)
    elif path.suffix in {".jsonl", ".jsonlines"}:
        texts = iter_jsonl_texts(path)
    else:
        return path.read_text(encoding="utf-8", errors="replace")
    if not isinstance(row, int):
        raise GoldError(f"{path}: pointer needs an integer 'row'")
    for i, text in enumerate(texts):
        if i == row:
            return text
    raise GoldError(f"{path}: no row {row}")
