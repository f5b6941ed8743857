"""Snippets: the best fragments of an article's text, with matches marked.

Matches are wrapped in ``MARK_START`` / ``MARK_END`` (control characters that
never occur in analysed text); renderers turn them into terminal styles,
``[...]`` or ``<b>...</b>``. Matching uses the same analysis as the index, so
``hospitals`` is highlighted for ``hospital`` and ``al‑Shughur`` for
``al Shughur``; a phrase is highlighted as one span.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from . import analysis

MARK_START, MARK_END = "\x02", "\x03"
SCAN_LIMIT = 200_000  # characters of a huge article scanned for matches
FRAGMENT_CHARS = 180
MAX_CANDIDATES = 400  # windows scored per article: bounds the work on huge texts


@dataclass
class MatchSpec:
    """What to highlight: stems of ranked words, exact words, prefixes, phrases."""

    stems: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    prefixes: tuple[str, ...] = ()
    phrases: list[list[str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.stems or self.words or self.prefixes or self.phrases)


def find_matches(text: str, spec: MatchSpec) -> list[tuple[int, int, str]]:
    """Character spans ``(start, end, key)`` of matches in ``text``, in order.

    ``key`` names what matched (a stem, word or phrase), so fragments can be
    scored by how many *different* things they show.
    """
    text = text[:SCAN_LIMIT]
    toks = _candidate_tokens(text, spec)
    spans: list[tuple[int, int, str]] = []
    covered: set[int] = set()
    for phrase in spec.phrases:
        n = len(phrase)
        if n == 0:
            continue
        for i in range(len(toks) - n + 1):
            if (all(toks[i + k][0] == phrase[k] for k in range(n))
                    and toks[i + n - 1][3] - toks[i][3] == n - 1):
                spans.append((toks[i][1], toks[i + n - 1][2], " ".join(phrase)))
                covered.update(range(i, i + n))
    for i, (word, start, end, _) in enumerate(toks):
        if i in covered:
            continue
        if word in spec.words:
            spans.append((start, end, word))
        elif spec.stems and analysis.stem(word) in spec.stems:
            spans.append((start, end, analysis.stem(word)))
        elif spec.prefixes and word.startswith(spec.prefixes):
            spans.append((start, end, word))
    spans.sort()
    return _merge_adjacent(text, spans)


def _candidate_tokens(text: str, spec: MatchSpec) -> list[tuple[str, int, int, int]]:
    """``(word, start, end, index)`` of the words that may match ``spec``, in order.

    On ASCII text only words starting like a wanted one are found (one fast
    scan, :func:`analysis.scan`); ``index`` keeps their true word numbers, so a
    phrase still needs its words to be consecutive. Otherwise every word.
    """
    wanted = ({analysis.stem_prefix(s) for s in spec.stems} | spec.words | set(spec.prefixes)
              | {w for phrase in spec.phrases for w in phrase})
    scanned = analysis.scan(text, wanted)
    if scanned is not None:
        return scanned[1]
    return [(w, start, end, i) for i, (w, start, end) in enumerate(analysis.tokens(text))]


def _merge_adjacent(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join matches separated only by spaces or hyphens: ``Jisr al Shughur`` is one span."""
    merged: list[tuple[int, int, str]] = []
    for start, end, key in spans:
        if merged:
            p_start, p_end, p_key = merged[-1]
            gap = text[p_end:start]
            if start >= p_end and len(gap) <= 3 and not gap.strip(" \t-\u2010\u2011\u2012"):
                merged[-1] = (p_start, end, f"{p_key} {key}")
                continue
        merged.append((start, end, key))
    return merged


def _clip(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to word boundaries."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def opening(text: str, limit: int = FRAGMENT_CHARS * 2) -> str:
    """The first ``limit`` characters of ``text``, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(",;:") + " …"


def snippet(text: str, spec: MatchSpec, fragments: int = 2,
            size: int = FRAGMENT_CHARS) -> str:
    """Up to ``fragments`` marked fragments of ``text``; its opening if nothing matches."""
    if not text.strip():
        return ""
    matches = find_matches(text, spec) if spec else []
    if not matches:
        return opening(text)
    # Score the window around each match by the distinct query words it shows
    # (a merged "Jisr al Shughur" span shows three), then by its longest span.
    candidates = []
    starts = [s for s, _, _ in matches]
    for i, (start, _, _) in enumerate(matches[:MAX_CANDIDATES]):
        lo = max(0, start - size // 4)
        first = bisect.bisect_left(starts, lo)
        inside = [k.split() for s, e, k in matches[first:bisect.bisect_right(starts, lo + size)]
                  if e <= lo + size]
        words = {w for k in inside for w in k}
        candidates.append((len(words), max(map(len, inside), default=0), -lo, i))
    candidates.sort(reverse=True)
    chosen: list[tuple[int, int]] = []
    for *_, i in candidates:
        lo = max(0, matches[i][0] - size // 4)
        win = _clip(text, lo, min(len(text), lo + size))
        if all(win[1] <= a or win[0] >= b for a, b in chosen):
            chosen.append(win)
        if len(chosen) >= fragments:
            break
    chosen.sort()
    parts = []
    for a, b in chosen:
        lo_i, hi_i = bisect.bisect_left(starts, a), bisect.bisect_right(starts, b)
        inside = [(s, e) for s, e, _ in matches[lo_i:hi_i] if e <= b]
        out, pos = [], a
        for s, e in inside:
            if s < pos:
                continue
            out += [text[pos:s], MARK_START, text[s:e], MARK_END]
            pos = e
        out.append(text[pos:b])
        frag = " ".join("".join(out).split())
        parts.append(("… " if a > 0 else "") + frag + (" …" if b < len(text) else ""))
    return " ".join(parts).replace("… …", "…")


def render(marked: str, start: str, end: str) -> str:
    """Replace the match markers with ``start``/``end`` (e.g. ``<b>``, ``</b>``)."""
    return marked.replace(MARK_START, start).replace(MARK_END, end)
