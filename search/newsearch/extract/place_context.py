"""Context tests that tell a town's name from a person's, a firm's or part of a longer name.

:mod:`.places` asks these about a gazetteer hit after its own capitalisation rules:

- a name right after a kinship or role noun ("daughter Victoria", "striker Chelsea") or right
  before an age in commas ("Pelham, 14,") is a person, and so are its other bare mentions in
  the story;
- a town whose name the same story also uses as the first word of a firm's name ("Marathon
  Oil Co ... Marathon said") names the firm when it stands alone again, unless a preposition of
  place comes before it ("in Marathon");
- a name set in capitals inside mixed-case text ("ILO", "GAO") is an acronym, not a town;
- a town's name after an honorific ("Lord Irvine", "Ms Chelsea") is a person, and one before a
  team role or a club word ("Chelsea defender", "Leicester City", "Bolton v Leeds") is a club;
- a town whose state or country follows it after a comma ("Malibu, California") is that
  state's, and a body's name after a preposition of site, closing its phrase, is its town
  ("the conference in Gateshead, the ...");
- compass words after a town name a district or seat ("Bristol East"; the seats themselves
  are :mod:`.seats`');
- a dateline's second part fixes its country ("BADEN, Switzerland"); a town's other name is
  read only when it is a spelling or short form of it, or names a big town ("Palmyra");
- names of places joined by "and" or "of the" ("Serbia and Montenegro", "Trinidad and
  Tobago", "Democratic Republic of the Congo") are looked up whole: the scanner cuts runs at
  lower-case "and" and "the".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher
from typing import Any

from ..analysis import ARABIC_ARTICLES, STOP_WORDS, tokens
from .data import wordset
from .data.countries import DATELINE_REGIONS, US_STATES
from .gazetteer import FAIR_ALTERNATE, NAME_JOINS, Entry, gazetteer, place_key
from .memo import Memo
from .names import ORG_WORDS, first_names
from .scan import Run
from .sportstory import sports_text

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_DATELINE_REGIONS = DATELINE_REGIONS

# Lower-case nouns that introduce a person by name.
PERSON_NOUNS = wordset("""
daughter daughters son sons wife husband brother brothers sister sisters mother father widow
widower grandson granddaughter grandmother grandfather nephew niece cousin uncle aunt fiance
fiancee boyfriend girlfriend stepson stepdaughter twin baby
striker midfielder defender goalkeeper keeper winger forward fullback playmaker quarterback
pitcher batsman bowler jockey actor actress singer rapper guitarist drummer comedian
presenter novelist author playwright poet artist designer model colleague teammate
""")
# Prepositions after which a name of a town means the town ("a plant in Marathon").
LOCATIVE = wordset("in at near from to outside around across into via through toward towards")
# ... in a sports story, where "to", "from" and "against" come before clubs ("lost to Chelsea").
SITE = wordset("in near outside around")
_AT = frozenset({"at"})  # ... and "at", before a ground's name (see :func:`ground`)
_GROUND_TOWN = 50_000  # people: a bigger town's name after "at" is as likely its club
# Nouns and verbs before "in" that make what follows a firm or a club, not a site ("a stake
# in Wembley", "invest in Liverpool").
HOLDING = wordset("""
stake stakes share shares interest interests holding holdings investment investments invest
invested investing involvement position
""")
# Words after a name that end the phrase it closes: "in Gateshead on Friday", "in Madrid and".
_CLAUSE_NEXT = wordset("""
on in at and or for last this next from to with where when which while who before after
during since until by as
""")
CLUB = "\x00club"  # put among the glued names when a story names a town as a club
# Honorifics: a town's name right after one is a person's ("Lord Irvine of Lairg").
HONORIFICS = wordset("""
mr mrs ms miss dr prof professor sir lord lady dame baroness baron earl duke duchess countess
president senator sen rep congressman congresswoman king queen prince princess pope sheikh
ayatollah imam cardinal archbishop rev reverend
""")
# Lower-case words after a town's name that make it a sports club ("Chelsea defender").
TEAM_NEXT = wordset("""
manager managers boss coach striker defender midfielder goalkeeper keeper winger captain
skipper player players squad side team fan fans supporters chairman forward forwards
centre prop hooker lock flanker wing
""")
_SCORE_AFTER = re.compile(r" \d{1,3}-\d{1,3}\b")  # "Newcastle 27-27 Gloucester"
_SCORE_BEFORE = re.compile(r"\b\d{1,3}-\d{1,3} $")
# Capitalised words after a town's name that make it a club ("Leicester City").
CLUB_WORDS = wordset("""
united city rovers wanderers athletic albion villa town county hotspur rangers fc afc
thistle orient argyle wednesday vale alexandra
""")
# Towns below this size before :data:`.things.GRADE_NOUNS` name a grade of oil ("Brent
# crude", "Zueitina blend"); a big city's name stays a place ("Dubai crude", "Basra crude").
GRADE_TOWN = 1_000_000
# A small town's name with a possessive that stands alone ("rated A by Moody's and AA by",
# "Moody's said") or opens a firm's name ("Moody's Investors Service"): a firm's owner.
# (A big city's stands alone in comparisons: "higher than London's.")
OWNER_TOWN = 100_000
_OWNER_NEXT = wordset("said says and or also noted rates downgraded upgraded lowered raised "
                      "affirmed confirmed")
# After the "'s": a stop, a lower-case word (group 1) or up to four capitalised ones (group 2).
_OWNER_TAIL = re.compile(
    r"'s(?:[,.;)]|[ \t]+(?:([a-z]+)\b|((?:[A-Z][A-Za-z&]* ){0,3}[A-Z][A-Za-z]*)))")
_AGE = re.compile(r",[ \t]*\d{1,2}[ \t]*(?:[,)]|(?:and|were|was|is|are|who|has|had)\b)")
_AGE_PAREN = re.compile(r"[ \t]*\(\d{1,2}\)")


def person_context(run: Run, i: int, j: int) -> bool:
    """Whether words ``i:j`` of ``run`` stand where a person's name does."""
    text = run.text
    # prev_word() only when a lower-case word ends right before: most hits open a sentence or
    # follow a comma.
    if i == 0 and text[run.start - 2:run.start - 1].islower() \
            and text[run.start - 1] == " " and run.prev_word() in PERSON_NOUNS:
        return True
    if j == len(run.words):
        # (The run's next character is kept: one more is sliced only after a space.)
        after = run.after
        if after == ",":
            return _AGE.match(text, run.end) is not None
        if after == " " and text[run.end + 1:run.end + 2] == "(":
            return _AGE_PAREN.match(text, run.end) is not None
    return False


def owner_possessive(run: Run) -> bool:
    """Whether the run, a town's name, is a firm's owner before a possessive "'s" (see
    :data:`OWNER_TOWN`)."""
    m = _OWNER_TAIL.match(run.text, run.end)
    if m is None:
        return False
    word, name = m.groups()
    if word is not None:
        return word in _OWNER_NEXT
    return name is None or any(w.lower() in ORG_WORDS for w in name.split())


def acronym(run: Run, surface: str) -> bool:
    """Whether ``surface`` is set in capitals inside mixed-case text: an acronym ("ILO").

    Not at the start of the text, where a capitals dateline goes ("GENEVA - Talks ...").
    """
    return not run.caps and 1 < len(surface) <= 5 and run.start > 0 and surface.isupper() \
        and surface.isalpha()


def club_context(run: Run, i: int, j: int, nxt: tuple[str, str] | None = None) -> bool:
    """Whether words ``i:j`` of ``run`` name a sports club rather than its town (``nxt``:
    ``run.next_word()`` when already known)."""
    if j < len(run.words):
        return run.keys[j] in CLUB_WORDS
    sep, word = nxt if nxt is not None else run.next_word()
    if word in TEAM_NEXT or (word == "v" and sep == " "):
        return True
    text = run.text
    end = run.end
    if text[end + 1:end + 2].isdigit() and _SCORE_AFTER.match(text, end):
        return True
    if i:
        return False
    start = run.start
    before = text[start - 3:start]
    if before == " v ":
        return text[start - 4:start - 3].isalpha()
    return before[1:2].isdigit() and _SCORE_BEFORE.search(text, max(0, start - 9), start) \
        is not None


def after_locative(run: Run, i: int, words: frozenset[str] = LOCATIVE) -> bool:
    """Whether a preposition of place comes right before word ``i`` of ``run``."""
    return i == 0 and run.start > 1 and run.prev_word() in words


def ground(m: Any) -> bool:
    """Whether a town's mention names a sports ground: the name, all of its run, right after
    "at" in a sports story ("at Highbury", "a new contract at Old Trafford"), and a district
    too small to be a club's town (a town's club plays "at Derby" and "at Leeds", where the
    name stands for the side as much: "a poor stint at Leeds"). The match is played there,
    wherever the story's other places are; a club the actors found never gets this far (its
    name is skipped)."""
    run = m.run
    return m.index == 0 and run is not None and run.text[run.start - 3:run.start] == "at " \
        and m.readings[0].population < _GROUND_TOWN \
        and len(run.words) == m.surface.count(" ") + 1 and at_ground(run)


def at_ground(run: Run) -> bool:
    """Whether a run stands where a sports story names a ground: right after "at"."""
    return after_locative(run, 0, _AT) and sports_text(run.text)


def site_frame(run: Run, i: int, j: int) -> bool:
    """Whether words ``i:j`` of ``run`` stand where a site is named, not a body: a
    preposition of site before them, no holding before that ("a stake in Fuso"), and the
    phrase ending with them ("in Gateshead, the prime minister", "in Madrid and"; not "in
    Liverpool's defeat", "in Fleet/Norstar earnings", "in River Oaks management")."""
    if j != len(run.words) or not after_locative(run, i, SITE):
        return False
    text, start = run.text, run.start
    before = text[max(0, start - 20):start].split()
    if len(before) >= 2 and before[-2].lower() in HOLDING:
        return False
    after = text[run.end:run.end + 1]
    if after in ("", ".", ",", ";", ":", ")", "\n"):
        return True
    return after == " " and run.next_word()[1] in _CLAUSE_NEXT


def unify_articles(keys: list[str]) -> list[str]:
    """Place keys of a run's words with Arabic article variants ("el", "ash") read as "al",
    as :func:`analysis.name_key` does inside one name (not the last word)."""
    last = len(keys) - 1
    return ["al" if k in ARABIC_ARTICLES and i < last else k for i, k in enumerate(keys)]


def join_and_names(run_list: list[Run], raw: dict[str, str], place_key,
                   heads: frozenset[str]) -> list[Run]:
    """``run_list`` with runs joined across " and " or " of the " where the gazetteer knows the
    whole name.

    Only the last word(s) of the first run and the first word(s) of the second are tried, and
    only when the first run ends in a word that comes before "and" in such a name, so the
    common case costs one set look-up a run. ``heads``: the gazetteer's
    :attr:`~.gazetteer.Gazetteer.and_heads`.
    """
    # (A comprehension: under Python 3.11 cheaper than a chain of map(attrgetter) and
    # map(itemgetter), measured with callgrind.)
    if heads.isdisjoint([run.keys[-1] for run in run_list[:-1]]):
        return run_list  # the common case: no run ends where such a name could go on
    out: list[Run] | None = None
    k = 0
    n = len(run_list)
    while k < n - 1:
        a, b = run_list[k], run_list[k + 1]
        joined = None
        if a.keys[-1] in heads and a.text[a.end:b.start].lower() in NAME_JOINS and a.caps == b.caps:
            joined = _try_join(a, b, raw, place_key)
        if joined is not None:
            if out is None:
                out = run_list[:k]
            out.append(joined)
            k += 2
            continue
        if out is not None:
            out.append(a)
        k += 1
    if out is None:
        return run_list
    if k == n - 1:
        out.append(run_list[-1])
    return out


def _try_join(a: Run, b: Run, raw: dict[str, str], place_key) -> Run | None:
    between = a.text[a.end:b.start]
    joins = between.split()  # ["and"], ["of", "the"], in the text's own case
    join_keys = [w.lower() for w in joins]
    for left in (1, 2):
        if left > len(a.words):
            break
        for right in (1, 2, 3):
            if right > len(b.words):
                break
            key = " ".join([place_key(w) for w in a.words[-left:]] + join_keys
                           + [place_key(w) for w in b.words[:right]])
            if key in raw:
                spans, at = [], a.end + 1
                for word in joins:
                    spans.append((at, at + len(word)))
                    at += len(word) + 1
                return Run(a.text, [*a.words, *joins, *b.words], [*a.spans, *spans, *b.spans],
                           None, a.caps, [*a.keys, *join_keys, *b.keys])
    return None


def _dateline_region(dateline: str) -> str:
    """The country fixed by a dateline's second part: a state or province ("Ore.", "Ontario")
    or the country itself ("BADEN, Switzerland, March 2"); else ""."""
    parts = dateline.split(",")
    if len(parts) == 2 and (m := _NUMERIC_DATE_END.search(parts[1])):
        return _region(parts[1][:m.start()])  # "AL-AIN , United Arab Emirates 1996-12-06"
    if len(parts) < 3:
        return ""
    return _region(parts[1])


# Whole datelines repeat too ("NEW YORK, March 3 -", a day's stories): each is read once.
dateline_region: Callable[[str], str] = Memo(_dateline_region, 4096).get_key


_NUMERIC_DATE_END = re.compile(r"[ \t]+(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})\s*$")


def _part_region(part: str) -> str:
    """:func:`dateline_region` of a dateline's second part (", Ore.,")."""
    words = [w for w, _, _ in tokens(part)]
    got = _DATELINE_REGIONS.get("".join(words), "") or _DATELINE_REGIONS.get(
        words[-1] if words else "", "")
    if got or not words:
        return got
    top = gazetteer().entries(place_key(" ".join(words)))[:1]
    return top[0].country if top and top[0].kind == "country" else ""


# Datelines repeat ("NEW YORK, March 3"): the second part is read once per wording.
_region = Memo(_part_region, 4096).get_key


COMPASS = wordset("north south east west central")
# Members' titles after a seat's name ("the Ealing North MP"; see :mod:`.seats`). (Not
# .orgs.SEAT_TITLES, the wider set of titles after a party's name.)
MEMBER_TITLES = wordset("mp mps msp msps mep meps")


def compass_end(run: Run, j: int) -> int:
    """Where compass words starting at word ``j`` of ``run`` end a place's name ("Bristol
    East", "Clwyd North West", "the Ealing North MP"), or 0 when the name goes on."""
    n = len(run.words)
    e = j + 1
    if e < n and run.keys[e] in COMPASS:
        e += 1
    return 0 if e < n and run.keys[e] not in MEMBER_TITLES else e


def canonical(entry: Entry, surfaces: list[str]) -> str:
    """One spelling per place: countries by their name, cities as the story spells them most."""
    if entry.kind in {"country", "demonym"} or not surfaces:
        return entry.name
    if len(surfaces) == 1:  # named once (most places): what the lines below give, no list made
        s = surfaces[0]
        if s.isupper() or (entry.kind != "city" and "." in s):
            return entry.name if not entry.alternate else s.title()
        return s
    # A region or an area cut short ("W. Africa", "Ga.") goes by its name.
    cased = [s for s in surfaces if not s.isupper() and (entry.kind == "city" or "." not in s)]
    if not cased:  # only seen in capitals (datelines, headlines), or only cut short
        return entry.name if not entry.alternate else surfaces[0].title()
    first = cased[0]
    if cased.count(first) == len(cased):
        return first  # one spelling (most places): no counting, no key function
    counts: dict[str, int] = {}
    for s in cased:
        counts[s] = counts.get(s, 0) + 1
    return max(counts, key=lambda s: (counts[s], -cased.index(s)))


def fair_alternate(key: str, entry: Entry) -> bool:
    """Whether ``key``, matched only through one of ``entry``'s other names, is a fair reading
    of it in a story about its country: another spelling or a shorter form of the name
    ("Trollhaettan", "Stansted", "Louvre"), or a big town's old name; not a word or a person's
    name that some small town also bears ("Rock" for Rockville, "Blair", "The Bank")."""
    if key in first_names() or key.partition(" ")[0] in STOP_WORDS:
        return False
    if entry.population >= FAIR_ALTERNATE:
        return True  # (first: a big town needs no comparison of the spellings)
    name = place_key(entry.name)
    return f" {key} " in f" {name} " or SequenceMatcher(None, key, name).ratio() >= 0.8


_REGION_AFTER = re.compile(r",\s+([A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,2})")
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or|&)\s|,\s+[A-Z]")


def reading_by_region(m: Any) -> Entry | None:
    """The reading of a town that its state, province or country names right after it, after
    a comma ("Malibu, California", "Athens, Ga.", "Cambridge, Massachusetts"): the story
    says where the town is, however small; else None."""
    run = m.run
    end = run.spans[m.index][0] + len(m.surface)
    text = run.text
    if text[end:end + 1] != "," or not (got := _REGION_AFTER.match(text, end)):
        return None  # (the common case: no comma, or no capital after it)
    if _LIST_GOES_ON.match(text, got.end()):
        return None  # "in London, New York and Tokyo": a list of towns, not a town's state
    words = got.group(1).split()
    gaz = gazetteer()
    for n in range(len(words), 0, -1):
        key = place_key(" ".join(words[:n]).rstrip("."))
        # (A state's abbreviation is read only as the style book writes it: "Ga.", "N.Y.")
        countries = {"United States"} if n == 1 and words[0].endswith(".") \
            and key.replace(" ", "") in US_STATES else {
                e.country for e in gaz.entries(key) if e.kind in ("region", "country")}
        if countries:
            return next((e for e in m.readings if e.kind == "city" and e.country in countries
                         and not e.alternate), None)
    return None


# Below this a town also named as a firm in the story needs "in" or "at" before it, and a town
# inside a firm's name is no evidence of what the story is about (see .places).
FIRM_TOWN = 1_000_000


def with_compass(m: Any, run: Run, j: int) -> Any:
    """The town ``m`` with the compass words from ``j`` on, when they end the name."""
    e = compass_end(run, j)
    if not e:
        return None  # "London West End", "Paris South University"
    m.surface = run.surface(m.index, e)
    m.key = place_key(m.surface)
    m.readings = (m.readings[0]._replace(name=m.surface, alternate=False),)
    return m


def compass_part(m: Any, run: Run, i: int) -> Any:
    """The region or big town ``m`` read with the compass word at word ``i`` of ``run`` before
    it, as the part of it that word names ("South Wales", "West Belfast"): a region of the
    same country."""
    top = m.readings[0]
    m.surface = run.surface(i, m.index + len(m.key.split()))
    m.key = place_key(m.surface)
    m.start = run.spans[i][0]
    m.index = i
    m.readings = (Entry(m.surface, top.country, top.population, "region"),)
    return m


def firm_named(m: Any, glued: set[str]) -> bool:
    """Whether a town's name stands for a firm or person the story names plainly elsewhere."""
    top = m.readings[0]
    if top.kind != "city" or top.population >= FIRM_TOWN or m.segment == "dateline" \
            or m.run is None:
        return False
    if m.key in glued:
        return not after_locative(m.run, m.index)
    if CLUB not in glued or after_locative(m.run, m.index, SITE) or ground(m):
        return False
    end = m.run.spans[m.index][0] + len(m.surface)
    return not m.run.text.startswith("-based", end)  # "a Geneva-based fund"
