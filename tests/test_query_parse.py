"""Tests for newsearch.query.parse: the query language, its errors and its limits."""

from __future__ import annotations

import string
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsearch.errors import QuerySyntaxError
from newsearch.query import (
    FIELDS,
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
    parse,
    simplify,
)

T = Term


def N(child: Node) -> Not:  # noqa: N802 - reads like the node it builds
    return Not(child)


def everything_except(*children: Node) -> And:
    return And((MatchAll(), *(Not(c) for c in children)))


VALID = [
    # words and boolean operators
    ("hospital", T(None, "hospital")),
    ("  hospital\t", T(None, "hospital")),
    ("hospital Idlib", And((T(None, "hospital"), T(None, "Idlib")))),
    ("hospital AND Idlib", And((T(None, "hospital"), T(None, "Idlib")))),
    ("Idlib OR Aleppo", Or((T(None, "Idlib"), T(None, "Aleppo")))),
    ("a b OR c", Or((And((T(None, "a"), T(None, "b"))), T(None, "c")))),
    ("a OR b c", Or((T(None, "a"), And((T(None, "b"), T(None, "c")))))),
    ("a AND b OR c AND d",
     Or((And((T(None, "a"), T(None, "b"))), And((T(None, "c"), T(None, "d")))))),
    ("(a OR b) c", And((Or((T(None, "a"), T(None, "b"))), T(None, "c")))),
    ("a OR (b OR c)", Or((T(None, "a"), T(None, "b"), T(None, "c")))),
    ("a (b c)", And((T(None, "a"), T(None, "b"), T(None, "c")))),
    ("(((a)))", T(None, "a")),
    ("cats and dogs or not", And(tuple(T(None, w) for w in ["cats", "and", "dogs", "or", "not"]))),
    ("+hospital", T(None, "hospital")),
    ("+a +b", And((T(None, "a"), T(None, "b")))),
    # negation
    ("hospital -clinic", And((T(None, "hospital"), N(T(None, "clinic"))))),
    ("hospital NOT clinic", And((T(None, "hospital"), N(T(None, "clinic"))))),
    ("hospital AND NOT clinic", And((T(None, "hospital"), N(T(None, "clinic"))))),
    ('a -"b c"', And((T(None, "a"), N(Phrase(None, "b c"))))),
    ("a -(b OR c)", And((T(None, "a"), N(Or((T(None, "b"), T(None, "c"))))))),
    ("a -title:b", And((T(None, "a"), N(T("title", "b"))))),
    ("NOT a b", And((N(T(None, "a")), T(None, "b")))),
    ("-foo", everything_except(T(None, "foo"))),
    ("NOT foo", everything_except(T(None, "foo"))),
    ("-a -b", everything_except(T(None, "a"), T(None, "b"))),
    ("--a", T(None, "a")),
    ("NOT -a", T(None, "a")),
    ("-(-a)", T(None, "a")),
    ("a OR -b", Or((T(None, "a"), everything_except(T(None, "b"))))),
    ("al-Shughur covid-19", And((T(None, "al-Shughur"), T(None, "covid-19")))),
    # match all
    ("*", MatchAll()),
    ("*:*", MatchAll()),
    ("* hospital", T(None, "hospital")),
    ("* -hospital", everything_except(T(None, "hospital"))),
    ("* OR hospital", MatchAll()),
    # phrases
    ('"barrel bomb"', Phrase(None, "barrel bomb")),
    ('" barrel  bomb "', Phrase(None, "barrel  bomb")),
    ('"barrel bomb"~3', Phrase(None, "barrel bomb", 3)),
    ('"barrel bomb"~0', Phrase(None, "barrel bomb")),
    ('"a b"~100', Phrase(None, "a b", 100)),
    ("“barrel bomb”", Phrase(None, "barrel bomb")),
    ('"OR" "AND NOT"', And((Phrase(None, "OR"), Phrase(None, "AND NOT")))),
    ('"a"b', And((Phrase(None, "a"), T(None, "b")))),
    # prefix and fuzzy
    ("hosp*", Prefix(None, "hosp")),
    ("ho*", Prefix(None, "ho")),
    ("hosp**", Prefix(None, "hosp")),
    ("hospitel~", Fuzzy(None, "hospitel", 1)),
    ("hospitel~1", Fuzzy(None, "hospitel", 1)),
    ("hospitel~2", Fuzzy(None, "hospitel", 2)),
    ("title:hospitel~2", Fuzzy("title", "hospitel", 2)),
    ("foo~bar", T(None, "foo~bar")),
    ("~", T(None, "~")),
    # fields
    ("title:Assad", T("title", "Assad")),
    ("TITLE:Assad", T("title", "Assad")),
    ("Place:Idlib", T("place", "Idlib")),
    ('title:"barrel bomb"~2', Phrase("title", "barrel bomb", 2)),
    ("place:Idl*", Prefix("place", "Idl")),
    ("place:(Idlib OR Aleppo)", Or((T("place", "Idlib"), T("place", "Aleppo")))),
    ("person:(Bashar -Hafez)", And((T("person", "Bashar"), N(T("person", "Hafez"))))),
    ('org:("White Helmets" OR SCD)', Or((Phrase("org", "White Helmets"), T("org", "SCD")))),
    ("title:(Assad OR body:regime)", Or((T("title", "Assad"), T("body", "regime")))),
    ("title:OR", T("title", "OR")),
    ("title:-foo", T("title", "-foo")),
    ("title:foo:bar", T("title", "foo:bar")),
    ("actor:x byline:y source:z topic:w",
     And((T("actor", "x"), T("byline", "y"), T("source", "z"), T("topic", "w")))),
    # colons that are not fields
    ("10:30", T(None, "10:30")),
    ("http://example.org/a", T(None, "http://example.org/a")),
    ("std::vector", T(None, "std::vector")),
    ("Note: ceasefire", And((T(None, "Note:"), T(None, "ceasefire")))),
    ("(a note:)", And((T(None, "a"), T(None, "note:")))),
    # question marks are punctuation unless they'd act as a wildcard
    ("who?", T(None, "who?")),
    ("?", T(None, "?")),
    # brackets outside date values are ordinary characters
    ("[a TO b]", And((T(None, "[a"), T(None, "TO"), T(None, "b]")))),
]


@pytest.mark.parametrize(("query", "expected"), VALID, ids=[q for q, _ in VALID])
def test_parse_valid(query: str, expected: Node) -> None:
    assert parse(query) == expected


D = date

DATES = [
    ("date:2015", DateRange(D(2015, 1, 1), D(2015, 12, 31))),
    ("date:2016-02", DateRange(D(2016, 2, 1), D(2016, 2, 29))),
    ("date:2015-2", DateRange(D(2015, 2, 1), D(2015, 2, 28))),
    ("date:2015-05-22", DateRange(D(2015, 5, 22), D(2015, 5, 22))),
    ("DATE:2015-05-22", DateRange(D(2015, 5, 22), D(2015, 5, 22))),
    ("date:[2015-05-01 TO 2015-05-31]", DateRange(D(2015, 5, 1), D(2015, 5, 31))),
    ("date:[2015 TO 2016-03]", DateRange(D(2015, 1, 1), D(2016, 3, 31))),
    ("date:[ 2015-05 to 2015-05 ]", DateRange(D(2015, 5, 1), D(2015, 5, 31))),
    ("date:[2015-05-01 TO *]", DateRange(D(2015, 5, 1), None)),
    ("date:[* TO 2015]", DateRange(None, D(2015, 12, 31))),
    ("date:[* TO *]", DateRange(None, None)),
    ("date:*", DateRange(None, None)),
    ("date:1987-03-01..1987-03-31", DateRange(D(1987, 3, 1), D(1987, 3, 31))),
    ("date:2015-05..2016", DateRange(D(2015, 5, 1), D(2016, 12, 31))),
    ("date:2015..", DateRange(D(2015, 1, 1), None)),
    ("date:..2014-02", DateRange(None, D(2014, 2, 28))),
    ("date:>=2015-05-01", DateRange(D(2015, 5, 1), None)),
    ("date:>2015", DateRange(D(2016, 1, 1), None)),
    ("date:>2015-02", DateRange(D(2015, 3, 1), None)),
    ("date:<2015", DateRange(None, D(2014, 12, 31))),
    ("date:<=2015-06", DateRange(None, D(2015, 6, 30))),
    ('date:"2015"', DateRange(D(2015, 1, 1), D(2015, 12, 31))),
    ("date:(2014 OR >=2016-06)",
     Or((DateRange(D(2014, 1, 1), D(2014, 12, 31)), DateRange(D(2016, 6, 1), None)))),
    ("Assad date:2015", And((T(None, "Assad"), DateRange(D(2015, 1, 1), D(2015, 12, 31))))),
    ("* date:2015", DateRange(D(2015, 1, 1), D(2015, 12, 31))),
    ("-date:2015", everything_except(DateRange(D(2015, 1, 1), D(2015, 12, 31)))),
]


@pytest.mark.parametrize(("query", "expected"), DATES, ids=[q for q, _ in DATES])
def test_parse_dates(query: str, expected: Node) -> None:
    assert parse(query) == expected


ERRORS = [
    ("", "empty query", None),
    ("   \t\n ", "empty query", None),
    ("\x00\x01", "empty query", None),
    ("AND", "missing term before 'AND'", 1),
    ("OR OR", "missing term before 'OR'", 1),
    ("(OR a)", "missing term before 'OR'", 2),
    ("hospital OR", "missing term after 'OR'", 10),
    ("a OR OR b", "missing term after 'OR'", 3),
    ("a AND OR b", "missing term after 'AND'", 3),
    ("a AND", "missing term after 'AND'", 3),
    ("(a OR) b", "missing term after 'OR'", 4),
    ("NOT", "missing term after 'NOT'", 1),
    ("hospital NOT", "missing term after 'NOT'", 10),
    ("a -", "missing term after '-'", 3),
    ("a - b", "missing term after '-'", 3),
    ("(a -)", "missing term after '-'", 4),
    ("+", "missing term after '+'", 1),
    ('"barrel bomb', 'unbalanced quote: missing closing "', 1),
    ('a "b" "c', 'unbalanced quote: missing closing "', 7),
    ('""', "empty phrase", 1),
    ('a "  "', "empty phrase", 3),
    ("a)", "unbalanced parenthesis: ')' without '('", 2),
    (") a", "unbalanced parenthesis: ')' without '('", 1),
    ("(a", "unbalanced parenthesis: missing closing ')'", 1),
    ("x ((a) b", "unbalanced parenthesis: missing closing ')'", 3),
    ("a (", "unbalanced parenthesis: missing closing ')'", 3),
    ("i((", "unbalanced parenthesis: missing closing ')'", 3),
    ("()", "empty parentheses", 1),
    ("a ( )", "empty parentheses", 3),
    ("xyz:foo", "unknown field 'xyz' (known fields: " + ", ".join(FIELDS) + ")", 1),
    ("a Titel:foo", "unknown field 'Titel' (known fields: " + ", ".join(FIELDS) + ")", 3),
    ("mailto:x@y.org", "unknown field 'mailto' (known fields: " + ", ".join(FIELDS) + ")", 1),
    ("title: Assad", "missing value after 'title:'", 1),
    ("a title:", "missing value after 'title:'", 3),
    ("(title:)", "missing value after 'title:'", 2),
    ("date:2015-13-40", "malformed date '2015-13-40' (expected YYYY, YYYY-MM or YYYY-MM-DD)", 6),
    ("date:2015-02-30", "malformed date '2015-02-30' (expected YYYY, YYYY-MM or YYYY-MM-DD)", 6),
    ("date:15", "malformed date '15' (expected YYYY, YYYY-MM or YYYY-MM-DD)", 6),
    ("date:0000", "malformed date '0000' (expected YYYY, YYYY-MM or YYYY-MM-DD)", 6),
    ("date:yesterday", "malformed date 'yesterday' (expected YYYY, YYYY-MM or YYYY-MM-DD)", 6),
    ("date:2015..x", "malformed date 'x' (expected YYYY, YYYY-MM or YYYY-MM-DD)", 12),
    ("date:x..2015", "malformed date 'x' (expected YYYY, YYYY-MM or YYYY-MM-DD)", 6),
    ("date:2016..2015", "empty date range: 2016-01-01 is after 2015-12-31", 6),
    ("date:>=2015-x", "malformed date '2015-x' (expected YYYY, YYYY-MM or YYYY-MM-DD)", 8),
    ("date:[2015 TO 2015-13]",
     "malformed date '2015-13' (expected YYYY, YYYY-MM or YYYY-MM-DD)", 15),
    ("date:[2016 TO 2015]", "empty date range: 2016-01-01 is after 2015-12-31", 6),
    ("date:[2015 TO]", "malformed date range (expected date:[START TO END], "
     "e.g. date:[2015-05-01 TO 2015-05-31])", 6),
    ("date:>9999", "date out of range: '>9999'", 6),
    ("date:<1000", None, None),  # valid: 1000 is the earliest 4-digit year, the day before exists
    ("title:[a TO b]",
     "ranges are only supported on dates (e.g. date:[2015-05-01 TO 2015-05-31])", 7),
    ("*pital", "leading wildcards are not supported: '*pital'", 1),
    ("a ?x", "leading wildcards are not supported: '?x'", 3),
    ("**", "leading wildcards are not supported: '**'", 1),
    ("ho*al", "wildcards are only supported at the end of a word: 'ho*al'", 1),
    ("ho?al", "'?' wildcards are not supported (use * at the end of a word): 'ho?al'", 1),
    ("h*", "wildcard needs at least 2 leading characters: 'h*'", 1),
    ("title:*", "wildcard needs at least 2 leading characters: '*'", 7),
    ("foo~3", "fuzzy distance must be 1 or 2: 'foo~3'", 1),
    ("foo~0", "fuzzy distance must be 1 or 2: 'foo~0'", 1),
    ("foo~999999", "fuzzy distance must be 1 or 2: 'foo~999999'", 1),
    ("hosp*~", "a word cannot be both a wildcard and fuzzy: 'hosp*~'", 1),
    ('"a b"~', "proximity needs a number after '~' (e.g. \"barrel bomb\"~5)", 6),
    ('"a b"~101', "proximity ~101 is too large (the limit is 100)", 6),
    ('"a b"~' + "9" * 5000, "proximity ~99999... is too large (the limit is 100)", 6),
    ("*" + "x" * 100, "leading wildcards are not supported: '*" + "x" * 36 + "...'", 1),
]


@pytest.mark.parametrize(("query", "message", "column"), ERRORS, ids=[q[:40] for q, _, _ in ERRORS])
def test_parse_errors(query: str, message: str | None, column: int | None) -> None:
    if message is None:
        assert isinstance(parse(query), DateRange)
        return
    with pytest.raises(QuerySyntaxError) as info:
        parse(query)
    assert info.value.reason == message
    assert info.value.column == column


def test_error_str_includes_column() -> None:
    with pytest.raises(QuerySyntaxError, match=r"^missing term after 'OR' \(at column 10\)$"):
        parse("hospital OR")


# --- limits (hostile input stays bounded) -----------------------------------------------------

def test_query_too_long() -> None:
    with pytest.raises(QuerySyntaxError) as info:
        parse("a " * 5001)
    assert info.value.reason == "query too long (10002 characters; the limit is 10000)"


def test_longest_allowed_query_parses() -> None:
    query = ("word " * 200).ljust(10_000, " ")
    assert len(query) == 10_000
    assert len(parse(query).children) == 200  # type: ignore[union-attr]


def test_too_many_terms() -> None:
    with pytest.raises(QuerySyntaxError) as info:
        parse("a " * 257)
    assert info.value.reason == "too many terms (257; the limit is 256)"
    assert info.value.column == 513
    assert len(parse("a " * 256).children) == 256  # type: ignore[union-attr]


def test_nesting_limit() -> None:
    assert parse("(" * 32 + "a" + ")" * 32) == T(None, "a")
    with pytest.raises(QuerySyntaxError) as info:
        parse("(" * 33 + "a" + ")" * 33)
    assert info.value.reason == "parentheses nested too deeply (the limit is 32)"
    assert info.value.column == 33


def test_sequential_groups_do_not_count_as_nesting() -> None:
    query = " ".join(f"(w{i} OR x)" for i in range(100))
    assert len(parse(query).children) == 100  # type: ignore[union-attr]


@pytest.mark.parametrize("query", [
    "(" * 5000, ")" * 5000, "-" * 9999 + "a", "NOT " * 2499 + "a", "-(" * 3000 + "a",
    "a OR " * 1999 + "a", '"' * 9999, "title:" * 1666,
])
def test_hostile_input_is_bounded(query: str) -> None:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(400)  # a parser that recursed per token would blow this
    try:
        parse(query)
    except QuerySyntaxError:
        pass
    finally:
        sys.setrecursionlimit(limit)


def test_many_negations_collapse() -> None:
    assert parse("-" * 9998 + "a") == T(None, "a")
    assert parse("-" * 9999 + "a") == everything_except(T(None, "a"))


def test_control_characters_are_spaces() -> None:
    assert parse("a\x00b\x1fc\x7fd") == And(tuple(T(None, w) for w in "abcd"))
    assert parse("a\tb\nc\rd") == And(tuple(T(None, w) for w in "abcd"))
    with pytest.raises(QuerySyntaxError) as info:
        parse("a\x00OR")
    assert (info.value.reason, info.value.column) == ("missing term after 'OR'", 3)


def test_raw_text_is_kept() -> None:
    assert parse("ÉCOLE Ḥalab") == And((T(None, "ÉCOLE"), T(None, "Ḥalab")))


# --- properties ---------------------------------------------------------------------------------

def _is_node(value: object) -> bool:
    return isinstance(value, Node)


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_text_parses_or_raises_syntax_error(text: str) -> None:
    try:
        tree = parse(text)
    except QuerySyntaxError as err:
        assert err.reason
        assert err.column is None or 1 <= err.column <= len(text) + 1
        return
    assert _is_node(tree)
    assert parse(str(tree)) == tree


_PIECES = st.sampled_from([
    '"', "“", "”", "(", ")", "OR", "AND", "NOT", "-", "+", "*", "?", "~", "~2", "~101", "[", "]",
    "TO", ":", "*:*", "title:", "place:", "date:", "DATE:", "xyz:", "date:[", "2015", "2015-05",
    "2015-05-22", "2015-13", "10:30", "http://x", ">=", "<", "hosp", "al-Shughur", "Ḥalab", "é",
    "\x00", "\t", "\n", "[2015 TO 2016]", "[* TO 2015]",
])
_WORDS = st.text(alphabet=st.characters(categories=("Ll", "Lu", "Nd")), min_size=1, max_size=6)
_SEPARATORS = st.sampled_from(["", " ", " ", "  "])
_GRAMMARISH = st.lists(st.tuples(_PIECES | _WORDS, _SEPARATORS), max_size=25).map(
    lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(_GRAMMARISH)
def test_grammarish_text_parses_or_raises_syntax_error(text: str) -> None:
    try:
        tree = parse(text)
    except QuerySyntaxError as err:
        assert err.reason
        assert err.reason != "unexpected end of query", "every dead end has a specific message"
        assert err.column is None or 1 <= err.column <= len(text) + 1
        return
    assert _is_node(tree)
    assert simplify(tree) == tree, "parse returns the normal form"
    assert parse(str(tree)) == tree, "str() renders a tree back to an equivalent query"


_SAFE_WORD = st.text(
    alphabet=st.characters(categories=("Ll", "Lu", "Nd", "Lo")) | st.sampled_from(string.digits),
    min_size=1, max_size=8,
).filter(lambda w: w not in ("AND", "OR", "NOT"))
_TEXT_FIELDS = st.sampled_from([None, *(f for f in FIELDS if f != "date")])
_DATES = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))


@st.composite
def _date_ranges(draw: st.DrawFn) -> DateRange:
    a, b = draw(st.none() | _DATES), draw(st.none() | _DATES)
    if a is not None and b is not None and a > b:
        a, b = b, a
    return DateRange(a, b)


_LEAF_NODES = st.one_of(
    st.builds(Term, _TEXT_FIELDS, _SAFE_WORD),
    st.builds(Phrase, _TEXT_FIELDS, st.lists(_SAFE_WORD, min_size=1, max_size=4).map(" ".join),
              st.integers(0, 100)),
    st.builds(Prefix, _TEXT_FIELDS, _SAFE_WORD.filter(lambda w: len(w) >= 2)),
    st.builds(Fuzzy, _TEXT_FIELDS, _SAFE_WORD, st.integers(1, 2)),
    _date_ranges(),
    st.just(MatchAll()),
)
TREES = st.recursive(
    _LEAF_NODES,
    lambda kids: st.one_of(
        st.builds(And, st.lists(kids, min_size=2, max_size=4).map(tuple)),
        st.builds(Or, st.lists(kids, min_size=2, max_size=4).map(tuple)),
        st.builds(Not, kids),
    ),
    max_leaves=30,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TREES)
def test_round_trip_of_generated_trees(tree: Node) -> None:
    normal = simplify(tree)
    assert parse(str(normal)) == normal
    assert parse(str(tree)) == normal
