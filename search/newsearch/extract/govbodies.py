"""The name a government body is filed under, job titles that name no body, and bodies named
by one word alone ("the Treasury", "the Commons").

A country or a nationality written before a ministry's name says whose ministry it is; it is
not part of the name ("the U.S. Agriculture Department", "the French Finance Ministry" name
the Agriculture Department and the Finance Ministry, as the same story names them later). A
holder's title left without its holder ("the Treasury Secretary said", "an Oil Minister") is
no body at all, and a title before "of" is not part of the body's name ("Deputy Director of
Commodity Operations Division"). :meth:`.collect.Collector.add` files every body's vote
through :func:`body_name`.
"""

from __future__ import annotations

import re

from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .known import is_country, is_demonym
from .memo import Memo
from .names import PORTFOLIOS
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


# Holders whose "of" names the body they run ("Chairman of General Motors"), and the ranks
# before them ("Deputy General Manager of Sumitomo Bank"); a minister's or a secretary's "of"
# names a portfolio, no body ("Minister of Energy", "Secretary of State").
_RUNS = wordset("director manager chairman chairwoman president head executive governor")
_PORTFOLIO = wordset("minister secretary undersecretary commissioner chancellor")
_RANKS = wordset("deputy assistant associate vice general executive managing senior chief "
                 "acting first")


def _holder_of(words: list[str], keys: list[str]) -> str | None:
    """The body after a holder's title and "of" in ``words`` ("Deputy Director of Commodity
    Operations Division" -> "Commodity Operations Division"), "" for a portfolio ("Minister
    of Energy"), None when no title opens the name."""
    k = keys.index("of") if "of" in keys[1:4] else 0
    if not k or not (keys[k - 1] in _RUNS or keys[k - 1] in _PORTFOLIO) \
            or not _RANKS.issuperset(keys[:k - 1]) or not words[0][:1].isupper():
        return None
    rest = words[k + 1 + (keys[k + 1:k + 2] == ["the"]):]
    if keys[k - 1] in _PORTFOLIO or not rest or (
            len(rest) == 1 and word_key(rest[0]) in COMMON_WORDS):
        return ""  # ("Director of Energy": a field, not a body)
    return " ".join(rest)


def _body_name(surface: str) -> str:
    """:func:`body_name` without the memo."""
    # (fold() is lower() on ASCII: the words' keys without a word_key miss for each new one.)
    keys = surface.lower().split() if surface.isascii() else list(map(word_key, surface.split()))
    if keys[-1] in _HOLDERS:
        if "of" not in keys and "for" not in keys:
            return ""
    elif _AGENCY_HEADS.isdisjoint(keys) and "of" not in keys:
        # Most names (nearly every new one): no holder's title and no body's head, so nothing
        # below applies ("of" opens _holder_of's reading; every head is in _AGENCY_HEADS).
        return surface
    words = surface.split()
    held = _holder_of(words, keys)
    if held is not None:
        return held
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


# Read by get() and a miss stored by body_name, as scan._parse is (most names are met once:
# the memo's own miss would call __missing__ from C, some 1,100 instructions more).
_NAMES = Memo(_body_name, 20_000)
_names_get = _NAMES.get
# "and" and one to three capitalised words before a portfolio's holder: the words before
# "and" are the first half of the portfolio ("International Trade and Industry Minister").
_PORTFOLIO_AFTER = re.compile(r"[ \t]+and[ \t\n]+(?:[A-Z][\w-]*[ \t\n]+){1,3}"
                              r"(?:Minister|Ministers|Secretary|Secretaries|Commissioner)\b")


def portfolio_follows(text: str, end: int, keys: list[str]) -> bool:
    """Whether a name of folded ``keys`` ending at ``end`` of ``text`` is the first half of a
    holder's portfolio ("Energy" in "Venezuelan Energy and Mines Minister"): no body is
    named. The name is a portfolio's field, a nationality or an adjective at most before it:
    a person's name before "and" is none ("Reagan and Treasury Secretary James Baker"), and a
    longer name may be a body's before the field ("European Community Economy and Finance
    Ministers")."""
    return len(keys) <= 2 and keys[-1] in PORTFOLIOS \
        and _PORTFOLIO_AFTER.match(text, end) is not None


def body_name(surface: str) -> str:
    """The name an organisation vote for ``surface`` is filed under: without a country or a
    nationality before a government body's name ("U.S. Agriculture Department" ->
    "Agriculture Department"); "" for a holder's title ("Treasury Secretary")."""
    if " " not in surface:
        return surface
    name = _names_get(surface)
    if name is None:
        name = _NAMES[surface] = _body_name(surface)
    return name


# Bodies of a state that one word names alone: "the Treasury has announced", "passes through
# the Commons" (both word lists leave a lone organisation word unread: "the Company said").
LONE_BODIES = wordset("treasury commons")
# Nouns after "Treasury" that make it a kind of security, no body ("Treasury bills").
_INSTRUMENTS = wordset("bill bills bond bonds note notes securities security paper papers yield "
                       "yields issue issues refunding auction auctions stock stocks market "
                       "markets debt futures tap index rate rates loan loans gilt gilts coupon "
                       "coupons certificates strips")


def lone_body(word: str, before: str, sep: str, nxt: str, after: str) -> bool:
    """Whether a one-word name (folded ``word``, in :data:`LONE_BODIES`) names its body here:
    the House of Commons whenever it stands alone ("the Commons", "a Commons vote"); the
    Treasury after "the" unless a security's noun or a number follows ("the Treasury said",
    not "the Treasury bill rate", "the Treasury 13-1/2 pct stock"). ``before``: the word
    before it; ``sep``, ``nxt``: what follows it (see :func:`.orgs.word_after`); ``after``:
    the characters right after it."""
    if word == "commons":
        return True
    return before == "the" and sep in (" ", "'s", "’s", ", ", "") \
        and not (sep == " " and nxt in _INSTRUMENTS) and not after[1:2].isdigit()
