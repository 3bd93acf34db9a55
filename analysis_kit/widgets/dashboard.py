"""Dashboard: overview, the three explorers and the coding sheet in tabs, with an upload."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import warnings
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import polars as pl
import traitlets

from analysis_kit._html import esc, table_html
from analysis_kit.corpus import Corpus, LoadError, LoadWarning, example, load
from analysis_kit.export import safe_filename
from analysis_kit.widgets._common import LANGS, labels
from analysis_kit.widgets.actors import ActorExplorer
from analysis_kit.widgets.coding import CodingSheet
from analysis_kit.widgets.framing import FramingComparison
from analysis_kit.widgets.sentiment import SentimentExplorer

__all__ = ["UPLOAD_TYPES", "Dashboard", "serve"]

#: File types the upload accepts.
UPLOAD_TYPES = (".txt", ".md", ".html", ".htm", ".csv", ".tsv", ".json", ".jsonl", ".zip")

#: JupyterLab front-end extensions Voila does not load for the dashboard (Notebook 7's
#: and Voila's own JupyterLab preview: neither is needed in a Voila page).
VOILA_SKIP = ("@jupyter-notebook/lab-extension", "@voila-dashboards/jupyterlab-preview")

_TABS = ("overview", "sentiment_tab", "actors_tab", "framing_tab", "coding_tab")


class Dashboard(widgets.VBox):  # type: ignore[misc]
    """Tabs for an overview, the sentiment, actor and framing explorers and the coding sheet.

    Parameters
    ----------
    corpus
        The corpus (default: the bundled example article).
    left, right
        The sides of the framing tab.
    coding_path
        The coding sheet's file (default ``coding.json`` in the working folder).
    replicates
        Bootstrap replicates of the framing tab.
    lang
        ``"en"`` or ``"de"`` labels.

    Attributes
    ----------
    corpus : Corpus
        The corpus shown (replaced by an upload).
    tab : traitlets.Int
        The selected tab (0 overview, 1 sentiment, 2 actors, 3 framing, 4 coding).
    lang : traitlets.Enum
        ``"en"`` or ``"de"``; passed on to every tab.
    sentiment, actors, framing, coding
        The widgets of the tabs (:class:`SentimentExplorer`, :class:`ActorExplorer`,
        :class:`FramingComparison`, :class:`CodingSheet`; the coding tab shows why instead
        when the corpus has nothing to code, or its file cannot be read).

    Examples
    --------
    >>> import tempfile, analysis_kit as ak
    >>> d = ak.widgets.Dashboard(coding_path=f"{tempfile.mkdtemp()}/codes.json")
    >>> d.tabs.titles
    ('Overview', 'Sentiment', 'Actors', 'Framing', 'Coding')
    >>> d.load_files([("neu.txt", "Titel\\n\\nDie NATO und Russland reden.".encode())])
    >>> d.corpus.articles["article_id"].to_list()
    ['neu.txt']
    """

    tab = traitlets.Int(0)
    lang = traitlets.Enum(list(LANGS), "en")

    def __init__(
        self,
        corpus: Corpus | None = None,
        *,
        left: str = "NATO",
        right: str = "Russia",
        coding_path: str | os.PathLike[str] = "coding.json",
        replicates: int = 2000,
        lang: str = "en",
    ) -> None:
        self._left, self._right = left, right
        self._coding_path = Path(coding_path)
        self._replicates = replicates
        t = labels(lang)
        self.upload = widgets.FileUpload(
            accept=",".join(UPLOAD_TYPES),
            multiple=True,
            description=t["upload_button"],
            icon="",  # no icon: Notebook 7 does not serve Font Awesome's font file
        )
        self.upload_label = widgets.HTML()
        self.status = widgets.HTML()
        self.overview_view = widgets.HTML()
        self.tabs = widgets.Tab()
        super().__init__(
            children=[widgets.HBox([self.upload, self.upload_label]), self.status, self.tabs]
        )
        self.add_class("ak-dashboard")
        self.upload.observe(self._on_upload, "value")
        self.tabs.observe(lambda c: setattr(self, "tab", c["new"]), "selected_index")
        self.set_trait("lang", lang)
        self.corpus = corpus if corpus is not None else example()
        self._build()

    def _build(self) -> None:
        t = labels(self.lang)
        corpus = self.corpus
        self.sentiment = SentimentExplorer(corpus, lang=self.lang)
        self.actors = ActorExplorer(corpus, lang=self.lang)
        sides = [s for s in (self._left, self._right)]
        self.framing = FramingComparison(
            corpus, sides[0], sides[1], replicates=self._replicates, lang=self.lang
        )
        coding: Any
        try:
            coding = CodingSheet(corpus, path=self._coding_path, sides=sides, lang=self.lang)
        except ValueError as error:  # nothing to code (no German body paragraphs), a bad file
            coding = widgets.HTML(f"<i>{esc(error)}</i>")
        self.coding = coding
        self.overview_view.value = table_html(corpus.overview(), max_rows=100)
        self.tabs.children = [
            self.overview_view,
            self.sentiment,
            self.actors,
            self.framing,
            self.coding,
        ]
        self.tabs.titles = tuple(t[k] for k in _TABS)
        self.tabs.selected_index = self.tab
        self.upload_label.value = f"<small>{esc(t['upload'])}</small>"

    @traitlets.validate("tab")
    def _check_tab(self, proposal: dict[str, Any]) -> int:
        value = int(proposal["value"])
        if not 0 <= value < len(_TABS):
            raise traitlets.TraitError(f"tab={value}: use 0 to {len(_TABS) - 1}")
        return value

    @traitlets.observe("tab")
    def _on_tab(self, change: dict[str, Any]) -> None:
        self.tabs.selected_index = self.tab

    @traitlets.observe("lang")
    def _on_lang(self, change: dict[str, Any]) -> None:
        if not hasattr(self, "sentiment"):
            return
        t = labels(self.lang)
        for child in (self.sentiment, self.actors, self.framing, self.coding):
            if hasattr(child, "lang"):
                child.lang = self.lang
        self.tabs.titles = tuple(t[k] for k in _TABS)
        self.upload_label.value = f"<small>{esc(t['upload'])}</small>"
        self.upload.description = t["upload_button"]

    # ------------------------------------------------------------------ upload
    def load_files(self, files: list[tuple[str, bytes]]) -> None:
        """Analyse uploaded files instead of the current corpus.

        Parameters
        ----------
        files
            ``(file name, content)`` pairs; names are reduced to safe file names.
            Files that cannot be read are listed in the status line and skipped; the
            current corpus stays when none can be read.
        """
        t = labels(self.lang)
        folder = Path(tempfile.mkdtemp(prefix="analysis_kit-upload-"))
        for name, content in files:
            stem, dot, suffix = Path(name).name.rpartition(".")
            safe = safe_filename(stem or suffix) + (f".{suffix.lower()}" if dot else "")
            (folder / safe).write_bytes(bytes(content))
        try:
            with warnings.catch_warnings():
                # the problems are shown in the status line below
                warnings.simplefilter("ignore", LoadWarning)
                corpus = load(folder)
        except LoadError as error:
            self.status.value = (
                f"<span style='color:#c0392b'>{esc(t['load_failed'])}: {esc(error)}</span>"
            )
            return
        if corpus.articles.height == 0:
            self.status.value = f"<span style='color:#c0392b'>{esc(t['load_failed'])}</span>"
            return
        message = f"{esc(t['loaded'])}: {corpus.articles.height} {esc(t['article'])}"
        if corpus.problems.height:
            message += f"; {esc(t['problems'])}: " + table_html(
                corpus.problems.with_columns(pl.all().cast(pl.String))
            )
        self.corpus = corpus
        # the codes of an upload go to their own file, next to the first one
        ids = "\n".join(sorted(corpus.articles["article_id"].to_list()))
        digest = hashlib.sha256(ids.encode()).hexdigest()[:10]
        base = self._coding_path
        self._coding_path = base.with_name(f"{base.stem}-upload-{digest}{base.suffix}")
        self._build()
        self.status.value = message

    def _on_upload(self, change: dict[str, Any]) -> None:
        files = [(str(f["name"]), bytes(f["content"])) for f in change["new"]]
        if files:
            self.load_files(files)


def serve(
    source: str | os.PathLike[str] | None = None,
    *,
    port: int | None = None,
    lang: str = "en",
    coding_path: str | os.PathLike[str] = "coding.json",
    ready_timeout: float = 120.0,
) -> int:
    """Serve the dashboard with Voila on 127.0.0.1 until Ctrl-C.

    Parameters
    ----------
    source
        What :func:`analysis_kit.load` reads (default: the bundled example).
    port
        The port (default: a free one).
    lang
        ``"en"`` or ``"de"`` labels.
    coding_path
        Where the coding sheet saves its codes (made absolute here).
    ready_timeout
        Seconds to wait for Voila to accept connections.

    Returns
    -------
    int
        0 after Ctrl-C (or when Voila ends normally), Voila's status otherwise.
    """
    import importlib.util
    import shutil
    import signal
    import socket
    import subprocess
    import sys
    import time
    from importlib import resources

    labels(lang)  # checks lang
    if importlib.util.find_spec("voila") is None:
        raise ImportError(
            "the dashboard needs Voila: pip install 'analysis_kit[dashboard]' (or voila)"
        )
    if source is not None and not any(ch in str(source) for ch in "*?["):
        if not Path(source).exists():
            raise LoadError(str(source), "no such file or folder")
        source = Path(source).resolve()
    if port is None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
    folder = Path(tempfile.mkdtemp(prefix="analysis_kit-dashboard-"))
    notebook = folder / "dashboard.ipynb"
    template = resources.files("analysis_kit") / "data" / "dashboard.ipynb"
    notebook.write_bytes(template.read_bytes())
    env = dict(os.environ)
    # analysis_kit's Voila template (no style sheets from a CDN) is found on JUPYTER_PATH
    jupyter_data = str(resources.files("analysis_kit") / "data" / "jupyter")
    env["JUPYTER_PATH"] = os.pathsep.join(p for p in (jupyter_data, env.get("JUPYTER_PATH")) if p)
    env["ANALYSIS_KIT_LANG"] = lang
    env["ANALYSIS_KIT_CODING"] = str(Path(coding_path).resolve())
    if source is not None:
        env["ANALYSIS_KIT_SOURCE"] = str(source)
    command = [
        sys.executable,
        "-m",
        "voila",
        str(notebook),
        f"--port={port}",
        "--no-browser",
        "--Voila.ip=127.0.0.1",
        "--Voila.port_retries=0",
        "--show_tracebacks=True",
        "--template=analysis_kit",
        # front-end extensions of JupyterLab and Notebook 7 installed beside Voila are built
        # for another JupyterLab than Voila's and fail to load in its page: leave them out
        *[f"--VoilaConfiguration.extension_denylist={name}" for name in VOILA_SKIP],
    ]
    url = f"http://127.0.0.1:{port}/"

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    # Ctrl-C (and a plain kill) stop the server cleanly, also where the shell started
    # this process with SIGINT ignored (background jobs)
    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        # outside the main thread the handlers stay as they are
        with contextlib.suppress(ValueError):
            previous[signum] = signal.signal(signum, interrupt)
    process = subprocess.Popen(
        command,
        env=env,
        cwd=folder,
        preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
    )
    try:
        deadline = time.monotonic() + ready_timeout
        while time.monotonic() < deadline and process.poll() is None:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        if process.poll() is not None:
            return int(process.returncode or 1)
        print(f"analysis_kit dashboard: {url}  (Ctrl-C stops it)", flush=True)
        return int(process.wait() or 0)
    except KeyboardInterrupt:
        print("\nanalysis_kit dashboard: stopping", flush=True)
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        return 0
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        shutil.rmtree(folder, ignore_errors=True)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    # Linux: Voila gets SIGTERM when the command that started it dies, even by SIGKILL,
    # so no server is left behind.
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
