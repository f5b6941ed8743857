"""SMART (CACM/CISI) loader on a tiny fixture."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsearch.errors import LoadError
from newsearch.loaders import LoadProblem, loader_for, smart

FIXTURE = Path(__file__).parent / "fixtures" / "loaders" / "tiny.all"


def _load(path: Path = FIXTURE) -> tuple[dict[str, object], list[LoadProblem]]:
    problems: list[LoadProblem] = []
    return {a.id: a for a in smart.load(path, None, problems.append)}, problems


def test_cacm_style_record() -> None:
    articles, _ = _load()
    a = articles["1"]
    assert a.title == "Preliminary Report-International Algebraic Language"
    assert a.body == ""
    assert a.byline == ["A. J. Perlis", "K. Samelson"]
    assert a.date == datetime(1958, 12, 1)
    assert a.extras["publication"] == "CACM December, 1958"
    assert a.extras["note"].startswith("CA581203")
    assert "100" not in a.title + a.body  # .X citations are dropped
    assert a.key == f"{FIXTURE}#1" and a.source == "TINY"


def test_cisi_style_record() -> None:
    articles, _ = _load()
    a = articles["2"]
    assert a.title == "Use Made of Technical Libraries"
    assert a.body == ("This report is an analysis of 6300 acts of use in 104 technical libraries."
                      "\n\nLibrary use is only one aspect.")
    assert a.byline == ["M. Slater"]
    assert a.topics == ["libraries", "information use"]
    assert a.date is None  # a year alone is not a date
    assert a.extras["publication"] == "1970"


def test_record_without_text_is_reported() -> None:
    articles, problems = _load()
    assert sorted(articles) == ["1", "2", "4"]
    assert len(problems) == 1 and "no .T or .W" in problems[0].reason
    assert articles["4"].date == datetime(1962, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("CACM April,1965", datetime(1965, 4, 1)),
    ("CACM December 1970", datetime(1970, 12, 1)),
    ("June, 1969", datetime(1969, 6, 1)),
    ("1970", None), ("Vol. 1", None), ("CACM Spring, 1970", None),
])
def test_publication_date(text: str, expected: datetime | None) -> None:
    assert smart.publication_date(text) == expected


def test_claimed_by_suffix_and_sniffing(tmp_path: Path) -> None:
    assert loader_for(Path("CISI.ALL")).name == "smart"  # type: ignore[union-attr]
    other = tmp_path / "collection.docs"
    other.write_text(FIXTURE.read_text())
    loader = loader_for(other)
    assert loader is not None and loader.name == "smart"
    assert not smart.sniff(b"Some text\n.I 1\n")


def test_crlf_and_no_records(tmp_path: Path) -> None:
    crlf = tmp_path / "crlf.all"
    crlf.write_bytes(FIXTURE.read_bytes().replace(b"\n", b"\r\n"))
    assert sorted(_load(crlf)[0]) == ["1", "2", "4"]
    empty = tmp_path / "none.all"
    empty.write_text("just words, no records here\n")
    with pytest.raises(LoadError, match="no SMART records"):
        list(smart.load(empty))
