"""A memo for the pure one-argument key functions asked for on every word of every story."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any
from weakref import ref


class Memo(dict):
    """Results of a pure one-argument function, by argument; call :meth:`get_key`.

    These keys are asked for several times per word of every story. A hit here is one dict
    look-up in C, a few times cheaper than a bounded ``lru_cache`` (which relinks its list on
    every hit); a miss calls the function. The memo is emptied once full, between stories
    (see :func:`trim`): it refills in a few stories, and the function is pure, so results
    never change.
    """

    __slots__ = ("_fn", "_limit", "__weakref__")

    def __new__(cls, fn: Callable[[Any], Any], limit: int = 100_000) -> Memo:
        """A memo of a class of its own, whose ``__missing__`` is a plain function that
        calls ``fn`` and stores the result. (A method would be bound on every miss and add
        a frame: about 460 machine instructions more a miss, and the first pass misses
        about 21 times a story; a hit never reaches it. The function holds the memo, so a
        dropped memo goes at the next garbage collection, as a gazetteer's did already.)"""

        def missing(key: Hashable) -> Any:
            value = memo[key] = fn(key)
            return value

        own = type(cls.__name__, (cls,), {"__slots__": (), "__module__": cls.__module__,
                                          "__missing__": staticmethod(missing)})
        memo = dict.__new__(own)
        return memo

    def __init__(self, fn: Callable[[Any], Any], limit: int = 100_000) -> None:
        super().__init__()
        self._fn = fn
        self._limit = limit
        _MEMOS.append(ref(self))

    @property
    def get_key(self) -> Callable[[Any], Any]:
        """The memoised function itself (the bound ``__getitem__``: no Python frame)."""
        return self.__getitem__


# Every memo made, for trim() (weakly: a gazetteer's memo goes with its gazetteer).
_MEMOS: list[ref[Memo]] = []


def trim() -> None:
    """Empty each memo that has reached its limit.

    :func:`.fill.enrich` calls this every so many stories, so a memo may run past its limit
    by what those stories add. Testing the size on each miss instead cost ~450 machine
    instructions a miss (a sixth of the miss), ~12,000 a story on a first pass.
    """
    live = []
    for memo_ref in _MEMOS:
        memo = memo_ref()
        if memo is not None:
            live.append(memo_ref)
            if len(memo) >= memo._limit:
                memo.clear()
    _MEMOS[:] = live


def lookup_set(items: Iterable[str]) -> dict[str, None]:
    """A read-only set of strings for ``in`` tests that the garbage collector never walks.

    CPython tracks every set and frozenset, and each full collection visits every entry:
    the lists of tens of thousands of given names and gazetteer heads made each such
    collection millions of machine instructions longer. A dict whose keys are strings and
    whose values are None holds nothing collectable, so it stays untracked; ``in`` costs the
    same. (Only for ``in``: it has no set algebra.)"""
    return dict.fromkeys(items)
