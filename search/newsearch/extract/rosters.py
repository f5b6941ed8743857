"""Squad lists and team sheets that give players by initial and surname with no dot ("D Chin
(Belgrave Harriers), J Gardener (Wessex and Bath)", "C Paterson; S Webster, A Craig").

BBC style drops the dot after an initial, so the dotted-initial cue ("M. Atherton") misses
these; a line made of such entries is a roster whatever the surnames' words ("K Wall",
"J Crane"). The test reads the whole line, so a stray capital letter in prose ("Plan B
Smith said") is no entry.
"""

from __future__ import annotations

import re

from .names import first_names
from .scan import Run, word_key

# What a roster line's entry is once brackets are gone: initials without dots, an optional
# particle ("CA del Fava", "R de Marigny") and a surname.
_ENTRY = re.compile(r"[A-Z]{1,2}[ \t]+(?:[a-z]{2,3}[ \t]+)?[A-Z][\w'’-]+")
# A player named in full beside them ("J McIlroy (Windsor AC), Jimmy Watkins (Cardiff AAC)").
_FULL = re.compile(r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]+){1,2}")
_BRACKETS = re.compile(r"\([^()\n]*\)")
_SPLIT = re.compile(r"[,;]")
# What may stand right after an entry's surname: its club or "(capt)", the next entry, or
# the line's end.
_AFTER = (" (", ",", ";", ".\n", "\n")


def initials_only(word: str) -> bool:
    """Whether a word is one or two initials set without dots ("D", "KP")."""
    return len(word) <= 2 and word.isalpha() and word.isupper()


def roster_entry(run: Run) -> int:
    """Where the surname starts in a run opening with initials without dots ("D Chin", "A N
    Other" gives 0: a placeholder), if the run is an entry of a roster, else 0. An entry:
    it opens its line or follows a list's comma, semicolon or colon, ends before a bracket,
    a separator or the line's end, and at least three in five of its line's entries (outside
    brackets, after a heading's colon) are players: initials and a surname, or a full name
    beside them. A line of one entry only counts when its initial is no article or pronoun
    ("K Wall (Basildon AC).", not "A Woman")."""
    words = run.words
    k = 1
    while k < len(words) - 1 and initials_only(words[k]):
        k += 1
    if words[k] == "Other":  # "A N Other": the place of a player still to be named
        return 0
    text, start, end = run.text, run.start, run.end
    if text[start - 1:start] not in ("\n", "") and text[start - 2:start] not in (", ", "; ", ": "):
        return 0
    if text[end:end + 2] not in _AFTER and text[end:end + 1] not in _AFTER and (
            text[end:].strip(" .") != ""):
        return 0
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = _BRACKETS.sub("", text[a:b if b >= 0 else len(text)])
    head, colon, rest = line.partition(": ")
    entries = [e.strip(" \t.") for e in _SPLIT.split(rest if colon and len(head) < 30 else line)]
    entries = [e for e in entries if e]
    hits = sum(1 for e in entries if _ENTRY.fullmatch(e))
    if len(entries) == 1:
        return k if hits == 1 and words[0] not in ("A", "I") else 0
    players = hits + sum(1 for e in entries if _FULL.fullmatch(e))
    return k if hits >= 1 and players >= 2 and players * 5 >= len(entries) * 3 else 0


def player_before(before: str) -> bool:
    """Whether text before a bracket ends in a player's name as a squad list gives it, with
    the club in the bracket: an initial and a surname ("G Murphy (Leicester)"), or a surname
    that is no given name ("S Grimes"); not a surname bracketed after a given name ("coach
    John (Kirwan)")."""
    words = before.split()
    return bool(words) and ((len(words) > 1 and initials_only(words[-2]))
                            or word_key(words[-1]) not in first_names())
