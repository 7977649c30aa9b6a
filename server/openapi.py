"""GET /api/openapi.json: the API as OpenAPI 3.1, request bodies generated from the
pydantic schemas (server/schemas.py); docs/api.md is the prose contract."""

from __future__ import annotations

from flask import Blueprint, jsonify

from . import __version__
from .schemas import ClassBody, FallbackBody, JoinBody, LoginBody, RegisterBody, SyncBody

bp = Blueprint("openapi", __name__, url_prefix="/api")

_BODIES = {"RegisterBody": RegisterBody, "LoginBody": LoginBody, "ClassBody": ClassBody,
           "JoinBody": JoinBody, "SyncBody": SyncBody, "FallbackBody": FallbackBody}

# (method, path, summary, request body schema, success status, needs login)
_OPERATIONS = [
    ("get", "/api/config", "What this server offers (fallback on/off)", None, 200, False),
    ("get", "/api/csrf", "A CSRF token for the X-CSRF-Token header", None, 200, False),
    ("get", "/api/health", "Liveness and database check", None, 200, False),
    ("post", "/api/auth/register", "Create an account and log in", "RegisterBody", 201, False),
    ("post", "/api/auth/login", "Log in", "LoginBody", 200, False),
    ("post", "/api/auth/logout", "Log out", None, 204, False),
    ("get", "/api/auth/me", "The logged-in user", None, 200, True),
    ("post", "/api/classes", "Create a class (teacher)", "ClassBody", 201, True),
    ("post", "/api/classes/join", "Join a class with its code (learner)", "JoinBody", 200, True),
    ("get", "/api/classes", "Classes the user teaches or belongs to", None, 200, True),
    ("get", "/api/classes/{id}/progress", "The class's progress matrix (its teacher)", None, 200, True),
    ("get", "/api/classes/{id}/progress.csv", "The same as CSV", None, 200, True),
    ("get", "/api/packs", "Exercise packs", None, 200, False),
    ("get", "/api/packs/{pack}/exercises", "A pack's exercises, in order", None, 200, False),
    ("get", "/api/packs/{pack}/exercises/{name}", "One exercise", None, 200, False),
    ("get", "/api/packs/{pack}/exercises/{name}/solution", "Its solution, once completed", None, 200, True),
    ("get", "/api/progress", "The user's progress", None, 200, True),
    ("post", "/api/progress/sync", "Apply a batch of offline progress events", "SyncBody", 200, True),
    ("get", "/api/export", "Everything stored about the user", None, 200, True),
    ("post", "/api/fallback/run", "Compile and run on the server's Piston", "FallbackBody", 200, True),
    ("get", "/api/openapi.json", "This document", None, 200, False),
]


def document() -> dict:
    schemas: dict = {"Error": {"type": "object", "required": ["error"], "properties": {"error": {
        "type": "object", "required": ["code", "message"],
        "properties": {"code": {"type": "string"}, "message": {"type": "string"},
                       "field": {"type": "string"}}}}}}
    for name, model in _BODIES.items():
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for def_name, definition in schema.pop("$defs", {}).items():
            schemas[def_name] = definition
        schemas[name] = schema
    error = {"description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    paths: dict = {}
    for method, path, summary, body, status, login in _OPERATIONS:
        operation: dict = {"summary": summary, "responses": {str(status): {"description": "OK"},
                                                             "400": error, "429": error}}
        if login:
            operation["responses"]["401"] = error
        if method != "get":
            operation["parameters"] = [{"name": "X-CSRF-Token", "in": "header", "required": True,
                                        "schema": {"type": "string"}}]
            operation["responses"]["403"] = error
        if body:
            operation["requestBody"] = {"required": True, "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{body}"}}}}
        for parameter in [part[1:-1] for part in path.split("/") if part.startswith("{")]:
            operation.setdefault("parameters", []).append(
                {"name": parameter.split("}")[0], "in": "path", "required": True,
                 "schema": {"type": "integer" if parameter == "id" else "string"}})
        paths.setdefault(path, {})[method] = operation
    return {"openapi": "3.1.0",
            "info": {"title": "Ferrite API", "version": __version__,
                     "description": "See docs/api.md for the contract's rules."},
            "paths": paths, "components": {"schemas": schemas}}


@bp.get("/openapi.json")
def openapi():
    return jsonify(document())
