"""The Piston fallback, against a local fake Piston: request shape, result mapping,
retries with back-off, the overall deadline, size cap, login, audit."""

from __future__ import annotations

import time

import pytest

from server.db import FallbackCall, db
from tests.api.conftest import Api
from tests.api.fake_piston import FakePiston


@pytest.fixture(scope="module")
def piston():
    fake = FakePiston()
    yield fake
    fake.close()


@pytest.fixture
def runner(make_api_app, piston):
    piston.script.clear()
    piston.requests.clear()
    app = make_api_app(PISTON_URL=piston.url, FALLBACK_BACKOFF=0.01, FALLBACK_DEADLINE=2.0,
                       RATELIMIT_FALLBACK_USER="100/minute")
    api = Api(app)
    api.register("runner")
    return api


def run(api, code="fn main() { println!(\"hello\"); }", mode="run"):
    return api.post("/api/fallback/run", {"code": code, "mode": mode})


def audits(api):
    with api.app.app_context():
        return [(c.outcome, c.attempts, c.mode, c.code_size) for c in
                db.session.execute(db.select(FallbackCall).order_by(FallbackCall.id)).scalars()]


def test_config_reports_the_fallback(runner):
    assert runner.get("/api/config").get_json()["fallback"] is True


def test_disabled_without_piston_url(api):
    api.register("nofallback")
    response = run(api)
    assert response.status_code == 503 and response.get_json()["error"]["code"] == "fallback_disabled"


def test_login_required(make_api_app, piston):
    api = Api(make_api_app(PISTON_URL=piston.url))
    assert run(api).status_code == 401


def test_run_mode_request_and_result(runner, piston):
    response = run(runner)
    assert response.status_code == 200
    body = response.get_json()
    assert body == {"compiled": True, "source": "server", "tests": None,
                    "fuel": {"used": 0, "exhausted": False},
                    "run": {"exit_code": 0, "stdout": "hello\n", "stderr": "", "panic": None},
                    "diagnostics": [{"message": "rustc printed warnings (see rendered)", "code": None,
                                     "level": "warning", "spans": [], "children": [],
                                     "rendered": "warning: unused variable: `y`\n"}]}
    sent = piston.requests[-1]
    assert sent["language"] == "rust" and sent["version"] == "1.68.2"
    assert sent["files"][0] == {"name": "main.rs", "content": "fn main() { println!(\"hello\"); }"}
    assert {"name": "--edition=2021", "content": ""} in sent["files"]
    assert not any(f["name"] == "--test" for f in sent["files"]) and sent["args"] == []
    for key in ("compile_timeout", "run_timeout", "compile_memory_limit", "run_memory_limit"):
        assert isinstance(sent[key], int) and sent[key] > 0
    assert audits(runner) == [("ok", 1, "run", len("fn main() { println!(\"hello\"); }"))]


def test_test_mode_asks_rustc_for_the_harness(runner, piston):
    body = run(runner, "#[test] fn t() {}", mode="test").get_json()
    sent = piston.requests[-1]
    assert {"name": "--test", "content": ""} in sent["files"] and sent["args"] == ["--test-threads=1"]
    assert body["run"]["stdout"].startswith("running 1 test")


def test_compile_error_mapping(runner, piston):
    piston.script[:] = ["compile_error"]
    body = run(runner).get_json()
    assert body["compiled"] is False and body["run"] is None
    assert body["diagnostics"][0]["level"] == "error"
    assert body["diagnostics"][0]["rendered"].startswith("error[E0425]")
    assert audits(runner)[-1][0] == "compile_error"


def test_panic_and_signal_mapping(runner, piston):
    piston.script[:] = ["panic", "killed"]
    assert run(runner).get_json()["run"]["exit_code"] == 101
    assert run(runner).get_json()["run"]["exit_code"] == 137  # SIGKILL
    assert [a[0] for a in audits(runner)] == ["run_failed", "run_failed"]


@pytest.mark.parametrize("failures", [["500"], ["503", "429"], ["429", "429"]])
def test_retries_then_succeeds(runner, piston, failures):
    piston.script[:] = list(failures)
    response = run(runner)
    assert response.status_code == 200
    assert len(piston.requests) == len(failures) + 1
    assert audits(runner) == [("ok", len(failures) + 1, "run", audits(runner)[0][3])]


def test_gives_up_after_three_attempts(runner, piston):
    piston.script[:] = ["500", "500", "500", "ok"]
    response = run(runner)
    assert response.status_code == 502
    assert response.get_json()["error"]["code"] == "fallback_unavailable"
    assert len(piston.requests) == 3
    assert audits(runner)[-1][:2] == ("unavailable", 3)


def test_client_errors_are_not_retried(runner, piston):
    piston.script[:] = ["bad_request"]
    response = run(runner)
    assert response.status_code == 502 and "runtime is unknown" in response.get_json()["error"]["message"]
    assert len(piston.requests) == 1


def test_backoff_is_exponential(make_api_app, piston, monkeypatch):
    from server import fallback

    piston.script[:] = ["500", "500", "500"]
    sleeps = []
    monkeypatch.setattr(fallback.time, "sleep", sleeps.append)
    api = Api(make_api_app(PISTON_URL=piston.url, FALLBACK_BACKOFF=0.5))
    api.register("backoff")
    run(api)
    assert sleeps == [0.5, 1.0]


def test_deadline_stops_a_hanging_piston(make_api_app, piston):
    piston.script[:] = ["hang"]
    piston.hang_seconds = 3.0
    api = Api(make_api_app(PISTON_URL=piston.url, FALLBACK_DEADLINE=1.0, FALLBACK_BACKOFF=0.01))
    api.register("patient")
    started = time.monotonic()
    response = run(api)
    elapsed = time.monotonic() - started
    assert response.status_code == 504 and response.get_json()["error"]["code"] == "fallback_timeout"
    assert elapsed < 2.0
    assert audits(api)[-1][0] == "timeout"


def test_unreachable_piston(make_api_app):
    api = Api(make_api_app(PISTON_URL="http://127.0.0.1:9", FALLBACK_BACKOFF=0.01, FALLBACK_DEADLINE=3.0))
    api.register("offline")
    response = run(api)
    assert response.status_code == 502
    assert audits(api)[-1][:2] == ("unavailable", 3)


def test_size_cap(runner, piston):
    response = run(runner, "/" * (64 * 1024 + 1))
    assert response.status_code in (400, 413)
    response = run(runner, "é" * (40 * 1024))  # under 64 Ki characters, over 64 KiB of UTF-8
    assert response.status_code == 413 and response.get_json()["error"]["field"] == "code"
    assert piston.requests == []


@pytest.mark.parametrize("body, field", [({"code": 5}, "code"), ({"mode": "run"}, "code"),
                                         ({"code": "", "mode": "bench"}, "mode")])
def test_validation(runner, body, field):
    response = runner.post("/api/fallback/run", body)
    assert response.status_code == 400 and response.get_json()["error"]["field"] == field
