"""Bylines: who wrote the story ("By NAME", "NAME is a special correspondent", "Reporting by")."""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|al|el|bin))*"
_BY = re.compile(rf"^\s*By\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*(?:[,|/(\n]|$)",
                 re.M)
_ROLES = "correspondent|reporter|writer|editor|contributor|journalist|columnist"
_CORRESPONDENT = re.compile(
    rf"(?:^|[.\n]\s*)({_NAME}(?:\s*(?:,|and)\s*{_NAME})*)\s+(?:is|are)\s+(?:a|an|the|our)\s+"
    rf"(?:[\w-]+\s+){{0,3}}(?:{_ROLES})s?\b")
_REPORTING = re.compile(r"(?:Reporting|Reported|Writing|Additional reporting)\s+by\s+"
                        r"([^;)\n]+)")
_ROLE_WORDS = tuple(_ROLES.split("|"))
_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_PLACE_TAIL = re.compile(r"\s+in\s+.*$")


def _names(chunk: str) -> list[str]:
    out = []
    for part in _SPLIT.split(chunk):
        part = _PLACE_TAIL.sub("", " ".join(part.split())).strip(" .")
        if part and part[0].isupper() and len(part.split()) <= 4:
            out.append(part)
    return out


def extract_byline(text: str) -> list[str]:
    """Authors named in ``text``, in order, without repeats; editors are not authors.

    Looks at a "By ..." line near the top, "X is a special correspondent" sentences and wire
    credits such as "Reporting by X; Editing by Y" (only X is kept).
    """
    found: list[str] = []
    head = text[:400]
    # Cheap substring tests first: most stories carry none of these forms.
    if "By" in head:
        for m in _BY.finditer(head):
            found.extend(_names(m.group(1)))
    if " by " in text and ("Report" in text or "Writing" in text):
        for m in _REPORTING.finditer(text):
            found.extend(_names(m.group(1)))
    tail = text[-600:]
    if any(role in tail for role in _ROLE_WORDS):
        for m in _CORRESPONDENT.finditer(tail):
            found.extend(_names(m.group(1)))
    return list(dict.fromkeys(found))
