"""Configuration from the environment.

Every setting has a default that works for a developer checkout, so `make run`
needs no environment at all. A deployment sets at least SECRET_KEY and usually
DATABASE_URL, RATELIMIT_STORAGE_URI and SESSION_COOKIE_SECURE.

    DATABASE_URL            SQLAlchemy URL (default: SQLite file <instance>/ferrite.db);
                            postgresql://... uses psycopg 3
    SECRET_KEY              signs sessions and CSRF tokens (default: random per process, with a warning)
    SESSION_COOKIE_SECURE   1/true: cookies only over HTTPS (default: off, for http://127.0.0.1)
    FERRITE_CLIENT_DIR      the built IDE page, served at / (default: <repo>/client/dist)
    FERRITE_RUNTIME_DIR     the browser runtime bundle, served at /runtime/ (default: <repo>/wasm/dist)
    FERRITE_PACKS_DIR       exercise packs, one folder each (default: <repo>/packs)
    MAX_CONTENT_LENGTH      largest request body in bytes (default: 1048576); larger -> 413
    RATELIMIT_STORAGE_URI   memory:// (default; per process) or redis://host:6379/0 (shared by workers)
    RATELIMIT_ENABLED       0/false turns rate limiting off (default: on)
    RATELIMIT_USER          every /api/ endpoint, per logged-in user or anonymous IP (default: 300/minute)
    RATELIMIT_IP            every /api/ endpoint, per client IP (default: 1200/minute)
    RATELIMIT_LOGIN_IP      login and register, per IP (default: 30/minute)
    RATELIMIT_LOGIN_USER    login, per username tried (default: 5/minute)
    RATELIMIT_FALLBACK_USER the Piston fallback, per logged-in user (default: 10/minute)
    RATELIMIT_FALLBACK_IP   the Piston fallback, per IP when anonymous (default: 3/minute)
    TRUST_PROXY_HOPS        number of reverse proxies in front (X-Forwarded-For is trusted only then; default 0)
    PISTON_URL              base URL of a self-hosted Piston (e.g. http://piston:2000); unset = fallback off
    PISTON_RUST_VERSION     the Rust runtime version Piston has installed (default: 1.68.2)
    PISTON_RUST_EDITION     edition passed to Piston's rustc (default: 2021)
    PISTON_COMPILE_TIMEOUT  ms (default 10000)    PISTON_RUN_TIMEOUT     ms (default 3000)
    PISTON_COMPILE_MEMORY   bytes (default 536870912)  PISTON_RUN_MEMORY   bytes (default 268435456)
    FALLBACK_DEADLINE       seconds for a whole fallback call, retries included (default 45)
    FALLBACK_ATTEMPTS       attempts (default 3)   FALLBACK_BACKOFF   first back-off in seconds (default 0.5)
    FERRITE_LOG_REQUESTS    0/false: no JSON request log lines (default: on)
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Mapping
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

log = logging.getLogger(__name__)


def _bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


# (config key, environment variable, default, converter)
_SIMPLE_SETTINGS: list[tuple[str, str, object, object]] = [
    ("SESSION_COOKIE_SECURE", "SESSION_COOKIE_SECURE", False, _bool),
    ("MAX_CONTENT_LENGTH", "MAX_CONTENT_LENGTH", 1024 * 1024, int),
    ("RATELIMIT_STORAGE_URI", "RATELIMIT_STORAGE_URI", "memory://", str),
    ("RATELIMIT_ENABLED", "RATELIMIT_ENABLED", True, _bool),
    ("RATELIMIT_USER", "RATELIMIT_USER", "300/minute", str),
    ("RATELIMIT_IP", "RATELIMIT_IP", "1200/minute", str),
    ("RATELIMIT_LOGIN_IP", "RATELIMIT_LOGIN_IP", "30/minute", str),
    ("RATELIMIT_LOGIN_USER", "RATELIMIT_LOGIN_USER", "5/minute", str),
    ("RATELIMIT_FALLBACK_USER", "RATELIMIT_FALLBACK_USER", "10/minute", str),
    ("RATELIMIT_FALLBACK_IP", "RATELIMIT_FALLBACK_IP", "3/minute", str),
    ("TRUST_PROXY_HOPS", "TRUST_PROXY_HOPS", 0, int),
    ("PISTON_URL", "PISTON_URL", None, str),
    ("PISTON_RUST_VERSION", "PISTON_RUST_VERSION", "1.68.2", str),
    ("PISTON_RUST_EDITION", "PISTON_RUST_EDITION", "2021", str),
    ("PISTON_COMPILE_TIMEOUT", "PISTON_COMPILE_TIMEOUT", 10_000, int),
    ("PISTON_RUN_TIMEOUT", "PISTON_RUN_TIMEOUT", 3_000, int),
    ("PISTON_COMPILE_MEMORY", "PISTON_COMPILE_MEMORY", 512 * 1024 * 1024, int),
    ("PISTON_RUN_MEMORY", "PISTON_RUN_MEMORY", 256 * 1024 * 1024, int),
    ("FALLBACK_DEADLINE", "FALLBACK_DEADLINE", 45.0, float),
    ("FALLBACK_ATTEMPTS", "FALLBACK_ATTEMPTS", 3, int),
    ("FALLBACK_BACKOFF", "FALLBACK_BACKOFF", 0.5, float),
    ("FERRITE_LOG_REQUESTS", "FERRITE_LOG_REQUESTS", True, _bool),
]


def from_environment(instance_path: str, environ: Mapping[str, str] | None = None,
                     skip: frozenset[str] | set[str] = frozenset()) -> dict:
    """The settings read from `environ` (default: os.environ), with defaults.

    Keys in `skip` are left out (the caller already has them), so that, for
    instance, no warning about a generated SECRET_KEY is logged when the
    caller passes one.
    """
    env = os.environ if environ is None else environ
    config: dict = {
        # Cookies: HttpOnly and SameSite=Lax always; Secure by SESSION_COOKIE_SECURE.
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        # CSRF (Flask-WTF): the token travels in the X-CSRF-Token header; it is
        # valid as long as the session (no separate expiry to surprise a learner
        # who kept the tab open all day).
        "WTF_CSRF_HEADERS": ["X-CSRF-Token"],
        "WTF_CSRF_TIME_LIMIT": None,
        "RATELIMIT_HEADERS_ENABLED": True,
        # A moving window: no burst of twice the limit across a window boundary.
        "RATELIMIT_STRATEGY": "moving-window",
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
    }
    if "SQLALCHEMY_DATABASE_URI" not in skip:
        default_db = "sqlite:///" + str(Path(instance_path) / "ferrite.db")
        config["SQLALCHEMY_DATABASE_URI"] = database_url(env.get("DATABASE_URL") or default_db)
    if "SECRET_KEY" not in skip:
        key = env.get("SECRET_KEY")
        if not key:
            key = secrets.token_hex(32)
            log.warning("SECRET_KEY is not set: using a random key for this process only "
                        "(sessions will not survive a restart). Set SECRET_KEY in production.")
        config["SECRET_KEY"] = key
    if "FERRITE_CLIENT_DIR" not in skip:
        config["FERRITE_CLIENT_DIR"] = env.get("FERRITE_CLIENT_DIR") or str(REPO_ROOT / "client" / "dist")
    if "FERRITE_RUNTIME_DIR" not in skip:
        config["FERRITE_RUNTIME_DIR"] = env.get("FERRITE_RUNTIME_DIR") or str(REPO_ROOT / "wasm" / "dist")
    if "FERRITE_PACKS_DIR" not in skip:
        config["FERRITE_PACKS_DIR"] = env.get("FERRITE_PACKS_DIR") or str(REPO_ROOT / "packs")
    for key, variable, default, convert in _SIMPLE_SETTINGS:
        if key in skip:
            continue
        raw = env.get(variable)
        config[key] = convert(raw) if raw not in (None, "") else default
    return config


def database_url(url: str) -> str:
    """postgres:// and postgresql:// (as hosting providers hand them out) use psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url
