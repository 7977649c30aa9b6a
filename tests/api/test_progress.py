"""Progress, offline sync (idempotent, last writer wins, nothing lost) and export."""

from __future__ import annotations

import random

import pytest

from tests.api.conftest import Api


def ev(id_, ts, status="attempted", code=None, attempts=1, exercise="say_hello"):
    return {"id": id_, "pack": "first-steps", "exercise": exercise, "status": status,
            "code": code if code is not None else f"// edit {id_}", "attempts": attempts,
            "client_ts": ts}


def sync(api, *events):
    response = api.post("/api/progress/sync", {"events": list(events)})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def row(body, exercise="say_hello"):
    return next(r for r in body["progress"] if r["exercise"] == exercise)


def test_progress_needs_login(api):
    assert api.get("/api/progress").status_code == 401
    assert api.post("/api/progress/sync", {"events": []}).status_code == 401
    assert api.get("/api/export").status_code == 401


def test_first_sync_creates_rows(api):
    api.register("user1")
    body = sync(api, ev("a", "2026-03-01T12:00:00.123Z", code="fn main() { 1 }"))
    assert body["accepted"] == ["a"] and body["rejected"] == []
    r = row(body)
    assert set(r) == {"pack", "exercise", "status", "code", "attempts", "client_updated_at", "server_updated_at"}
    assert r["code"] == "fn main() { 1 }" and r["status"] == "attempted" and r["attempts"] == 1
    assert r["client_updated_at"] == "2026-03-01T12:00:00.123000Z"
    assert api.get("/api/progress").get_json() == body["progress"]


def test_newer_wins_and_older_never_replaces_it(api):
    api.register("user2")
    sync(api, ev("new", "2026-03-01T12:10:00Z", code="newest", attempts=3))
    body = sync(api, ev("old", "2026-03-01T12:00:00Z", code="older", attempts=2))
    assert body["accepted"] == ["old"]
    r = row(body)
    assert r["code"] == "newest" and r["attempts"] == 3


def test_done_is_not_downgraded_by_an_older_event(api):
    api.register("user3")
    sync(api, ev("d", "2026-03-01T12:10:00Z", status="done", code="solved"))
    r = row(sync(api, ev("late", "2026-03-01T11:00:00Z", status="attempted", code="half")))
    assert r["status"] == "done" and r["code"] == "solved"


def test_newer_edit_after_done_wins(api):
    api.register("user4")
    sync(api, ev("d", "2026-03-01T12:00:00Z", status="done", code="solved"))
    r = row(sync(api, ev("later", "2026-03-01T13:00:00Z", status="attempted", code="refactoring")))
    assert r["status"] == "attempted" and r["code"] == "refactoring"
    # The solution stays unlocked: the learner did complete it.
    assert api.get("/api/packs/first-steps/exercises/say_hello/solution").status_code == 200


def test_equal_client_times_later_arrival_wins(api):
    api.register("user5")
    sync(api, ev("one", "2026-03-01T12:00:00Z", code="first"))
    r = row(sync(api, ev("two", "2026-03-01T12:00:00Z", code="second")))
    assert r["code"] == "second"


def test_duplicates_are_idempotent(api):
    api.register("user6")
    first = sync(api, ev("x", "2026-03-01T12:00:00Z", code="A", attempts=1))
    sync(api, ev("y", "2026-03-01T12:05:00Z", code="B", attempts=2))
    again = sync(api, ev("x", "2026-03-01T12:00:00Z", code="A", attempts=1),
                 ev("x", "2026-03-01T12:00:00Z", code="A", attempts=1))
    assert again["accepted"] == ["x", "x"]
    r = row(again)
    assert r["code"] == "B" and r["attempts"] == 2
    assert row(first)["code"] == "A"


def test_event_ids_are_per_user(api, new_api):
    api.register("user7")
    other = new_api()
    other.register("user8")
    sync(api, ev("same-id", "2026-03-01T12:00:00Z", code="mine"))
    r = row(sync(other, ev("same-id", "2026-03-01T12:00:00Z", code="theirs")))
    assert r["code"] == "theirs"
    assert row({"progress": api.get("/api/progress").get_json()})["code"] == "mine"


def test_out_of_order_duplicated_batches_lose_nothing(api):
    """Two devices' offline queues, shuffled, split in batches and partly replayed:
    the end state is the newest edit of each exercise, and attempts their maximum."""
    api.register("user9")
    rng = random.Random(1234)
    exercises = ["say_hello", "placeholders", "change_your_mind"]
    events = []
    for index in range(60):
        exercise = exercises[index % 3]
        minute = rng.randrange(0, 59)
        second = rng.randrange(0, 59)
        events.append(ev(f"ev-{index}", f"2026-03-01T12:{minute:02d}:{second:02d}.{index:03d}Z",
                         status=rng.choice(["attempted", "attempted", "done"]), code=f"code {index}",
                         attempts=rng.randrange(1, 20), exercise=exercise))
    expected = {}
    for exercise in exercises:
        mine = [e for e in events if e["exercise"] == exercise]
        newest = max(mine, key=lambda e: e["client_ts"])
        expected[exercise] = (newest["code"], newest["status"], max(e["attempts"] for e in mine))
    shuffled = events[:]
    rng.shuffle(shuffled)
    batches = [shuffled[i:i + 7] for i in range(0, len(shuffled), 7)]
    replay = batches + rng.sample(batches, 4)  # some batches sent twice (lost acks)
    rng.shuffle(replay)
    accepted = set()
    for batch in replay:
        accepted |= set(sync(api, *batch)["accepted"])
    assert accepted == {e["id"] for e in events}
    final = {r["exercise"]: (r["code"], r["status"], r["attempts"]) for r in api.get("/api/progress").get_json()}
    assert final == expected


def test_future_timestamps_are_clamped(api):
    api.register("user10")
    sync(api, ev("future", "2099-01-01T00:00:00Z", code="wrong clock"))
    r = row(sync(api, ev("now", "2098-01-01T00:00:00Z", code="later edit")))
    assert r["code"] == "later edit"


def test_unknown_exercise_is_rejected_not_stored(api):
    api.register("user11")
    body = sync(api, ev("u", "2026-03-01T12:00:00Z", exercise="no_such_exercise"))
    assert body["accepted"] == [] and body["rejected"][0]["id"] == "u"
    assert body["progress"] == []


@pytest.mark.parametrize("mutate, field", [
    (lambda e: e.update(status="finished"), "events.0.status"),
    (lambda e: e.update(client_ts="yesterday"), "events.0.client_ts"),
    (lambda e: e.update(client_ts="2026-03-01T12:00:00"), "events.0.client_ts"),
    (lambda e: e.update(attempts=-1), "events.0.attempts"),
    (lambda e: e.update(pack="../x"), "events.0.pack"),
    (lambda e: e.update(exercise="a/b"), "events.0.exercise"),
    (lambda e: e.update(id=""), "events.0.id"),
    (lambda e: e.update(code="x" * (64 * 1024 + 1)), "events.0.code"),
    (lambda e: e.pop("code"), "events.0.code"),
])
def test_sync_validation(api, mutate, field):
    api.register("user12")
    event = ev("v", "2026-03-01T12:00:00Z")
    mutate(event)
    response = api.post("/api/progress/sync", {"events": [event]})
    assert response.status_code == 400
    assert response.get_json()["error"]["field"] == field


def test_sync_batch_size_is_capped(api):
    api.register("user13")
    events = [ev(f"e{i}", "2026-03-01T12:00:00Z", code="") for i in range(201)]
    response = api.post("/api/progress/sync", {"events": events})
    assert response.status_code == 400 and response.get_json()["error"]["field"] == "events"


def test_export_has_everything_about_the_user(api):
    api.register("user14")
    sync(api, ev("a", "2026-03-01T12:00:00Z", status="done", code="mine"))
    body = api.get("/api/export").get_json()
    assert body["user"]["username"] == "user14" and body["user"]["created_at"].endswith("Z")
    assert body["progress"][0]["code"] == "mine" and body["progress"][0]["completed_at"]
    assert body["classes_taught"] == [] and body["classes_joined"] == [] and body["fallback_calls"] == []
    assert "password_hash" not in str(body)
    other = Api(api.app)
    other.register("user15")
    assert other.get("/api/export").get_json()["progress"] == []
