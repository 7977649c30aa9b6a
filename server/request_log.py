"""Structured request logs: one JSON line per request on the `ferrite.request` logger.

    {"ts": "...Z", "method": "POST", "path": "/api/progress/sync", "status": 200,
     "duration_ms": 12.3, "user_id": 7, "ip": "203.0.113.9"}

Never bodies, query strings or code. Off with FERRITE_LOG_REQUESTS=0. The lines go to
stderr (gunicorn collects them) unless the logger already has handlers.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import datetime, timezone

from flask import Flask, g, request
from flask_login import current_user

logger = logging.getLogger("ferrite.request")


class JsonLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return record.getMessage()


def _ensure_handler() -> None:
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonLineFormatter())
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def init_app(app: Flask) -> None:
    if not app.config.get("FERRITE_LOG_REQUESTS", True):
        return
    _ensure_handler()

    @app.before_request
    def _start_clock():
        g.ferrite_started = time.perf_counter()

    @app.after_request
    def _log(response):
        started = g.get("ferrite_started")
        duration = (time.perf_counter() - started) * 1000 if started is not None else None
        user_id = None
        try:
            if current_user and current_user.is_authenticated:
                user_id = current_user.id
        except Exception:  # noqa: BLE001 - logging must never break a response
            user_id = None
        logger.info(json.dumps({
            "ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "method": request.method, "path": request.path, "status": response.status_code,
            "duration_ms": round(duration, 2) if duration is not None else None,
            "user_id": user_id, "ip": request.remote_addr,
        }, separators=(",", ":")))
        return response
