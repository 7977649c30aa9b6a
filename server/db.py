"""The database: Flask-SQLAlchemy, and the `flask --app server init-db` command.

For now the only table is `schema_info`, one row holding the schema version.
Accounts and progress arrive with their own issue.
"""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import with_appcontext
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from pathlib import Path

SCHEMA_VERSION = 1


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class SchemaInfo(db.Model):
    __tablename__ = "schema_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(nullable=False)


def schema_version() -> int | None:
    """The version recorded in the database (None if the row is missing).

    Raises an SQLAlchemy error when the database cannot be queried at all
    (not reachable, or not initialised).
    """
    return db.session.execute(select(SchemaInfo.version).where(SchemaInfo.id == 1)).scalar_one_or_none()


def init_db() -> int:
    """Create the tables and record the schema version. Idempotent."""
    db.create_all()
    row = db.session.get(SchemaInfo, 1)
    if row is None:
        db.session.add(SchemaInfo(id=1, version=SCHEMA_VERSION))
    else:
        row.version = SCHEMA_VERSION
    db.session.commit()
    return SCHEMA_VERSION


@click.command("init-db")
@with_appcontext
def init_db_command() -> None:
    """Create the database tables (safe to run again)."""
    version = init_db()
    click.echo(f"Initialised the database (schema version {version}): "
               f"{db.engine.url.render_as_string(hide_password=True)}")


def _ensure_sqlite_directory(uri: str) -> None:
    url = make_url(uri)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:" \
            and not url.database.startswith("file:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)


def init_app(app: Flask) -> None:
    _ensure_sqlite_directory(app.config["SQLALCHEMY_DATABASE_URI"])
    db.init_app(app)
    app.cli.add_command(init_db_command)
