"""Sides in a fixture or a results row: "Arsenal v Leeds", "Ajax 2 PSV Eindhoven 1",
"Barcelona 10 7 2 1 20 8 23", "Orlando 88 MIAMI 91 (OT)". :mod:`.orgs` and :mod:`.classify`
ask :func:`in_fixture` of a name (a town's too) that a score or a "v" follows or precedes."""

from __future__ import annotations

import re

from .scan import Run
from .sportstory import sports_text

# "Ajax 2 PSV Eindhoven 1", "Barcelona 10 7 2 1 20 8 23": a name opening a line and followed by
# a score, then another named side with its score or the rest of a table row.
_SCORE_ROW = re.compile(r"[ \t]+\d{1,3}(?:[ \t]+[A-Z][\w.'&-]*(?:[ \t]+[A-Z][\w.'&-]*)*"
                        r"[ \t]+\d{1,3}|(?:[ \t]+-?\d{1,3}){3,})[ \t]*(?:\n|$)")
_FIRST_SIDE = re.compile(r"[ \t]*[A-Z][\w.'&-]*(?:[ \t]+[A-Z][\w.'&-]*)*[ \t]+\d{1,3}[ \t]+")
_LAST_SCORE = re.compile(r"[ \t]+\d{1,3}[ \t]*(?:\n|$)")
# The same row's score with more after it, asked only in a sports story: a short note in
# brackets ("Orlando 88 MIAMI 91 (OT)", "... 1 (aet)") or the next item of a summary
# ("Lazio 0 Internazionale 0. Halftime 0-0").
_ROW_NOTE_END = r"[ \t]*(?:\([A-Za-z.]{2,6}\)[ \t]*)?(?:\n|$|\.[ \t]+[A-Z])"
_SCORE_ROW_NOTE = re.compile(r"[ \t]+\d{1,3}[ \t]+[A-Z][\w.'&-]*(?:[ \t]+[A-Z][\w.'&-]*)*"
                             r"[ \t]+\d{1,3}" + _ROW_NOTE_END)
_LAST_SCORE_NOTE = re.compile(r"[ \t]+\d{1,3}" + _ROW_NOTE_END)
# A sports fixture between two sides: "Arsenal v Leeds".
_VERSUS_AFTER = re.compile(r"[ \t]+(?:v|vs\.?)[ \t]+[A-Z]")
_VERSUS_BEFORE = re.compile(r"[A-Za-z][ \t]+(?:v|vs\.?)[ \t]+$")


def maybe_fixture(run: Run) -> bool:
    """A cheap first test for :func:`in_fixture`: " v" or a digit after, "v " before."""
    text = run.text
    end = run.end
    return text[end:end + 2] == " v" or text[end + 1:end + 2].isdigit() \
        or text[run.start - 3:run.start] in {" v ", "vs ", "s. "}


def in_fixture(run: Run) -> bool:
    """Whether the run is a side in a fixture ("Arsenal v Leeds") or opens a results row."""
    text = run.text
    end = run.end
    start = run.start
    if text[end + 1:end + 2] == "v" and _VERSUS_AFTER.match(text, end):
        return True
    if text[start - 3:start] in {" v ", "vs ", "s. "} and _VERSUS_BEFORE.search(
            text, max(0, start - 12), start):
        return True
    if end >= len(text) or text[end] not in " \t" or not ("0" <= text[end + 1:end + 2] <= "9"):
        return False
    line_start = text.rfind("\n", 0, run.start) + 1
    if text[start - 2:start] == ": " and sports_text(text):
        line_start = start  # after a label: "Played on Friday: Nottingham Forest 0 ..."
    if text[line_start:run.start].strip():
        # The second side of a results row: "Barcelona 2 Ajax 1".
        return _FIRST_SIDE.fullmatch(text, line_start, run.start) is not None \
            and (_LAST_SCORE.match(text, end) is not None or (
                _LAST_SCORE_NOTE.match(text, end) is not None and sports_text(text)))
    return _SCORE_ROW.match(text, end) is not None or (
        _SCORE_ROW_NOTE.match(text, end) is not None and sports_text(text))
