"""Who made a poll, a survey, a study or a report: a body, in copy that cites research.

Copy credits its figures to whoever gathered them: "a survey by GMIPoll found", "according to
a report by Jupiter Research", "a study by Computeractive Magazine revealed", "the poll,
carried out by ICM Research", "economists polled by Reuters", "gizmos compiled by Stuff
Magazine". A pollster, a research firm, a magazine, an agency or a committee does that work; a
person who writes a report is named with a given name or a title ("a report by George
Gaspar", "conducted by Doctors Michael Hershfield"), and :mod:`.classify` reads those first. A
month or a day after "by" is a deadline ("a final report by July"). None of it is a list of
organisations.
"""

from __future__ import annotations

import re

from .gazetteer import MONTHS_AND_DAYS
from .names import HONORIFICS, first_names
from .scan import Run

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_MONTHS_AND_DAYS = MONTHS_AND_DAYS

# A research noun or a verb of gathering, then "by" (and "the") right before the name: "survey
# by", "study, commissioned by the", "polled by". Not "published by" (a book's publisher may
# be its author), nor "review by" (a film's reviewer), nor "for"/"from" (a month, a place:
# "figures for March", "reports from Tokyo").
_STUDY_BY = re.compile(r"(?:\b(?:report|reports|survey|surveys|study|studies|poll|polls|research|"
                       r"analysis|audit|compiled|conducted|commissioned|polled|carried[ \t]+out)"
                       r"[ \t\n]+by[ \t\n]+(?:the[ \t\n]+)?)\Z")


def _by_before(text: str, start: int) -> bool:
    """Whether :data:`_STUDY_BY` ends right before ``start``. ("by" and maybe "the" are
    tested first: the search tries every noun at every offset of the window, ~10,000 machine
    instructions, and most names after "the" follow no "by".)"""
    lo = start - 40 if start > 40 else 0
    bare = text[lo:start].rstrip(" \t\n")
    if bare[-3:] == "the":
        bare = bare[:-3].rstrip(" \t\n")
    return bare[-2:] == "by" and _STUDY_BY.search(text, lo, start) is not None


def study_by(run: Run, words: list[str]) -> bool:
    """Whether the run (its folded ``words``) opens right after a research noun or a verb of
    gathering and "by" ("a survey by GMIPoll", "compiled by Stuff Magazine"): the body that
    did the work. Not a name a given name or an honorific opens or follows ("conducted by
    Doctors Michael Hershfield", "Lord Chancellor's Department"), a month or a day ("a final
    report by July")."""
    start = run.start
    return run.text[start - 3:start] in {"by ", "he ", "by\n", "he\n"} \
        and _by_before(run.text, start) \
        and not any(w in first_names() or w in HONORIFICS for w in words[:2]) \
        and _MONTHS_AND_DAYS.isdisjoint(words)

