"""People in wire stories set all in lower case, where capitals say nothing.

Some wire copy reaches the archive in lower case ("president victor paz estenssoro"). There
the capitalised runs :mod:`.actors` reads are missing, but a title or a role before a known
given name, and a surname that is no common word, still name a person.
"""

from __future__ import annotations

import re

from .data.common_words import WORDS as COMMON_WORDS
from .names import first_names

# ASCII bytes other than capitals, deleted to count the capitals cheaply (in C).
_NOT_CAPS = bytes(b for b in range(128) if not 65 <= b <= 90)
# A story this long with fewer capitals than this share of its bytes is set in lower case.
_MIN_CHARS = 200
_CAPS_SHARE = 0.01
# A title or role right before a name, then two or three lower-case words. The roles are a
# subset of names.TITLE_WORDS and ROLE_WORDS: those sets also hold portfolio words
# ("finance", "energy") and words such as "general" or "father" that, without
# capitals to tell them apart, open ordinary phrases as often as names.
_TITLED = re.compile(
    r"\b(?:president|minister|leader|chairman|spokesman|governor|senator|secretary|premier|"
    r"chancellor|ambassador|envoy|director|economist|analyst)[ \t\n]+"
    r"([a-z]+)[ \t\n]+([a-z]+)(?:[ \t\n]+([a-z]+))?")


def lower_case_people(text: str) -> list[str]:
    """People named after a title in a story set (nearly) all in lower case: "leader mario
    galindas told" gives "Mario Galindas" when "mario" is a given name and "galindas" no
    common word; empty for ordinary text."""
    if len(text) < _MIN_CHARS or not text.isascii():
        return []
    raw = text.encode()
    if len(raw.translate(None, _NOT_CAPS)) > _CAPS_SHARE * len(raw):
        return []
    given = first_names()
    found: list[str] = []
    for m in _TITLED.finditer(text):
        first, second, third = m.groups()
        if first not in given or first in COMMON_WORDS or second in COMMON_WORDS:
            continue
        words = [first, second] + ([third] if third and third not in COMMON_WORDS else [])
        name = " ".join(w.capitalize() for w in words)
        if name not in found:
            found.append(name)
    return found


def add_lower_case_people(people: list[str], text: str, capitals: int = 0) -> list[str]:
    """``people`` with those :func:`lower_case_people` finds in ``text``; a full name found
    there replaces its surname alone ("Galindas said" later in the story). ``capitals``: how
    many capitals the text holds at least (the count of its runs, each opening with one):
    enough of them settle that it is no story set in lower case, without counting them all."""
    if capitals > _CAPS_SHARE * len(text):
        return people
    for name in lower_case_people(text):
        surname = name.rsplit(" ", 1)[-1]
        people = [p for p in people if p != surname and p != name] + [name]
    return people
