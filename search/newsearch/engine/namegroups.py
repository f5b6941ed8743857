"""Using the collection's name groups (:mod:`.aliases`): facet tables, queries, the cache.

The groups are decided once per reader generation and kept in the index folder
(``newsearch.aliases.json``, keyed by the segments they were made from), so a
one-off query reads them instead of counting every value again. Facet tables count
each story once per group; a name clause is widened to every name of its group.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ..query import tree as t
from . import segfacets
from .aliases import NAMED_FACETS, Aliases, build, from_canon
from .facets import FacetTable, FacetTables
from .schema import FIELD_FACETS


def merge_table(table: FacetTable, canon: Mapping[str, str], drop: Iterable[str] = (),
                extra: tuple[np.ndarray, list[str]] | None = None) -> FacetTable:
    """``table`` with each value counted under its group's name, once per document,
    without the values in ``drop`` and with ``extra`` (documents, value names) added."""
    ids = {name: i for i, name in enumerate(table.names)}
    remap = np.arange(len(table.names), dtype=np.int64)
    for value, head in canon.items():
        i, j = ids.get(value), ids.get(head)
        if i is not None and j is not None:
            remap[i] = j
    for value in drop:
        if value in ids:
            remap[ids[value]] = -1
    docs, values = table.docs, remap[table.values]
    touched = values != table.values
    if extra is not None and len(extra[0]):
        add = np.array([ids.get(name, -1) for name in extra[1]], dtype=np.int64)
        keep = add >= 0
        docs = np.concatenate([docs, extra[0][keep]])
        values = np.concatenate([values, remap[add[keep]]])
        touched = np.concatenate([touched, np.ones(int(keep.sum()), bool)])
    if not touched.any():
        return table
    total = len(table.starts) - 1
    # Only a document with a moved value can hold a group twice: its pairs are made
    # unique over doc * width + value; every other document's pairs stay as they are,
    # so the cost follows the moved values, not the whole table.
    redo = np.zeros(total, bool)
    redo[docs[touched]] = True
    again = redo[docs]
    kept = again & (values >= 0)
    width = len(table.names)
    pairs = np.unique(docs[kept] * width + values[kept])
    docs = np.concatenate([docs[~again], pairs // width])
    values = np.concatenate([values[~again], pairs % width])
    order = np.argsort(docs, kind="stable")  # two sorted runs: one merge
    docs, values = docs[order], values[order]
    return FacetTable(table.names, docs, values, np.searchsorted(docs, np.arange(total + 1)))


def merge_tables(tables: FacetTables, aliases: Aliases) -> FacetTables:
    """``tables`` with the person and org facets counted by group (:func:`merge_table`),
    firms read as people counted as bodies and surnames read as bodies as people."""
    people, orgs = tables.facets.get("person"), tables.facets.get("org")
    if people is None or orgs is None:
        return tables
    tables.facets["person"] = merge_table(people, aliases.canon.get("person", {}),
                                          drop=aliases.firms,
                                          extra=_moved(orgs, aliases.surnames))
    tables.facets["org"] = merge_table(orgs, aliases.canon.get("org", {}),
                                       drop=aliases.surnames,
                                       extra=_moved(people, aliases.firms))
    return tables


def _moved(table: FacetTable, moves: Mapping[str, str]) -> tuple[np.ndarray, list[str]] | None:
    """The (documents, new value names) of ``table``'s pairs whose value ``moves`` maps."""
    if not moves or not len(table.values):
        return None
    moved = np.array([name in moves for name in table.names], bool)
    picked = moved[table.values]
    return table.docs[picked], [moves[table.names[v]] for v in table.values[picked].tolist()]


def expand(node: t.Node, aliases: Aliases) -> t.Node:
    """``node`` with each exact name clause widened to every name of its group.

    ``person:"Paul Volcker"`` then also finds the stories that name only
    "Volcker", and ``org:"Merrill Lynch"`` those that misread it as a person,
    as the facets count them.
    """
    if isinstance(node, t.And | t.Or):
        children = tuple(expand(c, aliases) for c in node.children)
        return node if children == node.children else type(node)(children)
    if isinstance(node, t.Not):
        child = expand(node.child, aliases)
        return node if child is node.child else t.Not(child)
    if not isinstance(node, t.Term | t.Phrase) or getattr(node, "slop", 0):
        return node
    facets = [f for f in FIELD_FACETS.get(node.field or "", ()) if f in NAMED_FACETS]
    if not facets:
        return node
    clauses: list[t.Node] = []
    for facet in facets:
        members = aliases.members(facet, node.text)
        clauses.extend(t.Phrase(node.field, m) for m in members)
        if members:
            other = "person" if facet == "org" else "org"
            misread = aliases.misread.get(facet, {}).get(members[0], ())
            clauses.extend(t.Phrase(other, m) for m in misread)
    clauses = list(dict.fromkeys(clauses))
    if len(clauses) < 2:
        return node
    return t.Or(tuple(clauses))


CACHE_NAME = "newsearch.aliases.json"
_CACHE_VERSION = 5  # raise when the rules change: the file holds their result


def load(folder: Path, generation: list[tuple[str, int]]) -> Aliases | None:
    """The groups cached in ``folder`` for this generation of segments, or None."""
    try:
        data = json.loads((folder / CACHE_NAME).read_text(encoding="utf-8"))
        if data.get("version") != _CACHE_VERSION or data.get("segments") != [
                list(s) for s in generation]:
            return None
        return from_canon(data["canon"], data["firms"], data["surnames"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def save(folder: Path, generation: list[tuple[str, int]], aliases: Aliases) -> None:
    """Cache ``aliases`` in ``folder`` (atomically; silently not when it is read-only)."""
    data = {"version": _CACHE_VERSION, "segments": [list(s) for s in generation],
            "canon": aliases.canon, "firms": aliases.firms, "surnames": aliases.surnames}
    tmp = folder / f"{CACHE_NAME}.{os.getpid()}.tmp"
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, folder / CACHE_NAME)
    except OSError:
        tmp.unlink(missing_ok=True)


def for_reader(folder: Path, reader: Any, cache: dict[str, segfacets.SegmentFacets]) -> Aliases:
    """The groups of ``reader``'s generation: from the cache file, else built and cached."""
    generation = segfacets.generation(reader)
    found = load(folder, generation)
    if found is None:
        found = build(segfacets.value_frequencies(folder, reader, NAMED_FACETS, cache),
                      lambda pairs: segfacets.co_documents(folder, reader, "org", pairs, cache))
        save(folder, generation, found)
    return found
