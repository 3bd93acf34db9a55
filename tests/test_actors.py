"""Tests for analysis_kit.actors: the lexicon, every matching rule, KWIC, co-mentions, rates."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import polars as pl
import pytest

import analysis_kit as ak
from analysis_kit.actors import ActorLexicon, ActorLexiconError


def sides_in(
    text: str, lexicon: ActorLexicon | None = None, published: dt.date | None = None
) -> list[tuple[str, str]]:
    frame = pl.DataFrame(
        {"article_id": ["a"], "text": [text], "published": [published]},
        schema={"article_id": pl.String, "text": pl.String, "published": pl.Date},
    )
    corpus = ak.load(frame)
    return ak.mentions(corpus, lexicon, include_boilerplate=True).select("side", "match").rows()


def sides(text: str, **kw: object) -> set[str]:
    return {s for s, _ in sides_in(text, **kw)}  # type: ignore[arg-type]


# ------------------------------------------------------------------ the example article


def test_example_paragraph_sets() -> None:
    m = ak.mentions(ak.example())
    by_side = {
        side: sorted(m.filter(pl.col("side") == side)["paragraph"].unique().to_list())
        for side in ("NATO", "Russia")
    }
    assert by_side == {"NATO": [0, 1, 2, 4, 5, 6, 7, 8, 9], "Russia": [0, 1, 3, 4, 5, 6, 7]}


def test_offsets_point_at_the_match() -> None:
    corpus = ak.example()
    m = ak.mentions(corpus).join(
        corpus.paragraphs.select("article_id", "paragraph", pl.col("text").alias("p")),
        on=["article_id", "paragraph"],
    )
    assert (
        m.select(
            pl.col("p").str.slice(pl.col("start"), pl.col("end") - pl.col("start"))
            == pl.col("match")
        )
        .to_series()
        .all()
    )
    assert (
        m.columns[:9]
        == [
            "article_id",
            "paragraph",
            "sentence",
            "actor",
            "side",
            "actor_kind",
            "match",
            "start",
            "end",
            "p",
        ][:9]
    )


# ------------------------------------------------------------------ matching rules


def test_compound_parts() -> None:
    assert sides_in("Die NATO-Verbündeten berieten.") == [("NATO", "NATO"), ("NATO", "Verbündeten")]
    assert ("USA", "US") in sides_in("US-Außenminister Blinken reiste ab.")
    assert sides_in("Der NATO-Russland-Rat tagt.") == [("NATO", "NATO"), ("Russia", "Russland")]


def test_inflection_and_demonyms() -> None:
    assert sides("Die Politik Russlands bleibt hart.") == {"Russia"}
    assert sides("Die russischen Truppen rücken vor.") == {"Russia"}
    assert sides("Die Ukrainer und die ukrainische Regierung.") == {"Ukraine"}
    assert sides("Die Kämpfe in der Ostukraine gehen weiter.") == {"Ukraine"}


def test_swiss_spelling_and_phrases() -> None:
    assert sides("Das Weisse Haus schweigt.") == {"USA"}
    assert sides("Das Weiße Haus schweigt.") == {"USA"}
    assert sides("Die Vereinigten Staaten drohen.") == {"USA"}
    assert sides_in("Vertreter der Europäischen Union") == [("EU", "Europäischen Union")]


def test_case_rules() -> None:
    assert sides("Die Nato und die NATO sind dasselbe.") == {"NATO"}
    assert sides("Das Recht eines Landes.") == set()
    assert sides("Condoleezza Rice kam.") == {"USA"}
    assert sides("Sie aßen rice und Bohnen.") == set()
    assert sides("Sie sind us sehr fremd.") == set()


def test_exclusions() -> None:
    assert sides("Weißrussland und Weissrussland grenzen an Polen.") == {"Belarus", "Poland"}
    assert sides("Der Senator sprach lange.") == set()
    assert sides("Der Kurs fiel unter 1,10 US-Dollar.") == set()
    assert sides("Die Washington Post berichtete darüber.") == set()
    assert sides("Washington droht mit Sanktionen.") == {"USA"}
    assert sides("Bündnis 90/Die Grünen und die NATO.") == {"NATO"} and (
        "NATO",
        "Bündnis",
    ) not in sides_in("Bündnis 90/Die Grünen und die NATO.")
    assert ("NATO", "Allianz") not in sides_in(
        "Die NATO tagte. Das Spiel fand in der Allianz Arena statt."
    )


def test_generic_words_need_the_side_named() -> None:
    assert sides("Das Bündnis berät über Truppen.") == set()
    assert sides_in("Die NATO tagte. Das Bündnis berät über Truppen.") == [
        ("NATO", "NATO"),
        ("NATO", "Bündnis"),
    ]
    assert sides("Brüssel fordert mehr Geld.") == set()
    assert sides("Die EU tagte. Brüssel fordert mehr Geld.") == {"EU"}


def test_private_persons_and_companies_are_not_the_state() -> None:
    assert sides("Die amerikanische Schauspielerin kam nach Deutschland.") == {"Germany"}
    assert sides("Ein US-Forscher fand heraus, dass es regnet.") == set()
    assert sides("Die US-Regierung fand heraus, dass es regnet.") == {"USA"}
    assert sides("Ukrainischen Presseberichten zufolge ist es ruhig.") == set()


def test_datelines_are_places() -> None:
    assert sides("Kiew/Moskau – Die Lage bleibt ruhig.") == set()
    assert sides("Moskau reagierte mit Ausweisungen.") == {"Russia"}


def test_capitals_as_places() -> None:
    assert sides("Er betonte bei einem Besuch in Kiew, dass alles gut sei.") == set()
    assert sides("Die Regierung in Kiew lehnt das ab.") == {"Ukraine"}
    assert sides("Das Außenministerium in Moskau lehnt das ab.") == {"Russia"}
    assert sides("Die Militärführung in Kiew lehnt das ab.") == {"Ukraine"}
    assert sides("Der Generalstab in Kiew meldete Erfolge.") == {"Ukraine"}
    assert sides("Ein Gericht in Moskau verurteilte den Journalisten.") == {"Russia"}
    # (an embassy in a capital is another state's)
    assert sides("Die Botschaft in Moskau blieb geschlossen.") == set()
    assert sides("Die Beamten in Moskau schwiegen.") == set()
    assert sides("ZSKA Moskau schlug Dynamo Kiew mit 2:1.") == set()
    assert sides("Kiew lehnt das ab.") == {"Ukraine"}
    assert sides("Sie reisten nach Moskau.") == set()


def test_former_leaders_and_regional_heads_of_a_side() -> None:
    assert sides("Boris Jelzin trat 1999 zurück.") == {"Russia"}
    assert sides("Kadyrows Kämpfer rückten vor.") == {"Russia"}


def test_parliament_and_secret_services_of_russia() -> None:
    assert sides("Die Duma stimmte dem Gesetz zu.") == {"Russia"}
    assert sides("Die Duma-Abgeordneten jubelten.") == {"Russia"}
    assert sides("Der Föderationsrat billigte den Einsatz.") == {"Russia"}
    assert sides("Der Inlandsgeheimdienst FSB nahm ihn fest.") == {"Russia"}
    assert sides("Agenten des Militärgeheimdienstes GRU sollen beteiligt sein.") == {"Russia"}
    # (the writer, whose name looks like a genitive of the Duma)
    assert sides("Alexandre Dumas schrieb „Die drei Musketiere“.") == set()
    assert sides("Ein Roman von Dumas lag auf dem Tisch.") == set()


def test_parliaments_and_secret_services_of_the_other_sides() -> None:
    assert sides("Die CIA ermittelte.") == {"USA"}
    assert sides("Die NSA-Affäre belastete die Beziehungen.") == {"USA"}
    assert sides("Das Land liegt im CIA World Factbook weit vorn.") == set()
    assert sides("Die Werchowna Rada stimmte zu.") == {"Ukraine"}
    assert sides("Die Rada billigte das Gesetz.") == {"Ukraine"}
    assert sides("Der Geheimdienst SBU nahm ihn fest.") == {"Ukraine"}
    # (Rada alone is also a first name)
    assert sides("Rada Petrović gewann das Turnier.") == set()
    assert sides("Der Bundestag stimmte zu.") == {"Germany"}
    assert sides("Der Bundestags-Innenausschuss tagte, der BND warnte.") == {"Germany"}


def test_a_message_from_a_capital_is_its_governments() -> None:
    assert sides("Die Antwort aus Moskau kam prompt.") == {"Russia"}
    assert sides("Kritik aus Kiew ließ nicht auf sich warten.") == {"Ukraine"}
    assert sides("Wie es aus Moskau hieß, sei die Lage ernst.") == {"Russia"}
    assert sides("„Wir prüfen das“, hieß es in Kiew.") == {"Ukraine"}
    assert sides("Er sagte, es sei in Kiew ruhig.") == set()
    # a person coming from there is not
    assert sides("Er kam aus Moskau zurück.") == set()
    assert sides("Die Delegation aus Kiew traf am Abend ein.") == set()


def test_dated_roles() -> None:
    assert sides("Tusk sprach in Warschau.", published=dt.date(2010, 5, 1)) == {"Poland"}
    assert sides("Tusk sprach in Brüssel.", published=dt.date(2017, 5, 1)) == {"EU"}
    assert sides("Tusk sprach.", published=None) == {"EU"}
    assert sides("Von der Leyen besuchte die Truppe.", published=dt.date(2015, 1, 1)) == {"Germany"}


def test_default_lexicon_covers_the_required_sides() -> None:
    lex = ak.DEFAULT_ACTORS
    needed = {
        "NATO",
        "Russia",
        "Ukraine",
        "USA",
        "EU",
        "Germany",
        "United Kingdom",
        "France",
        "Poland",
        "China",
        "Georgia",
        "Belarus",
        "Baltic states",
        "Estonia",
        "Latvia",
        "Lithuania",
        "UN",
        "OSCE",
        "Turkey",
        "Iran",
        "Syria",
        "Israel",
        "North Korea",
    }
    assert needed <= set(lex.sides)
    for name, side in [
        ("Putin", "Russia"),
        ("Lawrow", "Russia"),
        ("Selenskyj", "Ukraine"),
        ("Stoltenberg", "NATO"),
        ("Macron", "France"),
        ("Merkel", "Germany"),
        ("Starmer", "United Kingdom"),
        ("Duda", "Poland"),
        ("Lukaschenko", "Belarus"),
        ("Guterres", "UN"),
        ("OSZE", "OSCE"),
        ("Xi", "China"),
        ("Saakaschwili", "Georgia"),
        ("Erdoğan", "Turkey"),
        ("Chamenei", "Iran"),
        ("Assad", "Syria"),
        ("Netanjahu", "Israel"),
        ("Kim Jong Un", "North Korea"),
    ]:
        assert sides(f"Laut {name} ist das so.") == {side}, name
    text = (Path(ak.__file__).parent / "data" / "actors.toml").read_text(encoding="utf-8")
    pieces = re.split(r"(?m)^\[\[actor\]\]$", text)
    blocks, previous = pieces[1:], pieces[:-1]
    assert len(blocks) == len(lex)
    for before in previous:  # every actor has a comment right above it
        assert before.rstrip().splitlines()[-1].startswith("# ")


# ------------------------------------------------------------------ lexicon files and copies


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "lex.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[actor]]\nid = "X"\npatterns = ["X"\n', r"lex\.toml: TOML syntax error"),
        (
            '[[actor]]\nid = "X"\nside = "X"\npaterns = ["X"]\n',
            r"lex\.toml: actor 'X': unknown key\(s\) \['paterns'\]",
        ),
        (
            '[[actor]]\nid = "X"\nside = "X"\npatterns = [""]\n',
            r"lex\.toml: actor 'X': empty pattern",
        ),
        (
            '[[actor]]\nid = "X"\nside = "X"\npatterns = ["X"]\nregex = ["(unclosed"]\n',
            r"lex\.toml: actor 'X': invalid regex",
        ),
        (
            '[[actor]]\nid = "X"\nside = "X"\npatterns = ["X"]\n[[actor]]\nid = "X"\nside = "Y"\npatterns = ["Y"]\n',
            r"lex\.toml: actor 'X': duplicated actor id",
        ),
        (
            '[[actor]]\nid = "X"\nside = "X"\npatterns = ["Ru*"]\n',
            r"prefix needs at least 3 letters",
        ),
        (
            '[[actor]]\nid = "X"\nside = "X"\nactor_kind = "army"\npatterns = ["X"]\n',
            r"actor_kind 'army'",
        ),
        ('[[actor]]\nside = "X"\npatterns = ["X"]\n', r"actor #1: missing or empty 'id'"),
    ],
)
def test_bad_lexicon_files(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ActorLexiconError, match=message):
        ActorLexicon.from_toml(write(tmp_path, body))


def test_missing_lexicon_file(tmp_path: Path) -> None:
    with pytest.raises(ActorLexiconError, match=r"nope\.toml: no such file"):
        ActorLexicon.from_toml(tmp_path / "nope.toml")


def test_patterns_are_literal_unless_regex(tmp_path: Path) -> None:
    lex = ActorLexicon.from_toml(
        write(
            tmp_path,
            '[[actor]]\nid = "Dots"\nside = "D"\npatterns = ["A.B"]\n[[actor]]\nid = "Rx"\nside = "R"\nregex = ["Wagner(gruppe|truppe)"]\n',
        )
    )
    assert sides("Die Wagnertruppe kam.", lexicon=lex) == {"R"}
    assert sides("AxB kam.", lexicon=lex) == set()


def test_with_actor_and_copies() -> None:
    base = ak.DEFAULT_ACTORS
    lex = base.with_actor(
        "Wagner",
        patterns=["Wagner-Gruppe", "Wagner-Söldner*"],
        side="Russia",
        actor_kind="organisation",
    )
    assert sides_in("Die Wagner-Söldnern kämpften.", lexicon=lex) == [("Russia", "Wagner-Söldnern")]
    assert "Wagner" not in base.ids
    assert len(lex.without_actor("Wagner")) == len(base)
    more = base.with_patterns("Russia", ["Putinland"])
    assert sides("Putinland schweigt.", lexicon=more) == {"Russia"}
    with pytest.raises(KeyError, match="no actor 'Nobody'"):
        base.get("Nobody")
    frame = base.to_frame()
    assert {"pattern", "generic", "exclude"} <= set(frame["kind"])


# ------------------------------------------------------------------ kwic, co-mentions, rates, candidates


def test_kwic_for_actor_side_word_and_pattern() -> None:
    corpus = ak.example()
    by_side = ak.kwic(corpus, "Russia", window=2)
    assert by_side.height == 10
    assert by_side.filter(pl.col("paragraph") == 4).select("left", "match", "right").rows()[1] == (
        "Sitzung des NATO-",
        "Russland",
        "-Rates einzuberufen ab",
    )
    assert ak.kwic(corpus, "Moscow")["match"].to_list() == ["Moskau", "Moskau", "Moskau"]
    word = ak.kwic(corpus, "dialog", window=1)
    assert word.select("left", "match", "right").rows() == [
        ("den", "Dialog", "“"),
        ("den", "Dialog", "zu"),
        ("bedeutenden", "Dialog", "“"),
    ]
    assert ak.kwic(corpus, pattern=r"Sicherheit\w*")["match"].to_list() == [
        "Sicherheit",
        "Sicherheit",
        "Sicherheit",
        "Sicherheitsgarantien",
    ]
    assert ak.kwic(corpus, "Quark").height == 0
    with pytest.raises(ValueError, match="either a query"):
        ak.kwic(corpus)


def test_co_mentions_values() -> None:
    pairs = ak.co_mentions(ak.example())
    row = pairs.filter((pl.col("a") == "NATO") & (pl.col("b") == "Russia")).row(0, named=True)
    assert (row["n_both"], row["n_a"], row["n_b"], row["n_units"]) == (6, 9, 7, 10)
    assert row["jaccard"] == pytest.approx(6 / 10)
    # npmi: log(p_ab / (p_a p_b)) / -log(p_ab)
    import math

    assert row["npmi"] == pytest.approx(math.log(0.6 / (0.9 * 0.7)) / -math.log(0.6))
    by_actor = ak.co_mentions(ak.example(), by="actor", unit="article")
    assert by_actor["n_units"].unique().to_list() == [1]
    with pytest.raises(ValueError, match="unit='word'"):
        ak.co_mentions(ak.example(), unit="word")  # type: ignore[arg-type]


def test_mention_rates_by_source() -> None:
    corpus = ak.load(
        pl.DataFrame(
            {
                "article_id": ["a", "b", "c"],
                "source": ["taz", "taz", "FAZ"],
                "text": [
                    "Die NATO und Russland reden. Die NATO wartet.",
                    "Das Wetter ist schön heute.",
                    "Russland schweigt dazu.",
                ],
            }
        )
    )
    rates = ak.mention_rates(corpus, by="source").filter(pl.col("side").is_in(["NATO", "Russia"]))
    got = {
        (s, side): (n, share)
        for s, side, n, share in rates.select(
            "source", "side", "n_mentions", "share_of_articles"
        ).iter_rows()
    }
    assert got[("taz", "NATO")] == (2, 0.5)
    assert got[("taz", "Russia")] == (1, 0.5)
    assert got[("FAZ", "NATO")] == (0, 0.0)
    assert got[("FAZ", "Russia")] == (1, 1.0)
    taz_words = corpus.articles.filter(pl.col("source") == "taz")["n_words"].sum()
    nato = rates.filter((pl.col("source") == "taz") & (pl.col("side") == "NATO"))["per_1000_words"][
        0
    ]
    assert nato == pytest.approx(2 * 1000 / taz_words)
    with pytest.raises(ValueError, match="not article columns"):
        ak.mention_rates(corpus, by="outlet")


def test_actor_candidates() -> None:
    corpus = ak.load(
        pl.DataFrame(
            {
                "text": [
                    "Das sagte Außenminister Ivo Beispielow am Montag in Sofia. Putin schwieg.",
                    "In Sofia traf Ivo Beispielow den Kollegen Jens Stoltenberg.",
                    "Dazu erklärte Testowa, man sei bereit.",
                ]
            }
        )
    )
    cands = ak.actor_candidates(corpus, min_count=1)
    assert cands.row(0, named=True)["candidate"] == "Ivo Beispielow"
    assert cands.row(0, named=True)["count"] == 2
    assert "Testowa" in cands["candidate"].to_list()
    assert not any(re.search("Putin|Stoltenberg", c) for c in cands["candidate"])


def test_mention_profile_totals_agree_with_mention_rates(fixtures: Path) -> None:
    corpus = ak.load(fixtures / "framing")
    profile = ak.mention_profile(corpus, top=None)
    rates = ak.mention_rates(corpus, by=None).filter(pl.col("n_mentions") > 0)
    assert dict(profile.select("name", "mentions").iter_rows()) == dict(
        rates.select("side", "n_mentions").iter_rows()
    )
    assert profile["words"].to_list() == [rates["n_words"][0]] * profile.height
    assert profile["rate"].to_list() == pytest.approx(
        rates.sort("n_mentions", "side", descending=[True, False])["per_1000_words"].to_list()
    )


def test_mention_profile_by_month_and_article_fills_zeros(fixtures: Path) -> None:
    corpus = ak.load(fixtures / "framing")
    monthly = ak.mention_profile(corpus, by="time", top=3)
    assert monthly.height == 2 * 3  # two months, three names, zeros included
    assert monthly.filter(pl.col("mentions") == 0).height >= 1
    per_article = ak.mention_profile(corpus, by="article", top=2)
    assert per_article.height == 4 * 2
    with pytest.raises(ValueError, match="by="):
        ak.mention_profile(corpus, by="weekday")  # type: ignore[arg-type]


def test_the_capital_adjective_with_a_noun_of_government() -> None:
    corpus = ak.load(
        pl.DataFrame(
            {
                "text": [
                    "Die Moskauer Führung und die Kiewer Regierung verhandeln. "
                    "Ein Moskauer Bürger protestiert, die Moskauer Metro fährt."
                ]
            }
        )
    )
    assert ak.mentions(corpus).select("actor", "side", "match").rows() == [
        ("Moscow", "Russia", "Moskauer Führung"),
        ("Kyiv", "Ukraine", "Kiewer Regierung"),
    ]


def test_two_lexicons_search_the_same_token_segments_once() -> None:
    # the actors and the frame dictionary are both searched in the corpus's word segments:
    # these are made once per corpus
    corpus = ak.example()
    first = ak.mentions(corpus)
    segments = corpus._cache[("mentions: segments", False)]
    frames = ak.frame_matches(corpus)
    assert corpus._cache[("mentions: segments", False)] is segments
    assert frames.height > 0
    # and the mentions are those of a corpus without the cache
    assert ak.mentions(ak.example()).equals(first)


def test_georgia_its_capital_only_with_it_named_and_not_its_cuisine() -> None:
    assert sides("Saakaschwili warf Russland einen Angriff auf Georgien vor.") == {
        "Georgia",
        "Russia",
    }
    assert sides("Die georgische Regierung in Tiflis schwieg.") == {"Georgia"}
    assert sides("In Tiflis regnete es.") == set()
    assert sides("Die georgische Küche ist berühmt.") == set()


@pytest.mark.parametrize(
    ("name", "actor", "side"),
    [
        ("Saakaschwili", "Georgian leaders", "Georgia"),
        ("Lukaschenko", "Belarusian leaders", "Belarus"),
        ("Xi Jinping", "Chinese leaders", "China"),
        ("Ilves", "Estonian leaders", "Estonia"),
        ("Guterres", "UN Secretary-General", "UN"),
        ("Zannier", "OSCE Secretary General", "OSCE"),
    ],
)
def test_leaders_are_persons_of_their_side_not_the_country(
    name: str, actor: str, side: str
) -> None:
    corpus = ak.load(pl.DataFrame({"text": [f"Am Montag sagte {name}, man sei bereit."]}))
    found = ak.mentions(corpus)
    assert found.select("actor", "side", "actor_kind").rows() == [(actor, side, "person")]


def test_more_states_of_security_coverage() -> None:
    # Turkey, Iran, Syria, Israel and North Korea with their capitals (generic: only where the
    # state is named) and leaders
    found = sides_in(
        "Erdoğan traf in Ankara den iranischen Präsidenten Raisi. Teheran und Damaskus "
        "reagierten. Kim Jong Un ließ in Nordkorea Raketen testen."
    )
    assert found == [
        ("Turkey", "Erdoğan"),
        ("Turkey", "Ankara"),
        ("Iran", "iranischen"),
        ("Iran", "Raisi"),
        ("Iran", "Teheran"),
        ("North Korea", "Kim Jong Un"),
        ("North Korea", "Nordkorea"),
    ]
    # (Damaskus counts only where Syria is named; the end of "Kim Jong Un" is not the UN)
    assert sides("Die Delegation reiste nach Damaskus.") == set()
    # a German society is not the state of Israel
    assert sides("Der Präsident der Deutsch-Israelischen Gesellschaft sprach.") == set()


def test_a_states_own_security_council_is_not_the_un() -> None:
    assert sides_in(
        "Der Nationale Sicherheitsrat der USA tagte. Der Sekretär des russischen "
        "Sicherheitsrates warnte. Auch der Sicherheitsrat der Ukraine und der iranische "
        "Nationale Sicherheitsrat tagten."
    ) == [("USA", "USA"), ("Russia", "russischen"), ("Ukraine", "Ukraine"), ("Iran", "iranische")]
    # (the UN Security Council, also without "UN")
    assert sides_in("Der UN-Sicherheitsrat tagte. Der Sicherheitsrat verurteilte den Test.") == [
        ("UN", "UN-Sicherheitsrat"),
        ("UN", "Sicherheitsrat"),
    ]
