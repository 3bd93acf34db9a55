"""The one German tokenizer and sentence splitter that every analysis uses.

Everything here is written as Polars expressions over whole frames: a text is cut
into *pieces* by one regular expression that covers every character (words,
numbers, punctuation, runs of white space), so character offsets are cumulative
sums of piece lengths, and sentence ends are found by looking at neighbouring
pieces with shifted columns. No Python loop runs over rows or tokens.

Tokens
------
* Words keep hyphenated compounds whole (``NATO-Russland-Rat``, ``US-Außenminister``);
  their parts are in the ``parts`` column (``["NATO", "Russland", "Rat"]``).
* Numbers keep German separators (``1.028``, ``3,5``, ``12:30``).
* URLs and e-mail addresses are one token each.
* Typographic quotes („ “ » « ‚ ‘), brackets and other punctuation are tokens of
  their own; non-breaking spaces are white space between tokens.

Offsets count Unicode characters (not bytes) from the start of the text, as Python's
``str`` indexing does: ``text[start:end]`` is the token.

Sentences
---------
A sentence ends at ``.``, ``!``, ``?`` or ``…`` (optionally followed by closing
quotes or brackets) when white space and then an upper-case letter, a digit, an
opening quote or a bullet (``►``, ``•``) follows. A full stop does **not** end a sentence after

* a known abbreviation (``Dr.``, ``Nr.``, ``bzw.``, ``z. B.``, ``u. a.``, ``Prof.``, ...),
* a single letter (initials such as ``J. Biden``, and the parts of ``z. B.``; not the
  platform ``X`` after ``auf``, ``bei``, ``über``, ``via`` or ``in``: *schrieb er auf X.*),
* a number that is followed by a month name or a word that takes ordinals
  (``am 3. März``, ``im 20. Jahrhundert``, ``der 2. Weltkrieg``), or by another number
  (dates written ``8. 11. 1931``).

A full stop, ``!`` or ``?`` with no space after it also ends a sentence between a word
that ends in two lower-case letters (or a closing bracket or quote) and a capitalised word,
where a line break was lost (``sagte der Papst.Der Bruder``; not ``ndr.de``, ``z.B.``,
``Dr.Weber`` or ``ASP.NET``).

A quote that ends with punctuation inside (``„Wir bleiben offen.“ Dann ...``) ends
the sentence after the closing quote; ``„Kommt ihr?“, fragte sie`` does not end one.

Examples
--------
>>> from analysis_kit import text
>>> [t.text for t in text.tokenize("Die NATO-Verbündeten sagten z. B. „nein“.")]
['Die', 'NATO-Verbündeten', 'sagten', 'z', '.', 'B', '.', '„', 'nein', '“', '.']
>>> [s.text for s in text.split_sentences("Am 3. März sprach Dr. Weber. Danach ging er.")]
['Am 3. März sprach Dr. Weber.', 'Danach ging er.']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import polars as pl

__all__ = [
    "ABBREVIATIONS",
    "ORDINAL_WORDS",
    "Sentence",
    "Token",
    "compound_parts",
    "segment",
    "sentences",
    "split_sentences",
    "tokenize",
    "tokens",
]

#: Abbreviations after which a full stop does not end a sentence (case-sensitive).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    Abb Abs Abschn Abt Adr Anh Anm Art Aufl Bd Bde Bearb Bed bes Best betr Bhf Bsp bspw bzgl
    bzw ca Chr Co Corp dgl Di Dipl Dir Do Dr Dres Dt dt ebd Ed eig eigtl einschl engl entspr
    erg etc ev evtl exkl Fa Fam ff Fr franz Frl Fr gem Gen Ges gest ggf ggfs Hbf Hg hl Hr Hrn Hrsg
    Ing Inh inkl Inc insb Jh Jhd Jahrh Jr jr jun Kap kath kfm Kfz Kl Komm Kr lat led lt Ltd
    max Mi Mio Mill min Mo Mr Mrd Mrs Ms Mt mtl Nachf Nr Nrn näml Obj Okt op Pfd Pkt Pl Pol
    Prof Prov Pseud Qu rd Reg Rel resp Rh Sa sen Sept sog So Sr St Std Str stud Tab Tel Temp
    Tsd usw Verf verh verw vgl Vors Vorst Wdh Ziff Zt zus zzgl zz zw Jan Feb Apr Jun Jul Aug
    Sep Nov Dez ehem gegr geb Gebr Hl Kat Kol Mag Mgr
    """.split()
)

#: Words after which ``<number>.`` is an ordinal, not a sentence end (``am 3. März``).
ORDINAL_WORDS: frozenset[str] = frozenset(
    """
    Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November
    Dezember Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez Jahrhundert Jahrhunderts
    Jahrtausend Jahrtausends Weltkrieg Weltkriegs Weltkrieges Mal Platz Rang Runde Stock
    Stockwerk Klasse Liga Bundesliga Spieltag Etappe Kapitel Tag Tages Woche Lesung Quartal
    Halbjahr Jahrestag Geburtstag Todestag Parteitag Bezirk Sitzung Amendment Advent Sonntag
    Armee Division Brigade Flotte Mannschaft Lauf Satz Akt Band Auflage Person Stelle
    """.split()
)

_URL = r"(?:https?://|www\.)[^\s<>\"„“”»«]*[^\s<>\"„“”»«.,;:!?)\]']"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_NUMBER = r"\d+(?:[.,:/]\d+)*"
_WORD_PART = r"[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’][\p{L}\p{M}]+)*"
_WORD = rf"{_WORD_PART}(?:[-‐‑]{_WORD_PART}|[-‐‑]\d+)*"
_TERMINAL = r"[.!?…]+"
#: One regular expression that matches every character of a text, piece by piece.
PIECE_PATTERN = rf"(?s){_URL}|{_EMAIL}|{_WORD}|{_NUMBER}|{_TERMINAL}|\s+|."

_CLOSERS = r"^[\"“”»«’'‘)\]›‹]$"
_STARTERS = r"^[\p{Lu}\d„\"»«‚‹›(\['‘“►▶•■▪]"
_HYPHENS = r"[-‐‑]"


class Token(NamedTuple):
    """One token of a text, as returned by :func:`tokenize`."""

    text: str
    start: int
    end: int
    kind: str
    sentence: int


class Sentence(NamedTuple):
    """One sentence of a text, as returned by :func:`split_sentences`."""

    text: str
    start: int
    end: int


#: Words before ``<number>.`` that make it an ordinal whatever follows: an article or a
#: preposition with its article (``der 43. Münchner Sicherheitskonferenz``, ``zum 5. Mal``;
#: but ``stieg auf 43. Die ...`` ends a sentence).
_ARTICLES_BEFORE_ORDINAL = frozenset(
    "der die das des dem den am im zum zur vom beim Der Die Das Am Im Zum Zur Vom Beim".split()
)


def _pieces(frame: pl.DataFrame, text: str, keys: Sequence[str]) -> pl.DataFrame:
    """Cut every text into pieces with offsets, kinds and sentence numbers."""
    key_list = list(keys)
    base = frame.select(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("_unit"),
        *key_list,
        pl.col(text).fill_null("").str.extract_all(PIECE_PATTERN).alias("piece"),
    )
    base = base.with_columns(
        pl.col("piece").list.eval(pl.element().str.len_chars().cum_sum()).alias("end")
    ).explode(["piece", "end"])
    base = base.filter(pl.col("piece").is_not_null())
    piece = pl.col("piece")
    base = base.with_columns(
        end=pl.col("end").cast(pl.Int64),
        start=(pl.col("end") - piece.str.len_chars()).cast(pl.Int64),
        kind=pl.when(piece.str.contains(r"^\s"))
        .then(pl.lit("space"))
        .when(piece.str.contains(r"^(?:https?://|www\.)|@"))
        .then(pl.lit("url"))
        .when(piece.str.contains(r"^[\p{L}\p{M}]"))
        .then(pl.lit("word"))
        .when(piece.str.contains(r"^\d"))
        .then(pl.lit("number"))
        .when(piece.str.contains(r"^\p{P}+$"))
        .then(pl.lit("punct"))
        .otherwise(pl.lit("symbol")),
    )
    return _mark_sentences(base)


def _mark_sentences(p: pl.DataFrame) -> pl.DataFrame:
    unit = pl.col("_unit")
    piece = pl.col("piece")

    def nxt(expr: pl.Expr, k: int) -> pl.Expr:
        """Value k pieces later in the same unit (null across units)."""
        return pl.when(unit.shift(-k) == unit).then(expr.shift(-k))

    def prv(expr: pl.Expr, k: int) -> pl.Expr:
        return pl.when(unit.shift(k) == unit).then(expr.shift(k))

    is_space = pl.col("kind") == "space"
    terminal = piece.str.contains(r"^[.!?…]+$")
    closer = piece.str.contains(_CLOSERS)
    starter = piece.str.contains(_STARTERS)
    abbrev = pl.lit(list(ABBREVIATIONS), dtype=pl.List(pl.String))
    ordinal = pl.lit(list(ORDINAL_WORDS), dtype=pl.List(pl.String))
    articles = pl.lit(list(_ARTICLES_BEFORE_ORDINAL), dtype=pl.List(pl.String))
    prev_piece = prv(piece, 1)
    # (a single letter is an initial, "Maria K."; not the platform X after a preposition:
    # "schrieb er auf X. Auch ...")
    platform = (prev_piece == "X") & prv(piece, 3).is_in(["auf", "bei", "über", "via", "in"])
    blocked = (piece == ".") & (
        (
            (prv(pl.col("kind"), 1) == "word")
            & (
                abbrev.list.contains(prev_piece)
                | ((prev_piece.str.len_chars() == 1) & ~platform.fill_null(False))
            )
        )
        | (
            (prv(pl.col("kind"), 1) == "number")
            & (
                ordinal.list.contains(nxt(piece, 2))
                | (nxt(pl.col("kind"), 2) == "number")
                | ((prv(pl.col("kind"), 2) == "space") & articles.list.contains(prv(piece, 3)))
            )
        )
    )
    p = p.with_columns(
        _terminal=terminal & ~blocked.fill_null(False),
        _closer=closer,
        _space=is_space,
        _starter=starter,
    )
    t, c = pl.col("_terminal"), pl.col("_closer")
    ends_here = (
        t
        | (c & prv(t, 1).fill_null(False))
        | (c & prv(c, 1).fill_null(False) & prv(t, 2).fill_null(False))
    )
    followed = nxt(pl.col("_space"), 1).fill_null(False) & nxt(pl.col("_starter"), 2).fill_null(
        False
    )
    # a full stop with no space after it, between a word and a capitalised word, where
    # a line break was lost ("sagte der Papst.Der Bruder"; not "ndr.de", "z.B.", "ASP.NET")
    # (the few candidates first, by cheap comparisons; the patterns only on them)
    candidates = (
        p.select(
            pl.arg_where(
                (
                    t
                    & ((prv(pl.col("kind"), 1) == "word") | prv(closer, 1))
                    & (nxt(pl.col("kind"), 1) == "word")
                ).fill_null(False)
            )
        )
        .to_series()
        .cast(pl.Int64)
    )
    pieces = p.get_column("piece")
    glued = candidates.filter(
        # (or after a closing bracket or quote: "etc.).Das")
        pieces.gather(candidates - 1).str.contains(r"\p{Ll}{2}$|^[)\]“”\"»«]$")
        & pieces.gather(candidates + 1).str.contains(r"^\p{Lu}\p{Ll}")
    )
    # a sentence starts two pieces after an end that is followed by space and a starter
    p = p.with_columns(
        _cut=(ends_here & followed),
        _glued=pl.int_range(pl.len(), dtype=pl.Int64).is_in(glued.implode()),
    )
    p = p.with_columns(
        _start=prv(pl.col("_cut"), 2).fill_null(False) | prv(pl.col("_glued"), 1).fill_null(False)
    )
    p = p.with_columns(
        sentence=(pl.col("_start").cast(pl.Int32).cum_sum().over("_unit")).cast(pl.Int32)
    )
    return p.drop("_terminal", "_closer", "_space", "_starter", "_cut", "_glued", "_start")


def tokens(
    frame: pl.DataFrame,
    *,
    text: str = "text",
    keys: Sequence[str] = ("article_id", "paragraph"),
) -> pl.DataFrame:
    """Tokenize every text of a frame.

    Parameters
    ----------
    frame
        A frame with a text column and key columns.
    text
        Name of the text column.
    keys
        Columns that identify a text; they are repeated on every token row.

    Returns
    -------
    pl.DataFrame
        One row per token: the keys, ``sentence`` (from 0 in each text), ``token``
        (from 0 in each text), ``text``, ``start``, ``end`` (character offsets in the
        text), ``kind`` (``word``, ``number``, ``punct``, ``url``, ``symbol``) and
        ``parts`` (a compound's parts split at hyphens; one part otherwise).

    Examples
    --------
    >>> import polars as pl
    >>> from analysis_kit.text import tokens
    >>> df = pl.DataFrame({"id": ["a"], "text": ["Der NATO-Russland-Rat tagt."]})
    >>> tokens(df, keys=["id"]).select("token", "text", "start", "end", "kind")
    shape: (4, 5)
    ┌───────┬───────────────────┬───────┬─────┬───────┐
    │ token ┆ text              ┆ start ┆ end ┆ kind  │
    │ ---   ┆ ---               ┆ ---   ┆ --- ┆ ---   │
    │ i32   ┆ str               ┆ i32   ┆ i32 ┆ str   │
    ╞═══════╪═══════════════════╪═══════╪═════╪═══════╡
    │ 0     ┆ Der               ┆ 0     ┆ 3   ┆ word  │
    │ 1     ┆ NATO-Russland-Rat ┆ 4     ┆ 21  ┆ word  │
    │ 2     ┆ tagt              ┆ 22    ┆ 26  ┆ word  │
    │ 3     ┆ .                 ┆ 26    ┆ 27  ┆ punct │
    └───────┴───────────────────┴───────┴─────┴───────┘
    """
    key_list = list(keys)
    p = _pieces(frame, text, key_list).filter(pl.col("kind") != "space")
    return _tokens_from(p, key_list)


def _tokens_from(p: pl.DataFrame, key_list: list[str]) -> pl.DataFrame:
    return p.select(
        *key_list,
        "sentence",
        pl.int_range(pl.len(), dtype=pl.Int32).over("_unit").alias("token"),
        pl.col("piece").alias("text"),
        pl.col("start").cast(pl.Int32),
        pl.col("end").cast(pl.Int32),
        "kind",
        pl.when(pl.col("kind") == "word")
        .then(pl.col("piece").str.replace_all(_HYPHENS, "-").str.split("-"))
        .otherwise(pl.concat_list(pl.col("piece")))
        .alias("parts"),
    )


def sentences(
    frame: pl.DataFrame,
    *,
    text: str = "text",
    keys: Sequence[str] = ("article_id", "paragraph"),
) -> pl.DataFrame:
    """Split every text of a frame into sentences.

    Parameters
    ----------
    frame
        A frame with a text column and key columns.
    text
        Name of the text column.
    keys
        Columns that identify a text.

    Returns
    -------
    pl.DataFrame
        One row per sentence: the keys, ``sentence`` (from 0 in each text), ``text``,
        ``start`` and ``end`` (character offsets in the text, white space trimmed).
        A text that is empty or only white space has no sentence.

    Examples
    --------
    >>> import polars as pl
    >>> from analysis_kit.text import sentences
    >>> df = pl.DataFrame({"id": [1], "text": ["„Wir prüfen das.“ Dann ging er, u. a. nach Wien."]})
    >>> sentences(df, keys=["id"])["text"].to_list()
    ['„Wir prüfen das.“', 'Dann ging er, u. a. nach Wien.']
    """
    key_list = list(keys)
    p = _pieces(frame, text, key_list).filter(pl.col("kind") != "space")
    return _sentences_from(p, frame, text, key_list)


def _sentences_from(
    p: pl.DataFrame, frame: pl.DataFrame, text: str, key_list: list[str]
) -> pl.DataFrame:
    spans = p.group_by("_unit", *key_list, "sentence", maintain_order=True).agg(
        pl.col("start").min(), pl.col("end").max()
    )
    source = frame.select(pl.int_range(pl.len(), dtype=pl.Int64).alias("_unit"), pl.col(text))
    out = spans.join(source, on="_unit", how="left").sort("_unit", "sentence", maintain_order=True)
    return out.select(
        *key_list,
        "sentence",
        pl.col(text)
        .str.slice(pl.col("start"), (pl.col("end") - pl.col("start")).clip(0))
        .alias("text"),
        pl.col("start").cast(pl.Int32),
        pl.col("end").cast(pl.Int32),
    )


def _one(text_value: str) -> pl.DataFrame:
    return pl.DataFrame(
        {"_id": [0], "text": [text_value]}, schema={"_id": pl.Int32, "text": pl.String}
    )


def tokenize(text_value: str) -> list[Token]:
    """Tokenize one string with the same rules as :func:`tokens`.

    Parameters
    ----------
    text_value
        The text.

    Returns
    -------
    list of Token
        ``(text, start, end, kind, sentence)`` for every token.

    Examples
    --------
    >>> for token in tokenize("Sie sagte: „Ja.“")[-3:]:
    ...     print(token)
    Token(text='Ja', start=12, end=14, kind='word', sentence=0)
    Token(text='.', start=14, end=15, kind='punct', sentence=0)
    Token(text='“', start=15, end=16, kind='punct', sentence=0)
    """
    rows = tokens(_one(text_value), keys=["_id"])
    return [
        Token(r["text"], r["start"], r["end"], r["kind"], r["sentence"])
        for r in rows.iter_rows(named=True)
    ]


def split_sentences(text_value: str) -> list[Sentence]:
    """Split one string into sentences with the same rules as :func:`sentences`.

    Parameters
    ----------
    text_value
        The text.

    Returns
    -------
    list of Sentence
        ``(text, start, end)`` for every sentence.

    Examples
    --------
    >>> [s.text for s in split_sentences("Das geschah im 20. Jahrhundert. Es war kalt!")]
    ['Das geschah im 20. Jahrhundert.', 'Es war kalt!']
    """
    rows = sentences(_one(text_value), keys=["_id"])
    return [Sentence(r["text"], r["start"], r["end"]) for r in rows.iter_rows(named=True)]


def compound_parts(word: str) -> list[str]:
    """Split a hyphenated compound into its parts.

    Parameters
    ----------
    word
        One token.

    Returns
    -------
    list of str
        The parts between hyphens (any of ``-``, ``‐``, ``‑``); empty parts are dropped.

    Examples
    --------
    >>> compound_parts("NATO-Russland-Rat")
    ['NATO', 'Russland', 'Rat']
    >>> compound_parts("Moskau")
    ['Moskau']
    """
    return [part for part in word.replace("‐", "-").replace("‑", "-").split("-") if part]


def segment(
    frame: pl.DataFrame,
    *,
    text: str = "text",
    keys: Sequence[str] = ("article_id", "paragraph"),
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Sentences and tokens of every text in one pass (what :func:`sentences` and
    :func:`tokens` return, computed from the same pieces).

    Parameters
    ----------
    frame
        A frame with a text column and key columns.
    text
        Name of the text column.
    keys
        Columns that identify a text.

    Returns
    -------
    tuple of pl.DataFrame
        ``(sentences, tokens)``.

    Examples
    --------
    >>> import polars as pl
    >>> s, t = segment(pl.DataFrame({"id": [0], "text": ["Ja. Nein."]}), keys=["id"])
    >>> s.height, t.height
    (2, 4)
    """
    key_list = list(keys)
    p = _pieces(frame, text, key_list).filter(pl.col("kind") != "space")
    return _sentences_from(p, frame, text, key_list), _tokens_from(p, key_list)
