"""Reading articles: no database, table-driven where it can be."""

import datetime as dt
import io
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incidents.extraction import reading
from incidents.extraction.reading import (
    BadMetadata,
    BinaryContent,
    EmptyText,
    MissingPath,
    NotEnglish,
    TooLarge,
    UndecodableText,
    UnsupportedFile,
    find_articles,
    read_bytes,
    read_path,
    read_stream,
)

ARTICLES = Path(__file__).parent / "articles"
ENGLISH = (
    "A roadside bomb killed five people and wounded eleven others in Kabul on Tuesday, police said. "
    "No group immediately claimed responsibility for the attack on the minibus."
)
GERMAN = (
    "Bei einem Bombenanschlag in Kabul sind am Dienstag fünf Menschen getötet und elf weitere verletzt worden, "
    "teilte die Polizei mit. Zu dem Anschlag bekannte sich zunächst niemand."
)


def test_text_file_is_read_as_is_with_its_sidecar_metadata():
    article = read_path(ARTICLES / "kabul_bus_bombing.txt")
    assert article.text == (ARTICLES / "kabul_bus_bombing.txt").read_text(encoding="utf-8")
    assert article.meta.title == "Bomb kills five on government minibus in Kabul"
    assert article.meta.publisher == "Test Wire"
    assert article.meta.url == "https://example.org/kabul-minibus-bomb"
    assert article.meta.published == dt.date(2024, 6, 11)
    assert article.meta.language == "en"


def test_options_override_the_sidecar():
    article = read_path(
        ARTICLES / "kabul_bus_bombing.txt", overrides={"title": "Other title", "published": "2024-06-12"}
    )
    assert article.meta.title == "Other title"
    assert article.meta.published == dt.date(2024, 6, 12)
    assert article.meta.publisher == "Test Wire"


def test_html_gives_main_text_and_page_metadata():
    article = read_path(ARTICLES / "maiduguri_attack.html")
    assert article.text.startswith("MAIDUGURI: Suspected Boko Haram fighters killed 12 farmers")
    assert "Super Eagles" not in article.text  # sidebar
    assert "All rights reserved" not in article.text  # footer
    assert article.meta.title == "Gunmen kill 12 farmers near Maiduguri"
    assert article.meta.publisher == "Sahel Daily"
    assert article.meta.author == "Amina Bello"
    assert article.meta.published == dt.date(2024, 1, 15)


def test_half_broken_html_with_an_article_in_it_is_still_read():
    markup = f"<html><head><title>Blast</title><body><div><p>{ENGLISH}<p>{ENGLISH.upper().lower()}</div".encode()
    article = read_bytes(markup, origin="broken.html", html=True)
    assert "roadside bomb killed five people" in article.text


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyText),
        (b"   \n\t \r\n", EmptyText),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", BinaryContent),
        (bytes(random.Random(7).randrange(128, 256) for _ in range(600)), UndecodableText),
        (GERMAN.encode(), NotEnglish),
    ],
    ids=["empty", "whitespace", "binary", "undecodable", "not-english"],
)
def test_bad_bytes_raise_a_typed_error(data, error):
    with pytest.raises(error):
        read_bytes(data, origin="x.txt", html=False)


def test_html_without_any_article_text_is_refused():
    markup = b"<html><head><script>var a = 1;</script></head><body><nav><a href='/'>Home</a></nav><div"
    with pytest.raises(EmptyText, match="no article text"):
        read_bytes(markup, origin="x.html", html=True)


def test_too_big_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH * 20)
    with pytest.raises(TooLarge, match="over the 1,000-byte limit"):
        read_path(path, max_bytes=1000)
    with pytest.raises(TooLarge):
        read_stream(io.BytesIO(ENGLISH.encode() * 20), max_bytes=1000)


def test_force_accepts_other_languages_and_records_the_language():
    article = read_bytes(GERMAN.encode(), origin="de.txt", html=False, force=True)
    assert article.meta.language == "de"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (("Police said the \u201cattack\u201d killed ten \u2014 " + ENGLISH).encode("cp1252"), "\u201cattack\u201d"),
        (b"\xef\xbb\xbf" + ENGLISH.encode(), "roadside bomb"),
        (ENGLISH.encode("utf-16"), "roadside bomb"),
    ],
    ids=["cp1252-detected", "utf8-bom", "utf16-bom"],
)
def test_encodings_are_detected(data, expected):
    article = read_bytes(data, origin="x.txt", html=False)
    assert expected in article.text
    assert not article.text.startswith("\ufeff")


def test_declared_html_charset_is_used():
    markup = (
        '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head>'
        f"<body><article><p>At the caf\xe9 in Kabul: {ENGLISH}</p></article></body></html>"
    ).encode("latin-1")
    article = read_bytes(markup, origin="x.html", html=True)
    assert "caf\xe9" in article.text


def test_missing_path_and_unsupported_files(tmp_path):
    with pytest.raises(MissingPath, match="no such file"):
        read_path(tmp_path / "nope.txt")
    other = tmp_path / "notes.md"
    other.write_text(ENGLISH)
    with pytest.raises(UnsupportedFile):
        read_path(other)


def test_bad_sidecar_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH)
    (tmp_path / "a.meta.json").write_text("{not json")
    with pytest.raises(BadMetadata, match=r"a\.meta\.json"):
        read_path(tmp_path / "a.txt")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "last Tuesday"}))
    with pytest.raises(BadMetadata, match="YYYY-MM-DD"):
        read_path(tmp_path / "a.txt")


def test_stdin_is_sniffed_for_html():
    article = read_stream(io.BytesIO(b"<!DOCTYPE html><html><body><article><p>" + ENGLISH.encode() + b"</p></body>"))
    assert article.text.startswith("A roadside bomb")
    assert article.origin == "-"


def test_folder_walk_is_recursive_and_skips_companion_files():
    found = [Path(p).relative_to(ARTICLES).as_posix() for p in find_articles([ARTICLES])]
    assert found == [
        "folder/mogadishu_hotel.txt",
        "folder/nested/sanaa_strike.txt",
        "kabul_bus_bombing.txt",
        "maiduguri_attack.html",
        "peshawar_trade_fair.txt",
    ]
    assert find_articles(["-", ARTICLES / "missing.txt"]) == ["-", ARTICLES / "missing.txt"]


def test_folder_walk_skips_hidden_folders(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(ENGLISH)
    (tmp_path / "a.txt").write_text(ENGLISH)
    assert find_articles([tmp_path]) == [tmp_path / "a.txt"]


def test_sha256_is_of_the_text_as_utf8():
    assert reading.text_sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=3000), html=st.sampled_from([None, True, False]))
def test_any_bytes_give_an_article_or_a_read_error(data, html):
    try:
        article = read_bytes(data, origin="fuzz", html=html)
    except reading.ReadError:
        return
    assert article.text.strip()
    assert article.meta.language


@settings(max_examples=100, deadline=None)
@given(text=st.text(min_size=1, max_size=2000))
def test_utf8_text_is_kept_exactly_as_decoded(text):
    try:
        article = read_bytes(text.encode("utf-8"), origin="fuzz", html=False, force=True)
    except (EmptyText, BinaryContent):
        return
    assert article.text == text.lstrip("\ufeff")
