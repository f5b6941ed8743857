"""Place extraction: gazetteer look-ups on runs of capitalised words, then ranking.

Steps: each segment (title, dateline, body) is cut into runs of capitalised words once
(:mod:`.scan`); every stretch of a run is looked up in the gazetteer, longest first. Text set in
capitals (wire headlines) only admits countries, adjectives and large cities; a city glued to
another capitalised word is part of a bigger name ("Toronto Dominion") and dropped, and a town
that a story also names as a firm or a person (:mod:`.place_context`) needs "in", "at"... before
its bare mentions, and so does a town named as a club ("Chelsea defender", "Blackburn v
Burnley": then every smaller town of a sports story is a club unless "in" comes before it).
Acronyms in mixed-case text ("ILO"), agreements and indices named after towns ("Paris accord",
"Dax index"), sums ("U.S. dlrs", "US$") and a country after a firm's name ("Gillette Canada")
name no place (the last two still count, saying less). Ambiguous names take the reading whose
country the story mentions (unless a namesake abroad is twenty times bigger), else the most
populous main name; a town under 150,000 needs its country, a region or a big city of it in the
story, or "in" before it. A dateline's second part fixes its country ("BADEN, Switzerland").
Parliamentary seats ("MP for Kensington and Chelsea", "Bristol East") are places.
A place is a focus of the story when the dateline or headline names it, or the body repeats it
(three times; five, or three with one in the first sentence, when the dateline or headline
already names another country). A headline with no story under it is its own focus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..analysis import _ARABIC_ARTICLES, STOP_WORDS
from ..model import Place
from . import place_context as pc
from .data.common_words import WORDS as COMMON_WORDS
from .data.countries import CURRENCY_WORDS, US_STATES
from .gazetteer import MONTHS_AND_DAYS, Entry, Gazetteer, gazetteer, place_key
from .memo import Memo, lookup_set
from .names import ORG_WORDS, TITLE_WORDS, first_names
from .orgfocus import lead_end
from .scan import Run, is_caps_text, key_of, runs

_DOMINANT = 20  # times bigger: a namesake abroad wins over a town in a country in context
_SMALL_CITY = 15_000  # below this a city needs its country in the story
_LONE_CITY = 150_000  # below this a city needs its country, a region or a big city of it
_CAPS_CITY = 100_000  # in all-caps text a city must be this big
_ALTERNATE_CITY = 300_000  # a city named by an alternate spelling only, without its country
_ADJECTIVE_COUNT = 2  # free adjective uses that list a country the story never names
_FOCUS_COUNT = 3  # body mentions that make a place a focus of the story
# ... when the dateline or the headline already names another country: a story filed from
# Tokyo about Japan names the U.S. three times in passing. Three still do when one of them is
# in the first sentence. Chosen on reut2-000..010 (see bench/extract_eval.py).
_SIDE_COUNT = 5
_MAX_WORDS = 6
_MAX_CAPS_WORDS = 3  # headlines: long runs, short names  # the longest place name looked up
_AMBIGUOUS_KEYS = frozenset({"us", "mobile", "reading", "split", "nice", "bath", "of"})
_NOT_TOWNS = ORG_WORDS | TITLE_WORDS
_EVENT_NEXT = frozenset({"champion", "champions", "championship", "championships", "title",
                         "final", "finals", "semi", "winner", "festival", "marathon"})
# Capitalised words that make what precedes them part of a name ("US Open", "Japan Bank").
_NAME_HEADS = (ORG_WORDS | _EVENT_NEXT | frozenset({"open", "cup", "games", "masters", "prix",
                                                    "museum", "embassy", "grand"})) - TITLE_WORDS
_IN = frozenset({"in", "near"})
_PACT_NEXT = frozenset({"accord", "accords", "agreement", "pact", "treaty", "protocol", "club",
                        "index"})
_NAME_LINKS = frozenset({"of", "for"})
_AMOUNT_WORDS = frozenset({"mln", "bln", "billion", "million", "thousand"})
# (``in`` only: a dict, which no garbage collection walks; see memo.lookup_set.)
_FREE_NEIGHBOURS = lookup_set(TITLE_WORDS | MONTHS_AND_DAYS | COMMON_WORDS | STOP_WORDS)
_STRICT_FREE = TITLE_WORDS | MONTHS_AND_DAYS | STOP_WORDS
_TOWN_BEFORE = re.compile(r"\b[A-Z][\w.'-]*$")  # a capitalised word ends the text before


@dataclass(slots=True)
class _Mention:
    key: str
    surface: str
    start: int  # order in the story (segments are laid end to end)
    segment: str  # "title", "dateline" or "body"
    readings: tuple[Entry, ...]
    currency: bool = False
    modifier: bool = False  # "U.S. Treasury": counts, but says less
    # "Bank of Japan" (with ``modifier``): counts like an adjective, names no place; a town
    # opening a firm's name ("New York Stock Exchange") names only its country.
    in_name: bool = False
    caps: bool = False  # set in capitals (a wire headline or dateline)
    run: Run | None = None  # where it was found, kept for a later look at its context
    index: int = 0


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
    lead: bool = False  # named in the body's first sentence


def mentions(run_list: list[Run], segment: str, base: int, gaz: Gazetteer,
             skip: set[str], glued: set[str] | None = None) -> list[_Mention]:
    """Gazetteer matches in the runs of one segment, capitalisation rules applied.

    Towns dropped as the first word of a firm's name ("Marathon Oil") or as a person ("daughter
    Victoria") are added to ``glued``: their other bare mentions mean the same.
    """
    glued = set() if glued is None else glued
    out: list[_Mention] = []
    raw = gaz.raw
    heads = gaz.head_keys
    tails = gaz.compass_tails
    entries = gaz.entries
    for run in run_list:
        words = run.words
        if len(words) == 1:  # the common case, settled by one look-up
            key = place_key(words[0])
            if key.replace(" ", "") in US_STATES and (m := _state(run, key, segment)) is not None:
                m.start += base
                out.append(m)
                continue
            if run.text[run.start - 1:run.start] == "." and key in tails:
                key = _glued_compass(run, key, raw)  # "S.Korea"
            # (_judge drops months and days first thing: "Feb" of every dateline.)
            if key in raw and key not in skip and key not in MONTHS_AND_DAYS:
                m = _judge(run, 0, 1, key, entries(key), segment, glued)
                if m is not None:
                    m.start += base
                    out.append(m)
            continue
        keys = list(map(place_key, words))
        if keys[0].replace(" ", "") in US_STATES and (m := _state(run, keys[0], segment)):
            m.start += base  # "LAKE SUCCESS, N.Y. March 3"
            out.append(m)
        if run.text[run.start - 1:run.start] == "." and keys[0] in tails:
            keys[0] = _glued_compass(run, keys[0], raw)  # "S.AFRICA SAYS"
        if not _ARABIC_ARTICLES.isdisjoint(keys):  # rare: article variants to unify
            keys = pc.unify_articles(keys)
        n = len(keys)
        longest = _MAX_CAPS_WORDS if run.caps else _MAX_WORDS
        i = 0
        while i < n:
            key = keys[i]
            if key in heads or " " in key or not key:
                j = i + longest if i + longest < n else n  # (min() is a call)
                while j > i:
                    key = keys[i] if j == i + 1 else " ".join(keys[i:j])
                    if key in raw and words[j - 1][0].isupper():
                        break
                    j -= 1
                if j == i or not words[i][0].isupper():
                    i += 1
                    continue
            elif key not in raw or not words[i][0].isupper():  # one word; run.capitalised inline
                i += 1
                continue
            else:
                j = i + 1
            if key in skip:
                i += 1
                continue
            m = _judge(run, i, j, key, entries(key), segment, glued)
            if m is None and j + 1 < n and " ".join(keys[j:]) in skip \
                    and " ".join(keys[i:]) not in skip:
                # A full name the actors found follows: "Ambassador to Athens Nazmi Akiman".
                m = _judge(run, i, j, key, entries(key), segment, glued, True)
            if m is None:
                i += 1
                continue
            m.start += base
            out.append(m)
            i = j
    return out


def _state(run: Run, key: str, segment: str) -> _Mention | None:
    """A US state by its abbreviation right after a town ("Norcross, Ga.,", "Newark, NJ"), or
    two initials anywhere ("N.Y. BUSINESS LOANS FALL"); else None. Many abbreviations are words
    ("Ill.", "Mass."): only the place after a town makes them states."""
    text, start, word = run.text, run.start, run.words[0]
    initials = len(word) == 4 and word[1] == word[3] == "."  # "N.Y.", "N.J.": never a word
    if not initials and (text[start - 2:start] != ", "
                         or not _TOWN_BEFORE.search(text, max(0, start - 40), start - 2)):
        return None
    after = text[run.end:run.end + 1]
    if not (after == "." or word.endswith(".") or (  # the style book's "Ga.", "N.J."
            len(word) == 2 and word.isupper() and not run.caps and not after.isalnum())):
        return None  # postal codes, "NJ", only in mixed-case text
    name = US_STATES[key.replace(" ", "")]  # "N.J."
    readings = tuple(e for e in gazetteer().entries(place_key(name)) if e.kind == "region")
    if not readings:
        return None
    return _Mention(place_key(name), name, start, segment, readings, caps=run.caps, run=run)


def _glued_compass(run: Run, key: str, raw: dict[str, str]) -> str:
    """The key of a place whose compass letter is glued to it ("S.AFRICA": "s africa"), or
    ``key`` itself."""
    text, start = run.text, run.start
    letter = text[start - 2:start - 1]
    if letter in ("N", "S", "E", "W") and (start < 3 or not text[start - 3].isalnum()):
        glued = letter.lower() + " " + key
        if glued in raw:
            return glued
    return key


def _judge(run: Run, i: int, j: int, key: str, readings: tuple[Entry, ...],
           segment: str, glued: set[str], name_after: bool = False) -> _Mention | None:
    """Decide whether words ``i:j`` of a run name a place, and how; ``name_after``: the rest
    of the run is someone's name, not more of the place's."""
    if not readings or key in MONTHS_AND_DAYS:
        return None
    # Run and entry fields are read into locals once: each look-up costs a call.
    words, keys, caps = run.words, run.keys, run.caps
    if key in STOP_WORDS and (caps or not words[j - 1].isupper() or i + 1 != j):
        return None  # "us", but "US" in mixed-case text is the country
    top = readings[0]
    kind = top.kind
    if kind == "city" and key in _NOT_TOWNS:
        return None  # "University", "Union": words of names before they are towns
    surface = words[i] if j == i + 1 else run.surface(i, j)
    if not caps and kind != "country" and not top.alternate and surface.isupper() \
            and pc.acronym(run, surface):  # (the first tests save the call)
        glued.add(key)  # "the GAO": so is "GAO" in the capitals headline
        return None
    if caps:
        if key in _AMBIGUOUS_KEYS or key in COMMON_WORDS:
            return None
        if kind == "city" and i == 0 and j < len(words) and keys[j] in ORG_WORDS:
            glued.add(key)  # "BELL PETROLEUM SERVICES": a firm, in the body too
            return None
        if kind == "city" and top.population < _CAPS_CITY and segment != "dateline":
            return None
    elif key in _AMBIGUOUS_KEYS and not surface.isupper() and len(surface) <= 3:
        return None
    n = len(words)
    if kind != "country" and ((j == n and run.text[run.end:run.end + 2] == " <") or (
            i == 0 and run.text[run.start - 1:run.start] == "<")):
        return None  # "EDO <EDO> TO BUY BACK": a company and its ticker
    # (Regions and areas never look at the next word.)
    nxt = run.next_word() if j == n and kind != "region" and kind != "area" else ("", "")
    if kind == "city" and not caps:
        if pc.club_context(run, i, j, nxt):
            glued.add(pc.CLUB)  # a sports story: its other small towns are clubs too
            glued.add(key)
            return None
        if pc.person_context(run, i, j) or (i > 0 and keys[i - 1] in pc.HONORIFICS):
            glued.add(key)  # its other bare mentions name the same person
            return None  # "daughter Victoria", "Pelham, 14,", "Lord Irvine"
    # (Positional arguments: keywords cost a dictionary match per call.)
    mention = _Mention(key, surface, run.spans[i][0], segment, readings, False, False, False,
                       caps, run, i)
    if i >= 2 and not caps and keys[i - 1] in _NAME_LINKS and keys[i - 2] in ORG_WORDS:
        mention.modifier = mention.in_name = True  # "University of Ulster"
    if j < n and kind in ("demonym", "country") and keys[j] in CURRENCY_WORDS \
            and i > 0 and keys[i - 1] in _AMOUNT_WORDS:
        mention.currency = True  # "50 MLN AUSTRALIAN DLR EUROBOND": a sum, not a subject
    if kind == "city" and j + 1 < n and keys[j] == "of":
        return None  # "Republic of Georgia", "Duke of York": the head of a longer name
    if j == n and run.text[run.end:run.end + 1] == "$":
        return None  # "US$25,000": a currency
    if kind == "city" and (keys[j] if j < n else nxt[1]) in _PACT_NEXT:
        return None  # "the Paris accord", "ROME TREATY": an agreement named after its town
    if j == n:
        if kind in ("demonym", "country"):
            mention.currency = nxt[1] in CURRENCY_WORDS
        elif kind == "city" and top.population < _CAPS_CITY \
                and nxt[1] in _EVENT_NEXT:
            return None  # "Wimbledon champion": a tournament named after its town
    elif not caps and not name_after and words[j][0].isupper() and _glued(keys[j], top):
        if kind in ("city", "region") and keys[j] in pc.COMPASS:
            return pc.with_compass(mention, run, j)  # "Bristol East": a district or a seat
        if kind in ("city", "region", "area"):
            if kind == "city" and i == 0 and keys[j] in ORG_WORDS:
                glued.add(key)  # "Marathon Oil": later "Marathon" alone is the firm
            return None  # "Toronto Dominion", "New York Times", "Gulf War"
        mention.modifier = True
    if i > 0 and kind == "country" and (not caps or (i == 1 and run.start < 2)) \
            and words[i - 1][0].isupper() and keys[i - 1] not in _FREE_NEIGHBOURS \
            and keys[i - 1] not in _NOT_TOWNS:
        # "Nestle Canada", "CANON USA ISSUES": a firm's name. (Deeper into a capitals
        # headline the word before is a verb: "SWEDEN TO SUSPEND ... ADJOURNS BRUNEI".)
        mention.modifier = True
    if not caps and i > 0 and kind in ("city", "region", "area") \
            and words[i - 1][0].isupper() \
            and keys[i - 1] not in _FREE_NEIGHBOURS:
        if kind == "city" and j == n and keys[i - 1] in first_names():
            glued.add(key)  # "Andrea Arnold ... says Arnold"
        return None  # "Suhail Hassan", "Fidata Trust Company New York"
    if not caps and i > 0 and kind == "city" and top.population < _CAPS_CITY \
            and words[i - 1][0].isupper() and keys[i - 1] in COMMON_WORDS \
            and keys[i - 1] not in _STRICT_FREE and not (i == 1 and run.sentence_start):
        return None  # "the High Street", "the Old Bailey", "Last Tango in Paris"
    return mention


def _glued(nxt: str, top: Entry) -> bool:
    """Whether a place followed by the capitalised word ``nxt`` is part of a longer name."""
    if nxt not in _FREE_NEIGHBOURS:
        return True  # "Toronto Dominion", "New York Times"
    if top.kind in ("country", "demonym"):
        return nxt in _NAME_HEADS  # "US Open", "Australian Open"
    # Small towns and regions lend their names freely: "Green Day", "Gulf War".
    small = top.kind == "area" or (top.kind == "city" and top.population < _CAPS_CITY)
    return small and nxt not in _STRICT_FREE


def _choose(m: _Mention, context: set[str], dateline: bool,
            near: set[str] | frozenset[str] = frozenset()) -> Entry | None:
    """The reading of an ambiguous name that fits the story, or None."""
    best = m.readings[0]
    for e in m.readings:
        if e.country in context and (not e.alternate or pc.fair_alternate(m.key, e)):
            # ... unless a far bigger namesake abroad is meant: "Moscow" in a story about
            # American grain is not Moscow, Idaho.
            if e is best or e.kind != "city" or best.kind != "city" or best.alternate \
                    or best.population < _DOMINANT * e.population:
                return e
            break

    if best.kind != "city" or dateline:
        return best
    if best.alternate:  # old or foreign spellings ("Google" is a name of Topeka)
        return best if best.population >= _ALTERNATE_CITY else None
    if best.population < _LONE_CITY and best.country not in near and not (
            m.run is not None and pc.after_locative(m.run, m.index, _IN)):
        # "God", "Young", "Zomba": a town abroad comes with its country or region ("in X"
        # will do); a namesake in a country the story is near is meant.
        return next((e for e in m.readings if e.country in near and e.kind == "city"
                     and not e.alternate), None)
    return best if best.population >= _SMALL_CITY else None


def extract_places(title: str, dateline: str, body: str,
                   exclude: Iterable[str] = ()) -> list[Place]:
    """Places named in a story, focus places first.

    ``exclude`` holds name keys known to be something else (people's names found in the same
    story), so "Hassan" in "Col. Suhail Hassan" never becomes the Indian city. Each city also
    brings its country; country-level places have ``country == name``.
    """
    return places_from_runs(runs(title, is_caps_text(title)) if title else [], dateline,
                            runs(dateline, True) if dateline else [], runs(body) if body else [],
                            len(title), exclude)


def places_from_runs(title_runs: list[Run], dateline: str, dateline_runs: list[Run],
                     body_runs: list[Run], title_len: int,
                     exclude: Iterable[str] = ()) -> list[Place]:
    """:func:`extract_places` on segments already cut into runs."""
    gaz = gazetteer()
    skip = set(exclude)
    glued: set[str] = set()
    heads = pc.and_keys(gaz.raw)
    found_list = mentions(pc.join_and_names(title_runs, gaz.raw, place_key, heads), "title", 0, gaz,
                          skip, glued)
    found_list += mentions(dateline_runs, "dateline", title_len + 1, gaz, skip, glued)
    base = title_len + len(dateline) + 2
    found_list += mentions(pc.join_and_names(body_runs, gaz.raw, place_key, heads), "body", base,
                           gaz, skip, glued)
    if title_runs and " v " in title_runs[0].text:  # a fixture headline ("Blackburn v Burnley")
        glued.add(pc.CLUB)
    if glued:
        found_list = [m for m in found_list if not pc.firm_named(m, glued)]
    if skip:
        found_list = _outside_names(found_list, skip)
    lead = base + lead_end(body_runs[0].text, 1) if body_runs else base
    seats = pc.seat_names(body_runs, skip)
    if not seats:
        return _rank(found_list, dateline, title_len, lead, not body_runs)
    found_list = [m for m in found_list if m.segment != "body" or m.readings[0].kind != "city"
                  or not any(a <= m.start - base < b for a, b in seats)]
    # ... ("Chelsea" in "Kensington and Chelsea"; "England" in "South-West of England" counts)
    return pc.add_seats(_rank(found_list, dateline, title_len, lead), seats, body_runs[0].text)


# Bodies named after the area they govern: that area is a place of the story ("Scottish
# Borders Council").
_AREA_BODIES = frozenset({"council", "government", "assembly", "parliament", "police",
                          "authority", "administration"})


def _outside_names(found: list[_Mention], names: set[str]) -> list[_Mention]:
    """``found``, with the mentions that open a name the actors found ("Pacific Resources
    Inc", "Virginia Farm Bureau", the capitals headline's "PACIFIC RESOURCES") marked as
    inside a name: such a town or region is no place of the story, but its country is.
    Countries are left as they are, read as modifiers ("Japan Airlines")."""
    # (partition and rpartition take one argument: no argument parsing, unlike rfind/index.)
    long_names = [k + " " for k in names if " " in k and k.rpartition(" ")[2] not in _AREA_BODIES]
    heads = {k.partition(" ")[0] for k in long_names}
    if not heads:
        return found
    for m in found:
        run = m.run
        if run is not None and m.index + 1 < len(run.words) \
                and m.readings[0].kind not in ("country", "demonym") \
                and key_of(run.words[m.index]) in heads:
            rest = run.surface(m.index)  # the name from here to the run's end
            if place_key(rest) == m.key:
                continue  # the place ends the run ("the Scottish Borders")
            rest = key_of(rest) + " "
            if run.caps:  # a capitals headline runs on past the name: its first two words
                rest = " ".join(rest.split()[:2]) + " "
            if any(k.startswith(rest) or rest.startswith(k) for k in long_names):
                m.in_name = True
    return found


def _rank(ms: list[_Mention], dateline: str, title_len: int, lead: int = 0,
          flash: bool = False) -> list[Place]:
    region = pc.dateline_region(dateline) if dateline.count(",") >= 2 else ""
    if region:
        ms = [m for m in ms if m.segment != "dateline"
              or any(e.country == region for e in m.readings)]
        for m in ms:
            if m.segment == "dateline":
                m.readings = tuple(e for e in m.readings if e.country == region)
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
        if (kind in ("country", "demonym") and len(m.readings) == 1) or m.segment == "dateline":
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
        elif kind in ("city", "region"):
            keys = [(name, country), (country, country)]
        else:
            keys = [(name, country)]
        for k in keys:
            f = found.get(k)
            if f is None:
                f = found[k] = _Found(entry if k[0] == name else _country_entry(k[0]), [],
                                      m.start)
            if k[0] == name:
                f.surfaces.append(m.surface)
                f.named = f.named or (kind != "demonym" and not m.modifier)
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
            if not m.currency:
                f.count += 1
                f.focus = f.focus or (early and not m.modifier and not area)
                if early:
                    f.dateline = f.dateline or m.segment == "dateline"
                elif not m.modifier and m.start < lead:
                    f.lead = True
    # Countries the dateline and the headline name; the dateline's alone.
    early_countries = {f.entry.country for f in found.values() if f.focus}
    dateline_countries = {f.entry.country for f in found.values() if f.dateline}
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
            f.focus = f.count >= (_SIDE_COUNT if side and not f.lead else _FOCUS_COUNT)
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
    ranked = sorted([f for f in found.values() if f.named or (  # (a list: no generator)
                     f.focus and f.entry.name not in implied and (
                         f.adjective >= _ADJECTIVE_COUNT or f.early_adjective))],
                    key=lambda f: (not f.focus, f.first))
    return [_place((f.entry.name if f.entry.kind in ("country", "demonym") else  # (no call)
                    pc.canonical(f.entry, f.surfaces), f.entry.country, f.focus)) for f in ranked]


# Places and the country readings of towns are immutable and recur story after story: one
# object each (a frozen dataclass's __init__ sets every field through object.__setattr__).
_place = Memo(lambda fields: Place(*fields), 20_000).get_key
_country_entry = Memo(lambda name: Entry(name, name, 0, "country"), 1_000).get_key
