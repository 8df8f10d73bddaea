"""Vendor the dashboard's JavaScript libraries and map data from the npm registry.

The dashboard (``src/communique/server/static/``) needs no build step and fetches nothing from
the internet at run time: d3, topojson-client and the world-atlas country outlines are copied
into ``static/vendor/<package>/`` with each package's licence, and
``static/vendor/MANIFEST.json`` records name, version, licence, source tarball (URL and
integrity) and the sha256 of every copied file. Run it after changing a pinned version:

    python scripts/vendor_static.py [--check]

It runs ``npm pack <package>@<version>`` in a temporary folder (npm must be installed and the
registry reachable). ``--check`` copies nothing and exits 1 when a vendored file is missing or
differs from the manifest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "src" / "communique" / "server" / "static" / "vendor"
MANIFEST = VENDOR / "MANIFEST.json"
REGISTRY = "https://registry.npmjs.org"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    licence: str
    files: tuple[str, ...]  # paths inside the package folder of the tarball


PACKAGES: tuple[Package, ...] = (
    Package("d3", "7.9.0", "ISC", ("dist/d3.min.js",)),
    Package("topojson-client", "3.1.0", "ISC", ("dist/topojson-client.min.js",)),
    Package("world-atlas", "2.0.2", "ISC", ("countries-110m.json",)),
)

LICENCE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "license", "License")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tarball_url(pkg: Package) -> str:
    return f"{REGISTRY}/{pkg.name}/-/{pkg.name}-{pkg.version}.tgz"


def npm_pack(pkg: Package, workdir: Path) -> dict[str, Any]:
    """Download the package tarball with ``npm pack``; return npm's JSON description."""
    out = subprocess.run(
        ["npm", "pack", f"{pkg.name}@{pkg.version}", "--json", "--silent"],
        cwd=workdir,
        check=True,
        capture_output=True,
        text=True,
    )
    info: list[dict[str, Any]] = json.loads(out.stdout)
    return info[0]


def extract(tarball: Path, dest: Path) -> Path:
    """Unpack a tarball safely; return its ``package/`` folder."""
    with tarfile.open(tarball, "r:gz") as tar:
        tar.extractall(dest, filter="data")
    return dest / "package"


def find_licence(package_dir: Path) -> Path:
    for name in LICENCE_NAMES:
        candidate = package_dir / name
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no licence file in {package_dir}")


def vendor_package(pkg: Package, workdir: Path) -> dict[str, Any]:
    info = npm_pack(pkg, workdir)
    tarball = workdir / str(info["filename"])
    unpacked = extract(tarball, workdir / pkg.name)
    declared = json.loads((unpacked / "package.json").read_text(encoding="utf-8"))
    if declared.get("version") != pkg.version:
        raise SystemExit(f"{pkg.name}: npm gave version {declared.get('version')}")
    if declared.get("license") != pkg.licence:
        raise SystemExit(f"{pkg.name}: licence {declared.get('license')!r}, expected {pkg.licence}")
    target = VENDOR / pkg.name
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    sources = [*(unpacked / rel for rel in pkg.files), find_licence(unpacked)]
    files: dict[str, str] = {}
    for src in sources:
        dst = target / src.name
        shutil.copyfile(src, dst)
        files[f"{pkg.name}/{src.name}"] = sha256(dst)
    return {
        "name": pkg.name,
        "version": pkg.version,
        "licence": pkg.licence,
        "tarball": tarball_url(pkg),
        "integrity": info.get("integrity"),
        "shasum": info.get("shasum"),
        "files": files,
    }


def vendor() -> None:
    VENDOR.mkdir(parents=True, exist_ok=True)
    entries: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="communique-vendor-") as tmp:
        for pkg in PACKAGES:
            entries.append(vendor_package(pkg, Path(tmp)))
            print(f"vendored {pkg.name}@{pkg.version}")
    manifest = {
        "generated_by": "scripts/vendor_static.py",
        "registry": REGISTRY,
        "packages": entries,
    }
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {MANIFEST.relative_to(ROOT)}")


def check() -> int:
    if not MANIFEST.is_file():
        print(f"missing {MANIFEST.relative_to(ROOT)}")
        return 1
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    pinned = {(p.name, p.version) for p in PACKAGES}
    listed = {(e["name"], e["version"]) for e in manifest["packages"]}
    stale = 0
    if pinned != listed:
        print(f"manifest lists {sorted(listed)}, script pins {sorted(pinned)}")
        stale += 1
    for entry in manifest["packages"]:
        for rel, digest in entry["files"].items():
            path = VENDOR / rel
            if not path.is_file() or sha256(path) != digest:
                print(f"missing or changed: {path.relative_to(ROOT)}")
                stale += 1
    return 1 if stale else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only verify the vendored files")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    vendor()
    return 0


if __name__ == "__main__":
    sys.exit(main())
