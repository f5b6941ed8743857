"""The disk cache of slow-to-build tables (newsearch/tablecache.py)."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from newsearch import tablecache
from newsearch.extract import gazetteer as gazetteer_module
from newsearch.extract import names as names_module


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(tablecache.ENV, str(folder))
    return folder


class Builds:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_cache_dir_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.setenv(tablecache.ENV, str(tmp_path / "mine"))
    assert tablecache.cache_dir() == tmp_path / "mine"
    monkeypatch.setenv(tablecache.ENV, "")
    assert tablecache.cache_dir() is None
    monkeypatch.delenv(tablecache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert tablecache.cache_dir() == tmp_path / "xdg" / "newsearch"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert tablecache.cache_dir() == tmp_path / "home" / ".cache" / "newsearch"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert tablecache.cache_dir() is None


def test_a_table_is_built_once_then_read_back(cache: Path) -> None:
    value = ({"a b": "x|1|2|c", "c": ""}, ["Syria", "Turkey"], dict.fromkeys(["a"]))
    build = Builds(value)
    assert tablecache.cached("table", "k1", build) == value
    assert build.calls == 1
    assert [p.name for p in cache.iterdir()] == ["table-k1.bin"]
    again = tablecache.cached("table", "k1", build)
    assert again == value and build.calls == 1
    # Read back as built: a dict of strings stays one the garbage collector never walks.
    assert not gc.is_tracked(again[2])


def test_a_new_key_rebuilds_and_the_least_recently_used_entries_go(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tablecache, "KEEP", 2)
    tablecache.cached("table", "k1", Builds([1]))
    tablecache.cached("other", "x", Builds([3]))
    tablecache.cached("table", "k2", Builds([2]))
    for age, key in enumerate(("k1", "k2")):  # k1 the older
        os.utime(cache / f"table-{key}.bin", ns=(10**18 + age, 10**18 + age))
    tablecache.cached("table", "k1", Builds(None))  # a read marks it as used now: k2 goes
    build = Builds([4])
    assert tablecache.cached("table", "k3", build) == [4] and build.calls == 1
    assert sorted(p.name for p in cache.iterdir()) == ["other-x.bin", "table-k1.bin",
                                                       "table-k3.bin"]


def test_entry_names_cannot_hold_the_key_separator(cache: Path) -> None:
    with pytest.raises(ValueError):
        tablecache.cached("two-part", "k", Builds(1))


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage"])
def test_a_damaged_entry_is_rebuilt_never_trusted(cache: Path, damage: str) -> None:
    tablecache.cached("table", "k", Builds({"key": "value" * 50}))
    path = cache / "table-k.bin"
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[-10] ^= 0x01  # still valid marshal data, with another letter
    elif damage == "truncate":
        data = data[:-5]
    elif damage == "empty":
        data = bytearray()
    else:
        data = bytearray(b"not a cache file at all" * 3)
    path.write_bytes(bytes(data))
    build = Builds({"key": "rebuilt"})
    assert tablecache.cached("table", "k", build) == {"key": "rebuilt"}
    assert build.calls == 1
    assert tablecache.cached("table", "k", Builds(None)) == {"key": "rebuilt"}


def test_an_unwritable_cache_still_gives_the_table(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(tablecache.ENV, str(blocker / "cache"))
    build = Builds(["x"])
    assert tablecache.cached("table", "k", build) == ["x"]
    assert tablecache.cached("table", "k", build) == ["x"]
    assert build.calls == 2


def test_switched_off_or_unmarshallable_means_built_every_time(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = Builds(object())  # marshal cannot write it
    tablecache.cached("table", "k", build)
    tablecache.cached("table", "k", build)
    assert build.calls == 2 and not list(cache.glob("table-*"))
    monkeypatch.setenv(tablecache.ENV, "")
    build = Builds([1])
    tablecache.cached("table", "k", build)
    tablecache.cached("table", "k", build)
    assert build.calls == 2 and not cache.exists()


def test_fingerprint_follows_contents_and_missing_files(tmp_path: Path) -> None:
    source = tmp_path / "data.txt"
    source.write_text("one")
    first = tablecache.fingerprint(source, "rules v1")
    assert tablecache.fingerprint(source, "rules v1") == first
    assert tablecache.fingerprint(source, "rules v2") != first
    source.write_text("two")
    assert tablecache.fingerprint(source, "rules v1") != first
    missing = tablecache.fingerprint(tmp_path / "gone.txt", "rules v1")
    assert missing not in (first, tablecache.fingerprint(source, "rules v1"))


def test_the_cached_gazetteer_is_the_parsed_one(cache: Path) -> None:
    parsed = gazetteer_module._parsed()
    key = tablecache.fingerprint(gazetteer_module.DATA_FILE)
    tablecache.cached("gazetteer", key, gazetteer_module._parsed)
    raw, countries, heads, tails, joins = tablecache.cached("gazetteer", key, Builds(None))
    assert raw == parsed[0] and countries == parsed[1]
    assert list(heads) == list(parsed[2]) and tails == parsed[3] and joins == parsed[4]
    gaz = gazetteer_module.Gazetteer(raw, countries, heads, tails, joins)
    assert gaz.entries("reyhanli")[0].country == "Turkey"
    assert "st paul" in gaz and "new" in gaz.head_keys and "africa" in gaz.compass_tails
    assert {"trinidad", "serbia", "republic"} <= gaz.and_heads and "and_heads" in vars(gaz)
    assert not gc.is_tracked(raw) and not gc.is_tracked(heads)


def test_the_given_names_go_through_the_cache(cache: Path) -> None:
    if names_module._name_dict() is None:
        pytest.skip("gender-guesser is not installed: no name list to cache")
    names_module._given_names.cache_clear()
    try:
        names, popular = names_module._given_names()
        assert [p.name.split("-")[0] for p in cache.iterdir()] == ["given_names"]
        names_module._given_names.cache_clear()
        again, popular_again = names_module._given_names()
    finally:
        names_module._given_names.cache_clear()
    assert "juergen" in popular_again and "john" in again
    assert again == names and popular_again == popular
    assert not gc.is_tracked(again) and not gc.is_tracked(popular_again)
