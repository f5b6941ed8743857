"""Look-ups the actor rules share: international organisations and place readings."""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import name_key
from .data.orgs import INTERNATIONAL_ORGS
from .gazetteer import gazetteer, place_key
from .scan import CONNECTORS, Run

_HYPHEN_LOWER = re.compile(r"-(?=[a-z])")


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


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    """First words of the organisations' names of several words."""
    return frozenset(k.split(" ", 1)[0] for k in org_table()[1] if " " in k)


@lru_cache(maxsize=1)
def _continuations() -> dict[str, list[tuple[str, str]]]:
    """Full names a run of capitals cannot hold whole ("General Agreement on Tariffs and
    Trade"): name key of the leading run -> [(the rest as written, canonical)]."""
    out: dict[str, list[tuple[str, str]]] = {}
    for canonical, _code, _acr, full in INTERNATIONAL_ORGS:
        for n in (canonical, *full):
            # A hyphen before a small letter ends a run too: "Economic Co" + "-operation".
            hyphen = _HYPHEN_LOWER.search(n)
            if hyphen:
                n = n[:hyphen.start()] + " " + n[hyphen.start():]
            words = n.split()
            cut = next((k for k, w in enumerate(words) if k and not w[0].isupper()
                        and w.lower() not in CONNECTORS), 0)
            head = cut
            while head > 1 and words[head - 1].lower() in CONNECTORS:
                head -= 1  # a run never ends on "of"
            if cut:
                out.setdefault(name_key(" ".join(words[:head])), []).append(
                    (" ".join(words[head:]), canonical))
    return out


def continued_org(key: str, after: str, start: int = 0) -> str | None:
    """The international organisation whose full name starts with the run ``key`` and goes
    on with the text ``after[start:]`` ("General Agreement" + " on Tariffs and Trade")."""
    options = _continuations().get(key)
    if not options:
        return None
    text = " ".join(after[start:start + 120].split())
    for rest, canonical in options:
        if text.startswith(rest):
            return canonical
    return None


@lru_cache(maxsize=1)
def acronym_rivals() -> dict[str, tuple[str, ...]]:
    """Acronyms that are also the initials of another organisation's full name ("ADB": the
    Asian and the African Development Bank) -> those other organisations."""
    acronyms = org_table()[0]
    out: dict[str, list[str]] = {}
    for canonical, _code, _acr, full in INTERNATIONAL_ORGS:
        for n in (canonical, *full):
            initials = "".join(w[0] for w in n.replace("-", " ").split() if w[0].isupper())
            owner = acronyms.get(initials)
            if owner and owner != canonical and canonical not in out.get(initials, []):
                out.setdefault(initials, []).append(canonical)
    return {a: tuple(c) for a, c in out.items()}


def caps_table_orgs(run: Run) -> list[tuple[str, str]]:
    """International bodies in a capitals run as ``(canonical, acronym or "")``: acronyms
    ("EC SETS") and full names ("WORLD BANK OFFICIAL SAYS") say what they are even there."""
    acronyms, names = org_table()
    heads = _name_heads()
    keys = run.keys
    n = len(keys)
    out = []
    i = 0
    while i < n:
        w = run.words[i]
        if len(w) >= 2 and w in acronyms:
            out.append((acronyms[w], w))
            i += 1
            continue
        key = keys[i]
        if key not in heads and key and " " not in key:
            i += 1  # no name of several words starts with this one
            continue
        for j in range(min(n, i + 4), i + 1, -1):
            canonical = names.get(" ".join(keys[i:j]))
            if canonical:
                out.append((canonical, ""))
                i = j
                break
        else:
            i += 1
    return out


def whole_table_name(run: Run, i: int) -> bool:
    """Whether words ``i:`` of a run name an international body ("General Agreement on ...",
    whose "General" is no general's title)."""
    key = " ".join(run.keys[i:])
    return key in org_table()[1] or continued_org(key, run.text, run.end) is not None


def table_acronym(surface: str, aliases: dict[str, str]) -> str | None:
    """The international body an acronym stands for, or None; ``aliases`` maps the acronyms
    the story defines to the names defining them: "U.S. International Trade Commission (ITC)"
    makes its "ITC" no International Tin Council."""
    canonical = org_table()[0].get(surface)
    if canonical and aliases:
        defined = aliases.get(name_key(surface))
        if defined is not None and not same_body(defined, canonical):
            return None
    return canonical


def same_body(key: str, canonical: str) -> bool:
    """Whether the name ``key`` that defines an acronym in a story is (a misspelling of) the
    international body the acronym stands for: it starts with two words of one of its names
    ("International Coffee Organistion (ICO)", "International Development Agency (IDA)")."""
    words = key.split()
    if words[:1] == ["u", "s"] or words[:1] == ["us"]:
        words = words[2:] if words[0] == "u" else words[1:]
    head = " ".join(words[:2])
    return len(words) >= 2 and any(
        c == canonical and (k == head or k.startswith(head + " "))
        for k, c in org_table()[1].items())


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
def is_town(surface: str) -> bool:
    """Whether a name reads first as a town (not a country, adjective or region)."""
    entries = gazetteer().entries(place_key(surface))
    return bool(entries) and entries[0].kind == "city"


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
