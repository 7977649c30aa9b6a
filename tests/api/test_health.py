"""GET /api/health reports the server's version and actually queries the database."""

from __future__ import annotations

import server


def test_health_ok(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["version"] == server.__version__
    assert body["schema_version"] >= 1


def test_health_reports_an_uninitialised_database(make_app):
    app = make_app(initialise_db=False)
    response = app.test_client().get("/api/health")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "error"
    assert body["database"].startswith("error")


def test_init_db_is_idempotent(app):
    from server.db import SCHEMA_VERSION, SchemaInfo, db, init_db

    with app.app_context():
        init_db()
        init_db()
        rows = db.session.execute(db.select(SchemaInfo)).scalars().all()
        assert [(row.id, row.version) for row in rows] == [(1, SCHEMA_VERSION)]


def test_init_db_cli_command(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["init-db"])
    assert result.exit_code == 0, result.output
    assert "schema version" in result.output
    # A second run is harmless.
    assert runner.invoke(args=["init-db"]).exit_code == 0
