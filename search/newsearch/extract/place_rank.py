"""Ranking a story's place mentions (:mod:`.place_mentions`) into its places, focus first.

Ambiguous names take the reading whose country the story mentions (unless a namesake abroad is
twenty times bigger), else the most populous main name; a dateline's second part fixes its
country; a place is a focus of the story when the dateline or headline names it, or the body
repeats it, names the country itself twice, once in its first third, or heads a row of a
table. The rules in full: :mod:`.places`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter

from ..model import Place
from . import place_context as pc
from .gazetteer import ALTERNATE_CITY, Entry, exonym
from .memo import Memo
from .names import popular_given_names
from .orgfocus import lead_end
from .place_mentions import Mention
from .run import Run

_DOMINANT = 20  # times bigger: a namesake abroad wins over a town in a country in context
_SMALL_CITY = 15_000  # below this a city needs its country in the story
_LONE_CITY = 150_000  # below this a city needs its country, a region or a big city of it
_ADJECTIVE_COUNT = 2  # free adjective uses that list a country the story never names
_FOCUS_COUNT = 3  # body mentions that make a place a focus of the story
# ... when the dateline or the headline already names another country: a story filed from
# Tokyo about Japan names the U.S. three times in passing. Three still do when one of them is
# in the first sentence. Chosen on reut2-000..010 (see bench/extract_eval.py).
_SIDE_COUNT = 5
_NOWHERE = 1 << 62  # an offset past any text's
_IN = frozenset({"in", "near"})
_ROW_CELL = re.compile(r"[ \t.:]{2,}[-\d(]|\t")  # after a table row's first cell


@dataclass(slots=True)
class _Found:
    entry: Entry
    surfaces: list[str] = field(default_factory=list)
    first: int = 0
    count: int = 0
    focus: bool = False
    named: bool = False  # the text names it (not only its towns or its adjective)
    adjective: int = 0  # "Syrian" standing alone: says the country without naming it
    early_adjective: bool = False  # ... in a capitals headline ("AUSTRALIAN WHEAT EXPORTS")
    dateline: bool = False  # named in the dateline (or its state: "Ore.")
    # Where the body first names it (counted, not as a modifier): in the first sentence or not
    # is asked only of a country beside another the headline or dateline names.
    body_first: int = _NOWHERE
    names: int = 0  # the body names the country itself (not its towns, adjective or firms)
    opening: bool = False  # ... once in the body's first third
    said: bool = False  # the body names the country, its adjective or a region (not a town)


_FIRST = attrgetter("first")
_FOCUS = attrgetter("focus")
_new_object = object.__new__


def _new_found(entry: Entry, first: int) -> _Found:
    """``_Found(entry, [], first)`` with its fields set here: calling the class enters its
    ``__init__`` from C, some 900 instructions more a place."""
    f = _new_object(_Found)
    f.entry = entry
    f.surfaces = []
    f.first = first
    f.count = f.adjective = f.names = 0
    f.focus = f.named = f.early_adjective = f.dateline = f.opening = f.said = False
    f.body_first = _NOWHERE
    return f


def _choose(m: Mention, context: set[str], dateline: bool,
            near: set[str] | frozenset[str] = frozenset()) -> Entry | None:
    """The reading of an ambiguous name that fits the story, or None."""
    best = m.readings[0]
    # (Only where the reading could change: a big town alone stands as it is.)
    if not dateline and best.kind == "city" and m.run is not None \
            and (best.population < _LONE_CITY or len(m.readings) > 1) \
            and (by_region := pc.reading_by_region(m)) is not None:
        return by_region  # "Malibu, California": the story says where the town is
    # A dateline town's first reading is its own context (its country is put there for the
    # body's towns): a big city's old or foreign name outranks it ("COLOGNE", not the
    # Italian village); a namesake in a country the body names does not ("GENEVA" stories
    # name the U.S.).
    # An event named after a big city is held there ("the Athens Olympics" in a story naming
    # the U.S.); one named after a small town, in the story's country ("Glastonbury festival").
    for e in () if dateline or (m.event and best.population >= _LONE_CITY) else m.readings:
        if e.country in context and (not e.alternate or pc.fair_alternate(m.key, e)):
            # ... unless a far bigger namesake abroad is meant: "Moscow" in a story about
            # American grain is not Moscow, Idaho.
            if e is best or e.kind != "city" or best.kind != "city" or best.alternate \
                    or best.population < _DOMINANT * e.population:
                return e
            break

    if best.kind == "city" and not best.alternate and (big := exonym(m.key, m.readings)):
        best = big  # "Calcutta" is Kolkata, not the South African town
    if best.kind != "city" or dateline:
        return best
    if best.alternate:  # old or foreign spellings ("Google" is a name of Topeka)
        # ... but not a popular given name ("Julia" for Plovdiv)
        return best if best.population >= ALTERNATE_CITY \
            and m.key not in popular_given_names() else None
    if best.population < _LONE_CITY and best.country not in near and not m.event and not (
            m.run is not None and pc.after_locative(m.run, m.index, _IN)):
        # "God", "Young", "Zomba": a town abroad comes with its country or region ("in X"
        # will do); a namesake in a country the story is near is meant; a sports ground
        # named after its district stands alone ("at Highbury" in a story naming Germany).
        near_one = next((e for e in m.readings if e.country in near and e.kind == "city"
                         and not e.alternate), None)
        if near_one is not None or not pc.ground(m):
            return near_one
    return best if best.population >= _SMALL_CITY else None


def _table_countries(ms: list[Mention], text: str, base: int) -> set[str]:
    """Countries heading a row of a table in the body ("Ivory Coast       67"): a table by
    country is about each of them (OPEC output by member, cocoa prices by origin), however
    rarely the prose names them."""
    out: set[str] = set()
    for m in ms:
        if m.segment == "body" and m.readings[0].kind == "country" and not m.modifier:
            start = m.start - base
            if _ROW_CELL.match(text, start + len(m.surface)) and \
                    not text[text.rfind("\n", 0, start) + 1:start].strip():
                out.add(m.readings[0].country)
    return out


def _read_dateline_by_headline(ms: list[Mention]) -> None:
    """Read a dateline town as its namesake in the country the headline names, when that is a
    big city and the first reading is not twenty times bigger: "SAN JOSE - COSTA RICA
    OPTIMISTIC ..." is filed from Costa Rica, not California; "LONDON - CANADA ..." is still
    London, and "GENEVA - U.S. MAKES ..." is not a small American Geneva."""
    headline: set[str] = set()
    dated: list[Mention] = []
    for m in ms:  # the headline's mentions come first, then the dateline's, then the body's
        segment, readings = m.segment, m.readings
        if segment == "body":
            break
        if segment == "title":
            if len(readings) == 1 and readings[0].kind in {"country", "demonym"}:
                headline.add(readings[0].country)
        elif len(readings) > 1:
            dated.append(m)
    for m in dated if headline else ():
        readings = m.readings
        if readings[0].country in headline:
            continue
        for e in readings[1:]:
            if e.kind == "city" and not e.alternate and e.country in headline \
                    and e.population >= _LONE_CITY \
                    and readings[0].population < _DOMINANT * e.population:
                m.readings = (e, *(r for r in readings if r is not e))
                break


def rank(ms: list[Mention], dateline: str, title_len: int, body_runs: list[Run],
          flash: bool = False, text: str = "", base: int = 0, opening: int = 0) -> list[Place]:
    """The places of a story's mentions ``ms`` (title, dateline and body laid end to end),
    focus places first: ``flash``, a headline with no story under it; ``text``, the body,
    starting at offset ``base``; ``opening``, the offset that ends the body's first third."""
    tabled = _table_countries(ms, text, base) if "  " in text or "\t" in text else ()
    region = pc.dateline_region(dateline) if "," in dateline else ""
    if region:
        ms = [m for m in ms if m.segment != "dateline"
              or any(e.country == region for e in m.readings)]
        for m in ms:
            if m.segment == "dateline":
                m.readings = tuple(e for e in m.readings if e.country == region)
    elif dateline:
        _read_dateline_by_headline(ms)
    title_start = -1
    if flash:  # a headline alone: "Bank of Japan satisfied with yen" is about Japan
        for m in ms:
            m.modifier = False
            if m.segment == "title" and m.run is not None and m.index == 0 \
                    and not m.run.text[:m.run.start].strip():
                title_start = m.start
    context: set[str] = set()
    wide: set[str] = set()  # ... and the countries of regions and big cities: near ones
    for m in ms:
        top = m.readings[0]
        kind = top.kind
        if (kind in {"country", "demonym"} and len(m.readings) == 1) or m.segment == "dateline":
            context.add(top.country)
        elif kind == "region" or (kind == "city" and top.population >= _LONE_CITY):
            wide.add(top.country)
    near = context | wide
    found: dict[tuple[str, str], _Found] = {}
    if region:
        context.add(region)
        if not any(m.segment == "dateline" for m in ms):
            found[(region, region)] = _Found(Entry(region, region, 0, "country"),
                                             first=title_len, count=1, focus=True,
                                             named=True, dateline=True)
    for m in ms:
        readings = m.readings
        # A lone reading other than a town is what _choose() would return: skip the call.
        entry = readings[0] if len(readings) == 1 and readings[0].kind != "city" else \
            _choose(m, context, m.segment == "dateline", near)
        if entry is None:
            continue
        early = m.segment != "body"
        name, country, _, kind, _ = entry  # (fields read once: each read is a call)
        area = kind == "area"
        if m.in_name and not m.modifier:
            # A town inside a firm's name names its country, not itself ("New York Stock
            # Exchange"): the country is counted as named there. An area names nothing.
            keys = [(country, country)] if country else []
        elif kind in {"city", "region"}:
            keys = [(name, country), (country, country)]
        else:
            keys = [(name, country)]
        for k in keys:
            f = found.get(k)
            if f is None:
                f = found[k] = _new_found(entry if k[0] == name else _country_entry(k[0]),
                                          m.start)
            if k[0] == name:
                f.surfaces.append(m.surface)
                f.named = f.named or (kind != "demonym" and (not m.modifier or m.event))
                if kind == "demonym" and not m.modifier:
                    f.adjective += 1
                    # A capitals headline has no room to name the country: "AUSTRALIAN
                    # WHEAT EXPORTS RISE". ("Moya fights back for Indian title" names none.)
                    # So does one opening a headline with no story under it ("Italian
                    # government has resigned, officials announced").
                    f.early_adjective = f.early_adjective or (early and m.caps) or (
                        flash and m.start == title_start)
            elif m.in_name and not m.modifier:
                f.named = True
            # A town or region inside a firm's name ("METRO MOBILE", "Utah International")
            # names its country but says nothing of what the story is about, unless it is a big
            # city ("London Stock Exchange") or the headline is all there is ("Bank of Japan
            # satisfied with yen").
            if not m.currency and (flash or not m.in_name or m.modifier or (
                    kind == "city" and entry.population >= pc.FIRM_TOWN)):
                f.count += 1
                f.focus = f.focus or (early and not m.modifier and not area)
                if early:
                    f.dateline = f.dateline or m.segment == "dateline"
                elif not m.modifier:
                    if m.start < f.body_first:
                        f.body_first = m.start
                    if kind == "country":
                        f.names += 1
                        f.opening = f.opening or m.start < opening
                    if kind != "city" and k[0] == country:
                        f.said = True
    # Countries the dateline and the headline name; the dateline's alone. (One loop: each
    # comprehension is a call.)
    early_countries: set[str] = set()
    dateline_countries: set[str] = set()
    for f in found.values():
        if f.focus:
            early_countries.add(f.entry.country)
        if f.dateline:
            dateline_countries.add(f.entry.country)
    lead = -1  # where the body's first sentence ends: a search of the text, made if asked
    for f in found.values():
        country = f.entry.country
        if f.focus:
            # A headline naming a country once, beside a dateline in another, is usually a
            # firm's name or an aside ("U.S. BANKER PREDICTS ..." from Abu Dhabi).
            f.focus = f.dateline or f.count > 1 or not (dateline_countries - {country})
        elif f.entry.kind != "area":
            # Tuned on reut2-000..010: two mentions are often in passing, three are not; when
            # the dateline or headline names another country, five, or three and the lead.
            side = bool(early_countries - {country})
            # (The lead decides only three or four mentions, one in the body; with fewer or
            # more, or none in the body, the count alone does: most stories never search it.)
            if side and lead < 0 and f.body_first < _NOWHERE \
                    and _FOCUS_COUNT <= f.count < _SIDE_COUNT:
                lead = base + lead_end(body_runs[0].text, 1) if body_runs else base
            f.focus = f.count >= (_SIDE_COUNT if side and f.body_first >= lead
                                  else _FOCUS_COUNT) or (
                f.names >= 2 and f.opening)
            if f.focus and side:
                # ... and a country the body names only by its towns is where things happen
                # ("dealers in London", "the London talks"), not what the story is about
                # (its regions will do: "England" in a rugby report).
                named = found.get((country, country))
                f.focus = named is not None and named.said
            f.focus = f.focus or f.entry.name in tabled
    # A country only implied by its adjective is listed when the story is about it and the
    # adjective stands alone, twice ("Turkish cities"), not inside a name ("Australian Open"); one
    # implied by its towns alone is not (each town carries its country). Its towns then carry
    # the focus instead, so the country still facets as one.
    # A country named only by its adjective is not listed either when the story names one of
    # its regions ("British society" beside "England", "American" beside "Texas"): the region
    # already carries the country. (Its towns do not: "Turkish cities such as Reyhanli".)
    implied: set[str] = set()
    for f in found.values():
        if f.focus and not f.named:
            for town in found.values():
                if town.entry.country == f.entry.name and town.entry.kind != "country" \
                        and (town.named or not f.adjective):
                    town.focus = True
                    if town.entry.kind == "region" and town.named:
                        implied.add(f.entry.name)
    ranked = [f for f in found.values() if f.named or (  # (a list: no generator)
        f.focus and f.entry.name not in implied and (
            f.adjective >= _ADJECTIVE_COUNT or f.early_adjective))]
    if len(ranked) > 1:
        # Focus places first, each part by first mention: two stable sorts with keys read in
        # C, not a Python key function called per place.
        ranked.sort(key=_FIRST)
        ranked.sort(key=_FOCUS, reverse=True)
    return [_place((f.entry.name if f.entry.kind in {"country", "demonym"} else  # (no call)
                    pc.canonical(f.entry, f.surfaces), f.entry.country, f.focus)) for f in ranked]


# Places and the country readings of towns are immutable and recur story after story: one
# object each (a frozen dataclass's __init__ sets every field through object.__setattr__).
_place = Memo(lambda fields: Place(*fields), 20_000).get_key
_country_entry = Memo(lambda name: Entry(name, name, 0, "country"), 1_000).get_key
