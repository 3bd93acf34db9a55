"""Real-browser tests: Voila serves the dashboard, Debian's Chromium drives it (Playwright).

They need ``/usr/bin/chromium`` (``apt-get install chromium``; ``.ci/run`` installs it
when missing), the Python packages ``playwright`` and ``voila`` (both in the ``dev``
extra; no ``playwright install`` is needed, the system Chromium is used). Where one is
missing the tests are skipped with a reason that says how to enable them; every other
test still runs. ``AK_CHROMIUM`` points to another Chromium binary.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("AK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
FIXTURES = Path(__file__).parent.parent / "fixtures"


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return (
            f"Chromium not found at {CHROMIUM}: install it with `apt-get install chromium` "
            "(or set AK_CHROMIUM) to run the browser tests"
        )
    for module in ("playwright", "voila"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed: `pip install -e '.[dev]'` to run the browser tests"
    return None


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    reason = _missing()
    if reason is None:
        return
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.skip(reason=reason))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """A dashboard served by ``analysis-kit dashboard`` on a free local port."""

    def __init__(self, source: Path | None, folder: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        command = [sys.executable, "-m", "analysis_kit.cli", "dashboard"]
        if source is not None:
            command.append(str(source))
        command += ["--port", str(self.port), "--coding", str(folder / "coding.json")]
        self.log = folder / "server.log"
        self._log = self.log.open("w")
        self.process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the dashboard server stopped:\n{self.log.read_text()}")
            if "analysis_kit dashboard: http" in self.log.read_text():
                return
            time.sleep(0.3)
        raise RuntimeError(f"the dashboard server did not start:\n{self.log.read_text()}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The dashboard on the four fixture articles of tests/fixtures/framing."""
    folder = tmp_path_factory.mktemp("dashboard")
    srv = Server(FIXTURES / "framing", folder)
    yield srv
    srv.stop()


class Page:
    """A page with its console errors and every request that left 127.0.0.1."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.external: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", self._request)

    def _request(self, request: Any) -> None:
        url = request.url
        if not url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "blob:", "data:", "file:")):
            self.external.append(url)


@pytest.fixture(scope="session")
def dashboard(browser: Any, server: Server) -> Iterator[Page]:
    """One page for all tests (Voila runs the notebook per page load, ~15 s here)."""
    context = browser.new_context(viewport={"width": 1280, "height": 1400})
    page = Page(context.new_page())
    page.page.goto(server.url, timeout=180_000)
    page.page.wait_for_selector(".ak-dashboard .lm-TabBar-tab", timeout=180_000)
    yield page
    context.close()
