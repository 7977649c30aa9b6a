"""GET /api/health: is the server up, and can it reach its database?"""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from sqlalchemy.exc import SQLAlchemyError

from . import __version__
from .db import db, schema_version

bp = Blueprint("health", __name__, url_prefix="/api")


@bp.get("/health")
def health():
    try:
        version = schema_version()
    except SQLAlchemyError as error:
        db.session.rollback()
        current_app.logger.warning("health check: database error: %s", error)
        return jsonify(status="error", version=__version__,
                       database="error: cannot query the database (run `make db`?)"), 503
    if version is None:
        return jsonify(status="error", version=__version__,
                       database="error: not initialised (run `make db`)"), 503
    return jsonify(status="ok", version=__version__, database="ok", schema_version=version)
