"""``communique batch`` without a cluster: its help, its arguments, and Dask being optional."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main

REPO = Path(__file__).resolve().parents[1]


def test_help_says_how_to_use_an_existing_cluster() -> None:
    result = CliRunner().invoke(main, ["batch", "--help"])
    assert result.exit_code == 0
    for words in ("--scheduler", "tcp://host:8786", "--partition-size", "communique[batch]",
                  "_SUCCESS", "communique ingest OUT"):  # fmt: skip
        assert words in result.output


def test_workers_and_scheduler_exclude_each_other(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "batch",
            "x",
            "--out",
            str(tmp_path / "o"),
            "--workers",
            "2",
            "--scheduler",
            "tcp://127.0.0.1:1",
        ],  # fmt: skip
    )
    assert result.exit_code == 2 and "not with --scheduler" in result.output


def test_without_dask_the_message_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # find_spec: not installed
    result = CliRunner().invoke(main, ["batch", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "needs Dask" in result.output and "pip install 'communique[batch]'" in result.output
    assert not (tmp_path / "o").exists()


def test_importing_communique_never_imports_dask() -> None:
    code = (
        "import sys, communique, communique.cli, communique.batch, communique.batch.reading, "
        "communique.store.ingest, communique.pipeline; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    env_path = str(REPO / "src")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert out.stdout.strip() == "[]"


def test_unreachable_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from communique.batch.run import BatchSettings, run_batch
    from communique.errors import BatchError

    (tmp_path / "a.txt").write_text("Anna Berg traf Peter Novak.", encoding="utf-8")
    settings = BatchSettings(scheduler="tcp://127.0.0.1:9", connect_timeout=1.0)
    with pytest.raises(BatchError, match="tcp://127.0.0.1:9: cannot connect to the Dask sched"):
        run_batch([str(tmp_path / "a.txt")], tmp_path / "o", settings)
