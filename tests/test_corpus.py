"""Tests for analysis_kit.corpus: sources, bad input, ids, duplicates, save, concat, example."""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import analysis_kit as ak
from analysis_kit.corpus import ARTICLE_SCHEMA, PARAGRAPH_SCHEMA, SENTENCE_SCHEMA

from .conftest import ARTICLE_A, ARTICLE_B

# ---------------------------------------------------------------- the example


def test_example_article_structure() -> None:
    corpus = ak.example()
    assert (
        corpus.articles["title"].item() == "NATO beharrt auf Verhandlungsbereitschaft mit Russland"
    )
    paragraphs = corpus.paragraphs
    assert paragraphs.height == 13
    assert paragraphs["paragraph"].to_list() == list(range(13))
    assert paragraphs["role"].to_list() == ["title"] + ["body"] * 9 + ["boilerplate"] * 3
    assert paragraphs["text"][-3:].to_list()[:2] == ["MEHR WISSEN", "Aldrich Sachs"]
    assert paragraphs.filter(pl.col("role") == "body")["language"].unique().to_list() == ["de"]
    assert paragraphs["language"][-1] == "en"
    assert corpus.articles["language"].item() == "de"
    assert corpus.articles["author"].item() == "Aldrich Sachs"
    # paragraph 9 is the "Recht" paragraph the sentiment issue talks about
    assert paragraphs["text"][9].startswith("Stoltenberg versicherte, dass das Bündnis das Recht")


def test_example_schemas_and_offsets() -> None:
    corpus = ak.example()
    assert dict(corpus.articles.schema) == ARTICLE_SCHEMA
    assert dict(corpus.paragraphs.schema) == PARAGRAPH_SCHEMA
    assert dict(corpus.sentences.schema) == SENTENCE_SCHEMA
    joined = corpus.sentences.join(corpus.paragraphs, on=["article_id", "paragraph"], suffix="_p")
    sliced = joined.select(
        pl.col("text_p").str.slice(pl.col("start"), pl.col("end") - pl.col("start"))
        == pl.col("text")
    )
    assert sliced.to_series().all()
    blurb = corpus.sentences.filter(pl.col("paragraph") == 12)
    assert blurb["text"].to_list() == [
        '"Web pioneer.',
        "Typical pop culture geek.",
        "Certified communicator.",
        'Professional internet fanatic."',
    ]
    assert blurb["start"].to_list() == [0, 14, 40, 64]
    # typographic quotes are kept in the text
    assert "„alles Notwendige“" in corpus.paragraphs["text"][1]
    # n_words: title and body words, not boilerplate
    body_words = corpus.paragraphs.filter(pl.col("role") != "boilerplate")["n_words"].sum()
    assert corpus.articles["n_words"].item() == body_words == 321


def test_tokens_are_available() -> None:
    tokens = ak.example().tokens
    first = tokens.filter((pl.col("paragraph") == 1) & (pl.col("token") == 0)).row(0, named=True)
    assert first["text"] == "Nato-Generalsekretär"
    assert first["parts"] == ["Nato", "Generalsekretär"]
    assert (first["start"], first["end"], first["sentence"]) == (0, 20, 0)


# ---------------------------------------------------------------- sources


def test_folder_recursive_with_relative_ids(article_folder: Path) -> None:
    corpus = ak.load(article_folder)
    assert corpus.articles["article_id"].to_list() == ["2022/b.md", "a.txt"]
    assert corpus.articles["title"].to_list() == [
        "Kreml weist Vorwürfe zurück",
        "Gipfel in Brüssel: Die NATO berät über Russland",
    ]
    assert corpus.problems.height == 0


def test_ids_are_stable_across_runs_and_locations(article_folder: Path, tmp_path: Path) -> None:
    first = ak.load(article_folder)
    moved = tmp_path / "elsewhere" / "copy"
    moved.parent.mkdir()
    article_folder.rename(moved)
    second = ak.load(moved)
    assert_frame_equal(first.paragraphs, second.paragraphs)
    assert_frame_equal(first.sentences, second.sentences)


def test_glob_and_list(article_folder: Path) -> None:
    by_glob = ak.load(str(article_folder / "**" / "*.md"))
    assert by_glob.articles["article_id"].to_list() == ["2022/b.md"]
    by_list = ak.load([article_folder / "a.txt", article_folder / "2022" / "b.md"])
    assert by_list.articles["article_id"].to_list() == ["a.txt", "2022/b.md"]


def test_zip_archive(tmp_path: Path) -> None:
    path = tmp_path / "news.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", ARTICLE_A)
        archive.writestr("sub/b.md", ARTICLE_B)
        archive.writestr("__MACOSX/._a.txt", "junk")
        archive.writestr("readme.pdf", "not an article")
    corpus = ak.load(path)
    assert corpus.articles["article_id"].to_list() == ["news.zip/a.txt", "news.zip/sub/b.md"]
    assert corpus.articles["title"][1] == "Kreml weist Vorwürfe zurück"


def test_single_block_text_gets_paragraphs_from_line_breaks() -> None:
    frame = pl.DataFrame(
        {
            "text": [
                "Erste Zeile ohne Leerzeile.\nZweite Zeile. Mit zwei Sätzen.",
                "Alles in einem Block. Drei Sätze. Wirklich.",
            ]
        }
    )
    corpus = ak.load(frame)
    assert corpus.paragraphs["text"].to_list() == [
        "Erste Zeile ohne Leerzeile.",
        "Zweite Zeile. Mit zwei Sätzen.",
        "Alles in einem Block. Drei Sätze. Wirklich.",
    ]
    assert corpus.sentences.group_by("article_id", maintain_order=True).len()["len"].to_list() == [
        3,
        3,
    ]


def test_invisible_characters_and_other_spaces_are_normalised() -> None:
    # scraped text: soft hyphens (&shy;), a no-break hyphen, a zero-width space after a full
    # stop, a word joiner, a byte order mark, no-break and narrow no-break spaces, decomposed
    # umlauts
    text = (
        "Verteidigungs\u00administer Boris\u00a0Pistorius kriti\u00adsierte Russ\u00adland."
        "\u200b Die Lage sei kata\u00adstrophal,\u2060 sagte er\u202fam Montag.\ufeff "
        "Der Pra\u0308sident schwieg."
    )
    frame = pl.DataFrame({"title": ["Nato\u2011Gipfel\u00a0in Brüssel"], "text": [text]})
    corpus = ak.load(frame)
    assert corpus.paragraphs["text"].to_list() == [
        "Nato-Gipfel in Brüssel",
        "Verteidigungsminister Boris Pistorius kritisierte Russland. Die Lage sei "
        "katastrophal, sagte er am Montag. Der Präsident schwieg.",
    ]
    # (the zero-width space no longer hides the end of the first sentence)
    assert corpus.sentences["text"].to_list() == [
        "Nato-Gipfel in Brüssel",
        "Verteidigungsminister Boris Pistorius kritisierte Russland.",
        "Die Lage sei katastrophal, sagte er am Montag.",
        "Der Präsident schwieg.",
    ]
    # the words are found as in the clean text: actors, sentiment words, the speaker's role
    clean = ak.load(
        pl.DataFrame(
            {
                "title": ["Nato-Gipfel in Brüssel"],
                "text": [
                    "Verteidigungsminister Boris Pistorius kritisierte Russland. Die Lage sei "
                    "katastrophal, sagte er am Montag. Der Präsident schwieg."
                ],
            }
        )
    )
    # (the no-break hyphen of the title writes a compound: one mention of NATO, not two)
    assert ak.mentions(corpus)["match"].to_list() == ["Nato", "Pistorius", "Russland"]
    assert_frame_equal(ak.mentions(corpus), ak.mentions(clean))
    assert_frame_equal(ak.sentiment(corpus), ak.sentiment(clean))


def test_soft_hyphens_do_not_hide_duplicates_or_speakers(tmp_path: Path) -> None:
    # text copied from a web page keeps its soft hyphens: the copy without them is a duplicate
    (tmp_path / "a.txt").write_text(
        "Gipfel\n\n„Wir sind bereit“, sagte Verteidigungs\u00administer Boris Pistorius am "
        "Montag in Brüssel.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Gipfel\n\n„Wir sind bereit“, sagte Verteidigungsminister Boris Pistorius am Montag "
        "in Brüssel.",
        encoding="utf-8",
    )
    corpus = ak.load(tmp_path)
    assert corpus.duplicates.select("article_id", "duplicate_of").rows() == [("b.txt", "a.txt")]
    found = ak.quotes(corpus)
    assert found.select("quote", "speaker", "speaker_actor").rows() == [
        ("Wir sind bereit", "Verteidigungsminister Boris Pistorius", "German leaders")
    ]


# ---------------------------------------------------------------- bad input


def test_missing_path_names_it(tmp_path: Path) -> None:
    with pytest.raises(ak.LoadError, match=r"nope\.txt: no such file or folder"):
        ak.load(tmp_path / "nope.txt")


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ak.LoadError, match=r"empty\.txt: empty file"):
        ak.load(tmp_path / "empty.txt")


def test_whitespace_only_file(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text(" \n\n \t\n")
    with pytest.raises(ak.LoadError, match=r"blank\.txt: no text found"):
        ak.load(tmp_path / "blank.txt")


def test_undecodable_file(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ak.LoadError, match=r"bin\.txt: undecodable"):
        ak.load(tmp_path / "bin.txt")


def test_csv_without_text_column(tmp_path: Path) -> None:
    (tmp_path / "meta.csv").write_text("name,year\nA,2020\n")
    with pytest.raises(
        ak.LoadError, match=r"meta\.csv: no text column \(columns are: name, year\)"
    ):
        ak.load(tmp_path / "meta.csv")


def test_unsupported_extension(tmp_path: Path) -> None:
    (tmp_path / "a.docx").write_bytes(b"PK")
    with pytest.raises(ak.LoadError, match=r"a\.docx: unsupported file type '\.docx'"):
        ak.load(tmp_path / "a.docx")


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("Titel\n\n" + "Wort " * 1000)
    with pytest.raises(ak.LoadError, match=r"big\.txt: file is 0\.0 MB, over the limit"):
        ak.load(tmp_path / "big.txt", max_bytes=1000)


def test_zip_with_broken_member_keeps_good_members(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("good.txt", ARTICLE_A)
        archive.writestr("bad.txt", "Kaputt\n\nDieser Text wird beschädigt werden, Byte für Byte.")
    data = bytearray(buffer.getvalue())
    pos = data.find("beschädigt".encode())
    data[pos : pos + 3] = b"XXX"
    path = tmp_path / "mixed.zip"
    path.write_bytes(bytes(data))
    with pytest.warns(ak.LoadWarning, match="skipped 1 inputs"):
        corpus = ak.load(path)
    assert corpus.articles["article_id"].to_list() == ["mixed.zip/good.txt"]
    assert corpus.problems["path"].to_list() == ["mixed.zip/bad.txt"]
    assert corpus.problems["problem"][0].startswith("corrupt zip member")


def test_not_a_zip(tmp_path: Path) -> None:
    (tmp_path / "fake.zip").write_text("no zip")
    with pytest.raises(ak.LoadError, match=r"fake\.zip: not a readable zip archive"):
        ak.load(tmp_path / "fake.zip")


def test_folder_with_bad_files_reports_and_loads_the_rest(article_folder: Path) -> None:
    (article_folder / "empty.txt").write_bytes(b"")
    (article_folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (article_folder / "meta.csv").write_text("name,year\nA,2020\n")
    (article_folder / "notes.docx").write_bytes(b"ignored: unknown extension in a folder")
    with pytest.warns(ak.LoadWarning) as record:
        corpus = ak.load(article_folder)
    assert len(record) == 1
    assert "see corpus.problems" in str(record[0].message)
    assert corpus.articles["article_id"].to_list() == ["2022/b.md", "a.txt"]
    problems = dict(corpus.problems.iter_rows())
    assert set(problems) == {"binary.txt", "empty.txt", "meta.csv"}
    assert problems["empty.txt"] == "empty file"
    assert problems["binary.txt"].startswith("undecodable")


def test_list_with_missing_entry(article_folder: Path) -> None:
    with pytest.warns(ak.LoadWarning):
        corpus = ak.load([article_folder / "a.txt", article_folder / "missing.txt"])
    assert corpus.articles.height == 1
    assert corpus.problems["problem"].to_list() == ["no such file or folder"]


def test_everything_bad_raises(tmp_path: Path) -> None:
    (tmp_path / "e1.txt").write_bytes(b"")
    (tmp_path / "e2.txt").write_bytes(b"")
    with pytest.raises(ak.LoadError, match="no articles could be loaded"):
        ak.load(tmp_path)


def test_rows_without_text_are_reported(tmp_path: Path) -> None:
    (tmp_path / "rows.csv").write_text('text,source\n"Gut.",A\n"",B\n"Auch gut.",C\n')
    with pytest.warns(ak.LoadWarning):
        corpus = ak.load(tmp_path / "rows.csv")
    assert corpus.articles["article_id"].to_list() == ["rows.csv#0", "rows.csv#2"]
    assert corpus.problems.rows() == [("rows.csv#1", "row has no text")]


def test_unknown_format_argument() -> None:
    with pytest.raises(ValueError, match="format='docx' is not known"):
        ak.load("x", format="docx")


# ---------------------------------------------------------------- duplicates and ids


def test_file_duplicates_are_dropped_and_reported(article_folder: Path) -> None:
    (article_folder / "copy.txt").write_text(ARTICLE_A.replace("  ", " ").upper(), encoding="utf-8")
    corpus = ak.load(article_folder)
    assert corpus.articles["article_id"].to_list() == ["2022/b.md", "a.txt"]
    assert corpus.duplicates.rows() == [
        ("copy.txt", "a.txt", str(article_folder / "copy.txt"), False)
    ]
    kept = ak.load(article_folder, dedupe=False)
    assert kept.articles.height == 3
    assert kept.duplicates["kept"].to_list() == [True]


def test_supplied_ids_win_and_duplicates_are_kept() -> None:
    frame = pl.DataFrame({"article_id": ["a", "b", "c"], "text": ["Gleich.", "Gleich.", "Anders."]})
    corpus = ak.load(frame)
    assert corpus.articles["article_id"].to_list() == ["a", "b", "c"]
    assert corpus.duplicates.select("article_id", "duplicate_of").rows() == [("b", "a")]
    assert ak.load(frame, dedupe=True).articles["article_id"].to_list() == ["a", "c"]


def test_repeated_supplied_id_keeps_first() -> None:
    frame = pl.DataFrame({"article_id": ["a", "a"], "text": ["Eins.", "Zwei."]})
    with pytest.warns(ak.LoadWarning, match="duplicate article_id 'a'"):
        corpus = ak.load(frame)
    assert corpus.paragraphs["text"].to_list() == ["Eins."]


# ---------------------------------------------------------------- filter, save, concat


def test_filter_keeps_frames_consistent(article_folder: Path) -> None:
    corpus = ak.load(article_folder)
    sub = corpus.filter(pl.col("title").str.contains("Kreml"))
    assert sub.articles["article_id"].to_list() == ["2022/b.md"]
    assert set(sub.paragraphs["article_id"]) == {"2022/b.md"}
    assert set(sub.sentences["article_id"]) == {"2022/b.md"}
    assert set(sub.tokens["article_id"]) == {"2022/b.md"}
    assert corpus.articles.height == 2  # unchanged


def test_save_and_load_round_trip(article_folder: Path, tmp_path: Path) -> None:
    corpus = ak.load(article_folder)
    folder = corpus.save(tmp_path / "saved")
    again = ak.load(folder)
    for name in ("articles", "paragraphs", "sentences", "problems", "duplicates"):
        assert_frame_equal(getattr(corpus, name), getattr(again, name))
    corpus.save(folder)  # replacing a saved corpus is fine
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.txt").write_text("x")
    with pytest.raises(FileExistsError, match="not empty"):
        corpus.save(tmp_path / "other")


def test_concat_and_clash(article_folder: Path) -> None:
    a = ak.load(article_folder / "a.txt")
    both = ak.concat([ak.example(), a])
    assert both.articles["article_id"].to_list() == ["example_article.txt", "a.txt"]
    assert both.paragraphs.height == 13 + 4
    with pytest.raises(ValueError, match=r"a\.txt"):
        ak.concat([a, a])


def test_repr_and_overview() -> None:
    corpus = ak.example()
    assert repr(corpus).startswith(
        "Corpus: 1 articles, 13 paragraphs (1 title, 9 body, 3 boilerplate)"
    )
    overview = dict(corpus.overview().rows())
    assert overview["paragraph languages"] == "de: 12, en: 1"
    assert "<table" in corpus._repr_html_()


def test_progress_bar_can_be_shown_and_hidden(
    article_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ak.load(article_folder, progress=True)
    assert "loading" in capsys.readouterr().err
    ak.load(article_folder, progress=False)
    assert capsys.readouterr().err == ""


def test_load_is_quiet_on_good_input(article_folder: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ak.load(article_folder)
