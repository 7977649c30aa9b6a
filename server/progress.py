"""Progress per user and exercise, its offline sync, and the user's data export.

    GET  /api/progress
    POST /api/progress/sync
    GET  /api/export

Sync rules (docs/api.md), per event in a batch, in the order received:
- an event id this user already sent is acknowledged and ignored (idempotent);
- an event for an exercise no pack has is acknowledged in `rejected`, not stored;
- the row takes the event's status and code only if the event is not older than the
  row (client_ts >= the row's client time; on equal times the later arrival wins:
  the server clock is the tie-break), so a newer edit is never replaced by an older
  one, whatever order batches arrive in, and `done` is never undone by an older event;
- `attempts` only grows (the larger count wins, old or new);
- `completed_at` remembers the first `done` ever received, old or new: the solution
  unlocks once a learner has completed the exercise, even if a later edit broke it.
A client_ts in the future (a wrong device clock) is clamped to the server's now, so a
bad clock cannot freeze a row against every later edit.
"""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, current_app, jsonify
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from .db import Classroom, FallbackCall, Membership, Progress, SyncEvent, db, utcnow
from .schemas import SyncBody, SyncEventBody, parse_body

bp = Blueprint("progress", __name__, url_prefix="/api")


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.isoformat(timespec="microseconds") + "Z"


def row_json(row: Progress) -> dict:
    return {"pack": row.pack, "exercise": row.exercise, "status": row.status, "code": row.code,
            "attempts": row.attempts, "client_updated_at": iso(row.client_updated_at),
            "server_updated_at": iso(row.server_updated_at)}


def _rows(user_id: int) -> list[Progress]:
    return list(db.session.execute(select(Progress).where(Progress.user_id == user_id)
                                   .order_by(Progress.pack, Progress.exercise)).scalars())


@bp.get("/progress")
@login_required
def get_progress():
    return jsonify([row_json(row) for row in _rows(current_user.id)])


def _known(pack: str, exercise: str) -> bool:
    found = current_app.extensions["ferrite_packs"].get(pack)
    return found is not None and exercise in found.exercises


def _apply(user_id: int, events: list[SyncEventBody]) -> tuple[list[str], list[dict]]:
    accepted: list[str] = []
    rejected: list[dict] = []
    ids = {event.id for event in events}
    seen = set(db.session.execute(select(SyncEvent.event_id).where(
        SyncEvent.user_id == user_id, SyncEvent.event_id.in_(ids))).scalars()) if ids else set()
    rows: dict[tuple[str, str], Progress | None] = {}
    for event in events:
        if event.id in seen:
            accepted.append(event.id)
            continue
        seen.add(event.id)
        if not _known(event.pack, event.exercise):
            rejected.append({"id": event.id, "code": "unknown_exercise",
                             "message": f"No exercise {event.pack}/{event.exercise} on this server."})
            continue
        now = utcnow()
        client_ts = min(event.client_ts, now)
        key = (event.pack, event.exercise)
        if key not in rows:
            rows[key] = db.session.execute(
                select(Progress).where(Progress.user_id == user_id, Progress.pack == event.pack,
                                       Progress.exercise == event.exercise).with_for_update()
            ).scalar_one_or_none()
        row = rows[key]
        if row is None:
            row = Progress(user_id=user_id, pack=event.pack, exercise=event.exercise,
                           status=event.status, code=event.code, attempts=event.attempts,
                           client_updated_at=client_ts, server_updated_at=now, created_at=now,
                           completed_at=now if event.status == "done" else None)
            db.session.add(row)
            rows[key] = row
        else:
            if client_ts >= row.client_updated_at:
                row.status, row.code, row.client_updated_at = event.status, event.code, client_ts
            row.attempts = max(row.attempts, event.attempts)
            if event.status == "done" and row.completed_at is None:
                row.completed_at = now
            row.server_updated_at = now
        db.session.add(SyncEvent(user_id=user_id, event_id=event.id, received_at=now))
        accepted.append(event.id)
    return accepted, rejected


@bp.post("/progress/sync")
@login_required
def sync():
    body = parse_body(SyncBody)
    user_id = current_user.id
    for attempt in range(3):
        try:
            accepted, rejected = _apply(user_id, body.events)
            db.session.commit()
            break
        except IntegrityError:
            # A concurrent sync of the same user inserted the same event or row first:
            # start over; the ids it stored now count as seen.
            db.session.rollback()
            if attempt == 2:
                raise
    return jsonify(accepted=accepted, rejected=rejected,
                   progress=[row_json(row) for row in _rows(user_id)])


@bp.get("/export")
@login_required
def export():
    user = current_user
    taught = db.session.execute(select(Classroom).where(Classroom.teacher_id == user.id)).scalars().all()
    joined = db.session.execute(select(Classroom, Membership.joined_at)
                                .join(Membership, Membership.class_id == Classroom.id)
                                .where(Membership.user_id == user.id)).all()
    calls = db.session.execute(select(FallbackCall).where(FallbackCall.user_id == user.id)
                               .order_by(FallbackCall.id)).scalars().all()
    return jsonify(
        user={**user.public(), "created_at": iso(user.created_at)},
        progress=[{**row_json(row), "completed_at": iso(row.completed_at), "created_at": iso(row.created_at)}
                  for row in _rows(user.id)],
        classes_taught=[{"id": c.id, "name": c.name, "join_code": c.join_code,
                         "created_at": iso(c.created_at)} for c in taught],
        classes_joined=[{"id": c.id, "name": c.name, "joined_at": iso(joined_at)} for c, joined_at in joined],
        fallback_calls=[{"created_at": iso(call.created_at), "mode": call.mode, "code_size": call.code_size,
                         "outcome": call.outcome, "duration_ms": call.duration_ms, "attempts": call.attempts}
                        for call in calls],
    )
