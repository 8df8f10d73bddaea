"""One error hierarchy for the whole library: library code raises, the CLI reports."""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base class of every error communique raises on purpose."""


class InputError(CommuniqueError):
    """A document could not be read: names the source and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class SpanError(CommuniqueError):
    """A span does not index the text it claims to (an internal defect, never user input)."""


class KnowledgeError(CommuniqueError):
    """Shipped language or knowledge-base data is missing or malformed."""


class GoldError(CommuniqueError):
    """A gold annotation file is malformed or points at a text that cannot be found."""


class StoreError(CommuniqueError):
    """The event store cannot be opened or written: names the database file and the reason."""


class BatchError(CommuniqueError):
    """A batch run cannot start or go on (no Dask, an output folder of another run, a lost
    worker): names the folder or partition and the reason."""


class ExtractionTimeout(CommuniqueError):
    """A document took longer than its time budget (``--timeout``); the run goes on."""


def failure_reason(exc: BaseException) -> str:
    """The reason a document failed, for a one-line message: our own errors as they are,
    anything else as an extractor defect with its type (the hint a bug report needs)."""
    if isinstance(exc, CommuniqueError):
        return str(exc)
    return f"extraction failed ({type(exc).__name__}: {exc})"
