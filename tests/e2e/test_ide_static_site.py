"""The static build, without any API: served by a plain static file server (Python's
http.server, adding the COOP/COEP headers a host would be configured with). Packs come
from /packs.json, progress stays in the browser, solutions come from packs.json.

The site is written by `make dist`'s own code (`server.dist.build`: the client at the root,
the runtime bundle under runtime/, packs.json), with the fixture pack as its packs."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from e2e_paths import CLIENT_DIR, FIXTURE_PACKS, RUNTIME_DIR, check_builds
from e2e_ide import DESKTOP, PHONE, IdePage

PACK = "basics"


class StaticHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript",
                      ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json"}

    def end_headers(self) -> None:
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # quiet
        pass


def assemble_site(target: Path) -> Path:
    from server.dist import build

    check_builds()
    build(target, CLIENT_DIR, RUNTIME_DIR, FIXTURE_PACKS)
    return target


@pytest.fixture(scope="module")
def static_origin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = assemble_site(tmp_path_factory.mktemp("static") / "site")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(StaticHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_static_site_works_end_to_end_without_the_api(browser: Browser, static_origin: str, screenshot_dir: Path) -> None:
    context = browser.new_context(viewport=DESKTOP)
    try:
        ide = IdePage(context.new_page(), static_origin)
        page = ide.page
        ide.open("/")
        expect(page.locator("body")).to_have_attribute("data-api", "no")
        expect(page).to_have_url(f"{static_origin}/#/exercise/{PACK}/intro1")
        expect(page.locator("#account")).to_be_hidden()
        expect(page.locator("#sync-state")).to_have_text("Saved in this browser")
        ide.open_exercise(PACK, "variables1")
        assert "error[E0384]" in ide.click_run()
        expect(page.locator("#editor .cm-lintRange-error")).to_have_count(1)
        page.locator("#editor .cm-lintRange-error").first.hover()
        page.locator(".cm-tooltip-lint .cm-diagnosticAction").first.click()
        page.wait_for_function("() => window.ferrite.getCode().includes('let mut count = 1;')")
        output = ide.click_run()
        assert "count is 2" in output, output
        expect(page.locator("#progress-label")).to_have_text("1 of 4 exercises done")
        page.locator("#solution").click()
        expect(page.locator("#solution-code")).to_contain_text("let mut count = 1;")
        ide.screenshot(screenshot_dir, "static-done-desktop")
        page.reload()
        ide.wait_until_ready()
        expect(page.locator("#progress-label")).to_have_text("1 of 4 exercises done")
        # The playground's share link carries the code in the fragment only.
        page.goto(f"{static_origin}/#/playground")
        # (the route loads the playground's stored program asynchronously: setting the
        # code before it has would be overwritten)
        expect(page.locator("#exercise-title")).to_have_text("Playground")
        ide.set_code('fn main() {\n    println!("shared: {}", 1 + 1); // e2e-marker-share\n}\n')
        page.locator("#share").click()
        link = page.locator("#share-link").input_value()
        assert link.startswith(f"{static_origin}/#/playground/") and "e2e-marker-share" not in link
        page.set_viewport_size(PHONE)
        ide.screenshot(screenshot_dir, "playground-share-phone")
        fresh = IdePage(context.new_page(), static_origin)
        fresh.page.goto(link)
        fresh.wait_until_ready()
        fresh.page.wait_for_function("() => window.ferrite.getCode().includes('e2e-marker-share')")
        output = fresh.click_run()
        assert "shared: 2" in output, output
        ide.assert_program_stayed_local("e2e-marker-share")
        assert not [e for e in ide.errors if "404" not in e], ide.errors  # /api/config: 404, as a static host answers
    finally:
        context.close()
