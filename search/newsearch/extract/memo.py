"""A memo for the pure one-argument key functions asked for on every word of every story."""

from __future__ import annotations

from collections.abc import Callable, Hashable
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
