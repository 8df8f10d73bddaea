"""Screenshots of every dashboard view for the README (``docs/screenshots/*.png``).

    python scripts/screenshots.py [--out docs/screenshots] [--chromium /usr/bin/chromium]

Builds a store with ``communique ingest`` from the project's own texts (the packaged example
releases and ``tests/store_corpus``), serves it on a free localhost port, and photographs each
view in Debian's Chromium through Playwright (no browser is downloaded).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from communique.cli import main as cli
from communique.server import ServerSettings, create_app
from communique.server.background import serve_in_background

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [
    *sorted(str(p) for p in (ROOT / "src/communique/lang").glob("*/example.txt")),
    str(ROOT / "tests/store_corpus"),
]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "events.db"
        result = CliRunner().invoke(cli, ["ingest", *INPUTS, "--db", str(db), "--no-progress"])
        if result.exit_code:
            print(result.output, file=sys.stderr)
            return 1
        with serve_in_background(create_app(ServerSettings(db=db))) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            import httpx

            event = httpx.get(f"{url}/api/events", params={"actor": "Kallas"}).json()["events"][0]
            doc = event["sources"][0]["doc_id"]
            actor = httpx.get(f"{url}/api/actors", params={"name": "Vassilenko"}).json()
            views = {
                "events": ("#/events", "#events-table tr[data-event-id]"),
                "event": (f"#/event/{event['id']}", "#event-participants a"),
                "document": (f"#/document/{doc}", "#doc-text mark"),
                "actor": (f"#/actor/{actor['actors'][0]['id']}", "#actor-counterparts a"),
                "network": ("#/network", "#network svg circle"),
                "map": ("#/map", "#map svg circle.place"),
            }
            for name, (route, ready) in views.items():
                page.goto(f"{url}/{route}")
                page.wait_for_selector(ready)
                page.wait_for_timeout(1500)  # let force layouts settle
                page.screenshot(path=str(args.out / f"{name}.png"))
                print(args.out / f"{name}.png")
            page.goto(f"{url}/#/extract")
            text = (ROOT / "src/communique/lang/en/example.txt").read_text("utf-8")
            page.fill("#extract-form textarea[name=text]", text)
            page.click("#extract-submit")
            page.wait_for_selector("#extract-events tr[data-event-id]", timeout=60_000)
            page.screenshot(path=str(args.out / "extract.png"), full_page=True)
            print(args.out / "extract.png")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
