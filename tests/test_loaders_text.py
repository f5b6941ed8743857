"""Plain-text loader: title/caption/body split and the not-an-article rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsearch.errors import LoadError
from newsearch.loaders import LoadProblem, text


def test_title_repeated_title_caption_body(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Storm hits coast\nStorm hits coast\n"
                    "Waves crash on the pier (John Doe / AFP/Getty Images)\n\n"
                    "Winds of 150 km/h were recorded on Tuesday.\n\n\n\nMore later.\n")
    (a,) = list(text.load(path))
    assert a.title == "Storm hits coast"
    assert a.caption.startswith("Waves crash")
    assert a.body == "Winds of 150 km/h were recorded on Tuesday.\n\nMore later."
    assert a.key == str(path) and a.content_hash


@pytest.mark.parametrize(("content", "reason"), [
    ("acq\nalum\nbarley\ncocoa\n", "one token per line"),
    ("01 1410 0 0\n01 1572 0 0\n", "no line has 4 or more words"),
    ("usa uk\nfrance japan\n", "no line has 4 or more words"),
])
def test_lists_are_not_articles(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "list.txt"
    path.write_text(content)
    with pytest.raises(LoadError, match=f"not an article \\({reason}"):
        list(text.load(path))


def test_short_prose_is_an_article(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Quake\nA strong earthquake shook the city.\n")
    assert [a.title for a in text.load(path)] == ["Quake"]


def test_invalid_utf8_is_reported_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf\xe9 owners protest\nThe owners of the caf\xe9 said no.\n")
    problems: list[LoadProblem] = []
    (a,) = list(text.load(path, None, problems.append))
    assert a.title == "Caf\ufffd owners protest"
    assert len(problems) == 1 and not problems[0].skipped
    assert problems[0].reason == "invalid utf-8 at byte 3: decoded with replacement"
