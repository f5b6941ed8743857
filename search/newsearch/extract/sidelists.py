"""Towns listed beside a side in a sports story are sides too: "title rivals Essex,
Derbyshire and Surrey", when "rivals Essex" made Essex a side (the items of one list are the
same kind of thing). :func:`.actors.actors_from_runs` asks this once the story's runs are
read."""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress, count

from .orglists import LIST_GAPS
from .scan import Run
from .sportstory import sports_text
from .teams import side_place

# Sides listed together are joined by "and" or "&", not "or" (one list: :data:`LIST_GAPS`).
_SIDE_GAPS = (LIST_GAPS - {" or ", ", or "}) | {" & "}


def listed_sides(run_list: list[Run], is_side: Callable[[str], bool],
                 firsts: list[str] | None = None) -> list[int]:
    """Positions of one-word towns or counties listed beside a side in a sports story.
    ``is_side(key)`` says whether a name is already read as a side; sides found here spread
    along the list. ``firsts``: each run's first key, when the caller has them."""
    if firsts is None:
        firsts = [run.keys[0] for run in run_list]
    # (is_side over the keys in C, then only the few runs it names tested for their form: a
    # side is a one-word run not in capitals.)
    sides = list(map(is_side, firsts))
    for k in compress(count(), sides):
        if run_list[k].caps or len(run_list[k].words) != 1:
            sides[k] = False
    # (Most stories have no side, and most sides no town listed beside them; the sports test
    # reads 3,000 characters, ~100,000 machine instructions: it comes last.)
    if True not in sides or not _may_join(run_list, sides) \
            or not sports_text(run_list[-1].text):
        return []
    found: list[int] = []
    changed = True
    while changed:
        changed = False
        for k, run in enumerate(run_list):
            if sides[k] or not _joins(run, k, run_list, sides):
                continue
            sides[k] = changed = True
            found.append(k)
    return found


def _may_join(run_list: list[Run], sides: list[bool]) -> bool:
    """Whether a run beside one of the story's sides may join it: the first of
    :func:`listed_sides` does, and each later one joins a side found so. (A plain loop: most
    stories name a side or two, and a generator costs more than the tests it drives.)"""
    last = len(run_list) - 1
    for s in compress(count(), sides):
        if s and not sides[s - 1] and _joins(run_list[s - 1], s - 1, run_list, sides):
            return True
        if s < last and not sides[s + 1] and _joins(run_list[s + 1], s + 1, run_list, sides):
            return True
    return False


def _joins(run: Run, k: int, run_list: list[Run], sides: list[bool]) -> bool:
    """Whether run ``k``, no side yet, is a one-word town or county listed right beside a
    side."""
    if run.caps or len(run.words) != 1:
        return False
    for n in (k - 1, k + 1):
        if 0 <= n < len(run_list) and sides[n] and run_list[n].text is run.text:
            a, b = (run_list[n], run) if n < k else (run, run_list[n])
            if run.text[a.end:b.start] in _SIDE_GAPS:
                return side_place(run.words[0])  # (the memo last: most runs are no item)
    return False
