"""A run of capitalised words (:class:`Run`), as :mod:`.scan` finds them in a text.

The extractors read a run's words, their folded keys and offsets, and ask it about its
neighbours (the word before and after, whether it opens a sentence); those answers are
worked out once, when first asked.
"""

from __future__ import annotations

import re

from .runwords import word_key
from .sentences import opens_sentence

_TRAIL = re.compile(r"[^\W\d_]+$")
_NEXT = re.compile(r"([ \t]*\n?[ \t]*|-|,[ \t]*)([^\W\d_]+)")
# What a match of _NEXT may start with besides a letter (isalnum() takes in \w's letters).
_NEXT_FIRST = " \t\n-,"


class Run:
    """A run of capitalised words: surfaces, folded keys and offsets into the text."""

    # (_next and _prev hold next_word() and prev_word() once asked: the actor and place rules
    # ask both of the same run, some runs three times.)
    # (letter_before: whether a letter ends the text before the run, past blanks, within
    # prev_word()'s window; None until prev_word() sets it, so read only after asking that.
    # Without one, :func:`.orgcues.para_word` has no word to find and no vessel's kind
    # stands there either.)
    __slots__ = ("_next", "_prev", "_sentence_start", "after", "caps", "end", "keys",
                 "letter_before", "spans", "start", "text", "words")

    def __init__(self, text: str, words: list[str], spans: list[tuple[int, int]],
                 sentence_start: bool | None, caps: bool, keys: list[str] | None = None) -> None:
        self.text = text
        self.words = words
        self.keys = keys if keys is not None else list(map(word_key, words))
        self.spans = spans
        self.start = spans[0][0]
        self.end = end = spans[-1][1]
        # The character right after the run ("" at the end): looked at for every run.
        self.after = text[end:end + 1]
        self._sentence_start = sentence_start  # worked out on demand: rarely needed
        self.caps = caps
        self._next = self._prev = self.letter_before = None

    @property
    def sentence_start(self) -> bool:
        """Whether the run opens a sentence (its capital then says less)."""
        if self._sentence_start is None:
            self._sentence_start = opens_sentence(self.text, self.start)
        return self._sentence_start

    def surface(self, i: int = 0, j: int | None = None) -> str:
        """The text of words ``i:j`` with runs of white space collapsed."""
        j = len(self.words) if j is None else j
        s = self.text[self.spans[i][0]:self.spans[j - 1][1]]
        return " ".join(s.split()) if "\n" in s or "  " in s else s

    def capitalised(self, i: int) -> bool:
        """Whether word ``i`` starts with a capital (connectors do not)."""
        return self.words[i][0].isupper()

    def next_word(self) -> tuple[str, str]:
        """``(separator, folded word)`` right after the run, or ``("", "")``."""
        got = self._next
        if got is not None:
            return got
        text, end = self.text, self.end
        first = self.after  # (text[end:end + 1], kept by the scanner)
        if first == " " or (first == "," and text[end + 1:end + 2] == " "):
            # Most often a plain word up to the next space (after a comma, just as often):
            # _NEXT's match, without a match call (~3,000 instructions).
            at = end + 1 if first == " " else end + 2
            stop = text.find(" ", at)
            word = text[at:stop] if stop > 0 else text[at:]
            if word.isalpha() and word.isascii():
                got = (" " if first == " " else ", "), word.lower()  # (fold() on ASCII)
        elif first not in _NEXT_FIRST and not first.isalnum():
            got = ("", "")  # a full stop, a bracket, a quote: _NEXT cannot match there
        if got is None:
            m = _NEXT.match(text, end)
            if m is None:
                got = ("", "")
            else:
                sep, word = m.groups()
                got = sep, word_key(word)
        self._next = got
        return got

    def prev_word(self) -> str:
        """The folded word right before the run (same sentence), or ""."""
        got = self._prev
        if got is not None:
            return got
        # (Asked of most runs: no max(), nor count() and rfind(), which parse their arguments.)
        start = self.start
        before = self.text[start - 30 if start > 30 else 0:start]
        stripped = before.rstrip()
        self.letter_before = letter = stripped[-1:].isalpha()
        if not letter or ("\n" in before and before.count("\n") > 1):
            got = ""
        elif (last := stripped.rpartition(" ")[2]).isalpha():  # after the last space, or all
            # (fold() on ASCII: a new word, most of them in lower case, misses no memo.)
            got = last.lower() if last.isascii() else word_key(last)
        else:
            m = _TRAIL.search(last)
            got = word_key(m.group()) if m else ""
        self._prev = got
        return got

    def __repr__(self) -> str:
        return f"Run({self.surface()!r})"
