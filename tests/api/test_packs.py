"""Exercise packs: loading and validation, the API, path traversal, solutions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from server.packs import PackError, load_pack, load_packs, packs_json
from tests.api.conftest import REPO_ROOT, Api

STARTER = REPO_ROOT / "packs" / "first-steps"


def test_list_packs(api):
    packs = api.get("/api/packs").get_json()
    starter = next(p for p in packs if p["id"] == "first-steps")
    assert set(starter) == {"id", "title", "description", "exercise_count"}
    assert starter["exercise_count"] >= 12


def test_list_exercises_in_order(api):
    exercises = api.get("/api/packs/first-steps/exercises").get_json()
    assert [e["order"] for e in exercises] == list(range(1, len(exercises) + 1))
    assert all(set(e) == {"name", "topic", "mode", "order", "title"} for e in exercises)
    assert {e["mode"] for e in exercises} == {"run", "test"}
    assert exercises[0]["name"] == "say_hello" and exercises[0]["topic"] == "01_printing"


def test_get_one_exercise(api):
    body = api.get("/api/packs/first-steps/exercises/say_hello").get_json()
    assert set(body) == {"name", "topic", "mode", "order", "source", "hint", "topic_text", "title"}
    assert "fn main" in body["source"] and body["hint"] and body["topic_text"].startswith("# Printing")
    assert "solution" not in body


@pytest.mark.parametrize("path", [
    "/api/packs/nope/exercises",
    "/api/packs/first-steps/exercises/nope",
    "/api/packs/../exercises",
    "/api/packs/..%2F..%2Fetc/exercises",
    "/api/packs/first-steps/exercises/..%2F..%2Finfo.toml",
    "/api/packs/first-steps/exercises/../../info",
    "/api/packs/first-steps/exercises/%2e%2e",
    "/api/packs/first-steps/exercises/01_printing%2Fsay_hello",
    "/api/packs/first-steps/exercises/say_hello.rs",
    "/api/packs/first-steps/exercises/..%5Cinfo",
    "/api/packs/first-steps/exercises/%2Fetc%2Fpasswd",
    "/api/packs/%2e%2e/exercises/say_hello",
    "/api/packs/first-steps/exercises/..%2Fsolutions%2F01_printing%2Fsay_hello/solution",
])
def test_path_traversal_is_404(api, path):
    api.register("walker")
    response = api.get(path)
    assert response.status_code == 404, path
    assert response.mimetype == "application/json"
    assert b"[pack]" not in response.data and b"root:" not in response.data


def test_solution_needs_login(api):
    response = api.get("/api/packs/first-steps/exercises/say_hello/solution")
    assert response.status_code == 401


def test_solution_only_once_completed(api):
    api.register("solver")
    url = "/api/packs/first-steps/exercises/say_hello/solution"
    assert api.get(url).get_json()["error"]["code"] == "not_completed"
    event = {"id": "e1", "pack": "first-steps", "exercise": "say_hello", "status": "attempted",
             "code": "fn main() {}", "attempts": 1, "client_ts": "2026-01-01T10:00:00Z"}
    api.post("/api/progress/sync", {"events": [event]})
    assert api.get(url).status_code == 403
    api.post("/api/progress/sync", {"events": [{**event, "id": "e2", "status": "done",
                                                "client_ts": "2026-01-01T10:01:00Z"}]})
    response = api.get(url)
    assert response.status_code == 200
    assert response.get_json() == {"source": (STARTER / "solutions/01_printing/say_hello.rs").read_text()}
    # Someone else has not completed it.
    other = Api(api.app)
    other.register("other")
    assert other.get(url).status_code == 403


def test_packs_json_includes_solutions():
    data = packs_json(load_packs(REPO_ROOT / "packs"))
    exercise = data["packs"][0]["exercises"][0]
    assert set(exercise) == {"name", "topic", "mode", "order", "title", "source", "hint", "topic_text",
                             "solution"}


# ---------------------------------------------------------------- validation


@pytest.fixture
def pack_copy(tmp_path) -> Path:
    target = tmp_path / "packs" / "copy"
    shutil.copytree(STARTER, target)
    return target


def _edit_info(pack: Path, old: str, new: str) -> None:
    info = pack / "info.toml"
    text = info.read_text()
    assert old in text
    info.write_text(text.replace(old, new, 1))


def test_a_copy_loads(pack_copy):
    assert load_pack(pack_copy).id == "first-steps"


@pytest.mark.parametrize("old, new, field", [
    ('name = "say_hello"', 'name = "../say_hello"', "exercises[0].name"),
    ('name = "placeholders"', 'name = "say_hello"', "exercises[1].name"),
    ('dir = "01_printing"', 'dir = "../01_printing"', "exercises[0].dir"),
    ("test = false", 'test = "no"', "exercises[0].test"),
    ('id = "first-steps"', 'id = "First Steps!"', "pack.id"),
    ('title = "First steps"', 'title = ""', "pack.title"),
    ('name = "say_hello"', 'name = "say_hello"\ncolour = "red"', "exercises[0].colour"),
    ("format_version = 1", "format_version = 2", "format_version"),
    ('name = "say_hello"', 'name = "missing_file"', "exercises[0].name"),
    ("[pack]", "[pack", "info.toml"),
])
def test_invalid_info_names_file_and_field(pack_copy, old, new, field):
    _edit_info(pack_copy, old, new)
    with pytest.raises(PackError) as raised:
        load_pack(pack_copy)
    assert raised.value.field == field
    assert "info.toml" in str(raised.value) and field in str(raised.value)


def test_missing_hint_and_readme(pack_copy):
    (pack_copy / "exercises" / "01_printing" / "README.md").unlink()
    with pytest.raises(PackError, match=r"exercises\[0\]\.dir.*README.md"):
        load_pack(pack_copy)


def test_duplicate_pack_ids(pack_copy):
    shutil.copytree(pack_copy, pack_copy.parent / "second")
    with pytest.raises(PackError, match="pack.id"):
        load_packs(pack_copy.parent)


def test_a_broken_pack_stops_the_server(pack_copy, make_api_app):
    _edit_info(pack_copy, "test = false", 'test = "maybe"')
    with pytest.raises(PackError):
        make_api_app(FERRITE_PACKS_DIR=str(pack_copy.parent))
