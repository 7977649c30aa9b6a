"""Errors: JSON under /api/, plain text elsewhere."""

from __future__ import annotations

from flask import Blueprint, Flask, jsonify, request
from werkzeug.exceptions import HTTPException, NotFound

bp = Blueprint("api_fallback", __name__, url_prefix="/api")


METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


@bp.route("", defaults={"rest": ""}, methods=METHODS, strict_slashes=False)
@bp.route("/<path:rest>", methods=METHODS)
def unknown_api(rest: str):
    # Any /api/ path no blueprint claims: a JSON 404, whatever the method
    # (without this, the static catch-all would answer 405 for a POST).
    raise NotFound()


def _http_error(error: HTTPException):
    if request.path == "/api" or request.path.startswith("/api/"):
        response = jsonify(error=error.name, status=error.code, message=error.description)
        response.status_code = error.code or 500
        return response
    return error


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    app.register_error_handler(HTTPException, _http_error)
