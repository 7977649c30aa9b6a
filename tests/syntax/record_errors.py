"""Record rustc's error headlines and spans for `error_cases.CASES` (needs rustc).

Writes error_cases.json: {name: [[message, code, [[lo, hi, label, primary], ...]], ...]}.
Only syntax-phase errors are kept (resolution/type errors rustc reports after
recovering are dropped: they belong to later phases)."""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from error_cases import CASES  # noqa: E402

LATER_PHASES = {"E0425", "E0601", "E0433", "E0412", "E0308", "E0423", "E0599", "E0610"}


def record(src: str) -> list:
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "case.rs")
        with open(path, "w") as f:
            f.write(src)
        env = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}
        r = subprocess.run(["rustc", "--edition", "2024", "--emit=metadata", "--crate-type", "bin",
                            "--error-format=json", path, "-o", os.path.join(d, "o")],
                           capture_output=True, text=True, env=env)
    out = []
    for line in r.stderr.splitlines():
        j = json.loads(line)
        code = j["code"]["code"] if j.get("code") else None
        if j["level"] != "error" or j["message"].startswith("aborting") or code in LATER_PHASES:
            continue
        spans = sorted([s["byte_start"], s["byte_end"], s["label"], s["is_primary"]] for s in j["spans"])
        out.append([j["message"], code, spans])
    return out


if __name__ == "__main__":
    data = {name: record(src) for name, src in CASES.items()}
    here = os.path.join(os.path.dirname(__file__), "error_cases.json")
    with open(here, "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
    print(f"recorded {len(data)} cases")
