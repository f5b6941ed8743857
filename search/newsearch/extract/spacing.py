"""Tokenised text made plain again: ``Germany 's`` -> ``Germany's``, ``Bank , said`` -> ``Bank,
said``.

Some archives hold wire copy as NLP corpora print it (CoNLL-2003, Penn Treebank): every
punctuation mark and clitic split off by spaces. The extractor's cues read the characters right
after a name ("'s ", ", which", ", Ariz."), so such text is glued back before extraction. Only
text that shows the spacing is touched; the stored article keeps its own text.
"""

from __future__ import annotations

import re

# " 's", " n't", " ," and friends: the marks of tokenised text.
_SIGNS = (" , ", " 's ", " n't ", " . ", " .\n", " ( ", " ) ")
_CLITIC = re.compile(r"(?<=\w) (n't|'(?:s|re|ve|ll|d|m))\b")
_PLURAL_POSSESSIVE = re.compile(r"(?<=s) '(?=\s)")  # "banks ' shares"
_BEFORE = re.compile(r" ([,.;:!?)\]%])")  # no space before a closing mark
_AFTER = re.compile(r"([(\[$]) ")  # none after an opening one
_QUOTE = re.compile(r'"')
_NO_BREAK = str.maketrans({"\xa0": " ", "\u202f": " "})


def tokenised(text: str) -> bool:
    """Whether ``text`` looks tokenised: at least two of its punctuation marks or clitics
    stand alone between spaces."""
    # (Most text: a few scans in C, no counting. A one-character search is a memchr, several
    # times cheaper than one for two characters, and half the stories hold no "'".)
    if " , " not in text and " ." not in text and (
            "'" not in text or (" '" not in text and " n't" not in text)):
        return False
    return sum(text.count(sign) for sign in _SIGNS) + text.endswith(" .") >= 2


def despace(text: str) -> str:
    """``text`` with tokenised spacing undone (unchanged when it does not look tokenised).
    Straight quotes are paired per line: an opening one takes the next word, a closing one
    the word before. No-break spaces (web copy: "killed.\xa0(Al Arabiya)") become spaces."""
    if "\xa0" in text or "\u202f" in text:
        text = text.translate(_NO_BREAK)
    if not tokenised(text):
        return text
    text = _CLITIC.sub(r"\1", text)
    text = _PLURAL_POSSESSIVE.sub("'", text)
    text = _BEFORE.sub(r"\1", text)
    text = _AFTER.sub(r"\1", text)
    if '"' in text:
        text = "\n".join(_pair_quotes(line) if '"' in line else line
                         for line in text.split("\n"))
    return text


def _pair_quotes(line: str) -> str:
    parts = _QUOTE.split(line)
    out = parts[0]
    for k, part in enumerate(parts[1:]):
        if k % 2 == 0:  # an opening quote
            out += '"' + part.lstrip(" ")
        else:
            out = out.rstrip(" ") + '"' + part
    return out
