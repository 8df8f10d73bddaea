"""How extraction time grows with the size of a document: seconds per 100 KB on generated
texts of 10 KB to 10 MB (1 KB = 1,000 characters) of several shapes, each measurement in a
fresh subprocess with a wall-clock limit, so that one pathological input cannot stall the run.

    PYTHONPATH=src python bench/bench_scaling.py [--sizes 10k,100k,1m,10m]
        [--shapes de,en,nopunct-de,names-de,quotes-de,short-de,short-en] [--limit-seconds 120]

Shapes (every text is generated here; the names are made of syllables):

- ``de``, ``en``: the shipped example press release of that language, repeated;
- ``nopunct-<lang>``: the example's words in order as one line, no punctuation, no newline;
- ``names-<lang>``: a lead sentence with a meeting verb, then 10,000 "Firstname Surname"
  pairs separated by commas and newlines (from 300 first names and 300 surnames), repeated;
- ``quotes-<lang>``: „…“ inside "…" inside «…» with speech verbs and names, repeated;
- ``short-<lang>``: "X traf Y." / "X met Y." with generated names.

The child loads the engine and warms it up on the example press release (data loading is not
counted), generates the text, then times ``Communique().extract_document(Document(...))``; the
limit counts from the end of the warm-up. Prints a Markdown table (seconds per 100 KB, peak
RSS of the child, events found) and one verdict line per shape: is the time per 100 KB flat
within 2× across the sizes run, and which sizes took over 1 s per 100 KB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import select
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

from communique.lang import Registry

PUBLISHED = "2025-03-14"
_SIZE = re.compile(r"(\d+(?:\.\d+)?)([km]?)")


def parse_size(size: str) -> int | None:
    """Characters of a size such as "10k", "2.5m" or "300" (None if it is none)."""
    m = _SIZE.fullmatch(size)
    if m is None:
        return None
    return int(float(m.group(1)) * {"": 1, "k": 1_000, "m": 1_000_000}[m.group(2)])


DEFAULT_SHAPES = ("de", "en", "nopunct-de", "names-de", "quotes-de", "short-de", "short-en")
WARMUP_SECONDS = 600  # loading the data and generating 10 MB, before the limit starts

# ------------------------------------------------------------------------------ texts


def example(lang: str) -> str:
    text = Registry().example(lang)
    if text is None:
        raise SystemExit(f"no example press release for {lang!r}")
    return text


_ONSETS = ("B", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W", "Br",
           "Dr", "Gr", "Kl", "Fr", "St", "Tr", "Sch", "Ch", "Z")  # fmt: skip
_VOWELS = ("a", "e", "i", "o", "u", "ei", "au", "ie")
_MIDDLES = ("l", "n", "r", "m", "d", "t", "v", "s", "nd", "rt", "lm")
_FIRST_ENDS = ("a", "o", "ina", "en", "us", "ia", "el", "an")
_SUR_ENDS = ("er", "mann", "sen", "ov", "ić", "ez", "berg", "ström", "ski", "ides")


def _names(rng: random.Random, ends: tuple[str, ...], count: int) -> list[str]:
    out: set[str] = set()
    while len(out) < count:
        syllables = rng.choice(_ONSETS) + rng.choice(_VOWELS)
        if rng.random() < 0.6:
            syllables += rng.choice(_MIDDLES) + rng.choice(_VOWELS)
        out.add((syllables + rng.choice(ends)).title())
    return sorted(out)


@dataclass(frozen=True)
class NamePool:
    first: list[str]
    last: list[str]

    def person(self, rng: random.Random) -> str:
        return f"{rng.choice(self.first)} {rng.choice(self.last)}"


def name_pool(seed: int = 6) -> NamePool:
    rng = random.Random(seed)
    return NamePool(_names(rng, _FIRST_ENDS, 300), _names(rng, _SUR_ENDS, 300))


def _fill(size: int, piece: Callable[[int], str], sep: str) -> str:
    """Pieces joined by ``sep`` until ``size`` characters, cut there (at a space if near)."""
    parts: list[str] = []
    n = 0
    i = 0
    while n < size:
        p = piece(i)
        parts.append(p)
        n += len(p) + len(sep)
        i += 1
    text = sep.join(parts)[:size]
    cut = text.rfind(" ", size - 40)
    return (text[:cut] if cut > 0 else text).rstrip()


def repeated_example(lang: str, size: int) -> str:
    body = example(lang).strip()
    return _fill(size, lambda _: body, "\n\n")


def no_punctuation(lang: str, size: int) -> str:
    words = re.findall(r"[^\W\d_]+", example(lang))
    return _fill(size, lambda i: words[i % len(words)], " ")


_NAME_LEADS = {
    "de": "Außenministerin {a} traf am Dienstag in Wien die folgenden Delegierten:\n",
    "en": "Foreign Minister {a} met the following delegates in Vienna on Tuesday:\n",
}


def name_list(lang: str, size: int) -> str:
    pool = name_pool()
    rng = random.Random(7)
    block_names = [pool.person(rng) for _ in range(10_000)]
    lines = [", ".join(block_names[i : i + 8]) for i in range(0, len(block_names), 8)]
    block = _NAME_LEADS[lang].format(a=pool.person(rng)) + ",\n".join(lines)
    return _fill(size, lambda _: block, "\n\n")


_QUOTES = {
    "de": (
        '«Wir haben gestern gehört, wie {a} sagte: "{b} erklärte uns: „Die Gespräche in Wien '
        'waren offen und konstruktiv“, und das hat uns überzeugt"», betonte '
        "Außenministerin {c} am Dienstag. "
    ),
    "en": (
        '«We heard {a} say: "{b} told us: „The talks in Vienna were open and constructive“, '
        'and that convinced us"», Foreign Minister {c} stressed on Tuesday. '
    ),
}


def nested_quotes(lang: str, size: int) -> str:
    pool = name_pool()
    rng = random.Random(8)
    template = _QUOTES[lang]

    def piece(i: int) -> str:
        text = template.format(a=pool.person(rng), b=pool.person(rng), c=pool.person(rng))
        return text + ("\n" if i % 5 == 4 else "")

    return _fill(size, piece, "")


_MET = {"de": "traf", "en": "met"}


def short_sentences(lang: str, size: int) -> str:
    pool = name_pool()
    rng = random.Random(9)
    verb = _MET[lang]

    def piece(i: int) -> str:
        end = "\n" if i % 10 == 9 else " "
        return f"{pool.person(rng)} {verb} {pool.person(rng)}.{end}"

    return _fill(size, piece, "")


def generate(shape: str, size: int) -> tuple[str, str]:
    """The text of ``shape`` at ``size`` characters, and its language."""
    if shape in ("de", "en"):
        return repeated_example(shape, size), shape
    kind, _, lang = shape.partition("-")
    makers: dict[str, Callable[[str, int], str]] = {
        "nopunct": no_punctuation,
        "names": name_list,
        "quotes": nested_quotes,
        "short": short_sentences,
    }
    if kind not in makers or lang not in ("de", "en"):
        raise ValueError(f"unknown shape {shape!r}")
    return makers[kind](lang, size), lang


def known_shape(shape: str) -> bool:
    try:
        generate(shape, 100)
    except ValueError:
        return False
    return True


# ------------------------------------------------------------------------------ child


def child(shape: str, size: int) -> int:
    """Warm up, say "ready", extract once, print the measurement as one JSON line."""
    from communique.pipeline import Communique
    from communique.record import Document

    text, lang = generate(shape, size)
    engine = Communique()
    engine.extract_document(Document(text=example(lang), language=lang, published=PUBLISHED))
    out = sys.stdout.buffer
    out.write(f"ready {len(text)}\n".encode())
    out.flush()
    t0 = time.perf_counter()
    record = engine.extract_document(Document(text=text, language=lang, published=PUBLISHED))
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    result = {
        "chars": len(text),
        "seconds": seconds,
        "peak_mb": peak_kb / 1024,
        "events": len(record.events),
        "max_participants": max((len(e.participants) for e in record.events), default=0),
    }
    out.write(json.dumps(result).encode() + b"\n")
    out.flush()
    return 0


# ----------------------------------------------------------------------------- parent


@dataclass
class Measurement:
    shape: str
    size: str
    chars: int | None = None
    seconds: float | None = None
    peak_mb: float | None = None
    events: int | None = None
    max_participants: int | None = None
    failure: str | None = None  # "> limit" or the child's error

    @property
    def per_100k(self) -> float | None:
        if self.seconds is None or not self.chars:
            return None
        return self.seconds / (self.chars / 100_000)


def _read_line(fd: int, buffer: bytearray, deadline: float) -> bytes | None:
    """One line from ``fd`` before ``deadline`` (None on timeout or end of file)."""
    while b"\n" not in buffer:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            return None
        chunk = os.read(fd, 65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    line, _, rest = bytes(buffer).partition(b"\n")
    buffer[:] = rest
    return line


def measure(shape: str, size: str, limit: float) -> Measurement:
    m = Measurement(shape, size)
    cmd = [sys.executable, __file__, "--child", shape, str(parse_size(size))]
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err)
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        buffer = bytearray()
        try:
            ready = _read_line(fd, buffer, time.monotonic() + WARMUP_SECONDS)
            if ready is not None and ready.startswith(b"ready "):
                m.chars = int(ready.split()[1])
                result = _read_line(fd, buffer, time.monotonic() + limit)
                if result is None and proc.poll() is None:
                    m.failure = "> limit"
                elif result:
                    for key, value in json.loads(result).items():
                        setattr(m, key, value)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            proc.stdout.close()
        if m.failure is None and m.seconds is None:
            err.seek(0)
            lines = err.read().decode("utf-8", "replace").strip().splitlines()
            m.failure = f"error: {lines[-1] if lines else f'exit {proc.returncode}'}"
    return m


def _fmt(value: float | None, spec: str) -> str:
    return "" if value is None else format(value, spec)


def row(m: Measurement, limit: float) -> str:
    if m.failure == "> limit":
        per = f"> {limit / (m.chars or 1) * 100_000:.3f}"
        return f"| {m.shape} | {m.size} | {m.chars or 0:,} | > {limit:g} | {per} | | > limit |"
    if m.failure is not None:
        return f"| {m.shape} | {m.size} | | | {m.failure} | | |"
    return (
        f"| {m.shape} | {m.size} | {m.chars:,} | {_fmt(m.seconds, '.2f')} |"
        f" {_fmt(m.per_100k, '.3f')} | {_fmt(m.peak_mb, ',.0f')} |"
        f" {m.events} (max {m.max_participants} participants) |"
    )


def verdict(shape: str, ms: list[Measurement], limit: float) -> str:
    timed = [m for m in ms if m.per_100k is not None]
    failed = [m.size for m in ms if m.failure is not None]
    pers = [m.per_100k for m in timed if m.per_100k is not None]
    if failed:
        why = ", ".join(
            f"{m.size} {'> limit' if m.failure == '> limit' else 'error'}"
            for m in ms
            if m.failure is not None
        )
        flat = f"no (did not finish: {why})"
    elif len(pers) < 2:
        flat = "n/a (one size)"
    else:
        ratio = max(pers) / max(min(pers), 1e-9)
        flat = f"{'yes' if ratio <= 2 else 'no'} ({ratio:.1f}× from fastest to slowest)"
    slow = [m.size for m in timed if (m.per_100k or 0) > 1.0] + failed
    over = ", ".join(slow) if slow else "none"
    return f"- **{shape}**: flat within 2×: {flat}; over 1 s per 100 KB: {over}"


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", default="10k,100k,1m,10m", help="characters: 10k, 2.5m, ...")
    ap.add_argument("--shapes", default=",".join(DEFAULT_SHAPES))
    ap.add_argument("--limit-seconds", type=float, default=120.0)
    ap.add_argument("--child", nargs=2, metavar=("SHAPE", "CHARS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child[0], int(args.child[1]))
    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    bad = [s for s in sizes if not parse_size(s)] + [s for s in shapes if not known_shape(s)]
    if bad:
        ap.error(f"unknown size or shape: {', '.join(bad)}")
    limit = args.limit_seconds
    print(f"Limit {limit:g} s per document; 1 KB = 1,000 characters; published={PUBLISHED}\n")
    print("| shape | size | chars | seconds | s per 100 KB | peak RSS MB | events |")
    print("|---|---|---:|---:|---:|---:|---|")
    verdicts: list[str] = []
    for shape in shapes:
        ms: list[Measurement] = []
        for size in sizes:
            m = measure(shape, size, limit)
            ms.append(m)
            print(row(m, limit), flush=True)
        verdicts.append(verdict(shape, ms, limit))
    print()
    print("\n".join(verdicts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
