"""An office's field: the place or body named after a title and "of" ("Governor of Santa Cruz",
"Attorney General of New York", "President of Sao Tome and Principe, Carlos Vila Nova").

The words straight after "<title> of" name what the office is over, never its holder: nobody
is "Governor of" a person, however many given names the place's name holds ("Santa Cruz",
"Santa Monica"). A run may still go on to the holder once the field is named ("Acting
President of Venezuela Delcy Rodriguez", "Governor of Odesa Oblast Oleh Kiper"): the field
then opens with the longest place the gazetteer knows, and the holder's name follows it.
"""

from __future__ import annotations

from .known import is_demonym, is_place
from .names import first_names
from .scan import Run

_LONGEST = 4  # words in a field's place name


def field_place(run: Run, start: int, n: int) -> int:
    """Where the holder's name starts after an office's field opening at word ``start``
    (after "of"), or ``start`` when the run names no holder there. The field's head is the
    longest place the gazetteer knows (no adjective: "American Samoa"); the holder follows it,
    from the first given name on ("Odesa Oblast Oleh Kiper") or, with none, as two words or
    more ("Venezuela Delcy Rodriguez"; "Puerto Rico" is one place)."""
    keys = run.keys
    for end in range(min(n - 1, start + _LONGEST), start, -1):
        if is_place(field := run.surface(start, end)) and not is_demonym(field):
            names = first_names()
            for k in range(end, n - 1):
                if keys[k] in names:
                    return k
            return end if n - end >= 2 else start
    return start
