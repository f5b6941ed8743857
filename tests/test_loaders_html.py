"""HTML loader (needs the optional trafilatura dependency)."""

from __future__ import annotations

import builtins
from datetime import datetime
from pathlib import Path

import pytest

from newsearch.errors import LoadError
from newsearch.loaders import html, loader_for

PAGE = """<!DOCTYPE html><html><head><title>Floods hit Valencia | Example News</title>
<meta name="author" content="Jane Doe; John Roe">
<meta property="article:published_time" content="2024-10-30T08:15:00Z">
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Floods hit Valencia">
<link rel="canonical" href="https://example.org/floods">
</head><body><nav>Home | World | Sport | Subscribe now</nav>
<article><h1>Floods hit Valencia</h1>
<p>Torrential rain caused flash floods across the Valencia region on Tuesday, killing dozens
of people and sweeping away cars.</p>
<p>Emergency services said the rainfall in eight hours equalled a year's worth in some towns,
and rescuers were still searching for the missing.</p>
<p>The Spanish government declared three days of mourning.</p>
</article><footer>Copyright 2024 Example News</footer></body></html>
"""


def test_main_text_and_metadata(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "floods.html"
    path.write_text(PAGE)
    (a,) = list(html.load(path))
    assert a.title == "Floods hit Valencia"
    assert a.body.startswith("Torrential rain caused flash floods")
    assert "three days of mourning" in a.body
    assert "Subscribe" not in a.body and "Copyright" not in a.body
    assert a.byline == ["Jane Doe", "John Roe"]
    assert a.source == "Example News"
    assert a.url == "https://example.org/floods"
    assert a.date == datetime(2024, 10, 30)
    assert a.key == str(path) and a.id == ""


def test_page_without_text(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "empty.htm"
    path.write_text("<html><head></head><body></body></html>")
    with pytest.raises(LoadError, match="no main text"):
        list(html.load(path))


def test_missing_dependency_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    path = tmp_path / "p.html"
    path.write_text(PAGE)
    with pytest.raises(LoadError, match=r"needs the 'html' extra: pip install newsearch\[html\]"):
        list(html.load(path))


def test_registry_and_sniffing(tmp_path: Path) -> None:
    assert loader_for(tmp_path / "a.htm").name == "html"  # type: ignore[union-attr]
    page = tmp_path / "saved_page"
    page.write_text(PAGE)
    assert loader_for(page).name == "html"  # type: ignore[union-attr]
