"""The database: Flask-SQLAlchemy models, Alembic migrations (Flask-Migrate).

    flask --app server db upgrade   # create or migrate the schema (`make db`); idempotent
    flask --app server init-db      # the same, kept for old scripts

Migrations live in server/migrations/ (`flask --app server db migrate -m ...` writes a new
one after a model change; review it, it is code). `schema_info` holds one row with
SCHEMA_VERSION, which /api/health reports; each migration that changes the schema sets it.

Timestamps are naive UTC datetimes (SQLite keeps no time zone); the API writes
them as ISO 8601 with a `Z`.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import click
from flask import Flask
from flask.cli import with_appcontext
from flask_login import UserMixin
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_VERSION = 2
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
migrate = Migrate(directory=str(MIGRATIONS_DIR))


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class SchemaInfo(db.Model):
    __tablename__ = "schema_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(nullable=False)


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)

    def public(self) -> dict:
        return {"id": self.id, "username": self.username, "role": self.role}


class Classroom(db.Model):
    __tablename__ = "classes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    join_code: Mapped[str] = mapped_column(String(16), unique=True, nullable=False)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                            nullable=False, index=True)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)


class Membership(db.Model):
    __tablename__ = "class_members"

    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True,
                                         index=True)
    joined_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)


class Progress(db.Model):
    """One row per (user, pack, exercise): the state the latest edit left."""

    __tablename__ = "progress"
    __table_args__ = (UniqueConstraint("user_id", "pack", "exercise", name="uq_progress_user_exercise"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    pack: Mapped[str] = mapped_column(String(64), nullable=False)
    exercise: Mapped[str] = mapped_column(String(64), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    code: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attempts: Mapped[int] = mapped_column(nullable=False, default=0)
    client_updated_at: Mapped[datetime] = mapped_column(nullable=False)
    server_updated_at: Mapped[datetime] = mapped_column(nullable=False)
    # First time any event said `done` (whatever its order): gates the solution.
    completed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)


class SyncEvent(db.Model):
    """Client event ids already applied, per user: what makes sync idempotent."""

    __tablename__ = "sync_events"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)


class FallbackCall(db.Model):
    """Audit of every Piston fallback call (never the code itself)."""

    __tablename__ = "fallback_calls"
    __table_args__ = (Index("ix_fallback_calls_user_created", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    mode: Mapped[str] = mapped_column(String(8), nullable=False)
    code_size: Mapped[int] = mapped_column(nullable=False)
    outcome: Mapped[str] = mapped_column(String(32), nullable=False)
    duration_ms: Mapped[int] = mapped_column(nullable=False)
    attempts: Mapped[int] = mapped_column(nullable=False)


def schema_version() -> int | None:
    """The version recorded in the database (None if the row is missing).

    Raises an SQLAlchemy error when the database cannot be queried at all
    (not reachable, or not initialised).
    """
    return db.session.execute(select(SchemaInfo.version).where(SchemaInfo.id == 1)).scalar_one_or_none()


def record_schema_version() -> int:
    row = db.session.get(SchemaInfo, 1)
    if row is None:
        db.session.add(SchemaInfo(id=1, version=SCHEMA_VERSION))
    else:
        row.version = SCHEMA_VERSION
    db.session.commit()
    return SCHEMA_VERSION


def init_db(use_migrations: bool = True) -> int:
    """Bring the schema up to date and record its version. Idempotent.

    With use_migrations=False the tables come from the models directly
    (create_all): the tests use it for speed, and test that both agree.
    """
    if use_migrations:
        from flask_migrate import upgrade
        upgrade(directory=str(MIGRATIONS_DIR))
    else:
        db.create_all()
    return record_schema_version()


@click.command("init-db")
@with_appcontext
def init_db_command() -> None:
    """Create or migrate the database tables (safe to run again)."""
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
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR))
    app.cli.add_command(init_db_command)
