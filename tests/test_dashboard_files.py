"""The dashboard's static files: vendored libraries match their manifest and carry their
licences, pages reference only files the package ships (nothing from the internet), and
the app serves them."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

from communique.server.app import static_dir

ROOT = Path(__file__).resolve().parents[1]
STATIC = static_dir()


def test_vendored_files_match_the_manifest() -> None:
    manifest = json.loads((STATIC / "vendor" / "MANIFEST.json").read_text("utf-8"))
    assert {p["name"] for p in manifest["packages"]} == {"d3", "topojson-client", "world-atlas"}
    for package in manifest["packages"]:
        assert package["licence"] and package["tarball"].startswith("https://registry.npmjs.org/")
        names = set(package["files"])
        assert any(n.endswith("LICENSE") for n in names), package["name"]
        for name, digest in package["files"].items():
            data = (STATIC / "vendor" / name).read_bytes()
            assert hashlib.sha256(data).hexdigest() == digest, name


def test_the_vendor_script_checks_the_copies() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "vendor_static.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pages_load_nothing_from_elsewhere() -> None:
    files = [STATIC / "index.html", STATIC / "style.css", *sorted((STATIC / "js").glob("*.js"))]
    for path in files:
        text = path.read_text("utf-8")
        assert not re.search(r"""(src|href)\s*=\s*["']https?://""", text), path.name
        assert not re.search(r"""(fetch|import)\s*\(\s*["']https?://""", text), path.name
        assert not re.search(r"""from\s+["']https?://""", text), path.name
    html = (STATIC / "index.html").read_text("utf-8")
    for ref in re.findall(r"""(?:src|href)="/static/([^"]+)\"""", html):
        assert (STATIC / ref).is_file(), ref


def test_js_modules_import_only_shipped_modules() -> None:
    for path in sorted((STATIC / "js").glob("*.js")):
        for ref in re.findall(r"""from\s+["'](\./[^"']+)["']""", path.read_text("utf-8")):
            assert (path.parent / ref).is_file(), f"{path.name} imports {ref}"
