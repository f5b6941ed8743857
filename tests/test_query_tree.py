"""Tests for newsearch.query.tree: node types, rendering, walking and the normal form."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch.query import (
    And,
    DateRange,
    Fuzzy,
    MatchAll,
    Node,
    Not,
    Or,
    Phrase,
    Prefix,
    Term,
    positive_terms,
    simplify,
    walk,
)

a, b, c, d = (Term(None, w) for w in "abcd")


@pytest.mark.parametrize(("node", "text"), [
    (Term(None, "Assad"), "Assad"),
    (Term("title", "Assad"), "title:Assad"),
    (Term("title", "[x"), "title:([x)"),
    (Phrase(None, "barrel bomb"), '"barrel bomb"'),
    (Phrase("body", "barrel bomb", 3), 'body:"barrel bomb"~3'),
    (Prefix("place", "Idl"), "place:Idl*"),
    (Fuzzy(None, "hospitel"), "hospitel~"),
    (Fuzzy("title", "hospitel", 2), "title:hospitel~2"),
    (DateRange(date(2015, 1, 1), date(2015, 12, 31)), "date:[2015-01-01 TO 2015-12-31]"),
    (DateRange(None, date(2015, 12, 31)), "date:[* TO 2015-12-31]"),
    (DateRange(date(2015, 1, 1), None), "date:[2015-01-01 TO *]"),
    (MatchAll(), "*"),
    (And((a, b)), "a b"),
    (Or((a, b)), "a OR b"),
    (And((a, Or((b, c)))), "a (b OR c)"),
    (Or((a, And((b, c)))), "a OR b c"),
    (And((a, Not(b))), "a -b"),
    (And((a, Not(Or((b, c))))), "a -(b OR c)"),
    (And((a, Not(And((b, c))))), "a -(b c)"),
    (And((MatchAll(), Not(a))), "* -a"),
])
def test_str_renders_query_syntax(node: Node, text: str) -> None:
    assert str(node) == text


def test_nodes_are_frozen_hashable_and_compare_by_value() -> None:
    term = Term("title", "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        term.text = "y"  # type: ignore[misc]
    assert And([a, b]) == And((a, b))
    assert isinstance(And([a, b]).children, tuple)
    assert len({And([a, b]), And((a, b)), Or((a, b))}) == 2
    assert Phrase(None, "x") != Phrase(None, "x", 1)
    assert Fuzzy(None, "x").distance == 1


def test_walk_is_preorder() -> None:
    tree = And((a, Or((b, Not(c))), d))
    assert list(walk(tree)) == [tree, a, tree.children[1], b, Not(c), c, d]


def test_walk_handles_very_deep_trees() -> None:
    node: Node = a
    for _ in range(20_000):
        node = Not(node)
    assert sum(1 for _ in walk(node)) == 20_001


def test_positive_terms_skip_negated_leaves() -> None:
    tree = And((Phrase("title", "x y"), Or((b, Prefix(None, "ho"))), Not(Or((c, d))),
                DateRange(None, None), MatchAll(), Fuzzy(None, "zz")))
    assert positive_terms(tree) == [Phrase("title", "x y"), b, Prefix(None, "ho"),
                                    Fuzzy(None, "zz")]
    assert positive_terms(And((MatchAll(), Not(a)))) == []
    assert positive_terms(a) == [a]


@pytest.mark.parametrize(("tree", "normal"), [
    (And((a, And((b, c)))), And((a, b, c))),
    (Or((Or((a, b)), c)), Or((a, b, c))),
    (And((a,)), a),
    (Or((And((a,)),)), a),
    (And((a, Or((b, Or((c, d)))))), And((a, Or((b, c, d))))),
    (Not(Not(a)), a),
    (Not(Not(Not(a))), And((MatchAll(), Not(a)))),
    (Not(a), And((MatchAll(), Not(a)))),
    (And((Not(a), Not(b))), And((MatchAll(), Not(a), Not(b)))),
    (And((Not(a), MatchAll())), And((MatchAll(), Not(a)))),
    (And((MatchAll(), a)), a),
    (And((MatchAll(), MatchAll())), MatchAll()),
    (And((MatchAll(), a, Not(b))), And((a, Not(b)))),
    (And((a, And((MatchAll(), Not(b))))), And((a, Not(b)))),
    (Or((a, Not(b))), Or((a, And((MatchAll(), Not(b)))))),
    (Or((a, MatchAll())), MatchAll()),
    (Not(And((MatchAll(), Not(a)))), a),
    (Not(And((Not(a),))), a),
    (Or(()), Or(())),
    (And(()), MatchAll()),
])
def test_simplify_rules(tree: Node, normal: Node) -> None:
    assert simplify(tree) == normal


# --- properties: simplify is idempotent and keeps the meaning --------------------------------

_ATOMS = [Term(None, "a"), Term("title", "a"), Phrase(None, "a b"), Prefix(None, "ab"),
          Fuzzy(None, "ab"), DateRange(date(2015, 1, 1), date(2015, 12, 31)), MatchAll()]
_TREES = st.recursive(
    st.sampled_from(_ATOMS),
    lambda kids: st.one_of(
        st.builds(And, st.lists(kids, min_size=1, max_size=4).map(tuple)),
        st.builds(Or, st.lists(kids, min_size=1, max_size=4).map(tuple)),
        st.builds(Not, kids),
    ),
    max_leaves=25,
)


def _matches(node: Node, doc: frozenset[Node]) -> bool:
    """Boolean meaning of a tree for a document modelled as the set of atoms it matches."""
    if isinstance(node, MatchAll):
        return True
    if isinstance(node, And):
        return all(_matches(child, doc) for child in node.children)
    if isinstance(node, Or):
        return any(_matches(child, doc) for child in node.children)
    if isinstance(node, Not):
        return not _matches(node.child, doc)
    return node in doc


@settings(max_examples=500)
@given(_TREES, st.frozensets(st.sampled_from(_ATOMS[:-1])))
def test_simplify_is_idempotent_and_preserves_meaning(tree: Node, doc: frozenset[Node]) -> None:
    normal = simplify(tree)
    assert simplify(normal) == normal
    assert _matches(normal, doc) == _matches(tree, doc)


@settings(max_examples=300)
@given(_TREES)
def test_normal_form_shape(tree: Node) -> None:
    normal = simplify(tree)
    assert not isinstance(normal, Not)
    for node in walk(normal):
        if isinstance(node, And | Or):
            assert len(node.children) >= 2
            assert not any(type(child) is type(node) for child in node.children)
        if isinstance(node, Or):
            assert not any(isinstance(child, Not | MatchAll) for child in node.children)
        if isinstance(node, And):
            nots = [ch for ch in node.children if isinstance(ch, Not)]
            others = [ch for ch in node.children if not isinstance(ch, Not)]
            assert others, "a Not always has a positive sibling"
            assert not any(isinstance(ch, MatchAll) for ch in others) or (
                others == [MatchAll()] and nots)
        if isinstance(node, Not):
            assert not isinstance(node.child, Not)


def test_query_package_imports_no_backend_or_ui() -> None:
    """The tree must stay backend-neutral: a second engine compiles the same tree."""
    import ast
    from pathlib import Path

    import newsearch.query

    banned = {"whoosh", "typer", "rich", "textual"}
    package = Path(newsearch.query.__file__).parent
    for source in package.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not {n.split(".")[0] for n in names} & banned, (source.name, names)
