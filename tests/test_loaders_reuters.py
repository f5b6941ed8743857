"""Reuters-21578 SGML loader, on a tiny handmade fixture with the corpus' quirks."""

from __future__ import annotations

import gzip
import html
import io
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsearch.errors import LoadError
from newsearch.loaders import LoadProblem, load_all, loader_for, reuters
from newsearch.model import Place

FIXTURE = Path(__file__).parent / "fixtures" / "loaders" / "reut2-tiny.sgm"


def _load(path: Path = FIXTURE) -> tuple[dict[str, object], list[LoadProblem]]:
    problems: list[LoadProblem] = []
    articles = {a.id: a for a in reuters.load(path, None, problems.append)}
    return articles, problems


def test_normal_record_fields() -> None:
    articles, _ = _load()
    a = articles["1"]
    assert a.title == "BAHIA COCOA REVIEW <BCR>"
    assert a.dateline == "SALVADOR, Feb 26 -"
    assert a.date == datetime(1987, 2, 26, 15, 1, 1, 790000)
    assert a.byline == ["Norma Cohen", "Geert Linnebank"]
    names = ["El Salvador", "United States", "West Germany"]
    assert a.places == [Place(name, country=name, focus=True) for name in names]
    assert a.people == ["James Baker"]
    assert a.orgs == ["OPEC", "ICO (Coffee)"]
    assert a.topics == ["cocoa"]
    assert a.source == "Reuters"
    assert a.key == f"{FIXTURE}#1"
    assert a.extras["place_codes"] == ["el-salvador", "usa", "west-germany"]
    assert a.extras["exchanges"] == ["nyse"]
    assert a.extras["lewissplit"] == "TRAIN"
    assert a.content_hash


def test_body_unescaped_latin1_paragraphs_no_signoff() -> None:
    articles, _ = _load()
    body = articles["1"].body
    assert "M&M said." in body
    assert "Düsseldorf" in body
    assert body.split("\n\n")[1].startswith("The dry period")
    assert not body.rstrip().endswith("Reuter")
    assert not any(ord(c) < 32 and c != "\n" for c in body)
    assert articles["5"].body == "Saudi Arabia said OPEC output held steady."


def test_brief_and_unproc_records() -> None:
    articles, _ = _load()
    brief = articles["2"]
    assert brief.title == "BANK OF ENGLAND OFFERS LIQUIDITY"
    assert brief.body == ""
    assert brief.date == datetime(1987, 3, 3, 9, 15, 5, 400000)  # double space
    unproc = articles["3"]
    assert unproc.body == "Raw wire text about grain shipments to the Soviet Union."
    assert unproc.extras["text_type"] == "UNPROC"


def test_irregular_dates() -> None:
    assert reuters.parse_date("31-MAR-1987 605:12:19.12") == datetime(1987, 3, 31)
    assert reuters.parse_date(" 9-APR-1987 13:32:06.7") == datetime(1987, 4, 9, 13, 32, 6, 700000)
    assert reuters.parse_date("27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM") == datetime(
        1987, 3, 27, 0, 2, 59, 130000)
    assert reuters.parse_date("garbage") is None
    articles, _ = _load()
    assert articles["3"].date == datetime(1987, 3, 31)


def test_broken_record_is_skipped_with_reason() -> None:
    articles, problems = _load()
    assert sorted(articles) == ["1", "2", "3", "5"]
    assert len(problems) == 1
    assert problems[0].record == "NEWID 4"
    assert "TITLE" in problems[0].reason and problems[0].skipped


def test_record_with_neither_title_nor_text_is_skipped_with_reason(tmp_path: Path) -> None:
    # As NEWID 12793 of reut2-012: an UNPROC text holding only control characters.
    empty = ('<REUTERS TOPICS="NO" NEWID="99">\n<DATE> 3-APR-1987 07:09:06.48</DATE>\n'
             '<TOPICS></TOPICS>\n<PLACES></PLACES>\n<PEOPLE></PEOPLE>\n<ORGS></ORGS>\n'
             '<TEXT TYPE="UNPROC">&#2;\n&#3;\n\n</TEXT>\n</REUTERS>\n')
    path = tmp_path / "reut2-empty.sgm"
    path.write_bytes(FIXTURE.read_bytes() + empty.encode("latin-1"))
    articles, problems = _load(path)
    assert sorted(articles) == ["1", "2", "3", "5"]
    assert [(p.record, p.reason, p.skipped) for p in problems][-1] == (
        "NEWID 99", "no title or text", True)


def test_truncated_file_keeps_complete_records(tmp_path: Path) -> None:
    data = FIXTURE.read_bytes()
    cut = tmp_path / "reut2-cut.sgm"
    cut.write_bytes(data[: data.index(b'NEWID="5"') + 40])
    articles, problems = _load(cut)
    assert sorted(articles) == ["1", "2", "3"]
    assert [p.reason for p in problems][-1] == "truncated record at end of file"


def test_gzipped_file_and_registry(tmp_path: Path) -> None:
    gz = tmp_path / "reut2-000.sgm.gz"
    gz.write_bytes(gzip.compress(FIXTURE.read_bytes()))
    loader = loader_for(gz)
    assert loader is not None and loader.name == "reuters"
    result = load_all(gz)
    assert [a.id for a in result.articles] == ["1", "2", "3", "5"]
    assert len(result.problems) == 1 and result.error is None


def test_truncated_gzip_is_a_load_error(tmp_path: Path) -> None:
    """A gzip stream cut short (ISA-L's reader where installed, the standard one
    otherwise) is a LoadError naming the file, never a bare EOFError."""
    gz = tmp_path / "reut2-000.sgm.gz"
    data = gzip.compress(FIXTURE.read_bytes())
    gz.write_bytes(data[:len(data) // 2])
    with pytest.raises(LoadError, match="cannot read"):
        list(reuters.load(gz))


def test_sniffed_without_suffix(tmp_path: Path) -> None:
    plain = tmp_path / "reuters-dump"
    plain.write_bytes(FIXTURE.read_bytes())
    loader = loader_for(plain)
    assert loader is not None and loader.name == "reuters"


def test_no_records_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.sgm"
    bad.write_text("<!DOCTYPE lewis SYSTEM 'lewis.dtd'>\nnothing here\n")
    with pytest.raises(LoadError, match="no <REUTERS> records"):
        list(reuters.load(bad))


@pytest.mark.parametrize(("code", "name"), [
    ("usa", "United States"), ("west-germany", "West Germany"), ("uk", "United Kingdom"),
    ("trinidad-tobago", "Trinidad and Tobago"), ("hong-kong", "Hong Kong"),
])
def test_place_names(code: str, name: str) -> None:
    assert reuters.place_name(code) == name


def test_org_and_person_names() -> None:
    assert reuters.org_name("worldbank") == "World Bank"
    assert reuters.org_name("ec") == "EC"
    assert reuters.person_name("de-la-madrid") == "De La Madrid"


@pytest.mark.parametrize(("raw", "names"), [
    ("    By Chaitanya Kalbag, Reuters", ["Chaitanya Kalbag"]),
    ("    by TED D'AFFLISIO, REUTERS", ["Ted D'Afflisio"]),
    ("    By Cal Mankowski, Reutersd", ["Cal Mankowski"]),
    ("    By Colin Brinsden, Reuters.", ["Colin Brinsden"]),
    ("    By Peter Torday", ["Peter Torday"]),
    ("    By Jonathan Lynn and Anthony Williams", ["Jonathan Lynn", "Anthony Williams"]),
])
def test_byline(raw: str, names: list[str]) -> None:
    assert reuters.parse_byline(raw) == names


_TEXT = st.text(alphabet=st.characters(codec="latin-1", exclude_categories=("Cc",)), max_size=60)


@settings(max_examples=150, deadline=None)
@given(title=_TEXT, body=st.lists(_TEXT, max_size=5))
def test_any_escaped_text_round_trips(title: str, body: list[str]) -> None:
    body_text = "\n    ".join(body)
    assume(title.strip() or body_text.strip())
    assume(not body_text.split() or body_text.split()[-1].lower().rstrip(".") not in
           ("reuter", "reuters"))
    record = (f'<REUTERS NEWID="7"><DATE>1-MAR-1987 01:00:00.00</DATE>'
              f"<TEXT><TITLE>{html.escape(title, quote=False)}</TITLE>"
              f"<BODY>{html.escape(body_text, quote=False)}\n Reuter\n&#3;</BODY></TEXT></REUTERS>")
    article = reuters.parse_record(record, "x.sgm", 1)
    assert article.id == "7"
    if title.strip():
        assert article.title == " ".join(title.split())
    assert article.body.split() == body_text.split()


def _records_by_lines(text: str) -> tuple[list[tuple[int, str]], list[str]]:
    """The reference the block reader must match: a loop over the text's lines."""
    out, problems, buffer, ordinal = [], [], [], 0
    for line in io.StringIO(text, newline=""):
        start = line.find("<REUTERS")
        if start >= 0 and buffer:
            problems.append(f"not closed {ordinal}")
            buffer = []
        if start >= 0:
            ordinal += 1
            line = line[start:]
        if buffer or start >= 0:
            buffer.append(line)
            if "</REUTERS>" in line:
                out.append((ordinal, "".join(buffer)))
                buffer = []
    if buffer:
        problems.append(f"truncated {ordinal}")
    return out, problems


_PIECES = ["<REUTERS", ' NEWID="1">', "</REUTERS>", "\n", "\r", "\r\n", "x", "  ", "é",
           "<TEXT>", "</TEXT>", "<BODY>b</BODY>"]


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(_PIECES), max_size=50), block=st.integers(1, 30))
def test_records_match_a_loop_over_lines(parts: list[str], block: int) -> None:
    text = "".join(parts)
    problems: list[LoadProblem] = []
    got = list(reuters._records(io.BufferedReader(io.BytesIO(text.encode("latin-1"))), "p",
                                problems.append, block))
    want, want_problems = _records_by_lines(text)
    assert got == want
    assert [("not closed " if "not closed" in p.reason else "truncated ") + p.record.split()[-1]
            for p in problems] == want_problems


def test_records_across_blocks_and_line_ends() -> None:
    text = 'junk <REUTERS A="1">one\r\ntwo</REUTERS> tail\r<REUTERS>x\n<REUTERS>y</REUTERS>\n'
    problems: list[LoadProblem] = []
    got = list(reuters._records(io.BufferedReader(io.BytesIO(text.encode())), "p",
                                problems.append, 3))
    assert got == [(1, '<REUTERS A="1">one\r\ntwo</REUTERS> tail\r'), (3, "<REUTERS>y</REUTERS>\n")]
    assert [p.reason for p in problems] == ["record not closed by </REUTERS>"]


@pytest.mark.parametrize(("raw", "body"), [
    ("Text.\n Reuter\n&#3;", "Text."),
    ("Text.\n    REUTERS  ", "Text."),
    ("Text." + " " * 50 + "\n" + " " * 40 + "Reuter", "Text."),
    ("Text Reuter", "Text Reuter"),  # no line break before it: part of the story
    ("Reuter", "Reuter"),
    ("Para one\n    para two\n  Reuter", "Para one\n\npara two"),
    ("Text.\nREUTER...^M\n", "Text."),
])
def test_sign_off_removed_only_on_its_own_line(raw: str, body: str) -> None:
    assert reuters._body(raw) == body


def test_unbalanced_tags_named_in_tag_order() -> None:
    record = '<REUTERS NEWID="9"><TOPICS><D>x</D></TOPICS><PLACES></PLACES><BODY>b</BODY>' \
             "<DATELINE>d<TEXT><TITLE>t</TITLE></TEXT></REUTERS>"
    with pytest.raises(ValueError, match=r"unbalanced <DATELINE> tags \(1 open, 0 closed\)"):
        reuters.parse_record(record, "x.sgm", 1)
    with pytest.raises(ValueError, match="unbalanced <TEXT> tags"):
        reuters.parse_record(record.replace("<DATELINE>d", "<TEXT>"), "x.sgm", 1)


def test_control_characters_are_dropped_from_ascii_and_other_text():
    from newsearch.loaders.common import strip_controls

    assert strip_controls("a\x00b\x03\tc\r\n\x0b\x0cd\x1f\x7fe") == "ab\tc\r\nde"
    assert strip_controls("Zürich\x02 café\x7f\n") == "Zürich café\n"
    assert strip_controls("plain") == "plain"


@pytest.mark.parametrize("paragraph", [
    "Cocoa rains\ncontinued in\nBahia.", "  two  spaces\n\n and   more   ", "a\tb\r\nc",
    "no\xa0break", "Zürich  talks\nend", "em\u2003space", "", " \n ", "x" + " " * 17 + "y",
])
def test_paragraph_words_one_space_apart(paragraph: str) -> None:
    assert reuters._one_line(paragraph) == " ".join(paragraph.split())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", "\t", "\r", "\xa0", "é"]),
               max_size=30))
def test_any_paragraph_words_one_space_apart(paragraph: str) -> None:
    assert reuters._one_line(paragraph) == " ".join(paragraph.split())


def _tag_counts_reference(record: str) -> str | None:
    """What _broken_tag gives, from the tag counts alone (its slow path)."""
    openings, closings = reuters._OPENINGS(record), reuters._CLOSINGS(record)
    for tag in reuters._CHECKED_TAGS:
        if openings.count(tag) != closings.count(tag):
            return (f"unbalanced <{tag}> tags ({openings.count(tag)} open, "
                    f"{closings.count(tag)} closed)")
    return "unbalanced <D> tags" if record.count("<D>") != record.count("</D>") else None


_RECORD = ('<REUTERS NEWID="3"><DATE> 9-MAR-1987 07:59:05.79</DATE>\n<TOPICS><D>earn</D>'
           "<D>acq</D></TOPICS>\n<PLACES><D>usa</D></PLACES>\n<PEOPLE></PEOPLE>\n<ORGS></ORGS>\n"
           "<EXCHANGES></EXCHANGES>\n<COMPANIES></COMPANIES>\n<UNKNOWN>&#5;RM</UNKNOWN>\n"
           '<TEXT TYPE="BRIEF">&#2;\n<TITLE>A &lt;B> C</TITLE><DATELINE>X -</DATELINE>'
           "<BODY>Body &amp; more.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n")
_EDITS = st.lists(st.tuples(st.integers(0, len(_RECORD)), st.integers(0, 3), st.sampled_from(
    ["", "<", ">", "/", "D", " ", "<D>", "</D>", "<D x>", "<DATE>", "</DATELINE>", "<TEXT",
     "</TOPICS>", "<PLACES>", "<X>", "</X>", "&", "&#3;", "&lt;", "&amp;lt;", "&#31;", "é",
     "<D></D>", "\xa0", "<REUTERS>", '<REUTERS TOPICS="NO">'])),
    max_size=4)


def _edited(edits: list[tuple[int, int, str]]) -> str:
    record = _RECORD
    for at, cut, piece in edits:
        record = record[:at] + piece + record[at + cut:]
    return record


@settings(max_examples=300, deadline=None)
@given(_EDITS)
def test_tag_check_and_code_lists_as_their_slow_paths(edits: list[tuple[int, int, str]]) -> None:
    record = _edited(edits)
    head = reuters._HEAD(record)
    assert reuters._broken_tag(record, head) == _tag_counts_reference(record)
    lists = {}
    for tag in reuters._CODE_TAGS:  # each list as _field delimits it
        found = reuters._field(record, tag)
        lists[tag] = [reuters._clean(item).strip() for item in reuters._ITEM.findall(found)
                      if item.strip()]
    assert reuters._code_lists(record, head) == lists
    assert reuters._clean(record) == reuters.strip_controls(html.unescape(record))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", "  ", "\n", "\t", "\r", "\xa0", ".", "&", "&#3;",
                                 "&lt;", "&#2;", "\x03", "REUTER"]), max_size=30).map("".join))
def test_body_as_its_pattern_split(raw: str) -> None:
    text = reuters._without_sign_off(reuters._clean(raw).rstrip())
    paragraphs = reuters._PARAGRAPH.split("\n" + text.strip("\n"))
    reference = "\n\n".join([j for p in paragraphs if (j := " ".join(p.split()))])
    assert reuters._body(raw) == reference


_USUAL_OPENING = ('<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" '
                  'OLDID="5544" NEWID="7">')


@pytest.mark.parametrize("opening", [
    _USUAL_OPENING,
    '<REUTERS NEWID="7" OLDID="5544" TOPICS="YES" CGISPLIT="TRAINING-SET" LEWISSPLIT="TRAIN">',
])
def test_record_attributes_in_any_order(opening: str) -> None:
    article = reuters.parse_record(opening + _RECORD.removeprefix('<REUTERS NEWID="3">'), "f", 1)
    assert (article.id, article.key) == ("7", "f#7")
    assert {k: article.extras[k] for k in ("lewissplit", "cgisplit", "oldid", "has_topics")} == {
        "lewissplit": "TRAIN", "cgisplit": "TRAINING-SET", "oldid": "5544", "has_topics": "YES"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", "\n", "\t", "\xa0", ".", "Reuter", "REUTERS", "...^M",
                                 "reuter"]), max_size=12).map("".join))
def test_sign_off_as_its_pattern_search(raw: str) -> None:
    text = raw.rstrip()
    match = reuters._SIGN_OFF.search(text)
    assert reuters._without_sign_off(text) == (text[:match.start()] if match else text)
