"""A name listed among bodies is a body: "portal sites like AOL, Yahoo, and RealArcade".

:func:`.collect.resolve` asks :func:`listed_bodies` for the runs of the story that stand in a
list of three names or more ("A, B and C"; "A, B, C or D") where two of the others at least
are bodies it has settled and none is a person: a name that no cue read goes with its
neighbours ("Pixies, Foo Fighters and Iron Maiden", "Amicus, the GMB and Unison").
"""

from __future__ import annotations

import re

from .data.common_words import WORDS as COMMON_WORDS
from .known import is_place
from .names import FIRM_SUFFIXES, ORG_WORDS, ROLE_WORDS, first_names
from .scan import Run, key_of

# What stands between two names of one list (a possessive's "'s" may close a name).
# (Not "and the": "Echo and the Bunnymen" is one band's name.)
_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or ", ", the "})
# A firm's suffix after the last name: the list is one firm's name ("Kidder, Peabody and Co").
_SUFFIX_AFTER = re.compile(r",?[ \t\n]+(?:Co|Inc|Ltd|Corp|Corporation|AG|plc|PLC|SA|NV|LLP|LP)\b")


def _gap(prev: Run, run: Run) -> str:
    """The text between two runs of one text, without a possessive's "'s" after the first."""
    gap = run.text[prev.end:run.start]
    return gap[2:] if gap[:2] in _POSSESSIVES else gap


_POSSESSIVES = frozenset({"'s", "’s"})


def _lists(runs: list[Run]) -> list[list[int]]:
    """Positions of the runs that make lists of three names or more."""
    out: list[list[int]] = []
    start = 0  # where the list the run may go on opens (a list only for one of three or more)
    pos = 0  # the later run's position
    # (Each run against the one before, as pairs: no first run to tell apart, no "prev" to
    # keep; most pairs are further apart than any gap.)
    for prev, run in zip(runs, runs[1:], strict=False) if len(runs) >= 3 else ():
        pos += 1
        # (The longest gap is ", and " after a possessive's "'s": most neighbours are further.)
        # (_gap written out, asked of most neighbours: no gap opens with "'s".)
        if 0 <= run.start - prev.end <= 8 and prev.text is run.text \
                and ((gap := run.text[prev.end:run.start]) in _GAPS
                     or (gap[:2] in _POSSESSIVES and gap[2:] in _GAPS)):
            continue
        if pos - start >= 3:
            out.append(list(range(start, pos)))
        start = pos
    if len(runs) - start >= 3:
        out.append(list(range(start, len(runs))))
    return out


def listed_bodies(runs: list[Run], orgs: dict, people: dict,
                  things: dict) -> list[tuple[str, str, int]]:
    """(key, surface, position) of each name in a list beside two settled bodies or more
    (keys in ``orgs``, half the list at least) and no person (keys in ``people``) that
    nothing else read: not a thing the story names (``things``), a place, a given name's, a
    title's, a common word's, two capitals ("VM"), a firm's suffix, nor a word of a settled
    body's name ("Kidder" of "Kidder, Peabody and Co"; "Haarmann and Reimer Corp")."""
    found: list[tuple[str, str, int]] = []
    for chain in _lists(runs):
        keys = [key_of(runs[pos].surface()) for pos in chain]
        settled = sum(k in orgs for k in keys)
        if settled < 2 or 2 * settled < len(keys) or any(k in people for k in keys) \
                or _SUFFIX_AFTER.match(runs[chain[-1]].text, runs[chain[-1]].end):
            continue
        words = {w for k in orgs for w in k.split()}
        for n, (pos, key) in enumerate(zip(chain, keys, strict=True)):
            run = runs[pos]
            if _paired(runs, chain, keys, n, orgs):
                continue
            first = run.keys[0]
            if key in orgs or key in things or not run.words[0][:1].isupper() \
                    or first in first_names() or first in ROLE_WORDS or first in ORG_WORDS \
                    or first in FIRM_SUFFIXES or (len(run.keys) == 1 and (
                        first in COMMON_WORDS or first in words or len(run.words[0]) <= 2)) \
                    or _joined(run) or is_place(run.surface()):
                continue
            found.append((key, run.surface(), pos))
    return found


def _joined(run: Run) -> bool:
    """Whether the run is tied to a name beside it and so no list's whole item: "&" or a
    possessive before it ("Brown & Williamson", "Producer's Gas Co"), "&", "of" or a
    possessive and a capital after it ("National Cattlemen's Association"), stops in a short
    code ("N.Y."), or an "of" inside the run ("Northern District of Illinois")."""
    text, start, end = run.text, run.start, run.end
    before, after = text[max(0, start - 3):start], text[end:end + 4]
    return before.endswith(("& ", "'s ", "’s ")) or after.startswith((" &", " of ")) \
        or (after[:2] in ("'s", "’s") and after[2:3].isspace() and after[3:4].isupper()) \
        or "of" in run.keys or (len(run.words) == 1 and "." in run.words[0]
                                and len(run.words[0]) <= 5)


def _paired(runs: list[Run], chain: list[int], keys: list[str], n: int, orgs: dict) -> bool:
    """Whether item ``n`` of a list and a neighbour may be one body's name: joined by "and"
    when nothing read the neighbour either ("Fenner and Smith Inc"), or when the neighbour
    before holds "and" or "of" or follows "and" itself ("Liggett Group and Brown and
    Williamson", "Federation of Oils Seeds and Fats Associations"); or a comma before a
    firm's suffix after it ("Levesque, Beaubien Inc")."""
    for m in (n - 1, n + 1):
        if not 0 <= m < len(chain):
            continue
        first, second = runs[chain[min(m, n)]], runs[chain[max(m, n)]]
        gap = first.text[first.end:second.start]
        if (m > n and gap == ", " and second.keys[-1] in FIRM_SUFFIXES) \
                or ("and" in gap and (keys[m] not in orgs or (
                    m < n and ("and" in first.keys or "of" in first.keys or (
                        m > 0 and "and" in _gap(runs[chain[m - 1]], first)))))):
            return True
    return False
