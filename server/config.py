"""Configuration from the environment.

Every setting has a default that works for a developer checkout, so `make run`
needs no environment at all. A deployment sets at least SECRET_KEY and usually
DATABASE_URL.

    DATABASE_URL         SQLAlchemy URL (default: SQLite file <instance>/ferrite.db)
    SECRET_KEY           signs sessions (default: random per process, with a warning)
    FERRITE_CLIENT_DIR   the built IDE page, served at / (default: <repo>/client/dist)
    FERRITE_RUNTIME_DIR  the browser runtime bundle, served at /runtime/ (default: <repo>/wasm/dist)
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Mapping
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

log = logging.getLogger(__name__)


def from_environment(instance_path: str, environ: Mapping[str, str] | None = None,
                     skip: frozenset[str] | set[str] = frozenset()) -> dict:
    """The settings read from `environ` (default: os.environ), with defaults.

    Keys in `skip` are left out (the caller already has them), so that, for
    instance, no warning about a generated SECRET_KEY is logged when the
    caller passes one.
    """
    env = os.environ if environ is None else environ
    config: dict = {}
    if "SQLALCHEMY_DATABASE_URI" not in skip:
        default_db = "sqlite:///" + str(Path(instance_path) / "ferrite.db")
        config["SQLALCHEMY_DATABASE_URI"] = env.get("DATABASE_URL") or default_db
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
    return config
