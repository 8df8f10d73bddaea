"""A store for the HTTP API's tests, built by ``communique ingest`` from the project's own
texts: the packaged example releases (German, English, Russian) and ``tests/store_corpus``."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from communique.cli import main

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [
    *sorted(str(p) for p in (ROOT / "src" / "communique" / "lang").glob("*/example.txt")),
    str(ROOT / "tests" / "store_corpus"),
]


def build_store(path: Path) -> None:
    # (no time budget: on a loaded machine a document may take longer than it allows, and
    # these tests are about the API, not about budgets)
    args = ["ingest", *INPUTS, "--db", str(path), "--no-progress", "--timeout", "0"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
