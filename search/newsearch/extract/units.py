"""Places no gazetteer lists, known by the unit of government news copy names them with: a
state, a province, a region or a district the reader may not know ("in Yobe state", "Ituri
province", "the Lower Shabelle region", "Borno and Yobe states", "the northeastern state of
Yobe", "the southern province of Kandahar"); so are villages, ports and islands after "the ...
of" ("the village of Sargazan", "the port of Zeebrugge", "the Thai island of Koh Phi Phi").

The gazetteer holds countries, a few hundred regions and towns of 5,000 people and more; most
first- and second-level divisions abroad are missing, and wire copy names them by putting the
unit's common noun in lower case right after the name, or "the <unit> of" right before it. No
list of places: the lower-case unit noun says so. Divisions abroad are written with a
capitalised word of their own ("Sumy Oblast", "Krasnodar Krai", "Masovian Voivodeship"): the
name with it is a place wherever it stands, and a name with a word that ends bodies' names
too ("Department", "District", "Province") is one after a locative with no article or after
another place and a comma ("in Nariño Department, Colombia", "in Lalitpur District, Bagmati
Province"); never then a person's or a body's (:func:`unit_name`). Such a name is no place
when the story's actors use it, when it is a common word, an adjective of nationality or an
acronym ("the Jewish state", "the Kurdish region", "EU states"), or holds a title or a body's
word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import methodcaller

from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import MONTHS_AND_DAYS, gazetteer, place_key
from .known import is_demonym
from .names import ORG_WORDS, TITLE_WORDS
from .place_context import COMPASS
from .scan import Run, key_of

# Units of government a name is written with. Not "department" ("the Justice department"),
# nor "city" or "town" ("Mexico City").
_UNIT = (r"(?:provinces?|states|state|regions?|districts?|governorates?|prefectures?|county|"
         r"municipality|municipalities)")
# Divisions abroad written with a capitalised word of their own, which ends no body's name
# ("Samara Oblast", "Krasnodar Krai", "Aleppo Governorate", "Akita Prefecture"): a name
# ending in one is a place wherever it stands.
FOREIGN_UNITS = wordset("oblast krai voivodeship okrug raion governorate prefecture")
# Capitalised unit words that end bodies' names as well ("the Justice Department", "the
# Guantánamo Province government"): the name is a place's without an article before it, after
# a locative or in a chain of places ("in Nariño Department, Colombia", "Bagmati Province").
SHARED_UNITS = wordset("province region department district municipality canton")
_TITLED = "|".join(w.capitalize() for w in sorted(FOREIGN_UNITS | SHARED_UNITS))
# Each unit noun in a story, with what tells its use: a capitalised one ends a name ("in
# Ituri Province", "in the Kidal Region of Mali"; not "State", which ends the names of bodies
# and schools as often: "Ohio State"; see unit_name); a lower-case one
# follows a name ("Yobe state"; a plural after two: "Borno and Yobe states"), or precedes one
# after "the" and "of" ("the northeastern state of Yobe"). "state" before what a state owns
# is an adjective ("Zvezda state media").
# Settlements and islands are named so only before "of" ("the port of Zeebrugge", "the Greek
# island of Thassos", "the towns of Edgecumbe"; "the village of Sargazan").
_SETTLEMENT = r"(?:towns?|villages?|city|islands?|port)"
_NOUN = re.compile(rf"[ \t](?:({_TITLED})\b|{_UNIT}\b(?![-’']|"
                   r"(?<=state)[ \t]+(?:media|television|tv|radio|news|broadcaster|agency|"
                   r"newspaper|company|firm|oil|bank|visit|funeral)\b)([ \t]+of[ \t]+)?|"
                   rf"{_SETTLEMENT}\b([ \t]+of[ \t]+))")
# Before "<unit> of": "the" and at most two words ("the northeastern state of", "the
# semi-autonomous region of", "the Thai island of"; not "a state of").
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}$")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|from|across|into|to|of)[ \t]+(?:the[ \t]+)?$")
_BARE_LOCATIVE = re.compile(r"\b(?:in|near|from|across|into|to|of)[ \t]+$")
# A comma right after another capitalised name: a chain of places ("Lalitpur District,
# Bagmati Province", "Pruszków, Masovian Voivodeship").
_NAME_COMMA = re.compile(r"\b[A-Z][\w'’.-]*,[ \t]+$")
# Unit words that end the names of bodies most often ("the Justice Department", "the Bronx
# District Attorney"): a place's only at the run's end with no article before it.
_BODY_UNITS = frozenset({"department", "district"})
# Each unit noun holds one of these, this many characters after the space before it: only
# where one stands is _NOUN tried (C's substring search settles most stories; an expression
# opening with a class would try every space). Each search costs about 0.02 % of a story's
# time: the rare units abroad ("Okrug", "Raion", "Canton") have none, their names are still
# no one's (:data:`FOREIGN_UNITS`). (Common settlement nouns with their "of": " town" alone
# is in most stories.)
_CUES = ((" state", 0), ("rovinc", 2), ("egion", 2), ("istrict", 2), (" county", 0),
         ("overnorate", 2), ("refecture", 2), ("unicipal", 2), ("illage", 2), ("sland", 2),
         ("town of", 1), ("towns of", 1), ("city of", 1), ("port of", 1))
# Cues of capitalised units, each behind its capital: a one-character search is a memchr in C,
# several times cheaper than one for a word, and most stories hold no "K", "V", "O" or "D".
_CAPITAL_CUES = (("K", (" Krai", 0)), ("V", (" Voivodeship", 0)), ("O", (" Oblast", 0)),
                 ("D", (" Department", 0)))
_LONGEST = 4  # words in one such name ("Sistan and Baluchestan")
_AND = re.compile(r"(?:[ \t]+and[ \t]+|,[ \t]*)")
# Endings of adjectives before a unit noun ("the Jewish state", "the Kurdish region", "the
# Islamic state", "a Communist state", "the Palestinian state"); few places end so.
_ADJECTIVE_ENDINGS = ("ish", "ese", "ic", "ist", "ian")


def unit_places(body_runs: list[Run], skip: set[str]) -> list[str]:
    """Names of places the body writes with a unit of government's noun, first mention
    only; ``skip``: keys of names the actors found (people and bodies are no places)."""
    if not body_runs or not (found := _nouns(text := body_runs[0].text)):
        return []
    # (Comprehensions: under Python 3.11 cheaper than map(attrgetter), measured with callgrind.)
    starts = [run.start for run in body_runs]
    ends = {run.end: i for i, run in enumerate(body_runs)}
    out: list[str] = []
    for m in found:
        titled, of, settled = m.groups()
        of = of or settled
        if titled:
            i = bisect_right(starts, m.start()) - 1
            names = [_titled_name(body_runs[i], m.start())] if i >= 0 else []
        elif of:
            i = bisect_right(starts, m.end()) - 1
            # (Not "the state of Parmalat's finances": a state of affairs.)
            names = [body_runs[i].surface()] if i >= 0 and starts[i] == m.end() and \
                _THE_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1) \
                and body_runs[i].after not in ("'", "’") and _place_like(body_runs[i]) else []
        elif (i := ends.get(m.start(), -1)) < 0:
            continue
        else:
            names = _before_unit(body_runs, i, m.group()[-1] == "s")
        for name in names:
            if name and key_of(name) not in skip and name not in out:
                out.append(name)
    return out


def _nouns(text: str) -> list[re.Match[str]]:
    """Every unit noun in ``text`` (:data:`_NOUN`), in text order."""
    found = []
    cues = [cue_back for cue_back in _CUES if cue_back[0] in text]
    for capital, cue_back in _CAPITAL_CUES:
        if capital in text and cue_back[0] in text:
            cues.append(cue_back)
    for cue, back in cues:
        at = text.find(cue)
        while at >= 0:
            if m := _NOUN.match(text, at - back):
                found.append(m)
            at = text.find(cue, at + 1)
    return sorted(found, key=_MATCH_START) if len(found) > 1 else found


_MATCH_START = methodcaller("start")


def _before_unit(body_runs: list[Run], i: int, plural: bool) -> list[str]:
    """The names of run ``i`` and the run before it that a lower-case unit noun right after
    run ``i`` names."""
    run = body_runs[i]
    joined = i and _joined(body_runs[i - 1], run)
    if not plural:
        # One unit after two single words joined by "and" is named by both ("Sistan and
        # Baluchestan province"; but "the Bay of Plenty and Waikato region").
        if joined and len(run.words) == 1 and len(body_runs[i - 1].words) == 1 \
                and run.text[body_runs[i - 1].end:run.start].strip() == "and":
            run = _both(body_runs[i - 1], run)
        return [run.surface()] if _place_like(run) else []
    if not joined:
        return []  # "the Gulf states", "Mountain states"; "X states that": a verb
    return [r.surface() for r in body_runs[i - 1:i + 1] if _place_like(r)]  # "Borno and Yobe"


def _titled_name(run: Run, at: int) -> str:
    """The place a run names with the capitalised unit word after offset ``at`` (see
    :func:`unit_name`), or "": also when the unit is a common word and the gazetteer reads the
    name before it ("in Kursk Province": the town's mention is Kursk, or a chain's whole
    name)."""
    k = next((k for k in range(1, len(run.words)) if run.spans[k][0] == at + 1), 0)
    if not k or not unit_name(run, k) or (
            run.keys[k] in COMMON_WORDS and gazetteer().entries(place_key(run.surface(0, k)))):
        return ""
    return run.surface(0, k + 1)


def unit_name(run: Run, k: int) -> bool:
    """Whether words ``:k + 1`` of a run, word ``k`` a capitalised unit word, name a division:
    the name before it reads as a place's, and the unit ends the run or comes before "of".
    A unit abroad's word (:data:`FOREIGN_UNITS`) says so alone; another
    (:data:`SHARED_UNITS`) after a locative or after a comma closing another name ("Lalitpur
    District, Bagmati Province"); "department" and "district" only at the run's end, with no
    article before ("in Potosí Department"; "in the Justice Department")."""
    keys = run.keys
    unit = keys[k]
    if not k or (k + 1 < len(keys) and (keys[k + 1] != "of" or unit in _BODY_UNITS)):
        return False
    if unit in FOREIGN_UNITS:
        return _place_like(run, k, True)
    if unit not in SHARED_UNITS or not _place_like(run, k):
        return False
    text, start = run.text, run.start
    return (_BARE_LOCATIVE if unit in _BODY_UNITS else _LOCATIVE_BEFORE).search(
        text, max(0, start - 12), start) is not None \
        or _NAME_COMMA.search(text, max(0, start - 30), start) is not None


def _both(a: Run, b: Run) -> Run:
    """One run of runs ``a`` and ``b`` and the "and" between them."""
    at = a.text.find("and", a.end)
    return Run(a.text, [*a.words, "and", *b.words], [*a.spans, (at, at + 3), *b.spans],
               a.sentence_start, a.caps, [*a.keys, "and", *b.keys])


def _joined(a: Run, b: Run) -> bool:
    """Whether run ``b`` follows run ``a`` across "and" or a comma alone."""
    return b.text is a.text and _AND.fullmatch(a.text, a.end, b.start) is not None


def _place_like(run: Run, end: int | None = None, adjectives: bool = False) -> bool:
    """Whether words ``:end`` of a run may name a place: a short mixed-case name of
    capitalised words, no title, body's word, month, acronym, common word or nationality
    (``adjectives``: adjectives may, as before a unit abroad's word: "Masovian Voivodeship",
    "Jewish Autonomous Oblast")."""
    keys, words = run.keys[:end], run.words[:end]
    if run.caps or len(keys) > _LONGEST or not all(w[:1].isupper() or w == "and" for w in words) \
            or run.text[run.start - 1:run.start] == "-":
        return False  # (nor part of a word: "Jamiat Ulema-e-Islam district chief")
    if any(k in TITLE_WORDS or k in ORG_WORDS or k in MONTHS_AND_DAYS for k in keys):
        return False
    if any(len(w) > 1 and w.isupper() for w in words):
        return False  # "EU states", "the NWFP province"
    if len(words[0]) < 3 and len(keys) == 1:
        return False  # "in the region of Â£40m": a stray capital
    if not adjectives and any(is_demonym(k) or k.endswith(_ADJECTIVE_ENDINGS) for k in keys):
        return False  # "the West German state", "the Celtic Warriors region" (a side)
    return not (len(keys) == 1 and (keys[0] in COMMON_WORDS or keys[0] in COMPASS))
