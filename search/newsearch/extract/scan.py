"""One pass over a text for runs of capitalised words, shared by the place and actor extractors.

A single compiled regular expression finds every *run*: capitalised words joined by spaces, a
line break, "-" or "&", with name connectors allowed inside ("Army of Conquest", "Rio de
Janeiro", "Jisr ash-Shughur"). Everything after that works on the few dozen runs of a story
instead of on every word, which is what keeps extraction well under a millisecond a story.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import _ARABIC_ARTICLES, STOP_WORDS, fold, name_key
from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .names import TITLE_WORDS

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# Abbreviations whose full stop does not end a name ("Gen. Suhail", "Acme Corp. unit").
ABBREVIATIONS = wordset("mr mrs ms dr gen col lt maj capt sgt cpl adm brig gov sen rep rev prof "
                        "st jr sr mt ft corp inc co ltd bros cos dept no")
# A word may take a full stop before another capitalised word; runs() cuts there unless the
# word is an abbreviation or an initial ("Paul A. Volcker").
_REST = rf"(?:(?:\.[A-Z])+\.|[^\W_]*(?:['’](?!s\b)[^\W_]+)*(?:\.(?=[ \t]+[{_UP}]))?)"
# A line break joins a name wrapped over two lines, but not one ending a paragraph whose next
# line is indented ("Clayton Yeutter\n    Speaking to ...").
_SEP = r"(?:[ \t]+|[ \t]*\n[ \t]{0,2}(?![ \t])|[ \t]*&[ \t]*|-)"
CONNECTORS = wordset("of for de da di du dos das do van von der den del della la le bin ibn "
                     "bint abu al el y")
_CONN = "|".join(sorted(CONNECTORS, key=len, reverse=True))
_ARAB = "|".join(sorted(_ARABIC_ARTICLES, key=len, reverse=True))
# The capital comes first so the engine can skip ahead to it; the look-behind then checks
# that it starts a word.
_RUN = re.compile(rf"[{_UP}](?<![\w'’].){_REST}(?:(?:{_SEP}(?:(?:{_CONN}){_SEP})*"
                  rf"|[ \t]+(?:{_ARAB})-)[{_UP}]{_REST})*(?:['’]s\b)?")
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_TRAIL = re.compile(r"[^\W\d_]+$")
_NEXT = re.compile(r"([ \t]*\n?[ \t]*|-|,[ \t]*)([^\W\d_]+)")
# Long stretches without a lower-case letter: headlines and all-caps paragraphs.
_CAPS_STRETCH = re.compile(r"[^a-z]{40,}")
_LOWER = re.compile(r"[a-zß-öø-ÿ]+")
_LETTERS = re.compile(r"[^\W\d_]+")
LINKERS = CONNECTORS | _ARABIC_ARTICLES
# Sentence-initial words dropped from a run; titles stay ("President Reagan said").
_BOUNDARY_WORDS = (COMMON_WORDS | STOP_WORDS) - LINKERS - TITLE_WORDS


@lru_cache(maxsize=100_000)
def word_key(word: str) -> str:
    """The folded form of one word (cached: names repeat across a corpus)."""
    return fold(word)


@lru_cache(maxsize=100_000)
def key_of(name: str) -> str:
    """:func:`analysis.name_key`, cached: the same names recur story after story."""
    return name_key(name)


class Run:
    """A run of capitalised words: surfaces, folded keys and offsets into the text."""

    __slots__ = ("_sentence_start", "caps", "end", "keys", "spans", "start", "text", "words")

    def __init__(self, text: str, words: list[str], spans: list[tuple[int, int]],
                 sentence_start: bool | None, caps: bool) -> None:
        self.text = text
        self.words = words
        self.keys = [word_key(w) for w in words]
        self.spans = spans
        self.start = spans[0][0]
        self.end = spans[-1][1]
        self._sentence_start = sentence_start  # worked out on demand: rarely needed
        self.caps = caps

    @property
    def sentence_start(self) -> bool:
        """Whether the run opens a sentence (its capital then says less)."""
        if self._sentence_start is None:
            self._sentence_start = _sentence_start(self.text, self.start)
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
        m = _NEXT.match(self.text, self.end)
        return (m.group(1), word_key(m.group(2))) if m else ("", "")

    def prev_word(self) -> str:
        """The folded word right before the run (same sentence), or ""."""
        before = self.text[max(0, self.start - 30):self.start]
        stripped = before.rstrip()
        if not stripped or not stripped[-1].isalpha() or before.count("\n") > 1:
            return ""
        last = stripped[stripped.rfind(" ") + 1:]
        if last.isalpha():
            return word_key(last)
        m = _TRAIL.search(last)
        return word_key(m.group()) if m else ""

    def __repr__(self) -> str:
        return f"Run({self.surface()!r})"


def is_caps_text(text: str) -> bool:
    """Whether ``text`` is set in capitals (a wire headline), where case says nothing."""
    letters = sum(map(len, _LETTERS.findall(text)))
    if letters < 4:
        return False
    lower = sum(map(len, _LOWER.findall(text)))
    return lower < 0.3 * letters


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 6):pos].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n;" or before.endswith("--")


def runs(text: str, caps: bool | None = None) -> list[Run]:
    """Every run of capitalised words in ``text``, in order.

    ``caps`` says whether the whole text is set in capitals; when None, long stretches
    without lower-case letters (headlines inside a body) are found and marked.
    """
    if caps is None:
        stretches = [m.span() for m in _CAPS_STRETCH.finditer(text)] if len(text) >= 40 else []
    else:
        stretches = [(0, len(text))] if caps else []
    out: list[Run] = []
    boundary = _BOUNDARY_WORDS
    for m in _RUN.finditer(text):
        start = m.start()
        s = m.group()
        if s[-2:] in ("'s", "’s"):
            s = s[:-2]
        in_caps = bool(stretches) and any(a <= start < b for a, b in stretches)
        if " " in s or "-" in s or "\n" in s or "&" in s or "\t" in s:
            toks = [(t.group(), start + t.start(), start + t.end()) for t in _TOKEN.finditer(s)]
        else:
            # The common case, one word: most are sentence-initial "The", "It", "In".
            if s[-1] == "." and s[-3:-2] != ".":
                s = s[:-1]  # "Mr.", not "U.S."
            sent = None
            # An acronym is kept even where it opens a sentence ("US", unlike "Us").
            if s.lower() in boundary and not in_caps and not (len(s) > 1 and s.isupper()):
                sent = _sentence_start(text, start)
                if sent:
                    continue
            if len(s) == 1 and not s.isalpha():
                continue
            out.append(Run(text, [s], [(start, start + len(s))], sent, in_caps))
            continue
        sent = _sentence_start(text, start) if toks[0][0].lower() in boundary else None
        # A full stop inside a run ("Acme Corp. The company") ends a sentence there.
        cut = 0
        for k in range(1, len(toks)):
            prev = toks[k - 1]
            if text[prev[2]] == "." and (toks[k][0].lower() in boundary or (
                    len(prev[0]) > 1 and prev[0].lower() not in ABBREVIATIONS)):
                _emit(out, text, toks[cut:k], sent, in_caps)
                cut, sent = k, True
        _emit(out, text, toks[cut:], sent, in_caps)
    return out


def _emit(out: list[Run], text: str, toks: list[tuple[str, int, int]], sent: bool | None,
          caps: bool) -> None:
    # Trailing connectors never end a name; neither does a sentence-initial "The"/"But".
    while toks and not toks[-1][0][0].isupper():
        toks = toks[:-1]
    if toks and sent and not caps and len(toks[0][0]) > 1 and not toks[0][0].isupper() \
            and word_key(toks[0][0]) in _BOUNDARY_WORDS:
        toks = toks[1:]
        sent = False
    while toks and not toks[0][0][0].isupper():
        toks = toks[1:]
    if toks:
        out.append(Run(text, [t[0] for t in toks], [(t[1], t[2]) for t in toks], sent, caps))
