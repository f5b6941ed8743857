"""The Whoosh schema of a newsearch index, and the analyzers behind it.

Field plan (one place, so the writer and the query compiler agree):

- ``content``  ranked text: title (counted twice, the title boost) + caption +
  body, folded and stemmed, no positions. Plain words are scored here, as one
  weighted field rather than a per-field sum.
- ``exact``    title + caption + body, folded but unstemmed, with positions:
  exact phrases, proximity, wildcards, fuzzy terms and spelling suggestions.
- ``title``    stemmed with positions, for ``title:``. ``body:`` searches ``content``:
  a third copy of the text would cost a third more indexing time.
- name fields  ``place`` (every place mentioned), ``about`` (the places a story
  is about: the facet's drill-down), ``person``, ``org``, ``byline``, ``source``, ``topic``:
  every name as normalised words with positions, names kept apart by a gap
  token, so ``person:Assad`` and ``person:"Bashar Assad"`` both match.
- ``day``      the date's day number, for fast ranges (the full date is stored).
- ``facet_data`` a per-document column with each facet's display values (the
  place facet: only the places a story is about) and the day: facet counts,
  date histograms and date sorting read it (engine/facets.py), so facets need
  no indexed terms of their own.

Schema 5 dropped the ``f_*`` keyword fields and the indexed ``date`` field
that schema 4 wrote for facets and sorting: nothing read them any more, and
their terms were about a sixth of all the terms a worker wrote.
"""

from __future__ import annotations

from typing import Any

from whoosh import columns, fields
from whoosh.analysis import Token, Tokenizer

from .. import analysis

SCHEMA_VERSION = 5

# Separates names inside a name field so a phrase never spans two names.
NAME_GAP = "\x00"

NAME_FIELDS = ("place", "about", "person", "org", "byline", "source", "topic")
# Facets counted from the facet_data column, in its encoding order.
FACETS = ("place", "person", "org", "byline", "source", "topic")
# The facets whose values a name field's clause or filter names. ``place`` (any place
# mentioned) has none: the place facet counts the places a story is about, ``about``.
FIELD_FACETS = {"about": ("place",), "person": ("person",), "org": ("org",),
                "actor": ("person", "org"), "byline": ("byline",), "source": ("source",),
                "topic": ("topic",)}
RANKED_FIELD = "content"
EXACT_FIELD = "exact"
TITLE_REPEAT = 2  # how many times the title counts in ``content``


class FoldingTokenizer(Tokenizer):
    """Whoosh tokenizer over :func:`newsearch.analysis.tokens`, optionally stemming."""

    def __init__(self, stemming: bool) -> None:
        self.stemming = stemming

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FoldingTokenizer) and other.stemming == self.stemming

    def __hash__(self) -> int:
        return hash(("FoldingTokenizer", self.stemming))

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: Any):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        stem = analysis.stem if self.stemming else None
        for word, start, end in analysis.tokens(value):
            token.text = stem(word) if stem else word
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = pos
                pos += 1
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


class NameTokenizer(Tokenizer):
    """Tokenizes newline-separated names into name words with a gap between names."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NameTokenizer)

    def __hash__(self) -> int:
        return hash("NameTokenizer")

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 removestops: bool = True, start_pos: int = 0, mode: str = "",
                 **kwargs: Any):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for word in name_terms(value.split("\n")):
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = pos
                pos += 1
            yield token


def name_terms(names: list[str]) -> list[str]:
    """The terms a name field indexes for ``names``.

    Each name gives its words (so ``person:Assad`` finds "Bashar Assad") and,
    when it has several, its whole normalised key as one more term (so
    ``person:"Bashar Assad"`` is a single-term lookup, not a phrase match);
    a gap token keeps names apart.
    """
    if len(names) < 2:  # most fields of most stories: one name (the source) or none
        return list(_name_parts[names[0]]) if names else []
    out: list[str] = []
    for name in names:
        ws = _name_parts[name]
        if ws:
            if out:
                out.append(NAME_GAP)
            out.extend(ws)
    return out


class _NameParts(dict):
    """Name -> its terms in a name field (words, then the key of a several-word name):
    the same names come back story after story (places, topics, the source)."""

    def __missing__(self, name: str) -> tuple[str, ...]:
        if len(self) >= 200_000:
            self.clear()  # bounded: a long run may meet many distinct names
        ws = analysis.name_words(name)
        parts = self[name] = (*ws, " ".join(ws)) if len(ws) > 1 else tuple(ws)
        return parts


_name_parts = _NameParts()


def _text(stemming: bool, positions: bool, stored: bool = False) -> fields.TEXT:
    return fields.TEXT(analyzer=FoldingTokenizer(stemming), phrase=positions, stored=stored)


def build_schema() -> fields.Schema:
    """Create the schema every newsearch index uses."""
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        key=fields.STORED(),
        file=fields.ID(stored=True),
        content=_text(stemming=True, positions=False),
        exact=_text(stemming=False, positions=True),
        title=_text(stemming=True, positions=True),
        # The day as a proleptic ordinal: date ranges become a handful of
        # numeric terms instead of Whoosh's microsecond-resolution tiers.
        day=fields.NUMERIC(int, bits=32, signed=False, shift_step=4),
        stored_data=fields.STORED(),
        # Facet values and day of each document in one small per-document
        # column: a one-off query counts its own hits' facets without first
        # building whole-index tables (see engine/facets.py).
        facet_data=fields.COLUMN(columns.VarBytesColumn()),
    )
    for name in NAME_FIELDS:
        schema.add(name, fields.TEXT(analyzer=NameTokenizer(), phrase=True))
    return schema
