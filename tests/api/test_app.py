"""Migrations on both backends, request logs, OpenAPI, health with the full schema."""

from __future__ import annotations

import json
import logging
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from server import create_app
from server.db import SCHEMA_VERSION, db, init_db, schema_version
from tests.api.conftest import Api


@pytest.fixture
def migration_url(backend, tmp_path, request):
    if backend == "sqlite":
        return "sqlite:///" + str(tmp_path / "migrated.db")
    return request.getfixturevalue("postgres_server").create_database(f"ferrite_mig_{uuid.uuid4().hex[:12]}")


def test_migrations_build_the_models_schema_and_are_idempotent(migration_url):
    app = create_app({"SECRET_KEY": "t", "SQLALCHEMY_DATABASE_URI": migration_url, "FERRITE_LOG_REQUESTS": False})
    with app.app_context():
        assert init_db() == SCHEMA_VERSION
        assert init_db() == SCHEMA_VERSION  # a second upgrade does nothing
        assert schema_version() == SCHEMA_VERSION
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), db.metadata)
        db.session.remove()
        db.engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"


def test_db_upgrade_cli(migration_url):
    app = create_app({"SECRET_KEY": "t", "SQLALCHEMY_DATABASE_URI": migration_url, "FERRITE_LOG_REQUESTS": False})
    runner = app.test_cli_runner()
    for _ in range(2):
        result = runner.invoke(args=["db", "upgrade"])
        assert result.exit_code == 0, result.output
    with app.app_context():
        assert schema_version() == SCHEMA_VERSION
        db.session.remove()
        db.engine.dispose()


def test_upgrade_keeps_an_old_init_db_schema_info(tmp_path):
    """A database made by the first `init-db` (only schema_info) upgrades in place."""
    import sqlite3

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE schema_info (id INTEGER NOT NULL PRIMARY KEY, version INTEGER NOT NULL)")
        conn.execute("INSERT INTO schema_info VALUES (1, 1)")
    app = create_app({"SECRET_KEY": "t", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    with app.app_context():
        init_db()
        assert schema_version() == SCHEMA_VERSION


def test_health_on_each_backend(api):
    body = api.get("/api/health").get_json()
    assert body["status"] == "ok" and body["schema_version"] == SCHEMA_VERSION


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


def test_request_log_is_one_json_line_without_bodies(make_api_app):
    app = make_api_app(FERRITE_LOG_REQUESTS=True)
    api = Api(app)
    logger = logging.getLogger("ferrite.request")
    caplog = _Collect()
    logger.addHandler(caplog)
    try:
        if True:
            api.register("logged")
            api.post("/api/progress/sync", {"events": [{
                "id": "e", "pack": "first-steps", "exercise": "say_hello", "status": "attempted",
                "code": "fn main() { SECRET_CODE }", "attempts": 1, "client_ts": "2026-01-01T00:00:00Z"}]})
    finally:
        logger.removeHandler(caplog)
    lines = [json.loads(record.getMessage()) for record in caplog.records if record.name == "ferrite.request"]
    assert lines, [r.getMessage() for r in caplog.records]
    sync = next(line for line in lines if line["path"] == "/api/progress/sync")
    assert sync["method"] == "POST" and sync["status"] == 200 and sync["user_id"] == 1
    assert isinstance(sync["duration_ms"], float)
    assert set(sync) == {"ts", "method", "path", "status", "duration_ms", "user_id", "ip"}
    assert next(line for line in lines if line["path"] == "/api/csrf")["user_id"] is None
    text = " ".join(record.getMessage() for record in caplog.records)
    assert "SECRET_CODE" not in text and "correct horse" not in text


def test_openapi_document(api):
    doc = api.get("/api/openapi.json").get_json()
    assert doc["openapi"].startswith("3.1")
    for path in ("/api/auth/login", "/api/progress/sync", "/api/fallback/run", "/api/packs/{pack}/exercises/{name}",
                 "/api/classes/{id}/progress.csv", "/api/export"):
        assert path in doc["paths"], path
    sync = doc["components"]["schemas"]["SyncBody"]
    assert "events" in sync["properties"]
    assert doc["paths"]["/api/progress/sync"]["post"]["requestBody"]


def test_every_api_route_is_in_openapi(api_app, api):
    documented = set(api.get("/api/openapi.json").get_json()["paths"])
    for rule in api_app.url_map.iter_rules():
        if not rule.rule.startswith("/api/") or rule.endpoint.startswith("api_fallback"):
            continue
        path = rule.rule.replace("<int:class_id>", "{id}").replace("<pack_id>", "{pack}").replace("<name>", "{name}")
        assert path in documented, path
