"""Which international organisations a story is about, as opposed to those named in passing.

Wire services tag a story with the bodies it is about: a story on EC farm prices is tagged
``ec``, one on Brazil's debt that mentions "IMF guidelines" once in its fifth paragraph is not
tagged ``imf``. A body named in the headline, in the first two sentences, or at least twice is
one the story is about; the others are passing mentions and stay in ``Article.orgs_mentioned``
only. Two refinements: a headline that names a body names the story's subject, so another body
named only later is about it only when named in the lead (or in a subject's sentence); and a
body named only to describe countries ("OPEC members", "non-EC countries", "a member of the
GCC") or as the source of figures ("according to the ISO") is not one the story is about.
Organisations found by the other rules (firms, parties, clubs) already need evidence to be
found at all and are all kept.
"""

from __future__ import annotations

import re
from functools import cache

from .known import org_code, org_table
from .scan import key_of

# Tuned on reut2-000..010 against the ORGS tags (see bench/extract_eval.py): the lead alone
# gave F1 0.812 at recall 0.884, two sentences 0.806 at 0.903, everything 0.722 at 0.962.
# Re-measured after tickers and locally defined acronyms stopped naming bodies: two sentences
# 0.827 at 0.917, one sentence 0.836 at 0.903 (two kept, for the recall target).
LEAD_SENTENCES = 2
REPEATS = 2  # mentions anywhere that make a body a subject of the story
# (One character class first, the two endings told apart by look-behinds: the engine then
# skips ahead to the next candidate character instead of trying both branches everywhere.)
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’]?(?=\s+[\"“A-Z])|(?<=\n)[ \t]*\n)")


def lead_end(text: str, sentences: int = LEAD_SENTENCES) -> int:
    """The offset where the first ``sentences`` sentences (or paragraphs) of ``text`` end."""
    pos = 0
    for _ in range(sentences):
        m = _SENTENCE_END.search(text, pos + 1)
        if m is None:
            return len(text)
        pos = m.end()
    return pos


# Words after a body's name (or after the acronym in brackets that follows it) that make the
# name describe countries rather than name the body acting: "OPEC members", "EC countries",
# "Gulf Cooperation Council (GCC) states". ("OPEC member Ecuador" is left out: a story about
# one member is often about the body too; so is "Opec members said" or "EC members agreed": the
# body speaking and acting through its members.) Train, with the other rules: F1 0.830 -> 0.838,
# R 0.932 -> 0.928, mostly "EC countries" in stories not tagged ``ec``. A body cited as the
# source of figures is named in passing too ("ILZSG figures show", "according to figures
# received by the International Sugar Organization"; 0.838 -> 0.840 at the same recall).
_PASSING_AFTER = re.compile(
    r"(?:[ \t]*\([A-Z][A-Za-z.]*\))?\s+(?:members(?!\s+(?:said|says?|agreed|agree|decided|decide|"
    r"will|would|are|were|have|had|met|meet|meeting)\b)|countries|states|nations|"
    r"member\s+(?:states|countries|nations)|nationals|citizens|partners|"
    r"destinations|(?:figures|data|statistics)\s+show(?:s|ed)?)\b")
# ... and before it: "non-EC countries", "a member of OPEC", "an affiliate of the World Bank",
# "according to the IEA".
_PASSING_BEFORE = ("non-", "member of ", "members of ", "member of the ", "members of the ",
                   "affiliate of the ", "arm of the ", "according to ", "according to the ",
                   "figures received by the ", "figures from the ", "data from the ")


def passing_mention(text: str, start: int, end: int) -> bool:
    """Whether the body named at ``text[start:end]`` only describes countries or another body
    ("OPEC members", "non-EC", "a member of the GCC") or is cited as the source of figures
    ("according to the ISO"): a passing mention however often made."""
    if _PASSING_AFTER.match(text, end):
        return True
    before = " ".join(text[max(0, start - 30):start].split())
    return (before + " " if text[start - 1:start].isspace() else before).endswith(
        _PASSING_BEFORE)


def about_orgs(orgs: list[str], table: dict[str, list[int]], lead: str = "") -> list[str]:
    """The organisations of ``orgs`` the story is about, in the same order.

    ``table`` maps the name key of each international organisation named to the offsets of its
    mentions in ``lead`` (the story text; -1 for a headline mention; no offsets for a body
    named only in passing, see :func:`passing_mention`). A body named once, late, still counts
    when it is named in one sentence with one the story is about ("the IMF and the World
    Bank"): the two act together.
    """
    if not table:
        return orgs
    end = -1
    # The headline names the story's subject: beside it, repeating another body is not enough,
    # unless the two are one family ("EU" in the headline, the European Commission below).
    # (Train, with the other rules: F1 0.836 -> 0.838, R 0.930 -> 0.928.)
    headlined = {_family(k) for k, at in table.items() if at and min(at) < 0}
    about: set[str] = set()
    late: dict[str, list[int]] = {}
    for key, at in table.items():
        if not at:
            continue  # named only in passing: "OPEC members"
        first = min(at)
        if first < 0:
            about.add(key)
            continue
        if end < 0:
            end = lead_end(lead)
        if first < end or (len(at) >= REPEATS and not headlined - {_family(key)}):
            about.add(key)
        else:
            late[key] = at
    if late and about:
        near = [a for k in about for a in table[k] if a >= 0]
        if near:
            about.update(k for k, at in late.items() if _shares_sentence(lead, at, near))
    return [name for name in orgs if (key := _table_key(name, table)) not in table
            or key in about]


def _shares_sentence(text: str, at: list[int], near: list[int]) -> bool:
    """Whether one of the offsets ``at`` lies in a sentence of ``text`` that also holds one
    of ``near``: a body named beside the story's subject ("talks with the IMF and the World
    Bank", "EC departments handling talks in the world trade body GATT") acts with it,
    however far apart the two names stand, and one in the next sentence does not, however
    close.
    (It was 60 characters either way. Chosen on reut2-000..005: F1 0.836 -> 0.842, R 0.920
    -> 0.934; checked on reut2-006..010: F1 0.842 -> 0.844, R 0.925 -> 0.929.)"""
    for a in at:
        if a < 0:
            continue
        start = 0
        for m in _SENTENCE_END.finditer(text, 0, a + 1):  # (+1: the lookahead sees the name)
            start = m.end()
        m = _SENTENCE_END.search(text, a)
        end = m.end() if m else len(text)
        if any(start <= b < end for b in near):
            return True
    return False


@cache
def _family(key: str) -> str:
    """International bodies that share a short code are one family (the European Community,
    Union and Commission: ``ec``)."""
    return org_code(key) or key


def _table_key(name: str, table: dict[str, list[int]]) -> str:
    """The key ``table`` holds a body's mentions under: the story may have given the body its
    full name ("General Agreement on Tariffs and Trade" for "GATT")."""
    key = key_of(name)
    if key in table:
        return key
    canonical = org_table()[1].get(key)
    return key_of(canonical) if canonical else key
