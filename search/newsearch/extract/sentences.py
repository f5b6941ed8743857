"""Where sentences start: after end punctuation, a dash after a stop word, a list item's
bullet, or a line break that ends a line rather than wrapping one (wire copy is set in
lines of 60 or 70 characters)."""

from __future__ import annotations

import re

from ..analysis import STOP_WORDS

# The first word at a position: initials ("U.S.") or a word with inner apostrophes.
_TOKEN = re.compile(r"(?:[^\W\d_a-z]\.){2,}|[^\W_]+(?:['’][^\W_]+)*")

_BULLETS = "*•·+-–—"
_WRAP_WIDTH = 50  # a line this long that stops in mid-sentence was wrapped, not ended


def _first_word_key(text: str, pos: int) -> str:
    """The lower-cased word at ``pos`` of ``text``, or ""."""
    m = _TOKEN.match(text, pos)
    return m.group().lower() if m else ""


def opens_sentence(text: str, pos: int) -> bool:
    """Whether a sentence starts at offset ``pos`` of ``text`` (a list item's too)."""
    before = text[pos - 6 if pos > 6 else 0:pos].rstrip(" \t\"“‘'(")
    last = before[-1:]  # (one slice for the tests below: asked of most runs)
    if not last or last in ".!?:;" or (last == "-" and ((two := before[-2:]) == "--" or (
            two == " -" and _first_word_key(text, pos) in STOP_WORDS))):  # "Note - The"
        return True
    if last == "\n":
        # A line break only wraps a sentence, as wire copy set in lines of 60 or 70
        # characters does ("... filed with the Securities and\nExchange Commission"), when
        # the word starts its line and the line before is a long one that stops in
        # mid-sentence. A paragraph's first line is indented there; headings are short.
        # (Written out here: a call for most paragraphs' first words.)
        if text[pos - 1:pos] != "\n":
            return True
        line = text[text.rfind("\n", 0, pos - 1) + 1:pos - 1].rstrip()
        return len(line) < _WRAP_WIDTH or not (line[-1].isalnum() or line[-1] in ",-&")
    # A list item opens a sentence: "\n  * At least 25 people ..." (Markdown, wiki pages).
    if last in _BULLETS:
        item = text[max(0, pos - 12):pos].rstrip(" \t\"“‘'(").rstrip(_BULLETS).rstrip(" \t")
        return not item or item[-1] == "\n"
    return False


def named_mid_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a sentence's first two words) also stands where no
    sentence starts, so its capitals are a name's there ("General Electric said ... shares of
    General Electric"): one sense per story."""
    phrase = text[start:end]
    pos = text.find(phrase)
    while pos >= 0:
        if pos != start and (pos == 0 or not text[pos - 1].isalnum()) \
                and not text[pos + len(phrase):pos + len(phrase) + 1].isalnum() \
                and not opens_sentence(text, pos):
            return True
        pos = text.find(phrase, pos + 1)
    return False
