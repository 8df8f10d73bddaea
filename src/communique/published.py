"""Publication dates as users and feeds give them: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or an
ISO 8601 date-time (``2025-02-17T09:30:00+01:00``, ``2025-02-17 09:30Z``).

A partial date stays partial: a feed that knows only the month ("2025-02") says so, and the
store treats it as any day of that month. A date-time keeps the date it names in its own time
zone (the publisher's calendar day), not the UTC day.
"""

from __future__ import annotations

import datetime as dt
import re

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DATETIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE,
)
EXPECTED = "YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time"


def published_date(value: str) -> str:
    """``value`` as the store keeps it (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); raises
    ``ValueError`` saying why when it is not a real date in one of those forms."""
    text = value.strip()
    m = _DATETIME.fullmatch(text)
    if m is not None:
        stamp = f"{m.group(1)}T{m.group(2).replace(',', '.')}{_zone(m.group(3))}"
        try:
            return dt.datetime.fromisoformat(stamp).date().isoformat()
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a real date-time ({exc})") from exc
    m = _PARTIAL.fullmatch(text)
    if m is None:
        raise ValueError(f"{value!r} is not {EXPECTED}")
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date ({exc})") from exc
    return text


def _zone(zone: str | None) -> str:
    if not zone or zone.upper() == "Z":
        return "+00:00" if zone else ""
    if len(zone) == 3:  # "+01"
        return f"{zone}:00"
    return zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"


def exact_date(value: str | None) -> dt.date | None:
    """The day of a full ``YYYY-MM-DD`` publication date; None for a partial or no date."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
