"""Spans: made only through make_span, which checks them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.errors import SpanError
from communique.spans import make_span


def test_trims_whitespace() -> None:
    s = make_span("  Brüssel  ", 0, 11)
    assert (s.start, s.end, s.text) == (2, 9, "Brüssel")


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2), (0, 99), (1, 1)])
def test_rejects_bad_offsets(start: int, end: int) -> None:
    with pytest.raises(SpanError):
        make_span("abc", start, end)


def test_rejects_blank() -> None:
    with pytest.raises(SpanError):
        make_span("a   b", 1, 4)


@given(st.text(min_size=1), st.data())
def test_property_span_is_the_range_without_its_outer_whitespace(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    piece = text[start:end]
    if not piece.strip():
        with pytest.raises(SpanError):
            make_span(text, start, end)
        return
    span = make_span(text, start, end)
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    assert (span.start, span.end) == (start + lead, end - trail)
    assert span.text == piece.strip()
    untrimmed = make_span(text, start, end, strip=False)
    assert (untrimmed.start, untrimmed.end, untrimmed.text) == (start, end, piece)
