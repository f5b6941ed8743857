"""Where a story names places: gazetteer matches in the runs of one segment, judged one by one.

Every stretch of a run is looked up in the gazetteer, longest first. Text set in capitals (wire
headlines) only admits countries, adjectives and large cities; a town glued to another
capitalised word is part of a bigger name ("Toronto Dominion") and dropped, and so is one after
"New" ("New England"); acronyms in mixed-case text ("ILO"), agreements and indices named after
towns ("Paris accord", "Dax index") and currencies ("U.S. dlrs", a capitals headline's "NEW
ZEALAND DLR NOTES") name no place, and neither does a shorter place inside a longer name
turned down ("Mexico" in "Public Service New Mexico"). A US state's wire abbreviation after a
town ("Norcross, Ga.") and a compass letter before a country ("S. Africa", "W.GERMANY") are
read as the place. A place opening an event's name counts as named there ("the Athens
Olympics", "the Qatar Open", "this year's Glastonbury festival"), and a compass word before a
region or a big city names a part of it ("South Wales", "West Belfast").
:mod:`.places` decides which of the mentions count and which the story is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..analysis import ARABIC_ARTICLES, STOP_WORDS
from . import place_context as pc
from .data.common_words import WORDS as COMMON_WORDS
from .data.countries import CURRENCY_WORDS, US_STATES
from .gazetteer import MONTHS_AND_DAYS, Entry, Gazetteer, gazetteer, place_key
from .memo import lookup_set
from .names import ORG_WORDS, REGIONS, TITLE_WORDS, first_names
from .papers import PAPER_NOUNS, paper_named
from .scan import Run
from .things import GRADE_NOUNS
from .works import TITLE_NOUNS

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_ARABIC_ARTICLES = ARABIC_ARTICLES
_US_STATES = US_STATES

_CAPS_CITY = 100_000  # in all-caps text a city must be this big
_MAX_WORDS = 6
_MAX_CAPS_WORDS = 3  # headlines: long runs, short names  # the longest place name looked up
_AMBIGUOUS_KEYS = frozenset({"us", "mobile", "reading", "split", "nice", "bath", "of"})
_NOT_TOWNS = ORG_WORDS | TITLE_WORDS | {"god", "allah"}  # "faith in God": no town
# ... nor peoples, creeds, parties and quarters ("Arab bankers" is not Arab, Alabama; "Liberal"
# not Liberal, Kansas) or the grouping of states ("British and Commonwealth Holdings"). (Before
# a country they still make a name: "South China Morning Post", "Gulf Canada".)
_NO_TOWN = REGIONS | {"commonwealth"}
_EVENT_NEXT = frozenset({"champion", "champions", "championship", "championships", "title",
                         "final", "finals", "semi", "winner", "festival", "marathon"})
# Capitalised words that make what precedes them part of a name ("US Open", "Japan Bank").
_NAME_HEADS = (ORG_WORDS | _EVENT_NEXT | frozenset({"open", "cup", "games", "masters", "prix",
                                                    "museum", "embassy", "grand"})) - TITLE_WORDS
# Capitalised words after a place that make the name an event held there ("the Athens Olympics",
# "the Qatar Open", "the Venice Film Festival"): the place is named, though the event is what
# the words name ("film" and "grand" only before "festival" and "prix").
_EVENTS = frozenset({"olympics", "olympic", "paralympics", "games", "open", "festival",
                     "marathon", "masters", "biennale", "fringe"})
_EVENT_LEADS = {"film": "festival", "grand": "prix"}
# Compass words before a region or a big city that name a part of it ("South Wales", "North
# London"). ("Northern" and "Central" are common words: "Northern England" names England.)
_COMPASS_BEFORE = frozenset({"north", "south", "east", "west", "southern", "eastern",
                             "western"})
_PACT_NEXT = frozenset({"accord", "accords", "agreement", "pact", "treaty", "protocol", "club",
                        "index"})
# Words after a city's name that the agreement and the paper tests start from: one look-up.
_CITY_NEXT = _PACT_NEXT | PAPER_NOUNS
_NAME_LINKS = frozenset({"of", "for"})
_AMOUNT_WORDS = frozenset({"mln", "bln", "billion", "million", "thousand"})
# (``in`` only: a dict, which no garbage collection walks; see memo.lookup_set.)
_FREE_NEIGHBOURS = lookup_set(TITLE_WORDS | MONTHS_AND_DAYS | COMMON_WORDS | STOP_WORDS)
_STRICT_FREE = TITLE_WORDS | MONTHS_AND_DAYS | STOP_WORDS
_PARTY_MEN = frozenset({"democrat", "republican", "democrats", "republicans"})
_NEW = ("New ", "NEW ")
_TOWN_BEFORE = re.compile(r"\b[A-Z][\w.'-]*$")  # a capitalised word ends the text before
# A title of capitalised words inside a sentence, ending where a colon opens a subtitle.
_TITLE_BEFORE = re.compile(r"[a-z,] (?:[A-Z][\w'-]* )*[A-Z][\w'-]*$")


@dataclass(slots=True)
class Mention:
    """One place name where the text names it, with its readings and how it is named."""

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
    event: bool = False  # opens an event's name ("the Athens Olympics"): named, says less


_new_mention = object.__new__


def mentions(run_list: list[Run], segment: str, base: int, gaz: Gazetteer,
             skip: set[str], glued: set[str] | None = None,
             sited: frozenset[str] = frozenset()) -> list[Mention]:
    """Gazetteer matches in the runs of one segment, capitalisation rules applied; a name in
    ``skip`` counts only when it is in ``sited`` too and a preposition of site comes before
    it ("in Gateshead", Gateshead the club elsewhere).

    Towns dropped as the first word of a firm's name ("Marathon Oil") or as a person ("daughter
    Victoria") are added to ``glued``: their other bare mentions mean the same.
    """
    glued = set() if glued is None else glued
    out: list[Mention] = []
    raw = gaz.raw
    heads = gaz.head_keys
    tails = gaz.compass_tails
    entries = gaz.entries
    for run in run_list:
        words = run.words
        if len(words) == 1:  # the common case, settled by one look-up
            key = place_key(words[0])
            # (No key of US_STATES holds a space: the replace() call only for a key with one.)
            if (key in US_STATES or (" " in key and key.replace(" ", "") in US_STATES)) \
                    and (m := _state(run, key, segment)) is not None:
                m.start += base
                out.append(m)
                continue
            if key in tails and run.text[run.start - 1:run.start] == ".":
                key = _glued_compass(run, key, raw)  # "S.Korea"
            # (_judge drops months and days first thing: "Feb" of every dateline.)
            if key in raw and (key not in skip or _sited(key, run, 0, 1, sited)) \
                    and key not in MONTHS_AND_DAYS:
                m = _judge(run, 0, 1, key, entries(key), segment, glued)
                if m is not None:
                    m.start += base
                    out.append(m)
            continue
        if len(words) == 2 and words[0] in _PARTIES and (m := _party_state(run, segment)):
            m.start += base  # "Sen. Bob Dole (R-Kan.)"
            out.append(m)
            continue
        keys = list(map(place_key, words))
        key = keys[0]
        if (key in US_STATES or (" " in key and key.replace(" ", "") in US_STATES)) \
                and (m := _state(run, key, segment)):
            m.start += base  # "LAKE SUCCESS, N.Y. March 3"
            out.append(m)
        if keys[0] in tails and run.text[run.start - 1:run.start] == ".":
            keys[0] = _glued_compass(run, keys[0], raw)  # "S.AFRICA SAYS"
        if not _ARABIC_ARTICLES.isdisjoint(keys):  # rare: article variants to unify
            keys = pc.unify_articles(keys)
        n = len(keys)
        longest = _MAX_CAPS_WORDS if run.caps else _MAX_WORDS
        i = 0
        while i < n:
            key = keys[i]
            span = heads.get(key)
            if span is not None or " " in key or not key:
                # The longest stretch that is a key and ends in a capital, no longer than the
                # longest key it opens (a key of spaces or none leaves the count of words
                # open). Looked up forwards, each stretch the one before and a word: a slice
                # joined anew for each, longest first, cost more.
                if span is None or span > longest:
                    span = longest
                end = i + span if i + span < n else n  # (min() is a call)
                j = k = i + 1
                stretch = key
                if not (key in raw and words[i][0].isupper()):
                    j = i
                while k < end:
                    stretch = stretch + " " + keys[k]
                    k += 1
                    if stretch in raw and words[k - 1][0].isupper():
                        j, key = k, stretch
                if j == i or not words[i][0].isupper():
                    i += 1
                    continue
            elif key not in raw or not words[i][0].isupper():  # one word; run.capitalised inline
                i += 1
                continue
            else:
                j = i + 1
            if key in skip and not _sited(key, run, i, j, sited):
                i += 1
                continue
            m = _judge(run, i, j, key, entries(key), segment, glued)
            if m is None and j + 1 < n and " ".join(keys[j:]) in skip \
                    and " ".join(keys[i:]) not in skip:
                # A full name the actors found follows: "Ambassador to Athens Nazmi Akiman".
                m = _judge(run, i, j, key, entries(key), segment, glued, True)
            if m is None:
                # A longer name turned down ("Public Service New Mexico", "Fidata Trust
                # Company New York") holds no shorter place ("Mexico", "York").
                i = j if j > i + 1 else i + 1
                continue
            m.start += base
            out.append(m)
            i = j
    return out


def _sited(key: str, run: Run, i: int, j: int, sited: frozenset[str]) -> bool:
    """Whether the name of a body, ``key``, stands for its town at words ``i:j`` of ``run``."""
    return key in sited and pc.site_frame(run, i, j)


def _amount_before(run: Run) -> bool:
    """Whether a sum's number or its "mln"/"billion" comes right before the run."""
    before = run.prev_word()
    return before in _AMOUNT_WORDS or before.replace(".", "").replace(",", "").isdigit()


def _state(run: Run, key: str, segment: str) -> Mention | None:
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
    return Mention(place_key(name), name, start, segment, readings, caps=run.caps, run=run)


_PARTIES = frozenset({"R", "D", "I"})


def _party_state(run: Run, segment: str) -> Mention | None:
    """The state in a congressman's party label ("(R-Kan.)", "(D-N.Y.)", "(D-Wisc)"), or
    None."""
    text, start = run.text, run.start
    if text[start - 1:start] != "(" or text[run.spans[0][1]:run.spans[0][1] + 1] != "-":
        return None
    key = place_key(run.words[1]).replace(" ", "")
    name = _US_STATES.get(key) or _US_STATES.get(key.rstrip("."))
    if name is None or text[run.end:run.end + 2].lstrip(".")[:1] != ")":
        return None
    readings = tuple(e for e in gazetteer().entries(place_key(name)) if e.kind == "region")
    if not readings:
        return None
    return Mention(place_key(name), name, start, segment, readings, caps=run.caps, run=run)


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
           segment: str, glued: set[str], name_after: bool = False) -> Mention | None:
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
    # (The character after the run is kept: no slice unless a space follows; and one
    # character read by index makes no new string, as a slice does.)
    if kind != "country" and (
            (j == n and run.after == " " and run.text[run.end + 1:run.end + 2] == "<")
            or (i == 0 and run.start > 0 and run.text[run.start - 1] == "<")):
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
        if top.population < pc.GRADE_TOWN and (
                keys[j] in GRADE_NOUNS if j < n else nxt[1] in GRADE_NOUNS
                and nxt[0] == " "):
            glued.add(key)  # "Brent crude ... with Brent falling": the grade each time
            return None
        if i == 0 and j == n and run.after == "'" and top.population < pc.OWNER_TOWN \
                and pc.owner_possessive(run):
            glued.add(key)  # its bare mentions name the firm too
            return None
    if kind == "city" and key in _NO_TOWN:
        return None  # (after the club test: "the North side" still makes a sports story)
    if i == 0 and not caps and kind != "demonym" and run.prev_word() in TITLE_NOUNS:
        return None  # "the thriller Constantine", "the film Paris": a work's title, here only
    if i == 0 and kind == "city" and not caps and run.start >= 2 \
            and run.text[run.start - 2] == ":" and run.text[run.start - 1] == " " \
            and _TITLE_BEFORE.search(run.text, max(0, run.start - 40), run.start - 2):
        glued.add(key)  # "to scrap Star Trek: Enterprise": a subtitle, and so its other mentions
        return None
    # Its fields set here, as Mention() would: calling the class enters its __init__ from C,
    # some 900 instructions more a mention.
    mention = _new_mention(Mention)
    mention.key = key
    mention.surface = surface
    mention.start = run.spans[i][0]
    mention.segment = segment
    mention.readings = readings
    mention.currency = mention.modifier = mention.in_name = mention.event = False
    mention.caps = caps
    mention.run = run
    mention.index = i
    if i >= 2 and not caps and keys[i - 1] in _NAME_LINKS and keys[i - 2] in ORG_WORDS:
        mention.modifier = mention.in_name = True  # "University of Ulster"
    if j < n and kind in {"demonym", "country"} and keys[j] in CURRENCY_WORDS and (
            (i > 0 and keys[i - 1] in _AMOUNT_WORDS) or (i == 0 and _amount_before(run))
            or (caps and segment == "title" and keys[j] != "real")):
        # "50 MLN AUSTRALIAN DLR EUROBOND", "51 billion U.S. Dlrs"; a capitals headline needs
        # no sum ("MERRILL SELLS NEW ZEALAND DLR NOTES"), as mixed case needs none ("the
        # Australian dollar"), but "real" there is the adjective ("U.S. REAL EARNINGS").
        mention.currency = True
    if kind == "city" and j + 1 < n and keys[j] == "of":
        return None  # "Republic of Georgia", "Duke of York": the head of a longer name
    if j == n and run.after == "$":
        return None  # "US$25,000": a currency
    if kind == "city" and (follow := keys[j] if j < n else nxt[1]) in _CITY_NEXT:
        if follow in _PACT_NEXT:
            return None  # "the Paris accord", "ROME TREATY": an agreement named after its town
        if j == n and i == 0 and not caps and top.population < _CAPS_CITY \
                and paper_named(run, follow):  # (follow: one of PAPER_NOUNS)
            glued.add(key)  # "told the Asahi newspaper": the paper, in its other mentions too
            return None
    if j == n:
        if kind in {"demonym", "country"}:
            mention.currency = nxt[1] in CURRENCY_WORDS
        elif kind == "city" and top.population < _CAPS_CITY \
                and nxt[1] in _EVENT_NEXT:
            if nxt[1] != "festival":
                return None  # "Wimbledon champion": a tournament named after its town
            mention.modifier = mention.event = True  # "this year's Glastonbury festival"
    elif not caps and kind != "demonym" and (keys[j] in _EVENTS or keys[j] in _EVENT_LEADS) \
            and _event(key, keys, j):  # (its first test here: most often it fails)
        mention.modifier = mention.event = True  # "the Athens Olympics", "the Qatar Open"
    elif not caps and not name_after and words[j][0].isupper() and _glued(keys[j], top):
        if kind in {"city", "region"} and keys[j] in pc.COMPASS:
            return pc.with_compass(mention, run, j)  # "Bristol East": a district or a seat
        if kind in {"city", "region", "area"}:
            if kind == "city" and i == 0 and keys[j] in ORG_WORDS:
                glued.add(key)  # "Marathon Oil": later "Marathon" alone is the firm
            return None  # "Toronto Dominion", "New York Times", "Gulf War"
        mention.modifier = True
    if not caps and j == n and i > 0 and keys[i - 1] in _COMPASS_BEFORE \
            and words[i - 1][0].isupper() and (i == 1 or not words[i - 2][0].isupper()) \
            and (kind == "region" or (kind == "city" and top.population >= _CAPS_CITY)):
        # (Ending the run: "the South Wales Evening Post" is a newspaper.)
        return pc.compass_part(mention, run, i - 1)  # "South Wales", "West Belfast"
    if i > 0 and kind == "country" and (not caps or (i == 1 and run.start < 2)) \
            and words[i - 1][0].isupper() and keys[i - 1] not in _FREE_NEIGHBOURS \
            and keys[i - 1] not in _NOT_TOWNS:
        # "Nestle Canada", "CANON USA ISSUES": a firm's name. (Deeper into a capitals
        # headline the word before is a verb: "SWEDEN TO SUSPEND ... ADJOURNS BRUNEI".)
        mention.modifier = True
    if not caps and i > 0 and kind in {"city", "region", "area"} \
            and words[i - 1][0].isupper() \
            and keys[i - 1] not in _FREE_NEIGHBOURS:
        if kind == "city" and j == n and keys[i - 1] in first_names():
            glued.add(key)  # "Andrea Arnold ... says Arnold"
        return None  # "Suhail Hassan", "Fidata Trust Company New York"
    if not caps and i > 0 and kind == "city" and top.population < _CAPS_CITY \
            and words[i - 1][0].isupper() and keys[i - 1] in COMMON_WORDS \
            and keys[i - 1] not in _STRICT_FREE and not (i == 1 and run.sentence_start):
        return None  # "the High Street", "the Old Bailey", "Last Tango in Paris"
    if (kind == "city" or kind == "region") and (
            run.start >= 4 and run.text[run.start - 4] == "N"  # (a character: no new string)
            and run.text[run.start - 4:run.start] in _NEW if i == 0
            else keys[i - 1] == "new" and words[i - 1][0] == "N"):
        # "New England" (the scanner leaves out "New" opening a sentence): the gazetteer
        # holds every "New X" that is one of its places.
        return None
    return mention


def _event(place: str, keys: list[str], j: int) -> bool:
    """Whether words ``j:`` of a run, all of them, name an event held at the place before them,
    ``place`` its key ("Athens Olympic Games"; not "Federal Open Market Committee", nor
    "Olympic" of "Olympic Games", a word before it is a town)."""
    if keys[j] not in _EVENTS and keys[j] not in _EVENT_LEADS:
        return False  # (the common case)
    if place in _EVENTS or place in COMMON_WORDS:
        return False
    n = len(keys)
    while j < n:
        follow = _EVENT_LEADS.get(keys[j])
        if follow is not None and j + 1 < n and keys[j + 1] == follow:
            j += 2
        elif keys[j] in _EVENTS:
            j += 1
        else:
            return False
    return True


def _glued(nxt: str, top: Entry) -> bool:
    """Whether a place followed by the capitalised word ``nxt`` is part of a longer name."""
    if nxt not in _FREE_NEIGHBOURS:
        # "a Missouri Democrat": a member of a party from the place, not a longer name; but a
        # town before plural members is the party's own word ("the Liberal Democrats").
        if nxt in _PARTY_MEN:
            return nxt[-1] == "s" and top.kind == "city"
        return True  # "Toronto Dominion", "New York Times"
    if top.kind in {"country", "demonym"}:
        return nxt in _NAME_HEADS  # "US Open", "Australian Open"
    # Small towns and regions lend their names freely: "Green Day", "Gulf War".
    small = top.kind == "area" or (top.kind == "city" and top.population < _CAPS_CITY)
    return small and nxt not in _STRICT_FREE
