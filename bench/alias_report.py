"""What the collection's name groups (newsearch.engine.aliases) do to one index's facets.

    python bench/alias_report.py INDEX [person|org|firms]

Prints, for the person and org facets, how many values and story counts the groups move,
then every group of the chosen kind, largest first, as
``name [stories] <- member [stories]; ...``: the list that was read, group by group,
to judge the groups (BENCHMARKS.md, "Facet name groups").
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from newsearch.engine import aliases, segfacets
from newsearch.engine.search import Reader


def main() -> int:
    """Print the totals and the groups of one kind for the index given."""
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    reader = Reader(Path(sys.argv[1]))
    kind = sys.argv[2] if len(sys.argv) > 2 else "person"
    counts = segfacets.value_frequencies(reader.path, reader.searcher().reader(),
                                         aliases.NAMED_FACETS)
    groups = aliases.build(counts)
    moves = {"person": groups.canon["person"], "org": groups.canon["org"],
             "firms": groups.firms}
    for name, moved in moves.items():
        own = counts["person" if name == "firms" else name]
        print(f"{name}: {len(moved)} values moved, {sum(own[v] for v in moved)} of "
              f"{sum(own.values())} story counts")
    members: dict[str, list[str]] = defaultdict(list)
    for value, head in moves[kind].items():
        members[head].append(value)
    own = counts["person" if kind == "firms" else kind]
    heads = counts["org" if kind != "person" else "person"]
    for head, values in sorted(members.items(), key=lambda hv: -sum(own[v] for v in hv[1])):
        values.sort(key=lambda v: -own[v])
        print(f"{head} [{heads.get(head, 0)}] <- " + "; ".join(f"{v} [{own[v]}]" for v in values))
    reader.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
