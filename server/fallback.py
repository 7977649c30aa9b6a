"""POST /api/fallback/run: compile and run on a self-hosted Piston, for what the
in-browser toolchain cannot handle yet. This server never compiles or runs code
itself; it only forwards the request to Piston over HTTP and audits the call.

Piston's API (v2): POST {PISTON_URL}/api/v2/execute with
    {"language": "rust", "version": PISTON_RUST_VERSION, "files": [{"name", "content"}],
     "args": [...], "stdin": "", "compile_timeout": ms, "run_timeout": ms,
     "compile_memory_limit": bytes, "run_memory_limit": bytes}
answers {"language", "version", "compile": {stdout, stderr, code, signal, output},
         "run": {stdout, stderr, code, signal, output}}.

Piston's rust package compiles with `rustc -o binary "$@"`, where "$@" are the names
of the submitted files, and runs `./binary` with `args`. That is how we pass rustc
flags without a custom package: besides `main.rs` we submit empty files whose names
are the flags, `--edition=2021` (PISTON_RUST_EDITION; Piston's Rust 1.68 has no 2024)
and, in test mode, `--test` (rustc builds the libtest harness) with the run args
`--test-threads=1`. rustc reads those names as options.

Retries: 3 attempts (FALLBACK_ATTEMPTS) with exponential back-off (FALLBACK_BACKOFF,
x2 each time) on connection errors, 5xx and 429 (honouring Retry-After), all within
one overall deadline (FALLBACK_DEADLINE, 45 s): each attempt's timeout is what is left.
"""

from __future__ import annotations

import signal
import time
from dataclasses import dataclass

import requests
from flask import Blueprint, current_app, jsonify
from flask_login import current_user, login_required

from .db import FallbackCall, db
from .errors import ApiError
from .schemas import FALLBACK_MAX_CODE, FallbackBody, parse_body

bp = Blueprint("fallback", __name__, url_prefix="/api/fallback")


@dataclass
class Attempted:
    outcome: str                 # ok | compile_error | run_failed | unavailable | rate_limited | upstream_error | timeout
    attempts: int
    result: dict | None = None
    message: str = ""


def piston_request(code: str, mode: str, config) -> dict:
    files = [{"name": "main.rs", "content": code}]
    edition = config.get("PISTON_RUST_EDITION", "2021")
    if edition:
        files.append({"name": f"--edition={edition}", "content": ""})
    args: list[str] = []
    if mode == "test":
        files.append({"name": "--test", "content": ""})
        args = ["--test-threads=1"]
    return {"language": "rust", "version": config["PISTON_RUST_VERSION"], "files": files,
            "args": args, "stdin": "",
            "compile_timeout": config["PISTON_COMPILE_TIMEOUT"], "run_timeout": config["PISTON_RUN_TIMEOUT"],
            "compile_memory_limit": config["PISTON_COMPILE_MEMORY"],
            "run_memory_limit": config["PISTON_RUN_MEMORY"]}


def _exit_code(stage: dict) -> int:
    code = stage.get("code")
    if isinstance(code, int):
        return code
    name = stage.get("signal")
    try:
        return 128 + int(signal.Signals[name]) if isinstance(name, str) else 1
    except KeyError:
        return 1


def _diagnostic(level: str, message: str, rendered: str) -> dict:
    return {"message": message, "code": None, "level": level, "spans": [], "children": [],
            "rendered": rendered}


def to_result(piston: dict) -> dict:
    """Piston's answer in the toolchain's result shape (README: the --json result)."""
    compile_stage = piston.get("compile") or {}
    run_stage = piston.get("run")
    compile_stderr = compile_stage.get("stderr") or ""
    compiled = not compile_stage or (compile_stage.get("code") == 0 and not compile_stage.get("signal"))
    diagnostics = []
    if not compiled:
        rendered = compile_stderr
        if compile_stage.get("signal"):
            rendered += (f"error: the compiler was stopped ({compile_stage['signal']}): "
                         "over the server's time or memory limit\n")
        diagnostics.append(_diagnostic("error", "rustc failed (see rendered)", rendered))
    elif compile_stderr:
        diagnostics.append(_diagnostic("warning", "rustc printed warnings (see rendered)", compile_stderr))
    run = None
    if compiled and isinstance(run_stage, dict):
        run = {"exit_code": _exit_code(run_stage), "stdout": run_stage.get("stdout") or "",
               "stderr": run_stage.get("stderr") or "", "panic": None}
    return {"compiled": compiled, "diagnostics": diagnostics, "run": run, "tests": None,
            "fuel": {"used": 0, "exhausted": False}, "source": "server"}


def call_piston(code: str, mode: str, config, session: requests.Session | None = None) -> Attempted:
    url = config["PISTON_URL"].rstrip("/") + "/api/v2/execute"
    payload = piston_request(code, mode, config)
    deadline = time.monotonic() + config["FALLBACK_DEADLINE"]
    max_attempts = max(1, config["FALLBACK_ATTEMPTS"])
    backoff = config["FALLBACK_BACKOFF"]
    http = session or requests.Session()
    last = Attempted("unavailable", 0, message="Piston could not be reached.")
    for attempt in range(1, max_attempts + 1):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return Attempted("timeout", attempt - 1, message="The fallback's deadline passed.")
        wait = backoff * 2 ** (attempt - 1)
        try:
            response = http.post(url, json=payload, timeout=(min(5.0, remaining), remaining))
        except requests.Timeout:
            if deadline - time.monotonic() <= 0.05:
                return Attempted("timeout", attempt, message="The fallback's deadline passed.")
            last = Attempted("unavailable", attempt, message="Piston timed out.")
        except requests.RequestException:
            last = Attempted("unavailable", attempt, message="Piston could not be reached.")
        else:
            if response.status_code == 429 or response.status_code >= 500:
                kind = "rate_limited" if response.status_code == 429 else "unavailable"
                last = Attempted(kind, attempt, message=f"Piston answered {response.status_code}.")
                retry_after = response.headers.get("Retry-After", "")
                if retry_after.isdigit():
                    wait = max(wait, float(retry_after))
            elif response.status_code != 200:
                try:
                    detail = response.json().get("message", "")
                except ValueError:
                    detail = ""
                return Attempted("upstream_error", attempt,
                                 message=f"Piston refused the request ({response.status_code}) {detail}".strip())
            else:
                try:
                    body = response.json()
                except ValueError:
                    return Attempted("upstream_error", attempt, message="Piston's answer was not JSON.")
                if not isinstance(body, dict) or ("run" not in body and "compile" not in body):
                    message = body.get("message", "") if isinstance(body, dict) else ""
                    return Attempted("upstream_error", attempt, message=f"Piston failed: {message}".strip())
                result = to_result(body)
                if not result["compiled"]:
                    outcome = "compile_error"
                elif result["run"] is not None and result["run"]["exit_code"] != 0:
                    outcome = "run_failed"
                else:
                    outcome = "ok"
                return Attempted(outcome, attempt, result=result)
        if attempt == max_attempts:
            break
        if time.monotonic() + wait >= deadline:
            return Attempted("timeout", attempt, message="The fallback's deadline passed.")
        time.sleep(wait)
    return last


@bp.post("/run")
@login_required
def run():
    config = current_app.config
    if not config.get("PISTON_URL"):
        raise ApiError(503, "fallback_disabled", "The server-side fallback is not configured.")
    body = parse_body(FallbackBody)
    size = len(body.code.encode("utf-8"))
    if size > FALLBACK_MAX_CODE:
        raise ApiError(413, "too_large", f"The code is over {FALLBACK_MAX_CODE} bytes.", field="code")
    started = time.monotonic()
    attempted = call_piston(body.code, body.mode, config)
    duration_ms = int((time.monotonic() - started) * 1000)
    db.session.add(FallbackCall(user_id=current_user.id, mode=body.mode, code_size=size,
                                outcome=attempted.outcome, duration_ms=duration_ms,
                                attempts=attempted.attempts))
    db.session.commit()
    if attempted.result is not None:
        return jsonify(attempted.result)
    if attempted.outcome == "timeout":
        raise ApiError(504, "fallback_timeout", attempted.message)
    if attempted.outcome == "upstream_error":
        raise ApiError(502, "fallback_failed", attempted.message)
    raise ApiError(502, "fallback_unavailable", attempted.message)
