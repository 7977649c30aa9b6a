"""The IDE page and the runtime bundle: MIME types, caching, path traversal, 503 when unbuilt."""

from __future__ import annotations

import pytest


def test_index_is_served_as_html(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert b"<title>Ferrite</title>" in response.data
    assert "no-cache" in response.headers["Cache-Control"]


@pytest.mark.parametrize("path, mimetype", [
    ("/app.js", "text/javascript"),
    ("/worker.js", "text/javascript"),
    ("/style.css", "text/css"),
    ("/runtime/pyodide/pyodide.mjs", "text/javascript"),
    ("/runtime/pyodide/pyodide.asm.wasm", "application/wasm"),
    ("/runtime/pyodide/python_stdlib.zip", "application/zip"),
    ("/runtime/pyodide/pyodide-lock.json", "application/json"),
    ("/runtime/manifest.json", "application/json"),
    ("/runtime/ferrite_toolchain-0.1.0-py3-none-any.whl", "application/octet-stream"),
])
def test_mime_types(client, path, mimetype):
    response = client.get(path)
    assert response.status_code == 200
    assert response.mimetype == mimetype
    content_type = response.headers["Content-Type"]
    assert content_type.count("charset") <= 1, content_type
    if mimetype.startswith("text/"):
        assert content_type == f"{mimetype}; charset=utf-8"


def test_files_revalidate_because_names_are_not_hashed(client):
    for path in ("/runtime/manifest.json", "/app.js", "/runtime/pyodide/pyodide.asm.wasm"):
        response = client.get(path)
        assert response.headers["Cache-Control"] == "no-cache", path
        assert "Expires" not in response.headers, path
        assert response.headers.get("ETag")
        again = client.get(path, headers={"If-None-Match": response.headers["ETag"]})
        assert again.status_code == 304, path


def test_missing_files_are_404(client):
    assert client.get("/nope.js").status_code == 404
    assert client.get("/runtime/pyodide/nope.wasm").status_code == 404
    assert client.get("/runtime/pyodide").status_code == 404  # a directory is not a file


@pytest.mark.parametrize("path", [
    "/runtime/../pyproject.toml",
    "/runtime/..%2fpyproject.toml",
    "/runtime/%2e%2e/pyproject.toml",
    "/runtime/%2e%2e%2fpyproject.toml",
    "/runtime/pyodide/../../secret.txt",
    "/runtime/%2e%2e%2f%2e%2e%2fsecret.txt",
    "/runtime//etc/passwd",
    "/runtime/%2fetc%2fpasswd",
    "/../secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/%2fetc%2fpasswd",
    "/runtime/..%5csecret.txt",
])
def test_path_traversal_is_refused(client, tmp_path, path):
    # tmp_path holds client-dist/ and runtime-dist/: a secret beside them must stay unreachable.
    (tmp_path / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert b"TOP SECRET" not in response.data
    assert b"[project]" not in response.data
    assert b"root:" not in response.data


def test_unbuilt_client_gives_a_clear_503(make_app, tmp_path):
    app = make_app(FERRITE_CLIENT_DIR=str(tmp_path / "does-not-exist"))
    response = app.test_client().get("/")
    assert response.status_code == 503
    assert response.mimetype == "text/plain"
    text = response.get_data(as_text=True)
    assert "not built" in text and "make client" in text
    assert "Traceback" not in text


def test_unbuilt_runtime_gives_a_clear_503(make_app, tmp_path):
    app = make_app(FERRITE_RUNTIME_DIR=str(tmp_path / "does-not-exist"))
    response = app.test_client().get("/runtime/manifest.json")
    assert response.status_code == 503
    assert "make runtime" in response.get_data(as_text=True)


def test_default_dirs_come_from_the_repository(repo_root, monkeypatch):
    from server import create_app

    monkeypatch.delenv("FERRITE_CLIENT_DIR", raising=False)
    monkeypatch.delenv("FERRITE_RUNTIME_DIR", raising=False)
    app = create_app({"SECRET_KEY": "test", "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert app.config["FERRITE_CLIENT_DIR"] == str(repo_root / "client" / "dist")
    assert app.config["FERRITE_RUNTIME_DIR"] == str(repo_root / "wasm" / "dist")


def test_environment_configures_the_app(monkeypatch, tmp_path):
    from server import create_app

    monkeypatch.setenv("DATABASE_URL", "sqlite:///" + str(tmp_path / "env.db"))
    monkeypatch.setenv("SECRET_KEY", "from-env")
    monkeypatch.setenv("FERRITE_CLIENT_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("FERRITE_RUNTIME_DIR", str(tmp_path / "r"))
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "sqlite:///" + str(tmp_path / "env.db")
    assert app.config["SECRET_KEY"] == "from-env"
    assert app.config["FERRITE_CLIENT_DIR"] == str(tmp_path / "c")
    assert app.config["FERRITE_RUNTIME_DIR"] == str(tmp_path / "r")


def test_default_database_lives_in_the_instance_folder(monkeypatch):
    from server import create_app

    monkeypatch.delenv("DATABASE_URL", raising=False)
    app = create_app({"SECRET_KEY": "test"})
    assert app.config["SQLALCHEMY_DATABASE_URI"].endswith("/instance/ferrite.db")
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "sqlite:///" + app.instance_path + "/ferrite.db"
