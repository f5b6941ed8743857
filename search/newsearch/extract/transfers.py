"""A player's transfer: the town a player is signed from or sold to is the club.

:func:`.teams.team_context` asks :func:`transfer_side` of a place's name after "from" or "to"
in a sports story ("signed White from Bristol", "selling the Dutchman to Lazio"): the deal's
verb and the player between make the town the club that sold or bought him.
"""

from __future__ import annotations

import re

from .scan import Run

# A deal's verb, then the player (one to three capitalised words, "him" or "the" and a
# noun), then "from"/"to" right before the name. (A plain "from"/"to" says nothing: "flew
# from Madrid", "went to Milan"; the verb with no player is in :data:`.teams._MATCH_BEFORE`.)
_TRANSFER_BEFORE = re.compile(
    r"\b(?:sign|signs|signed|signing|buy|buys|bought|buying|sell|sells|sold|selling|"
    r"lure|lured|luring|swap|swapped)[ \t]+(?:him|the[ \t]+[\w'’-]+|(?:[A-Z][\w'’-]*[ \t]+)"
    r"{0,2}[A-Z][\w'’-]*)[ \t]+(?:from|to)[ \t]+$")


def transfer_side(run: Run, before: str) -> bool:
    """Whether "<deal's verb> <player> from/to" stands right before the run ("signed White
    from Bristol", "sold him to Lazio"). ``before``: the folded word before the run; callers
    test that the story is about sport."""
    return before in {"from", "to"} and _TRANSFER_BEFORE.search(
        run.text, max(0, run.start - 48), run.start) is not None
