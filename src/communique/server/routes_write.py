"""Endpoints that run work: extracting a posted text, ingesting documents (only when the
server allows it, and only with its token) and exporting the store."""

from __future__ import annotations

import hmac
import io
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path as FsPath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from communique.deadline import Deadline
from communique.documents import ReadSettings, read_jsonl_stream, read_posted
from communique.errors import InputError
from communique.record import Document
from communique.server.errors import ERROR_RESPONSES, ErrorBody
from communique.server.models import ExtractRequest, IngestFailure, IngestRequest, IngestResult
from communique.server.routes import Res
from communique.server.settings import Resources
from communique.store.export import FOLDER_FORMATS, FORMATS, export
from communique.store.ingest import ingest_items

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

_TYPES = {
    "jsonl": ("application/x-ndjson", "events.jsonl"),
    "plover": ("application/x-ndjson", "events.plover.jsonl"),
    "dyadic": ("text/csv", "events.dyadic.csv"),
    "graphml": ("application/xml", "network.graphml"),
}


@router.post("/extract", tags=["extract"])
def extract(res: Res, body: ExtractRequest) -> dict[str, Any]:
    """The contract record (``communique.record/1``) of a posted text or HTML page; every
    span indexes its ``document.text``."""
    if body.lang is not None and body.lang not in res.engine.registry.codes:
        raise InputError("lang", f"{body.lang!r}: one of {', '.join(res.engine.registry.codes)}")
    settings = ReadSettings(max_bytes=res.settings.max_body, published=body.published)
    doc = read_posted(body.text.encode("utf-8"), "request", settings, html=body.html)
    if isinstance(doc, InputError):
        raise doc
    doc.language = body.lang or res.engine.identifier.identify(doc.text).lang
    if body.title and not doc.title:
        doc.title = body.title
    if doc.language:
        res.warm(doc.language)  # outside the time budget: loading is not this text's cost
    record = res.engine.extract_document(doc, Deadline.for_text(len(doc.text), 5.0))
    return record.to_dict()


def _authorised(res: Res, authorization: Annotated[str | None, Header()] = None) -> Resources:
    if not res.settings.allow_ingest:
        raise HTTPException(403, "ingest is off: start the server with --allow-ingest")
    expected = f"Bearer {res.settings.token}"
    if authorization is None:
        raise HTTPException(
            401, "ingest needs 'Authorization: Bearer <token>'", {"WWW-Authenticate": "Bearer"}
        )
    if not hmac.compare_digest(authorization.encode(), expected.encode()):
        raise HTTPException(403, "the token is not the server's")
    return res


_INGEST_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "No bearer token"},
    403: {"model": ErrorBody, "description": "Ingest is off, or the token is wrong"},
    415: {"model": ErrorBody, "description": "Neither JSON nor JSON Lines"},
}


@router.post(
    "/documents",
    response_model=IngestResult,
    tags=["documents"],
    responses=_INGEST_RESPONSES,
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {"schema": IngestRequest.model_json_schema()},
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
            "required": True,
        }
    },
)
async def ingest(request: Request, res: Annotated[Resources, Depends(_authorised)]) -> IngestResult:
    """Extract and store posted documents: JSON ``{"documents": [...]}`` or JSON Lines, one
    ``{"text", "id", "source", "published", "title", "lang"}`` per line."""
    from starlette.concurrency import run_in_threadpool

    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = await request.body()
    if kind == "application/json":
        try:
            posted = IngestRequest.model_validate_json(raw)
        except ValueError as exc:
            raise HTTPException(422, f"body: {str(exc).splitlines()[0]}") from exc
        lines = "\n".join(d.model_dump_json(exclude_none=True) for d in posted.documents)
        raw = lines.encode("utf-8")
    elif kind not in ("application/x-ndjson", "application/jsonl", "application/jsonlines"):
        raise HTTPException(415, "send application/json or application/x-ndjson (JSON Lines)")
    return await run_in_threadpool(_ingest, res, raw)


def _ingest(res: Resources, raw: bytes) -> IngestResult:
    failures: list[IngestFailure] = []

    def failed(where: str, why: str, trace: str | None = None) -> None:
        failures.append(IngestFailure(source=where, reason=why))

    def noted(items: Iterator[Document | InputError]) -> Iterator[Document | InputError]:
        for item in items:
            if isinstance(item, InputError):
                failed(item.source, item.reason)
            yield item

    read = ReadSettings(max_bytes=len(raw) + 1)
    items = noted(read_jsonl_stream(io.BytesIO(raw), "request", read))
    with res.write_lock:
        store = res.writer()
        try:
            summary = ingest_items(store, items, res.engine, on_failure=failed)
        finally:
            store.close()
    return IngestResult(
        read=summary.read,
        new=summary.new,
        unchanged=summary.unchanged,
        reextracted=summary.reextracted,
        failed=summary.failed,
        reports=summary.reports,
        events=summary.events,
        failures=failures,
    )


Format = Annotated[
    str, Path(pattern="^(" + "|".join(FORMATS) + ")$", description=", ".join(FORMATS))
]


@router.get(
    "/export/{fmt}",
    tags=["export"],
    response_class=FileResponse,
    responses={
        200: {
            "description": "The export as a file (a zip archive for folder formats)",
            "content": {
                kind: {"schema": {"type": "string", "format": "binary"}}
                for kind in (
                    "application/x-ndjson",
                    "text/csv",
                    "application/xml",
                    "application/zip",
                )
            },
        }
    },
)
def export_store(res: Res, fmt: Format) -> FileResponse:
    """The store in one of ``communique export``'s formats; folder formats (csv, parquet)
    come as a zip archive of the folder."""
    work = FsPath(tempfile.mkdtemp(prefix="communique-export-"))
    cleanup = BackgroundTask(shutil.rmtree, work, ignore_errors=True)
    try:
        store = res.reader()
        if fmt in FOLDER_FORMATS:
            folder = work / fmt
            export(store, fmt, folder)
            archive = work / f"communique-{fmt}.zip"
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
                for path in sorted(folder.rglob("*")):
                    if path.is_file():
                        zf.write(path, path.relative_to(folder).as_posix())
            return FileResponse(archive, media_type="application/zip", filename=archive.name,
                                background=cleanup)  # fmt: skip
        media, name = _TYPES.get(fmt, ("application/octet-stream", f"events.{fmt}"))
        out = work / name
        export(store, fmt, out)
        return FileResponse(out, media_type=media, filename=name, background=cleanup)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
