"""The one place where spans are made: every span is checked against the text it indexes."""

from __future__ import annotations

from dataclasses import dataclass

from communique.errors import SpanError


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of ``document.text``: ``text[start:end] == span.text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


def make_span(text: str, start: int, end: int, *, strip: bool = True) -> Span:
    """Return the checked span ``text[start:end]``; surrounding whitespace is trimmed.

    Raises SpanError when the offsets are out of range or the span is empty.
    """
    if not (0 <= start <= end <= len(text)):
        raise SpanError(f"span {start}:{end} outside text of length {len(text)}")
    if strip:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
    if start == end:
        raise SpanError(f"empty span at {start}")
    piece = text[start:end]
    span = Span(start, end, piece)
    if text[span.start : span.end] != span.text:  # pragma: no cover - defensive
        raise SpanError(f"span {start}:{end} does not match its text")
    return span
