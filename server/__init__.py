"""Ferrite's server: a slim Flask API that serves the IDE and never runs user code.

Learners' Rust runs in their browser (Pyodide + the toolchain wheel). This server
serves the page and the runtime bundle, and (later) accounts and progress.
It must never execute user code: no subprocess, os.system, eval or exec here.

    flask --app server run       # development server (or `make run`)
    flask --app server init-db   # create the database (or `make db`)
    gunicorn 'server:create_app()'   # production
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
    from . import config as config_module
    from . import db, errors, health, security, static_site

    # static_folder=None: no implicit /static route; static_site serves the client.
    app = Flask(__name__, static_folder=None)
    overrides = dict(config or {})
    app.config.from_mapping(config_module.from_environment(app.instance_path, skip=set(overrides)))
    app.config.from_mapping(overrides)

    db.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(static_site.bp)
    return app
