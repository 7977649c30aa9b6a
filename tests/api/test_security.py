"""Security headers on every response, JSON errors under /api/, and no code execution in server/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from server.security import SECURITY_HEADERS

EXPECTED_CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
                "style-src 'self' 'unsafe-inline'; worker-src 'self'; connect-src 'self'; "
                "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def test_the_policy_is_the_agreed_one():
    assert SECURITY_HEADERS["Content-Security-Policy"] == EXPECTED_CSP


@pytest.mark.parametrize("method, path, status", [
    ("GET", "/", 200),                                   # HTML
    ("GET", "/app.js", 200),                             # a script
    ("GET", "/runtime/pyodide/pyodide.asm.wasm", 200),   # wasm
    ("GET", "/api/health", 200),                         # JSON
    ("GET", "/api/nope", 404),                           # JSON 404
    ("POST", "/api/nope", 404),
    ("GET", "/nope.html", 404),                          # HTML/text 404
    ("GET", "/runtime/../pyproject.toml", 404),
    ("POST", "/", 405),
])
def test_security_headers_on_every_response(client, method, path, status):
    response = client.open(path, method=method)
    assert response.status_code == status
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, name
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Embedder-Policy"] == "require-corp"
    assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Content-Security-Policy"] == EXPECTED_CSP


def test_security_headers_on_a_503(make_app, tmp_path):
    app = make_app(FERRITE_CLIENT_DIR=str(tmp_path / "missing"))
    response = app.test_client().get("/")
    assert response.status_code == 503
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, name


def test_security_headers_on_an_internal_error(make_app):
    app = make_app()
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/api/boom")
    def boom():
        raise RuntimeError("boom")

    response = app.test_client().get("/api/boom")
    assert response.status_code == 500
    assert response.headers.get("Content-Security-Policy") == EXPECTED_CSP


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "DELETE"])
@pytest.mark.parametrize("path", ["/api/x", "/api/x/y", "/api/", "/api"])
def test_unknown_api_paths_are_json_404(client, method, path):
    response = client.open(path, method=method)
    assert response.status_code == 404
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["error"]["code"] == "not_found"
    assert body["error"]["message"]


def test_api_never_falls_through_to_static_files(client, client_dir):
    (client_dir / "api").mkdir()
    (client_dir / "api" / "health.json").write_text("{}", encoding="utf-8")
    response = client.get("/api/health.json")
    assert response.status_code == 404
    assert response.mimetype == "application/json"


FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "system", "popen", "fork", "forkpty",
                   "execv", "execve", "execl", "execle", "execlp", "execvp", "execvpe",
                   "spawnl", "spawnv", "spawnve", "spawnvp", "posix_spawn", "posix_spawnp", "startfile"}
FORBIDDEN_MODULES = {"subprocess", "multiprocessing", "pty", "code", "codeop"}


def test_server_never_executes_code():
    """The server must never run user code: no subprocess, os.system, eval or exec in server/."""
    server_dir = Path(__file__).resolve().parents[2] / "server"
    problems = []
    for path in sorted(server_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [(node.module or "").split(".")[0]]
            else:
                names = []
            for name in names:
                if name in FORBIDDEN_MODULES:
                    problems.append(f"{path.name}:{node.lineno}: imports {name}")
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
                if called in FORBIDDEN_CALLS:
                    problems.append(f"{path.name}:{node.lineno}: calls {called}()")
    assert not problems, "\n".join(problems)


def test_grep_no_subprocess_exec_eval_or_compile_in_server():
    """The same promise at the text level: none of these words appear as calls or imports
    in the code (strings and comments, which may mention them, are left out)."""
    import io
    import re
    import tokenize

    server_dir = Path(__file__).resolve().parents[2] / "server"
    pattern = re.compile(r"\bimport\s+subprocess\b|\bsubprocess\.|\bos\.system\b|\bos\.popen\b"
                         r"|(?<![.\w])(?:exec|eval|compile)\s*\(")
    hits = []
    for path in sorted(server_dir.rglob("*.py")):
        lines: dict[int, list[str]] = {}
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type not in (tokenize.STRING, tokenize.COMMENT):
                lines.setdefault(token.start[0], []).append(token.string)
        for number, tokens in sorted(lines.items()):
            code = " ".join(tokens).replace(" . ", ".").replace(" (", "(")
            if pattern.search(code):
                hits.append(f"{path.relative_to(server_dir)}:{number}: {code}")
    assert not hits, "\n".join(hits)
