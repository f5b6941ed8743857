"""Names listed after a plural noun for organisations: "companies such as Google", "budget
carriers Kingfisher Airlines and SpiceJet", "competitors including Air Deccan and Air Sahara".

The noun says what every name of the list is, however little the names say themselves (a band
or a firm named once, with no suffix). :mod:`.orgs` asks :func:`listed_after_plural` of runs
its stronger cues left unclassified; a person's name in such a list keeps its first-name or
title votes, which outweigh this one.
"""

from __future__ import annotations

from .data import wordset
from .scan import Run

# Plural nouns that only organisations fill (not "players", "singers", "leaders").
PLURAL_BODIES = wordset("""
companies firms groups bands carriers airlines banks clubs teams rivals competitors retailers
broadcasters charities unions newspapers networks operators brands labels makers manufacturers
insurers lenders studios publishers websites agencies parties supermarkets chains suppliers
providers giants organisations organizations
""")
# Words that may stand right before a listed name (the cheap first test).
LIST_WORDS = frozenset({"as", "including", "like", "and", "or", "are", "were", "include"}) \
    | PLURAL_BODIES
# Between the noun and the list: "companies such as X", "brands are X and Y".
_INTRODUCERS = frozenset({"including", "like", "are", "were", "include"})
_SEPARATORS = frozenset({",", "and", "or", "&", "of"})


def listed_after_plural(run: Run) -> bool:
    """Whether the run stands in a list of names after a plural organisation noun (callers
    first test that the word before it is one of :data:`LIST_WORDS`, or a comma).

    Walks back over the words before the run (earlier names of the list, commas, "and"), an
    optional "such as"/"including"/"are", to the noun: a few string operations, no regular
    expression search over the window.
    """
    start = run.start
    window = run.text[max(0, start - 100):start]
    if "\n\n" in window:
        window = window[window.rfind("\n\n"):]
    tokens = window.replace(",", " , ").split()
    k = len(tokens) - 1
    while k >= 0 and (tokens[k] in _SEPARATORS or tokens[k][0].isupper()
                      or tokens[k][0].isdigit()):
        k -= 1
    if k >= 1 and tokens[k] == "as" and tokens[k - 1] == "such":
        k -= 2
    elif k >= 0 and tokens[k] in _INTRODUCERS:
        k -= 1
    return k >= 0 and tokens[k].lower() in PLURAL_BODIES
