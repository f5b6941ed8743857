"""Look-ups the actor rules share: international organisations and place readings."""

from __future__ import annotations

from functools import lru_cache

from ..analysis import name_key
from .data.orgs import INTERNATIONAL_ORGS
from .gazetteer import gazetteer, place_key


@lru_cache(maxsize=1)
def org_table() -> tuple[dict[str, str], dict[str, str]]:
    """(acronym -> canonical, name key -> canonical) for the international organisations."""
    acronyms: dict[str, str] = {}
    names: dict[str, str] = {}
    for canonical, _code, acr, full in INTERNATIONAL_ORGS:
        for a in acr:
            acronyms[a] = canonical
        for n in (canonical, *full):
            names[name_key(n)] = canonical
    return acronyms, names


def org_code(name: str) -> str | None:
    """The short code of an international organisation (``"imf"``), or None."""
    canonical = org_table()[1].get(name_key(name))
    for c, code, _a, _f in INTERNATIONAL_ORGS:
        if c == canonical:
            return code
    return None


@lru_cache(maxsize=50_000)
def is_place(surface: str) -> bool:
    """Whether a name is better read as a place (countries, adjectives, sizeable towns)."""
    entries = gazetteer().entries(place_key(surface))
    if not entries or entries[0].alternate:
        return False
    return entries[0].kind != "city" or entries[0].population >= 15_000


@lru_cache(maxsize=50_000)
def is_demonym(key: str) -> bool:
    """Whether a word is a nationality adjective ("American")."""
    entries = gazetteer().entries(key)
    return bool(entries) and entries[0].kind == "demonym"


@lru_cache(maxsize=50_000)
def is_big_place(surface: str) -> bool:
    """A country, an adjective, a region or a city of 100,000 people or more."""
    entries = gazetteer().entries(place_key(surface))
    return bool(entries) and (entries[0].kind != "city" or entries[0].population >= 100_000)
