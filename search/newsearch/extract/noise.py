"""Text blanked out before looking for names: nicknames inside names and photo credits."""

from __future__ import annotations

import re

# A quoted nickname between two parts of a name: Suhail "The Tiger" Hassan.
_NICKNAME = re.compile(r'["“][A-Z][^"”\n]{0,30}["”](?=[ \t]+[A-Z])')
# The same for text without curly quotes (most): the engine finds a literal first character
# several times faster than one of a class.
_STRAIGHT_NICKNAME = re.compile(r'"[A-Z][^"\n]{0,30}"(?=[ \t]+[A-Z])')
# The same in single quotes, which also quote words in headlines ("targets 'New Labour' MP"):
# only between a capitalised word and another, as in Brian 'Head' Welch.
_SINGLE_NICKNAME = re.compile(r" '[A-Z][^'\n]{0,30}'(?= [A-Z])")
_NAME_END = re.compile(r"(?:^|\W)[A-Z][a-z]+$")
# A photo credit: "(Ali Nasser / AFP/Getty Images)", "(AP Photo/Jane Doe)".
_CREDIT = re.compile(r"\((?:[^()\n/]{1,60}/)+[^()\n/]{1,60}\)")


def blank_noise(text: str) -> str:
    """``text`` with nicknames and photo credits blanked out (offsets are kept)."""
    if "(" in text and "/" in text:
        text = _CREDIT.sub(lambda m: " " * len(m.group()), text)
    if '"' in text or "“" in text:
        # (Without a character beyond Latin-1 in the text, "in" answers these two at once.)
        curly = "“" in text or "”" in text
        text = (_NICKNAME if curly else _STRAIGHT_NICKNAME).sub(_blank_nickname, text)
    if "'" in text and " '" in text:  # (the first a memchr: half the stories hold no "'")
        text = _SINGLE_NICKNAME.sub(_blank_quoted, text)
    return text


def _blank_quoted(m: re.Match) -> str:
    # Only after a capitalised word (a given name): the quote and the nickname are blanked.
    at = m.start()
    if _NAME_END.search(m.string, max(0, at - 20), at):
        return " " * len(m.group())
    return m.group()


def _blank_nickname(m: re.Match) -> str:
    # Only between two parts of a name: a word, one space, the quote.
    s = m.string
    at = m.start()
    if at >= 2 and s[at - 1] in " \t" and s[at - 2].isalnum():
        return " " * len(m.group())
    return m.group()
