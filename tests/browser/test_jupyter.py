"""The widgets in JupyterLab 4 and Notebook 7, in Chromium: they render and clicks reach Python.

JupyterLab and Notebook 7 print a few errors of their own on any page (Notebook 7:
"Command 'filebrowser:open-path' not registered", a font it does not serve). Each test
first opens an empty notebook to record those, and then requires that the dashboard
adds no error to them.
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

import nbformat
import pytest

from tests.browser.conftest import FIXTURES, Page

ROOT = Path(__file__).parent.parent.parent
TIMEOUT = 120_000

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("jupyterlab") is None or importlib.util.find_spec("notebook") is None,
    reason="jupyterlab and notebook are not installed: `pip install -e '.[dev]'`",
)


@pytest.fixture(scope="module")
def jupyter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("jupyter")
    shutil.copy(ROOT / "notebooks" / "dashboard.ipynb", folder / "dashboard.ipynb")
    empty = nbformat.v4.new_notebook()
    empty.cells = [nbformat.v4.new_code_cell("1 + 1")]
    empty.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(empty, folder / "empty.ipynb")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ)
    env["ANALYSIS_KIT_SOURCE"] = str(FIXTURES / "framing")
    env["ANALYSIS_KIT_CODING"] = str(folder / "coding.json")
    log = (folder / "jupyter.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--allow-root",
            "--no-browser",
            f"--port={port}",
            "--ServerApp.port_retries=0",
            "--ServerApp.ip=127.0.0.1",
            "--IdentityProvider.token=",
            "--ServerApp.password=",
            f"--ServerApp.root_dir={folder}",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if process.poll() is not None:
                raise RuntimeError((folder / "jupyter.log").read_text())
            time.sleep(0.3)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def _open(browser: Any, url: str) -> tuple[Any, Page]:
    context = browser.new_context(viewport={"width": 1300, "height": 1400})
    page = Page(context.new_page())
    page.page.goto(url, timeout=TIMEOUT)
    page.page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=TIMEOUT)
    page.page.wait_for_timeout(3000)
    return context, page


@pytest.mark.parametrize("app", ["lab/tree", "notebooks"], ids=["JupyterLab 4", "Notebook 7"])
def test_dashboard_in_jupyter(browser: Any, jupyter: str, app: str, tmp_path: Path) -> None:
    # "?reset": JupyterLab would otherwise reopen the tabs of the last page (its workspace)
    context, baseline = _open(browser, f"{jupyter}/{app}/empty.ipynb?reset")
    context.close()

    context, page = _open(browser, f"{jupyter}/{app}/dashboard.ipynb?reset")
    p = page.page
    p.locator(".jp-Notebook .jp-Cell").first.click()
    for _ in range(2):
        p.keyboard.press("Shift+Enter")
        p.wait_for_timeout(500)
    p.wait_for_selector(".ak-dashboard .lm-TabBar-tab", timeout=TIMEOUT)
    p.locator(".ak-dashboard .lm-TabBar-tab", has_text="Sentiment").click()
    scope = ".ak-sentiment-explorer"
    p.wait_for_selector(f"{scope} .mark-rect path", state="attached", timeout=TIMEOUT)
    bars = p.locator(f"{scope} .mark-rect path").all()
    widths = [(b.bounding_box() or {"width": 0})["width"] for b in bars]
    bars[widths.index(max(widths))].click()
    p.wait_for_selector(f"{scope} mark", timeout=TIMEOUT)  # the click came back to Python
    p.screenshot(path=str(tmp_path / f"{app.split('/')[0]}.png"))
    assert p.locator(f"{scope} mark").count() > 0
    assert set(page.errors) <= set(baseline.errors), page.errors
    assert page.external == []
    context.close()
