"""Places no gazetteer lists, known by where the text puts them: a chain of names after "in",
each narrowing the one before, that ends in a country or a region ("in Heglig, West Kordofan,
Sudan", "in Al-Hashamah, Taiz Governorate, Yemen", "a bombing in Bajaur District, Khyber
Pakhtunkhwa, Pakistan", "in Norcross, Ga.", "in Moshav Adanim, central Israel").

News copy places a village, a district or a province the reader may not know by naming the
larger places it lies in, after commas; the gazetteer of towns of 5,000 and more lacks most
of them. Every name of such a chain before its country is a place in that country, also one
the gazetteer reads only as a town of another country ("in Richelieu, Commewijne District,
Suriname"). A division written with its unit word ("in Pocheon, Gyeonggi Province") ends a
chain too, in no known country; a unit's lower-case noun may come before a link's comma ("in
Ranga Reddy district, Telangana, India"). No list of places: the comma, the locative before
and the known place or unit at the end say so.
"""

from __future__ import annotations

import re
from itertools import compress

from .data.countries import US_STATES
from .gazetteer import MONTHS_AND_DAYS, gazetteer, place_key
from .names import ORG_WORDS, TITLE_WORDS
from .place_context import LOCATIVE
from .scan import Run, key_of
from .units import FOREIGN_UNITS, SHARED_UNITS, unit_name

# Between two names of a chain: a comma, or a slash ("Kabba/Bunu"); a compass adjective may
# stand before the larger place ("Moshav Adanim, central Israel"), a unit's lower-case noun
# after the smaller one ("Ranga Reddy district, Telangana").
_LINK = re.compile(r"(?:(?:[ \t]+(?:district|province|region|state|county))?,[ \t]+"
                   r"(?:(?:north|south|east|west|central|northern|southern|eastern|"
                   r"western|north-?eastern|north-?western|south-?eastern|south-?western)"
                   r"[ \t]+)?|/)")
# Locatives that open a chain: place_context's, and "on" for a strike on a town.
_OPENERS = LOCATIVE | {"on"}
_LONGEST = 4  # words in one name of a chain
_GAP = 12  # characters between two names of a chain, at most
_LINK_FIRST = frozenset({",", "/"})
# A district's or a province's lower-case noun may stand between a name and its comma ("in
# East Jaintia Hills district, Meghalaya, India"): the next larger place follows all the same.
_UNIT_COMMAS = (" district,", " province,", " region,", " state,", " county,")
_ENDS = frozenset({"country", "region"})
# A unit's common noun alone names no place ("Clinton, County, Pa.": a slip).
_UNIT_WORDS = FOREIGN_UNITS | SHARED_UNITS
_UNITS = frozenset({"county", "state", "district", "province", "region", "city", "town"})


def chain_places(body_runs: list[Run], skip: set[str]) -> list[tuple[str, str]]:
    """(name, country) of each name the gazetteer does not know in a chain of places after a
    locative that ends in a country or a region. ``skip``: keys of names the actors found
    (people and bodies are no places)."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    # The larger place follows a comma, a slash or a unit's noun and a comma (most runs are
    # followed by none), and no possessive or hyphen follows it ("Sudan's envoy"). Whether a
    # link may follow each run: its next character, or a lower-case unit noun and a comma
    # (" district, "). (Tested inline, not by a function mapped over the runs: a Python call
    # a run cost more than the test. One startswith() in C: a slice to test the noun's first
    # letter and then a match cost more, and most runs go on with " said" or another word.)
    links = [run.after in _LINK_FIRST or (
        run.after == " " and run.text.startswith(_UNIT_COMMAS, run.end)) for run in body_runs]
    for i in compress(range(1, len(body_runs)), links):
        run = body_runs[i]
        if run.after in {"'", "’", "-"} or not _linked(body_runs, links, i - 1):
            continue
        country = _end_country(run)
        if country is None or (country == "" and i + 1 < len(body_runs)
                               and _linked(body_runs, links, i)
                               and _end_country(body_runs[i + 1])):
            continue  # (a division's chain may go on to its country: that one ends it)
        first = i - 1  # walk back over the chain to its first name
        while first > 0 and _linked(body_runs, links, first - 1):
            first -= 1
        if body_runs[first].prev_word() not in _OPENERS:
            continue
        for link in body_runs[first:i]:
            if _named(link) and (key := key_of(name := link.surface())) not in skip \
                    and key not in seen and _unread(name, country):
                seen.add(key)  # (not a person, a body or a place the gazetteer reads)
                out.append((name, country))
    return out


def _linked(runs: list[Run], links: list[bool], k: int) -> bool:
    """Whether run ``k + 1`` follows run ``k`` across a chain's link (", ", "/", ", central ",
    " district, "); ``links``: whether a link may follow each run (see :func:`chain_places`)."""
    a, b = runs[k], runs[k + 1]
    gap = b.start - a.end
    # (A comma and a space, most links: one slice, not a match.)
    return links[k] and b.text is a.text and gap <= _GAP and (
        (gap == 2 and a.text[a.end:b.start] == ", ")
        or _LINK.fullmatch(a.text, a.end, b.start) is not None)


def _unread(name: str, country: str) -> bool:
    """Whether the gazetteer reads a chain's name as no place of the chain's country (the
    places it does read are found with their country in the story): "in Richelieu,
    Commewijne District, Suriname" is no Canadian town; "in Britain, Belgium and Italy" is
    a list of countries, no chain. A chain closed by a division of no
    known country ("Gyeonggi Province") leaves the gazetteer's names to it."""
    entries = gazetteer().entries(place_key(name))
    return not entries or (country != "" and all(
        e.kind == "city" and e.country != country for e in entries))


def _named(link: Run) -> bool:
    """Whether a run in a chain may name a place: a short mixed-case name of capitalised
    words, no title, body, month or a unit's bare noun ("Clinton, County, Pa."). A state's
    name ends in "State" ("Kogi State, Nigeria")."""
    keys = link.keys
    last = keys[-1]
    return not link.caps and len(keys) <= _LONGEST \
        and all(w[:1].isupper() for w in link.words) \
        and not any(k in TITLE_WORDS or k in ORG_WORDS for k in keys[:-1]) \
        and last not in ORG_WORDS and keys[0] not in MONTHS_AND_DAYS \
        and not (len(keys) == 1 and last in _UNITS) \
        and (last not in TITLE_WORDS or last == "state")


def _end_country(run: Run) -> str | None:
    """The country of the country, region or US state a run names in full ("Sudan", "West
    Bengal", "Ga."); "" for a division named with its unit word ("Gyeonggi Province",
    :func:`.units.unit_name`), whose country no list gives; else None."""
    if len(run.words) > _LONGEST:
        return None
    name = run.surface()
    for entry in gazetteer().entries(place_key(name)):
        if entry.kind in _ENDS:
            return entry.country
    if name.endswith(".") or run.after == ".":
        abbr = place_key(name).replace(" ", "")
        if abbr in US_STATES:
            return "United States"  # "Norcross, Ga."
    last = len(run.keys) - 1
    if last and run.keys[last] in _UNIT_WORDS and unit_name(run, last):
        return ""  # "in Pocheon, Gyeonggi Province"
    return None
