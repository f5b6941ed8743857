"""People and organisations: runs of capitalised words, classified by rules and word lists.

A *run* is a stretch of capitalised words (with name connectors such as "of", "al", "bin"). Titles
split a run into what precedes them (often an organisation: "Federal Reserve Board Chairman")
and the person after them. A run is an organisation when it is a known international
organisation, contains an organisation word (Bank, Party, Front, Army, Ministry...), or is
followed by a word like "militants" or "-linked"; a person when it carries a title, starts with
a known first name, or is followed by "said". Within one story, "Assad" and "President Bashar
Assad" resolve to the longest form, "Bashar Assad".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..analysis import STOP_WORDS, fold, name_key
from .data.common_words import WORDS as COMMON_WORDS
from .data.orgs import INTERNATIONAL_ORGS
from .gazetteer import MONTHS_AND_DAYS, gazetteer, place_key
from .names import (
    ABBREVIATIONS,
    ARABIC_ARTICLES,
    CONNECTORS,
    ORG_CONTEXT,
    ORG_HYPHEN,
    ORG_WORDS,
    PERSON_CONTEXT,
    TITLE_WORDS,
    first_names,
    is_caps_text,
)

_TOKEN = re.compile(r"[^\W_]+")
# A quoted nickname between two parts of a name: Suhail "The Tiger" Hassan.
_NICKNAME = re.compile(r'(?<=\w)(\s+["“][A-Z][^"”\n]{0,30}["”])(?=\s+[A-Z])')
_PARAGRAPHS = re.compile(r"\n\s*\n")
_LINKERS = CONNECTORS | ARABIC_ARTICLES
# Regions and directions: capitalised, often before "-backed", but neither people nor orgs.
_REGIONS = frozenset(name_key(r) for r in (
    "West", "East", "North", "South", "Western", "Eastern", "Northern", "Southern", "Middle East",
    "Near East", "Far East", "Europe", "Asia", "Africa", "America", "Americas", "Latin America",
    "North America", "South America", "Gulf", "Persian Gulf", "Mediterranean", "Pacific",
    "Atlantic", "Arctic", "Antarctic", "Caribbean", "Balkans", "Scandinavia", "Arab", "Arabs",
    "Muslim", "Muslims", "Christian", "Christians", "Islamist", "Islamists", "Islamic", "Jewish",
    "Sunni", "Shia", "Shiite", "Kurdish", "Kurds", "Kurd", "Communist", "Communists",
    "Democrat", "Democrats", "Republican", "Republicans", "Conservative", "Conservatives",
    "Labour", "Liberal", "Liberals", "Socialist", "Socialists", "Internet", "God", "Allah"))
# Adjective endings: a single such word before "groups" describes, it does not name.
_ADJECTIVE_ENDINGS = ("ist", "ists", "ian", "ians", "ic", "ish", "ese", "ern")


@dataclass
class _Tok:
    word: str
    start: int
    end: int


@dataclass
class _Votes:
    org: int = 0
    person: int = 0
    surfaces: list[str] = field(default_factory=list)
    first: int = 0


@lru_cache(maxsize=1)
def _org_table() -> tuple[dict[str, str], dict[str, str]]:
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
    canonical = _org_table()[1].get(name_key(name))
    for c, code, _a, _f in INTERNATIONAL_ORGS:
        if c == canonical:
            return code
    return None


def _is_cap(tok: _Tok, text: str) -> bool:
    return text[tok.start].isupper()


def _joinable(text: str, prev: _Tok, tok: _Tok) -> bool:
    """Whether two neighbouring tokens may belong to one name."""
    sep = text[prev.end:tok.start]
    if "\n\n" in sep or len(sep) > 40:
        return False
    core = sep.strip()
    if core in ("", "-", "&"):
        return True
    if core in ("'", "’") and sep == core:
        return True  # O'Brien
    if core == ".":
        return len(prev.word) == 1 or fold(prev.word) in ABBREVIATIONS
    return False


def _runs(text: str) -> list[list[_Tok]]:
    """Maximal runs of capitalised tokens (connectors allowed inside)."""
    toks = [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for tok in toks:
        joins = bool(cur) and _joinable(text, cur[-1], tok)
        if _is_cap(tok, text) and not tok.word.isdigit():
            if joins:
                cur.append(tok)
            else:
                if cur:
                    runs.append(cur)
                cur = [tok]
        elif joins and tok.word in _LINKERS and text[cur[-1].end:tok.start] != "’":
            cur.append(tok)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    trimmed = []
    for run in runs:
        while run and not _is_cap(run[-1], text):
            run = run[:-1]
        if run:
            trimmed.append(run)
    return trimmed


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 6):pos].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n;" or before.endswith("--")


def _surface(text: str, run: list[_Tok]) -> str:
    return " ".join(text[run[0].start:run[-1].end].split())


def _is_place(surface: str) -> bool:
    """Whether a name is better read as a place (countries, adjectives, sizeable towns)."""
    entries = gazetteer().entries(place_key(surface))
    if not entries or entries[0].alternate:
        return False
    return entries[0].kind != "city" or entries[0].population >= 15_000


class _Collector:
    """Gathers votes per name key over one story."""

    def __init__(self) -> None:
        self.votes: dict[str, _Votes] = {}
        self.singles: list[tuple[str, str, int]] = []  # (word, surface, pos) without evidence

    def add(self, surface: str, kind: str, pos: int) -> None:
        key = name_key(surface)
        if not key:
            return
        v = self.votes.setdefault(key, _Votes(first=pos))
        setattr(v, kind, getattr(v, kind) + 1)
        v.surfaces.append(surface)


def _classify(text: str, run: list[_Tok], titled: bool, col: _Collector) -> None:
    """Vote for what one title-free run names."""
    while run and not _is_cap(run[0], text):
        run = run[1:]
    if not run:
        return
    surface = _surface(text, run)
    words = [fold(t.word) for t in run]
    acronyms, org_names = _org_table()
    if surface in acronyms or name_key(surface) in org_names:
        col.add(acronyms.get(surface) or org_names[name_key(surface)], "org", run[0].start)
        return
    after = text[run[-1].end:run[-1].end + 30]
    nxt = _TOKEN.search(after)
    nxt_word = fold(nxt.group()) if nxt else ""
    hyphen_mod = bool(nxt) and after[:nxt.start()] == "-" and nxt_word in ORG_HYPHEN
    if name_key(surface) in _REGIONS:
        return
    single_adj = len(run) == 1 and words[0].endswith(_ADJECTIVE_ENDINGS)
    if any(w in ORG_WORDS for w in words) and len(run) > 1 or (hyphen_mod and not single_adj) \
            or (nxt_word in ORG_CONTEXT and after[:1] == " " and not single_adj):
        if not _is_place(surface):
            col.add(surface, "org", run[0].start)
        return
    if (not titled and _is_place(surface)) or any(w in MONTHS_AND_DAYS for w in words):
        return
    if len(run) == 1 and run[0].word.isupper() and len(run[0].word) >= 3:
        if run[0].word.lower() not in COMMON_WORDS:
            col.add(surface, "org", run[0].start)
        return
    if len(run) > 4 or any(w in ORG_WORDS for w in words):
        return
    said = nxt_word in PERSON_CONTEXT and after[:1] in (" ", ",")
    first = words[0] in first_names()
    if len(run) == 1:
        if titled or said:
            col.add(surface, "person", run[0].start)
        else:
            col.singles.append((words[0], surface, run[0].start))
        return
    evidence = titled or first or said or (not first_names() and len(run) <= 3)
    if evidence and not any(w in COMMON_WORDS for w in words[1:] if w not in _LINKERS):
        col.add(surface, "person", run[0].start)


def _split_titles(text: str, run: list[_Tok], col: _Collector) -> None:
    """Cut a run at its last title block: organisation before, person after."""
    words = [fold(t.word) for t in run]
    last_title = -1
    for i, w in enumerate(words):
        rest = words[i + 1:]
        if w in TITLE_WORDS and rest and not any(r in ORG_WORDS for r in rest) \
                and not all(r in TITLE_WORDS or r in _LINKERS for r in rest):
            last_title = i
    if last_title < 0:
        _classify(text, run, False, col)
        return
    block_start = last_title
    while block_start > 0 and (words[block_start - 1] in TITLE_WORDS
                               or words[block_start - 1] in _LINKERS):
        block_start -= 1
    if block_start > 0:
        _classify(text, run[:block_start], False, col)
    _classify(text, run[last_title + 1:], True, col)


def _resolve(col: _Collector) -> tuple[list[str], list[str]]:
    """Merge the votes: short forms join the longest person name that contains them."""
    people: dict[str, _Votes] = {}
    orgs: dict[str, _Votes] = {}
    for key, v in col.votes.items():
        (orgs if v.org >= 1 else people)[key] = v
    full = sorted(people, key=lambda k: -len(k.split()))
    canon: dict[str, str] = {}
    for key in full:
        parts = set(key.split()) - {"al"}
        target = next((f for f in full if f != key and len(f.split()) > len(key.split())
                       and parts <= set(f.split())), None)
        canon[key] = canon.get(target, target) if target else key
    for word, _surface, _pos in col.singles:
        hits = {canon[k] for k in full if word in k.split()}
        if len(hits) == 1:
            people[hits.pop()].person += 1
    result: dict[str, _Votes] = {}
    for key in full:
        root = canon[key]
        r = result.setdefault(root, _Votes(first=people[key].first))
        r.first = min(r.first, people[key].first)
    people_out = [max(people[k].surfaces, key=len) for k in
                  sorted(result, key=lambda k: result[k].first)]
    orgs_out = [max(set(v.surfaces), key=lambda s: (v.surfaces.count(s), len(s))) for v in
                sorted(orgs.values(), key=lambda v: v.first)]
    return people_out, orgs_out


def extract_actors(text: str) -> tuple[list[str], list[str]]:
    """People and organisations named in ``text``, canonical names in order of appearance.

    Paragraphs set in capitals (wire headlines) are skipped: case carries no signal there.
    """
    text = _NICKNAME.sub(lambda m: " " * len(m.group(1)), text)
    caps_spans = []
    pos = 0
    for m in [*_PARAGRAPHS.finditer(text), None]:
        end = m.start() if m else len(text)
        if is_caps_text(text[pos:end]):
            caps_spans.append((pos, end))
        pos = m.end() if m else pos
    col = _Collector()
    for run in _runs(text):
        if any(a <= run[0].start < b for a, b in caps_spans):
            continue
        if _sentence_start(text, run[0].start):
            w = fold(run[0].word)
            if (w in COMMON_WORDS or w in STOP_WORDS) and w not in _LINKERS:
                run = run[1:]
        while run and len(run[0].word) == 1 and text[run[0].end:run[0].end + 1] != ".":
            run = run[1:]
        if run:
            _split_titles(text, run, col)
    return _resolve(col)
