"""Tests for the file readers: every format, encodings and column mapping."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

import analysis_kit as ak
from analysis_kit.readers import LoadError, decode, parse_dates

from .conftest import ARTICLE_A, ARTICLE_B

UMLAUT_TEXT = (
    "Grüße aus Österreich\n\nDer Außenminister sagte: „Die Lage ist ernst.“ Straße\u00a0frei."
)


def body(corpus: ak.Corpus, article: int = 0) -> list[str]:
    aid = corpus.articles["article_id"][article]
    return corpus.paragraphs.filter(pl.col("article_id") == aid)["text"].to_list()


def test_plain_text_title_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_A, encoding="utf-8")
    corpus = ak.load(path)
    assert corpus.articles["title"].item() == "Gipfel in Brüssel: Die NATO berät über Russland"
    assert corpus.paragraphs["role"].to_list() == ["title", "body", "body", "boilerplate"]
    assert corpus.paragraphs["text"][2].startswith("„Wir bleiben offen für Gespräche“")
    assert corpus.articles["article_id"].item() == "a.txt"


def test_markdown_front_matter_headings_and_links(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text(
        "---\ntitle: Kreml weist Vorwürfe zurück\ndate: 2022-03-03\nsource: Beispielblatt\n"
        "author: Max Muster\n---\n\n## Zwischentitel\n\nDer **Kreml** hat die [Vorwürfe](https://x.example)"
        " zurückgewiesen. ![Bild](a.png)\n",
        encoding="utf-8",
    )
    corpus = ak.load(path)
    row = corpus.articles.row(0, named=True)
    assert row["title"] == "Kreml weist Vorwürfe zurück"
    assert row["published"] == dt.date(2022, 3, 3)
    assert row["source"] == "Beispielblatt"
    assert row["author"] == "Max Muster"
    assert body(corpus) == [
        "Kreml weist Vorwürfe zurück",
        "Zwischentitel",
        "Der Kreml hat die Vorwürfe zurückgewiesen.",
    ]


def test_markdown_first_line_heading_is_title(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text("# " + ARTICLE_B, encoding="utf-8")
    corpus = ak.load(path)
    assert corpus.articles["title"].item() == "Kreml weist Vorwürfe zurück"
    assert corpus.paragraphs.height == 3


def test_html_main_text_and_metadata(fixtures: Path) -> None:
    corpus = ak.load(fixtures / "nato_article.html")
    row = corpus.articles.row(0, named=True)
    assert row["title"] == "Außenminister beraten über Russland"
    assert row["author"] == "Anna Muster"
    assert row["source"] == "Beispielzeitung"
    assert row["published"] == dt.date(2022, 1, 7)
    assert row["url"] == "https://zeitung.example/politik/aussenminister-russland"
    texts = corpus.paragraphs["text"].to_list()
    assert len(texts) == 4
    assert texts[2].startswith("Generalsekretär Jens Stoltenberg sagte")
    joined = " ".join(texts)
    for dropped in ("window.tracking", "Startseite", "font-family", "Impressum"):
        assert dropped not in joined


def test_json_list_object_and_wrapped(tmp_path: Path) -> None:
    rows = [
        {"id": "n1", "headline": "Titel eins", "body": "Die NATO tagt.", "date": "2022-01-05"},
        {"id": "n2", "headline": "Titel zwei", "body": "Moskau schweigt.", "tags": ["x"]},
    ]
    (tmp_path / "list.json").write_text(json.dumps(rows), encoding="utf-8")
    corpus = ak.load(tmp_path / "list.json")
    assert corpus.articles["article_id"].to_list() == ["n1", "n2"]
    assert corpus.articles["title"].to_list() == ["Titel eins", "Titel zwei"]
    assert corpus.articles["published"].to_list() == [dt.date(2022, 1, 5), None]
    (tmp_path / "wrapped.json").write_text(json.dumps({"articles": rows}), encoding="utf-8")
    assert ak.load(tmp_path / "wrapped.json").articles.height == 2
    (tmp_path / "one.json").write_text(
        json.dumps({"text": "Ein Text über Kiew."}), encoding="utf-8"
    )
    one = ak.load(tmp_path / "one.json")
    assert one.articles["article_id"].item() == "one.json#0"
    assert one.paragraphs["text"].item() == "Ein Text über Kiew."


def test_json_of_news_apis_nested_fields_and_lists(tmp_path: Path) -> None:
    # NewsAPI: {"articles": [...]}, the source an object with its name, an ISO timestamp
    newsapi = {
        "status": "ok",
        "articles": [
            {
                "source": {"id": None, "name": "Der Spiegel"},
                "author": None,
                "title": "Nato-Gipfel",
                "url": "https://example.org/1",
                "publishedAt": "2024-07-10T12:00:00Z",
                "content": "Die Nato trifft sich in Washington.",
            }
        ],
    }
    (tmp_path / "newsapi.json").write_text(json.dumps(newsapi), encoding="utf-8")
    corpus = ak.load(tmp_path / "newsapi.json")
    assert corpus.articles.select("title", "source", "published", "url").row(0) == (
        "Nato-Gipfel",
        "Der Spiegel",
        dt.date(2024, 7, 10),
        "https://example.org/1",
    )
    # the Guardian: the list one level down, the text inside "fields"; tags are joined
    guardian = {
        "response": {
            "status": "ok",
            "results": [
                {
                    "id": "world/2024/jul/10/nato",
                    "webTitle": "Nato summit",
                    "webUrl": "https://example.org/2",
                    "webPublicationDate": "2024-07-10T18:00:00Z",
                    "fields": {"bodyText": "Russland protestiert gegen den Gipfel."},
                    "tags": [{"name": "Nato"}, {"name": "Russia"}],
                }
            ],
        }
    }
    (tmp_path / "guardian.json").write_text(json.dumps(guardian), encoding="utf-8")
    corpus = ak.load(tmp_path / "guardian.json")
    assert corpus.articles.select("article_id", "title", "published", "url", "tags").row(0) == (
        "world/2024/jul/10/nato",
        "Nato summit",
        dt.date(2024, 7, 10),
        "https://example.org/2",
        "Nato, Russia",
    )
    assert body(corpus)[-1] == "Russland protestiert gegen den Gipfel."
    # the New York Times: headline and byline objects; a text as a list of paragraphs
    nyt = {
        "response": {
            "docs": [
                {
                    "headline": {"main": "Kremlin warns", "kicker": None},
                    "byline": {"original": "By Anna Smith"},
                    "pub_date": "2024-07-10T12:00:00+0000",
                    "web_url": "https://example.org/3",
                    "text": ["Der Kreml warnt.", "Die Nato reagiert."],
                }
            ]
        }
    }
    (tmp_path / "nyt.json").write_text(json.dumps(nyt), encoding="utf-8")
    corpus = ak.load(tmp_path / "nyt.json")
    assert corpus.articles.select("title", "author", "published", "url").row(0) == (
        "Kremlin warns",
        "By Anna Smith",
        dt.date(2024, 7, 10),
        "https://example.org/3",
    )
    assert body(corpus) == ["Kremlin warns", "Der Kreml warnt.", "Die Nato reagiert."]
    # a list of authors
    (tmp_path / "authors.jsonl").write_text(
        json.dumps({"text": "Der Kreml warnt.", "authors": ["Anna Smith", "Bob Lee"]}) + "\n",
        encoding="utf-8",
    )
    assert ak.load(tmp_path / "authors.jsonl").articles["author"].item() == "Anna Smith, Bob Lee"


def test_json_lines_keeps_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        '{"text": "Erste Meldung über die NATO."}\n{broken json\n\n{"text": "Zweite Meldung."}\n',
        encoding="utf-8",
    )
    with pytest.warns(ak.LoadWarning, match="news.jsonl:2"):
        corpus = ak.load(path)
    assert corpus.articles["article_id"].to_list() == ["news.jsonl#0", "news.jsonl#1"]
    assert corpus.problems.rows() == [("news.jsonl:2", corpus.problems["problem"][0])]
    assert corpus.problems["problem"][0].startswith("invalid JSON line")


def test_csv_comma_with_aliases(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    pl.DataFrame(
        {
            "Headline": ["Gipfel", "Kreml"],
            "Body": ['Die NATO tagt, sagte er: "Wir sind bereit."', "Moskau\n\nschweigt."],
            "Outlet": ["derStandard", "taz"],
            "label": ["International", "Inland"],
        }
    ).write_csv(path)
    corpus = ak.load(path)
    assert corpus.articles.select("article_id", "title", "source", "label").rows() == [
        ("news.csv#0", "Gipfel", "derStandard", "International"),
        ("news.csv#1", "Kreml", "taz", "Inland"),
    ]
    assert body(corpus, 1) == ["Kreml", "Moskau", "schweigt."]
    sub = corpus.filter(pl.col("source") == "taz")
    assert sub.articles["article_id"].to_list() == ["news.csv#1"]


def test_csv_semicolon_and_single_quote_without_header(tmp_path: Path) -> None:
    path = tmp_path / "orig.txt"
    path.write_text(
        "Wirtschaft;'Die Gewerkschaft lanciert den \"Rechner\". Sie sagt, es gehe um Geld.'\n"
        "International;'Russland und die NATO verhandeln. Die Lage bleibt angespannt.'\n",
        encoding="utf-8",
    )
    corpus = ak.load(
        path, format="csv", has_header=False, columns={"column_1": "label", "column_2": "text"}
    )
    assert corpus.articles["label"].to_list() == ["Wirtschaft", "International"]
    assert corpus.sentences.filter(pl.col("article_id") == "orig.txt#1")["text"].to_list() == [
        "Russland und die NATO verhandeln.",
        "Die Lage bleibt angespannt.",
    ]


def test_csv_given_delimiter_and_tsv(tmp_path: Path) -> None:
    tsv = tmp_path / "a.tsv"
    tsv.write_text("text\tsource\nEin Text, mit Komma.\tORF\n", encoding="utf-8")
    assert ak.load(tsv).articles["source"].item() == "ORF"
    pipe = tmp_path / "b.csv"
    pipe.write_text("text|source\nEin Text; mit Semikolon.|APA\n", encoding="utf-8")
    assert ak.load(pipe, delimiter="|").paragraphs["text"].item() == "Ein Text; mit Semikolon."


def test_parquet_with_mapping_dates_and_ids(tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    pl.DataFrame(
        {
            "article_id": ["x1", "x2"],
            "inhalt": ["Die Ukraine verhandelt.", "Kiew verhandelt."],
            "zeit": [dt.datetime(2022, 2, 1, 10), dt.datetime(2022, 2, 2, 11)],
        }
    ).write_parquet(path)
    corpus = ak.load(path, columns={"zeit": "published"})
    assert corpus.articles.select("article_id", "published").rows() == [
        ("x1", dt.date(2022, 2, 1)),
        ("x2", dt.date(2022, 2, 2)),
    ]
    assert corpus.articles["published"].dtype == pl.Date


def test_dataframe_input() -> None:
    frame = pl.DataFrame({"text": ["Erster Text.", "Zweiter Text."], "source": ["A", "B"]})
    corpus = ak.load(frame)
    assert corpus.articles["article_id"].to_list() == ["frame#0", "frame#1"]
    assert corpus.paragraphs["role"].to_list() == ["body", "body"]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16", b""),
        ("utf-16-le", b""),
        ("cp1252", b""),
        ("latin-1", b""),
    ],
)
def test_encodings_keep_umlauts(tmp_path: Path, encoding: str, bom: bytes) -> None:
    value = (
        UMLAUT_TEXT
        if encoding not in ("latin-1",)
        else UMLAUT_TEXT.replace("„", '"').replace("“", '"')
    )
    path = tmp_path / "enc.txt"
    path.write_bytes(bom + value.encode(encoding))
    # the no-break space is decoded as one (not as "Â\xa0" or "\ufffd") ...
    assert decode(path.read_bytes(), "enc.txt") == value
    corpus = ak.load(path)
    assert corpus.articles["title"].item() == "Grüße aus Österreich"
    text = corpus.paragraphs["text"][1]
    # ... and the corpus makes it a space (see ak.load)
    assert text == value.split("\n\n")[1].replace("\u00a0", " ")
    assert "ß" in text


def test_html_in_a_text_column_becomes_plain_text(tmp_path: Path) -> None:
    # a CSV exported from a news API: the body is HTML, with character references
    body = (
        "<p>Die Nato tagte in Br&uuml;ssel.<script>track();</script></p>"
        '<p>&bdquo;Wir sind bereit&ldquo;, sagte <a href="/rutte">Mark Rutte</a>.<br/>'
        "Russland nannte das eine &#8222;Provokation&#x201C;.</p><!-- Anzeige -->"
    )
    path = tmp_path / "export.csv"
    pl.DataFrame(
        {"headline": ["Gipfel &amp; Streit"], "body": [body], "url": ["https://x.de/?a=1&amp;b=2"]}
    ).write_csv(path)
    corpus = ak.load(path)
    assert corpus.paragraphs["text"].to_list() == [
        "Gipfel & Streit",
        "Die Nato tagte in Brüssel.",
        "„Wir sind bereit“, sagte Mark Rutte.",
        "Russland nannte das eine „Provokation“.",
    ]
    # (metadata other than title and text is kept as given)
    assert corpus.articles["url"].item() == "https://x.de/?a=1&amp;b=2"
    assert ak.quotes(corpus).select("quote", "kind", "speaker").rows() == [
        ("Wir sind bereit", "direct", "Mark Rutte"),
        ("Provokation", "partial", "Russland"),
    ]


def test_an_embedded_post_script_is_removed() -> None:
    text = (
        "Die Nato tagte. — Mark Rutte (@SecGenNATO) 24. Februar 2022 "
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
    )
    corpus = ak.load(pl.DataFrame({"text": [text]}))
    assert corpus.paragraphs["text"].to_list() == [
        "Die Nato tagte. — Mark Rutte (@SecGenNATO) 24. Februar 2022"
    ]


def test_text_that_is_no_markup_is_left_alone() -> None:
    frame = pl.DataFrame(
        {"text": ["Bei Temperaturen < 5 Grad > 3 Tage lang fror die Front. Nato & Co. & mehr."]}
    )
    assert ak.load(frame).paragraphs["text"].to_list() == [frame["text"].item()]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2022-02-24", dt.date(2022, 2, 24)),
        ("2022-02-24T10:00:00+01:00", dt.date(2022, 2, 24)),
        ("2022-02-24 10:00", dt.date(2022, 2, 24)),
        ("24.02.2022", dt.date(2022, 2, 24)),
        ("24.2.2022", dt.date(2022, 2, 24)),
        ("24.02.2022, 10:00 Uhr", dt.date(2022, 2, 24)),
        ("Do, 24.02.2022", dt.date(2022, 2, 24)),
        ("24. Februar 2022", dt.date(2022, 2, 24)),
        ("24. MÄRZ 2022", dt.date(2022, 3, 24)),
        ("3. Jänner 2022", dt.date(2022, 1, 3)),
        ("24. Feber 2022", dt.date(2022, 2, 24)),
        ("24. Okt. 2022", dt.date(2022, 10, 24)),
        ("Thu, 24 Feb 2022 10:00:00 +0100", dt.date(2022, 2, 24)),
        ("February 24, 2022", dt.date(2022, 2, 24)),
        ("2022/02/24", dt.date(2022, 2, 24)),
        ("20220224", dt.date(2022, 2, 24)),
        # GDELT; Unix times in seconds and milliseconds (the day in UTC)
        ("20220224T100000Z", dt.date(2022, 2, 24)),
        ("1645696800", dt.date(2022, 2, 24)),
        ("1645696800000", dt.date(2022, 2, 24)),
        # not a date: null, never an error
        ("2022", None),
        ("123456789012345", None),
        ("31. Februar 2022", None),
        ("32.13.2022", None),
        ("24. Foo 2022", None),
        ("Februar 2022", None),
        ("gestern", None),
        ("", None),
    ],
)
def test_dates_in_the_formats_of_news_sites_and_feeds(given: str, expected: object) -> None:
    assert pl.select(parse_dates(pl.lit(given))).item() == expected


def test_a_date_not_understood_is_named_and_its_article_kept(tmp_path: Path) -> None:
    rows = [
        {"title": "Eins", "content": "Die Nato tagte.", "date": "24.02.2022 10:00"},
        {"title": "Zwei", "content": "Moskau warnte.", "date": "gestern"},
        {"title": "Drei", "content": "Kiew schwieg.", "date": ""},
    ]
    path = tmp_path / "scrape.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    with pytest.warns(
        ak.LoadWarning,
        match=r"1 article has a date that is not understood "
        r"\(scrape\.jsonl#1: 'gestern'\)",
    ):
        corpus = ak.load(path)
    assert corpus.articles["published"].to_list() == [dt.date(2022, 2, 24), None, None]
    assert corpus.problems.height == 0
    # (the note stays out of the articles' columns)
    assert not [c for c in corpus.articles.columns if "published_" in c]
    # ... also in a text file's front matter
    (tmp_path / "a.md").write_text("---\ndate: bald\n---\n# Titel\n\nText.", encoding="utf-8")
    with pytest.warns(ak.LoadWarning, match="a.md: 'bald'"):
        ak.load(tmp_path / "a.md")


def test_decode_rejects_binary() -> None:
    with pytest.raises(LoadError, match=r"x\.bin: undecodable: binary content"):
        decode(bytes(range(256)) * 4, "x.bin")


def test_windows_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Titel\r\n\r\nErster Absatz.\r\n\r\nZweiter Absatz.\r\n")
    assert ak.load(path).paragraphs["text"].to_list() == [
        "Titel",
        "Erster Absatz.",
        "Zweiter Absatz.",
    ]


def test_input_columns_named_like_computed_ones_are_kept_apart(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    pl.DataFrame(
        {"text": ["Ein Text. Noch einer."], "n_paragraphs": [7], "language": ["xx"]}
    ).write_csv(path)
    corpus = ak.load(path)
    row = corpus.articles.row(0, named=True)
    assert (row["n_paragraphs"], row["n_paragraphs_input"], row["language_input"]) == (1, "7", "xx")


def test_missing_text_column_lists_the_original_names(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    pl.DataFrame({"id": [1], "snippet": ["x"]}).write_csv(path)
    with pytest.raises(ak.LoadError, match=r"columns are: id, snippet\)"):
        ak.load(path)


def test_a_frame_with_nested_columns() -> None:
    # (a struct source and a list of authors gave a cast error; a text as a list of paragraphs)
    frame = pl.DataFrame(
        {
            "text": [["Der Kreml warnt.", "Die Nato reagiert."]],
            "source": [{"id": None, "name": "Der Spiegel"}],
            "authors": [["Anna Smith", "Bob Lee"]],
        }
    )
    corpus = ak.load(frame)
    assert corpus.articles.select("source", "author").row(0) == (
        "Der Spiegel",
        "Anna Smith, Bob Lee",
    )
    assert body(corpus) == ["Der Kreml warnt.", "Die Nato reagiert."]
    assert "source.id" in corpus.articles.columns
    # a nested field is mapped by its flattened name
    nested = pl.DataFrame({"body": [{"de": "Der Kreml warnt.", "en": "The Kremlin warns."}]})
    mapped = ak.load(nested, columns={"body.de": "text"})
    assert mapped.paragraphs["text"].to_list() == ["Der Kreml warnt."]
