"""The textblob-de engine: textblob-de 0.4.3's numbers, bit for bit, several times faster.

textblob-de scores a text as ``PatternAnalyzer(tokenizer=PatternTokenizer()).analyze(text)``:
tokenize (pattern's ``find_tokens`` with German abbreviations), tag every token with
pattern's Brill tagger (lexicon, morphological rules for unknown words, contextual rules),
lemmatise (``find_lemmata``), join the lemmas and hand them to pattern's ``Sentiment``,
which tokenizes again and averages the scores of the lexicon words it finds.

This module runs the *same* code paths with the same data, and adds exact memoisation
where the original recomputes the same function of the same inputs:

* **Contextual rules.** pattern applies the rules position by position, left to right.
  At position *i* a rule compares the *original* tag of *i*, the words at *i-2 .. i+2*,
  the *final* tags at *i-3 .. i-1* and the *original* tags at *i+1 .. i+3*; the last rule
  that matches wins. That tuple is the cache key (a word that no rule mentions is
  replaced by a placeholder), so a cached result is the result of the rule loop.
* **Morphological rules** (unknown words) depend only on the word and the words next to
  it; neighbours no rule mentions are replaced by a placeholder.
* **Lemmas** depend on (word, tag); **token splitting** in ``find_tokens`` depends on the
  whitespace-separated chunk alone.

Everything order-dependent (sentence grouping in ``find_tokens``, emoticon and sarcasm
merging, the assessment loop with negation and modifiers, the averaging and its
summation order) runs the original code or an exact transcription of it. The tests
compare this engine with the original on thousands of real and mangled inputs.

Examples
--------
>>> from analysis_kit.sentiment.textblob import polarity_subjectivity
>>> polarity_subjectivity("Das ist nicht so gut.")
(1.0, 0.0)
>>> polarity_subjectivity("Es gibt keine Hoffnung.")
(0.0, 0.0)
"""

from __future__ import annotations

import re
import string as _string
import warnings
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, ClassVar

__all__ = [
    "PARALLEL_CHARS",
    "TextBlobDE",
    "clear_caches",
    "oracle",
    "polarity_subjectivity",
    "score_many",
    "shared",
]

_MISSING = object()
_OTHER = "\x00other"  # placeholder for a word no rule mentions


def _import_textblob_de() -> dict[str, Any]:
    try:
        import textblob_de.lemmatizers as lemmatizers
        import textblob_de.sentiments as sentiments
        import textblob_de.tokenizers as tokenizers
        from textblob_de.packages import pattern_de, pattern_text
    except ImportError as err:  # pragma: no cover - textblob-de is a dependency
        raise ImportError(
            "the textblob-de engine needs textblob-de 0.4.3 with textblob<0.18: "
            "pip install 'textblob-de==0.4.3' 'textblob>=0.15.3,<0.18'"
        ) from err
    return {
        "pattern_de": pattern_de,
        "pattern_text": pattern_text,
        "tokenizers": tokenizers,
        "sentiments": sentiments,
        "lemmatizers": lemmatizers,
    }


class TextBlobDE:
    """textblob-de 0.4.3's ``PatternAnalyzer`` (lemmatize=True, ``PatternTokenizer``), memoised.

    Use the module function :func:`polarity_subjectivity` (one shared instance) unless
    you need separate caches.
    """

    def __init__(self) -> None:
        mods = _import_textblob_de()
        pt = mods["pattern_text"]
        pde = mods["pattern_de"]
        tok = mods["tokenizers"]
        self._pt = pt
        parser = pde.parser
        # force the lazy resources to load, then keep plain references
        parser.lexicon.get("und")
        len(parser.morphology)
        len(parser.context)
        self._lexicon: dict[str, str] = dict(parser.lexicon.items())
        self._morphology = parser.morphology
        self._context_rules: list[list[str]] = [list(r) for r in parser.context]
        self._stts: dict[str, str] = dict(pde.stts)
        self._find_lemmata = pde.find_lemmata
        self._cd = pt.CD
        self._sentiment = mods["sentiments"].sentiment
        self._sentiment.get("gut")  # load the lexicon
        sent = self._sentiment
        self._sent_lexicon: dict[str, dict[Any, list[float]]] = dict(sent.items())
        self._sent_labels: dict[str, Any] = dict(sent.labeler)
        self._sent_modifiers = sent.modifiers
        self._sent_negations = sent.negations
        self._sent_modifier = sent.modifier
        # pattern checks `w in map(lambda e: e.lower(), e)` for each emoticon set, in order
        self._emoticons = [
            (p, frozenset(e.lower() for e in forms)) for (_, p), forms in pt.EMOTICONS.items()
        ]
        self._eos = pt.EOS
        self._re_sarcasm = pt.RE_SARCASM
        self._re_emoticons = pt.RE_EMOTICONS
        self._token_re = pt.TOKEN
        # tokenizer settings of textblob-de's PatternTokenizer and of pattern's Sentiment
        self._tok_punct = tok.PUNCTUATION
        self._tok_abbr = tok.ABBREVIATIONS_DE
        self._tok_replace = tok.replacements
        # pattern's Sentiment tokenizes with find_tokens and its default arguments
        import inspect

        defaults = inspect.signature(pt.find_tokens).parameters
        assert self._sentiment.tokenizer is pt.find_tokens
        self._sent_punct = defaults["punctuation"].default
        self._sent_abbr = defaults["abbreviations"].default
        self._sent_replace = defaults["replace"].default
        self._re_abbr = (pt.RE_ABBR1, pt.RE_ABBR2, pt.RE_ABBR3)
        # words that any rule mentions (anything else is the placeholder in cache keys)
        morph_words: set[str] = set()
        cmds = self._morphology._cmd
        for r in self._morphology:
            if r[1] in cmds and r[1].lower().lstrip("f") in ("goodleft", "goodright"):
                morph_words.add(r[0])
            if r[2] in cmds and r[2].lower().lstrip("f") in ("goodleft", "goodright"):
                morph_words.add(r[1])
        self._morph_words = morph_words
        self._rules_by_tag: dict[str, list[list[str]]] = {}
        known = self._morphology.known
        self._known: dict[str, str] = self._lexicon if known is parser.lexicon else dict(known)
        self._compile_morphology()
        self._context_specs: dict[str, tuple[tuple[tuple[int, frozenset[str]], ...], ...]] = {}
        self._key_functions: dict[str, Callable[[list[list[str]], int], tuple[Any, ...]]] = {}
        self._context_cache: dict[tuple[Any, ...], str] = {}
        self._morph_cache: dict[tuple[Any, ...], str] = {}
        self._lemma_cache: dict[tuple[str, str], str] = {}
        self._final_lemma_cache: dict[tuple[str, str, bool], Any] = {}
        self._split_cache: dict[tuple[int, str], list[str]] = {}
        self._punct_string = _string.punctuation

    # ---------------------------------------------------------------- tokenization

    def _find_tokens(
        self,
        text: str,
        punctuation: str,
        abbreviations: Iterable[str],
        replace: dict[str, str],
        which: int,
        flat: bool = False,
    ) -> list[str]:
        """pattern.text.find_tokens, with the per-chunk punctuation splitting memoised.

        With ``flat=True`` the result may come back as one string holding all sentences
        (for callers that join and split the sentences anyway).
        """
        pt = self._pt
        for a, b in replace.items():
            text = re.sub(a, b, text)
        text = text.replace("“", " “ ")
        text = text.replace("”", " ” ")
        text = text.replace("‘", " ‘ ")
        text = text.replace("’", " ’ ")
        text = re.sub("\r\n", "\n", text)
        text = re.sub(r"\n{2,}", f" {self._eos} ", text)
        text = re.sub(r"\s+", " ", text)
        tokens: list[str] = []
        cache = self._split_cache
        punct = tuple(punctuation.replace(".", ""))
        punct_chars = set(punct)
        punct_chars_dot = punct_chars | {"."}
        for t in self._token_re.findall(text + " "):
            if t[0] not in punct_chars and t[-1] not in punct_chars_dot:
                tokens.append(t)  # nothing to split off (what the loops would conclude)
                continue
            key = (which, t)
            parts = cache.get(key)
            if parts is None:
                parts = self._split_chunk(t, punct, abbreviations, replace)
                cache[key] = parts
            tokens.extend(parts)
        eos = self._eos
        if flat:
            # The caller only needs the tokens, not the sentences. Sentences partition the
            # tokens (less EOS markers), so " ".join(sentences) == " ".join(tokens). When
            # the sarcasm and emoticon substitutions change nothing in that string, no
            # match crosses a sentence boundary and none changes any sentence either.
            whole = " ".join(t for t in tokens if t != eos)
            merged = self._re_emoticons.sub(
                lambda m: m.group(1).replace(" ", "") + m.group(2),
                self._re_sarcasm.sub("(!)", whole),
            )
            if merged == whole:
                return [whole]
        sentences: list[list[str]] = [[]]
        i, j = 0, 0
        enders = ("...", ".", "!", "?", eos)
        closers = ("'", '"', "”", "’", "...", ".", "!", "?", ")", eos)
        while j < len(tokens):
            if tokens[j] in enders:
                while j < len(tokens) and tokens[j] in closers:
                    if tokens[j] in ("'", '"') and sentences[-1].count(tokens[j]) % 2 == 0:
                        break
                    j += 1
                sentences[-1].extend(t for t in tokens[i:j] if t != eos)
                sentences.append([])
                i = j
            j += 1
        sentences[-1].extend(tokens[i:j])
        joined = (" ".join(s) for s in sentences if len(s) > 0)
        joined = (self._re_sarcasm.sub("(!)", s) for s in joined)
        del pt
        return [
            self._re_emoticons.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), s)
            for s in joined
        ]

    def _split_chunk(
        self,
        t: str,
        punctuation: tuple[str, ...],
        abbreviations: Iterable[str],
        replace: dict[str, str],
    ) -> list[str]:
        out: list[str] = []
        if len(t) > 0:
            tail: list[str] = []
            while t.startswith(punctuation) and t not in replace:
                if t.startswith(punctuation):
                    out.append(t[0])
                    t = t[1:]
            while t.endswith((*punctuation, ".")) and t not in replace:
                if t.endswith(punctuation):
                    tail.append(t[-1])
                    t = t[:-1]
                if t.endswith("..."):
                    tail.append("...")
                    t = t[:-3].rstrip(".")
                if t.endswith("."):
                    r1, r2, r3 = self._re_abbr
                    if (
                        t in abbreviations
                        or r1.match(t) is not None
                        or r2.match(t) is not None
                        or r3.match(t) is not None
                    ):
                        break
                    tail.append(t[-1])
                    t = t[:-1]
            if t != "":
                out.append(t)
            out.extend(reversed(tail))
        return out

    def _word_tokenize(self, sentence: str) -> list[str]:
        """textblob-de PatternTokenizer.word_tokenize with include_punc=True."""
        if sentence.strip() == "":
            return []
        tokens = sentence.split(" ")
        if len(tokens) == 1 and tokens[0] in self._tok_punct:
            return tokens
        last = tokens[-1]
        if last.endswith(".") and len(last) > 1:
            tokens = [*tokens[:-1], last[:-1], "."]
        return tokens

    def tokenize(self, text: str) -> list[str]:
        """textblob-de's ``PatternTokenizer().tokenize(text)``."""
        sentences = self._find_tokens(
            text, self._tok_punct, self._tok_abbr, self._tok_replace, which=0
        )
        out: list[str] = []
        for s in sentences:
            out.extend(self._word_tokenize(s))
        return out

    # ---------------------------------------------------------------- tagging

    def _compile_morphology(self) -> None:
        """Index pattern's morphological rules by what their condition looks at.

        pattern evaluates every rule in order for every unknown word; a rule changes the
        tag when its condition holds (and, for ``f`` rules, the current tag is its
        ``from`` tag). A rule whose condition is false never changes anything, so only the
        rules whose condition holds need to be replayed, in their original order.
        """
        cmds = self._morphology._cmd
        compiled: list[tuple[bool, str, str, str, str]] = []
        f, x, pos, cmd = False, "", "", ""
        for r in self._morphology:
            # exactly as Morphology.apply reads a rule (a malformed rule keeps the previous values)
            if r[1] in cmds:
                f, x, pos, cmd = False, r[0], r[-2], r[1].lower()
            if r[2] in cmds:
                f, x, pos, cmd = True, r[1], r[-2], r[2].lower().lstrip("f")
            compiled.append((f, r[0], x, pos, cmd))
        self._morph_rules = compiled
        by: dict[str, dict[str, list[int]]] = {}
        scan: dict[str, list[tuple[str, int]]] = {}
        for k, (_f, _from, x, _pos, cmd) in enumerate(compiled):
            if cmd in ("word", "haspref", "hassuf", "goodleft", "goodright"):
                by.setdefault(cmd, {}).setdefault(x, []).append(k)
            elif cmd == "char" and len(x) == 1:
                by.setdefault("char1", {}).setdefault(x, []).append(k)
            elif cmd in ("char", "addpref", "addsuf", "deletepref", "deletesuf"):
                scan.setdefault(cmd, []).append((x, k))
        self._morph_by = by
        self._morph_scan = scan
        self._pref_lens = sorted({len(x) for x in by.get("haspref", {})})
        self._suf_lens = sorted({len(x) for x in by.get("hassuf", {})})
        self._goodleft = by.get("goodleft", {})
        self._goodright = by.get("goodright", {})
        self._char1 = by.get("char1", {})
        # deletepref/deletesuf rules grouped by affix length: one dictionary probe per length
        self._delpref = _by_length(scan.get("deletepref", []))
        self._delsuf = _by_length(scan.get("deletesuf", []))

    def _morph_apply(self, w: str, prev: Any, nxt: Any) -> str:
        """pattern's ``Morphology.apply([w, "NN"], (prev, ..), (nxt, ..))``, replaying only
        the rules whose condition holds, in their original order."""
        by, scan, known = self._morph_by, self._morph_scan, self._known
        hits: list[int] = []
        found = by["word"].get(w) if "word" in by else None
        if found:
            hits += found
        n = len(w)
        prefixes = by.get("haspref", {})
        for k in self._pref_lens:
            if k <= n:
                found = prefixes.get(w[:k])
                if found:
                    hits += found
        suffixes = by.get("hassuf", {})
        for k in self._suf_lens:
            if k <= n:
                found = suffixes.get(w[n - k :])
                if found:
                    hits += found
        if nxt is not None and nxt in self._goodleft:
            hits += self._goodleft[nxt]
        if prev is not None and prev in self._goodright:
            hits += self._goodright[prev]
        chars = self._char1
        for ch in chars.keys() & set(w):
            hits += chars[ch]
        for x, k in scan.get("char", ()):
            if x in w:
                hits.append(k)
        for x, k in scan.get("addpref", ()):
            if x + w in known:
                hits.append(k)
        for x, k in scan.get("addsuf", ()):
            if w + x in known:
                hits.append(k)
        for size, table in self._delpref:
            found = table.get(w[:size]) if size <= n else None
            if found and w[size:] in known:
                hits += found
        for size, table in self._delsuf:
            found = table.get(w[n - size :]) if size <= n else None
            if found and w[: n - size] in known:
                hits += found
        tag = "NN"
        if not hits:
            return tag
        rules = self._morph_rules
        for k in sorted(set(hits)):
            f, from_tag, _x, pos, _cmd = rules[k]
            if f and tag != from_tag:
                continue
            tag = pos
        return tag

    def _morph(self, word: str, prev: Any, nxt: Any) -> str:
        mw = self._morph_words
        key = (
            word,
            prev if prev is None or prev in mw else _OTHER,
            nxt if nxt is None or nxt in mw else _OTHER,
        )
        tag = self._morph_cache.get(key)
        if tag is None:
            tag = self._morph_apply(word, prev, nxt)
            self._morph_cache[key] = tag
        return tag

    def _rules_for(self, tag: str) -> list[list[str]]:
        rules = self._rules_by_tag.get(tag)
        if rules is None:
            rules = [r for r in self._context_rules if r[0] == tag or r[0] == "*"]
            self._rules_by_tag[tag] = rules
        return rules

    _SLOTS: ClassVar[dict[str, tuple[tuple[str, int, int], ...]]] = {
        # cmd: (kind, offset, 3 = compared with x / 4 = compared with y)
        "prevtag": (("t", -1, 3),),
        "nexttag": (("t", 1, 3),),
        "prev2tag": (("t", -2, 3),),
        "next2tag": (("t", 2, 3),),
        "prev1or2tag": (("t", -1, 3), ("t", -2, 3)),
        "next1or2tag": (("t", 1, 3), ("t", 2, 3)),
        "prev1or2or3tag": (("t", -1, 3), ("t", -2, 3), ("t", -3, 3)),
        "next1or2or3tag": (("t", 1, 3), ("t", 2, 3), ("t", 3, 3)),
        "surroundtag": (("t", -1, 3), ("t", 1, 4)),
        "curwd": (("w", 0, 3),),
        "prevwd": (("w", -1, 3),),
        "nextwd": (("w", 1, 3),),
        "prev1or2wd": (("w", -1, 3), ("w", -2, 3)),
        "next1or2wd": (("w", 1, 3), ("w", 2, 3)),
        "prevwdtag": (("w", -1, 3), ("t", -1, 4)),
        "nextwdtag": (("w", 1, 3), ("t", 1, 4)),
        "wdprevtag": (("t", -1, 3), ("w", 0, 4)),
        "wdnexttag": (("w", 0, 3), ("t", 1, 4)),
        "wdand2aft": (("w", 0, 3), ("w", 2, 4)),
        "wdand2tagbfr": (("t", -2, 3), ("w", 0, 4)),
        "wdand2tagaft": (("w", 0, 3), ("t", 2, 4)),
        "lbigram": (("w", -1, 3), ("w", 0, 4)),
        "rbigram": (("w", 0, 3), ("w", 1, 4)),
        "prevbigram": (("t", -2, 3), ("t", -1, 4)),
        "nextbigram": (("t", 1, 3), ("t", 2, 4)),
    }

    def _spec(self, tag: str) -> tuple[tuple[tuple[int, frozenset[str]], ...], ...]:
        """Which neighbours the rules for ``tag`` look at, and which of their values matter.

        Returns ``(tag_slots, word_slots)``: ``(offset, values)`` pairs. A neighbour's
        value outside ``values`` equals no ``x``/``y`` of those rules, so it can be
        replaced by a placeholder in the cache key without changing the outcome.
        """
        spec = self._context_specs.get(tag)
        if spec is None:
            tags: dict[int, set[str]] = {}
            words: dict[int, set[str]] = {}
            for r in self._rules_for(tag):
                cmd = r[2].lower()
                padded = [*r, "", ""]
                for kind, offset, field in self._SLOTS.get(cmd, ()):
                    value = padded[field] if field < len(r) else ""
                    (tags if kind == "t" else words).setdefault(offset, set()).add(value)
            spec = (
                tuple((k, frozenset(v)) for k, v in sorted(tags.items())),
                tuple((k, frozenset(v)) for k, v in sorted(words.items())),
            )
            self._context_specs[tag] = spec
        return spec

    def _key_function(self, tag: str) -> Callable[[list[list[str]], int], tuple[Any, ...]]:
        """Generated code that builds the cache key for a position tagged ``tag``."""
        fn = self._key_functions.get(tag)
        if fn is None:
            tag_slots, word_slots = self._spec(tag)
            env: dict[str, Any] = {"O": _OTHER}
            parts = []
            for n, (k, values) in enumerate(tag_slots):
                env[f"T{n}"] = values
                parts.append(f"(t[i{k:+d}][1] if t[i{k:+d}][1] in T{n} else O)")
            for n, (k, values) in enumerate(word_slots):
                env[f"W{n}"] = values
                parts.append(f"(t[i{k:+d}][0] if t[i{k:+d}][0] in W{n} else O)")
            body = ", ".join([repr(tag), *parts]) + ","
            exec(f"def key(t, i):\n    return ({body})\n", env)
            fn = env["key"]
            self._key_functions[tag] = fn
        return fn

    def _context(self, t: list[list[str]]) -> None:
        """Apply the contextual rules to the padded list ``t`` in place (pattern's loop)."""
        cache = self._context_cache
        keys = self._key_functions
        for i in range(3, len(t) - 3):
            tag = t[i][1]
            fn = keys.get(tag) or self._key_function(tag)
            key = fn(t, i)
            new = cache.get(key)
            if new is None:
                new = self._evaluate(t, i)
                cache[key] = new
            if new != tag:
                t[i] = [t[i][0], new]

    def _evaluate(self, t: list[list[str]], i: int) -> str:
        """The contextual-rule loop of pattern's ``Context.apply`` at one position."""
        token = t[i]
        result = token[1]
        for r in self._rules_for(token[1]):
            cmd, x, y = r[2], r[3], r[4] if len(r) > 4 else ""
            cmd = cmd.lower()
            if (
                (cmd == "prevtag" and x == t[i - 1][1])
                or (cmd == "nexttag" and x == t[i + 1][1])
                or (cmd == "prev2tag" and x == t[i - 2][1])
                or (cmd == "next2tag" and x == t[i + 2][1])
                or (cmd == "prev1or2tag" and x in (t[i - 1][1], t[i - 2][1]))
                or (cmd == "next1or2tag" and x in (t[i + 1][1], t[i + 2][1]))
                or (cmd == "prev1or2or3tag" and x in (t[i - 1][1], t[i - 2][1], t[i - 3][1]))
                or (cmd == "next1or2or3tag" and x in (t[i + 1][1], t[i + 2][1], t[i + 3][1]))
                or (cmd == "surroundtag" and x == t[i - 1][1] and y == t[i + 1][1])
                or (cmd == "curwd" and x == t[i + 0][0])
                or (cmd == "prevwd" and x == t[i - 1][0])
                or (cmd == "nextwd" and x == t[i + 1][0])
                or (cmd == "prev1or2wd" and x in (t[i - 1][0], t[i - 2][0]))
                or (cmd == "next1or2wd" and x in (t[i + 1][0], t[i + 2][0]))
                or (cmd == "prevwdtag" and x == t[i - 1][0] and y == t[i - 1][1])
                or (cmd == "nextwdtag" and x == t[i + 1][0] and y == t[i + 1][1])
                or (cmd == "wdprevtag" and x == t[i - 1][1] and y == t[i + 0][0])
                or (cmd == "wdnexttag" and x == t[i + 0][0] and y == t[i + 1][1])
                or (cmd == "wdand2aft" and x == t[i + 0][0] and y == t[i + 2][0])
                or (cmd == "wdand2tagbfr" and x == t[i - 2][1] and y == t[i + 0][0])
                or (cmd == "wdand2tagaft" and x == t[i + 0][0] and y == t[i + 2][1])
                or (cmd == "lbigram" and x == t[i - 1][0] and y == t[i + 0][0])
                or (cmd == "rbigram" and x == t[i + 0][0] and y == t[i + 1][0])
                or (cmd == "prevbigram" and x == t[i - 2][1] and y == t[i - 1][1])
                or (cmd == "nextbigram" and x == t[i + 1][1] and y == t[i + 2][1])
            ):
                result = r[1]
        return result

    def tag(self, tokens: Sequence[str]) -> list[tuple[str, str]]:
        """pattern.de's ``Parser.find_tags`` (Penn tags) for one token sequence."""
        words = [w.replace("ß", "ss") for w in tokens]
        lexicon = self._lexicon
        tagged: list[list[Any]] = []
        for i, token in enumerate(words):
            tagged.append(
                [token, lexicon.get(token, (i == 0 and lexicon.get(token.lower())) or None)]
            )
        n = len(tagged)
        for i in range(n):
            token, tag = tagged[i]
            if tag is None:
                if self._cd.match(token) is not None:
                    tagged[i] = [token, "CARDNUM"]
                else:
                    prev = tagged[i - 1][0] if i > 0 else None
                    nxt = tagged[i + 1][0] if i < n - 1 else None
                    tagged[i] = [token, self._morph(token, prev, nxt)]
        pad = [["STAART", "STAART"]] * 3
        t = pad + tagged + pad
        self._context(t)
        stts = self._stts
        return [(tokens[k], stts.get(t[k + 3][1], t[k + 3][1])) for k in range(n)]

    def lemma(self, word: str, tag: str) -> str:
        key = (word, tag)
        found = self._lemma_cache.get(key)
        if found is None:
            found = self._find_lemmata([[word, tag]])[0][2]
            self._lemma_cache[key] = found
        return found

    # ---------------------------------------------------------------- the analyzer

    def lemmas(self, text: str) -> list[tuple[str, str]]:
        """textblob-de's ``PatternParserLemmatizer(tokenizer=PatternTokenizer()).lemmatize``."""
        if text.strip() == "":
            return []
        text = text.replace("/", " FORWARDSLASH ")
        tokens = " ".join(self.tokenize(text)).split(" ")
        out: list[tuple[str, str]] = []
        final = self._final_lemma_cache
        for i, (w, tag) in enumerate(self.tag(tokens)):
            key = (w, tag, i == 0)
            lemma = final.get(key, _MISSING)
            if lemma is _MISSING:
                lemma = self._final_lemma(w, tag, i == 0)
                final[key] = lemma
            if lemma is not None:
                out.append((lemma, tag))
        return out

    def _final_lemma(self, w: str, tag: str, first: bool) -> str | None:
        """PatternParserLemmatizer's treatment of one parsed token (None: skipped)."""
        if w == "":
            return None
        lemma = self.lemma(w, tag)
        lemma = lemma.replace("ß", "ss")
        lemma = lemma.strip().replace("forwardslash", "/")
        if (w[0].isupper() and not first) or (tag.startswith("N") and first):
            lemma = lemma.title()
        if w in self._punct_string or lemma == "/":
            return None
        return lemma

    def assessments(self, text: str) -> list[tuple[list[str], float, float, Any]]:
        """pattern's ``Sentiment.assessments`` over the lemmas of ``text``.

        A transcription of pattern's loop (negation, modifiers, exclamation marks,
        sarcasm and emoticons) that reads plain dictionaries instead of pattern's lazy
        ones; the arithmetic and its order are unchanged.
        """
        lemma_text = " ".join(lemma for lemma, _ in self.lemmas(text))
        words = " ".join(
            self._find_tokens(
                lemma_text,
                self._sent_punct,
                self._sent_abbr,
                self._sent_replace,
                which=1,
                flat=True,
            )
        ).split()
        return self._assess([w.lower() for w in words])

    def _assess(self, words: list[str]) -> list[tuple[list[str], float, float, Any]]:
        lex = self._sent_lexicon
        labeler = self._sent_labels
        modifiers = self._sent_modifiers
        negations = self._sent_negations
        modifier = self._sent_modifier
        punctuation = self._pt.PUNCTUATION
        emoticons = self._emoticons
        irony, mood = self._pt.IRONY, self._pt.MOOD
        a: list[dict[str, Any]] = []
        m: Any = None
        n: Any = None
        pos = None
        for w in words:
            entry = lex.get(w)
            if entry is not None and pos in entry:
                p, s, i = entry[pos]
                if m is None:
                    a.append({"w": [w], "p": p, "s": s, "i": i, "n": 1, "x": labeler.get(w)})
                if m is not None:
                    a[-1]["w"].append(w)
                    a[-1]["p"] = max(-1.0, min(p * a[-1]["i"], +1.0))
                    a[-1]["s"] = max(-1.0, min(s * a[-1]["i"], +1.0))
                    a[-1]["i"] = i
                    a[-1]["x"] = labeler.get(w)
                if n is not None:
                    a[-1]["w"].insert(0, n)
                    a[-1]["i"] = 1.0 / a[-1]["i"]
                    a[-1]["n"] = -1
                m = None
                n = None
                if (pos and pos in modifiers) or any(map(entry.__contains__, modifiers)):
                    m = (w, pos)
                if w in negations:
                    n = w
            else:
                if w in negations:
                    n = w
                elif n and len(w.strip("'")) > 1:
                    n = None
                if n is not None and m is not None and (pos in modifiers or modifier(m[0])):
                    a[-1]["w"].append(n)
                    a[-1]["n"] = -1
                    n = None
                elif m and len(w) > 2:
                    m = None
                if w == "!" and len(a) > 0:
                    a[-1]["w"].append("!")
                    a[-1]["p"] = max(-1.0, min(a[-1]["p"] * 1.25, +1.0))
                if w == "(!)":
                    a.append({"w": [w], "p": 0.0, "s": 1.0, "i": 1.0, "n": 1, "x": irony})
                if w.isalpha() is False and len(w) <= 5 and w not in punctuation:
                    for p_emo, forms in emoticons:
                        if w in forms:
                            a.append({"w": [w], "p": p_emo, "s": 1.0, "i": 1.0, "n": 1, "x": mood})
                            break
        out: list[tuple[list[str], float, float, Any]] = []
        for item in a:
            p = item["p"]
            out.append((item["w"], p * -0.5 if item["n"] < 0 else p, item["s"], item["x"]))
        return out

    def clear_caches(self) -> None:
        """Forget all memoised results (rule tables stay compiled)."""
        for cache in (
            self._context_cache,
            self._morph_cache,
            self._lemma_cache,
            self._final_lemma_cache,
            self._split_cache,
        ):
            cache.clear()

    def polarity_subjectivity(self, text: str) -> tuple[float, float]:
        """``(polarity, subjectivity)`` exactly as textblob-de 0.4.3 computes them."""
        a = self.assessments(text)
        return _avg((w[0], w[1]) for w in a), _avg((w[0], w[2]) for w in a)

    def score(self, text: str) -> tuple[float, float, int]:
        """``(polarity, subjectivity, number of assessments)``."""
        a = self.assessments(text)
        return _avg((w[0], w[1]) for w in a), _avg((w[0], w[2]) for w in a), len(a)

    @property
    def negations(self) -> tuple[str, ...]:
        """The negation words of textblob-de's sentiment lexicon."""
        return tuple(self._sent_negations)


def _by_length(rules: list[tuple[str, int]]) -> list[tuple[int, dict[str, list[int]]]]:
    tables: dict[int, dict[str, list[int]]] = {}
    for x, k in rules:
        if x:
            tables.setdefault(len(x), {}).setdefault(x, []).append(k)
    return sorted(tables.items())


def _avg(
    assessments: Iterable[tuple[Any, float]], weighted: Callable[[Any], int] = lambda w: 1
) -> float:
    # pattern.text.Sentiment.__call__.avg, same summation order
    s: float = 0
    n: float = 0
    for words, score in assessments:
        w = weighted(words)
        s += w * score
        n += w
    return s / float(n or 1)


@lru_cache(maxsize=1)
def _shared() -> TextBlobDE:
    return TextBlobDE()


def shared() -> TextBlobDE:
    """The engine instance shared by this process (created on first use)."""
    return _shared()


def polarity_subjectivity(text: str) -> tuple[float, float]:
    """Score one text with the textblob-de engine.

    Parameters
    ----------
    text
        Any text (an empty text scores ``(0.0, 0.0)``, as in textblob-de).

    Returns
    -------
    tuple of float
        ``(polarity, subjectivity)``, identical to textblob-de 0.4.3.
    """
    return _shared().polarity_subjectivity(text)


def score_many(
    texts: Sequence[str | None], *, workers: int | None = None, with_counts: bool = False
) -> list[Any]:
    """Score many texts with the textblob-de engine, on several cores when it pays.

    Parameters
    ----------
    texts
        The texts (``None`` scores ``(0.0, 0.0)``).
    workers
        Number of processes. By default two (on a machine with two or more cores) for
        batches over :data:`PARALLEL_CHARS` characters, one otherwise. Worker processes
        are forked from this one where the platform allows (they share the loaded
        lexicons), spawned elsewhere.
    with_counts
        Also return the number of scored words (assessments) per text.

    Returns
    -------
    list of tuple
        ``(polarity, subjectivity)`` (plus the count) per text, in order; identical
        whatever ``workers``.

    Examples
    --------
    >>> score_many(["Das ist gut.", None, "Das ist schlecht."])
    [(1.0, 0.0), (0.0, 0.0), (-1.0, 0.0)]
    """
    import os

    values = [t or "" for t in texts]
    if workers is None:
        size = sum(len(t) for t in values)
        workers = min(os.cpu_count() or 1, 2) if size > PARALLEL_CHARS else 1
    _shared()  # load the lexicons before any fork
    if workers <= 1 or len(values) < 2 * workers:
        return _score_chunk((values, with_counts))
    import multiprocessing as mp

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    # balance the work by characters: longest texts first, each to the lightest worker
    loads = [0] * workers
    members: list[list[int]] = [[] for _ in range(workers)]
    for i in sorted(range(len(values)), key=lambda i: -len(values[i])):
        w = loads.index(min(loads))
        members[w].append(i)
        loads[w] += len(values[i]) + 200  # a fixed cost per text
    chunks = [([values[i] for i in m], with_counts) for m in members]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # polars warns about fork; workers never call polars
        with mp.get_context(method).Pool(workers) as pool:
            parts = pool.map(_score_chunk, chunks, chunksize=1)
    out: list[Any] = [None] * len(values)
    for m, part in zip(members, parts, strict=True):
        for i, score in zip(m, part, strict=True):
            out[i] = score
    return out


#: Batches with more characters than this use two processes by default.
PARALLEL_CHARS = 400_000


def clear_caches() -> None:
    """Forget everything the shared engine memoised (for cold-cache benchmarks)."""
    _shared().clear_caches()


def oracle(text: str) -> tuple[float, float]:
    """The original: ``PatternAnalyzer(tokenizer=PatternTokenizer()).analyze(text)``.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    tuple of float
        ``(polarity, subjectivity)`` from textblob-de itself (slow; used by the tests
        and benchmarks as the reference).
    """
    return _oracle_analyzer()(text)


@lru_cache(maxsize=1)
def _oracle_analyzer() -> Callable[[str], tuple[float, float]]:
    from textblob_de import PatternTokenizer
    from textblob_de.sentiments import PatternAnalyzer

    analyzer = PatternAnalyzer(tokenizer=PatternTokenizer())

    def run(text: str) -> tuple[float, float]:
        result = analyzer.analyze(text)
        return float(result[0]), float(result[1])

    return run


def _score_chunk(job: tuple[list[str], bool]) -> list[Any]:
    texts, with_counts = job
    engine = _shared()
    if with_counts:
        return [engine.score(t) for t in texts]
    return [engine.polarity_subjectivity(t) for t in texts]
