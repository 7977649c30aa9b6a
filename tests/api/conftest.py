"""Fixtures for the server tests.

- `make_app` / `app` / `client`: an app on a temporary SQLite database, with small
  temporary client and runtime directories instead of the real builds.
- `backend` / `api_app` / `api`: the API on each database backend in turn: SQLite, and
  PostgreSQL from Debian's packages (a throwaway cluster started once per session by
  `postgres_server`, on a temporary directory and a free port on 127.0.0.1; the
  PostgreSQL cases are skipped when initdb/pg_ctl are not installed, which `make test`
  prevents by installing them).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from server import create_app
from server.db import db, init_db

REPO_ROOT = Path(__file__).resolve().parents[2]
# Fast KDF parameters for tests only (production: werkzeug's default scrypt).
TEST_HASH = "scrypt:1024:8:1"


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


# ---------------------------------------------------------------- PostgreSQL


def _postgres_bin() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").is_file() and (Path(candidate) / "pg_ctl").is_file():
            return Path(candidate)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and shutil.which("initdb") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PostgresServer:
    port: int

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster for the session (trust auth, fsync off)."""
    bindir = _postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (`make test` installs Debian's postgresql)")
    kwargs: dict = {}
    workdir = Path(tempfile.mkdtemp(prefix="ferrite-pg-"))
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: run it as `postgres`
        import pwd
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user to run PostgreSQL as")
        os.chown(workdir, owner.pw_uid, owner.pw_gid)
        kwargs = {"user": owner.pw_uid, "group": owner.pw_gid}
    data, socket_dir = workdir / "data", workdir
    port = _free_port()
    run = dict(capture_output=True, text=True, timeout=120, cwd=workdir, **kwargs)
    initdb = subprocess.run([str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                             "--auth=trust", "-E", "UTF8", "--no-sync"], **run)
    assert initdb.returncode == 0, initdb.stderr
    options = (f"-p {port} -c listen_addresses=127.0.0.1 -k {socket_dir} -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
    start = subprocess.run([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                            str(workdir / "log"), "-w", "-t", "60", "start"], **run)
    assert start.returncode == 0, start.stderr + (workdir / "log").read_text(errors="replace")
    try:
        yield PostgresServer(port)
    finally:
        subprocess.run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], **run)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres_server) -> str:
    """A database with the schema created once; tests empty its tables afterwards."""
    url = postgres_server.create_database("ferrite_test")
    app = create_app({"SECRET_KEY": "t", "SQLALCHEMY_DATABASE_URI": url, "FERRITE_LOG_REQUESTS": False})
    with app.app_context():
        init_db(use_migrations=False)
        db.engine.dispose()
    return url


# ---------------------------------------------------------------- the API on each backend


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def database_url(backend, tmp_path, request) -> str:
    if backend == "sqlite":
        return "sqlite:///" + str(tmp_path / "api.db")
    return request.getfixturevalue("postgres_url")


def _empty_tables(app) -> None:
    with app.app_context():
        names = ", ".join(f'"{table.name}"' for table in db.metadata.sorted_tables
                          if table.name != "schema_info")
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
        db.engine.dispose()


@pytest.fixture
def make_api_app(database_url, backend, client_dir, runtime_dir):
    """make_api_app(**overrides): the full API on the current backend."""
    made = []

    def factory(**overrides):
        config = {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": database_url,
            "FERRITE_CLIENT_DIR": str(client_dir),
            "FERRITE_RUNTIME_DIR": str(runtime_dir),
            "FERRITE_PACKS_DIR": str(REPO_ROOT / "packs"),
            "PASSWORD_HASH_METHOD": TEST_HASH,
            "PISTON_URL": None,
            "FERRITE_LOG_REQUESTS": False,
        }
        config.update(overrides)
        app = create_app(config)
        if backend == "sqlite":
            with app.app_context():
                init_db(use_migrations=False)
        made.append(app)
        return app

    yield factory
    if made and backend == "postgresql":
        _empty_tables(made[0])
    for app in made:
        with app.app_context():
            db.engine.dispose()


class Api:
    """A test client that knows the CSRF dance: `post(...)` sends the token."""

    def __init__(self, app, ip: str = "127.0.0.1"):
        self.app = app
        self.http = app.test_client()
        self.ip = ip
        self._token: str | None = None

    def token(self) -> str:
        if self._token is None:
            self._token = self.get("/api/csrf").get_json()["csrf_token"]
        return self._token

    def get(self, path, **kwargs):
        return self.http.get(path, environ_base={"REMOTE_ADDR": self.ip}, **kwargs)

    def send(self, method, path, json=None, csrf=True, headers=None, **kwargs):
        headers = dict(headers or {})
        if csrf:
            headers["X-CSRF-Token"] = self.token()
        return self.http.open(path, method=method, json=json, headers=headers,
                              environ_base={"REMOTE_ADDR": self.ip}, **kwargs)

    def post(self, path, json=None, **kwargs):
        return self.send("POST", path, json=json, **kwargs)

    def register(self, username: str, role: str = "learner", password: str = "correct horse"):
        response = self.post("/api/auth/register", {"username": username, "password": password, "role": role})
        assert response.status_code == 201, response.get_json()
        return response.get_json()["user"]


@pytest.fixture
def api_app(make_api_app):
    return make_api_app()


@pytest.fixture
def api(api_app) -> Api:
    return Api(api_app)


@pytest.fixture
def new_api(api_app):
    """Another browser (its own cookies) on the same app: new_api(ip=...)."""
    return lambda ip="127.0.0.1": Api(api_app, ip=ip)
