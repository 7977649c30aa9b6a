"""Ferrite's server: a slim Flask API that serves the IDE and never runs user code.

Learners' Rust runs in their browser (Pyodide + the toolchain wheel). This server
serves the page and the runtime bundle, accounts, exercise packs, progress and
teachers' class views, and forwards to a self-hosted Piston as a fallback.
It must never execute user code: no child processes, no shell, no dynamic evaluation here
(tests/api/test_security.py checks it).

    flask --app server run            # development server (or `make run`)
    flask --app server db upgrade     # create / migrate the database (or `make db`)
    gunicorn -w 4 -b 0.0.0.0:8000 'server:create_app()'   # production
"""

from __future__ import annotations

from importlib import metadata

from flask import Flask

try:
    __version__ = metadata.version("ferrite-toolchain")
except metadata.PackageNotFoundError:  # running from a checkout that was not pip-installed
    __version__ = "0.1.0"


def create_app(config: dict | None = None) -> Flask:
    """The application factory. `config` overrides settings from the environment."""
    from . import auth, classes, errors, fallback, health, limits, openapi, packs_api, progress
    from . import config as config_module
    from . import db, request_log, security, static_site
    from .packs import load_packs

    # static_folder=None: no implicit /static route; static_site serves the client.
    app = Flask(__name__, static_folder=None)
    overrides = dict(config or {})
    app.config.from_mapping(config_module.from_environment(app.instance_path, skip=set(overrides)))
    app.config.from_mapping(overrides)
    if "SQLALCHEMY_DATABASE_URI" in overrides:
        app.config["SQLALCHEMY_DATABASE_URI"] = config_module.database_url(overrides["SQLALCHEMY_DATABASE_URI"])

    if app.config.get("TRUST_PROXY_HOPS"):
        from werkzeug.middleware.proxy_fix import ProxyFix
        hops = app.config["TRUST_PROXY_HOPS"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)

    # Loaded and validated once: a broken pack stops the server here, naming file and field.
    app.extensions["ferrite_packs"] = load_packs(app.config["FERRITE_PACKS_DIR"])

    request_log.init_app(app)   # first, so its clock starts before any other hook
    db.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    auth.init_app(app)
    auth.csrf.exempt(errors.bp)  # unknown /api/ paths answer 404 whatever the method
    for blueprint in (health.bp, classes.bp, packs_api.bp, progress.bp, fallback.bp, openapi.bp):
        app.register_blueprint(blueprint)
    limits.init_app(app)
    app.register_blueprint(static_site.bp)
    return app
