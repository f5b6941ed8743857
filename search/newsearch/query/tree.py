"""The query tree: what a query means, independent of any search backend.

Nodes are frozen dataclasses, so trees compare by value and can be cached.
Leaves keep the user's raw text (original case, punctuation); normalising it
with :mod:`newsearch.analysis` is the compiler's job, because each field is
analysed differently.

:func:`simplify` defines the normal form that :func:`newsearch.query.parse`
returns:

- nested ``And``/``Or`` of the same type are flattened, one-child groups dropped;
- ``Not(Not(x))`` becomes ``x``;
- a ``Not`` only ever appears as a child of an ``And`` that also has a positive
  child; pure negation ``-x`` becomes ``And(MatchAll(), Not(x))``
  ("everything except x");
- ``MatchAll`` is dropped from an ``And`` that has another positive child and
  an ``Or`` containing ``MatchAll`` is ``MatchAll``.

``str(node)`` renders a node back to query syntax; for any tree returned by
``parse``, ``parse(str(tree)) == tree``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

FIELDS: tuple[str, ...] = (
    "title", "body", "place", "about", "person", "org", "actor", "byline", "source", "topic",
    "date",
)
DEFAULT_FIELD: str | None = None  # None = the default text fields


def _fielded(field: str | None, text: str) -> str:
    """Render ``field:text``; a value starting with '[' is bracketed so it can't read as a range."""
    if field is None:
        return text
    return f"{field}:({text})" if text.startswith("[") else f"{field}:{text}"


@dataclass(frozen=True)
class Term:
    """One bare word, optionally restricted to a field (``title:Assad``)."""

    field: str | None
    text: str

    def __str__(self) -> str:
        return _fielded(self.field, self.text)


@dataclass(frozen=True)
class Phrase:
    """Words in order (``"barrel bomb"``); ``slop`` > 0 allows that many moves, any order."""

    field: str | None
    text: str
    slop: int = 0

    def __str__(self) -> str:
        slop = f"~{self.slop}" if self.slop else ""
        return _fielded(self.field, f'"{self.text}"{slop}')


@dataclass(frozen=True)
class Prefix:
    """Words starting with ``text`` (``hosp*``); ``text`` excludes the ``*``."""

    field: str | None
    text: str

    def __str__(self) -> str:
        return _fielded(self.field, f"{self.text}*")


@dataclass(frozen=True)
class Fuzzy:
    """Words within ``distance`` edits of ``text`` (``hospitel~``)."""

    field: str | None
    text: str
    distance: int = 1

    def __str__(self) -> str:
        dist = "" if self.distance == 1 else str(self.distance)
        return _fielded(self.field, f"{self.text}~{dist}")


@dataclass(frozen=True)
class DateRange:
    """Articles dated between ``start`` and ``end``, both inclusive; ``None`` = open."""

    start: date | None
    end: date | None

    def __str__(self) -> str:
        start = self.start.isoformat() if self.start else "*"
        end = self.end.isoformat() if self.end else "*"
        return f"date:[{start} TO {end}]"


@dataclass(frozen=True)
class And:
    """All children must match."""

    children: tuple[Node, ...]

    def __post_init__(self) -> None:
        # Accept any iterable for convenience; a tuple keeps the node hashable.
        object.__setattr__(self, "children", tuple(self.children))

    def __str__(self) -> str:
        return " ".join(_child_str(c, Or) for c in self.children)


@dataclass(frozen=True)
class Or:
    """At least one child must match."""

    children: tuple[Node, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "children", tuple(self.children))

    def __str__(self) -> str:
        return " OR ".join(_child_str(c, Or) for c in self.children)


@dataclass(frozen=True)
class Not:
    """Excludes whatever ``child`` matches (only meaningful inside an ``And``)."""

    child: Node

    def __str__(self) -> str:
        return f"-{_child_str(self.child, (And, Or))}"


@dataclass(frozen=True)
class MatchAll:
    """Every article (``*``); useful with filters or to anchor a pure negation."""

    def __str__(self) -> str:
        return "*"


Node = Term | Phrase | Prefix | Fuzzy | DateRange | And | Or | Not | MatchAll
Leaf = Term | Phrase | Prefix | Fuzzy
_LEAVES = (Term, Phrase, Prefix, Fuzzy)


def _child_str(child: Node, needs_parens: type | tuple[type, ...]) -> str:
    text = str(child)
    return f"({text})" if isinstance(child, needs_parens) else text


def walk(node: Node) -> Iterator[Node]:
    """Yield ``node`` and all its descendants, pre-order (iterative: no recursion limit)."""
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, And | Or):
            stack.extend(reversed(current.children))
        elif isinstance(current, Not):
            stack.append(current.child)


def positive_terms(node: Node) -> list[Leaf]:
    """The text leaves (Term, Phrase, Prefix, Fuzzy) not under any ``Not``, in query order.

    Used to highlight matches and to suggest spellings: a negated word should
    never be highlighted or "corrected".
    """
    found: list[Leaf] = []
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, _LEAVES):
            found.append(current)
        elif isinstance(current, And | Or):
            stack.extend(reversed(current.children))
    return found


def simplify(node: Node) -> Node:
    """Return the normal form of ``node`` (see the module docstring); idempotent."""
    return _anchor(_simplify(node))


def _anchor(node: Node) -> Node:
    # A bare negation standing on its own means "everything except".
    return And((MatchAll(), node)) if isinstance(node, Not) else node


def _simplify(node: Node) -> Node:
    if isinstance(node, Not):
        return _simplify_not(node)
    if isinstance(node, And):
        return _simplify_and(node)
    if isinstance(node, Or):
        return _simplify_or(node)
    return node


def _simplify_not(node: Not) -> Node:
    child = _simplify(node.child)
    if isinstance(child, Not):
        return child.child
    # Not(everything except x) is x.
    if (isinstance(child, And) and len(child.children) == 2
            and isinstance(child.children[0], MatchAll) and isinstance(child.children[1], Not)):
        return child.children[1].child
    return Not(child)


def _simplify_and(node: And) -> Node:
    flat: list[Node] = []
    for child in node.children:
        simple = _simplify(child)
        flat.extend(simple.children if isinstance(simple, And) else (simple,))
    positives = [c for c in flat if not isinstance(c, Not | MatchAll)]
    if positives:
        kept = [c for c in flat if not isinstance(c, MatchAll)]
    else:
        kept = [MatchAll()] + [c for c in flat if isinstance(c, Not)]
    return kept[0] if len(kept) == 1 else And(tuple(kept))


def _simplify_or(node: Or) -> Node:
    flat: list[Node] = []
    for child in node.children:
        simple = _anchor(_simplify(child))
        flat.extend(simple.children if isinstance(simple, Or) else (simple,))
    if any(isinstance(c, MatchAll) for c in flat):
        return MatchAll()
    return flat[0] if len(flat) == 1 else Or(tuple(flat))  # Or(()) stays: matches nothing
