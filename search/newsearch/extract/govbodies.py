"""The name a government body is filed under, and job titles that name no body.

A country or a nationality written before a ministry's name says whose ministry it is; it is
not part of the name ("the U.S. Agriculture Department", "the French Finance Ministry" name
the Agriculture Department and the Finance Ministry, as the same story names them later). A
holder's title left without its holder ("the Treasury Secretary said", "an Oil Minister") is
no body at all. :meth:`.collect.Collector.add` files every body's vote through
:func:`body_name`.
"""

from __future__ import annotations

from .data import wordset
from .known import is_country, is_demonym
from .memo import Memo
from .scan import word_key

# The heads of a government body's name that any country or nationality may precede.
_HEADS = wordset("ministry department treasury")
# Heads of a federal agency's name: only the United States' and Britain's abbreviations
# before them are read as the country (nationalities open real names: "Saudi Press Agency",
# "European Commission").
_AGENCY_HEADS = _HEADS | wordset("commission agency administration office")
_ABBREVIATED = wordset("u.s. us u.k. uk")
# The last word of a holder's title ("Treasury Secretary"): a body's name never ends so
# unless "of" opens its field ("Office of the Deputy Prime Minister").
_HOLDERS = wordset("secretary minister chairman chairwoman governor president spokesman "
                   "spokeswoman spokesperson commissioner chancellor undersecretary premier "
                   "ambassador envoy")


def _body_name(surface: str) -> str:
    """:func:`body_name` without the memo."""
    words = surface.split()
    keys = [word_key(w) for w in words]
    if keys[-1] in _HOLDERS and "of" not in keys and "for" not in keys:
        return ""
    for n in (2, 1):  # "West German Finance Ministry", "U.S. Agriculture Department"
        if len(words) - n < 1:
            continue
        lead = " ".join(words[:n])
        abbreviated = n == 1 and keys[0] in _ABBREVIATED
        heads = _AGENCY_HEADS if abbreviated else _HEADS
        rest = keys[n:]
        if heads.isdisjoint(rest) or (len(rest) == 1 and rest[0] != "treasury"):
            continue  # ("U.S. Department": no name left)
        if abbreviated or is_country(lead) or is_demonym(" ".join(keys[:n])):
            return " ".join(words[n:])
    return surface


_MEMO = Memo(_body_name, 20_000).get_key


def body_name(surface: str) -> str:
    """The name an organisation vote for ``surface`` is filed under: without a country or a
    nationality before a government body's name ("U.S. Agriculture Department" ->
    "Agriculture Department"); "" for a holder's title ("Treasury Secretary")."""
    return _MEMO(surface) if " " in surface else surface
