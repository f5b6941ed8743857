"""Respelling a query with few hits ("did you mean")."""

from __future__ import annotations

from typing import Any

from .. import analysis
from ..query import positive_terms
from ..query import tree as t
from .schema import EXACT_FIELD


def respell(reader: Any, node: t.Node, text: str) -> str | None:
    """``text`` with each unknown word of its plain terms replaced by the most frequent
    indexed word within one or two edits (same first letter), or None if nothing changed."""
    replacement = text
    changed = False
    for leaf in positive_terms(node):
        if not isinstance(leaf, t.Term) or leaf.field not in (None, "title", "body"):
            continue
        for word in analysis.words(leaf.text):
            if reader.doc_frequency(EXACT_FIELD, word) > 0 or len(word) < 3:
                continue
            options = [(reader.doc_frequency(EXACT_FIELD, c), c)
                       for c in reader.terms_within(EXACT_FIELD, word,
                                                    1 if len(word) < 6 else 2, prefix=1)]
            if options:
                best = max(options)[1]
                replacement = _replace_word(replacement, leaf.text, word, best)
                changed = True
    return replacement if changed and replacement != text else None


def _replace_word(text: str, original: str, word: str, better: str) -> str:
    """Replace ``word`` (as found, any case) inside ``text`` with ``better``."""
    lower = text.lower()
    pos = lower.find(word)
    if pos < 0:
        return text.replace(original, better, 1)
    return text[:pos] + better + text[pos + len(word):]
