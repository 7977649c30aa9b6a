"""The walking skeleton, end to end: load the IDE, run programs in the browser.

One page is opened for the module (Pyodide takes seconds to start); each test
replaces the program through the page's test hook (`window.ferrite`), runs it
and reads the output pane. Every request the browser makes is recorded: the
learner's program must never leave the browser.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from e2e_ide import IdePage

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


@pytest.fixture(scope="module")
def ide(browser: Browser, base_url: str) -> Iterator[IdePage]:
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    ide = IdePage(page, base_url, http_errors=True)
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
