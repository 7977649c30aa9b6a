"""Exercise packs over HTTP.

    GET /api/packs
    GET /api/packs/<pack>/exercises
    GET /api/packs/<pack>/exercises/<name>
    GET /api/packs/<pack>/exercises/<name>/solution   (logged in, exercise completed)

<pack> and <name> are only ever keys into the index loaded at start (server/packs.py);
anything not in it, `..` and encoded slashes included, is a 404.
"""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from flask_login import current_user, login_required
from sqlalchemy import select

from .db import Progress, db
from .errors import ApiError
from .packs import Exercise, Pack

bp = Blueprint("packs", __name__, url_prefix="/api/packs")


def _pack(pack_id: str) -> Pack:
    pack = current_app.extensions["ferrite_packs"].get(pack_id)
    if pack is None:
        raise ApiError(404, "unknown_pack", "No such pack.")
    return pack


def _exercise(pack_id: str, name: str) -> Exercise:
    exercise = _pack(pack_id).exercises.get(name)
    if exercise is None:
        raise ApiError(404, "unknown_exercise", "No such exercise in this pack.")
    return exercise


@bp.get("")
def list_packs():
    return jsonify([pack.summary() for pack in current_app.extensions["ferrite_packs"].values()])


@bp.get("/<pack_id>/exercises")
def list_exercises(pack_id: str):
    return jsonify([exercise.summary() for exercise in _pack(pack_id).exercises.values()])


@bp.get("/<pack_id>/exercises/<name>")
def get_exercise(pack_id: str, name: str):
    return jsonify(_exercise(pack_id, name).detail())


@bp.get("/<pack_id>/exercises/<name>/solution")
@login_required
def get_solution(pack_id: str, name: str):
    exercise = _exercise(pack_id, name)
    completed = db.session.execute(
        select(Progress.completed_at).where(Progress.user_id == current_user.id,
                                            Progress.pack == pack_id, Progress.exercise == name)
    ).scalar_one_or_none()
    if completed is None:
        raise ApiError(403, "not_completed", "Complete the exercise first to see its solution.")
    return jsonify(source=exercise.solution)
