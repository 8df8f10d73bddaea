"""Walking a record (its JSON form) for spans, shared by the span tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def record_spans(node: Any, where: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every nested dict that is a span (integer start/end and a text), with its path."""
    if isinstance(node, dict):
        start, end = node.get("start"), node.get("end")
        if type(start) is int and type(end) is int and isinstance(node.get("text"), str):
            yield where, node
        for key, value in node.items():
            yield from record_spans(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from record_spans(value, f"{where}[{i}]")
