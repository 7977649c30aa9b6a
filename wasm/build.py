"""Build the browser runtime bundle: wasm/dist/.

    wasm/dist/
      pyodide/                  Pyodide's runtime files, copied from node_modules/pyodide
        pyodide.mjs             the loader the worker imports
        pyodide.asm.mjs         Emscripten glue, imported by loadPyodide
        pyodide.asm.wasm        the interpreter
        python_stdlib.zip       the standard library, fetched by loadPyodide
        pyodide-lock.json       the package index, fetched by loadPyodide
      ferrite_toolchain-<version>-py3-none-any.whl   the toolchain (pure Python)
      manifest.json             version, wheel name, Pyodide version, every file's size and sha256

Run it with the project's venv python (`make runtime`): building the wheel needs
setuptools and wheel there (`pip wheel --no-build-isolation`). It is idempotent:
unchanged files are not rewritten, and the wheel is built reproducibly
(SOURCE_DATE_EPOCH), so the same sources give the same bytes and the same hash.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

# What loadPyodide fetches at start-up (checked against pyodide.mjs 314.0.7:
# pyodide.asm.mjs is imported, pyodide.asm.wasm / python_stdlib.zip /
# pyodide-lock.json are fetched). pyodide.mjs is what the worker imports.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)

# Any fixed date: wheels store file times, and a reproducible wheel needs fixed ones.
SOURCE_DATE_EPOCH = "315532800"  # 1980-01-01, the earliest a zip file can store

# Top-level entries a toolchain wheel may contain.
def _allowed_in_wheel(name: str) -> bool:
    top = name.split("/", 1)[0]
    return top == "toolchain" or (top.endswith(".dist-info") and top.startswith("ferrite_toolchain-"))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def same_file(a: Path, b: Path) -> bool:
    return b.is_file() and a.stat().st_size == b.stat().st_size and sha256_of(a) == sha256_of(b)


def install(source: Path, target: Path) -> bool:
    """Copy `source` to `target` unless it is already there, byte for byte. True if copied."""
    if same_file(source, target):
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    shutil.copyfile(source, tmp)
    os.replace(tmp, target)
    return True


def project_version() -> str:
    with (REPO_ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def build_wheel(scratch: Path) -> Path:
    """Build the toolchain wheel from a clean copy of the sources.

    Building in a copy keeps setuptools' build/ and *.egg-info out of the
    checkout, and means no stale module left in an old build/lib can slip into
    the wheel.
    """
    src = scratch / "src"
    src.mkdir()
    shutil.copy2(REPO_ROOT / "pyproject.toml", src / "pyproject.toml")
    shutil.copytree(REPO_ROOT / "toolchain", src / "toolchain",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
    # std, parsed and expanded once here, ships in the wheel (toolchain/std/prebuilt):
    # the browser never reprocesses it.
    prebuilt = subprocess.run(
        [sys.executable, "-c", "import sys; from toolchain import std; std.prebuild(sys.argv[1])",
         str(src / "toolchain" / "std" / "prebuilt")],
        cwd=src, env=dict(os.environ, PYTHONPATH=str(src)), stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    if prebuilt.returncode != 0:
        sys.exit(f"wasm/build.py: prebuilding std failed:\n{prebuilt.stdout}")
    out = scratch / "wheel"
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, PIP_NO_INPUT="1")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "--quiet", str(src), "-w", str(out)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.exit(f"wasm/build.py: building the toolchain wheel failed:\n{result.stdout}")
    wheels = sorted(out.glob("*.whl"))
    if len(wheels) != 1:
        sys.exit(f"wasm/build.py: expected one wheel, pip produced {[w.name for w in wheels]}")
    wheel = wheels[0]
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    strays = [n for n in names if not _allowed_in_wheel(n)]
    if strays:
        sys.exit(f"wasm/build.py: the wheel must contain only the toolchain package; found {strays[:10]}")
    if "toolchain/__init__.py" not in names:
        sys.exit("wasm/build.py: the wheel has no toolchain/__init__.py")
    return wheel


def write_if_changed(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pyodide-dir", type=Path, default=REPO_ROOT / "node_modules" / "pyodide",
                        help="the npm package pyodide (default: node_modules/pyodide)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "wasm" / "dist",
                        help="output directory (default: wasm/dist)")
    args = parser.parse_args(argv)

    pyodide_dir: Path = args.pyodide_dir
    out: Path = args.out
    package_json = pyodide_dir / "package.json"
    if not package_json.is_file():
        sys.exit(f"wasm/build.py: {pyodide_dir} not found: run `npm ci` (or `make node_modules`) first")
    pyodide_version = json.loads(package_json.read_text(encoding="utf-8"))["version"]
    missing = [name for name in PYODIDE_FILES if not (pyodide_dir / name).is_file()]
    if missing:
        sys.exit(f"wasm/build.py: pyodide {pyodide_version} lacks {missing}: "
                 "check PYODIDE_FILES against what loadPyodide fetches")
    lock_info = json.loads((pyodide_dir / "pyodide-lock.json").read_text(encoding="utf-8")).get("info", {})

    out.mkdir(parents=True, exist_ok=True)
    copied: list[str] = []
    bundle: list[str] = []

    for name in PYODIDE_FILES:
        relative = f"pyodide/{name}"
        bundle.append(relative)
        if install(pyodide_dir / name, out / relative):
            copied.append(relative)

    with tempfile.TemporaryDirectory(prefix="ferrite-wheel-") as scratch:
        wheel = build_wheel(Path(scratch))
        bundle.append(wheel.name)
        if install(wheel, out / wheel.name):
            copied.append(wheel.name)

    # Anything else in the output directory is left over from an older build
    # (an old wheel version, a file Pyodide no longer needs): remove it so the
    # directory is exactly the bundle the manifest describes.
    keep = set(bundle) | {"manifest.json"}
    removed = []
    for path in sorted(out.rglob("*"), reverse=True):
        relative = path.relative_to(out).as_posix()
        if path.is_file() and relative not in keep:
            path.unlink()
            removed.append(relative)
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()

    files = [{"path": relative,
              "size": (out / relative).stat().st_size,
              "sha256": sha256_of(out / relative)}
             for relative in sorted(bundle)]
    manifest = {
        "version": project_version(),
        "wheel": wheel.name,
        "pyodide_version": pyodide_version,
        "python_version": lock_info.get("python"),
        "files": files,
    }
    manifest_changed = write_if_changed(out / "manifest.json", json.dumps(manifest, indent=2) + "\n")

    total = sum(f["size"] for f in files)
    print(f"runtime bundle: {out.relative_to(REPO_ROOT) if out.is_relative_to(REPO_ROOT) else out}: "
          f"{len(files)} files, {total / 1e6:.1f} MB; pyodide {pyodide_version} "
          f"(Python {lock_info.get('python', '?')}), wheel {wheel.name}")
    if copied or removed or manifest_changed:
        details = [f"updated {', '.join(copied)}" if copied else "",
                   f"removed {', '.join(removed)}" if removed else "",
                   "manifest.json rewritten" if manifest_changed else ""]
        print("  " + "; ".join(d for d in details if d))
    else:
        print("  up to date: nothing copied")
    return 0


if __name__ == "__main__":
    sys.exit(main())
