"""Place extraction: gazetteer matches, filtered by capitalisation and context, then ranked.

Steps: every segment (title, dateline, body) is reduced to its name keys and scanned once with
the Aho-Corasick automaton; matches must be capitalised like names (all-caps text such as wire
headlines only admits countries, adjectives and large cities); a city glued to another
capitalised word is part of a bigger name ("Toronto Dominion") and dropped; ambiguous names take
the reading whose country the story mentions, else the most populous main-name reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..analysis import STOP_WORDS, tokens
from ..model import Place
from .data.common_words import WORDS as COMMON_WORDS
from .data.countries import CURRENCY_WORDS, DATELINE_REGIONS
from .gazetteer import MONTHS_AND_DAYS, Entry, gazetteer
from .names import ARABIC_ARTICLES, CONNECTORS, TITLE_WORDS, is_caps_text

_SMALL_CITY = 15_000  # below this a city needs its country in the story
_CAPS_CITY = 100_000  # in all-caps text a city must be this big
_LEAD_CHARS = 0  # tuned on reut2-000..010: lead mentions alone over-predict focus
_AMBIGUOUS_KEYS = frozenset({"us", "mobile", "reading", "split", "nice", "bath", "of"})


@dataclass
class _Mention:
    key: str
    surface: str
    start: int  # global offset (segments are laid end to end)
    segment: str  # "title", "dateline" or "body"
    readings: tuple[Entry, ...]
    currency: bool = False
    modifier: bool = False  # "U.S. Treasury": counts, but says less


@dataclass
class _Found:
    entry: Entry
    surfaces: list[str] = field(default_factory=list)
    first: int = 0
    count: int = 0
    focus: bool = False


def _scan(text: str, segment: str, base: int) -> list[_Mention]:
    """Gazetteer matches in one segment, capitalisation rules applied."""
    toks = list(tokens(text))
    if not toks:
        return []
    caps = is_caps_text(text)
    keyed = [("al" if w in ARABIC_ARTICLES and i + 1 < len(toks) else w)
             for i, (w, _, _) in enumerate(toks)]
    starts: dict[int, int] = {}
    pos = 1
    for i, w in enumerate(keyed):
        starts[pos] = i
        pos += len(w) + 1
    padded = " " + " ".join(keyed) + " "
    gaz = gazetteer()
    raw = []
    for at, key in gaz.find(padded):
        i = starts.get(at)
        if i is not None:
            raw.append((i, i + key.count(" ") + 1, key))
    raw.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[_Mention] = []
    taken = -1
    for i, j, key in raw:
        if i < taken:
            continue  # overlaps a longer, earlier match
        mention = _judge(text, toks, i, j, key, caps, gaz.entries(key))
        if mention is not None:
            mention.start += base
            mention.segment = segment
            out.append(mention)
            taken = j
    return out


def _capitalised(text: str, toks: list, i: int, j: int) -> bool:
    for k in range(i, j):
        w, s, _ = toks[k]
        if not text[s].isupper() and not (k > i and (w in ARABIC_ARTICLES or w in CONNECTORS)):
            return False
    return True


def _judge(text: str, toks: list, i: int, j: int, key: str, caps: bool,
           readings: tuple[Entry, ...]) -> _Mention | None:
    """Decide whether tokens ``i:j`` name a place, and how."""
    if not readings or key in MONTHS_AND_DAYS or key in STOP_WORDS:
        return None
    start, end = toks[i][1], toks[j - 1][2]
    surface = text[start:end]
    top = readings[0]
    if caps:
        if key in _AMBIGUOUS_KEYS or key in COMMON_WORDS:
            return None
        if top.kind == "city" and top.population < _CAPS_CITY:
            return None
    elif not _capitalised(text, toks, i, j) or (
            key in _AMBIGUOUS_KEYS and not surface.isupper() and len(surface) <= 3):
        return None
    nxt = toks[j][0] if j < len(toks) else ""
    mention = _Mention(key, surface, start, "", readings)
    if top.kind == "demonym" and nxt in CURRENCY_WORDS:
        mention.currency = True
    if not caps and j < len(toks):
        nxt_start = toks[j][1]
        glued = text[end:nxt_start].strip() in ("", "-", "&")
        nxt_cap = text[nxt_start].isupper() and nxt not in TITLE_WORDS
        if glued and nxt_cap:
            if top.kind in ("city", "region"):
                return None  # "Toronto Dominion", "New York Times"
            mention.modifier = True
    if not caps and top.kind in ("city", "region") and i > 0:
        prev, ps, pe = toks[i - 1]
        if text[ps].isupper() and text[pe:start].strip() == "" and prev not in TITLE_WORDS \
                and prev not in COMMON_WORDS and prev not in STOP_WORDS:
            return None  # "Suhail Hassan", "Fidata Trust Company New York"
    return mention


def _choose(m: _Mention, context: set[str], dateline: bool) -> Entry | None:
    """The reading of an ambiguous name that fits the story, or None."""
    for e in m.readings:
        if e.country in context:
            return e
    best = m.readings[0]
    if best.kind != "city" or dateline:
        return best
    if best.alternate:
        return best if best.population >= _CAPS_CITY else None
    return best if best.population >= _SMALL_CITY else None


def extract_places(title: str, dateline: str, body: str,
                   exclude: Iterable[str] = ()) -> list[Place]:
    """Places named in a story, focus places first.

    ``exclude`` holds name keys known to be something else (people's names found in the same
    story), so "Hassan" in "Col. Suhail Hassan" never becomes the Indian city. Each city also
    brings its country; country-level places have ``country == name``.
    """
    skip = set(exclude)
    mentions: list[_Mention] = []
    base = 0
    for segment, text in (("title", title), ("dateline", dateline), ("body", body)):
        mentions.extend(m for m in _scan(text, segment, base) if m.key not in skip)
        base += len(text) + 1
    body_base = len(title) + len(dateline) + 2
    region = _dateline_region(dateline)
    if region:
        mentions = [m for m in mentions if m.segment != "dateline"
                    or any(e.country == region for e in m.readings)]
        for m in mentions:
            if m.segment == "dateline":
                m.readings = tuple(e for e in m.readings if e.country == region)
    context = {e.country for m in mentions for e in m.readings[:1]
               if e.kind in ("country", "demonym") and len(m.readings) == 1}
    context |= {m.readings[0].country for m in mentions if m.segment == "dateline"}
    if region:
        context.add(region)
        if not any(m.segment == "dateline" for m in mentions):
            found_region = _Found(Entry(region, region, 0, "country"), first=len(title), count=1,
                                  focus=True)
        else:
            found_region = None
    else:
        found_region = None
    found: dict[tuple[str, str], _Found] = {}
    if found_region:
        found[(region, region)] = found_region
    for m in mentions:
        entry = _choose(m, context, m.segment == "dateline")
        if entry is None:
            continue
        early = m.segment != "body" or m.start - body_base < _LEAD_CHARS
        keys = [(entry.name, entry.country)]
        if entry.kind in ("city", "region"):
            keys.append((entry.country, entry.country))
        for k in keys:
            f = found.get(k)
            if f is None:
                f = found[k] = _Found(entry if k[0] == entry.name else
                                      Entry(k[0], k[0], 0, "country"), first=m.start)
            if k[0] == entry.name:
                f.surfaces.append(m.surface)
            if not m.currency:
                f.count += 1
                f.focus = f.focus or (early and not m.modifier)
    for f in found.values():
        f.focus = f.focus or f.count >= 2
    ranked = sorted(found.values(), key=lambda f: (not f.focus, f.first))
    return [Place(_canonical(f), f.entry.country, f.focus) for f in ranked]


def _dateline_region(dateline: str) -> str:
    """The country fixed by a dateline's state or province part ("Ore.", "Ontario"), or ""."""
    parts = dateline.split(",")
    if len(parts) < 3:
        return ""
    words = [w for w, _, _ in tokens(parts[1])]
    return DATELINE_REGIONS.get("".join(words), "") or DATELINE_REGIONS.get(
        words[-1] if words else "", "")


def _canonical(f: _Found) -> str:
    """One spelling per place: countries by their name, cities as the story spells them most."""
    if f.entry.kind in ("country", "demonym") or not f.surfaces:
        return f.entry.name
    cased = [s for s in f.surfaces if not s.isupper()]
    if not cased:  # only seen in capitals (datelines, headlines)
        return f.entry.name if not f.entry.alternate else f.surfaces[0].title()
    counts: dict[str, int] = {}
    for s in cased:
        counts[s] = counts.get(s, 0) + 1
    return max(counts, key=lambda s: (counts[s], -cased.index(s)))
