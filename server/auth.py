"""Session, CSRF and accounts.

    GET  /api/config          what this server offers
    GET  /api/csrf            a CSRF token for the X-CSRF-Token header
    POST /api/auth/register   create an account (and log in)
    POST /api/auth/login      log in
    POST /api/auth/logout     log out
    GET  /api/auth/me         the logged-in user

Sessions are Flask's signed cookies (HttpOnly, SameSite=Lax, Secure by
SESSION_COOKIE_SECURE) managed by Flask-Login. CSRF is Flask-WTF's CSRFProtect:
every POST/PUT/PATCH/DELETE needs the token from GET /api/csrf in X-CSRF-Token.
Passwords are hashed with scrypt (werkzeug.security), salted, never stored.
"""

from __future__ import annotations

from functools import wraps

from flask import Blueprint, Flask, current_app, jsonify
from flask_login import LoginManager, current_user, login_required, login_user, logout_user
from flask_wtf.csrf import CSRFProtect, generate_csrf
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from . import __version__
from .db import User, db
from .errors import ApiError
from .schemas import LoginBody, RegisterBody, parse_body

bp = Blueprint("auth", __name__, url_prefix="/api")

csrf = CSRFProtect()

# Checked against when the username does not exist, so that a login attempt takes
# as long for an unknown user as for a wrong password.
_DUMMY_HASH: dict[str, str] = {}


def _hash(password: str) -> str:
    return generate_password_hash(password, method=current_app.config["PASSWORD_HASH_METHOD"])


def role_required(role: str):
    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role != role:
                raise ApiError(403, "forbidden", f"Only a {role} can do this.")
            return view(*args, **kwargs)
        return wrapped
    return decorator


@bp.get("/config")
def config():
    return jsonify(api=True, version=__version__, fallback=bool(current_app.config.get("PISTON_URL")),
                   accounts=True)


@bp.get("/csrf")
def csrf_token():
    response = jsonify(csrf_token=generate_csrf())
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/auth/register")
def register():
    body = parse_body(RegisterBody)
    taken = db.session.execute(select(User.id).where(func.lower(User.username) == body.username.lower())
                               ).first()
    if taken:
        raise ApiError(409, "username_taken", "That username is taken.", field="username")
    user = User(username=body.username, password_hash=_hash(body.password), role=body.role)
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError:  # a concurrent registration of the same name
        db.session.rollback()
        raise ApiError(409, "username_taken", "That username is taken.", field="username") from None
    login_user(user)
    return jsonify(user=user.public()), 201


@bp.post("/auth/login")
def login():
    body = parse_body(LoginBody)
    user = db.session.execute(select(User).where(func.lower(User.username) == body.username.lower())
                              ).scalar_one_or_none()
    if user is None:
        method = current_app.config["PASSWORD_HASH_METHOD"]
        if method not in _DUMMY_HASH:
            _DUMMY_HASH[method] = generate_password_hash("not a password", method=method)
        check_password_hash(_DUMMY_HASH[method], body.password)
        raise ApiError(401, "bad_credentials", "Wrong username or password.")
    if not check_password_hash(user.password_hash, body.password):
        raise ApiError(401, "bad_credentials", "Wrong username or password.")
    login_user(user)
    return jsonify(user=user.public())


@bp.post("/auth/logout")
def logout():
    logout_user()
    return "", 204


@bp.get("/auth/me")
@login_required
def me():
    return jsonify(user=current_user.public())


def init_app(app: Flask) -> None:
    app.config.setdefault("PASSWORD_HASH_METHOD", "scrypt")
    manager = LoginManager()
    manager.init_app(app)

    @manager.user_loader
    def load_user(user_id: str):
        try:
            return db.session.get(User, int(user_id))
        except (TypeError, ValueError):
            return None

    @manager.unauthorized_handler
    def unauthorized():
        raise ApiError(401, "not_logged_in", "Log in first.")

    csrf.init_app(app)
    app.register_blueprint(bp)
