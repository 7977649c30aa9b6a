"""The browser runtime bundle (wasm/dist, built by `make runtime` / wasm/build.py).

The manifest must describe the files exactly (the service worker precaches from it),
the wheel must hold the toolchain and nothing else, and Pyodide must load it (checked
in Node by wasm/smoke.mjs, the same way the worker does).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DIST = REPO_ROOT / "wasm" / "dist"
MANIFEST = DIST / "manifest.json"

needs_bundle = pytest.mark.skipif(
    not MANIFEST.is_file(), reason="runtime bundle not built: run `make runtime` (wasm/build.py)")


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


@needs_bundle
def test_manifest_shape(manifest):
    assert set(manifest) >= {"version", "wheel", "pyodide_version", "files"}
    paths = [entry["path"] for entry in manifest["files"]]
    assert len(paths) == len(set(paths))
    for required in ("pyodide/pyodide.mjs", "pyodide/pyodide.asm.mjs", "pyodide/pyodide.asm.wasm",
                     "pyodide/python_stdlib.zip", "pyodide/pyodide-lock.json", manifest["wheel"]):
        assert required in paths
    assert manifest["wheel"] == f"ferrite_toolchain-{manifest['version']}-py3-none-any.whl"


@needs_bundle
def test_manifest_matches_the_files(manifest):
    listed = {entry["path"]: entry for entry in manifest["files"]}
    on_disk = {path.relative_to(DIST).as_posix() for path in DIST.rglob("*")
               if path.is_file() and path.name != "manifest.json"}
    assert on_disk == set(listed), "wasm/dist and its manifest list different files"
    for relative, entry in listed.items():
        data = (DIST / relative).read_bytes()
        assert entry["size"] == len(data), relative
        assert entry["sha256"] == hashlib.sha256(data).hexdigest(), relative


@needs_bundle
def test_manifest_pyodide_version_matches_node_modules(manifest):
    package_json = REPO_ROOT / "node_modules" / "pyodide" / "package.json"
    if not package_json.is_file():
        pytest.skip("node_modules/pyodide not installed")
    assert manifest["pyodide_version"] == json.loads(package_json.read_text())["version"]


@needs_bundle
def test_wheel_holds_the_toolchain_only(manifest):
    with zipfile.ZipFile(DIST / manifest["wheel"]) as wheel:
        names = wheel.namelist()
    assert "toolchain/__init__.py" in names
    tops = {name.split("/", 1)[0] for name in names}
    assert tops == {"toolchain", f"ferrite_toolchain-{manifest['version']}.dist-info"}
    for forbidden in ("server/", "tests/", "wasm/", "bench/", "client/"):
        assert not any(name.startswith(forbidden) for name in names), forbidden
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)


@needs_bundle
def test_pyodide_loads_the_wheel_in_node(manifest):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    if not (REPO_ROOT / "node_modules").is_dir():
        pytest.skip("node_modules missing (pyodide.mjs imports `ws` from it in Node): run `npm ci`")
    result = subprocess.run([node, str(REPO_ROOT / "wasm" / "smoke.mjs"), str(DIST)],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}"
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"]
    assert report["toolchain_version"] == manifest["version"]
    assert report["pyodide_version"] == manifest["pyodide_version"]
    assert report["python"].startswith("3.14")
    assert report["failed_imports"] == {}
