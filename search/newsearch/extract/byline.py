"""Bylines: who wrote the story ("By NAME", "NAME is a special correspondent", "Reporting by")."""

from __future__ import annotations

import re

from ..analysis import fold
from .names import first_names

_PARTICLES = r"de|van|von|al|el|bin"
_NAME = rf"[A-Z][\w.'’-]+(?:[ \t]+(?:[A-Z][\w.'’-]+|{_PARTICLES}))*"  # one line
_BY = re.compile(rf"^\s*By\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*(?:[,|/(\n]|$)",
                 re.M)
_ROLES = "correspondent|reporter|writer|editor|contributor|journalist|columnist"
_CORRESPONDENT = re.compile(
    rf"(?:^|[.\n]\s*)({_NAME}(?:\s*(?:,|and)\s*{_NAME})*)\s+(?:is|are)\s+(?:a|an|the|our)\s+"
    rf"(?:[\w-]+\s+){{0,3}}(?:{_ROLES})s?\b")
_REPORTING = re.compile(r"(?:Reporting|Reported|Writing|Additional reporting)\s+by\s+"
                        r"([^;)\n]+)")
_ROLE_WORDS = tuple(_ROLES.split("|"))
# _CORRESPONDENT's role always follows white space: a cheap test that skips its slow search
# where a role word only ends another word ("creditors" holds "editor").
_ROLE_AFTER_SPACE = re.compile(rf"\s(?:{_ROLES})")
_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_PLACE_TAIL = re.compile(r"\s+in\s+.*$")
# A name alone on the first line, as wire copy prints its byline above the dateline
# ("Peter Blackburn\nBRUSSELS 1996-08-22\n", "By Mark Heinrich\n\nBONN, March 3 -"): two to
# four capitalised words.
_NAME_LINE = re.compile(rf"[ \t]*\n?[ \t]*(?:By[ \t]+)?([A-Z][a-z][\w.'’-]*(?:[ \t]+(?:"
                        rf"[A-Z][\w.'’-]*|{_PARTICLES})){{1,3}})[ \t]*\n(?:[ \t]*\n)*")


def name_line(text: str) -> tuple[str, int]:
    """The person's name alone on the first line of ``text`` (a given name first) and where
    the next line starts, or ("", 0). Only a dateline after it makes it a byline: callers
    check that."""
    m = _NAME_LINE.match(text)
    if not m or fold(m.group(1).split()[0]) not in first_names():
        return "", 0
    return m.group(1), m.end()


def _names(chunk: str) -> list[str]:
    out = []
    for part in _SPLIT.split(chunk):
        part = _PLACE_TAIL.sub("", " ".join(part.split())).strip(" .")
        if part and part[0].isupper() and len(part.split()) <= 4:
            out.append(part)
    return out


def extract_byline(text: str, above_dateline: str = "") -> list[str]:
    """Authors named in ``text``, in order, without repeats; editors are not authors.

    Looks at a "By ..." line near the top, "X is a special correspondent" sentences and wire
    credits such as "Reporting by X; Editing by Y" (only X is kept). ``above_dateline`` is a
    name printed alone above the story's dateline, which wire copy uses as its byline.
    """
    found: list[str] = [above_dateline] if above_dateline else []
    head = text[:400]
    # Cheap substring tests first: most stories carry none of these forms.
    if "By" in head:
        for m in _BY.finditer(head):
            found.extend(_names(m.group(1)))
    if " by " in text and ("Report" in text or "Writing" in text):
        for m in _REPORTING.finditer(text):
            found.extend(_names(m.group(1)))
    tail = text[-600:]
    for role in _ROLE_WORDS:  # (a loop: any() over a generator costs a frame and a resume each)
        if role in tail:
            if _ROLE_AFTER_SPACE.search(tail):
                for m in _CORRESPONDENT.finditer(tail):
                    found.extend(_names(m.group(1)))
            break
    return list(dict.fromkeys(found))
