"""A fake Piston (GET /api/v2/runtimes, POST /api/v2/execute) on 127.0.0.1 in a thread.

Tell it what to do next with `script`: a list of behaviours consumed one per request
("ok", "compile_error", "panic", "500", "503", "429", "hang", "killed", "bad_request");
when empty it answers "ok". It records every request body it received.
"""

from __future__ import annotations

import json
import threading
import time

from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

RUNTIMES = [{"language": "rust", "version": "1.68.2", "aliases": ["rs"], "runtime": None}]


def _stage(stdout="", stderr="", code=0, signal=None):
    return {"stdout": stdout, "stderr": stderr, "code": code, "signal": signal, "output": stdout + stderr}


class FakePiston:
    def __init__(self):
        self.script: list[str] = []
        self.requests: list[dict] = []
        self.hang_seconds = 5.0
        self._server = make_server("127.0.0.1", 0, self._app, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self):
        self._server.shutdown()

    def _app(self, environ, start_response):
        request = Request(environ)
        if request.path == "/api/v2/runtimes" and request.method == "GET":
            return Response(json.dumps(RUNTIMES), mimetype="application/json")(environ, start_response)
        if request.path != "/api/v2/execute" or request.method != "POST":
            return Response('{"message": "not found"}', status=404)(environ, start_response)
        body = request.get_json()
        self.requests.append(body)
        action = self.script.pop(0) if self.script else "ok"
        if action == "hang":
            time.sleep(self.hang_seconds)
            action = "ok"
        if action in ("500", "503"):
            return Response('{"message": "boom"}', status=int(action))(environ, start_response)
        if action == "429":
            return Response('{"message": "slow down"}', status=429, headers={"Retry-After": "0"})(
                environ, start_response)
        if action == "bad_request":
            return Response(json.dumps({"message": "rust-9.9 runtime is unknown"}), status=400,
                            mimetype="application/json")(environ, start_response)
        if action == "compile_error":
            result = {"compile": _stage(stderr="error[E0425]: cannot find value `x` in this scope\n", code=1),
                      "run": None}
        elif action == "panic":
            result = {"compile": _stage(), "run": _stage(stderr="thread 'main' panicked at main.rs:2:5:\nboom\n",
                                                          code=101)}
        elif action == "killed":
            result = {"compile": _stage(), "run": _stage(code=None, signal="SIGKILL")}
        else:
            tests = any(f["name"] == "--test" for f in body["files"])
            stdout = "running 1 test\ntest t ... ok\n" if tests else "hello\n"
            result = {"compile": _stage(stderr="warning: unused variable: `y`\n"), "run": _stage(stdout=stdout)}
        result.update(language="rust", version=body["version"])
        return Response(json.dumps(result), mimetype="application/json")(environ, start_response)
