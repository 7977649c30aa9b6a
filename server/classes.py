"""Classes: a teacher creates one, learners join it with its code, the teacher sees progress.

    POST /api/classes                      (teacher) create
    POST /api/classes/join                 (learner) join with a code
    GET  /api/classes                      the classes the user teaches or belongs to
    GET  /api/classes/<id>/progress        (its teacher) learners x exercises, JSON
    GET  /api/classes/<id>/progress.csv    the same as CSV
"""

from __future__ import annotations

import csv
import io
import secrets

from flask import Blueprint, Response, current_app, jsonify
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from .db import Classroom, Membership, Progress, User, db
from .errors import ApiError
from .schemas import ClassBody, JoinBody, parse_body
from .auth import role_required

bp = Blueprint("classes", __name__, url_prefix="/api/classes")

# No 0/O/1/I/L: codes are read aloud and copied from a board.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def _new_join_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


@bp.post("")
@role_required("teacher")
def create():
    body = parse_body(ClassBody)
    for _ in range(5):
        classroom = Classroom(name=body.name, join_code=_new_join_code(), teacher_id=current_user.id)
        db.session.add(classroom)
        try:
            db.session.commit()
            break
        except IntegrityError:  # the code collided: draw another
            db.session.rollback()
    else:
        raise ApiError(503, "unavailable", "Could not draw a free join code; try again.")
    return jsonify(id=classroom.id, name=classroom.name, join_code=classroom.join_code), 201


@bp.post("/join")
@role_required("learner")
def join():
    body = parse_body(JoinBody)
    code = body.join_code.upper()
    if "-" not in code and len(code) == 8:
        code = f"{code[:4]}-{code[4:]}"
    classroom = db.session.execute(select(Classroom).where(Classroom.join_code == code)).scalar_one_or_none()
    if classroom is None:
        raise ApiError(404, "unknown_join_code", "No class has that join code.", field="join_code")
    if db.session.get(Membership, (classroom.id, current_user.id)) is None:
        db.session.add(Membership(class_id=classroom.id, user_id=current_user.id))
        try:
            db.session.commit()
        except IntegrityError:  # joined twice at once: already a member
            db.session.rollback()
    return jsonify(id=classroom.id, name=classroom.name)


@bp.get("")
@login_required
def list_classes():
    taught = db.session.execute(select(Classroom).where(Classroom.teacher_id == current_user.id)
                                .order_by(Classroom.id)).scalars().all()
    joined = db.session.execute(select(Classroom).join(Membership, Membership.class_id == Classroom.id)
                                .where(Membership.user_id == current_user.id)
                                .order_by(Classroom.id)).scalars().all()
    result = [{"id": c.id, "name": c.name, "role": "teacher", "join_code": c.join_code} for c in taught]
    result += [{"id": c.id, "name": c.name, "role": "learner"} for c in joined]
    return jsonify(result)


def _matrix(class_id: int) -> dict:
    classroom = db.session.get(Classroom, class_id)
    if classroom is None:
        raise ApiError(404, "not_found", "No such class.")
    if classroom.teacher_id != current_user.id:
        raise ApiError(403, "forbidden", "Only the class's teacher sees its progress.")
    packs = current_app.extensions["ferrite_packs"]
    exercises = [{"pack": pack.id, "name": name} for pack in packs.values() for name in pack.exercises]
    learners = db.session.execute(select(User).join(Membership, Membership.user_id == User.id)
                                  .where(Membership.class_id == class_id).order_by(User.username)
                                  ).scalars().all()
    rows = db.session.execute(select(Progress.user_id, Progress.pack, Progress.exercise, Progress.status)
                              .join(Membership, Membership.user_id == Progress.user_id)
                              .where(Membership.class_id == class_id)).all()
    status = {(r.user_id, r.pack, r.exercise): r.status for r in rows}
    return {
        "exercises": exercises,
        "learners": [{"id": learner.id, "username": learner.username,
                      "progress": {f"{e['pack']}/{e['name']}":
                                   status.get((learner.id, e["pack"], e["name"]), "not_started")
                                   for e in exercises}}
                     for learner in learners],
    }


@bp.get("/<int:class_id>/progress")
@login_required
def progress(class_id: int):
    return jsonify(_matrix(class_id))


def _csv_cell(value: str) -> str:
    # Spreadsheet formula injection: a username cannot start with these, but be safe.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


@bp.get("/<int:class_id>/progress.csv")
@login_required
def progress_csv(class_id: int):
    matrix = _matrix(class_id)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    keys = [f"{e['pack']}/{e['name']}" for e in matrix["exercises"]]
    writer.writerow(["learner_id", "username", *keys])
    for learner in matrix["learners"]:
        writer.writerow([learner["id"], _csv_cell(learner["username"]),
                         *(learner["progress"][k] for k in keys)])
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="class-{class_id}-progress.csv"'})
