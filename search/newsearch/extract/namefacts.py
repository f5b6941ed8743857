"""What a name alone says, worked out once per surface and remembered.

:func:`.classify.classify` asks these of every stretch of a run before reading its context:
whether the name is a known body's (by acronym or name key), a place, an adjective, a month
or a feast, a newspaper, a region or an event, or holds an organisation or trade word. None
of it depends on the story, so the answer is kept by surface in :data:`NAME_FACTS`.
"""

from __future__ import annotations

from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import MONTHS_AND_DAYS, gazetteer
from .known import continuation_heads, is_demonym, is_place, org_table
from .namecues import month_given
from .names import ORG_WORDS, REGIONS, popular_given_names, site_named
from .orgcues import describes, trade_words
from .orgs import INSTITUTIONS, MORE_ORG_TAILS
from .scan import key_of
from .teams import EVENT_TAILS, EVENT_WORDS, ROW_LABELS
from .units import FOREIGN_UNITS

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_MONTHS_AND_DAYS = MONTHS_AND_DAYS
_ORG_WORDS = ORG_WORDS

# Adjective endings: a single such word before "groups" describes, it does not name.
_ADJECTIVE_ENDINGS = ("ist", "ists", "ian", "ians", "ic", "ish", "ese", "ern")
# What :func:`name_facts` found, by surface: the same names come back in story after story.
NAME_FACTS: dict[str, tuple] = {}


# Feasts and holidays: dates, like the months ("Christmas", "Easter" had counted as bodies).
HOLIDAYS = wordset("christmas easter thanksgiving halloween ramadan eid diwali hanukkah passover "
                   "lent advent hogmanay whitsun pentecost "
                   # weekdays in the plural: a programme's slot ("from BBC One on Fridays")
                   "mondays tuesdays wednesdays thursdays fridays saturdays sundays")


def name_facts(surface: str, words: list[str]) -> tuple:
    """What the actor rules ask of a name alone (``surface``, folded ``words``), remembered in
    :data:`NAME_FACTS`: ``(words as a tuple, canonical by acronym, canonical by name key, name
    key if a longer international body's name may continue it else "", canonical of a body
    heading a longer name, not a name ("FA Cup", "Group C", a region, "Samara Oblast"), one
    organisation word, a place, an adjective, holds an organisation or a trade word (None: ask
    :func:`trade_name`), an institution, holds a month or a day, only describes (see
    :func:`describes`))``. Only strings, bools and None: the garbage collector soon stops
    tracking these tuples, so the memo does not bring on full collections."""
    facts = _one_word_facts(surface, words[0]) if len(words) == 1 else _facts(surface, words)
    if len(NAME_FACTS) >= 50_000:
        NAME_FACTS.clear()  # refills in a few stories; the facts never change
    NAME_FACTS[surface] = facts
    return facts


def _facts(surface: str, words: list[str]) -> tuple:
    """:func:`name_facts` worked out, for a name of any length (one word: see
    :func:`_one_word_facts`, which gives the same)."""
    acronyms, org_names = org_table()
    n = len(words)
    first, last = words[0], words[-1]
    key = key_of(surface)
    # The place test's memo only for a name the gazetteer may hold: its place key is a
    # gazetteer key, and an ASCII surface without a backtick has its name key for place key
    # (any other is asked). Most new names are no place: this spares the place test's memo
    # and the place keys' a miss each, which no other rule would pay for them.
    place = (key in gazetteer().raw or not surface.isascii() or "`" in surface) \
        and is_place(surface)
    one = n == 1
    return (
        tuple(words), acronyms.get(surface), org_names.get(key),
        key if key in continuation_heads() else "",
        # "European Community Commission": a known body heads a longer name.
        (org_names.get(f"{first} {words[1]}") or org_names.get(" ".join(words[:3])))
        if n > 2 else None,
        (first if one else " ".join(words)) in REGIONS or (one and (
            first in ROW_LABELS or first in EVENT_WORDS
            or (first[-1:] == "s" and is_demonym(first[:-1]))))
        or (not one and (last in EVENT_TAILS or last in FOREIGN_UNITS
                         # A place before "Olympic" names the Games held there, before their
                         # winner's title ("Sydney Olympic 100m champion": "Sydney" is a given
                         # name too); "International Olympic committee" opens a body's name.
                         or (last == "olympic" and is_place(surface.rsplit(" ", 1)[0]))))
        or (n == 2 and len(words[1]) == 1 and first in ("group", "class")),
        one and first in ORG_WORDS,
        place,
        one and first.endswith(_ADJECTIVE_ENDINGS),
        # (The paper's first word tested here: most names open otherwise, and need no call.)
        (not _ORG_WORDS.isdisjoint(words) and not site_named(words))
        or (first in _PAPER_HEADS and _newspaper(words)) or trade_words(words),
        one and first in INSTITUTIONS,
        (not _MONTHS_AND_DAYS.isdisjoint(words) and not _month_surname(words)
         and not _newspaper(words) and not month_given(surface, words))
        or (one and first in HOLIDAYS),
        not one and describes(words),
    )


def _one_word_facts(surface: str, word: str) -> tuple:
    """What :func:`_facts` gives for one word (most new names), without the tests that only
    names of several words can pass: no newspaper, trade name or month surname is one word."""
    acronyms, org_names = org_table()
    key = key_of(surface)
    raw = gazetteer().raw
    org_word = word in ORG_WORDS
    return (
        (word,), acronyms.get(surface), org_names.get(key),
        key if key in continuation_heads() else "", None,
        word in REGIONS or word in ROW_LABELS or word in EVENT_WORDS
        # "the Saudis said": a people (a word no gazetteer key is has no reading to look up)
        or (word[-1:] == "s" and word[:-1] in raw and is_demonym(word[:-1])),
        # (as in _facts; the test of both paths keeps them equal)
        org_word, (key in raw or not surface.isascii() or "`" in surface) and is_place(surface),
        word.endswith(_ADJECTIVE_ENDINGS),
        org_word or word in MORE_ORG_TAILS, word in INSTITUTIONS,
        word in MONTHS_AND_DAYS or word in HOLIDAYS, False,
    )


# Newspapers' names: "Daily Telegraph", "Sunday Times", "Evening Standard".
_PAPER_HEADS = frozenset({"daily", "sunday", "evening", "morning", "weekly"})
_PAPER_TAILS = wordset("telegraph mail express mirror star record standard observer "
                       "independent guardian sun times post herald news chronicle")


def _newspaper(words: list[str]) -> bool:
    """Whether a name of two or three words is a newspaper's ("Daily Telegraph", "Sunday
    Times"): its first word the day or time it comes out, its last a paper's name."""
    return 2 <= len(words) <= 3 and words[0] in _PAPER_HEADS and words[-1] in _PAPER_TAILS


def _month_surname(words: list[str]) -> bool:
    """Whether a month closes a name after a popular given name: a surname ("Theresa May",
    "Brian May"), not a date ("Friday May") or a phrase ("German March", "Long March")."""
    return len(words) == 2 and words[1] in ("may", "march") \
        and words[0] in popular_given_names() and words[0] not in MONTHS_AND_DAYS \
        and words[0] not in COMMON_WORDS and not is_demonym(words[0])  # "Long March", "German"
