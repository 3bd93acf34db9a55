"""The dashboard in Chromium: it loads cleanly and every view answers a click."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import analysis_kit as ak

TIMEOUT = 60_000
SCOPES = {
    "Sentiment": ".ak-sentiment-explorer",
    "Actors": ".ak-actor-explorer",
    "Framing": ".ak-framing-comparison",
}


def tab(page: Any, title: str) -> None:
    page.locator(".ak-dashboard .lm-TabBar-tab", has_text=title).click()


def chart_text(page: Any, scope: str) -> str:
    return str(page.locator(f"{scope} svg").first.text_content() or "")


def widest_bar(page: Any, scope: str) -> Any:
    bars = page.locator(f"{scope} .mark-rect path").all()
    sized = [((b.bounding_box() or {"width": 0})["width"], i) for i, b in enumerate(bars)]
    return bars[max(sized)[1]]


def test_dashboard_loads_without_errors_and_offline(dashboard: Any, tmp_path: Path) -> None:
    page = dashboard.page
    titles = page.locator(".ak-dashboard .lm-TabBar-tab").all_inner_texts()
    assert titles == ["Overview", "Sentiment", "Actors", "Framing", "Coding"]
    shots = Path(os.environ.get("AK_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    for i, title in enumerate(titles):
        tab(page, title)
        if title in SCOPES:
            page.wait_for_selector(f"{SCOPES[title]} svg", state="visible", timeout=TIMEOUT)
        page.wait_for_timeout(500)
        page.screenshot(path=str(shots / f"dashboard-{i}-{title.lower()}.png"), full_page=True)
        assert (shots / f"dashboard-{i}-{title.lower()}.png").stat().st_size > 10_000
    assert dashboard.errors == []
    assert dashboard.external == []


def test_choosing_an_article_changes_the_sentiment_chart(dashboard: Any) -> None:
    page = dashboard.page
    tab(page, "Sentiment")
    scope = ".ak-sentiment-explorer"
    page.wait_for_selector(f"{scope} svg", timeout=TIMEOUT)
    before = chart_text(page, scope)
    corpus = ak.load(Path(__file__).parent.parent / "fixtures" / "framing")
    title, aid = corpus.articles.select("title", "article_id").row(2)
    box = page.locator(f"{scope} input[type=text]").first
    box.fill(f"{title} [{aid}]")
    box.press("Enter")
    page.wait_for_function(
        "([sel, old]) => { const s = document.querySelector(sel + ' svg');"
        " return s && s.textContent !== old; }",
        arg=[scope, before],
        timeout=TIMEOUT,
    )
    assert title in chart_text(page, scope)
    assert dashboard.errors == []


def test_clicking_a_paragraph_bar_highlights_its_words(dashboard: Any) -> None:
    page = dashboard.page
    tab(page, "Sentiment")
    scope = ".ak-sentiment-explorer"
    page.wait_for_selector(f"{scope} .mark-rect path", state="attached", timeout=TIMEOUT)
    widest_bar(page, scope).click()
    page.wait_for_selector(f"{scope} mark", timeout=TIMEOUT)
    marks = page.locator(f"{scope} mark").all_inner_texts()
    assert marks and all(m.strip() for m in marks)
    # (the words' table is another output of the widget: it may come a moment after the marks
    # on a busy machine; count() does not wait)
    page.wait_for_selector(f"{scope} table.ak-table", timeout=TIMEOUT)
    assert page.locator(f"{scope} table.ak-table").count() == 1
    assert dashboard.errors == []


def test_switching_sides_changes_the_comparison(dashboard: Any) -> None:
    page = dashboard.page
    tab(page, "Framing")
    scope = ".ak-framing-comparison"
    page.wait_for_selector(f"{scope} svg", timeout=TIMEOUT)
    before = chart_text(page, scope)
    assert "Russia" in before
    page.locator(f"{scope} select").nth(1).select_option("Ukraine")
    page.wait_for_function(
        "([sel, old]) => { const s = document.querySelector(sel + ' svg');"
        " return s && s.textContent !== old && s.textContent.includes('Ukraine'); }",
        arg=[scope, before],
        timeout=TIMEOUT,
    )
    # the chart and the table arrive as separate widget messages: wait for the table too
    page.wait_for_function(
        "(sel) => [...document.querySelectorAll(sel + ' table.ak-table th')]"
        ".some((th) => th.textContent.trim() === 'Ukraine')",
        arg=scope,
        timeout=TIMEOUT,
    )
    header = page.locator(f"{scope} table.ak-table th").all_inner_texts()
    assert "Ukraine" in header and "Russia" not in header
    assert dashboard.errors == []


def test_report_renders_every_chart_without_network(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "report"
    ak.report(ak.example(), out, replicates=200)
    charts = sorted((out / "charts").glob("*.svg")) if (out / "charts").exists() else []
    context = browser.new_context(offline=True)
    blocked: list[str] = []

    def block(route: Any) -> None:
        if not route.request.url.startswith("file:"):
            blocked.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", block)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto((out / "index.html").as_uri())
    svgs = page.locator("svg").all()
    drawn = [s for s in svgs if (s.bounding_box() or {"width": 0})["width"] > 50]
    assert len(drawn) >= max(len(charts), 1)
    for svg in drawn:
        assert re.search(r"<(path|rect|line|text)\b", svg.inner_html())
    assert blocked == [] and errors == []
    context.close()
