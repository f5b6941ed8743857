"""Shared fixtures: a small dated corpus with known places and actors."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from newsearch import tablecache
from newsearch.extract.scan import Run, runs

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "corpus" / "000_0001cf11c00be60b.txt"

# Small articles whose metadata is given in front of the text by Markdown front
# matter would tie these tests to another loader; plain text keeps them to the core.
ARTICLES = {
    "idlib.txt": "Rebels take Idlib city\n\nIDLIB, Syria, March 28, 2015 - Rebel fighters captured "
                 "the city of Idlib on Saturday, the Syrian Observatory for Human Rights said. "
                 "Bashar Assad's forces withdrew from the provincial capital.\n",
    "palmyra.txt": "Islamic State seizes Palmyra\n\nBEIRUT, May 21, 2015 - Islamic State "
                   "militants seized the ancient city of Palmyra in Syria on Thursday, "
                   "monitors said. The hospital in Palmyra was evacuated.\n",
    "aleppo.txt": "Barrel bombs hit Aleppo market\n\nALEPPO, Syria, June 2, 2015 - Barrel "
                  "bombs dropped by government helicopters hit a market in Aleppo, killing "
                  "dozens, the Syrian Observatory for Human Rights said.\n",
    "ankara.txt": "Turkey calls for no-fly zone\n\nANKARA, July 24, 2016 - Turkey's president "
                  "Recep Tayyip Erdogan called for a no-fly zone over northern Syria, "
                  "officials in Ankara said. The bomb barrel debate continued.\n",
}


_CACHE: list[tuple[str, str | None]] = []  # the run's table cache, and the value it replaced


def pytest_configure(config: pytest.Config) -> None:
    """The run's table cache (see newsearch.tablecache) is its own, never the real home's;
    set before any test module is imported, as reliability_support copies the environment
    for its command-line subprocesses then."""
    folder = tempfile.mkdtemp(prefix="newsearch-table-cache-")
    _CACHE.append((folder, os.environ.get(tablecache.ENV)))
    os.environ[tablecache.ENV] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the run's table cache and restore the environment."""
    while _CACHE:
        folder, old = _CACHE.pop()
        shutil.rmtree(folder, ignore_errors=True)
        if old is None:
            os.environ.pop(tablecache.ENV, None)
        else:
            os.environ[tablecache.ENV] = old


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with the shipped article and four small dated articles."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SHIPPED, folder / SHIPPED.name)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    """Where a test's index lives."""
    return tmp_path / "index"


@pytest.fixture
def built_index(corpus: Path, index_dir: Path) -> Path:
    """The fixture corpus, indexed."""
    import newsearch

    newsearch.create_index(index_dir).update([corpus])
    return index_dir


def run_named(text: str, surface: str) -> Run:
    """The scanner's run of ``text`` whose surface is ``surface`` (for the extract tests)."""
    return next(r for r in runs(text) if r.surface() == surface)
