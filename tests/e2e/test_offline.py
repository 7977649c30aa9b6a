"""Offline: after one online visit (the service worker precaches the app, the runtime
bundle and the packs), with the server stopped and the network off, a reload opens the
IDE, an exercise opens and a program runs. Its own server, so it can be stopped."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, expect

from e2e_ide import DESKTOP, IdePage

PACK = "basics"


def test_reload_offline_with_the_server_stopped_still_runs(browser: Browser, start_server, screenshot_dir: Path) -> None:
    server = start_server()
    context = browser.new_context(viewport=DESKTOP)
    try:
        ide = IdePage(context.new_page(), server.url)
        page = ide.page
        ide.open(f"/#/exercise/{PACK}/variables1")
        # The service worker has precached everything and controls the page.
        expect(page.locator("body")).to_have_attribute("data-offline", "ready", timeout=60_000)
        page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=30_000)
        caches = page.evaluate("() => caches.keys()")
        assert len(caches) == 1 and caches[0].startswith("ferrite-"), caches

        server.stop()
        context.set_offline(True)
        page.reload()
        ide.wait_until_ready()
        assert page.evaluate("() => window.crossOriginIsolated") is True, "cached responses lost COOP/COEP"
        expect(page.locator("#exercise-title")).to_have_text("Variables1")
        expect(page.locator("#progress-label")).to_have_text("0 of 4 exercises done")
        assert "error[E0384]" in ide.click_run()
        output = ide.run('fn main() {\n    println!("offline {}", 6 * 7);\n}\n')
        assert "offline 42" in output
        # Another exercise, never opened online, comes from the precached packs.
        page.locator(f'#exercise-list a[data-exercise="{PACK}/functions1"]').click()
        expect(page.locator("#run")).to_have_text("Test")
        ide.screenshot(screenshot_dir, "offline-desktop")
    finally:
        context.close()
