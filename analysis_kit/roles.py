"""Paragraph roles: ``title``, ``body`` or ``boilerplate``.

Boilerplate is marked, never dropped, so a researcher can always see what was set
aside. The rules are regular expressions and window expressions over the paragraphs
frame (no Python loop over rows):

1. **Teasers and page furniture.** A short paragraph (at most 30 words) that starts
   with a link teaser or a page element: ``MEHR WISSEN``, ``Lesen Sie auch``,
   ``Mehr zum Thema``, ``Weiterlesen``, ``Das könnte Sie auch interessieren``,
   ``Artikel teilen``, ``Auf Facebook teilen``, ``Newsletter``, ``Wir verwenden
   Cookies``, ``Alle Rechte vorbehalten``, ``©``, ``Foto:``, ``Anzeige`` and the like.
2. **Link lists after a teaser.** Short lines without sentence punctuation that
   directly follow a teaser (the headlines it links to).
3. **Author block.** A name line (two to four capitalised words, optionally ``Von``/
   ``By``) among the last three paragraphs, and everything after it when that is at
   most two paragraphs of at most 50 words (a bio): ``Aldrich Sachs`` followed by ``"Web pioneer.
   Typical pop culture geek."``.
4. **Byline.** ``Von Anna Muster`` or ``Von Anna Muster, Brüssel`` among the first three
   paragraphs.

Examples
--------
>>> import polars as pl
>>> from analysis_kit.roles import assign_roles
>>> paras = pl.DataFrame({
...     "article_id": ["a"] * 5,
...     "paragraph": [0, 1, 2, 3, 4],
...     "role": ["title", "body", "body", "body", "body"],
...     "text": ["Titel", "Die NATO tagte.", "Lesen Sie auch:", "Anna Muster",
...              "Anna schreibt über Politik."],
...     "n_words": [1, 3, 3, 2, 4],
... })
>>> assign_roles(paras)["role"].to_list()
['title', 'body', 'boilerplate', 'boilerplate', 'boilerplate']
"""

from __future__ import annotations

import polars as pl

__all__ = ["AUTHOR_LINE", "TEASER_START", "assign_roles"]

#: Start of a teaser or page-furniture paragraph (case-insensitive).
TEASER_START = (
    r"(?i)^\W*(?:"
    r"mehr wissen|mehr zum thema|mehr dazu|mehr (?:artikel|nachrichten|news|infos?) (?:zum|zu)"
    r"|lesen sie (?:auch|mehr|hier|weiter)|weiterlesen|weiter lesen|auch interessant"
    r"|das könnte sie (?:auch )?interessieren|empfehlung(?:en)? der redaktion"
    r"|(?:themen)?verwandte (?:artikel|themen)|themenverwandter artikel"
    r"|weiterführende (?:links|informationen|artikel)|weitere (?:artikel|informationen|links)"
    r"|ähnliche artikel|zum thema|top-?themen|meistgelesen|anzeige|werbung|sponsored"
    r"|(?:artikel |beitrag )?teilen|(?:jetzt |per )?(?:auf |via )?(?:facebook|twitter|whatsapp"
    r"|linkedin|telegram|e-?mail|x|pinterest|xing)(?: teilen|$)|teilen auf|share (?:on|this)"
    r"|newsletter|zum newsletter|jetzt abonnieren|abonnieren sie|abonnieren|folgen sie uns"
    r"|wir verwenden cookies|diese (?:website|seite) verwendet cookies|cookie|datenschutz"
    r"|impressum|alle rechte vorbehalten|©|\(c\)|copyright|foto:|fotos:|bild:|bildquelle"
    r"|quelle: (?:dpa|afp|apa|reuters|ap)\b|zur startseite|zurück zur|drucken|kommentare"
    r"|kommentieren|jetzt kommentieren|related|read more|more on this|advertisement"
    r"|sign up|subscribe|follow us"
    r")"
)

_NAME_WORD = r"\p{Lu}[\p{Ll}’'\-]+\.?|\p{Lu}\."
_PARTICLE = r"(?:von|van|de|der|den|zu|da|di|del|della|le|la|al|bin|ibn)"
#: A line that is only a person's name (with an optional ``Von``/``By``).
AUTHOR_LINE = (
    rf"^(?:(?:Von|Text von|By|Autor(?:in)?:|Text:)\s+)?(?:{_NAME_WORD})"
    rf"(?:\s+(?:{_PARTICLE}\s+)?(?:{_NAME_WORD})){{1,3}}$"
)
_BYLINE = (
    rf"^(?:Von|By|Text:|Autor(?:in)?:)\s+(?:{_NAME_WORD})(?:\s+(?:{_PARTICLE}\s+)?(?:{_NAME_WORD}))"
    r"{1,3}(?:\s*(?:,|und|and|/|\|)\s*.*)?$"
)


def assign_roles(paragraphs: pl.DataFrame) -> pl.DataFrame:
    """Mark boilerplate paragraphs.

    Parameters
    ----------
    paragraphs
        A frame with ``article_id``, ``paragraph``, ``role`` (``title`` or ``body``),
        ``text`` and ``n_words``.

    Returns
    -------
    pl.DataFrame
        The same frame with ``role`` set to ``boilerplate`` where a rule applies
        (see the module docstring). Titles stay titles.
    """
    art = "article_id"
    text = pl.col("text").str.strip_chars()
    is_body = pl.col("role") != "title"
    n_words = pl.col("n_words")
    last = pl.col("paragraph").max().over(art)
    first_body = pl.col("paragraph").filter(is_body).min().over(art)
    headline_like = (n_words <= 15) & ~text.str.contains(r"[.!?…:;]\W*$")

    teaser = is_body & text.str.contains(TEASER_START) & (n_words <= 30)
    byline = (
        is_body
        & (pl.col("paragraph") < first_body + 3)
        & text.str.contains(_BYLINE)
        & (n_words <= 14)
    )
    name_line = (
        is_body
        & text.str.contains(AUTHOR_LINE)
        & (n_words <= 6)
        & (pl.col("paragraph") >= last - 2)
        & (pl.col("paragraph") > first_body)
    )
    frame = paragraphs.with_columns(
        _teaser=teaser,
        _byline=byline,
        _name_idx=pl.when(name_line).then(pl.col("paragraph")).min().over(art),
    )
    after_name = pl.col("paragraph") > pl.col("_name_idx")
    tail_ok = (pl.when(after_name).then(n_words).max().over(art).fill_null(0) <= 50) & (
        pl.when(after_name).then(1).sum().over(art) <= 2
    )
    author_block = (
        pl.col("_name_idx").is_not_null() & (pl.col("paragraph") >= pl.col("_name_idx")) & tail_ok
    )
    frame = frame.with_columns(_bp=is_body & (pl.col("_teaser") | pl.col("_byline") | author_block))
    # link lists: short headline-like lines directly after boilerplate, a few levels deep
    for _ in range(5):
        frame = frame.with_columns(
            _bp=pl.col("_bp")
            | (
                is_body
                & headline_like
                & pl.col("_bp").shift(1).over(art).fill_null(False)
                & pl.col("_teaser").cum_sum().over(art).gt(0)
            )
        )
    return frame.with_columns(
        role=pl.when(pl.col("_bp")).then(pl.lit("boilerplate")).otherwise(pl.col("role"))
    ).drop("_teaser", "_byline", "_name_idx", "_bp")


def author_from_block(paragraphs: pl.DataFrame) -> pl.DataFrame:
    """The name of an author block or byline, per article, where one was found.

    Parameters
    ----------
    paragraphs
        Paragraphs after :func:`assign_roles`.

    Returns
    -------
    pl.DataFrame
        ``article_id`` and ``author`` for articles whose boilerplate has a name line.
    """
    text = pl.col("text").str.strip_chars()
    return (
        paragraphs.filter(
            (pl.col("role") == "boilerplate")
            & (text.str.contains(AUTHOR_LINE) | text.str.contains(_BYLINE))
        )
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("text").first())
        .select(
            "article_id",
            pl.col("text")
            .str.replace(r"^(?:Von|Text von|By|Autor(?:in)?:|Text:)\s+", "")
            .str.replace(r"\s*(?:,|/|\|).*$", "")
            .str.strip_chars()
            .alias("author"),
        )
    )
