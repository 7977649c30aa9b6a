"""The walking skeleton, end to end: load the IDE, run programs in the browser.

One page is opened for the module (Pyodide takes seconds to start); each test
replaces the program through the page's test hook (`window.ferrite`), runs it
and reads the output pane. Every request the browser makes is recorded: the
learner's program must never leave the browser.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, expect

READY_TIMEOUT_MS = 60_000
RUN_TIMEOUT_MS = 30_000

SUM_PROGRAM = """\
fn main() {
    // e2e-marker-sum: this text must never appear in a request
    let mut total = 0;
    let mut i = 1;
    while i <= 10 {
        total += i;
        i += 1;
    }
    println!("The sum of 1..=10 is {}", total);
}
"""

TYPE_ERROR_PROGRAM = """\
fn main() {
    // e2e-marker-type-error: this text must never appear in a request
    let x: i32 = "five";
    println!("{}", x);
}
"""


def expected_401(url: str, status: int) -> bool:
    """GET /api/auth/me answers 401 when nobody is logged in (docs/api.md): not an error."""
    return status == 401 and url.endswith("/api/auth/me")


class IdePage:
    """The opened IDE page, plus what the browser did while it was open."""

    def __init__(self, page: Page, origin: str) -> None:
        self.page = page
        self.origin = origin
        self.requests: list[Request] = []
        self.errors: list[str] = []
        page.context.on("request", lambda request: self.requests.append(request))
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        page.on("console", self._console)
        page.context.on("response", lambda response: response.status >= 400 and not expected_401(response.url, response.status)
                        and self.errors.append(f"HTTP {response.status} for {response.request.method} {response.url}"))

    def _console(self, message: ConsoleMessage) -> None:
        # The browser logs the API's 401 for "who is logged in?" (docs/api.md) when nobody is.
        if message.type == "error" and not ("status of 401" in message.text and "/api/auth/me" in (message.location or {}).get("url", "")):
            self.errors.append(f"console error: {message.text}")

    def wait_until_ready(self) -> float:
        status = self.page.locator("#status")
        started = time.monotonic()
        self.page.wait_for_selector("#status[data-state=ready], #status[data-state=error]",
                                    timeout=READY_TIMEOUT_MS)
        state = status.get_attribute("data-state")
        assert state == "ready", (f"runtime failed to load: {status.inner_text()!r}; "
                                  f"output: {self.page.locator('#output').inner_text()!r}; "
                                  f"browser errors: {self.errors}")
        return time.monotonic() - started

    def run(self, code: str) -> str:
        self.page.evaluate("code => window.ferrite.setCode(code)", code)
        assert self.page.evaluate("() => window.ferrite.getCode()") == code
        expect(self.page.locator("#run")).to_be_enabled()
        self.page.locator("#run").click()
        # The button is disabled while the program runs and enabled again after.
        expect(self.page.locator("#output .out-status-line")).not_to_have_attribute("data-kind", "running", timeout=RUN_TIMEOUT_MS)
        expect(self.page.locator("#run")).to_be_enabled(timeout=RUN_TIMEOUT_MS)
        return self.page.locator("#output").inner_text()

    def assert_program_stayed_local(self, marker: str) -> None:
        assert any(r.url.endswith("/worker.js") for r in self.requests), (
            "the page load was not recorded: the request recorder is broken")
        for request in self.requests:
            assert marker not in request.url, f"program text sent in a URL: {request.method} {request.url}"
            body = request.post_data_buffer or b""
            assert marker.encode() not in body, f"program text sent in a request body: {request.method} {request.url}"
            assert request.url.startswith(self.origin + "/"), f"request left the origin: {request.url}"



@pytest.fixture(scope="module")
def ide(browser: Browser, base_url: str) -> Iterator[IdePage]:
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    ide = IdePage(page, base_url)
    page.goto("/#/playground")
    ready_after = ide.wait_until_ready()
    print(f"\nPyodide and the toolchain ready {ready_after:.1f} s after the page loaded")
    yield ide
    context.close()


def test_page_loads_with_hello_world(ide: IdePage) -> None:
    page = ide.page
    expect(page.locator("#status")).to_have_text("Ready")
    expect(page.locator("#exercise-title")).to_have_text("Playground")
    expect(page.locator("#run")).to_have_accessible_name("Run")
    expect(page.locator("#output")).to_have_attribute("role", "log")
    assert 'println!("Hello, world!");' in page.evaluate("() => window.ferrite.getCode()")
    assert not ide.errors, ide.errors


def test_run_prints_the_programs_output(ide: IdePage, screenshot_dir: Path) -> None:
    output = ide.run(SUM_PROGRAM)
    stdout = ide.page.locator("#output .out-stdout")
    assert stdout.count() == 1, f"no stdout block; output pane: {output!r}"
    assert stdout.inner_text() == "The sum of 1..=10 is 55"
    expect(ide.page.locator("#output .out-status-line")).to_have_text("exit code: 0")
    ide.page.screenshot(path=str(screenshot_dir / "e2e-run-program.png"))
    ide.assert_program_stayed_local("e2e-marker-sum")
    assert not ide.errors, ide.errors


def test_type_error_shows_rustc_diagnostic(ide: IdePage, screenshot_dir: Path) -> None:
    output = ide.run(TYPE_ERROR_PROGRAM)
    assert "error[E0308]" in output, output
    assert ide.page.locator("#output .out-stdout").count() == 0, output
    ide.page.screenshot(path=str(screenshot_dir / "e2e-type-error.png"))
    ide.assert_program_stayed_local("e2e-marker-type-error")
    assert not ide.errors, ide.errors
