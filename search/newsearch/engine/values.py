"""Filters by facet value: exactly the documents a facet counts under that value.

A filter (``--person``, ``--org``, ``--about``, ``--byline``...) is what a click on
a facet value does, so it must find as many articles as the facet showed. Query
clauses (``person:Johnson``) match the words of names instead: "Johnson" also finds
"Lyndon Johnson", "Sudan" South Sudan's stories and "Treasury" every body with the
word. So a filter whose text names a facet value (or a name group,
:mod:`.namegroups`) reads that value's documents from the facet tables; a text that
names none falls back to the clause.
"""

from __future__ import annotations

import numpy as np

from ..analysis import name_key
from ..query import tree as t
from .aliases import NAMED_FACETS, Aliases
from .facets import FacetTables
from .schema import FIELD_FACETS


class ValueIndex:
    """Facet value look-ups for one reader generation, built on first use."""

    def __init__(self, tables: FacetTables, aliases: Aliases) -> None:
        self.tables = tables
        self.aliases = aliases
        self._exact: dict[str, dict[str, int]] = {}
        self._keyed: dict[str, dict[str, int]] = {}
        self._docs: dict[tuple[str, int], np.ndarray] = {}  # (a pass over the pairs each)

    def docs(self, node: t.Node) -> np.ndarray | None:
        """The documents (ascending) of the facet value a filter clause names, or None
        when ``node`` is no plain value clause or its text names no value."""
        if not isinstance(node, t.Phrase | t.Term) or getattr(node, "slop", 0):
            return None
        found = [d for facet in FIELD_FACETS.get(node.field or "", ())
                 if (d := self._facet_docs(facet, node.text)) is not None]
        if not found:
            return None
        return found[0] if len(found) == 1 else np.union1d(found[0], found[1])

    def _facet_docs(self, facet: str, text: str) -> np.ndarray | None:
        table = self.tables.facets.get(facet)
        if table is None:
            return None
        exact = self._exact.get(facet)
        if exact is None:
            exact = self._exact[facet] = {name: i for i, name in enumerate(table.names)}
        # A name group first: the tables count its members under the group's name.
        members = self.aliases.members(facet, text) if facet in NAMED_FACETS else ()
        value = exact.get(members[0]) if members else exact.get(text)
        if value is None:
            keyed = self._keyed.get(facet)
            if keyed is None:
                keyed = self._keyed[facet] = {}
                for i, name in enumerate(table.names):
                    keyed.setdefault(name_key(name), i)
            value = keyed.get(name_key(text))
        if value is None:
            return None
        docs = self._docs.get((facet, value))
        if docs is None:
            docs = self._docs[facet, value] = table.docs[table.values == value]
        # (A value whose documents all went to another ("Merrill Lynch" read as a person,
        # now counted as the firm) is left to the clause, which finds them.)
        return docs if len(docs) else None


def split(index: ValueIndex, filters: list[t.Node]) -> tuple[list[np.ndarray], list[t.Node]]:
    """The document sets of the filters that name facet values, and the other filters."""
    sets, rest = [], []
    for node in filters:
        docs = index.docs(node)
        if docs is None:
            rest.append(node)
        else:
            sets.append(docs)
    return sets, rest
