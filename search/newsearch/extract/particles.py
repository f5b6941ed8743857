"""Surname particles: "Orlando dos Santos", "Henri de Villiers", "Ramon del Rosario".

A Romance or Dutch particle in lower case ("de", "dos", "del", "van") joins a given name to a
surname that is often a place's name too (Santos, Villiers, Rosario). English writes a person's
place with "of" ("Conchita Martinez of Spain"), which :func:`.namecues.trim_edges` cuts off;
after a given name, a particle of another language opens the surname instead.
"""

from __future__ import annotations

from .data import wordset
from .names import first_names
from .scan import LINKERS, Run

# Particles that open a surname; not "of", "for" (English), nor Arabic and French articles
# that open places and works too ("Le Roi de Lahore", "la", "al").
SURNAME_PARTICLES = wordset("de da do dos das di du del della dela delos van von der den")


# Particles of African and Muslim names that English copy never sets before a place, so the
# name after them is a surname after any first name ("Kengo wa Dondo", "Zia ul Haq").
NAME_ONLY_PARTICLES = wordset("wa ul bin ibn bint")


def particle_surname(run: Run, i: int, j: int) -> bool:
    """Whether words ``i:j`` of a run end in a surname particle and a name after a given
    name ("Orlando dos Santos"), which callers found is a place's name too."""
    first, particle = run.keys[i], run.keys[j - 2]
    if particle in NAME_ONLY_PARTICLES:
        return True
    return particle in SURNAME_PARTICLES and first in first_names() \
        and first not in LINKERS and run.words[i][1:].islower()
