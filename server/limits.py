"""Rate limits (Flask-Limiter), on every /api/ endpoint.

- Two application-wide limits on every /api/ request: RATELIMIT_USER keyed by the
  logged-in user (or by IP when anonymous) and RATELIMIT_IP keyed by client IP.
- Strict route limits: login/register (RATELIMIT_LOGIN_IP per IP, and login
  RATELIMIT_LOGIN_USER per username tried) and the fallback
  (RATELIMIT_FALLBACK_USER per user, RATELIMIT_FALLBACK_IP per IP when anonymous).

Storage is RATELIMIT_STORAGE_URI: memory:// (one process) or redis:// (shared by
every gunicorn worker and machine). A breach is a 429 with Retry-After and the JSON
error body (server/errors.py). The client IP is request.remote_addr; behind
reverse proxies set TRUST_PROXY_HOPS so it is the real client's (ProxyFix).
"""

from __future__ import annotations

from flask import Flask, current_app, request
from flask_limiter import ApplicationLimit, Limiter
from flask_login import current_user


def client_ip() -> str:
    return request.remote_addr or "unknown"


def user_or_ip() -> str:
    if current_user and current_user.is_authenticated:
        return f"user:{current_user.get_id()}"
    return f"ip:{client_ip()}"


def ip_key() -> str:
    return f"ip:{client_ip()}"


def login_username_key() -> str:
    data = request.get_json(silent=True)
    name = data.get("username") if isinstance(data, dict) else None
    return f"login:{str(name).lower()[:64]}" if isinstance(name, str) else f"login-ip:{client_ip()}"


def _setting(key: str):
    return lambda: current_app.config[key]


def _not_api() -> bool:
    # Only the API is limited: the IDE's static files are cheap and a classroom
    # behind one NAT address loads them all at once.
    return not (request.path == "/api" or request.path.startswith("/api/"))


def init_app(app: Flask) -> Limiter:
    """One Limiter per app (no state shared between apps, e.g. in tests)."""
    limiter = Limiter(
        user_or_ip,
        application_limits=[
            ApplicationLimit(_setting("RATELIMIT_USER"), key_function=user_or_ip, scope="api-user"),
            ApplicationLimit(_setting("RATELIMIT_IP"), key_function=ip_key, scope="api-ip"),
        ],
        retry_after="delta-seconds",
    )
    limiter.request_filter(_not_api)
    limiter.init_app(app)

    def strict(endpoint: str, *limits) -> None:
        # Route limits are checked by the wrapper the decorator returns, so it replaces
        # the view (outside login_required: anonymous 401s count too).
        view = app.view_functions[endpoint]
        for decorator in limits:
            view = decorator(view)
        app.view_functions[endpoint] = view

    anonymous = lambda: not current_user.is_authenticated  # noqa: E731
    authenticated = lambda: current_user.is_authenticated  # noqa: E731
    strict("auth.login",
           limiter.limit(_setting("RATELIMIT_LOGIN_IP"), key_func=ip_key, scope="login-ip",
                         override_defaults=False),
           limiter.limit(_setting("RATELIMIT_LOGIN_USER"), key_func=login_username_key,
                         scope="login-user", override_defaults=False))
    strict("auth.register",
           limiter.limit(_setting("RATELIMIT_LOGIN_IP"), key_func=ip_key, scope="register-ip",
                         override_defaults=False))
    strict("fallback.run",
           limiter.limit(_setting("RATELIMIT_FALLBACK_USER"), key_func=user_or_ip,
                         scope="fallback-user", exempt_when=anonymous, override_defaults=False),
           limiter.limit(_setting("RATELIMIT_FALLBACK_IP"), key_func=ip_key,
                         scope="fallback-anon", exempt_when=authenticated, override_defaults=False))
    app.extensions["ferrite_limiter"] = limiter
    return limiter
