"""Security headers, on every response (pages, files, JSON and errors).

Content-Security-Policy, directive by directive:
- script-src 'self' 'wasm-unsafe-eval': Pyodide compiles pyodide.asm.wasm (and
  small trampolines) with WebAssembly.compile/instantiate, which CSP gates behind
  'wasm-unsafe-eval'. JavaScript eval stays forbidden: Pyodide's start-up
  (loadPyodide, runPython, unpackArchive of a pure-Python wheel) does not need
  'unsafe-eval'. Emscripten only evals EM_ASM code of *side modules*
  (loadPackage of compiled packages, loadDynlib) and in run_js /
  emscripten_run_script; we ship no compiled packages and never call those. If
  that ever changes, those paths will fail with a CSP error, visibly.
- worker-src 'self': the module worker that runs Pyodide and the service worker.
- connect-src 'self': fetch() of the wasm, the stdlib zip, the wheel, the manifest
  and the API. Nothing is loaded from a CDN.
- style-src 'self' 'unsafe-inline': CodeMirror 6 injects <style> elements.
  Scripts never get 'unsafe-inline'.

Cross-origin isolation (COOP same-origin + COEP require-corp) makes
SharedArrayBuffer available, which Pyodide's interrupt buffer needs to stop a
runaway program without killing the worker. CORP same-origin keeps our files from
being embedded elsewhere.
"""

from __future__ import annotations

from flask import Flask, Response

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "worker-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
])

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "require-corp",
    "Cross-Origin-Resource-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def add_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    return response


def init_app(app: Flask) -> None:
    app.after_request(add_security_headers)
