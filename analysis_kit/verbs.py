"""Verbs and their lemmas: a documented rule over word tokens, in Polars.

The verbs of :attr:`analysis_kit.Comparison.verbs` come from this rule. It uses the
German word lists that textblob-de bundles (its copy of *pattern*, BSD licence): the
tagging lexicon ``de-lexicon.txt`` (Schneider and Volk 1998; about 38,000 words with
their most likely STTS tag) and the verb table ``de-verbs.txt`` (the 2,000 most frequent
German verbs with all their forms, from CELEX). They are read with Polars, not through
textblob-de, so nothing of textblob-de is imported and no tagger runs word by word.

The rule
--------
Only words that start with a lower-case letter are looked at (German nouns and names
are capitalised; a verb that opens a sentence is missed, as with the tagger before).

1. **Is it a verb?** If the lexicon knows the word, its tag decides (``VV…``, ``VA…``,
   ``VM…``: a verb; anything else, for example ``ADJA`` for *geplante*: not a verb).
   A word the lexicon does not know is a verb when its lemma can be found by step 2, or
   when it has the regular ending of a verb in *-ieren* (*kooperierte*).
2. **Lemma**: the verb table's infinitive for the form (*sagte* → *sagen*); otherwise
   a separable or inseparable prefix and the table's infinitive for the rest
   (*eingesetzt* → *ein* + *setzen*; *anzugreifen* → *an* + *greifen*); otherwise the
   regular endings are taken off (*-test, -est, -ten, -tet, -en, -et, -te, -st, -e, -t*;
   *ge-* of a participle) and *-en* put on, as pattern's own rule does for unknown verbs.
3. **Separable verbs**: when the last word of the clause is a verb particle (*an, auf,
   aus, vor, zu ...*: *Sie kündigte neue Sanktionen an*), the clause's first verb takes
   it as its prefix (*ankündigen*).

Auxiliaries and modal verbs (*sein, haben, werden, können, müssen, sollen, wollen,
dürfen, mögen, lassen*) are verbs here; :func:`analysis_kit.framing.mention_verbs`
leaves them out.

Examples
--------
>>> import polars as pl
>>> words = pl.DataFrame({
...     "clause": [0, 0, 0, 0, 1, 1, 1],
...     "word": ["Die", "Nato", "kündigte", "an", "sie", "warnte", "Russland"],
... })
>>> verb_lemmas(words, "word", by=["clause"]).select("word", "lemma").rows()
[('kündigte', 'ankündigen'), ('warnte', 'warnen')]
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import polars as pl

__all__ = ["PARTICLES", "VerbDataError", "verb_forms", "verb_lemmas", "word_tags"]

#: Verb particles that stand at the end of a main clause (*kündigte ... an*).
PARTICLES: tuple[str, ...] = (
    "ab",
    "an",
    "auf",
    "aus",
    "bei",
    "dar",
    "durch",
    "ein",
    "fest",
    "fort",
    "frei",
    "heim",
    "her",
    "heraus",
    "herbei",
    "hervor",
    "hin",
    "hinzu",
    "los",
    "mit",
    "nach",
    "nieder",
    "statt",
    "teil",
    "um",
    "vor",
    "voran",
    "vorbei",
    "weg",
    "zu",
    "zurück",
    "zusammen",
)

# prefixes tried before a known verb, longest first (pattern's lists, plus a few)
_PREFIXES = tuple(
    sorted(
        set(PARTICLES)
        | {
            "be",
            "emp",
            "ent",
            "er",
            "miss",
            "über",
            "unter",
            "ver",
            "voll",
            "wider",
            "zer",
            "dabei",
            "daran",
            "entgegen",
            "gegenüber",
            "herab",
            "heran",
            "herauf",
            "herum",
            "hinweg",
            "umher",
            "zwischen",
            "weiter",
            "wieder",
            "fehl",
            "hoch",
            "klar",
            "offen",
        },
        key=lambda p: (-len(p), p),
    )
)
_VERB_TAG = r"^(?:VV|VA|VM|VB)"
_DETERMINERS = (
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "eines",
)
# the forms of "werden" in the passive that the table lists only as "geworden"
_EXTRA_FORMS = {"worden": "werden"}


class VerbDataError(RuntimeError):
    """textblob-de's word lists cannot be found or read; the message names the file."""


def _pattern_dir() -> Path:
    spec = importlib.util.find_spec("textblob_de")
    if spec is None or not spec.submodule_search_locations:
        raise VerbDataError("textblob-de is not installed: the verb rule reads its word lists")
    return Path(next(iter(spec.submodule_search_locations))) / "ext" / "_pattern" / "text" / "de"


@cache
def _read(name: str) -> pl.DataFrame:
    path = _pattern_dir() / name
    try:
        lines = pl.read_csv(
            path,
            has_header=False,
            separator="\x01",
            quote_char=None,
            comment_prefix=";;;",
            new_columns=["line"],
        )
    except (OSError, pl.exceptions.PolarsError) as exc:
        raise VerbDataError(f"{path}: cannot read textblob-de's word list: {exc}") from exc
    if lines.height < 1000:
        raise VerbDataError(f"{path}: textblob-de's word list is incomplete ({lines.height} lines)")
    return lines


@cache
def word_tags() -> pl.DataFrame:
    """The tagging lexicon: each word with its most likely STTS tag.

    Returns
    -------
    pl.DataFrame
        ``form`` (unique, as written) and ``tag``.

    Raises
    ------
    VerbDataError
        When textblob-de's lexicon is missing or cannot be read; the message names the file.

    Examples
    --------
    >>> word_tags().filter(pl.col("form").is_in(["sagte", "geplante"])).sort("form").rows()
    [('geplante', 'ADJA'), ('sagte', 'VVFIN')]
    """
    return (
        _read("de-lexicon.txt")
        .select(
            pl.col("line").str.extract(r"^(\S+)").alias("form"),
            pl.col("line").str.extract(r"^\S+ (\S+)").alias("tag"),
        )
        .drop_nulls()
        .unique("form", keep="first", maintain_order=True)
    )


@cache
def verb_forms() -> pl.DataFrame:
    """The verb table: every form of the 2,000 most frequent German verbs, with its lemma.

    Returns
    -------
    pl.DataFrame
        ``form`` (unique; the table writes ß as ss) and ``lemma`` (the infinitive, with
        ß where the lexicon writes it so; where a form belongs to several verbs, the
        more frequent one).

    Raises
    ------
    VerbDataError
        When textblob-de's verb table is missing or cannot be read; the message names
        the file.

    Examples
    --------
    >>> verb_forms().filter(pl.col("form").is_in(["sagte", "gesetzt"])).sort("form").rows()
    [('gesetzt', 'setzen'), ('sagte', 'sagen')]
    """
    forms = (
        _read("de-verbs.txt")
        .select(pl.col("line").str.split(",").alias("form"))
        .with_columns(pl.col("form").list.first().alias("lemma"))
        .explode("form")
        .filter(pl.col("form") != "")
    )
    extra = pl.DataFrame({"form": list(_EXTRA_FORMS), "lemma": list(_EXTRA_FORMS.values())})
    # the table writes ß as ss: an infinitive the lexicon knows with ß is written so
    tags = word_tags()
    with_sz = tags.filter(pl.col("tag").is_in(["VVINF", "VB"]) & pl.col("form").str.contains("ß"))
    sz = pl.col("lemma").str.replace_all("ss", "ß")
    return (
        pl.concat([forms, extra])
        # a form of several verbs: the first (most frequent) verb of the table keeps it
        .unique("form", keep="first", maintain_order=True)
        .with_columns(
            pl.when(sz.is_in(with_sz["form"].implode())).then(sz).otherwise("lemma").alias("lemma")
        )
    )


def _strip_regular(word: pl.Expr) -> pl.Expr:
    """pattern's rule for the lemma of a regular verb it does not know."""
    stem = word.str.replace(r"^ge(\p{Ll}{3,}t)$", "$1")
    stem = stem.str.replace(r"(?:test|est|ten|tet|en|et|te|st|e|t)$", "")
    return (
        pl.when(word.str.contains(r"(?:ln|rn)$"))
        .then(word)
        .otherwise(stem.str.replace(r"([^el])$", "${1}e") + "n")
        .str.replace(r"een$", "en")
    )


def verb_lemmas(
    words: pl.DataFrame, column: str = "text", *, by: Sequence[str] = ()
) -> pl.DataFrame:
    """The verbs among word tokens, each with its lemma, by the rule of this module.

    Parameters
    ----------
    words
        Word tokens in text order (any other columns are kept).
    column
        The column with the word.
    by
        Columns that identify a clause, for separable verbs (the clause's last word is
        its particle); without them the whole frame is one clause.

    Returns
    -------
    pl.DataFrame
        The rows of ``words`` that are verbs, in their order, with ``lemma`` added.

    Raises
    ------
    VerbDataError
        When textblob-de's word lists cannot be read.

    Examples
    --------
    >>> words = pl.DataFrame({"text": ["Russland", "hat", "Truppen", "eingesetzt"]})
    >>> verb_lemmas(words)["lemma"].to_list()
    ['haben', 'einsetzen']
    """
    tags, table = word_tags(), verb_forms()
    keys = list(by)
    frame = words.with_row_index("_row").with_columns(
        pl.col(column).str.to_lowercase().alias("_lower")
    )
    frame = frame.with_columns(pl.col("_lower").str.replace_all("ß", "ss").alias("_key"))
    context = [
        pl.col("_lower").last().alias("_last"),
        pl.col("_lower").shift(1).alias("_prev"),
        pl.col(column).shift(-1).str.contains(r"^\p{Lu}").alias("_next_upper"),
    ]
    frame = frame.with_columns([e.over(keys) for e in context] if keys else context)
    cand = (
        frame.filter(pl.col(column).str.contains(r"^\p{Ll}[\p{Ll}ß]*$"))
        .join(tags.rename({"form": "_lower"}), on="_lower", how="left", maintain_order="left")
        .join(table.rename({"form": "_key"}), on="_key", how="left", maintain_order="left")
    )
    # a prefix before a known form (eingesetzt, anzugreifen): every prefix the word starts
    # with is tried, with and without the "zu" of a zu-infinitive after it; the longest
    # one whose rest is a form of the verb table wins
    tries = (
        cand.filter(pl.col("lemma").is_null())
        .select("_row", "_key")
        .join(pl.DataFrame({"_pre": list(_PREFIXES)}), how="cross")
        .filter(pl.col("_key").str.starts_with(pl.col("_pre")))
        .with_columns(pl.col("_key").str.slice(pl.col("_pre").str.len_chars()).alias("_rest"))
    )
    tries = pl.concat(
        [
            tries,
            tries.filter(
                pl.col("_rest").str.starts_with("zu") & (pl.col("_rest").str.len_chars() > 4)
            ).with_columns(pl.col("_rest").str.slice(2)),
        ]
    )
    prefixed = (
        tries.join(
            table.select(pl.col("form").alias("_rest"), pl.col("lemma").alias("_rest_lemma")),
            on="_rest",
            how="inner",
        )
        .sort("_row", pl.col("_pre").str.len_chars(), descending=[False, True])
        .unique("_row", keep="first")
        .select("_row", (pl.col("_pre") + pl.col("_rest_lemma")).alias("_prefixed"))
    )
    cand = cand.join(prefixed, on="_row", how="left", maintain_order="left")
    # an inflected adjective (der rechte FN, bessere Chancen) is no verb: nothing right
    # after an article is, nor a word the lexicon does not know that has the ending of
    # an adjective and a capitalised word (a noun) after it
    adjective = pl.col("_prev").is_in(list(_DETERMINERS)).fill_null(False) | (
        pl.col("tag").is_null()
        & pl.col("_lower").str.contains("(?:e|en|er|es|em)$")
        & ~pl.col("_lower").str.contains("(?:te|ten)$")  # warnte Russland: a verb
        & pl.col("_next_upper").fill_null(False)
    )
    is_verb = ~adjective & (
        pl.when(pl.col("tag").is_not_null())
        .then(pl.col("tag").str.contains(_VERB_TAG))
        .otherwise(
            pl.col("lemma").is_not_null()
            | pl.col("_prefixed").is_not_null()
            | pl.col("_lower").str.contains(r"ier(?:e|st|t|en|et|te|test|ten|tet)$")
        )
    ).fill_null(False)
    infinitive = pl.col("tag").is_in(["VVINF", "VB", "VVPP"]) & pl.col("_lower").str.contains(
        "(?:en|ern|eln)$"
    )
    lemma = pl.coalesce(
        "lemma",
        "_prefixed",
        pl.when(infinitive).then(pl.col("_lower")),
        _strip_regular(pl.col("_lower")),
    )
    verbs = cand.filter(is_verb).with_columns(lemma.alias("lemma"))
    # separable verbs: the clause's last word is a particle; the first verb of the clause
    # that makes a known verb with it takes it (griffen ... an: angreifen)
    known = pl.concat(
        [
            table.select(pl.col("lemma").alias("_known")),
            tags.filter(pl.col("tag").is_in(["VVINF", "VB"])).select(
                pl.col("form").alias("_known")
            ),
        ]
    ).unique()
    joined = pl.col("_last") + pl.col("lemma")
    takes = (
        pl.col("_last").is_in(list(PARTICLES))
        & (pl.col("_lower") != pl.col("_last"))
        & ~pl.col("lemma").str.starts_with(pl.col("_last"))
        & joined.is_in(known["_known"].implode())
    )
    verbs = verbs.with_columns(takes.fill_null(False).alias("_takes"))
    first = pl.col("_row") == pl.col("_row").filter(pl.col("_takes")).min()
    verbs = verbs.with_columns(
        pl.when(pl.col("_takes") & (first.over(keys) if keys else first))
        .then(joined)
        .otherwise(pl.col("lemma"))
        .alias("lemma")
    )
    return verbs.sort("_row").select(*words.columns, "lemma")
