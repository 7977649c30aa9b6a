"""A learner with an account: registers through the UI, solves an exercise, and the
progress (code included) is visible from a second browser context logged in as the same
user; work done while offline syncs once the browser is back online. Also the server
fallback: an unsupported construct offers "Run on the server" (login required), whose
result shows in the console marked as coming from the server (a fake Piston stands in
for the self-hosted one). Its own server, so its database starts empty."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, expect
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from e2e_ide import DESKTOP, IdePage

PACK = "basics"
USER = "ferris_e2e"
PASSWORD = "crab-rave-2024"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "packs" / PACK


def solution(topic: str, name: str) -> str:
    return (FIXTURES / "solutions" / topic / f"{name}.rs").read_text()


@Request.application
def fake_piston(request: Request) -> Response:
    """Piston's POST /api/v2/execute, answering as if the program printed a line."""
    if request.path != "/api/v2/execute" or request.method != "POST":
        return Response("not found", status=404)
    body = json.loads(request.get_data())
    assert body["language"] == "rust"
    stage = {"stdout": "", "stderr": "", "code": 0, "signal": None, "output": ""}
    run = {**stage, "stdout": "hello from piston\n", "output": "hello from piston\n"}
    return Response(json.dumps({"language": "rust", "version": body["version"], "compile": stage, "run": run}),
                    mimetype="application/json")


@pytest.fixture(scope="module")
def piston_url() -> Iterator[str]:
    server = make_server("127.0.0.1", 0, fake_piston, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def origin(start_server, piston_url: str) -> str:
    return start_server(PISTON_URL=piston_url).url


@pytest.fixture(scope="module")
def first(browser: Browser, origin: str) -> Iterator[IdePage]:
    context = browser.new_context(viewport=DESKTOP)
    ide = IdePage(context.new_page(), origin)
    ide.open(f"/#/exercise/{PACK}/variables1")
    yield ide
    context.close()


def log_in(ide: IdePage, register: bool) -> None:
    page = ide.page
    page.locator("#register" if register else "#login").click()
    dialog = page.locator("#auth-dialog")
    expect(dialog).to_be_visible()
    dialog.get_by_label("Username").fill(USER)
    dialog.get_by_label("Password").fill(PASSWORD)
    dialog.locator("button[type=submit]").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#account .user-name")).to_have_text(USER)


def test_register_and_solve_with_an_account(first: IdePage, screenshot_dir: Path) -> None:
    page = first.page
    expect(page.locator("#sync-state")).to_have_text("Saved in this browser")
    log_in(first, register=True)
    expect(page.locator("#sync-state")).to_have_text("Synced")
    assert "error[E0384]" in first.click_run()
    expect(page.locator("#editor .cm-lintRange-error")).to_have_count(1)
    first.set_code(solution("01_variables", "variables1"))
    assert "count is 2" in first.click_run()
    expect(page.locator(f'#exercise-list a[data-exercise="{PACK}/variables1"]')).to_have_attribute("data-status", "done")
    expect(page.locator("#progress-label")).to_have_text("1 of 4 exercises done")
    expect(page.locator("#sync-state")).to_have_text("Synced", timeout=10_000)
    # Logged in and done: the API hands out the solution.
    page.locator("#solution").click()
    expect(page.locator("#solution-code")).to_contain_text("let mut count = 1;")
    first.screenshot(screenshot_dir, "account-done-desktop")


def test_offline_work_syncs_when_back_online(first: IdePage) -> None:
    page = first.page
    page.goto(f"{first.origin}/#/exercise/{PACK}/functions1")
    expect(page.locator("#editor-heading")).to_have_text("functions1.rs")
    page.context.set_offline(True)
    try:
        first.set_code(solution("02_functions", "functions1"))
        assert "test doubles ... ok" in first.click_run()
        expect(page.locator("#progress-label")).to_have_text("2 of 4 exercises done")
        expect(page.locator("#sync-state")).to_have_text("Offline: changes will sync later", timeout=10_000)
    finally:
        page.context.set_offline(False)
    expect(page.locator("#sync-state")).to_have_text("Synced", timeout=10_000)


def test_progress_visible_from_a_second_context(browser: Browser, first: IdePage, origin: str, screenshot_dir: Path) -> None:
    context: BrowserContext = browser.new_context(viewport=DESKTOP)
    try:
        second = IdePage(context.new_page(), origin)
        second.page.goto(f"{origin}/#/exercise/{PACK}/variables1")
        expect(second.page.locator("#progress-label")).to_have_text("0 of 4 exercises done")
        log_in(second, register=False)
        page = second.page
        expect(page.locator("#progress-label")).to_have_text("2 of 4 exercises done")
        expect(page.locator(f'#exercise-list a[data-exercise="{PACK}/variables1"]')).to_have_attribute("data-status", "done")
        expect(page.locator(f'#exercise-list a[data-exercise="{PACK}/functions1"]')).to_have_attribute("data-status", "done")
        # The code written in the first context, too.
        page.goto(f"{origin}/#/exercise/{PACK}/functions1")
        expect(page.locator("#editor-heading")).to_have_text("functions1.rs")
        page.goto(f"{origin}/#/exercise/{PACK}/variables1")
        expect(page.locator("#editor-heading")).to_have_text("variables1.rs")
        assert "let mut count = 1;" in second.code()
        second.screenshot(screenshot_dir, "account-second-context-desktop")
        # Logging out keeps this browser's progress and stops syncing.
        page.locator("#logout").click()
        expect(page.locator("#login")).to_be_visible()
        expect(page.locator("#sync-state")).to_have_text("Saved in this browser")
    finally:
        context.close()


def test_unsupported_construct_offers_the_server_fallback(first: IdePage) -> None:
    page = first.page
    page.goto(f"{first.origin}/#/playground")
    expect(page.locator("#exercise-title")).to_have_text("Playground")
    # Raw pointers and `unsafe` are outside what the in-browser toolchain supports (and
    # will stay so longest: a learning IDE meets them last).
    output = first.run('fn main() {\n    let x = 5;\n    let p = &x as *const i32;\n'
                       '    println!("{}", unsafe { *p });\n}\n')
    assert "Ferrite does not support" in output
    offer = page.locator("#output .out-offer button", has_text="Run on the server")
    expect(offer).to_be_visible()
    offer.click()
    expect(page.locator("#output .out-source")).to_have_text("Ran on the server (not in your browser)")
    expect(page.locator("#output .out-stdout")).to_have_text("hello from piston")
    expect(page.locator("#output")).to_have_attribute("data-source", "server")


def test_server_fallback_needs_a_login(first: IdePage) -> None:
    page = first.page
    page.locator("#logout").click()
    expect(page.locator("#login")).to_be_visible()
    first.click_run()
    page.locator("#output .out-offer button", has_text="Run on the server").click()
    dialog = page.locator("#auth-dialog")
    expect(dialog).to_be_visible()
    expect(page.locator("#output .out-note")).to_have_text("Log in to run programs on the server.")
    dialog.get_by_label("Username").fill(USER)
    dialog.get_by_label("Password").fill(PASSWORD)
    dialog.locator("button[type=submit]").click()
    # The run the learner asked for happens once logged in.
    expect(page.locator("#output .out-stdout")).to_have_text("hello from piston")
    # Expected: 401s while logged out, failed requests while the context was offline.
    unexpected = [e for e in first.errors if "401" not in e and "ERR_INTERNET_DISCONNECTED" not in e]
    assert not unexpected, first.errors
