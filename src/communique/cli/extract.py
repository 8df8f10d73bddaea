"""The extraction commands: ``extract`` (records of documents) and ``eval`` (scores on gold)."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from communique.cli.progress import (
    Bar,
    F,
    report_reason,
    run_options,
    show_progress,
    workers_option,
)
from communique.documents import ReadSettings, read_inputs
from communique.errors import CommuniqueError, InputError, StoreError
from communique.lang import Registry
from communique.parallel import ExtractionPool, WorkerSetup, inline, pool_threshold
from communique.pipeline import Communique, Settings
from communique.record import Document
from communique.render import render_table
from communique.store.database import Store
from communique.store.registry import StoreRegistry

PACKS = Registry()
EXAMPLE_PUBLISHED = "2025-03-14"


def example_documents(which: str, registry: Registry = PACKS) -> list[Document]:
    """The example press releases of the language packs (``which``: a code or "all")."""
    langs = registry.examples if which == "all" else (which,)
    return [
        Document(
            text=registry.example(lang) or "",
            source=f"example:{lang}",
            language=lang,
            published=EXAMPLE_PUBLISHED,
        )
        for lang in langs
    ]


def known_option(help_text: str) -> Callable[[F], F]:
    """``--known DB``: an event store whose registry fills what texts do not state."""
    return click.option(
        "--known",
        "known_db",
        metavar="DB",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        help=help_text,
    )


def _single_document(arg: str) -> bool:
    return arg != "-" and not arg.endswith((".jsonl", ".json")) and not Path(arg).is_dir()


@click.command()
@click.argument("files", nargs=-1, type=str)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "table"]),
    default=None,
    help="json: one pretty record per document; jsonl: one record a line (default for "
    "several documents); table: a readable summary per event.",
)
@click.option(
    "--lang",
    type=click.Choice(PACKS.codes),
    default=None,
    help="Language of every input (default: detected per document).",
)
@click.option(
    "--published",
    metavar="DATE",
    default=None,
    help="Publication date of every input, over its own metadata (YYYY, YYYY-MM, "
    "YYYY-MM-DD or an ISO date-time; default: the input's metadata, else a date the text "
    "prints). Relative dates resolve against a full date.",
)
@click.option(
    "--example",
    type=click.Choice([*PACKS.examples, "all"]),
    default=None,
    is_flag=False,
    flag_value="all",
    help="Run on the example press release shipped with communique (de, en or all).",
)
@click.option(
    "--max-bytes",
    type=int,
    default=20_000_000,
    show_default=True,
    help="Refuse documents larger than this.",
)
@known_option(
    "An event store whose documents state what a text does not: a person's affiliation "
    'seen there is filled in and named in actors[].inferred (e.g. "store:actor/412").'
)
@workers_option
@run_options
def extract(
    files: tuple[str, ...],
    fmt: str | None,
    lang: str | None,
    published: str | None,
    example: str | None,
    max_bytes: int,
    known_db: Path | None,
    workers: int,
    timeout: float,
    debug: bool,
    progress: bool | None,
) -> None:
    """Extract one record per document from FILES (.txt, .html, .jsonl, a folder, or - for
    standard input) and print them.

    A document that cannot be read or extracted (or takes longer than --timeout) gets one
    line on standard error naming it (with the line of a JSON Lines file) and the reason;
    the other documents are still processed, and the exit status is 1.
    """
    if not files and not example:
        raise click.UsageError("give at least one FILE (or - for standard input), or --example")
    engine = Communique(Settings(timeout=timeout or None))
    try:
        settings = ReadSettings(max_bytes=max_bytes, lang=lang, published=published)
    except InputError as exc:
        raise click.BadParameter(exc.reason, param_hint=exc.source) from exc
    store = _known_store(known_db)
    known = StoreRegistry(store) if store is not None else None
    failed = 0
    items: list[Document | InputError] = []
    if example:
        items.extend(example_documents(example))
    stream: Iterator[Document | InputError] = (
        read_inputs(list(files), settings) if files else iter(())
    )
    single = len(files) + len(items) == 1 and (not files or _single_document(files[0]))
    chosen = fmt or ("json" if single else "jsonl")
    bar = Bar(show_progress(progress), "extract")
    inputs = _with_language(itertools.chain(items, stream), lang)
    pooled = workers > 1 and not single
    head = list(itertools.islice(inputs, pool_threshold(workers))) if pooled else []
    pool: ExtractionPool | None = None
    if pooled and len(head) >= pool_threshold(workers):
        pool = ExtractionPool(WorkerSetup(engine.settings, known_db), workers)
        outcomes = pool.outcomes(itertools.chain(head, inputs))
    else:
        outcomes = inline(engine, itertools.chain(head, inputs), known, bar.on_stage, timeout)
    try:
        for outcome in outcomes:
            bar.advance()
            if isinstance(outcome, InputError):
                failed += 1
                click.echo(f"communique: error: {outcome}", err=True)
                continue
            if outcome.record is None:
                failed += 1
                report_reason(outcome.document.origin, outcome.reason, outcome.trace, debug)
                continue
            record = outcome.record
            for w in record.warnings:
                click.echo(f"communique: warning: {outcome.document.origin}: {w}", err=True)
            if chosen == "table":
                click.echo(render_table(record))
            elif chosen == "json":
                click.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))
            else:
                click.echo(json.dumps(record.to_dict(), ensure_ascii=False))
    finally:
        if pool is not None:
            pool.terminate()
        bar.close()
        if store is not None:
            store.close()
    if failed:
        sys.exit(1)


def _with_language(
    items: Iterator[Document | InputError], lang: str | None
) -> Iterator[Document | InputError]:
    for item in items:
        if lang and isinstance(item, Document) and not item.language:
            item.language = lang
        yield item


def _known_store(path: Path | None) -> Store | None:
    """The store given with --known; it must exist (a new empty one would know nothing)."""
    if path is None:
        return None
    try:
        return Store(path, readonly=True)
    except StoreError as exc:
        raise click.BadParameter(str(exc), param_hint="--known") from exc


@click.command(name="eval")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of gold YAML files (default: the project's gold/).",
)
@click.option(
    "--corpora",
    type=click.Path(path_type=Path),
    default=None,
    help="Root of the shared corpora the gold files point at "
    "(default: $COMMUNIQUE_CORPORA or ../shared/corpora).",
)
@click.option("--lang", type=click.Choice(PACKS.codes), default=None, help="Only this language.")
@click.option(
    "--details",
    is_flag=True,
    help=(
        "List every missed and spurious pair and event, and every wrong role, affiliation,"
        " place and status."
    ),
)
@click.option(
    "--public",
    type=click.Choice(["rams-dev", "rams-test", "plover", "factrueval-dev", "factrueval-test"]),
    default=None,
    help="Instead of the gold set, a check on text others annotated: RAMS meeting windows "
    "(tune on rams-dev, report rams-test), the PLOVER gold sentences, or the Russian "
    "FactRuEval-2016 Meeting and Occupation facts (tune on factrueval-dev, report "
    "factrueval-test).",
)
@known_option(
    "Extract with the registry of this event store (see extract --known); affiliations it "
    "fills are scored as affiliation_kb where the gold says knowledge."
)
def evaluate(
    gold_dir: Path | None,
    corpora: Path | None,
    lang: str | None,
    details: bool,
    public: str | None,
    known_db: Path | None,
) -> None:
    """Score extraction against the development gold set: per-field precision, recall and F1
    (participant pairs, role class, affiliation, place, status, quote speakers); with
    --gold gold-test, the held-out set; with --public, a check on public annotated corpora."""
    from communique.corpora import default_corpora_root
    from communique.evaluation import evaluate_gold, format_report
    from communique.factrueval import FactRuEvalReport, check_factrueval
    from communique.public_checks import PloverReport, RamsReport, check_plover, check_rams

    try:
        if public is not None:
            root = corpora or default_corpora_root()
            checked: PloverReport | RamsReport | FactRuEvalReport
            if public == "plover":
                checked = check_plover(Communique(), root)
            elif public.startswith("factrueval-"):
                checked = check_factrueval(Communique(), root, public.split("-")[1])
            else:
                checked = check_rams(Communique(), root, public.split("-")[1])
            click.echo("\n".join(checked.lines()))
            if details:
                click.echo("\n".join(["", *checked.details]))
            return
        store = _known_store(known_db)
        try:
            known = StoreRegistry(store) if store is not None else None
            report = evaluate_gold(Communique(), gold_dir, corpora, lang, known)
        finally:
            if store is not None:
                store.close()
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_report(report, details=details))
