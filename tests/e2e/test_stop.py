"""Runaway programs: `loop {}` is stopped by the Stop button (Pyodide's interrupt buffer:
the page is cross-origin isolated) and by the toolchain's fuel limit, quickly, and the
IDE stays usable: a later Run works."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, expect

from e2e_ide import DESKTOP, IdePage

LOOP = "fn main() {\n    let mut n: u64 = 0;\n    loop {\n        n = n % 7 + 1;\n    }\n}\n"
HELLO = 'fn main() {\n    println!("still alive");\n}\n'


@pytest.fixture(scope="module")
def ide(browser: Browser, live_server: str) -> Iterator[IdePage]:
    context = browser.new_context(viewport=DESKTOP)
    ide = IdePage(context.new_page(), live_server)
    ide.open("/#/playground")
    yield ide
    context.close()


def test_the_page_is_cross_origin_isolated_and_can_interrupt(ide: IdePage) -> None:
    assert ide.page.evaluate("() => window.crossOriginIsolated") is True
    assert ide.page.evaluate("() => window.ferrite.canInterrupt()") is True


def test_stop_button_stops_loop_within_a_second(ide: IdePage) -> None:
    page = ide.page
    ide.set_code(LOOP)
    page.locator("#run").click()
    stop = page.locator("#stop")
    expect(stop).to_be_enabled()
    expect(page.locator("#run")).to_be_disabled()
    page.wait_for_timeout(300)  # let it spin
    started = time.monotonic()
    stop.click()
    expect(page.locator("#output .out-status-line")).to_have_text("stopped", timeout=1_000)
    elapsed = time.monotonic() - started
    print(f"\nStop took {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0
    # Interrupted, not restarted: the runtime is ready at once.
    expect(page.locator("#status")).to_have_attribute("data-state", "ready")
    expect(stop).to_be_disabled()
    output = ide.run(HELLO)
    assert "still alive" in output


def test_fuel_limit_stops_loop(ide: IdePage) -> None:
    page = ide.page
    ide.set_code(LOOP)
    started = time.monotonic()
    ide.click_run()
    elapsed = time.monotonic() - started
    print(f"\nout of fuel after {elapsed:.1f} s")
    expect(page.locator("#output .out-status-line")).to_have_text("stopped: out of fuel")
    expect(page.locator("#output .out-stderr")).to_contain_text("ferrite: the program was stopped after using all its fuel")
    assert elapsed < 10
    output = ide.run(HELLO)
    assert "still alive" in output


def test_keyboard_stop(ide: IdePage) -> None:
    page = ide.page
    ide.set_code(LOOP)
    page.locator("#editor .cm-content").focus()
    page.keyboard.press("Control+Enter")
    expect(page.locator("#stop")).to_be_enabled()
    page.keyboard.press("Control+Shift+Enter")
    expect(page.locator("#output .out-status-line")).to_have_text("stopped", timeout=1_000)
    assert "still alive" in ide.run(HELLO)
    assert not ide.errors, ide.errors
