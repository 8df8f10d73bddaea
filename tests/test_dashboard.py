"""The web dashboard in a real headless Chromium (Debian's ``chromium``, driven by
Playwright's Python client with ``executable_path``; no browser is downloaded).

The application serves a store built by ``communique ingest`` from the project's own texts,
on a free localhost port in a background thread. Each test checks what a person sees against
what the API answers, fails on any error the page logs, and saves a screenshot under its
temporary folder. Without Chromium or Playwright the tests skip, unless
``COMMUNIQUE_BROWSER_REQUIRED`` is set (CI), where they fail.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from communique.server import ServerSettings, create_app
from communique.server.background import serve_in_background
from server_store import ROOT, build_store

REQUIRED = bool(os.environ.get("COMMUNIQUE_BROWSER_REQUIRED"))
CHROMIUM = os.environ.get("COMMUNIQUE_CHROMIUM") or shutil.which("chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000


def _missing(what: str) -> None:
    if REQUIRED:
        pytest.fail(f"{what} (COMMUNIQUE_BROWSER_REQUIRED is set)")
    pytest.skip(what)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("dashboard") / "events.db"
    build_store(db)
    with serve_in_background(create_app(ServerSettings(db=db))) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM or not Path(CHROMIUM).exists():
        _missing("no chromium (Debian package 'chromium')")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def problems() -> list[str]:
    """What the page logged as an error; a test expecting some removes them."""
    return []


@pytest.fixture()
def page(
    browser: Any, base_url: str, tmp_path: Path, request: pytest.FixtureRequest, problems: list[str]
) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    pg.on(
        "console",
        lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None,
    )
    yield pg
    shot = tmp_path / f"{request.node.name}.png"
    pg.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 0
    context.close()
    assert not problems, problems


def api(base_url: str, path: str, **params: Any) -> Any:
    r = httpx.get(base_url + path, params=params, timeout=30)
    r.raise_for_status()
    return r.json()


def test_the_dashboard_loads_with_events_and_a_timeline(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("#events-table tr[data-event-id]")
    total = len(api(base_url, "/api/events", limit=500)["events"])
    assert page.locator("#events-table tr[data-event-id]").count() == min(total, 50)
    assert page.locator("#timeline svg rect.bar").count() >= 1
    for nav in ("#nav-events", "#nav-network", "#nav-map", "#nav-extract"):
        assert page.locator(nav).is_visible()


def test_filtering_events_by_a_spelling(page: Any, base_url: str) -> None:
    page.goto(base_url + "/#/events")
    page.wait_for_selector("#events-table tr[data-event-id]")
    page.fill("#event-filters [name=actor]", "Wassilenko")
    page.click("#apply-filters")
    page.wait_for_function("() => location.hash.includes('actor=Wassilenko')", timeout=TIMEOUT_MS)
    expected = [e["id"] for e in api(base_url, "/api/events", actor="Wassilenko")["events"]]
    rows = page.locator("#events-table tr[data-event-id]")
    rows.first.wait_for()
    page.wait_for_function(
        f"() => document.querySelectorAll('#events-table tr[data-event-id]').length"
        f" === {len(expected)}"
    )
    shown = [int(rows.nth(i).get_attribute("data-event-id")) for i in range(rows.count())]
    assert shown == expected
    assert "Vassilenko" in page.inner_text("#events-table")


def test_an_event_then_its_document_with_the_participant_highlighted(
    page: Any, base_url: str
) -> None:
    events = api(base_url, "/api/events", actor="Kallas")["events"]
    event = events[0]
    page.goto(f"{base_url}/#/event/{event['id']}")
    page.wait_for_selector("#event-participants a[data-actor-id]")
    people = page.locator("#event-participants a[data-actor-id]")
    assert "Kaja Kallas" in [people.nth(i).inner_text() for i in range(people.count())]
    page.locator("#event-reports a[data-doc-id]").first.click()
    page.wait_for_selector("#doc-text mark")
    doc_id = page.url.split("#/document/")[1].split("?")[0]
    doc = api(base_url, f"/api/documents/{doc_id}")
    kallas = next(a for a in doc["record"]["actors"] if a["name"] == "Kaja Kallas")
    marked = page.locator("#doc-text mark[data-field=participant]")
    texts = {marked.nth(i).inner_text() for i in range(marked.count())}
    assert {m["text"] for m in kallas["mentions"]} & texts
    assert page.locator("#doc-text mark.hl").count() >= 1  # the report's evidence
    assert page.inner_text("#doc-text") == doc["text"]  # highlighting keeps the text whole


def test_clicking_a_field_in_the_record_jumps_to_its_span(page: Any, base_url: str) -> None:
    doc_id = api(base_url, "/api/documents", limit=1)["documents"][0]["id"]
    page.goto(f"{base_url}/#/document/{doc_id}")
    page.wait_for_selector("#doc-record [data-jump]")
    for field in ("participant", "place", "date"):
        item = page.locator(f"#doc-record [data-jump^='{field}:']").first
        if item.count() == 0:
            continue
        item.click()
        page.wait_for_selector("#doc-text mark.active")
        active = page.locator("#doc-text mark.active").first
        assert active.get_attribute("data-field") == field


def test_an_actor_page_and_the_network(page: Any, base_url: str) -> None:
    actor = api(base_url, "/api/actors", name="Vassilenko")["actors"][0]
    page.goto(f"{base_url}/#/actor/{actor['id']}")
    page.wait_for_selector("#actor-counterparts a[data-actor-id]")
    assert "Kaja Kallas" in page.inner_text("#actor-counterparts")
    assert page.locator("#actor-roles svg").count() == 1
    profile = api(base_url, f"/api/actors/{actor['id']}")
    dots = page.locator("#actor-timeline circle.event-dot")
    assert dots.count() == len([e for e in profile["events"] if e["date_start"]])
    page.click("#nav-network")
    page.wait_for_selector("#network svg circle[data-actor-id]")
    nodes = api(base_url, "/api/network")["nodes"]
    assert page.locator("#network svg circle[data-actor-id]").count() == len(nodes)
    page.locator(f"#network svg circle[data-actor-id='{actor['id']}']").click()
    page.wait_for_function(f"() => location.hash === '#/actor/{actor['id']}'")


def test_the_map_shows_every_place(page: Any, base_url: str) -> None:
    page.goto(base_url + "/#/map")
    page.wait_for_selector("#map svg circle.place")
    assert page.locator("#map svg path.country").count() > 100  # Natural Earth outlines
    places = api(base_url, "/api/places")["places"]
    assert page.locator("#map svg circle.place").count() == len(places)


def _extract_in_page(page: Any, base_url: str, text: str) -> None:
    page.goto(base_url + "/#/extract")
    page.wait_for_selector("#extract-form textarea[name=text]")
    page.fill("#extract-form textarea[name=text]", text)
    page.click("#extract-submit")
    page.wait_for_selector("#extract-result")
    page.wait_for_selector("#doc-text mark", timeout=60_000)


def test_pasting_a_text_shows_its_meetings(page: Any, base_url: str) -> None:
    text = (ROOT / "src/communique/lang/en/example.txt").read_text("utf-8")
    _extract_in_page(page, base_url, text)
    assert page.locator("#extract-events tr[data-event-id]").count() >= 1
    assert "Grace Wanjiru" in page.inner_text("#extract-events")


def test_pasting_the_seed_shows_its_meetings(page: Any, base_url: str, shared_dir: Path) -> None:
    seed = next(iter(sorted((shared_dir / "seeds").glob("*.txt"))), None)
    if seed is None:
        pytest.skip("no seed text in ../shared/seeds")
    text = seed.read_text("utf-8")
    _extract_in_page(page, base_url, text)
    record = httpx.post(base_url + "/api/extract", json={"text": text}, timeout=60).json()
    meetings = [e for e in record["events"] if e["kind"] == "meeting"]
    assert meetings
    assert page.locator("#extract-events tr[data-event-id]").count() == len(record["events"])
    names = {a["name"] for a in record["actors"] if a["id"] in meetings[0]["participants"]}
    shown = page.inner_text("#extract-events")
    assert names and all(name in shown for name in names)


def test_errors_and_empty_results_are_explained_on_the_page(
    page: Any, base_url: str, problems: list[str]
) -> None:
    page.goto(base_url + "/#/event/999999")
    page.wait_for_selector(".error")
    assert "no event 999999" in page.inner_text(".error")
    page.goto(base_url + "/#/events?from=2025-05&to=2025-01")
    page.wait_for_selector(".error")
    assert "after" in page.inner_text(".error")
    page.goto(base_url + "/#/events?from=1900&to=1900-01")
    page.wait_for_selector(".empty")
    assert page.inner_text(".empty").strip()
    # the browser logs each 4xx answer it fetched; those two were the point of this test
    problems[:] = [p for p in problems if "status of 404" not in p and "status of 400" not in p]
