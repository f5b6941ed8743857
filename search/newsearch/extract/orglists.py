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
from .known import is_demonym, is_place
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


def listed_after_plural(run: Run) -> bool:
    """Whether the run stands in a list of names after a plural organisation noun (callers
    first test that the word before it is one of :data:`LIST_WORDS`, or a comma).

    Walks back over the words before the run (earlier names of the list, commas, "and"), an
    optional "such as"/"including"/"are", to the noun: a few string operations, no regular
    expression search over the window.
    """
    start = run.start
    if _NAME_GOES_ON.match(run.text, run.end):
        return False  # "War" of "War on Want": the name goes on after a lower-case word
    window = run.text[max(0, start - 100):start]
    if "\n\n" in window:
        window = window[window.rfind("\n\n"):]
    tokens = window.replace(",", " , ").split()
    k = len(tokens) - 1
    while k >= 0 and (tokens[k] in _SEPARATORS or tokens[k][0].isupper()
                      or tokens[k][0].isdigit()):
        k -= 1
    loose = "the" in tokens[k + 1:]  # ("Queens of the Stone Age, The Killers")
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
    # Read so loosely, the name must end where an item does ("Heathrow anti-noise
    # campaigners" is no item).
    noun = tokens[k].lower() if k >= 0 else ""
    return noun in PLURAL_BODIES and (
        not loose or run.end >= len(run.text) or run.text.startswith(_ITEM_ENDS, run.end)) \
        and not (noun in _MIXED_NOUNS and run.keys[0] != "the" and run.keys[0] in first_names())


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
    k = 0
    n = len(run_list)
    while k < n:
        run = run_list[k]
        if run.after != ",":  # a list of three opens with a comma
            k += 1
            continue
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
                out.extend((pos, kind) for pos in range(k, end + 1)
                           if _one_word(run_list[pos])
                           and kind_of(run_list[pos].keys[0]) is None
                           and _may_be_named(run_list[pos]))
        k = end + 1
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
