"""Errors: under /api/ always the contract's JSON body, plain text elsewhere.

    {"error": {"code": "<machine_code>", "message": "<human text>", "field": "<name>"}}

`field` is present only when one field is at fault. Views raise ApiError for
their own errors; HTTP errors from Flask/Werkzeug, CSRF and rate limits are
translated here.
"""

from __future__ import annotations

from flask import Blueprint, Flask, jsonify, request
from flask_limiter import RateLimitExceeded
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, NotFound

bp = Blueprint("api_fallback", __name__, url_prefix="/api")

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]

# Machine codes for plain HTTP errors.
CODES = {
    400: "bad_request", 401: "not_logged_in", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
    429: "rate_limited", 500: "internal_error", 502: "bad_gateway", 503: "unavailable",
    504: "gateway_timeout",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, field: str | None = None,
                 headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, field: str | None = None):
    body: dict = {"code": code, "message": message}
    if field is not None:
        body["field"] = field
    response = jsonify(error=body)
    response.status_code = status
    return response


def _is_api() -> bool:
    return request.path == "/api" or request.path.startswith("/api/")


@bp.route("", defaults={"rest": ""}, methods=METHODS, strict_slashes=False)
@bp.route("/<path:rest>", methods=METHODS)
def unknown_api(rest: str):
    # Any /api/ path no blueprint claims: a JSON 404, whatever the method
    # (without this, the static catch-all would answer 405 for a POST).
    raise NotFound()


def _api_error(error: ApiError):
    response = error_response(error.status, error.code, error.message, error.field)
    response.headers.update(error.headers)
    return response


def _csrf_error(error: CSRFError):
    if not _is_api():
        return error
    return error_response(403, "csrf_failed", f"CSRF check failed: {error.description} "
                          "(get a token from GET /api/csrf and send it in X-CSRF-Token)")


def _rate_limited(error: RateLimitExceeded):
    # Flask-Limiter adds Retry-After and X-RateLimit-* in its after_request hook.
    return error_response(429, "rate_limited", f"Too many requests: limit {error.description}. "
                          "Try again after Retry-After seconds.")


def _http_error(error: HTTPException):
    if not _is_api():
        return error
    status = error.code or 500
    message = error.description or error.name
    if status == 413:
        message = "The request body is too large."
    response = error_response(status, CODES.get(status, "error"), message)
    valid_methods = getattr(error, "valid_methods", None)
    if status == 405 and valid_methods:
        response.headers["Allow"] = ", ".join(valid_methods)
    return response


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(RateLimitExceeded, _rate_limited)
    app.register_error_handler(HTTPException, _http_error)
