"""Errors as the API answers them: ``{"error": {"status": 404, "message": "..."}}``, 4xx for
anything a request did wrong, and the library's errors mapped to their status."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from communique.errors import CommuniqueError, ExtractionTimeout, InputError, StoreError
from communique.store.export import ExportError
from communique.store.query import QueryError
from communique.store.read import NotFoundError


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


def _described(description: str) -> dict[str, Any]:
    return {"model": ErrorBody, "description": description}


# documented on every route: what a client may get besides the answer
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _described("A malformed filter or unreadable input (the message says which)"),
    404: _described("No such id or path"),
    413: _described("The request body is larger than the server's limit"),
    422: _described("A parameter of the wrong type or out of range (the message names it)"),
    503: _described("The store cannot be read, or an extraction ran out of its time budget"),
}


def error_response(
    status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = ErrorBody(error=ErrorDetail(status=status, message=message))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def status_of(exc: CommuniqueError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, QueryError | InputError | ExportError):
        return 400
    if isinstance(exc, StoreError | ExtractionTimeout):
        return 503
    return 400


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one JSON shape."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, _validation_message(exc))

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        headers = getattr(exc, "headers", None)
        return error_response(exc.status_code, str(exc.detail), headers)

    @app.exception_handler(CommuniqueError)
    async def _library(request: Request, exc: CommuniqueError) -> JSONResponse:
        if isinstance(exc, NotFoundError):  # not the server's file name
            return error_response(404, f"no {exc.what} {exc.key}")
        return error_response(status_of(exc), str(exc))
