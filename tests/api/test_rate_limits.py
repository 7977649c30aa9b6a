"""Rate limits: per user and per IP on every endpoint, strict on login and the fallback;
429 with Retry-After and the JSON body, then recovery once the window passes."""

from __future__ import annotations

import time

import pytest

from tests.api.conftest import Api


@pytest.fixture
def backend() -> str:
    # Limits live in the limiter's storage, not the database: one backend is enough.
    return "sqlite"


def _exhaust(send, limit):
    for _ in range(limit):
        assert send().status_code != 429
    blocked = send()
    assert blocked.status_code == 429
    assert blocked.get_json()["error"]["code"] == "rate_limited"
    retry_after = int(blocked.headers["Retry-After"])
    assert 0 <= retry_after <= 2
    return retry_after


def _recover(send, retry_after):
    time.sleep(max(retry_after, 1) + 0.1)
    assert send().status_code != 429


def test_per_user_limit_on_any_endpoint_then_recovery(make_api_app):
    app = make_api_app(RATELIMIT_USER="3/second", RATELIMIT_IP="1000/second")
    api = Api(app)
    api.register("limited")      # register + csrf count too
    time.sleep(1.1)
    retry = _exhaust(lambda: api.get("/api/auth/me"), 3)
    # Another user from the same IP is not blocked by this user's limit.
    other = Api(app)
    assert other.get("/api/packs").status_code == 200
    _recover(lambda: api.get("/api/auth/me"), retry)


def test_per_ip_limit(make_api_app):
    app = make_api_app(RATELIMIT_USER="1000/second", RATELIMIT_IP="4/second")
    first, second = Api(app, ip="10.1.1.1"), Api(app, ip="10.1.1.1")
    for _ in range(2):
        assert first.get("/api/packs").status_code == 200
        assert second.get("/api/config").status_code == 200
    assert first.get("/api/packs").status_code == 429
    assert Api(app, ip="10.2.2.2").get("/api/packs").status_code == 200  # another IP is fine


def test_login_is_strict_per_username(make_api_app):
    app = make_api_app(RATELIMIT_LOGIN_USER="2/second", RATELIMIT_LOGIN_IP="100/second")
    api = Api(app)
    attempt = lambda: api.post("/api/auth/login", {"username": "victim", "password": "guess1234"})  # noqa: E731
    retry = _exhaust(attempt, 2)
    # Other usernames still work from here.
    assert api.post("/api/auth/login", {"username": "someone", "password": "guess1234"}).status_code == 401
    _recover(attempt, retry)


def test_login_is_strict_per_ip(make_api_app):
    app = make_api_app(RATELIMIT_LOGIN_USER="100/second", RATELIMIT_LOGIN_IP="2/second")
    api = Api(app)
    _exhaust(lambda: api.post("/api/auth/login", {"username": "u1", "password": "guess1234"}), 2)
    assert api.get("/api/packs").status_code == 200  # only login is held back


def test_fallback_limit_for_anonymous_ip_applies_to_its_401s(make_api_app):
    app = make_api_app(RATELIMIT_FALLBACK_IP="3/second")
    api = Api(app)
    send = lambda: api.post("/api/fallback/run", {"code": "fn main() {}", "mode": "run"})  # noqa: E731
    for _ in range(3):
        assert send().status_code == 401
    blocked = send()
    assert blocked.status_code == 429 and "Retry-After" in blocked.headers


def test_fallback_limit_per_user(make_api_app):
    app = make_api_app(RATELIMIT_FALLBACK_USER="2/second", RATELIMIT_FALLBACK_IP="1/second")
    api = Api(app)
    api.register("runner")
    send = lambda: api.post("/api/fallback/run", {"code": "fn main() {}", "mode": "run"})  # noqa: E731
    assert send().status_code == 503  # disabled in this app, but counted
    assert send().status_code == 503  # the anonymous per-IP limit (1) does not apply when logged in
    assert send().status_code == 429


def test_defaults_are_the_documented_ones(make_api_app):
    app = make_api_app()
    assert app.config["RATELIMIT_FALLBACK_USER"] == "10/minute"
    assert app.config["RATELIMIT_FALLBACK_IP"] == "3/minute"
    assert app.config["RATELIMIT_STORAGE_URI"] == "memory://"


def test_limits_can_be_disabled(make_api_app):
    app = make_api_app(RATELIMIT_ENABLED=False, RATELIMIT_IP="1/minute")
    api = Api(app)
    assert all(api.get("/api/packs").status_code == 200 for _ in range(3))


def test_static_files_are_not_limited(make_api_app):
    app = make_api_app(RATELIMIT_IP="1/minute", RATELIMIT_USER="1/minute")
    api = Api(app)
    assert all(api.get("/app.js").status_code == 200 for _ in range(3))


def test_storage_uri_is_configurable(make_api_app):
    app = make_api_app(RATELIMIT_STORAGE_URI="memory://")
    assert app.extensions["ferrite_limiter"]._storage_uri in (None, "memory://")
