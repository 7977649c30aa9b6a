"""Config, CSRF, register / login / logout / me, cookies, roles."""

from __future__ import annotations

import pytest

from server.db import User, db


def test_config_says_what_the_server_offers(api):
    body = api.get("/api/config").get_json()
    assert body == {"api": True, "version": body["version"], "fallback": False, "accounts": True}


def test_register_logs_in_and_me_answers(api):
    user = api.register("ada", "learner")
    assert set(user) == {"id", "username", "role"} and user["username"] == "ada"
    me = api.get("/api/auth/me")
    assert me.status_code == 200 and me.get_json() == {"user": user}


def test_me_requires_login(api):
    response = api.get("/api/auth/me")
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "not_logged_in"


def test_password_is_hashed_with_a_kdf(api, api_app):
    api.register("grace")
    with api_app.app_context():
        stored = db.session.execute(db.select(User.password_hash)).scalar_one()
    assert "correct horse" not in stored and stored.startswith("scrypt:")


def test_login_logout_cycle(api, new_api):
    api.register("linus", "teacher")
    other = new_api()
    bad = other.post("/api/auth/login", {"username": "linus", "password": "wrong password"})
    assert bad.status_code == 401 and bad.get_json()["error"]["code"] == "bad_credentials"
    unknown = other.post("/api/auth/login", {"username": "nobody", "password": "whatever1"})
    assert unknown.status_code == 401 and unknown.get_json()["error"]["code"] == "bad_credentials"
    good = other.post("/api/auth/login", {"username": "LINUS", "password": "correct horse"})
    assert good.status_code == 200 and good.get_json()["user"]["role"] == "teacher"
    assert other.get("/api/auth/me").status_code == 200
    assert other.post("/api/auth/logout").status_code == 204
    assert other.get("/api/auth/me").status_code == 401


def test_duplicate_username_is_a_409(api, new_api):
    api.register("margaret")
    response = new_api().post("/api/auth/register", {"username": "Margaret", "password": "12345678"})
    assert response.status_code == 409
    assert response.get_json()["error"] == {"code": "username_taken", "message": "That username is taken.",
                                            "field": "username"}


@pytest.mark.parametrize("body, field", [
    ({"username": "ab", "password": "12345678"}, "username"),
    ({"username": "a" * 33, "password": "12345678"}, "username"),
    ({"username": "bad name", "password": "12345678"}, "username"),
    ({"username": "../etc", "password": "12345678"}, "username"),
    ({"username": "okname", "password": "short"}, "password"),
    ({"username": "okname", "password": "x" * 257}, "password"),
    ({"username": "okname", "password": "12345678", "role": "admin"}, "role"),
    ({"username": "okname"}, "password"),
    ({"username": 5, "password": "12345678"}, "username"),
    ({"username": "okname", "password": "12345678", "is_admin": True}, "is_admin"),
])
def test_register_validation_names_the_field(api, body, field):
    response = api.post("/api/auth/register", body)
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "invalid_field" and error["field"] == field


@pytest.mark.parametrize("data, content_type", [
    ("not json", "application/json"),
    ("[1, 2]", "application/json"),
    ('{"username": "x"', "application/json"),
    ("username=x", "application/x-www-form-urlencoded"),
])
def test_malformed_bodies_are_400(api, data, content_type):
    response = api.http.post("/api/auth/login", data=data, content_type=content_type,
                             headers={"X-CSRF-Token": api.token()})
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid_json"


def test_oversize_body_is_413(make_api_app):
    from tests.api.conftest import Api

    api = Api(make_api_app(MAX_CONTENT_LENGTH=1000))
    response = api.post("/api/auth/login", {"username": "x" * 2000, "password": "12345678"})
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "too_large"


def test_session_cookie_flags(api):
    response = api.post("/api/auth/register", {"username": "cookie", "password": "12345678"})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_secure_cookie_by_configuration(make_api_app):
    from tests.api.conftest import Api

    api = Api(make_api_app(SESSION_COOKIE_SECURE=True))
    response = api.http.get("/api/csrf", base_url="https://localhost")
    assert "Secure" in response.headers["Set-Cookie"]


# ---------------------------------------------------------------- CSRF

STATE_CHANGING = [
    ("POST", "/api/auth/register"), ("POST", "/api/auth/login"), ("POST", "/api/auth/logout"),
    ("POST", "/api/classes"), ("POST", "/api/classes/join"), ("POST", "/api/progress/sync"),
    ("POST", "/api/fallback/run"),
]


@pytest.mark.parametrize("method, path", STATE_CHANGING)
def test_missing_csrf_token_is_refused(api, method, path):
    api.token()  # the session has a token; the request just does not send it
    response = api.send(method, path, json={}, csrf=False)
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "csrf_failed"


@pytest.mark.parametrize("method, path", STATE_CHANGING)
def test_wrong_csrf_token_is_refused(api, method, path):
    api.token()
    response = api.send(method, path, json={}, csrf=False, headers={"X-CSRF-Token": "forged.token.value"})
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "csrf_failed"


def test_token_of_another_session_is_refused(api, new_api):
    other = new_api()
    response = api.send("POST", "/api/auth/login", json={"username": "a", "password": "b"}, csrf=False,
                        headers={"X-CSRF-Token": other.token()})
    assert response.status_code == 403


def test_csrf_token_survives_login(api):
    api.register("keeps")
    assert api.post("/api/auth/logout").status_code == 204
    assert api.post("/api/auth/login", {"username": "keeps", "password": "correct horse"}).status_code == 200
