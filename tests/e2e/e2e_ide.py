"""The IDE page as the e2e tests drive it: waiting for the runtime, running, reading the
console, the accessibility check. Imported by the test modules of this folder."""

from __future__ import annotations

import time
from pathlib import Path

from playwright.sync_api import ConsoleMessage, Page, Request, Response, expect

REPO_ROOT = Path(__file__).resolve().parents[2]
AXE_JS = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
READY_TIMEOUT_MS = 60_000
RUN_TIMEOUT_MS = 30_000
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}


class IdePage:
    """An opened IDE page, plus what the browser did while it was open."""

    def __init__(self, page: Page, origin: str, http_errors: bool = False) -> None:
        """`http_errors`: also count every HTTP error answer as a browser error (except
        the 401 of "who is logged in?" for an anonymous learner)."""
        self.page = page
        self.origin = origin
        self.requests: list[Request] = []
        self.errors: list[str] = []
        page.context.on("request", lambda request: self.requests.append(request))
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        page.on("console", self._console)
        if http_errors:
            page.context.on("response", self._response)

    def _response(self, response: Response) -> None:
        anonymous = response.status == 401 and response.url.endswith("/api/auth/me")
        if response.status >= 400 and not anonymous:
            self.errors.append(f"HTTP {response.status} for {response.request.method} {response.url}")

    def _console(self, message: ConsoleMessage) -> None:
        # The browser logs the API's 401s for an anonymous learner ("who is logged in?",
        # a solution): answers the IDE expects (docs/api.md), not errors.
        if message.type == "error" and "status of 401" not in message.text:
            self.errors.append(f"console error: {message.text}")

    def open(self, path: str = "/") -> float:
        self.page.goto(self.origin + path)
        return self.wait_until_ready()

    def wait_until_ready(self) -> float:
        status = self.page.locator("#status")
        started = time.monotonic()
        self.page.wait_for_selector("#status[data-state=ready], #status[data-state=error]",
                                    timeout=READY_TIMEOUT_MS)
        state = status.get_attribute("data-state")
        assert state == "ready", (f"runtime failed to load: {status.inner_text()!r}; "
                                  f"console: {self.page.locator('#output').inner_text()!r}; "
                                  f"browser errors: {self.errors}")
        return time.monotonic() - started

    def open_exercise(self, pack: str, name: str) -> None:
        self.page.locator(f'#exercise-list a[data-exercise="{pack}/{name}"]').click()
        expect(self.page).to_have_url(f"{self.origin}/#/exercise/{pack}/{name}")
        expect(self.page.locator("#editor-heading")).to_have_text(f"{name}.rs")

    def set_code(self, code: str) -> None:
        self.page.evaluate("code => window.ferrite.setCode(code)", code)
        assert self.code() == code

    def code(self) -> str:
        return self.page.evaluate("() => window.ferrite.getCode()")

    def click_run(self) -> str:
        """Clicks Run (or Test), waits for the status line, returns the console's text."""
        run = self.page.locator("#run")
        expect(run).to_be_enabled(timeout=READY_TIMEOUT_MS)
        run.click()
        return self.wait_for_result()

    def wait_for_result(self) -> str:
        expect(self.page.locator("#output .out-status-line")).not_to_have_attribute(
            "data-kind", "running", timeout=RUN_TIMEOUT_MS)
        expect(self.page.locator("#run")).to_be_enabled(timeout=RUN_TIMEOUT_MS)
        return self.console()

    def run(self, code: str) -> str:
        self.set_code(code)
        return self.click_run()

    def console(self) -> str:
        return self.page.locator("#output").inner_text()

    def status_line(self) -> str:
        return self.page.locator("#output .out-status-line").inner_text()

    def screenshot(self, directory: Path, name: str) -> Path:
        path = directory / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path

    def assert_program_stayed_local(self, marker: str) -> None:
        assert any(r.url.endswith("/worker.js") for r in self.requests), (
            "the page load was not recorded: the request recorder is broken")
        for request in self.requests:
            assert marker not in request.url, f"program text sent in a URL: {request.method} {request.url}"
            body = request.post_data_buffer or b""
            assert marker.encode() not in body, f"program text sent in a request body: {request.method} {request.url}"
            assert request.url.startswith(self.origin + "/"), f"request left the origin: {request.url}"

    def axe_violations(self, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict]:
        """Runs axe-core in the page. The page's CSP (script-src 'self') does not stop it:
        Playwright's add_script_tag(path=...) inserts an inline script, which the CSP would
        block, so the source is evaluated through the DevTools protocol instead, which
        CSP does not govern."""
        if not self.page.evaluate("() => typeof window.axe === 'object'"):
            self.page.evaluate(AXE_JS.read_text(encoding="utf-8"))
        result = self.page.evaluate("""async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)}));
        }""")
        return [v for v in result if v["impact"] in impacts]
