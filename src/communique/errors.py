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
