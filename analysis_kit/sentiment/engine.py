"""The default sentiment engine: a lexicon method with German rules, all in Polars.

Every step is an expression or a join over the token frame of
:mod:`analysis_kit.text` (no Python loop over rows or tokens). The rules, each with a
German example:

1. **Nouns are nouns.** A capitalised word that does not start a sentence (or follow
   an opening quote or a colon) only matches *noun* entries: in "Das Bündnis achtet das
   Recht eines Landes" the noun *Recht* does not match the adjective *recht* ("quite,
   right"), which made textblob-de score that paragraph +1. Lower-case words match
   non-noun entries; a capitalised word at a sentence start may match either (non-noun
   first: "Gute Nachrichten").
2. **Case and spelling do not matter otherwise**: keys are lower-cased with ``ß`` as
   ``ss`` ("Größe" = "Grösse").
3. **Inflected forms map to entries** (:class:`~analysis_kit.sentiment.Lexicon` forms):
   "Hoffnungen" → *Hoffnung*, "dunkle" → *dunkel*, "bedroht" → *bedrohen*. With
   :attr:`Rules.compound_heads` (off by default: it did not improve cross-validated
   accuracy), a compound noun that does not match as a whole counts as its head, the
   longest suffix that is a noun form of the lexicon ("Klimakatastrophe" → *Katastrophe*,
   "Militäraufrüstung" → *Aufrüstung*); at least four letters must precede the head,
   so "Vorschläge" does not become *Schläge*.
4. **Negation stays in its clause.** "nicht", "kein*", "nie", "niemals", "ohne",
   "weder", "nichts", "kaum", "keineswegs" negate a scored word up to
   :attr:`Rules.negation_scope` tokens later in the same clause ("Es gibt keine
   Hoffnung" → *Hoffnung* negated; "nicht so gut" → *gut* negated). A negator that ends
   its clause negates the nearest scored word before it ("Die Lage verbessert sich
   nicht."). Clauses end at , ; : ( ) – and at "aber", "sondern", "jedoch", "doch",
   "obwohl", "weil", "dass", "denn", "während", "wobei". "nicht nur" and "nicht
   zuletzt" are not negations. A negated score is multiplied by
   :attr:`Rules.negation_factor`.
5. **Intensifiers apply**: "sehr", "äußerst", "extrem", "besonders", "höchst", "völlig",
   ... multiply the next scored word (within two tokens, same clause) by their weight;
   downtoners ("etwas", "eher", "leicht", "wenig") weaken it. Scores are clipped to
   [-1, 1].
6. **No modifier crosses a sentence end**: negators and intensifiers only reach words of
   their own sentence (sentences from :mod:`analysis_kit.text`).
7. **Words inside typographic quotes count**: quotes („ “ » «) are tokens of their own,
   so "„gefährliche Hysterie“" scores *gefährlich* and *Hysterie*.

A unit's polarity is the sum of its scored words' weights divided by
``max(n_scored, sqrt(n_words))`` (:attr:`Rules.density_exponent` 0.5): the mean weight of
the scored words when they are dense (a headline), diluted when a long paragraph holds
one sentiment word. It stays in [-1, 1], and it is exactly the sum of the words'
``contribution`` in :func:`~analysis_kit.sentiment.sentiment_evidence`. A unit without a
scored word has a null polarity.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import polars as pl

from analysis_kit.sentiment.lexicon import Lexicon

__all__ = ["DEFAULT_RULES", "Rules", "scored_words"]

_FROZEN_NEGATORS = frozenset(
    "nicht kein keine keinen keinem keiner keines nie niemals ohne weder nichts kaum "
    "keineswegs keinesfalls nirgends nirgendwo".split()
)
_FROZEN_NOT_NEGATION = frozenset("nur zuletzt umsonst selten wenige weniger".split())
_FROZEN_CLAUSE_WORDS = frozenset(
    "aber sondern jedoch doch obwohl obgleich weil dass denn während wobei".split()
)
_INTENSIFIERS: dict[str, float] = {
    "sehr": 1.5, "äußerst": 1.5, "äusserst": 1.5, "extrem": 1.5, "besonders": 1.3,
    "höchst": 1.5, "überaus": 1.5, "ziemlich": 1.2, "total": 1.5, "völlig": 1.5,
    "absolut": 1.5, "zutiefst": 1.5, "enorm": 1.5, "ausgesprochen": 1.4, "hochgradig": 1.5,
    "weitaus": 1.3, "ganz": 1.2, "wirklich": 1.2, "echt": 1.2, "massiv": 1.4,
    "schwer": 1.3, "stark": 1.3, "zunehmend": 1.2, "immer": 1.1, "so": 1.2,
    "etwas": 0.7, "eher": 0.7, "leicht": 0.7, "wenig": 0.5, "bisschen": 0.7,
}  # fmt: skip
_CLAUSE_PUNCT = frozenset([",", ";", ":", "(", ")", "–", "—", "[", "]"])
_OPENERS = frozenset([":", "„", "»", "«", '"', "‚", "(", "“", "'", "–", "-"])


@dataclass(frozen=True)
class Rules:
    """The default engine's rule settings (immutable; change with ``dataclasses.replace``).

    Attributes
    ----------
    negators
        Words that negate (lower case).
    not_negation
        Words after "nicht" that cancel the negation ("nicht nur").
    clause_words
        Conjunctions that end a clause for negation and intensifier scope.
    intensifiers
        Word → multiplier (> 1 intensifies, < 1 weakens).
    negation_factor
        Multiplier for a negated score (textblob-de uses -0.5).
    negation_scope
        How many tokens after a negator a scored word may be.
    intensifier_scope
        How many tokens after an intensifier a scored word may be.
    density_exponent
        A unit's polarity is the sum of its word weights divided by
        ``max(n_scored, n_words ** density_exponent)``: the mean of the scored words,
        diluted in long units where sentiment words are sparse.
    compound_heads
        Score an unmatched compound noun by its head: the longest suffix of at least
        ``min_head`` characters, after at least ``min_modifier`` characters, that is a
        noun form of the lexicon.
    min_abs_score
        Entries whose score is not larger than this in absolute value do not count
        (textblob-de's lexicon lists many nouns with score 0).
    """

    negators: frozenset[str] = _FROZEN_NEGATORS
    not_negation: frozenset[str] = _FROZEN_NOT_NEGATION
    clause_words: frozenset[str] = _FROZEN_CLAUSE_WORDS
    intensifiers: Mapping[str, float] = field(default_factory=lambda: dict(_INTENSIFIERS))
    negation_factor: float = -0.5
    negation_scope: int = 4
    intensifier_scope: int = 2
    min_abs_score: float = 0.0
    density_exponent: float = 0.5
    compound_heads: bool = False
    min_head: int = 5
    min_modifier: int = 4


#: The rules the default engine uses (see ``benchmarks/accuracy.py`` for how the
#: settings were chosen).
DEFAULT_RULES = Rules()


def scored_words(
    tokens: pl.DataFrame,
    lexicon: Lexicon,
    *,
    rules: Rules = DEFAULT_RULES,
    keys: Sequence[str] = ("article_id", "paragraph"),
) -> pl.DataFrame:
    """Every token that a lexicon entry scores, with its negation, intensifier and weight.

    Parameters
    ----------
    tokens
        Tokens as made by :func:`analysis_kit.text.tokens` (keys, ``sentence``,
        ``token``, ``text``, ``start``, ``end``, ``kind``, ``parts``), sorted by key
        and token.
    lexicon
        The lexicon.
    rules
        Rule settings.
    keys
        Columns that identify a text (a paragraph).

    Returns
    -------
    pl.DataFrame
        One row per scored word: the keys, ``sentence``, ``token``, ``term`` (the word
        as written), ``start``, ``end``, ``lemma``, ``score`` (the entry's score),
        ``subjectivity``, ``negated``, ``intensifier`` (the word, or null),
        ``weight`` (the final score of this word, in [-1, 1]).

    Examples
    --------
    >>> import polars as pl
    >>> from analysis_kit.text import tokens
    >>> from analysis_kit.sentiment import Lexicon
    >>> t = tokens(pl.DataFrame({"id": [0], "text": ["Es gibt keine Hoffnung."]}), keys=["id"])
    >>> words = scored_words(t, Lexicon.textblob_de(), keys=["id"])
    >>> words.select("term", "negated", "weight").row(0)
    ('Hoffnung', True, -0.5)
    """
    key_list = list(keys)
    text = pl.col("text")
    lower = pl.col("_lower")
    kind = pl.col("kind")
    idx = pl.col("_idx")
    clause = pl.col("_clause")
    same_unit = pl.lit(True)
    for k in [*key_list, "sentence"]:
        same_unit = same_unit & (pl.col(k) == pl.col(k).shift(1))
    is_word = kind == "word"
    t = tokens.select(*key_list, "sentence", "token", "text", "start", "end", "kind").with_columns(
        _new_sentence=~same_unit.fill_null(False),
        _lower=text.str.to_lowercase(),
        _idx=pl.int_range(pl.len(), dtype=pl.Int64),
        _words_before=is_word.cast(pl.Int32).cum_sum() - is_word.cast(pl.Int32),
    )
    boundary = ((kind == "punct") & text.is_in(list(_CLAUSE_PUNCT))) | lower.is_in(
        list(rules.clause_words)
    )
    t = t.with_columns(
        _clause=(pl.col("_new_sentence") | boundary).cum_sum(),
        # the sentence's first word (and a word after an opening quote or colon) may be
        # capitalised without being a noun
        _initial=(
            pl.col("_words_before")
            == pl.when(pl.col("_new_sentence")).then(pl.col("_words_before")).forward_fill()
        )
        | (~pl.col("_new_sentence") & text.shift(1).is_in(list(_OPENERS))).fill_null(False),
        _neg=lower.is_in(list(rules.negators))
        & ~((lower == "nicht") & lower.shift(-1).is_in(list(rules.not_negation)).fill_null(False)),
        _mult=lower.replace_strict(dict(rules.intensifiers), default=None, return_dtype=pl.Float64),
    ).with_columns(
        # a negator that ends its clause ("Die Lage verbessert sich nicht.")
        _clause_final=((clause.shift(-1) != clause) | (kind.shift(-1) == "punct")).fill_null(True),
    )
    matches = _lexicon_matches(t, lexicon, rules)
    # Only scored words, negators and intensifiers take part in the scope rules: work on
    # those rows (in text order); indices and clause numbers keep their distances.
    scored_rows = t.join(matches, on="_idx", how="inner").filter(
        pl.col("score").abs() > rules.min_abs_score
    )
    modifier_rows = t.filter(pl.col("_neg") | pl.col("_mult").is_not_null())
    s = (
        pl.concat(
            [
                scored_rows.with_columns(_scored=pl.lit(True)),
                modifier_rows.join(scored_rows.select("_idx"), on="_idx", how="anti").with_columns(
                    pl.lit(None, dtype=pl.String).alias("lemma"),
                    pl.lit(None, dtype=pl.Float64).alias("score"),
                    pl.lit(None, dtype=pl.Float64).alias("subjectivity"),
                    _scored=pl.lit(False),
                ),
            ],
            how="diagonal_relaxed",
        )
        .sort("_idx")
        .with_columns(
            _next_scored=pl.when(pl.col("_scored")).then(idx).backward_fill(),
            _next_scored_clause=pl.when(pl.col("_scored")).then(clause).backward_fill(),
            _scored_count=pl.col("_scored").cast(pl.Int64).cum_sum(),
        )
    )
    attached = (
        pl.col("_neg")
        & (pl.col("_next_scored_clause") == clause)
        & ((pl.col("_next_scored") - idx) <= rules.negation_scope)
    ).fill_null(False)
    s = s.with_columns(_attached=attached).with_columns(
        _free=pl.col("_neg") & ~pl.col("_attached") & pl.col("_clause_final")
    )
    has_int = pl.col("_mult").is_not_null()
    s = s.with_columns(
        _neg_before=pl.when(pl.col("_attached")).then(idx).forward_fill(),
        _neg_before_clause=pl.when(pl.col("_attached")).then(clause).forward_fill(),
        _free_after=pl.when(pl.col("_free")).then(idx).backward_fill(),
        _free_after_clause=pl.when(pl.col("_free")).then(clause).backward_fill(),
        _free_after_count=pl.when(pl.col("_free")).then(pl.col("_scored_count")).backward_fill(),
        _int_idx=pl.when(has_int).then(idx).forward_fill(),
        _int_clause=pl.when(has_int).then(clause).forward_fill(),
        _int_mult=pl.col("_mult").forward_fill(),
        _int_word=pl.when(has_int).then(text).forward_fill(),
    ).filter(pl.col("_scored"))
    negated = (
        (pl.col("_neg_before_clause") == clause)
        & ((idx - pl.col("_neg_before")) <= rules.negation_scope)
    ).fill_null(False) | (
        (pl.col("_free_after_clause") == clause)
        & ((pl.col("_free_after") - idx) <= rules.negation_scope + 1)
        & (pl.col("_free_after_count") == pl.col("_scored_count"))
    ).fill_null(False)
    intensified = (
        (pl.col("_int_clause") == clause)
        & ((idx - pl.col("_int_idx")) <= rules.intensifier_scope)
        & (idx > pl.col("_int_idx"))
    ).fill_null(False)
    s = s.with_columns(negated=negated, _intensified=intensified)
    mult = pl.when(pl.col("_intensified")).then(pl.col("_int_mult")).otherwise(1.0)
    weight = (pl.col("score") * mult).clip(-1.0, 1.0) * pl.when(pl.col("negated")).then(
        rules.negation_factor
    ).otherwise(1.0)
    return s.select(
        *key_list,
        "sentence",
        "token",
        pl.col("text").alias("term"),
        "start",
        "end",
        "lemma",
        "score",
        "subjectivity",
        "negated",
        pl.when(pl.col("_intensified")).then(pl.col("_int_word")).alias("intensifier"),
        weight.alias("weight"),
    )


def _lexicon_matches(t: pl.DataFrame, lexicon: Lexicon, rules: Rules) -> pl.DataFrame:
    """The lexicon entry of every word that has one (``_idx, lemma, score, subjectivity``)."""
    text = pl.col("text")
    lower = pl.col("_lower")
    words = t.filter(pl.col("kind") == "word").select(
        "_idx", "text", "_lower", "_initial", (text != lower).alias("_has_upper")
    )
    forms = lexicon.lookup_forms
    # the casing rule, decided on the (few) words that have a candidate entry
    all_caps = pl.col("_has_upper") & (text.str.slice(1, 1) != lower.str.slice(1, 1))
    mode = (
        pl.when(pl.col("_has_upper") & ~all_caps & ~pl.col("_initial"))
        .then(pl.lit("noun"))
        .when(~pl.col("_has_upper"))
        .then(pl.lit("other"))
        .otherwise(pl.lit("any"))
    )
    parts = [
        words.join(forms, left_on="_lower", right_on="key", how="inner").with_columns(
            _mode=mode, _part=pl.lit(0, dtype=pl.Int32)
        )
    ]
    if rules.compound_heads:
        # the head of a compound noun: the longest suffix that is a noun form
        # ("Klimakatastrophe" -> Katastrophe, "Militäraufrüstung" -> Aufrüstung)
        n = pl.col("_lower").str.len_chars()
        nouns = words.with_columns(_mode=mode).filter(
            (pl.col("_mode") == "noun") & (n >= rules.min_head + rules.min_modifier)
        )
        unmatched = nouns.join(parts[0].select("_idx").unique(), on="_idx", how="anti")
        parts.append(
            unmatched.with_columns(
                _start=pl.int_ranges(rules.min_modifier, n - rules.min_head + 1, dtype=pl.Int64)
            )
            .explode("_start")
            .with_columns(_head=pl.col("_lower").str.slice(pl.col("_start")))
            .join(forms, left_on="_head", right_on="key", how="inner")
            .with_columns(_part=pl.col("_start").cast(pl.Int32))
            .drop("_start", "_head")
        )
    candidates = pl.concat(parts, how="diagonal_relaxed")
    allowed = (
        ((pl.col("_mode") == "noun") & (pl.col("is_noun") | pl.col("pos").is_null()))
        | ((pl.col("_mode") == "other") & ~pl.col("is_noun"))
        | (pl.col("_mode") == "any")
    )
    return (
        candidates.filter(allowed)
        .sort("_idx", "_part", "is_noun", "generated")  # whole word first, then longest head
        .unique("_idx", keep="first", maintain_order=True)
        .select("_idx", "lemma", "score", "subjectivity")
    )
