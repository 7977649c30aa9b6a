"""End-to-end tests: the real IDE page in Debian's Chromium, driven by Playwright.

A session-scoped live server (the Flask app from `server.create_app`, served by
werkzeug in a daemon thread on 127.0.0.1) serves the built client (client/dist),
the browser runtime bundle (wasm/dist) and the fixture exercise pack
(tests/e2e/fixtures/packs, whose exercises stay inside what the toolchain handles).
Both builds must exist first (`make test` does them); a missing build fails the
tests loudly rather than skip them. `start_server` starts more servers (one a test
can stop, for the offline test).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from server import create_app

from e2e_paths import (CHROMIUM, CLIENT_DIR, E2E_DIR, FIXTURE_PACKS, REPO_ROOT,  # noqa: F401
                       RUNTIME_DIR, SCREENSHOTS, check_builds)

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


def pytest_configure(config: pytest.Config) -> None:
    # pytest-playwright deletes its --output folder (default: test-results) at the start of
    # the session; keep its artifacts in a sub-folder so our screenshots survive beside them.
    if getattr(config.option, "output", None) == "test-results":
        config.option.output = str(SCREENSHOTS / "playwright")


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


class LiveServer:
    """A WSGI app on a free port of 127.0.0.1, served by werkzeug in a daemon thread."""

    def __init__(self, app) -> None:
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, name="e2e-live-server", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        if self.thread.is_alive():
            self.server.shutdown()
            self.server.server_close()
            self.thread.join(timeout=10)


def ferrite_app(database: Path, **config):
    from server.db import db, init_db

    app = create_app({
        "TESTING": True,
        "SECRET_KEY": "e2e-tests",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
        "FERRITE_CLIENT_DIR": str(CLIENT_DIR),
        "FERRITE_RUNTIME_DIR": str(RUNTIME_DIR),
        "FERRITE_PACKS_DIR": str(FIXTURE_PACKS),
        "RATELIMIT_ENABLED": False,
        **config,
    })
    with app.app_context():
        init_db()
    return app


@pytest.fixture(scope="session")
def start_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """Starts a Ferrite server (the real app) and returns it; all are stopped at the end."""
    check_builds()
    servers: list[LiveServer] = []

    def start(**config) -> LiveServer:
        database = tmp_path_factory.mktemp("e2e-db") / "ferrite.db"
        server = LiveServer(ferrite_app(database, **config))
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def live_server(start_server) -> str:
    """The app on a free port of 127.0.0.1; yields its base URL."""
    return start_server().url


@pytest.fixture(scope="session")
def base_url(live_server: str) -> str:
    """pytest-playwright's base URL: `page.goto("/")` opens the live server."""
    return live_server


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS

