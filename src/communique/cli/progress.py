"""What long runs share on the command line: the time budget, failure lines and progress.

``--timeout`` (seconds per 100 KB), ``--debug`` and ``--progress`` are the same options for
``extract`` and ``ingest``; a failed document is one line on standard error naming where it
was read (the file, and the line of a JSON Lines file) and the reason, with the exception's
type as a hint for a bug report and the traceback only under ``--debug``.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import click

from communique.deadline import DEFAULT_SECONDS_PER_100KB
from communique.errors import failure_reason
from communique.parallel import POOL_MIN_PER_WORKER, default_workers

F = TypeVar("F", bound=Callable[..., Any])


def run_options(func: F) -> F:
    """``--timeout``, ``--debug`` and ``--progress/--no-progress``."""
    func = click.option(
        "--progress/--no-progress",
        default=None,
        help="Progress bar on standard error (default: when it is a terminal).",
    )(func)
    func = click.option(
        "--debug", is_flag=True, help="Print the traceback of documents that fail."
    )(func)
    func = click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        default=DEFAULT_SECONDS_PER_100KB,
        show_default=True,
        metavar="SECONDS",
        help="Time budget per 100 KB of text (at least 5 s a document); a document that "
        "takes longer is reported as failed and the run goes on. 0: no limit.",
    )(func)
    return func


def report_failure(where: str, exc: BaseException, *, debug: bool) -> None:
    report_reason(where, failure_reason(exc), "".join(traceback.format_exception(exc)), debug)


def report_reason(where: str, reason: str | None, trace: str | None, debug: bool) -> None:
    """One line naming the failed document and why; the traceback only under ``--debug``."""
    click.echo(f"communique: error: {where}: {reason}", err=True)
    if debug and trace:
        click.echo(trace.rstrip(), err=True)


def workers_option(func: F) -> F:
    """``--workers N``: extraction in N processes (default: every core)."""
    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=default_workers(),
        show_default="the number of cores",
        metavar="N",
        help="Extract in N processes; the output is the same, in the same order, as with "
        f"1. Runs of fewer than {POOL_MIN_PER_WORKER} documents per worker stay in one process.",
    )(func)


def show_progress(flag: bool | None) -> bool:
    return flag if flag is not None else sys.stderr.isatty()


class Bar:
    """A tqdm bar on standard error (documents done, the document and stage at hand), or
    nothing when disabled."""

    def __init__(self, enabled: bool, desc: str, total: int | None = None) -> None:
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="doc", desc=desc, file=sys.stderr)
        self._current = ""

    def start(self, where: str) -> None:
        self._current = where
        self.stage("reading")

    def stage(self, name: str) -> None:
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self._current} [{name}]", refresh=False)
            self._bar.update(0)  # redraws at most every mininterval: shows a long one is alive

    def on_stage(self, where: str, name: str) -> None:
        """A document's origin and its stage at hand (``parallel.inline``)."""
        if name == "reading":
            self.start(where)
        else:
            self.stage(name)

    def advance(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
