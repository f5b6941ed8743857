"""Which international organisations a story is about, as opposed to those named in passing.

Wire services tag a story with the bodies it is about: a story on EC farm prices is tagged
``ec``, one on Brazil's debt that mentions "IMF guidelines" once in its fifth paragraph is not
tagged ``imf``. A body named in the headline, in the first two sentences, or at least twice is
one the story is about; the others are passing mentions and stay in ``Article.orgs_mentioned``
only. Organisations found by the other rules (firms, parties, clubs) already need evidence to
be found at all and are all kept.
"""

from __future__ import annotations

import re

from .scan import key_of

# Tuned on reut2-000..010 against the ORGS tags (see bench/extract_eval.py): the lead alone
# gave F1 0.812 at recall 0.884, two sentences 0.806 at 0.903, everything 0.722 at 0.962.
# Re-measured after tickers and locally defined acronyms stopped naming bodies: two sentences
# 0.827 at 0.917, one sentence 0.836 at 0.903 (two kept, for the recall target).
LEAD_SENTENCES = 2
REPEATS = 2  # mentions anywhere that make a body a subject of the story
# Characters between a late mention and one of a body the story is about that make the late
# one a subject too (train: recall 0.919 -> 0.934 at the same F1, 0.829).
NEAR = 60
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


def about_orgs(orgs: list[str], table: dict[str, list[int]], lead: str = "") -> list[str]:
    """The organisations of ``orgs`` the story is about, in the same order.

    ``table`` maps the name key of each international organisation named to the offsets of its
    mentions in ``lead`` (the story text; -1 for a headline mention). A body named once, late,
    still counts when it is named right beside one the story is about ("the IMF and the World
    Bank"): the two act together.
    """
    if not table:
        return orgs
    end = -1
    about: set[str] = set()
    late: dict[str, list[int]] = {}
    for key, at in table.items():
        if len(at) >= REPEATS or min(at) < 0:
            about.add(key)
            continue
        if end < 0:
            end = lead_end(lead)
        if at[0] < end:
            about.add(key)
        else:
            late[key] = at
    if late and about:
        near = [a for k in about for a in table[k] if a >= 0]
        about.update(k for k, at in late.items()
                     if any(abs(a - b) < NEAR for a in at for b in near))
    return [name for name in orgs if table.get(key_of(name)) is None or key_of(name) in about]
