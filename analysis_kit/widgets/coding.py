"""CodingSheet: hand-code a sample of paragraphs, compare with the engine and other coders.

A teaching and validation tool. Students code a seeded random sample of body paragraphs:
the paragraph's sentiment (negative, neutral, positive) and which sides it names. Every
code is saved at once to a JSON file (written to a temporary file and renamed, so a
crash never leaves half a file), and a sheet opened on the same file continues where it
stopped. The sheet reports Krippendorff's alpha between coders and between each coder
and the engine (sentiment as ordinal, each side as nominal yes/no), with the confusion
table of sentiment codes against the engine's labels.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import polars as pl
import traitlets

from analysis_kit._html import esc, table_html
from analysis_kit.actors import DEFAULT_ACTORS, ActorLexicon, mentions
from analysis_kit.corpus import Corpus
from analysis_kit.sentiment import sentiment as _sentiment
from analysis_kit.stats import agreement, confusion
from analysis_kit.widgets._common import LANGS, labels

__all__ = ["SENTIMENT_VALUES", "CodingSheet"]

#: Sentiment codes, from lowest to highest (the engine's labels use the same words).
SENTIMENT_VALUES = ("negative", "neutral", "positive")

_ENGINE = "engine"


class CodingSheet(widgets.VBox):  # type: ignore[misc]
    """Code paragraphs by hand; agreement with the engine and between coders.

    Parameters
    ----------
    corpus
        The corpus.
    path
        The JSON file the codes are saved to after every code (written at the first
        code; an existing file is continued: its sample, codebook and codes are used).
    n, seed
        Size and seed of the random sample of body paragraphs (German ones only).
    sides
        The sides coders mark as named (default ``("NATO", "Russia")``).
    coder
        The coder's name (codes are only recorded with a name).
    lexicon
        Actor lexicon for the engine's sides (default :data:`analysis_kit.DEFAULT_ACTORS`).
    lang
        ``"en"`` or ``"de"`` labels.

    Attributes
    ----------
    coder : traitlets.Unicode
        Who is coding.
    index : traitlets.Int
        The paragraph of the sample shown (0-based).
    sentiment : traitlets.Unicode
        The current coder's sentiment code of the shown paragraph (``""``: not coded);
        setting it records and saves the code.
    sides : traitlets.List
        The sides the current coder marked as named in the shown paragraph; setting it
        records and saves the code.
    lang : traitlets.Enum
        ``"en"`` or ``"de"``.
    sample : pl.DataFrame
        The paragraphs to code, with the engine's label and sides.

    Examples
    --------
    >>> import tempfile, analysis_kit as ak
    >>> folder = tempfile.mkdtemp()
    >>> sheet = ak.widgets.CodingSheet(ak.example(), path=f"{folder}/codes.json", n=3, coder="ana")
    >>> sheet.sentiment = "negative"
    >>> sheet.codes().select("coder", "sentiment").rows()
    [('ana', 'negative')]
    >>> ak.widgets.CodingSheet(ak.example(), path=f"{folder}/codes.json").codes().height
    1
    """

    coder = traitlets.Unicode("")
    index = traitlets.Int(0)
    sentiment = traitlets.Unicode("")
    sides = traitlets.List(traitlets.Unicode())
    lang = traitlets.Enum(list(LANGS), "en")

    def __init__(
        self,
        corpus: Corpus,
        *,
        path: str | os.PathLike[str] = "coding.json",
        n: int = 20,
        seed: int = 0,
        sides: Sequence[str] = ("NATO", "Russia"),
        coder: str = "",
        lexicon: ActorLexicon | None = None,
        lang: str = "en",
    ) -> None:
        self.corpus = corpus
        self.path = Path(path)
        self._lexicon = lexicon or DEFAULT_ACTORS
        state = self._read_state() if self.path.exists() else None
        if state is not None:
            self.codebook: dict[str, Any] = state["codebook"]
            items = pl.DataFrame(
                state["items"], schema={"article_id": pl.String, "paragraph": pl.Int32}
            )
            self._codes: list[dict[str, Any]] = list(state["codes"])
            missing = items.join(
                corpus.paragraphs.select("article_id", "paragraph"),
                on=["article_id", "paragraph"],
                how="anti",
            )
            if missing.height:
                raise ValueError(
                    f"{self.path}: {missing.height} of the {items.height} coded paragraphs are "
                    "not in this corpus (a sheet of another corpus?); use another path"
                )
        else:
            items = self._draw_sample(n, seed)
            self.codebook = _codebook(list(sides), n=items.height, seed=seed)
            self._codes = []
        self._side_names: list[str] = list(self.codebook["variables"][1]["values"])
        self.sample = self._with_engine(items)
        t = labels(lang)
        self.coder_field = widgets.Text(value=coder, description=t["coder"])
        self.position = widgets.HTML()
        self.text_view = widgets.HTML()
        self.sentiment_picker = widgets.RadioButtons(
            options=[(t[v], v) for v in SENTIMENT_VALUES], index=None, description=t["sentiment"]
        )
        self.side_boxes = [widgets.Checkbox(value=False, description=s) for s in self._side_names]
        self.side_title = widgets.HTML()
        self.previous_button = widgets.Button(description=t["previous"])
        self.next_button = widgets.Button(description=t["next"])
        self.saved = widgets.HTML()
        self.agreement_view = widgets.HTML()
        self.folder = widgets.Text(value="coding-export", description=t["export_folder"])
        self.export_button = widgets.Button(description=t["export_codes"])
        self.export_status = widgets.HTML()
        super().__init__(
            children=[
                self.coder_field,
                self.position,
                self.text_view,
                self.sentiment_picker,
                self.side_title,
                widgets.HBox(self.side_boxes),
                widgets.HBox([self.previous_button, self.next_button]),
                self.saved,
                self.agreement_view,
                widgets.HBox([self.folder, self.export_button]),
                self.export_status,
            ]
        )
        self.add_class("ak-coding-sheet")
        self._showing = False
        self.coder_field.observe(lambda c: setattr(self, "coder", c["new"].strip()), "value")
        self.sentiment_picker.observe(self._on_pick_sentiment, "value")
        for box in self.side_boxes:
            box.observe(self._on_pick_side, "value")
        self.previous_button.on_click(lambda _b: self._step(-1))
        self.next_button.on_click(lambda _b: self._step(1))
        self.export_button.on_click(lambda _b: self._export_clicked())
        self.set_trait("lang", lang)
        self.set_trait("coder", coder.strip())
        self._show()

    # ------------------------------------------------------------------ sample
    def _draw_sample(self, n: int, seed: int) -> pl.DataFrame:
        body = self.corpus.paragraphs.filter(
            (pl.col("role") == "body") & (pl.col("language") == "de")
        ).select("article_id", "paragraph")
        if body.height == 0:
            raise ValueError("the corpus has no German body paragraphs to code")
        return body.sample(n=min(n, body.height), seed=seed, shuffle=True)

    def _with_engine(self, items: pl.DataFrame) -> pl.DataFrame:
        keys = ["article_id", "paragraph"]
        scores = _sentiment(self.corpus).select(*keys, pl.col("label").alias("engine_sentiment"))
        named = (
            mentions(self.corpus, self._lexicon)
            .filter(pl.col("side").is_in(self._side_names))
            .group_by(keys)
            .agg(pl.col("side").unique().sort().alias("engine_sides"))
        )
        return (
            items.with_row_index("item")
            .join(self.corpus.paragraphs.select(*keys, "text"), on=keys, how="left")
            .join(self.corpus.articles.select("article_id", "title"), on="article_id", how="left")
            .join(scores, on=keys, how="left")
            .join(named, on=keys, how="left")
            .with_columns(pl.col("engine_sides").fill_null([]))
            .sort("item")
        )

    # ------------------------------------------------------------------ state
    def _read_state(self) -> dict[str, Any]:
        try:
            state = json.loads(self.path.read_text(encoding="utf-8"))
            for key in ("codebook", "items", "codes"):
                state[key]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{self.path}: not a coding sheet file ({error})") from error
        return dict(state)

    def _save(self) -> None:
        state = {
            "format": "analysis_kit coding sheet 1",
            "codebook": self.codebook,
            "items": self.sample.select("article_id", "paragraph").to_dicts(),
            "codes": self._codes,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(state, out, ensure_ascii=False, indent=1)
        os.replace(tmp, self.path)

    def _record(self) -> None:
        if not self.coder:
            return
        item = self.sample.row(self.index, named=True)
        code = {
            "coder": self.coder,
            "article_id": item["article_id"],
            "paragraph": item["paragraph"],
            "sentiment": self.sentiment or None,
            "sides": sorted(self.sides),
            "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        self._codes = [
            c
            for c in self._codes
            if (c["coder"], c["article_id"], c["paragraph"])
            != (self.coder, item["article_id"], item["paragraph"])
        ] + [code]
        self._save()
        t = labels(self.lang)
        self.saved.value = f"<small>{esc(t['saved'])} {esc(self.path)}</small>"
        self._show_agreement()

    # ------------------------------------------------------------------ results
    def codes(self) -> pl.DataFrame:
        """Every code given so far.

        Returns
        -------
        pl.DataFrame
            ``coder, article_id, paragraph, sentiment, sides`` (a list), ``time``, one
            boolean column per side, and the engine's ``engine_sentiment`` and
            ``engine_sides``.
        """
        schema: dict[str, pl.DataType] = {
            "coder": pl.String(),
            "article_id": pl.String(),
            "paragraph": pl.Int32(),
            "sentiment": pl.String(),
            "sides": pl.List(pl.String),
            "time": pl.String(),
        }
        frame = pl.DataFrame(self._codes, schema=schema)
        return frame.with_columns(
            [pl.col("sides").list.contains(s).alias(s) for s in self._side_names]
        ).join(
            self.sample.select("article_id", "paragraph", "engine_sentiment", "engine_sides"),
            on=["article_id", "paragraph"],
            how="left",
        )

    def agreement(self) -> pl.DataFrame:
        """Krippendorff's alpha per variable, between coders and with the engine.

        Returns
        -------
        pl.DataFrame
            ``variable`` (``sentiment`` or a side), ``between`` (``"coders"`` or
            ``"<coder> and engine"``), ``alpha``, ``units`` (paragraphs coded by at
            least two of them) and ``level`` (``ordinal`` or ``nominal``).
        """
        keys = ["article_id", "paragraph"]
        engine = self.sample.select(
            *keys,
            pl.lit(_ENGINE).alias("coder"),
            pl.col("engine_sentiment").alias("sentiment"),
            *[pl.col("engine_sides").list.contains(s).alias(s) for s in self._side_names],
        )
        human = self.codes().select(*keys, "coder", "sentiment", *self._side_names)
        return (
            agreement(
                human,
                unit=keys,
                variables={"sentiment": "ordinal", **dict.fromkeys(self._side_names, "nominal")},
                reference=engine,
                orders={"sentiment": SENTIMENT_VALUES},
            )
            .rename({"reference": "with_engine"})
            .with_columns(
                pl.when(pl.col("with_engine"))
                .then(pl.col("between") + " and engine")
                .otherwise(pl.col("between"))
                .alias("between")
            )
            .drop("with_engine")
        )

    def confusion_table(self, coder: str | None = None) -> pl.DataFrame:
        """Sentiment codes (rows) against the engine's labels (columns).

        Parameters
        ----------
        coder
            One coder's codes (default: every coder's).

        Returns
        -------
        pl.DataFrame
            ``sentiment`` and one count column per engine label.
        """
        codes = self.codes()
        if coder is not None:
            codes = codes.filter(pl.col("coder") == coder)
        return confusion(
            codes, rows="sentiment", columns="engine_sentiment", categories=SENTIMENT_VALUES
        )

    def export(self, folder: str | os.PathLike[str]) -> list[Path]:
        """Write ``codes.csv``, ``codes.json``, ``codebook.json`` and ``codebook.csv``.

        Parameters
        ----------
        folder
            Target folder (created; files in it are replaced).

        Returns
        -------
        list of Path
            The files written.
        """
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        codes = self.codes()
        flat = codes.with_columns(
            pl.col("sides").list.join(";"), pl.col("engine_sides").list.join(";")
        )
        written = [
            out / "codes.csv",
            out / "codes.json",
            out / "codebook.json",
            out / "codebook.csv",
        ]
        flat.write_csv(written[0])
        written[1].write_text(
            json.dumps(codes.to_dicts(), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        written[2].write_text(
            json.dumps(self.codebook, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        pl.DataFrame(
            [
                (v["name"], value, v["definition"])
                for v in self.codebook["variables"]
                for value in v["values"]
            ],
            schema=["variable", "value", "definition"],
            orient="row",
        ).write_csv(written[3])
        return written

    # ------------------------------------------------------------------ events
    def _step(self, delta: int) -> None:
        self.index = max(0, min(self.sample.height - 1, self.index + delta))

    def _on_pick_sentiment(self, change: dict[str, Any]) -> None:
        if not self._showing:
            self.sentiment = change["new"] or ""

    def _on_pick_side(self, change: dict[str, Any]) -> None:
        if not self._showing:
            self.sides = [
                s for s, box in zip(self._side_names, self.side_boxes, strict=True) if box.value
            ]

    @traitlets.validate("index")
    def _check_index(self, proposal: dict[str, Any]) -> int:
        value = int(proposal["value"])
        if not 0 <= value < self.sample.height:
            raise traitlets.TraitError(
                f"index={value}: the sample has {self.sample.height} paragraphs"
            )
        return value

    @traitlets.validate("sentiment")
    def _check_sentiment(self, proposal: dict[str, Any]) -> str:
        value = str(proposal["value"])
        if value and value not in SENTIMENT_VALUES:
            raise traitlets.TraitError(f"sentiment={value!r}: use one of {SENTIMENT_VALUES}")
        return value

    @traitlets.validate("sides")
    def _check_sides(self, proposal: dict[str, Any]) -> list[str]:
        unknown = [s for s in proposal["value"] if s not in self._side_names]
        if unknown:
            raise traitlets.TraitError(
                f"sides {unknown} are not in the codebook {self._side_names}"
            )
        return list(proposal["value"])

    @traitlets.observe("sentiment", "sides")
    def _on_code(self, change: dict[str, Any]) -> None:
        if not self._showing:
            self._record()
            self._show()

    @traitlets.observe("index", "coder", "lang")
    def _on_move(self, change: dict[str, Any]) -> None:
        self._show()

    def _show(self) -> None:
        t = labels(self.lang)
        item = self.sample.row(self.index, named=True)
        mine = [
            c
            for c in self._codes
            if (c["coder"], c["article_id"], c["paragraph"])
            == (self.coder, item["article_id"], item["paragraph"])
        ]
        self._showing = True
        try:
            self.sentiment = (mine[0]["sentiment"] or "") if mine else ""
            self.sides = list(mine[0]["sides"]) if mine else []
            self.sentiment_picker.options = [(t[v], v) for v in SENTIMENT_VALUES]
            self.sentiment_picker.value = self.sentiment or None
            for name, box in zip(self._side_names, self.side_boxes, strict=True):
                box.value = name in self.sides
        finally:
            self._showing = False
        self.coder_field.description = t["coder"]
        self.sentiment_picker.description = t["sentiment"]
        self.previous_button.description = t["previous"]
        self.next_button.description = t["next"]
        self.folder.description = t["export_folder"]
        self.export_button.description = t["export_codes"]
        self.side_title.value = f"<b>{esc(t['named_sides'])}</b>"
        self.position.value = (
            "<b>" + esc(t["item"].format(i=self.index + 1, n=self.sample.height)) + "</b>"
        )
        self.text_view.value = (
            f"<h4>{esc(item['title'])}</h4><blockquote>{esc(item['text'])}</blockquote>"
        )
        disabled = not self.coder
        self.sentiment_picker.disabled = disabled
        for box in self.side_boxes:
            box.disabled = disabled
        self._show_agreement()

    def _show_agreement(self) -> None:
        t = labels(self.lang)
        if not self._codes:
            self.agreement_view.value = f"<i>{esc(t['no_codes'])}</i>"
            return
        self.agreement_view.value = (
            f"<h4>{esc(t['agreement'])} ({esc(t['alpha'])})</h4>"
            + table_html(self.agreement())
            + f"<h4>{esc(t['confusion'])}</h4>"
            + table_html(self.confusion_table())
        )

    def _export_clicked(self) -> None:
        t = labels(self.lang)
        try:
            written = self.export(self.folder.value)
        except OSError as error:
            self.export_status.value = f"<span style='color:#c0392b'>{esc(error)}</span>"
            return
        items = "".join(f"<li>{esc(p)}</li>" for p in written)
        self.export_status.value = f"{esc(t['exported'])}:<ul>{items}</ul>"


def _codebook(sides: list[str], *, n: int, seed: int) -> dict[str, Any]:
    return {
        "title": "analysis_kit coding sheet: paragraph sentiment and sides",
        "unit": "paragraph (body paragraphs in German, seeded random sample)",
        "sample": {"n": n, "seed": seed},
        "variables": [
            {
                "name": "sentiment",
                "values": list(SENTIMENT_VALUES),
                "definition": (
                    "The tone of the paragraph as written: negative (conflict, threat, loss, "
                    "blame), positive (agreement, success, relief), neutral (neither, or "
                    "balanced). Code the text, not your view of the events."
                ),
            },
            {
                "name": "sides",
                "values": sides,
                "definition": (
                    "Each side named in the paragraph: by name, capital, government, leader "
                    "or institution (Moskau and der Kreml count for Russia)."
                ),
            },
        ],
        "engine": "analysis_kit default sentiment engine (label), actor lexicon (sides)",
    }
