"""HTTP API benchmark (issue 11): latency of every read endpoint of ``communique serve`` on a
generated store of 1 million merged events, of ``POST /api/extract``, and requests per second
with concurrent clients.

    python bench/bench_server.py [--events 1000000] [--db PATH] [--requests 50] [--clients 16]
                                 [--seconds 20] [--extract-seconds 10] [--seed FILE]

Starts a real server as a subprocess (``communique serve --db DB --port P --no-dashboard``,
uvicorn, one process) and waits until ``/api/health`` answers; every figure is wall time seen
by an ``httpx`` client on localhost (HTTP, JSON encoding and decoding included).
Part 1 posts the seed text (``{"text": ..., "lang": null}``) to ``/api/extract``: the first
request (language packs load) apart, then median and p95 over ``--requests`` sequential ones.
Part 2 times each read endpoint ``--requests`` times in sequence with random parameters taken
from the store the way ``bench_store.query_latency`` takes them (half of the actors weighted
by popularity, half uniform; full-text words by document frequency), after one warm-up request.
Part 3 runs ``--clients`` concurrent clients (``httpx.AsyncClient``, one task each) for
``--seconds`` on a mix of event, actor and search requests, then on ``/api/extract``, and
reports requests per second with the latency under load.
The store comes from ``bench_store.generate`` (a few minutes for 1M events); ``--db`` reuses
it (or creates it there). Prints Markdown; the figures go into bench/RESULTS.md "## Store".
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench_store import ORGS, generate, percentile
from communique.store.filters import Codes
from communique.store.identity import fold_name

Request = tuple[str, str, dict[str, Any] | None, Any]  # method, path, query params, JSON body


@dataclass
class Timings:
    times: list[float] = field(default_factory=list)  # ms
    errors: int = 0
    sizes: list[int] = field(default_factory=list)  # response bytes

    def row(self, name: str) -> str:
        t = self.times
        kb = statistics.mean(self.sizes) / 1000 if self.sizes else 0.0
        return (
            f"| {name} | {len(t)} | {statistics.median(t):.1f} | {percentile(t, 95):.1f} | "
            f"{max(t):.1f} | {kb:.1f} | {self.errors} |"
        )


HEADER = (
    "| request | n | median ms | p95 ms | max ms | mean KB | errors |\n"
    "|---|---:|---:|---:|---:|---:|---:|"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``communique serve`` as a subprocess, up once ``/api/health`` answers."""

    def __init__(self, db: Path, port: int, log: Path, workers: int = 1) -> None:
        exe = Path(sys.executable).with_name("communique")
        cmd = [str(exe), "serve", "--db", str(db), "--port", str(port), "--no-dashboard",
               "--workers", str(workers)]  # fmt: skip
        self.url = f"http://127.0.0.1:{port}"
        self.log = log
        self._fh = log.open("wb")
        self.proc = subprocess.Popen(cmd, stdout=self._fh, stderr=subprocess.STDOUT)

    def wait(self, timeout: float = 300.0) -> float:
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"the server exited ({self.proc.returncode}):\n{self.log.read_text()}"
                )
            try:
                if httpx.get(f"{self.url}/api/health", timeout=5).status_code == 200:
                    return time.perf_counter() - t0
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"the server did not answer in {timeout:.0f} s")

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._fh.close()


def send(client: httpx.Client, req: Request) -> tuple[float, int, int]:
    method, path, params, body = req
    t0 = time.perf_counter()
    r = client.request(method, path, params=params, json=body)
    ms = (time.perf_counter() - t0) * 1000
    return ms, r.status_code, len(r.content)


def sequential(client: httpx.Client, reqs: list[Request], warm: bool = True) -> Timings:
    """Requests one after another (after one warm-up request when ``warm``)."""
    out = Timings()
    if warm:
        send(client, reqs[0])
    for req in reqs:
        ms, status, size = send(client, req)
        out.times.append(ms)
        out.sizes.append(size)
        if status != 200:
            out.errors += 1
    return out


async def _load(url: str, make: Callable[[], Request], clients: int, seconds: float) -> Timings:
    out = Timings()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:
        stop = time.perf_counter() + seconds

        async def worker() -> None:
            while time.perf_counter() < stop:
                method, path, params, body = make()
                t0 = time.perf_counter()
                r = await client.request(method, path, params=params, json=body)
                out.times.append((time.perf_counter() - t0) * 1000)
                out.sizes.append(len(r.content))
                if r.status_code != 200:
                    out.errors += 1

        await asyncio.gather(*(worker() for _ in range(clients)))
    return out


def load(
    url: str, make: Callable[[], Request], clients: int, seconds: float
) -> tuple[float, Timings]:
    t0 = time.perf_counter()
    out = asyncio.run(_load(url, make, clients, seconds))
    return len(out.times) / (time.perf_counter() - t0), out


class Sampler:
    """Real names, ids, codes and words of the store, drawn as ``bench_store.query_latency``
    draws them."""

    def __init__(self, db: Path, seed: int = 11) -> None:
        self.rng = random.Random(seed)
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        self.people: list[tuple[int, str, str | None]] = conn.execute(
            "SELECT id, name, affiliation FROM actors WHERE kind = 'person' ORDER BY id"
        ).fetchall()
        n = len(self.people)
        self.weights = list(itertools.accumulate(1.0 / (i + 1) ** 0.8 for i in range(n)))
        self.n_events = int(conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])
        states = Codes.load().states
        stored = {a for (a,) in conn.execute("SELECT DISTINCT affiliation FROM event_affiliations")}
        self.countries = sorted(c for c in stored if c in states)  # the filter takes real ISO3
        self.orgs = sorted(o for o in ORGS if o in stored)
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, documents_fts, row)")
        n_docs = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        terms = conn.execute("SELECT term, doc FROM temp.vocab WHERE term GLOB '[a-z]*'").fetchall()
        self.frequent = [t for t, d in terms if d > n_docs / 10]
        self.medium = [t for t, d in terms if n_docs / 1000 < d <= n_docs / 10]
        conn.close()
        if not (self.countries and self.frequent and self.medium):
            raise SystemExit(f"{db}: no real country codes or full-text words to ask about")

    def someone(self) -> tuple[int, str, str | None]:
        # half the questions about frequent actors, half about anyone
        if self.rng.random() < 0.5:
            return self.people[
                self.rng.choices(range(len(self.people)), cum_weights=self.weights)[0]
            ]
        return self.people[self.rng.randrange(len(self.people))]

    def cases(self) -> dict[str, Callable[[], Request]]:
        rng, someone = self.rng, self.someone

        def get(path: str, **params: Any) -> Request:
            return ("GET", path, params or None, None)

        return {
            "events, no filter": lambda: get("/api/events"),
            "events, actor=<full name>": lambda: get("/api/events", actor=someone()[1]),
            "events, country=<ISO3>": lambda: get(
                "/api/events", country=rng.choice(self.countries)),
            "events, dyad name x name": lambda: get(
                "/api/events", dyad_a=someone()[1], dyad_b=someone()[1]),
            "events, dyad country x org": lambda: get(
                "/api/events", dyad_a=rng.choice(self.countries), dyad_b=rng.choice(self.orgs)),
            "events, q=<word in 0.1-10% of docs>": lambda: get(
                "/api/events", q=rng.choice(self.medium)),
            "events, q=<word in >10% of docs>": lambda: get(
                "/api/events", q=rng.choice(self.frequent)),
            "events, offset=1000": lambda: get("/api/events", offset=1000),
            "events/{id}": lambda: get(f"/api/events/{rng.randint(1, self.n_events)}"),
            "actors/{id}": lambda: get(f"/api/actors/{someone()[0]}"),
            "actors/{id}, one of the 10 most active": lambda: get(
                f"/api/actors/{rng.choice(self.people[:10])[0]}"),
            "actors?name=<first-name prefix>": lambda: get(
                "/api/actors", name=fold_name(someone()[1].split()[0])[:4]),
            "actors?name=<surname prefix> (scan)": lambda: get(
                "/api/actors", name=fold_name(someone()[1].split()[-1])[:4]),
            "search?q=<word in 0.1-10% of docs>": lambda: get(
                "/api/search", q=rng.choice(self.medium)),
            "search?q=<word in >10% of docs>": lambda: get(
                "/api/search", q=rng.choice(self.frequent)),
            "network (default)": lambda: get("/api/network"),
            "places (default)": lambda: get("/api/places"),
            "facets": lambda: get("/api/facets"),
            "dyads?a=<name>&b=<name>": lambda: get("/api/dyads", a=someone()[1], b=someone()[1]),
            "dyads?a=<ISO3>&b=<org>": lambda: get(
                "/api/dyads", a=rng.choice(self.countries), b=rng.choice(self.orgs)),
        }  # fmt: skip

    def mix(self) -> Callable[[], Request]:
        """The load mix: a page of events (no filter, an actor, a word), an actor's profile,
        a document search."""
        cases = self.cases()
        names = [
            "events, no filter",
            "events, actor=<full name>",
            "events, q=<word in 0.1-10% of docs>",
            "actors/{id}",
            "search?q=<word in 0.1-10% of docs>",
        ]
        return lambda: cases[self.rng.choice(names)]()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=20_000)
    ap.add_argument("--db", type=Path, default=None, help="reuse (or create) this store")
    ap.add_argument("--requests", type=int, default=50, help="sequential requests per endpoint")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    ap.add_argument("--seconds", type=float, default=20.0, help="length of the mixed load run")
    ap.add_argument("--extract-seconds", type=float, default=10.0)
    ap.add_argument("--seed", type=Path, default=Path("../shared/seeds/000_e222fb3680946254.txt"))
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.db"
    if not db.exists():
        print(f"generating {args.events:,} events into {db}", file=sys.stderr)
        gen = generate(db, args.events, args.actors)
        print(f"generated in {gen['seconds']:,.0f} s; file {db.stat().st_size / 1e9:.2f} GB")
    print(
        f"{dt.date.today().isoformat()}, {os.cpu_count()} CPUs, load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} at start"
    )
    server = Server(db, free_port(), Path(tmp.name) / "server.log", args.workers)
    try:
        up = server.wait()
        with httpx.Client(base_url=server.url, timeout=120) as client:
            counts = client.get("/api/health").json()["store"]
            print(f"server up in {up:.1f} s; store: {counts['events']:,} events, "
                  f"{counts['documents']:,} documents, {counts['actors']:,} actors, "
                  f"{db.stat().st_size / 1e9:.2f} GB\n")  # fmt: skip
            seed: str | None = None
            if args.seed.is_file():
                seed = args.seed.read_text(encoding="utf-8")
            else:
                print(f"no seed text at {args.seed}: extract not measured\n")
            extract: Request = ("POST", "/api/extract", None, {"text": seed, "lang": None})
            if seed is not None:
                first, status, _ = send(client, extract)
                print(f"POST /api/extract, {len(seed):,} characters: first request "
                      f"{first:,.0f} ms (language packs load; status {status})\n")  # fmt: skip
                print(HEADER)
                print(sequential(client, [extract] * args.requests).row("POST /api/extract"))
                print()

            sampler = Sampler(db)
            print(
                f"{len(sampler.countries)} real country codes among the store's affiliations; "
                f"{len(sampler.frequent)} frequent and {len(sampler.medium)} medium words\n"
            )
            print(HEADER)
            for name, make in sampler.cases().items():
                reqs = [make() for _ in range(args.requests)]
                print(sequential(client, reqs).row(f"GET {name}"), flush=True)
            print(f"\nserver RSS after the sequential runs: {server.rss_mb():,.0f} MB\n")

        print(f"| load ({args.clients} clients) | s | requests | rps | median ms | p95 ms | "
              "errors |\n|---|---:|---:|---:|---:|---:|---:|")  # fmt: skip
        runs: list[tuple[str, float, Callable[[], Request]]] = [
            ("events/actor/search mix", args.seconds, sampler.mix())
        ]
        if seed is not None:
            runs.append(("POST /api/extract", args.extract_seconds, lambda: extract))
        for name, seconds, make in runs:
            rps, t = load(server.url, make, args.clients, seconds)
            print(f"| {name} | {seconds:.0f} | {len(t.times)} | {rps:.1f} | "
                  f"{statistics.median(t.times):.0f} | {percentile(t.times, 95):.0f} | "
                  f"{t.errors} |", flush=True)  # fmt: skip
        print(f"\nserver RSS at the end: {server.rss_mb():,.0f} MB")
    finally:
        server.stop()
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
