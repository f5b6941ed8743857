"""A memo for the pure one-argument key functions asked for on every word of every story."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any


class Memo(dict):
    """Results of a pure one-argument function, by argument; call :meth:`get_key`.

    These keys are asked for several times per word of every story. A hit here is one dict
    look-up in C, a few times cheaper than a bounded ``lru_cache`` (which relinks its list on
    every hit); a miss calls the function. The memo is emptied when full: it refills in a few
    stories, and the function is pure, so results never change.
    """

    __slots__ = ("_fn", "_limit")

    def __init__(self, fn: Callable[[Any], Any], limit: int = 100_000) -> None:
        super().__init__()
        self._fn = fn
        self._limit = limit

    def __missing__(self, key: Hashable) -> Any:
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._fn(key)
        return value

    @property
    def get_key(self) -> Callable[[Any], Any]:
        """The memoised function itself (the bound ``__getitem__``: no Python frame)."""
        return self.__getitem__


def lookup_set(items: Iterable[str]) -> dict[str, None]:
    """A read-only set of strings for ``in`` tests that the garbage collector never walks.

    CPython tracks every set and frozenset, and each full collection visits every entry:
    the lists of tens of thousands of given names and gazetteer heads made each such
    collection millions of machine instructions longer. A dict whose keys are strings and
    whose values are None holds nothing collectable, so it stays untracked; ``in`` costs the
    same. (Only for ``in``: it has no set algebra.)"""
    return dict.fromkeys(items)
