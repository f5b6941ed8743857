"""Names used as things: products, formats, models, awards and illnesses, not bodies.

:mod:`.classify` asks :func:`thing_mention` of each one-word name; the story's
:attr:`.collect.Collector.things` counts the mentions, and :func:`.collect.resolve` drops a
name voted a body no more often than it was used as a thing ("MP3 players", "USB ports",
"using SMS", "Sony's PSP is", "won an Oscar for", "Oscar nominees", "the Mac mini", "TMI-2",
"Section 8 housing", "the Vexo browser", "the PlayStation 2 console"); an acronym's bare
mentions ("P2P is") weigh nothing there when the story uses it as a technology
(:func:`technology_in`: "P2P technology"), and a name given to a technology is none anywhere
(:func:`named_things`: "standards called IFRS"). An acronym the story spells out as an
event's name is no body either (:func:`event_acronym`: "the Consumer Electronics Show ...
CES").
"""

from __future__ import annotations

import re

from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import MONTHS_AND_DAYS
from .known import is_demonym, is_place
from .memo import Memo
from .scan import Run, key_of
from .teams import EVENT_TAILS

ARTICLES = frozenset({"a", "an"})  # ("an Oscar", "an SMS")


def thing_mention(run: Run, i: int, surface: str, before: str, sep: str, nxt: str) -> bool:
    """Whether the one-word name ``surface`` (word ``i`` of ``run``) is used here as a thing
    (:data:`THING_NEXT` after it, or see :func:`used_as_noun`). Callers first test cheaply
    that a :data:`THING_NEXT` noun, capitals, a hyphen, an article or a digit is there."""
    return (nxt in THING_NEXT and sep == " " and thing_before(surface, nxt)
            and (nxt != "operating" or run.text.startswith(" operating system", run.end))
            and (nxt != "mini" or not run.text.startswith(" mini-", run.end))) \
        or used_as_noun(run, i, i + 1, before, sep, nxt) \
        or (not surface.isalpha() and _DIGIT(surface) is not None
            and model_before_noun(run.text, run.spans[i][1])) \
        or (i + 1 == len(run.words) and not surface.isupper()
            and _VERSION.match(run.text, run.end) is not None) \
        or (surface in _GRADES and _GRADE_TAIL.match(run.text, run.spans[i][1]) is not None)


# Credit grades that read like names ("cut to Aa-3 from Aa-2", "BBB-minus"): Moody's grades
# are written in mixed case, and "AA" names bodies too, but never before "-3" or "-minus".
_GRADES = frozenset({"Aaa", "Aa", "Baa", "Ba", "Caa", "Ca", "AAA", "AA", "BBB", "BB", "CCC"})
_GRADE_TAIL = re.compile(r"-(?:[1-3]|plus|minus)\b")


# An amount right before a word, and a stop or a function word right after it: the word is
# the amount's currency or unit ("45.00 Ecus per 100 kilos", "1.5 mln ECUs.", "26,120
# Cruzados, or"), not a body, which a noun follows ("5 mln Acme shares"). Not after a year,
# a price or a number of one or two digits, which open names ("2005 Lions", "the $499
# Macintosh", "50 Cent", "6 Music").
_AMOUNT_BEFORE = re.compile(r"(?:(?<![\d$£€.,])(?!(?:1[89]|20)\d\d\b)(?:\d+[.,]\d+|\d{3,})|"
                            r"\b(?:mln|bln|billion|million|trillion|thousand))[ \t]*\n?[ \t]*$")
_UNIT_AFTER = re.compile(r"(?:[.,;:)]|[ \t]*\n?[ \t]*(?:per|a|an|each|to|in|from|for|and|or|"
                         r"at|on|with|against|by|was|were|is|are|has|have|would|will)\b)")
AMOUNT_WORDS = frozenset({"mln", "bln", "billion", "million", "trillion", "thousand", ""})


def amount_unit(run: Run, i: int) -> bool:
    """Whether the one-word run (``i`` 0) names the unit of the amount before it ("45.00
    Ecus per 100 kilos"). Callers first test that the word before is one of
    :data:`AMOUNT_WORDS` ("" before a figure)."""
    return i == 0 and len(run.words) == 1 and run.text[run.start - 2:run.start - 1] != "" \
        and (run.text[run.start - 2].isdigit() or run.text[run.start - 2].isalpha()) \
        and _AMOUNT_BEFORE.search(run.text, max(0, run.start - 16), run.start) is not None \
        and _UNIT_AFTER.match(run.text, run.end) is not None


# A one-word name not in capitals, then a release's number of one digit and a verb or a noun:
# a product's or a work's version ("the PlayStation 2 console", "Halo 2 has sold"), not a
# count, a score or a share ("Nippon 6 mln", "Labour 3 pct", "(Kezman 7)", "Maroon 5 and"),
# nor a channel ("BBC 3 film").
_VERSION = re.compile(r" [1-9] (?!(?:pct|per|percent|mln|bln|billion|million|"
                      r"dlrs|dollars|cents|points|pts|stg|yen|euros|tonnes|seats|votes|goals|"
                      r"and|or|to|of|in|on|at|by|for|from|with|against|than)\b)[a-z]")


_DIGIT = re.compile(r"\d").search
# A code of capitals and digits before one of these nouns, at most two lower-case words
# between, is a model's or a measure's name, not a body's ("EH101 helicopter", "A320
# short-haul jets", "XJ6 luxury sedan", "M2 money supply", "a AA2 rating", "the SP2 update"),
# where a body's code takes other nouns ("G8 summit", "MI6 officer", "U2 frontman").
_MODEL_AFTER = re.compile(
    r"(?:[ \t]*\n?[ \t]*[a-z][a-z-]*){0,2}?[ \t]*\n?[ \t]*(?:air(?:craft|liners?)|jet(?:liner)?s?|"
    r"planes?|helicopters?|fighters?|bombers?|engines?|trucks?|tanks?|cars?|sedans?|coupes?|"
    r"models?|computers?|mainframes?|series|family|ratings?|upgrades?|updates?|money|"
    r"aggregates?|missiles?|rifles?|superjumbo|rockets?|satellites?|vehicles?|locomotives?|"
    r"submarines?|reactors?|processors?)\b")


def model_before_noun(text: str, end: int) -> bool:
    """Whether a code of capitals and digits ending at ``end`` is a model's name: a
    :data:`_MODEL_AFTER` noun follows it."""
    return _MODEL_AFTER.match(text, end) is not None


# Nouns after a name that make it a grade of oil, named after a field or a terminal: no
# one's name ("North Sea Brent blend"), and a town's only when it is small (see
# :func:`.place_mentions._judge`: "Brent crude", but "Dubai crude").
GRADE_NOUNS = wordset("crude crudes blend blends")

# Lower-case nouns after a one-word name that make it a product, a format or an illness, not a
# body, when the story names it so at least as often as it gives it a body's cues ("MP3
# players", "the PSP console", "SMS messages", "the Ebola virus", "H5N1 cases"); an award's
# nouns make it an award ("Oscar nominees", "the Grammy ceremony", "Bafta winners"), and
# "average" a share index ("the Nikkei average").
THING_NEXT = wordset("""
player players console consoles game games message messages messaging handset handsets phone
phones format formats file files tape tapes disc discs device devices chip chips camera cameras
virus viruses outbreak outbreaks vaccine vaccines infection infections epidemic pandemic strain
strains patients panel panels screen screens display displays
browser programs platform operating handheld handhelds mini
nominee nominees nomination nominations ceremony winner winners hopefuls contenders statuette
race night
average
""")
# Nouns that follow a club's or a maker's name too ("Arsenal players", "Motorola phones").
_MAKERS_THINGS = wordset("player players game games phone phones handset handsets chip chips "
                         "camera cameras device devices panel panels screen screens handheld "
                         "handhelds")


def thing_before(surface: str, noun: str) -> bool:
    """Whether ``surface`` before the :data:`THING_NEXT` noun names a thing; before one of
    :data:`_MAKERS_THINGS` only a name in capitals or with a digit does ("MP3 players", "DVD
    players"; not "Arsenal players", "Intel chips")."""
    return noun not in _MAKERS_THINGS or surface.isupper() or not surface.isalpha()


# Lower-case nouns after an acronym in capitals that make it a technology, a standard or a
# format rather than a body ("USB ports", "GPRS connection", "DRM systems", "LCD monitors"),
# or a code or a substance ("ISBN number", "IP address", "ZIP code", "DNA samples");
# only asked of acronyms: "Sony technology" is the firm's.
TECH_NEXT = wordset("""
port ports slot slots drive drives memory storage capability capabilities connection
connections connectivity systems scheme schemes solution
solutions standard standards protocol protocols monitor monitors text texts chat function
functions signal signals receiver receivers feed feeds aggregators reader readers card cards
chipset chipsets franc francs number sample samples evidence address addresses code codes
""")
# Words before an acronym that use it as a means ("using SMS", "via GPRS", "send MMS").
_USED_BEFORE = wordset("using via send sending")
# Nouns after an acronym that make it a technology, if the story never gives it a body's cue
# (:func:`technology_in`): "P2P technology", "SMS networks", "DAT players".
# (Not the nouns of :data:`TECH_NEXT` that are verbs too: "BMW drives record sales".)
_TECH_USE = wordset("""
technology technologies networks player players systems standard standards protocol protocols
port ports connection connections connectivity capability capabilities chipset chipsets format
formats files number sample samples evidence address addresses code codes
""")


def technology_in(texts: list[str], acronym: str) -> bool:
    """Whether one of the story's ``texts`` uses ``acronym`` as a technology: before a
    :data:`_TECH_USE` noun ("P2P technology") or after a verb of use ("via GPRS"). A name a
    story uses so, and otherwise only bare ("P2P is"), is no body (:func:`.collect.resolve`);
    not a maker before its product ("ESPN games", "RCA tapes", "Calero's FDN")."""
    pattern = re.compile(rf"(?:\b(\w+)[ \t]+)?\b{re.escape(acronym)}(?:[ \t]+(\w+))?")
    return any(m.group(1) in _USED_BEFORE or (m.group(2) or "").lower() in _TECH_USE
               for text in texts for m in pattern.finditer(text))
# Words after "a"/"an" and an acronym that leave the acronym a countable noun: "an SMS or an
# e-mail" (a body's name after "a" qualifies a noun: "a BBC spokesman").
_BARE_NOUN_NEXT = wordset("to with in on for that which is was will can from at as but")
_POSSESSIVE_OWNER = re.compile(r"([A-Z][\w-]*)['’]s[ \t]$")


def used_as_noun(run: Run, i: int, j: int, before: str, sep: str, nxt: str) -> bool:
    """Whether one word (word ``i`` of ``run``, ``j = i + 1``) is used here as a common noun,
    an award, a product or a format, not a body's name: with an article and no noun after it
    ("won an Oscar for", "send an SMS, ...") or as an award in a compound ("Oscar-winning",
    "Bafta-nominated"); an acronym in capitals also before a :data:`TECH_NEXT` noun ("USB
    ports"), bare after a verb of use ("using SMS to", "via GPRS.") or owned by a firm
    ("Sony's PSP is"; not "Britain's FSA"). ``before``: the folded word before the run;
    ``sep``, ``nxt``: the separator and folded word after."""
    end = run.spans[i][1]
    text = run.text
    caps = run.words[i].isupper()
    if text[end:end + 1] == "-":
        # "TMI-2", "CF6-80C2": an acronym joined to a number is a model's name.
        return (sep == "-" and nxt in _AWARD_HYPHEN) or (caps and text[end + 1:end + 2].isdigit())
    if text[end:end + 1] == " " and text[end + 1:end + 2].isdigit() \
            and _part_word(run.words[i].lower()) and _NUMBERED.match(text, end):
        return True  # "Chapter 11 protection", "Article 5.": a numbered part, no body
    if caps and text[end:end + 1] == " " and nxt in TECH_NEXT and text[end + 1:end + 2].islower():
        return True
    if i != 0 or j != len(run.words) or not (
            before in ARTICLES or (caps and (before in _USED_BEFORE or before == "s"))):
        return False  # (``before`` of "Sony's PSP" is the possessive's "s")
    # Bare: a stop or a closing bracket after it, a comma and a lower-case word (not "a
    # Cargill, Inc. analyst"), or a word that takes no noun.
    after = text[end:end + 1]
    if not (after in ".;:)?!" or (after == "," and text[end + 2:end + 3].islower())
            or (after == " " and nxt in _BARE_NOUN_NEXT and text[end + 1:end + 2].islower())):
        return False
    if before != "s":
        return True
    start = run.start
    m = _POSSESSIVE_OWNER.search(text, max(0, start - 30), start)
    return m is not None and not is_place(m.group(1)) \
        and key_of(m.group(1)) not in MONTHS_AND_DAYS and not is_demonym(key_of(m.group(1)))


# Parts of a text or a law that take a number, some too rare in lower case in wire copy to be
# in the common words ("Chapter 11 protection", "paragraph 3 of").
_TEXT_PARTS = wordset("chapter paragraph article section clause part title schedule amendment")


def _part_word(word: str) -> bool:
    """Whether ``word`` before a number names a numbered part, not a body: a common word or
    one of :data:`_TEXT_PARTS`."""
    return word in COMMON_WORDS or word in _TEXT_PARTS


# Compounds of an award's name ("Oscar-winning", "Emmy-nominated"), and of a platform's, where
# a town the gazetteer knows is read as a place before this ("Linux-based", "SCSI-based").
_AWARD_HYPHEN = frozenset({"winning", "nominated", "based"})
# A number after a word, then a lower-case word or a stop: not a score ("Wasps 20 Leicester").
_NUMBERED = re.compile(r" \d+(?:[.,;:)]|[ \t]+[a-z])")


# Last words of an event's name that its acronym stands for ("Consumer Electronics Show",
# "CES"): shows, fairs and awards besides the sports events of :data:`.teams.EVENT_TAILS`.
# Not "games" nor "conference": firms and bodies end so ("Argonaut Games", "Southern
# Christian Leadership Conference").
_EVENT_ENDS = (EVENT_TAILS | wordset("show shows expo exhibition fair awards summit week")) \
    - wordset("games")
# The words by their initial, capitalised: the acronym's last letter says which to look for.
_EVENT_CAPS = {c: tuple(w.capitalize() for w in sorted(_EVENT_ENDS) if w[0].upper() == c)
               for c in {w[0].upper() for w in _EVENT_ENDS}}
_LINKS = r"(?:(?:of|on|the|for|and|de|&)[ \t\n]+)*"


def _spelt_event(acronym: str) -> re.Pattern[str]:
    """The capitalised words an event's acronym shortens, its last an event's word ("CES":
    "Consumer Electronics Show"; "AFM": "American Film Market" is none)."""
    words = "".join(rf"{c}[\w'’-]*[ \t\n]+{_LINKS}" for c in acronym[:-1])
    return re.compile(rf"\b{words}(?:{'|'.join(_EVENT_CAPS[acronym[-1]])})\b")


_event_pattern = Memo(_spelt_event, 5_000).get_key


def event_acronym(run: Run) -> bool:
    """Whether the one-word acronym ``run`` (capitals, three letters or more) shortens an
    event's name the story spells out anywhere ("the Consumer Electronics Show ... the CES
    trade show"): a show, a fair or a contest is no body, and neither is its acronym."""
    acronym, text = run.words[0], run.text
    ends = _EVENT_CAPS.get(acronym[-1])
    # (Most stories hold none of the event's words that the last letter allows: a few
    # substring tests, then no search.)
    return ends is not None and any(map(text.__contains__, ends)) and acronym.isalpha() \
        and acronym.isascii() and _event_pattern(acronym).search(text) is not None


# A technology's or a product's noun, then a verb of naming and one capitalised word: that
# word names the thing ("a technology known as Janus", "accounting standards called IFRS",
# "a new file-swapping system dubbed Exeem"); not "a network called NBC", a body's.
_THING_NOUN = (r"\b(?:technolog(?:y|ies)|formats?|standards?|systems?|software|programs?|"
               r"protocols?|browsers?|games?|consoles?|devices?)")
_NAMING = (r"(?:called|known[ \t\n]+as|dubbed)[ \t\n]+[\"'‘“]?([A-Z][\w-]*)"
           r"(?![\w-]|[ \t\n]+[A-Z])")
_NAMED_THING = re.compile(rf"{_THING_NOUN}[ \t\n]+{_NAMING}")
# The search itself starts at the verbs, which str.find finds (most stories have none): an
# expression that opens with a word boundary is tried at every character of a story (some
# 270 machine instructions a character, in every story that holds "called" or "known").
# The noun is then read back from the verb.
_VERBS = ("called", "known", "dubbed")
_NAMING_AT = re.compile(_NAMING)
_NOUN_ENDS = re.compile(rf"{_THING_NOUN}\Z")
_LONGEST_NOUN = len("technologies")
_BLANKS = frozenset(" \t\n")


def named_things(texts: list[str]) -> set[str]:
    """Keys of one-word names the story's ``texts`` give as a technology's or a product's
    (:data:`_NAMED_THING`): no bodies, wherever they stand."""
    return {key_of(name) for text in texts if "called" in text or "known" in text
            or "dubbed" in text for name in _named_in(text)}


def _named_in(text: str) -> list[str]:
    """The names :data:`_NAMED_THING` finds in ``text``, as its ``finditer`` would find them:
    at each verb with its name, where a noun and blanks end right before the verb and that
    noun starts after the last match (matches never overlap; nor does a verb with its name
    start inside another's right after blanks)."""
    verbs = []
    for verb in _VERBS:
        at = text.find(verb)
        while at >= 0:
            verbs.append(at)
            at = text.find(verb, at + 1)
    found: list[str] = []
    last = 0  # where the last match ended
    for verb in sorted(verbs) if verbs else ():
        m = _NAMING_AT.match(text, verb)
        if m is None:
            continue
        blank = verb
        while blank and text[blank - 1] in _BLANKS:
            blank -= 1
        if blank < verb and _NOUN_ENDS.search(text, max(last, blank - _LONGEST_NOUN), blank):
            found.append(m.group(1))
            last = m.end()
    return found


# A share index's name in capitals before its noun, a number of stocks between ("the AEX
# index", "the FTSE 100 index", "the TOPIX index of all first-section issues").
_INDEX_AFTER = re.compile(r"(?:[ \t]+\d{2,4})?(?:[ \t]+(?:share|stock|composite))?[ \t]+"
                          r"(?:index|indices|average)\b")
# Second characters after an acronym that open no such noun: every ASCII one but a blank, a
# digit and the nouns' first letters, and none at all (callers skip the match on one look-up).
NO_INDEX_SECOND = frozenset(map(chr, range(128))).union([""]).difference(" \t0123456789scia")


def index_name(text: str, end: int) -> bool:
    """Whether the acronym ending at ``end`` of ``text`` names a share index (see
    :data:`_INDEX_AFTER`): an index, not the body that compiles it."""
    return _INDEX_AFTER.match(text, end) is not None

