"""Text set in capitals: wire headlines and all-caps paragraphs, where case says nothing.

:mod:`.scan` marks the runs found there; the extractors ask :func:`is_caps_text` of a title.
Both tests run on bytes where the text is ASCII (most wire copy): a translation table and
``bytes.find`` in C instead of a regular expression over every character.
"""

from __future__ import annotations

import re

# Long stretches without a lower-case letter: headlines and all-caps paragraphs.
_CAPS_STRETCH = re.compile(r"[^a-z]{40,}")
# Most texts have none, and the expression costs ~200 machine instructions a character: ASCII
# text is mapped to "a" (lower case) / "X" (the rest) and bytes.find seeks 40 X's, far cheaper.
_CASE_MAP = bytes.maketrans(bytes(range(256)), bytes(
    97 if 97 <= b <= 122 else 88 for b in range(256)))
_NO_LOWER_40 = b"X" * 40
_LOWER = re.compile(r"[a-zß-öø-ÿ]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NOT_LETTERS = bytes(b for b in range(256) if b not in _ASCII_LETTERS)
_NOT_LOWER = bytes(b for b in range(256) if not 97 <= b <= 122)


def is_caps_text(text: str) -> bool:
    """Whether ``text`` is set in capitals (a wire headline), where case says nothing."""
    if text.isascii():  # counted in C: the letters are what deleting the rest leaves
        raw = text.encode()
        letters = len(raw.translate(None, _NOT_LETTERS))
        if letters < 4:
            return False
        return len(raw.translate(None, _NOT_LOWER)) < 0.3 * letters
    letters = sum(map(len, _LETTERS.findall(text)))
    if letters < 4:
        return False
    lower = sum(map(len, _LOWER.findall(text)))
    return lower < 0.3 * letters


def _may_have_stretch(text: str) -> bool:
    """Whether ``text`` may hold 40 characters in a row without a lower-case ASCII letter."""
    if not text.isascii():
        return True
    return text.encode("ascii").translate(_CASE_MAP).find(_NO_LOWER_40) >= 0


def caps_stretches(text: str) -> list[tuple[int, int]]:
    """Offsets of the stretches of 40 characters or more without a lower-case ASCII letter
    (headlines and all-caps paragraphs inside a body)."""
    if len(text) < 40 or not _may_have_stretch(text):
        return []
    return [m.span() for m in _CAPS_STRETCH.finditer(text)]


def case_shift(before: str, after: str) -> bool:
    """Whether a word in capitals (four letters or more, no initials) follows one that is
    not in capitals."""
    return len(after) >= 4 and after.isupper() and after.isalpha() and not before.isupper()
