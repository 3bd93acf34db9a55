"""The textblob-de engine equals textblob-de 0.4.3 (the oracle) bit for bit."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis_kit as ak
from analysis_kit.sentiment.textblob import TextBlobDE, oracle, score_many

from .conftest import ARTICLE_A, ARTICLE_B, FIXTURES

ENGINE = TextBlobDE()

# words that exercise lexicon, tagger rules, negation, modifiers, lemmas and the tokenizer
VOCAB = """
Die der das ein eine nicht kein keine keiner nie ohne nichts nein sehr extrem kaum wenig
viel gar überhaupt gut schlecht schön hässlich großartig schrecklich Hoffnung Krieg Frieden
Recht recht sauber sauberer saubersten Angriff Angriffe angegriffen zerstört zerstören
Russland NATO Moskau Putin Stoltenberg Bündnis Allianz Sicherheit gefährlich Gefahr
ist war sind wurde werden hat haben sagte erklärte betonte kritisierte lobte drohte
und oder aber sondern weil dass obwohl wenn als wie so auch noch schon erst nur
Straße Größe groß größer größte Maß Fuß heißt weiß außen Äpfel Öl Übel übel
z.B. Dr. Nr. bzw. usw. u.a. ca. Prof. St. vgl. etc. z. B. u. a.
3 12 1977 3,5 1.000 12:30 50% 100$ 2.0 -5 +3 1/2 3. 11.
:-) :( ;-) xD <3 :D :P (!) ! ? ... .. , ; : - – — / // \\ ( ) [ ] { } " ' „ “ ” » « ‚ ‘ ’ *
GUT SCHLECHT Gut Schlecht gUT KRIEG Nato nato HOFFNUNG
""".split()

texts = st.lists(st.sampled_from(VOCAB), min_size=0, max_size=40).map(" ".join)


def glue(draw_words: list[str], seps: list[str]) -> str:
    return "".join(w + s for w, s in zip(draw_words, seps, strict=False))


mangled = st.builds(
    glue,
    st.lists(st.sampled_from(VOCAB), min_size=1, max_size=30),
    st.lists(
        st.sampled_from([" ", "", "  ", "\n", "\n\n", "/", ".", ", ", "\t", "\u00a0"]),
        min_size=30,
        max_size=30,
    ),
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_parity_on_generated_word_sequences(text: str) -> None:
    assert ENGINE.polarity_subjectivity(text) == oracle(text)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled)
def test_parity_on_mangled_text(text: str) -> None:
    assert ENGINE.polarity_subjectivity(text) == oracle(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_parity_on_arbitrary_unicode(text: str) -> None:
    assert ENGINE.polarity_subjectivity(text) == oracle(text)


def real_texts() -> list[str]:
    corpus = ak.load(FIXTURES / "nato_article.html")
    example = ak.example()
    pieces = [ARTICLE_A, ARTICLE_B, (FIXTURES / "nato_article.html").read_text(encoding="utf-8")]
    for c in (example, corpus):
        pieces += c.paragraphs["text"].to_list() + c.sentences["text"].to_list()
    pieces.append("\n\n".join(example.paragraphs["text"]))
    rng = random.Random(7)
    sentences = example.sentences["text"].to_list() + corpus.sentences["text"].to_list()
    for _ in range(300):  # shuffled sentence mixes, some lower-cased or upper-cased
        chosen = rng.sample(sentences, k=rng.randint(1, 4))
        text = " ".join(chosen)
        pieces.append(rng.choice([text, text.lower(), text.upper(), text.replace(" ", "  ")]))
    return pieces


def test_parity_on_real_text() -> None:
    values = real_texts()
    assert len(values) > 300
    mismatches = [t for t in values if ENGINE.polarity_subjectivity(t) != oracle(t)]
    assert mismatches == []


def test_parity_survives_cache_reuse_and_clearing() -> None:
    values = real_texts()[:40]
    first = [ENGINE.polarity_subjectivity(t) for t in values]
    again = [ENGINE.polarity_subjectivity(t) for t in values]
    fresh = TextBlobDE()
    cold = [fresh.polarity_subjectivity(t) for t in reversed(values)][::-1]
    ENGINE.clear_caches()
    assert first == again == cold == [oracle(t) for t in values]


def test_two_processes_give_the_same_numbers() -> None:
    values = real_texts()[:60]
    assert (
        score_many(values, workers=2)
        == score_many(values, workers=1)
        == [oracle(t) for t in values]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es gibt keine Hoffnung.", (0.0, 0.0)),  # nouns never match in textblob-de
        ("Das ist nicht so gut.", (1.0, 0.0)),  # negation reaches only the next word
        ("Das ist gut.", (1.0, 0.0)),
        ("", (0.0, 0.0)),
    ],
)
def test_known_textblob_de_faults_are_reproduced(text: str, expected: tuple[float, float]) -> None:
    assert ENGINE.polarity_subjectivity(text) == expected == oracle(text)
