"""Where the e2e tests find the builds, the browser and their fixtures (a module of its
own, so test modules import it by a name no other test folder uses)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
E2E_DIR = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
CLIENT_DIR = Path(os.environ.get("FERRITE_CLIENT_DIR") or REPO_ROOT / "client" / "dist")
RUNTIME_DIR = Path(os.environ.get("FERRITE_RUNTIME_DIR") or REPO_ROOT / "wasm" / "dist")
SCREENSHOTS = REPO_ROOT / "test-results"
FIXTURE_PACKS = E2E_DIR / "fixtures" / "packs"


def check_builds() -> None:
    missing = [str(path) for path in (CLIENT_DIR / "index.html", RUNTIME_DIR / "manifest.json")
               if not path.is_file()]
    if missing:
        pytest.fail("e2e tests need the built client and runtime; missing: " + ", ".join(missing)
                    + " (run `npm run build` and `python wasm/build.py`, or `make test`)", pytrace=False)
