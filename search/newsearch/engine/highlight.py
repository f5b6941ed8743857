"""What a query asks to highlight: the words, stems, phrases and prefixes of its positive
parts, for :mod:`newsearch.snippets`."""

from __future__ import annotations

from typing import Any

from .. import analysis
from ..query import positive_terms
from ..query import tree as t
from ..snippets import MatchSpec
from .compile import NAME_FIELD_MAP
from .schema import EXACT_FIELD


def match_spec(reader: Any, node: t.Node) -> MatchSpec:
    """What to highlight for the positive parts of ``node``; ``reader`` (a Whoosh index
    reader) spells out fuzzy terms."""
    spec = MatchSpec()
    prefixes: list[str] = []
    for leaf in positive_terms(node):
        if isinstance(leaf, t.Term):
            if leaf.field in NAME_FIELD_MAP:
                # A name is matched as written, never by its words' stems.
                spec.phrases.append(analysis.words(leaf.text))
            else:
                ws = analysis.words(leaf.text)
                if len(ws) > 1:
                    spec.phrases.append(ws)
                spec.stems.update(analysis.stem(w) for w in ws)
        elif isinstance(leaf, t.Phrase):
            ws = analysis.words(leaf.text)
            if leaf.slop or leaf.field in ("title",):
                spec.words.update(ws)
                spec.stems.update(analysis.stem(w) for w in ws)
            else:
                spec.phrases.append(ws)
        elif isinstance(leaf, t.Prefix):
            prefixes.extend(analysis.words(leaf.text)[-1:])
        elif isinstance(leaf, t.Fuzzy):
            for w in analysis.words(leaf.text)[-1:]:
                spec.words.update(reader.terms_within(EXACT_FIELD, w, leaf.distance, prefix=1))
    spec.prefixes = tuple(prefixes)
    return spec
