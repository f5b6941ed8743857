"""Appointments: "it named John Kerr chairman of the company", "elected Robert E. Purcell
chairman of the board", "named executive vice president Steven B. Sheppard chief operating
officer".

A post's noun right after a name usually tells the name's body ("Hilton Hotels chairman
Barron Hilton", "UK Athletics chief David Moorcroft"): :func:`.classify.classify` reads a
name before "chief" or "chairman" as an organisation. After a verb of appointing, the name is
the person given the post instead, and no holder's name follows the post's words.
"""

from __future__ import annotations

import re

from .names import first_names
from .scan import Run

# A verb of appointing, then at most four lower-case words (a former post: "executive vice
# president") right before the name.
_APPOINTED = re.compile(r"\b(?:named|names|appointed|appoints|elected|elects|promoted|promotes)"
                        r"(?:[ \t\n]+[a-z][a-z\-]*){0,4}[ \t\n]+$")
# A holder's name right after the post's noun(s) ("chairman Barron Hilton", "chief executive
# John Smith"); not a body after a preposition ("chairman of the Board").
_HOLDER_NEXT = re.compile(r"[ \t\n]+(?:[a-z][a-z\-]*[ \t\n]+){0,2}(?=[A-Z])")
_LINKS = frozenset({"of", "at", "for", "in", "the", "and", "to", "with", "on", "by", "from"})


def appointed(run: Run, i: int, j: int) -> bool:
    """Whether words ``i:j`` of a run, a given name first, follow a verb of appointing and
    come before a post that names no other holder ("named John Kerr chairman of the company";
    not "named Hilton Hotels chairman Barron Hilton to the board")."""
    if i != 0 or j - i < 2 or run.keys[i] not in first_names() or not run.words[i][1:].islower():
        return False
    if _APPOINTED.search(run.text, max(0, run.start - 60), run.start) is None:
        return False
    m = _HOLDER_NEXT.match(run.text, run.spans[j - 1][1])
    if m is None:
        return True
    post = m.group().split()
    return not post or post[-1] in _LINKS
