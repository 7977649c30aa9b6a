"""Classes and the teacher's progress views (JSON and CSV)."""

from __future__ import annotations

import csv
import io

from tests.api.conftest import Api


def _event(id_, exercise, status, ts, code="fn main() {}", attempts=1):
    return {"id": id_, "pack": "first-steps", "exercise": exercise, "status": status, "code": code,
            "attempts": attempts, "client_ts": ts}


def _class_with_learners(api):
    api.register("teacher1", "teacher")
    created = api.post("/api/classes", {"name": "Rust 101"})
    assert created.status_code == 201
    klass = created.get_json()
    assert set(klass) == {"id", "name", "join_code"} and klass["name"] == "Rust 101"
    learners = []
    for name in ("zoe", "amir"):
        learner = Api(api.app)
        learner.register(name)
        joined = learner.post("/api/classes/join", {"join_code": klass["join_code"].lower().replace("-", "")})
        assert joined.status_code == 200 and joined.get_json() == {"id": klass["id"], "name": "Rust 101"}
        learners.append(learner)
    return klass, learners


def test_create_join_and_list(api):
    klass, (zoe, _) = _class_with_learners(api)
    assert api.get("/api/classes").get_json() == [{"id": klass["id"], "name": "Rust 101", "role": "teacher",
                                                   "join_code": klass["join_code"]}]
    assert zoe.get("/api/classes").get_json() == [{"id": klass["id"], "name": "Rust 101", "role": "learner"}]
    # Joining twice is harmless.
    assert zoe.post("/api/classes/join", {"join_code": klass["join_code"]}).status_code == 200


def test_roles_are_enforced(api, new_api):
    learner = new_api()
    learner.register("learner1")
    assert learner.post("/api/classes", {"name": "Mine"}).status_code == 403
    api.register("teach", "teacher")
    assert api.post("/api/classes/join", {"join_code": "ABCD-EFGH"}).status_code == 403


def test_unknown_join_code(api):
    api.register("lonely")
    response = api.post("/api/classes/join", {"join_code": "ZZZZ-ZZZZ"})
    assert response.status_code == 404 and response.get_json()["error"]["field"] == "join_code"


def test_class_endpoints_need_login(api):
    assert api.get("/api/classes").status_code == 401
    assert api.post("/api/classes", {"name": "x"}).status_code == 401
    assert api.post("/api/classes/join", {"join_code": "ABCD-EFGH"}).status_code == 401
    assert api.get("/api/classes/1/progress").status_code == 401
    assert api.get("/api/classes/1/progress.csv").status_code == 401


def test_class_validation(api):
    api.register("teacher2", "teacher")
    for body, field in (({"name": ""}, "name"), ({"name": "   "}, "name"), ({}, "name"),
                        ({"name": "x" * 101}, "name")):
        response = api.post("/api/classes", body)
        assert response.status_code == 400 and response.get_json()["error"]["field"] == field


def test_progress_matrix_json_and_csv(api):
    klass, (zoe, amir) = _class_with_learners(api)
    zoe.post("/api/progress/sync", {"events": [_event("z1", "say_hello", "done", "2026-01-01T10:00:00Z"),
                                               _event("z2", "placeholders", "attempted", "2026-01-01T10:05:00Z")]})
    matrix = api.get(f"/api/classes/{klass['id']}/progress").get_json()
    assert matrix["exercises"][0] == {"pack": "first-steps", "name": "say_hello"}
    rows = {learner["username"]: learner for learner in matrix["learners"]}
    assert set(rows) == {"zoe", "amir"}
    assert rows["zoe"]["progress"]["first-steps/say_hello"] == "done"
    assert rows["zoe"]["progress"]["first-steps/placeholders"] == "attempted"
    assert rows["amir"]["progress"]["first-steps/say_hello"] == "not_started"
    assert len(rows["amir"]["progress"]) == len(matrix["exercises"])

    response = api.get(f"/api/classes/{klass['id']}/progress.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    table = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert table[0][:3] == ["learner_id", "username", "first-steps/say_hello"]
    by_name = {row[1]: row for row in table[1:]}
    assert by_name["zoe"][2] == "done" and by_name["amir"][2] == "not_started"


def test_wrong_user_cannot_see_a_class(api, new_api):
    klass, (zoe, _) = _class_with_learners(api)
    other_teacher = new_api()
    other_teacher.register("teacher9", "teacher")
    for client in (zoe, other_teacher):
        assert client.get(f"/api/classes/{klass['id']}/progress").status_code == 403
        assert client.get(f"/api/classes/{klass['id']}/progress.csv").status_code == 403
    assert api.get("/api/classes/999999/progress").status_code == 404
    assert api.get("/api/classes/abc/progress").status_code == 404
