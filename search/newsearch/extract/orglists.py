"""Lists of names: the items of one list are the same kind of thing.

Names listed after a plural noun for organisations: "companies such as Google", "budget
carriers Kingfisher Airlines and SpiceJet", "competitors including Air Deccan and Air Sahara".

The noun says what every name of the list is, however little the names say themselves (a band
or a firm named once, with no suffix). :mod:`.orgs` asks :func:`listed_after_plural` of runs
its stronger cues left unclassified; a person's name in such a list keeps its first-name or
title votes, which outweigh this one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import MONTHS_AND_DAYS
from .known import is_demonym, is_place, is_town
from .names import FIRM_SUFFIXES, ORG_WORDS, REGIONS, TITLE_WORDS, first_names
from .scan import Run, key_of

# Plural nouns that only organisations fill (not "players", "singers", "leaders").
PLURAL_BODIES = wordset("""
companies firms groups bands carriers airlines banks clubs teams rivals competitors retailers
broadcasters charities unions newspapers networks operators brands labels makers manufacturers
insurers lenders studios publishers websites agencies parties supermarkets chains suppliers
providers giants organisations organizations headliners consultants acts performers
""")
# Nouns whose lists mix bands with solo performers ("acts such as Keane and Lulu"): an item
# opening with a given name is a person there, whatever its list.
_MIXED_NOUNS = frozenset({"acts", "performers"})
# Words that may stand right before a listed name (the cheap first test).
LIST_WORDS = frozenset({"as", "including", "like", "and", "or", "are", "were", "include"}) \
    | PLURAL_BODIES
# Between the noun and the list: "companies such as X", "brands are X and Y".
_INTRODUCERS = frozenset({"including", "like", "are", "were", "include"})
# Between names of a list, and inside them ("Queens of the Stone Age, The Killers").
_SEPARATORS = frozenset({",", "and", "or", "&", "of", "the"})
_NAME_GOES_ON = re.compile(r"[ \t]+(?:on|sans|de|du|des|la|le|del|di|von|van|for|in|of|the|at)"
                           r"[ \t]+[A-Z]")
_ITEM_ENDS = (",", ".", ";", ":", ")", " and ", " or ", " & ", "\n")
# Introducers that may follow the noun after a comma, as an aside naming examples.
_ASIDES = frozenset({"including", "like"})
_SUBJECT_WORDS = 5  # lower-case words between the subject's noun and "include"
# Where the walk back goes on past the first word that is no name's: to the noun before it.
_READ_ON = _INTRODUCERS | {"as"}
_LAST_TOKENS = 6  # (the last words of the window, split first)


def listed_after_plural(run: Run) -> bool:
    """Whether the run stands in a list of names after a plural organisation noun (callers
    first test that the word before it is one of :data:`LIST_WORDS`, or a comma).

    Walks back over the words before the run (earlier names of the list, commas, "and"), an
    optional "such as"/"including"/"are", to the noun: a few string operations, no regular
    expression search over the window.
    """
    start = run.start
    window = run.text[start - 100 if start > 100 else 0:start]
    if "\n\n" in window:
        window = window[window.rfind("\n\n"):]
    spaced = window.replace(",", " , ")
    # The walk below stops within three tokens in most calls, at a word that neither opens
    # "such as", an aside or a clause, nor is the noun: the last _LAST_TOKENS tokens settle
    # those (tokens[0] is the window's rest, unsplit), without splitting the whole window.
    tokens = spaced.rsplit(None, _LAST_TOKENS)
    if len(tokens) > _LAST_TOKENS:
        k = _LAST_TOKENS
        while k and (tokens[k] in _SEPARATORS or tokens[k][0].isupper()
                     or tokens[k][0].isdigit()):
            k -= 1
        if k and tokens[k] not in _READ_ON and tokens[k].lower() not in PLURAL_BODIES:
            return False
        tokens = spaced.split()
    k = len(tokens) - 1
    while k >= 0 and (tokens[k] in _SEPARATORS or tokens[k][0].isupper()
                      or tokens[k][0].isdigit()):
        k -= 1
    walked = k  # (the names after it may hold "the", read below)
    loose = False
    if k >= 1 and tokens[k] == "as" and tokens[k - 1] == "such":
        k -= 2
        if k >= 1 and tokens[k] == ",":  # "old rivals, such as Yahoo and Microsoft"
            k -= 1
    elif k >= 1 and tokens[k] in _ASIDES and tokens[k - 1] == ",":
        k -= 2  # "big companies, like Apple and Microsoft", "US carriers, including United"
    elif k >= 0 and tokens[k] in _INTRODUCERS:
        # The noun may head a longer subject: "Other bands at the sold-out festival include"
        # (a clause's own words only: no comma or capitalised name between).
        stop = max(-1, k - 1 - _SUBJECT_WORDS)
        k -= 1
        while k > stop and tokens[k].lower() not in PLURAL_BODIES and tokens[k].islower():
            k -= 1
            loose = True
    noun = tokens[k].lower() if k >= 0 else ""
    # (The tests below only once a noun is found: most calls find none.)
    if noun not in PLURAL_BODIES or _NAME_GOES_ON.match(run.text, run.end):
        return False  # ("War" of "War on Want": the name goes on after a lower-case word)
    # Read so loosely, the name must end where an item does ("Heathrow anti-noise
    # campaigners" is no item).
    loose = loose or "the" in tokens[walked + 1:]  # ("Queens of the Stone Age, The Killers")
    return (not loose or run.end >= len(run.text) or run.text.startswith(_ITEM_ENDS, run.end)) \
        and not (noun in _MIXED_NOUNS and run.keys[0] != "the" and run.keys[0] in first_names())


# What joins a list to a plural organisation noun after it: "Boeing and other companies", "O2
# and Vodafone are among the operators", "Hitachi is one of the companies".
_COPULAS = frozenset({"are", "were", "is", "was"})
# What follows a run whose list or verb goes on (callers of listed_before_plural may test it
# first: most runs fail it, and the test costs less than the call).
LIST_GOES_ON = (",", " and ", " or ", " are ", " were ", " is ", " was ")


def listed_before_plural(run: Run) -> bool:
    """Whether the run opens or stands in a list of names that a plural organisation noun
    follows: "CD Universe, Powergen and many other companies", "Green Day, the Foo Fighters
    and Keane are among the acts", "Hitachi is one of the companies" (callers test that the
    run ends its name). Walks on over the list's names, commas and "and" to the first other
    word, as :func:`listed_after_plural` walks back."""
    text, end = run.text, run.end
    if not text.startswith(LIST_GOES_ON, end) or (
            len(run.keys) == 1 and run.keys[0] in COMMON_WORDS):  # ("They are one")
        return False  # the list or its verb goes on right after, from no common word alone
    # A closer within the window the tokens come from (three searches of 120 characters:
    # cheaper than searching each new text whole, as most texts are new to this call).
    window = text[end:end + 120]
    if " other " not in window and " among the " not in window \
            and " one of the " not in window:
        return False
    tokens = window.replace(",", " , ").replace(".", " . ").split()
    k = 0
    while k < len(tokens) and (tokens[k] in _SEPARATORS or tokens[k][0].isupper()):
        k += 1
    toks = tokens[k:k + 6] + ["", "", "", "", "", ""]
    if k and tokens[k - 1] in ("and", "or") and (toks[0] == "other" or toks[1] == "other"):
        nouns = toks[1:3] if toks[0] == "other" else toks[2:4]  # ("and many other firms")
    elif toks[0] in _COPULAS and toks[1:3] == ["among", "the"]:
        nouns = toks[3:5]
    elif toks[0] in _COPULAS and toks[1:4] == ["one", "of", "the"]:
        nouns = toks[4:6]
    else:
        return False
    # The noun, or an adjective and the noun ("other favoured companies", "the headline acts").
    noun = nouns[0] if nouns[0] in PLURAL_BODIES or not nouns[0].islower() else nouns[1]
    return noun in PLURAL_BODIES and not (
        noun in _MIXED_NOUNS and run.keys[0] != "the" and run.keys[0] in first_names())


def listed_town(run: Run, j: int) -> bool:
    """Whether a town's name, the whole run (``j``: the end of the name's words), stands in a
    list before or after a plural organisation noun ("companies such as Nokia, Intel and
    Philips", "Toyota and other carmakers"): a firm or a club named as its town is, and the
    noun says which (no list of :data:`PLURAL_BODIES` holds towns)."""
    if j != len(run.words):
        return False
    before = run.prev_word()
    return ((before in LIST_WORDS or run.text[run.start - 2:run.start] == ", ")
            and listed_after_plural(run)) or listed_before_plural(run)


# What stands between two items of one list: "Ciba, Sandoz and Roche", "Essex, Derbyshire and
# Surrey". (Tokenised copy, "Essex , Derbyshire", is glued back before extraction.)
LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or "})


def coordinated(run_list: list[Run], kind_of: Callable[[str], str | None],
                ) -> list[tuple[int, str]]:
    """One-word names listed beside people or bodies and saying nothing themselves, with the
    kind their list gives them: "Shares in Ciba, Sandoz and Roche rose" (Ciba a body by
    "shares in"). ``kind_of(key)`` is "person", "org" or None (no votes yet). Only lists
    joined by commas and a last "and"/"or"; a list of one-word names gives either kind, one
    with longer names or acronyms ("LG Electronics, Lenovo and Sendo") only a body's; a list
    whose named items disagree gives nothing; places, common words, months and titles are
    never given a kind."""
    out: list[tuple[int, str]] = []
    n = len(run_list)
    # A list of three opens with a comma: the runs a comma follows, found in C (list.index)
    # instead of a look at every run in Python. (The comprehension reads an attribute for
    # less than map() with an attrgetter does.)
    afters = [run.after for run in run_list]
    afters.append(",")  # (the last comma stands past the end: a stop)
    k = afters.index(",")
    while k < n:
        end = k
        while end + 1 < n and run_list[end + 1].text is run_list[end].text \
                and run_list[end].text[run_list[end].end:run_list[end + 1].start] in LIST_GAPS:
            end += 1
        items = run_list[k:end + 1]
        if end > k and _list_shape(items):
            plain = all(map(_one_word, items))
            kinds = {kind_of(run.keys[0] if len(run.keys) == 1 else key_of(run.surface()))
                     for run in items}
            kinds.discard(None)
            # Beside a firm's longer name or acronym ("Nokia, LG Electronics, Lenovo and
            # Siemens", "Intel, Apple, and IBM") a list gives bodies only: people's lists
            # ("Tony Blair, Brown and Prescott") are left to the surnames' own votes.
            if len(kinds) == 1 and (plain or ("org" in kinds and _one_list(items))):
                kind = kinds.pop()
                # A town's name among bodies is one more firm or club ("BMW, General Motors,
                # Toyota and Volkswagen"); a list of people holds no town.
                out.extend((pos, kind) for pos in range(k, end + 1)
                           if _one_word(run_list[pos])
                           and kind_of(run_list[pos].keys[0]) is None
                           and (_may_be_named(run_list[pos]) or (
                               kind == "org" and _firm_town(run_list[pos])
                               and not any(map(_place_item, items)))))
        k = afters.index(",", end + 1)
    return out


def _one_list(items: list[Run]) -> bool:
    """Whether names of several words stand in one list of their own: commas up to a last
    "and", not two lists or partners joined ("Liggett Group and Brown and Williamson",
    "Piper, Jaffray and Hopwood Inc"), nor the parts of one name ("Minister of Energy,
    Chemical and Petro-Chemical Industries", "Budget Rent a Car, Hilton Hotels and ...")."""
    first, last = items[0], items[-1]
    return not first.text.endswith(("of ", "and ", "& "), 0, first.start) \
        and not last.text.startswith((" and ", " & ", " Inc", " Co"), last.end) \
        and all(run.text[run.end:nxt.start] in (", ", ",\n")
                for run, nxt in zip(items[:-2], items[1:-1], strict=True)) \
        and all(w[0].isupper() for run in items for w in run.words)


def _one_word(run: Run) -> bool:
    """A capitalised one-word name in mixed-case text ("Lenovo", not "IBM" or "LG Electronics")."""
    return len(run.words) == 1 and not run.caps and run.words[0][1:].islower()


def _list_shape(items: list[Run]) -> bool:
    """Three or more names joined by commas and a last "and" or "or" (two joined by "and"
    are as often one firm: "Duff and Phelps"), not a firm's partners ("Sears, Roebuck and
    Co"), none in a capitals headline."""
    last_gap = items[-2].text[items[-2].end:items[-1].start]
    return len(items) >= 3 and last_gap.endswith(("and ", "or ")) \
        and items[-1].keys[-1] not in FIRM_SUFFIXES and not any(run.caps for run in items)


def _may_be_named(run: Run) -> bool:
    key = run.keys[0]
    return key not in COMMON_WORDS and key not in TITLE_WORDS and key not in MONTHS_AND_DAYS \
        and key not in ORG_WORDS and key not in REGIONS and key[-1] != "s" \
        and not is_place(run.words[0]) and not is_demonym(key)


def _place_item(run: Run) -> bool:
    """Whether a list's item says the list names places or a place's bodies: a region, state
    or country ("Bluffton, Ohio, and Triplett"), or a longer name a place opens ("Windsor,
    Slough, Eton and Hounslow AC", "Boston, London and Tokyo Marathons")."""
    word = run.words[0]
    if len(run.words) > 1:
        return is_place(word) or is_town(word)  # ("Middlesex AC": a small region's club)
    return is_place(word) and not is_town(word)


def _firm_town(run: Run) -> bool:
    """Whether a one-word item is a town's name that may name a firm or a club too: not a
    country, region or adjective ("BMW, Fiat and Germany"), nor a common word."""
    key = run.keys[0]
    return key not in COMMON_WORDS and key not in REGIONS and key[-1] != "s" \
        and is_town(run.words[0]) and not is_demonym(key)
