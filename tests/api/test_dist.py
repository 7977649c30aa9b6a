"""`make dist` (server/dist.py): a static site with the IDE, the runtime and packs.json."""

from __future__ import annotations

import json

from server.dist import main
from tests.api.conftest import REPO_ROOT


def test_dist_writes_a_static_site(tmp_path, client_dir, runtime_dir):
    (client_dir / ".built").write_text("")
    out = tmp_path / "dist"
    (out / "stale").mkdir(parents=True)
    assert main(["--out", str(out), "--client", str(client_dir), "--runtime", str(runtime_dir),
                 "--packs", str(REPO_ROOT / "packs")]) == 0
    assert (out / "index.html").is_file() and (out / "app.js").is_file()
    assert not (out / ".built").exists() and not (out / "stale").exists()
    assert (out / "runtime" / "manifest.json").is_file()
    assert (out / "runtime" / "pyodide" / "pyodide.asm.wasm").is_file()
    data = json.loads((out / "packs.json").read_text())
    pack = next(p for p in data["packs"] if p["id"] == "first-steps")
    assert set(pack) == {"id", "title", "description", "exercises"}
    exercise = pack["exercises"][0]
    assert set(exercise) == {"name", "topic", "mode", "order", "title", "source", "hint", "topic_text", "solution"}
    assert exercise["solution"] != exercise["source"]


def test_dist_explains_a_missing_build(tmp_path, client_dir, capsys):
    assert main(["--out", str(tmp_path / "d"), "--client", str(client_dir),
                 "--runtime", str(tmp_path / "missing")]) == 1
    assert "make runtime" in capsys.readouterr().err
