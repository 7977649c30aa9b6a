"""A learner without an account works through exercises (the fixture pack): failures in
the console and inline in the editor, rustc's quick fixes, done marks and the progress
bar, Hint / Solution / Next, and the state after a reload. One page for the module
(Pyodide starts once); the tests run in order on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from e2e_ide import DESKTOP, PHONE, IdePage

PACK = "basics"


@pytest.fixture(scope="module")
def ide(browser: Browser, live_server: str) -> Iterator[IdePage]:
    context = browser.new_context(viewport=DESKTOP)
    ide = IdePage(context.new_page(), live_server)
    ready_after = ide.open("/")
    print(f"\nPyodide and the toolchain ready {ready_after:.1f} s after the page loaded")
    yield ide
    context.close()


def lint_text(ide: IdePage, severity: str = "error") -> str:
    """The text under the editor's lint underlines of `severity`."""
    return "".join(ide.page.locator(f"#editor .cm-lintRange-{severity}").all_text_contents())


def sidebar_state(ide: IdePage, name: str) -> str | None:
    return ide.page.locator(f'#exercise-list a[data-exercise="{PACK}/{name}"]').get_attribute("data-status")


def test_opens_on_the_first_exercise_with_the_list_grouped_by_topic(ide: IdePage) -> None:
    page = ide.page
    expect(page).to_have_url(f"{ide.origin}/#/exercise/{PACK}/intro1")
    expect(page.locator("#exercise-title")).to_have_text("Hello")
    expect(page.locator("#exercise-list .topic-heading")).to_have_text(["Intro", "Variables", "Functions"])
    expect(page.locator("#progress-label")).to_have_text("0 of 4 exercises done")
    assert sidebar_state(ide, "variables1") == "not_started"
    expect(page.locator("#topic-text")).to_contain_text("in your browser")
    expect(page.locator("#run")).to_have_text("Run")
    assert not ide.errors, ide.errors


def test_failing_exercise_shows_the_error_in_console_and_editor(ide: IdePage, screenshot_dir: Path) -> None:
    page = ide.page
    ide.open_exercise(PACK, "variables1")
    output = ide.click_run()
    assert "error[E0384]: cannot assign twice to immutable variable `count`" in output
    expect(page.locator("#output .c-error").first).to_contain_text("error[E0384]")
    expect(page.locator("#output .out-status-line")).to_have_text("compilation failed")
    # Inline: underline exactly on rustc's primary span (`count = count + 1`), gutter marker.
    assert lint_text(ide) == "count = count + 1"
    expect(page.locator("#editor .cm-lint-marker-error")).to_have_count(1)
    assert sidebar_state(ide, "variables1") == "attempted"
    expect(page.locator("#progress-label")).to_have_text("0 of 4 exercises done")
    ide.screenshot(screenshot_dir, "exercise-error-desktop")


def test_location_in_the_console_jumps_to_the_line(ide: IdePage) -> None:
    page = ide.page
    location = page.locator("#output .out-location", has_text="main.rs:4:5")
    location.click()
    expect(page.locator("#editor .cm-activeLine")).to_have_text("    count = count + 1;")
    expect(page.locator("#editor .cm-content")).to_be_focused()


def test_hover_shows_the_message_and_the_quick_fix_applies_rustcs_suggestion(ide: IdePage, screenshot_dir: Path) -> None:
    page = ide.page
    page.locator("#editor .cm-lintRange-error").first.hover()
    tooltip = page.locator(".cm-tooltip-lint")
    expect(tooltip).to_contain_text("cannot assign twice to immutable variable")
    fix = tooltip.locator(".cm-diagnosticAction", has_text="consider making this binding mutable")
    expect(fix).to_be_visible()
    ide.screenshot(screenshot_dir, "exercise-quickfix-desktop")
    fix.click()
    assert "    let mut count = 1;\n" in ide.code()


def test_fixed_exercise_is_done_and_the_progress_bar_moves(ide: IdePage, screenshot_dir: Path) -> None:
    page = ide.page
    output = ide.click_run()
    assert "count is 2" in output
    expect(page.locator("#output .out-status-line")).to_have_text("exit code: 0")
    expect(page.locator("#editor .cm-lintRange-error")).to_have_count(0)
    expect(page.locator(f'#exercise-list a[data-exercise="{PACK}/variables1"]')).to_have_attribute("data-status", "done")
    expect(page.locator("#progress-label")).to_have_text("1 of 4 exercises done")
    assert page.locator("#progress-bar").evaluate("bar => [bar.value, bar.max]") == [1, 4]
    expect(page.locator("#exercise-state")).to_contain_text("done")
    # Hint on request, the solution once done, Next.
    expect(page.locator("#hint-text")).to_be_hidden()
    page.locator("#hint").click()
    expect(page.locator("#hint-text")).to_contain_text("let mut")
    # The API gives solutions to logged-in learners only (test_accounts.py sees one); the
    # static site has them in packs.json (test_static_site.py).
    page.locator("#solution").click()
    expect(page.locator("#solution-code")).to_have_text("Log in to see the solution.")
    ide.screenshot(screenshot_dir, "exercise-done-desktop")
    page.locator("#next").click()
    expect(page).to_have_url(f"{ide.origin}/#/exercise/{PACK}/variables2")


def test_misspelt_name_quick_fix(ide: IdePage) -> None:
    page = ide.page
    output = ide.click_run()
    assert "error[E0425]: cannot find value `anwser` in this scope" in output
    assert lint_text(ide) == "anwser"
    expect(page.locator("#solution")).to_be_disabled()
    # Keyboard: Ctrl-Shift-M opens the lint panel with the diagnostics and their fixes.
    page.locator("#editor .cm-content").focus()
    page.keyboard.press("Control+Shift+KeyM")
    panel = page.locator(".cm-panel-lint")
    expect(panel).to_contain_text("cannot find value")
    panel.locator("button", has_text="a local variable with a similar name exists").click()
    assert 'println!("The answer is {}", answer);' in ide.code()
    page.keyboard.press("Escape")
    page.keyboard.press("Control+Enter")  # runs from the editor
    ide.wait_for_result()
    expect(page.locator("#output .out-status-line")).to_have_text("exit code: 0")
    expect(page.locator("#progress-label")).to_have_text("2 of 4 exercises done")


def test_underline_counts_utf8_bytes_as_rustc_does(ide: IdePage) -> None:
    """rustc's spans are UTF-8 byte offsets; the editor counts UTF-16 units."""
    page = ide.page
    page.goto(f"{ide.origin}/#/playground")
    expect(page.locator("#exercise-title")).to_have_text("Playground")
    ide.run('fn main() {\n    let café = "☕ 𝄞 non-ASCII before the error";\n    let n: i32 = "five";\n    println!("{} {}", café, n);\n}\n')
    assert lint_text(ide) == '"five"'


def test_test_mode_exercise(ide: IdePage, screenshot_dir: Path) -> None:
    page = ide.page
    page.goto(f"{ide.origin}/#/exercise/{PACK}/functions1")
    expect(page.locator("#editor-heading")).to_have_text("functions1.rs")
    expect(page.locator("#run")).to_have_text("Test")
    output = ide.click_run()
    assert "test doubles ... FAILED" in output
    expect(page.locator("#output .c-error", has_text="test result: FAILED.")).to_have_count(1)
    expect(page.locator("#output .out-status-line")).to_have_text("0 passed, 1 failed (exit code: 101)")
    assert sidebar_state(ide, "functions1") == "attempted"
    ide.screenshot(screenshot_dir, "exercise-test-failed-desktop")
    ide.set_code(ide.code().replace("x + x + 1", "x + x"))
    output = ide.click_run()
    assert "test doubles ... ok" in output
    expect(page.locator("#output .c-ok", has_text="test result: ok.")).to_have_count(1)
    expect(page.locator("#progress-label")).to_have_text("3 of 4 exercises done")


def test_state_survives_a_reload(ide: IdePage) -> None:
    page = ide.page
    page.goto(f"{ide.origin}/#/exercise/{PACK}/variables1")
    page.reload()
    ide.wait_until_ready()
    expect(page.locator("#progress-label")).to_have_text("3 of 4 exercises done")
    for name, state in [("intro1", "not_started"), ("variables1", "done"), ("variables2", "done"), ("functions1", "done")]:
        assert sidebar_state(ide, name) == state, name
    assert "let mut count = 1;" in ide.code()
    # Reset brings back the original code (and keeps the exercise done).
    page.locator("#reset").click()
    assert "    let count = 1;\n" in ide.code()
    expect(page.locator("#exercise-state")).to_contain_text("done")
    assert not ide.errors, ide.errors


def test_no_serious_accessibility_violations(ide: IdePage) -> None:
    page = ide.page
    violations = ide.axe_violations()
    assert not violations, violations
    page.goto(f"{ide.origin}/#/playground")
    expect(page.locator("#exercise-title")).to_have_text("Playground")
    assert not ide.axe_violations()


def test_phone_width_screenshots(ide: IdePage, screenshot_dir: Path) -> None:
    page = ide.page
    page.set_viewport_size(PHONE)
    page.goto(f"{ide.origin}/#/exercise/{PACK}/variables2")
    expect(page.locator("#editor-heading")).to_have_text("variables2.rs")
    ide.set_code(ide.code().replace("answer);", "anwser);"))
    ide.click_run()
    ide.screenshot(screenshot_dir, "exercise-error-phone")
    scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
    assert scroll_width <= PHONE["width"], f"the page scrolls sideways at 360 px ({scroll_width} px wide)"
    toggle = page.locator("#menu-toggle")
    expect(toggle).to_be_visible()
    toggle.click()
    expect(page.locator("#sidebar")).to_be_visible()
    ide.screenshot(screenshot_dir, "exercise-list-phone")
    assert not ide.axe_violations()
    page.keyboard.press("Escape")
    expect(page.locator("#sidebar")).to_be_hidden()
    page.goto(f"{ide.origin}/#/playground")
    ide.screenshot(screenshot_dir, "playground-phone")
    page.set_viewport_size(DESKTOP)
    ide.screenshot(screenshot_dir, "playground-desktop")
