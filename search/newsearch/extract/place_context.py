"""Context tests that tell a town's name from a person's, a firm's or part of a longer name.

:mod:`.places` asks these about a gazetteer hit after its own capitalisation rules:

- a name right after a kinship or role noun ("daughter Victoria", "striker Chelsea") or right
  before an age in commas ("Pelham, 14,") is a person, and so are its other bare mentions in
  the story;
- a town whose name the same story also uses as the first word of a firm's name ("Marathon
  Oil Co ... Marathon said") names the firm when it stands alone again, unless a preposition of
  place comes before it ("in Marathon");
- names of places joined by "and" ("Serbia and Montenegro", "Trinidad and Tobago") are looked
  up whole: the scanner cuts runs at lower-case "and".
"""

from __future__ import annotations

import re
from operator import attrgetter, itemgetter

from .data import wordset
from .scan import Run

# Lower-case nouns that introduce a person by name.
PERSON_NOUNS = wordset("""
daughter daughters son sons wife husband brother brothers sister sisters mother father widow
widower grandson granddaughter grandmother grandfather nephew niece cousin uncle aunt fiance
fiancee boyfriend girlfriend stepson stepdaughter twin baby
striker midfielder defender goalkeeper keeper winger forward fullback playmaker quarterback
pitcher batsman bowler jockey actor actress singer rapper guitarist drummer comedian
presenter novelist author playwright poet artist designer model colleague teammate
""")
# Prepositions after which a name of a town means the town ("a plant in Marathon").
LOCATIVE = wordset("in at near from to outside around across into via through toward towards")
_AGE = re.compile(r",[ \t]*\d{1,2}[ \t]*(?:[,)]|(?:and|were|was|is|are|who|has|had)\b)")
_AGE_PAREN = re.compile(r"[ \t]*\(\d{1,2}\)")


def person_context(run: Run, i: int, j: int) -> bool:
    """Whether words ``i:j`` of ``run`` stand where a person's name does."""
    text = run.text
    # prev_word() only when a lower-case word ends right before: most hits open a sentence or
    # follow a comma.
    if i == 0 and text[run.start - 2:run.start - 1].islower() \
            and text[run.start - 1] == " " and run.prev_word() in PERSON_NOUNS:
        return True
    if j == len(run.words):
        nxt = text[run.end:run.end + 2]
        if nxt[:1] == ",":
            return _AGE.match(text, run.end) is not None
        if nxt == " (":
            return _AGE_PAREN.match(text, run.end) is not None
    return False


def after_locative(run: Run, i: int) -> bool:
    """Whether a preposition of place comes right before word ``i`` of ``run``."""
    return i == 0 and run.start > 1 and run.prev_word() in LOCATIVE


_AND_HEADS: dict[int, frozenset[str]] = {}
_KEYS = attrgetter("keys")
_LAST = itemgetter(-1)


def and_keys(raw: dict[str, str]) -> frozenset[str]:
    """The last words before " and " of the gazetteer keys that hold one ("serbia", "kitts"),
    computed once per gazetteer."""
    got = _AND_HEADS.get(id(raw))
    if got is None:
        got = _AND_HEADS[id(raw)] = frozenset(k.partition(" and ")[0].rpartition(" ")[2]
                                              for k in raw if " and " in k)
    return got


def join_and_names(run_list: list[Run], raw: dict[str, str], place_key,
                   heads: frozenset[str] | None = None) -> list[Run]:
    """``run_list`` with runs joined across " and " where the gazetteer knows the whole name.

    Only the last word(s) of the first run and the first word(s) of the second are tried, and
    only when the first run ends in a word that comes before "and" in such a name, so the
    common case costs one set look-up a run.
    """
    if heads is None:
        heads = and_keys(raw)
    if heads.isdisjoint(map(_LAST, map(_KEYS, run_list[:-1]))):  # (in C)
        return run_list  # the common case: no run ends where such a name could go on
    out: list[Run] | None = None
    k = 0
    n = len(run_list)
    while k < n - 1:
        a, b = run_list[k], run_list[k + 1]
        joined = None
        if a.keys[-1] in heads and a.text[a.end:b.start] == " and " and a.caps == b.caps:
            joined = _try_join(a, b, raw, place_key)
        if joined is not None:
            if out is None:
                out = run_list[:k]
            out.append(joined)
            k += 2
            continue
        if out is not None:
            out.append(a)
        k += 1
    if out is None:
        return run_list
    if k == n - 1:
        out.append(run_list[-1])
    return out


def _try_join(a: Run, b: Run, raw: dict[str, str], place_key) -> Run | None:
    for left in (1, 2):
        if left > len(a.words):
            break
        for right in (1, 2, 3):
            if right > len(b.words):
                break
            key = " ".join([place_key(w) for w in a.words[-left:]] + ["and"]
                           + [place_key(w) for w in b.words[:right]])
            if key in raw:
                and_span = (a.end + 1, a.end + 4)
                return Run(a.text, [*a.words, "and", *b.words], [*a.spans, and_span, *b.spans],
                           None, a.caps, [*a.keys, "and", *b.keys])
    return None
