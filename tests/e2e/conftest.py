"""End-to-end tests: the real IDE page in Debian's Chromium, driven by Playwright.

A session-scoped live server (the Flask app from `server.create_app`, served by
werkzeug in a daemon thread on 127.0.0.1) serves the built client (client/dist)
and the browser runtime bundle (wasm/dist). Both must be built first
(`make test` does it); a missing build fails the tests loudly rather than skip them.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from server import create_app

REPO_ROOT = Path(__file__).resolve().parents[2]
E2E_DIR = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
CLIENT_DIR = Path(os.environ.get("FERRITE_CLIENT_DIR") or REPO_ROOT / "client" / "dist")
RUNTIME_DIR = Path(os.environ.get("FERRITE_RUNTIME_DIR") or REPO_ROOT / "wasm" / "dist")
SCREENSHOTS = REPO_ROOT / "test-results"

# Chromium flags measured on Debian (see shared/STACK-NOTES.md): without the
# background-networking ones it tries to reach hosts this machine cannot reach.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    no_browser = not Path(CHROMIUM).exists() and not os.environ.get("CI")
    for item in items:
        if E2E_DIR not in Path(str(item.path)).resolve().parents:
            continue
        item.add_marker(pytest.mark.e2e)
        if no_browser:
            item.add_marker(pytest.mark.skip(
                reason=f"{CHROMIUM} is missing (apt-get install -y chromium); "
                       "under CI (CI set) this is a failure instead"))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a free port of 127.0.0.1; yields its base URL."""
    missing = [str(path) for path in (CLIENT_DIR / "index.html", RUNTIME_DIR / "manifest.json")
               if not path.is_file()]
    if missing:
        pytest.fail("e2e tests need the built client and runtime; missing: " + ", ".join(missing)
                    + " (run `npm run build` and `python wasm/build.py`, or `make test`)", pytrace=False)
    database = tmp_path_factory.mktemp("e2e-db") / "ferrite.db"
    app = create_app({
        "TESTING": True,
        "SECRET_KEY": "e2e-tests",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
        "FERRITE_CLIENT_DIR": str(CLIENT_DIR),
        "FERRITE_RUNTIME_DIR": str(RUNTIME_DIR),
    })
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="e2e-live-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def base_url(live_server: str) -> str:
    """pytest-playwright's base URL: `page.goto("/")` opens the live server."""
    return live_server


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS

