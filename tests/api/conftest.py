"""Fixtures for the server tests: an app on a temporary SQLite database, with
small temporary client and runtime directories instead of the real builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from server import create_app
from server.db import init_db


@pytest.fixture
def client_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "client-dist"
    directory.mkdir()
    (directory / "index.html").write_text("<!doctype html><title>Ferrite</title>\n", encoding="utf-8")
    (directory / "app.js").write_text("console.log('app');\n", encoding="utf-8")
    (directory / "worker.js").write_text("self.onmessage = () => {};\n", encoding="utf-8")
    (directory / "style.css").write_text("body { margin: 0; }\n", encoding="utf-8")
    return directory


@pytest.fixture
def runtime_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "runtime-dist"
    (directory / "pyodide").mkdir(parents=True)
    (directory / "pyodide" / "pyodide.mjs").write_text("export const loadPyodide = 1;\n", encoding="utf-8")
    (directory / "pyodide" / "pyodide.asm.wasm").write_bytes(b"\0asm\1\0\0\0")
    (directory / "pyodide" / "python_stdlib.zip").write_bytes(b"PK\5\6" + b"\0" * 18)
    (directory / "pyodide" / "pyodide-lock.json").write_text("{}\n", encoding="utf-8")
    (directory / "ferrite_toolchain-0.1.0-py3-none-any.whl").write_bytes(b"PK\5\6" + b"\0" * 18)
    (directory / "manifest.json").write_text('{"version": "0.1.0"}\n', encoding="utf-8")
    return directory


@pytest.fixture
def make_app(tmp_path: Path, client_dir: Path, runtime_dir: Path):
    """A factory: make_app(**overrides) -> app with an initialised temp database."""

    def factory(initialise_db: bool = True, **overrides):
        config = {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": "sqlite:///" + str(tmp_path / "test.db"),
            "FERRITE_CLIENT_DIR": str(client_dir),
            "FERRITE_RUNTIME_DIR": str(runtime_dir),
        }
        config.update(overrides)
        app = create_app(config)
        if initialise_db:
            with app.app_context():
                init_db()
        return app

    return factory


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()
