"""Write the static site: `make dist` (python -m server.dist [--out dist]).

    dist/              the IDE (client/dist/*)
    dist/runtime/      the browser runtime bundle (wasm/dist/*)
    dist/packs.json    every pack, solutions included (docs/api.md, "Static site")

The result works from any static file host or CDN with no API: the client finds no
/api/ and reads packs.json, keeping progress in the browser. Serve it with the
headers in server/security.py (COOP/COEP for the interrupt buffer, .mjs as
text/javascript, .wasm as application/wasm).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from .config import REPO_ROOT
from .packs import PackError, load_packs, packs_json


def build(out: Path, client_dir: Path, runtime_dir: Path, packs_dir: Path) -> dict:
    for directory, what, command in ((client_dir, "client bundle", "make client"),
                                     (runtime_dir, "runtime bundle", "make runtime")):
        if not directory.is_dir() or not any(directory.iterdir()):
            raise FileNotFoundError(f"the {what} is not built ({directory}): run `{command}`")
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(client_dir, out, ignore=shutil.ignore_patterns(".built"))
    shutil.copytree(runtime_dir, out / "runtime")
    data = packs_json(load_packs(packs_dir))
    (out / "packs.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO_ROOT / "dist"))
    parser.add_argument("--client", default=str(REPO_ROOT / "client" / "dist"))
    parser.add_argument("--runtime", default=str(REPO_ROOT / "wasm" / "dist"))
    parser.add_argument("--packs", default=str(REPO_ROOT / "packs"))
    args = parser.parse_args(argv)
    try:
        data = build(Path(args.out), Path(args.client), Path(args.runtime), Path(args.packs))
    except (FileNotFoundError, PackError) as error:
        print(f"dist: {error}", file=sys.stderr)
        return 1
    count = sum(len(pack["exercises"]) for pack in data["packs"])
    print(f"dist: wrote {args.out} ({len(data['packs'])} pack(s), {count} exercise(s))")
    return 0


if __name__ == "__main__":
    sys.exit(main())
