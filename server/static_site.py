"""The IDE page and the browser runtime, served as static files.

    /                 <FERRITE_CLIENT_DIR>/index.html
    /<path>           <FERRITE_CLIENT_DIR>/<path>
    /runtime/<path>   <FERRITE_RUNTIME_DIR>/<path>  (Pyodide, the toolchain wheel, manifest.json)

send_from_directory refuses anything outside its directory (`..`, absolute
paths, encoded variants) with a 404. File names are not content-hashed, so
every file is served with `Cache-Control: no-cache`: the browser keeps its copy
but revalidates it (ETag / Last-Modified, a cheap 304) so an update is seen at
once. The service worker does the real offline caching.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, send_from_directory

bp = Blueprint("static_site", __name__)

# Explicit types: the platform's mimetypes table varies (.mjs and .wasm are
# missing on some systems, .js is application/javascript on others), and
# browsers refuse module scripts and streaming wasm compilation without these.
MIME_TYPES = {
    ".html": "text/html",  # Werkzeug adds "; charset=utf-8" to text/* types
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".map": "application/json",
    ".wasm": "application/wasm",
    ".whl": "application/octet-stream",
    ".zip": "application/zip",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain",
    ".webmanifest": "application/manifest+json",
    ".woff2": "font/woff2",
}


def mime_type(filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    if suffix in MIME_TYPES:
        return MIME_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def _not_built(what: str, directory: Path, command: str) -> Response:
    message = (f"Ferrite: the {what} is not built yet.\n"
               f"Expected it in {directory}.\n"
               f"Run `{command}` (or `make run`, which builds everything) and reload.\n")
    return Response(message, status=503, mimetype="text/plain")


def _serve(directory: Path, filename: str) -> Response:
    response = send_from_directory(directory, filename, mimetype=mime_type(filename))
    response.cache_control.no_cache = True
    response.cache_control.max_age = None
    response.cache_control.public = None
    response.headers.pop("Expires", None)  # no-cache says it all
    return response


@bp.get("/")
def index():
    client_dir = Path(current_app.config["FERRITE_CLIENT_DIR"])
    if not (client_dir / "index.html").is_file():
        return _not_built("client (IDE page)", client_dir, "make client")
    return _serve(client_dir, "index.html")


@bp.get("/runtime/<path:filename>")
def runtime_file(filename: str):
    runtime_dir = Path(current_app.config["FERRITE_RUNTIME_DIR"])
    if not runtime_dir.is_dir():
        return _not_built("browser runtime (Pyodide + toolchain wheel)", runtime_dir, "make runtime")
    return _serve(runtime_dir, filename)


@bp.get("/<path:filename>")
def client_file(filename: str):
    if filename == "api" or filename.startswith("api/"):
        abort(404)  # the API never falls through to static files
    return _serve(Path(current_app.config["FERRITE_CLIENT_DIR"]), filename)
