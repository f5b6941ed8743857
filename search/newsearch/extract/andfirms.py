"""Firms named after two partners joined by "and": "Phillips and Drew", "Coopers and Lybrand",
"Hambrecht and Quist".

Two capitalised words joined by "and" are as often two people ("Reagan and Gorbachev") or two
places ("Greece and Turkey"); where they stand tells the firm: after a person's affiliation
("an analyst at Phillips and Drew", "Martin, of Phillips and Drew,", "a partner with
Hambrecht and Quist"), after a firm's own noun ("stockbrokers Phillips and Drew", "the law
firm Butler and Binion"), or before "said it" (two people say "they"); one mention so placed
names the pair as one firm in all its mentions. A person works for one employer, so the pair
is one name there. "Merrill Lynch and Co"-style partners (:data:`.names.PARTNERS`) are read
elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .data.common_words import WORDS as COMMON_WORDS
from .known import is_big_place
from .names import popular_given_names
from .scan import Run, word_key

# What may stand right before the pair: one person's role and its preposition (not a plural:
# "dealers at Creditanstalt and Girozentrale" work for two banks), a surname and ", of", or a
# firm's noun (British copy calls one firm "stockbrokers").
_BEFORE = re.compile(
    r"(?:\b(?:analyst|economist|strategist|dealer|trader|partner|director|chairman|president|"
    r"officer|executive|spokes(?:man|woman)|lawyer|attorney|manager|head|chief|"
    r"vice-president|broker)\s+(?:at|of|with|for)"
    r"|\b[A-Z][a-z]+,\s+of"
    r"|\b(?:stock)?brokers?|\bbrokerage(?:\s+house)?|\blaw\s+firm|\baccountants|\bauditors"
    r"|\bconsultants|\bconsultancy|\bpublishers?)"
    r"[ \t]*\n?[ \t]*(?:the[ \t]+)?$")
# The second partner, then a stop, a comma, a bracket or a verb of speech: not a list going on.
_PARTNER = re.compile(r"[ \t]+(?:and|&)[ \t]*\n?[ \t]*([A-Z][a-z]+)"
                      r"(?=[,.;:)]|[ \t]*\n?[ \t]*(?:said|says|in|to|on|for)\b|[ \t]*$)")
_SAID_IT = re.compile(r"[ \t]*\n?[ \t]*said[ \t]*\n?[ \t]*it\b")
# "and" and the second partner after another mention of the first ("Johnson and Johnson"
# again): one expression for every pair, where one per pair cost a compilation (some 700,000
# machine instructions) the first time a pair was met, as in every story indexed.
_AND_PARTNER = re.compile(r"[ \t]*\n?[ \t]*(?:and|&)[ \t]*\n?[ \t]*([A-Z][a-z]+)\b")
_LOOK_BACK = 40  # characters before the pair in which the affiliation is looked for


def _cued(text: str, start: int, end: int) -> bool:
    """Whether the pair at ``text[start:end]`` says "it" or follows an affiliation."""
    return _SAID_IT.match(text, end) is not None \
        or _BEFORE.search(text, max(0, start - _LOOK_BACK), start) is not None


def _mentions(text: str, first: str, second: str) -> Iterator[tuple[int, int]]:
    """Where the pair ``first`` and ``second`` stands in ``text``, in order: where a search for
    the whole word ``first``, "and" or "&" and the whole word ``second`` finds it (each
    mention after the last one found, as ``re.finditer`` would find them)."""
    last = 0
    at = text.find(first)
    while at >= 0:
        if at >= last and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")) \
                and (m := _AND_PARTNER.match(text, at + len(first))) is not None \
                and m.group(1) == second:
            yield at, m.end()
            last = m.end()
        at = text.find(first, at + 1)


def partner_firm(run: Run) -> tuple[str, int] | None:
    """``("Phillips and Drew", end)`` when ``run`` is one word that opens such a firm's name
    where an affiliation or a firm's noun stands before it, or that says "it" ("Duff and
    Phelps said it has downgraded"; two people say "they"); else None."""
    m = _PARTNER.match(run.text, run.end)
    if m is None or len(run.words) != 1:
        return None
    first, second = run.words[0], m.group(1)
    if not _cued(run.text, run.start, m.end()) and not any(
            _cued(run.text, start, end) for start, end in _mentions(run.text, first, second)):
        return None  # (one sense per story: "Johnson and Johnson said it" names all mentions)
    givens = popular_given_names()
    for word in (first, second):
        key = word_key(word)
        if key in COMMON_WORDS or is_big_place(word):
            return None  # "Trade and Industry", "Greece and Turkey", "March and April"
    if word_key(first) in givens and word_key(second) in givens:
        return None  # two people by their given names ("Richard and Judy")
    return f"{first} and {second}", m.end()
