"""A test-only engine for ``communique batch``: a text with "POISON" in it raises inside
extraction; one with "SLOW" in it takes "an hour" (its deadline is moved back, so the real
time budget, at least 5 s, is spent at the first check).

Workers import it by path (``BatchSettings(engine="batch_poison:PoisonedEngine")``): the
tests folder is on the path of the workers a local cluster spawns.
"""

from __future__ import annotations

from communique.deadline import Deadline
from communique.known import KnownActors
from communique.pipeline import Communique
from communique.record import Document, Record

MARK = "POISON"
SLOW = "SLOW"


class PoisonedEngine(Communique):
    def extract_document(
        self, doc: Document, deadline: Deadline | None = None, known: KnownActors | None = None
    ) -> Record:
        if MARK in doc.text:
            raise RuntimeError("poisoned document")
        if SLOW in doc.text and deadline is not None:
            deadline.started -= 3600
        return super().extract_document(doc, deadline, known)
