"""Rewrite the golden records of the example press releases of the language packs.

``tests/test_golden.py`` compares the current extraction of each pack's
``src/communique/lang/<lang>/example.txt`` (published 2025-03-14, as ``communique extract
--example`` runs them) with ``tests/golden/<lang>/press_release_<lang>.json``. After a
deliberate change to the extractor, read the diff the test prints, make sure the new output
is an improvement, then run

    PYTHONPATH=src python scripts/update_golden.py [--check]

``--check`` writes nothing and exits 1 when a golden file is out of date.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"

if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from communique.cli.extract import example_documents  # noqa: E402
from communique.lang import Registry  # noqa: E402
from communique.pipeline import Communique  # noqa: E402
from communique.record import Document  # noqa: E402

LANGS = Registry().examples


def golden_path(lang: str) -> Path:
    return GOLDEN / lang / f"press_release_{lang}.json"


def example_document(lang: str) -> Document:
    """The example exactly as ``communique extract --example <lang>`` builds it."""
    [doc] = example_documents(lang)
    return doc


def golden_dict(engine: Communique, lang: str) -> dict[str, Any]:
    """The record as stored: ``to_dict()`` without the version-bearing ``extractor`` field."""
    record = engine.extract_document(example_document(lang)).to_dict()
    record.pop("extractor", None)
    return record


def dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    engine = Communique()
    stale = 0
    for lang in LANGS:
        path = golden_path(lang)
        new = dump(golden_dict(engine, lang))
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        if old == new:
            sys.stdout.write(f"unchanged: {path.relative_to(ROOT)}\n")
            continue
        stale += 1
        if args.check:
            sys.stdout.write(f"stale: {path.relative_to(ROOT)}\n")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(new, encoding="utf-8")
        sys.stdout.write(f"written: {path.relative_to(ROOT)}\n")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
