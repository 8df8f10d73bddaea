"""The HTTP API (``communique serve``) over a real store built by ``communique ingest``.

The store holds the project's own texts: the three packaged example releases (German,
English, Russian) and the releases of ``tests/store_corpus`` (Roman Vassilenko / Wassilenko
meeting Kaja Kallas, reported in English and German; Murat Nurtleu's visit to Berlin announced
and held). Every answer is checked against the store's own read API or the record's text.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from communique.cli import main
from communique.errors import StoreError
from communique.server import ServerSettings, create_app
from communique.store import Store
from server_store import INPUTS, ROOT, build_store

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server") / "events.db"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServerSettings(db=db))) as c:
        yield c


def ok(client: TestClient, url: str, **params: Any) -> Any:
    r = client.get(url, params=params)
    assert r.status_code == 200, (url, r.text)
    return r.json()


def error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    message: str = body["error"]["message"]
    assert message
    return message


# ----------------------------------------------------------------------------- reads


def test_health_reports_the_store(client: TestClient, db: Path) -> None:
    body = ok(client, "/api/health")
    with Store(db, readonly=True) as store:
        counts = store.counts()
    assert body["store"]["documents"] == counts["documents"] == len(INPUTS) - 1 + 6
    assert body["store"]["events"] == counts["events"] > 0
    assert body["ingest"] is False
    assert body["languages"] == ["de", "en", "ru"]


def test_documents_page_through_the_store(client: TestClient) -> None:
    first = ok(client, "/api/documents", limit=4)
    assert len(first["documents"]) == 4 and first["next_offset"] == 4
    rest = ok(client, "/api/documents", limit=100, offset=4)
    assert rest["next_offset"] is None
    ids = [d["id"] for d in first["documents"] + rest["documents"]]
    assert len(ids) == len(set(ids)) == first["total"]


def test_a_document_has_its_text_record_and_events(client: TestClient) -> None:
    docs = ok(client, "/api/documents", limit=100)["documents"]
    doc_id = next(d["id"] for d in docs if d["source"] == "mfa-kz/2025-02-14-bruessel")
    doc = ok(client, f"/api/documents/{doc_id}")
    text = doc["text"]
    assert doc["record"]["document"]["text"] == text
    spans = [m for a in doc["record"]["actors"] for m in a["mentions"]]
    spans += [e for ev in doc["record"]["events"] for e in ev["evidence"]]
    assert spans and all(text[s["start"] : s["end"]] == s["text"] for s in spans)
    assert "Roman Wassilenko" in {s["text"] for s in spans}
    local = {e["local_id"]: e["event_id"] for e in doc["events"]}
    assert set(local) == {e["id"] for e in doc["record"]["events"]}
    for event_id in local.values():
        event = ok(client, f"/api/events/{event_id}")
        assert doc_id in {r["doc_id"] for r in event["reports"]}


def test_events_filter_by_any_spelling_and_state_name(client: TestClient) -> None:
    german = ok(client, "/api/events", actor="Wassilenko")["events"]
    english = ok(client, "/api/events", actor="Vassilenko")["events"]
    assert german and [e["id"] for e in german] == [e["id"] for e in english]
    assert all(any(p["name"] == "Roman Vassilenko" for p in e["participants"]) for e in german)
    by_name = ok(client, "/api/events", country="Kasachstan")
    assert by_name["notes"] and "KAZ" in by_name["notes"][0]
    by_code = ok(client, "/api/events", country="KAZ")
    assert [e["id"] for e in by_name["events"]] == [e["id"] for e in by_code["events"]]
    assert all(any(p["affiliation"] == "KAZ" for p in e["participants"]) for e in by_code["events"])
    dyad = ok(client, "/api/events", dyad_a="KAZ", dyad_b="EU")["events"]
    assert dyad and all(
        {"KAZ", "EU"} <= {p["affiliation"] for p in e["participants"]} for e in dyad
    )


def test_events_pages_and_both_date_orders(client: TestClient) -> None:
    everything = ok(client, "/api/events", limit=500)
    assert everything["next_offset"] is None
    ids = [e["id"] for e in everything["events"]]
    paged: list[int] = []
    offset: int | None = 0
    while offset is not None:
        page = ok(client, "/api/events", limit=3, offset=offset)
        paged += [e["id"] for e in page["events"]]
        offset = page["next_offset"]
    assert paged == ids
    dated = [e["date"]["start"] for e in everything["events"] if e["date"]["start"]]
    assert dated == sorted(dated, reverse=True)
    oldest = ok(client, "/api/events", limit=500, sort="date")["events"]
    old_dates = [e["date"]["start"] for e in oldest if e["date"]["start"]]
    assert old_dates == sorted(old_dates) and sorted(e["id"] for e in oldest) == sorted(ids)


def test_full_text_and_kind_filters(client: TestClient) -> None:
    hits = ok(client, "/api/events", q="Kallas")["events"]
    assert hits and all(
        any("Kallas" in p["name"] for p in e["participants"]) or e["sources"] for e in hits
    )
    calls = ok(client, "/api/events", kind="call")["events"]
    assert all(e["kind"] == "call" for e in calls)
    assert ok(client, "/api/events", q='"unbalanced')["events"] == []  # read as words


def test_an_event_with_its_reports_spans_and_reasons(client: TestClient) -> None:
    merged = [e for e in ok(client, "/api/events", limit=500)["events"] if e["n_sources"] > 1]
    assert merged, "the store corpus reports one meeting in two documents"
    event = ok(client, f"/api/events/{merged[0]['id']}")
    assert len(event["reports"]) == event["n_sources"] > 1
    for report in event["reports"]:
        doc = ok(client, f"/api/documents/{report['doc_id']}")
        span = report["evidence"]
        assert doc["text"][span["start"] : span["end"]] == span["text"]
        assert report["reason"]
    listed = next(
        e for e in ok(client, "/api/events", limit=500)["events"] if e["id"] == event["id"]
    )
    assert {k: v for k, v in event.items() if k not in ("reports", "held_event_ids")} == listed


def test_actor_search_in_any_script_and_profile(client: TestClient) -> None:
    found = ok(client, "/api/actors", name="Wassil")["actors"]
    assert [a["name"] for a in found] == ["Roman Vassilenko"]
    assert {"Roman Vassilenko", "Roman Wassilenko"} <= set(found[0]["spellings"])
    by_surname = ok(client, "/api/actors", name="kallas")["actors"]
    assert by_surname and by_surname[0]["name"] == "Kaja Kallas"
    cyrillic = ok(client, "/api/actors", name="Волков")["actors"]
    assert cyrillic and cyrillic[0]["name"] == "Игорь Волков"
    profile = ok(client, f"/api/actors/{found[0]['id']}")
    assert profile["n_events"] == found[0]["n_events"] == len(profile["events"])
    assert profile["counterparts"][0]["name"] == "Kaja Kallas"
    assert any(r["role_class"] == "deputy_foreign_minister" for r in profile["roles"])


def test_dyad_network_places_and_facets(client: TestClient) -> None:
    dyad = ok(client, "/api/dyads", a="Kasachstan", b="EU")
    assert dyad["a"] == "KAZ" and dyad["n_events"] >= 1
    assert sum(m["n"] for m in dyad["by_month"]) <= dyad["n_events"]
    assert all(m["value"][:4].isdigit() for m in dyad["by_month"])
    net = ok(client, "/api/network")
    assert net == ok(client, "/api/network", status="occurred")  # what took place, by default
    assert (
        net["n_events"] < ok(client, "/api/network", status="planned")["n_events"] + net["n_events"]
    )
    nodes = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all({e["source"], e["target"]} <= nodes for e in net["edges"])
    kaz = ok(client, "/api/network", country="KAZ")
    assert {n["id"] for n in kaz["nodes"]} <= nodes and kaz["n_events"] <= net["n_events"]
    places = ok(client, "/api/places")["places"]
    assert places and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places)
    assert "Brussels" in {p["location"] for p in places}
    facets = ok(client, "/api/facets")
    assert {"meeting"} <= {k["value"] for k in facets["kinds"]}
    assert "KAZ" in {a["value"] for a in facets["countries"]}
    assert {"EU", "OSCE"} <= {a["value"] for a in facets["organizations"]}
    assert not {a["value"] for a in facets["organizations"]} & {"KAZ", "DEU", "GBR"}
    assert facets["date_min"] <= facets["date_max"]


def test_document_search_marks_hits(client: TestClient) -> None:
    results = ok(client, "/api/search", q="Brüssel")["results"]
    assert results and all("[" in r["snippet"] for r in results)
    assert ok(client, "/api/search", q="zzzqqq")["results"] == []


@pytest.mark.parametrize("fmt", ["jsonl", "plover", "dyadic", "graphml", "csv", "parquet"])
def test_every_export_format(client: TestClient, fmt: str) -> None:
    r = client.get(f"/api/export/{fmt}")
    assert r.status_code == 200, r.text
    assert r.content
    if fmt in ("csv", "parquet"):
        names = zipfile.ZipFile(io.BytesIO(r.content)).namelist()
        assert any(n.startswith("events") for n in names)
    if fmt == "jsonl":
        records = [json.loads(line) for line in r.text.splitlines()]
        assert len(records) == ok(client, "/api/health")["store"]["documents"]
        assert all(rec["schema"] == "communique.record/1" for rec in records)


# ---------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("url", "status", "says"),
    [
        ("/api/events/999999", 404, "no event 999999"),
        ("/api/events/abc", 422, "event_id"),
        ("/api/documents/nope", 404, "no document nope"),
        ("/api/actors/424242", 404, "no actor"),
        ("/api/events?from=2025-13", 400, "from '2025-13'"),
        ("/api/events?from=2025-05&to=2025-01", 400, "from 2025-05 is after to 2025-01"),
        ("/api/dyads?a=KAZ&b=EU&to=20x5", 400, "to '20x5'"),
        ("/api/events?limit=0", 422, "limit"),
        ("/api/events?limit=501", 422, "limit"),
        ("/api/events?sort=name", 422, "sort"),
        ("/api/events?country=Narnia", 400, "Narnia"),
        ("/api/events?dyad_a=KAZ", 400, "both sides"),
        ("/api/actors?name=%21%21", 400, "no letters"),
        ("/api/actors", 422, "name"),
        ("/api/export/xlsx", 422, "fmt"),
        ("/api/nothing", 404, "Not Found"),
    ],
)
def test_bad_requests_get_a_clear_4xx(client: TestClient, url: str, status: int, says: str) -> None:
    assert says in error(client.get(url), status)


def test_quotes_in_filters_are_values_not_sql(client: TestClient) -> None:
    assert ok(client, "/api/events", actor="x' OR 1=1 --")["events"] == []
    assert ok(client, "/api/actors", name="a'; DROP TABLE events; --")["actors"] == []
    assert ok(client, "/api/health")["store"]["events"] > 0


def test_reads_never_change_the_store(db: Path, client: TestClient) -> None:
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for url in ("/api/events", "/api/facets", "/api/network", "/api/export/csv"):
        assert client.get(url).status_code == 200
    assert error(client.post("/api/documents", json={"documents": [{"text": "x"}]}), 403)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


# --------------------------------------------------------------------------- extract


def test_extract_a_posted_text(client: TestClient) -> None:
    text = (ROOT / "src" / "communique" / "lang" / "en" / "example.txt").read_text("utf-8")
    r = client.post("/api/extract", json={"text": text, "published": "2025-03-14"})
    assert r.status_code == 200, r.text
    record = r.json()
    assert record["schema"] == "communique.record/1"
    assert record["document"]["text"] == text and record["document"]["language"] == "en"
    assert record["events"] and record["document"]["published"] == "2025-03-14"
    names = {a["name"] for a in record["actors"]}
    assert {"Daniel Ashworth", "Grace Wanjiru"} <= names


def test_extract_a_posted_html_page(client: TestClient) -> None:
    page = (
        "<html><head><title>Talks in Oslo</title></head><body><nav>Home | News</nav><article>"
        "<h1>Talks in Oslo</h1><p>Oslo, 3 June 2025 - Foreign Minister of Norway Ingrid Dahl "
        "met Foreign Minister of Finland Mikko Laine in Oslo on Tuesday. They discussed Arctic "
        "cooperation and energy security.</p></article></body></html>"
    )
    record = client.post("/api/extract", json={"text": page, "lang": "en"}).json()
    text = record["document"]["text"]
    assert "<p>" not in text and "Ingrid Dahl" in text
    assert {"Ingrid Dahl", "Mikko Laine"} <= {a["name"] for a in record["actors"]}
    for actor in record["actors"]:
        assert all(text[m["start"] : m["end"]] == m["text"] for m in actor["mentions"])


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        ({"text": ""}, 422, "text"),
        ({}, 422, "text"),
        ({"text": "hello", "lang": "xx"}, 400, "xx"),
        ({"text": "\x00\x01\x02\x03"}, 400, "binary"),
        ({"text": "Ein Text.", "published": "2025-14-01"}, 400, "published"),
        ({"text": "<html><body><script>x()</script></body></html>", "html": True}, 400, "HTML"),
    ],
)
def test_extract_refuses_bad_input_clearly(
    client: TestClient, body: dict[str, Any], status: int, says: str
) -> None:
    assert says in error(client.post("/api/extract", json=body), status)


def test_extract_refuses_a_body_over_the_limit(db: Path) -> None:
    with TestClient(create_app(ServerSettings(db=db, max_body=1000))) as small:
        message = error(small.post("/api/extract", json={"text": "Wort " * 400}), 413)
        assert "1,000 bytes" in message
        chunks = (b'{"text": "' + b"x" * 500, b"y" * 600 + b'"}')  # no Content-Length
        r = small.post(
            "/api/extract", content=iter(chunks), headers={"content-type": "application/json"}
        )
        error(r, 413)
        assert small.post("/api/extract", json={"text": "Kurz."}).status_code == 200


def test_malformed_json_is_a_422(client: TestClient) -> None:
    r = client.post(
        "/api/extract", content=b'{"text": ', headers={"content-type": "application/json"}
    )
    error(r, 422)


# ---------------------------------------------------------------------------- ingest


def test_ingest_needs_a_token_and_the_flag(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="COMMUNIQUE_TOKEN"):
        ServerSettings(db=tmp_path / "x.db", allow_ingest=True)
    app = create_app(ServerSettings(db=tmp_path / "new.db", allow_ingest=True, token=TOKEN))
    docs = [json.loads(line) for line in (ROOT / "tests/store_corpus/news_en.jsonl").open()]
    with TestClient(app) as c:
        assert ok(c, "/api/health")["store"]["documents"] == 0
        assert ok(c, "/api/facets")["kinds"] == []
        body = {"documents": docs}
        error(c.post("/api/documents", json=body), 401)
        bad = {"Authorization": "Bearer wrong"}
        error(c.post("/api/documents", json=body, headers=bad), 403)
        auth = {"Authorization": f"Bearer {TOKEN}"}
        r = c.post("/api/documents", json=body, headers=auth)
        assert r.status_code == 200, r.text
        summary = r.json()
        assert summary["new"] == 2 and summary["failed"] == 0 and summary["events"] > 0
        assert ok(c, "/api/health")["store"]["documents"] == 2  # reads see the new documents
        assert ok(c, "/api/facets")["kinds"]  # not the answer kept from before the ingest
        again = c.post("/api/documents", json=body, headers=auth).json()
        assert again["new"] == 0 and again["unchanged"] == 2
        lines = (ROOT / "tests/store_corpus/press_de.jsonl").read_bytes() + b'{"text": 5}\n'
        ndjson = {**auth, "content-type": "application/x-ndjson"}
        r = c.post("/api/documents", content=lines, headers=ndjson)
        summary = r.json()
        assert summary["new"] == 4 and summary["failed"] == 1
        assert summary["failures"][0]["source"] == "request:5"
        assert "not a string" in summary["failures"][0]["reason"]
        plain = {**auth, "content-type": "text/plain"}
        error(c.post("/api/documents", content=b"Some text", headers=plain), 415)
        error(c.post("/api/documents", json={"documents": []}, headers=auth), 422)


# ------------------------------------------------------------------------------- CLI


def test_serve_refuses_a_missing_store_clearly(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no such database" in result.output and "communique ingest" in result.output


def test_serve_help_explains_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for word in ("--db", "--host", "--port", "--allow-ingest", "COMMUNIQUE_TOKEN", "read-only"):
        assert word in result.output


def test_ingest_flag_without_a_token_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["serve", "--db", str(tmp_path / "a.db"), "--allow-ingest"],
        env={"COMMUNIQUE_TOKEN": ""},
    )
    assert result.exit_code == 1 and "COMMUNIQUE_TOKEN" in result.output
    assert not (tmp_path / "a.db").exists()


def test_a_search_matching_many_documents_ranks_the_newest(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import communique.store.views as views

    with Store(db, readonly=True) as store:
        everything = store.search("Kasachstan OR Kazakhstan OR Kallas", limit=100)
        assert len(everything) > 3
        monkeypatch.setattr(views, "RANKED_MATCHES", 3)
        newest = store.search("Kasachstan OR Kazakhstan OR Kallas", limit=100)
        rowids = dict(store.conn.execute("SELECT id, rowid FROM documents").fetchall())
    assert len(newest) == 3
    assert (
        sorted(rowids[h.doc_id] for h in newest)
        == sorted(rowids[h.doc_id] for h in everything)[-3:]
    )


def test_settings_cross_to_worker_processes_without_the_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = ServerSettings(db=tmp_path / "x.db", allow_ingest=True, token=TOKEN, max_body=5)
    assert TOKEN not in settings.to_json()
    monkeypatch.setenv("COMMUNIQUE_TOKEN", TOKEN)
    assert ServerSettings.from_json(settings.to_json()) == settings


@pytest.mark.parametrize("workers", [1, 2])
def test_the_serve_command_answers_over_http(db: Path, workers: int) -> None:
    import subprocess
    import sys
    import time

    import httpx

    from communique.server.background import free_port

    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "communique",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],  # fmt: skip
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert r.json()["status"] == "ok"
        assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200  # the dashboard
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.parametrize(
    "url",
    [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fsettings.py",
        "/static/vendor/../../routes.py",
    ],
)
def test_static_files_never_leave_their_folder(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert "import" not in r.text


def test_the_dashboard_page_and_its_files_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert client.get("/static/js/app.js").status_code == 200
    assert client.get("/static/vendor/d3/d3.min.js").status_code == 200


def test_first_requests_to_a_fresh_server_all_get_their_record(db: Path) -> None:
    """Eight texts posted at once to a server that has loaded no language yet: the pack loads
    once, outside the texts' time budgets, and every request gets its record."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    from communique.server.background import serve_in_background

    text = (ROOT / "src/communique/lang/en/example.txt").read_text("utf-8")
    with serve_in_background(create_app(ServerSettings(db=db))) as url:

        def post(i: int) -> int:
            body = {"text": text + f"\n\nItem {i}."}
            return httpx.post(f"{url}/api/extract", json=body, timeout=120).status_code

        with ThreadPoolExecutor(8) as pool:
            assert list(pool.map(post, range(8))) == [200] * 8
