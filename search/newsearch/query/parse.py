"""Query text -> query tree.

Syntax (all examples are valid queries)::

    hospital Idlib              both words (implicit AND)
    hospital AND Idlib          the same, explicitly
    Idlib OR Aleppo             either word
    hospital -clinic            hospital but not clinic  (also NOT clinic, -"a b", -(a OR b));
                                the '-' must touch its term: "Syria - Idlib" is an error
    +hospital                   '+' is allowed and just means "required", like a bare word
    (Idlib OR Aleppo) hospital  parentheses group; precedence NOT > AND > OR
    "barrel bomb"               exact phrase
    "barrel bomb"~3             the words within 3 positions of each other, in either order
    hosp*                       words starting with "hosp" (at least 2 characters before *)
    hospitel~  hospitel~2       words within 1 (default) or 2 edits
    title:Assad                 a word in one field; also title:"a phrase", title:hosp*
    place:(Idlib OR Aleppo)     the field applies to every term in the group
    date:2015  date:2015-05  date:2015-05-22            a year, month or day
    date:[2015-05-01 TO 2015-05-31]  date:[2015 TO 2016-03]   inclusive range
    date:[2015-05-01 TO *]  date:>=2015-05-01  date:>2015  date:<2015  date:<=2015-06
    date:2015-05-01..2015-05-31  date:2015..  date:..2014   the same ranges, shorter
    *                           every article (also *:*); useful with filters
    -clinic                     every article except those matching clinic

Details:

- ``AND``, ``OR``, ``NOT`` are operators only in upper case; ``and``/``or``/``not``
  are ordinary words.
- Fields: title, body, place, person, org, actor, byline, source, topic, date
  (names are case-insensitive). A nested field overrides the outer one:
  ``title:(Assad OR body:regime)``. Any other ``name:value`` is refused as an
  unknown field, but a colon after digits or before ``/``, ``:`` or a space
  (``10:30``, ``http://x``, ``Note: ...``) is part of an ordinary word. A known
  field followed by a space (``title: Assad``) is refused.
- In a date range each bound may be a year, month or day: a start bound means
  its first day, an end bound its last day; ``*`` leaves that end open. ``TO``
  may be lower case. ``date:*`` is any dated article. ``date:`` also works on
  groups of single dates and comparisons: ``date:(2014 OR >=2016-06)``; a range
  needs its own ``date:``.
- A query made only of negations (``-clinic``, ``NOT x``) means "every article
  except"; the tree is ``And(MatchAll(), Not(...))``.
- ``?`` is not a wildcard. A ``?`` before a letter or digit is refused; at the
  end of a word (``who?``) it is plain punctuation.
- Curly quotes (“ ”) work like ``"``. Control characters count as spaces.

Refused, with :class:`~newsearch.errors.QuerySyntaxError` (1-based column):
unbalanced quotes or parentheses, unknown fields, malformed dates, bare or
dangling operators (``AND``, ``hospital OR``, ``NOT``), leading (``*pital``) or
inner (``ho*al``) wildcards, prefixes shorter than 2 characters, fuzzy
distances other than 1 or 2, and over-large queries: more than 10,000
characters, 256 terms, 32 levels of parentheses, or a proximity above 100.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsearch.errors import QuerySyntaxError
from newsearch.query.tree import (
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
    simplify,
)

MAX_LENGTH = 10_000
MAX_DEPTH = 32
MAX_TERMS = 256
MAX_SLOP = 100

_OPERATORS = frozenset({"AND", "OR", "NOT"})
_OPEN_QUOTES = '"“”„'
_CLOSE_QUOTES = '"“”'
_WORD = re.compile(rf"[^\s(){_OPEN_QUOTES}]+")
# Control characters become spaces so they can neither hide nor glue tokens.
_CONTROL = {c: " " for c in [*range(0x20), 0x7F] if chr(c) not in "\t\n"}
_FIELD = re.compile(r"([A-Za-z]+):")
_RANGE = re.compile(r"\[\s*([^\s\]]+)\s+(?:TO|to)\s+([^\s\]]+)\s*\]")
_SLOP = re.compile(r"~([0-9]*)")
_FUZZY = re.compile(r"(.*[^~])~([0-9]*)", re.DOTALL)
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")
_COMPARISON = re.compile(r"(>=|<=|>|<)(.*)", re.DOTALL)


@dataclass(frozen=True)
class _Tok:
    kind: str  # ( ) WORD PHRASE RANGE FIELD AND OR NOT - +
    value: str
    col: int  # 1-based
    slop: int = 0
    bounds: tuple[tuple[str, int], tuple[str, int]] | None = None  # RANGE: (text, col) x2


def parse(text: str) -> Node:
    """Parse a query string into its normal-form tree (see the module docstring).

    Raises :class:`QuerySyntaxError` with a 1-based column for any bad query;
    never raises anything else for any ``str`` input.
    """
    if len(text) > MAX_LENGTH:
        raise QuerySyntaxError(
            f"query too long ({len(text)} characters; the limit is {MAX_LENGTH})")
    tokens = _tokenize(text.translate(_CONTROL))
    if not tokens:
        raise QuerySyntaxError("empty query")
    return simplify(_Parser(tokens).parse())


# --- tokenizer ------------------------------------------------------------------------------

def _tokenize(text: str) -> list[_Tok]:
    """Split ``text`` into tokens; enforces quote balance and the depth and term limits."""
    tokens: list[_Tok] = []
    pos, n, depth = 0, len(text), 0
    after_field: str | None = None  # the token right after "field:" is its value, read raw
    while pos < n:
        ch, col = text[pos], pos + 1
        if ch.isspace():
            pos += 1
            continue
        value_mode, field, after_field = after_field is not None, after_field, None
        if ch in "()":
            depth = depth + 1 if ch == "(" else max(0, depth - 1)
            if depth > MAX_DEPTH:
                raise QuerySyntaxError(
                    f"parentheses nested too deeply (the limit is {MAX_DEPTH})", col)
            tokens.append(_Tok(ch, ch, col))
            pos += 1
        elif ch in _OPEN_QUOTES:
            token, pos = _read_phrase(text, pos)
            tokens.append(token)
        elif ch in "-+" and not value_mode:
            tokens.append(_Tok(ch, ch, col))
            pos += 1
        elif ch == "[" and value_mode and (match := _RANGE.match(text, pos)):
            start, end = (match.group(i) for i in (1, 2))
            bounds = ((start, match.start(1) + 1), (end, match.start(2) + 1))
            tokens.append(_Tok("RANGE", match.group(), col, bounds=bounds))
            pos = match.end()
        elif ch == "[" and field == "date":
            raise QuerySyntaxError(
                "malformed date range (expected date:[START TO END], e.g. "
                "date:[2015-05-01 TO 2015-05-31])", col)
        elif not value_mode and (name := _field_at(text, pos)):
            tokens.append(_Tok("FIELD", name, col))
            after_field = name
            pos += len(name) + 1
        else:
            word_match = _WORD.match(text, pos)  # always matches: ch starts no other token
            end = word_match.end() if word_match else pos + 1
            word = text[pos:end]
            kind = word if word in _OPERATORS and not value_mode else "WORD"
            tokens.append(_Tok(kind, word, col))
            pos = end
    leaves = [t for t in tokens if t.kind in ("WORD", "PHRASE", "RANGE")]
    if len(leaves) > MAX_TERMS:
        raise QuerySyntaxError(
            f"too many terms ({len(leaves)}; the limit is {MAX_TERMS})", leaves[MAX_TERMS].col)
    return tokens


def _show(text: str, limit: int = 40) -> str:
    """User text for an error message, shortened so messages stay one readable line."""
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _field_at(text: str, pos: int) -> str | None:
    """The lower-cased field name if ``text[pos:]`` starts a ``field:value``, else None."""
    match = _FIELD.match(text, pos)
    if not match:
        return None
    name, after = match.group(1).lower(), match.end()
    following = text[after] if after < len(text) else ""
    if following and not following.isspace() and following not in "/:)":
        if name not in FIELDS:
            raise QuerySyntaxError(
                f"unknown field '{_show(match.group(1))}' (known fields: {', '.join(FIELDS)})",
                pos + 1)
        return name
    if name in FIELDS:
        raise QuerySyntaxError(f"missing value after '{match.group()}'", pos + 1)
    return None  # "Note: ..." is just a word


def _read_phrase(text: str, pos: int) -> tuple[_Tok, int]:
    """Read a quoted phrase and its optional ``~N`` starting at ``text[pos]``."""
    end = next((i for i in range(pos + 1, len(text)) if text[i] in _CLOSE_QUOTES), -1)
    if end < 0:
        raise QuerySyntaxError('unbalanced quote: missing closing "', pos + 1)
    inner = text[pos + 1:end].strip()
    if not inner:
        raise QuerySyntaxError("empty phrase", pos + 1)
    slop, after = 0, end + 1
    match = _SLOP.match(text, after)
    if match:
        digits = match.group(1)
        if not digits:
            raise QuerySyntaxError(
                "proximity needs a number after '~' (e.g. \"barrel bomb\"~5)", after + 1)
        if len(digits) > 3 or int(digits) > MAX_SLOP:
            raise QuerySyntaxError(
                f"proximity ~{_show(digits, 8)} is too large (the limit is {MAX_SLOP})", after + 1)
        slop, after = int(digits), match.end()
    return _Tok("PHRASE", inner, pos + 1, slop=slop), after


# --- parser ---------------------------------------------------------------------------------

class _Parser:
    """Recursive descent over the tokens; recursion is bounded by MAX_DEPTH parentheses."""

    def __init__(self, tokens: list[_Tok]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> _Tok | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Tok:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def need_operand(self, op: _Tok) -> None:
        """Raise unless a term can follow the operator ``op`` just taken."""
        nxt = self.peek()
        # '-' and '+' must touch their term: in "Syria - Idlib" the dash is no exclusion.
        detached = nxt is not None and op.kind in "-+" and nxt.col != op.col + 1
        if nxt is None or nxt.kind in (")", "AND", "OR") or detached:
            raise QuerySyntaxError(f"missing term after '{op.value}'", op.col)

    def parse(self) -> Node:
        node = self.or_expr(None)
        extra = self.peek()
        if extra is not None:  # or_expr only stops early at a ')'
            raise QuerySyntaxError("unbalanced parenthesis: ')' without '('", extra.col)
        return node

    def or_expr(self, field: str | None) -> Node:
        items = [self.and_expr(field)]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.need_operand(self.take())
            items.append(self.and_expr(field))
        return items[0] if len(items) == 1 else Or(tuple(items))

    def and_expr(self, field: str | None) -> Node:
        items = [self.unary(field)]
        while (tok := self.peek()) is not None and tok.kind not in (")", "OR"):
            if tok.kind == "AND":
                self.need_operand(self.take())
            items.append(self.unary(field))
        return items[0] if len(items) == 1 else And(tuple(items))

    def unary(self, field: str | None) -> Node:
        negated = False
        # A loop, not recursion: "- - - ... x" must not grow the stack.
        while (tok := self.peek()) is not None and tok.kind in ("NOT", "-", "+"):
            self.take()
            self.need_operand(tok)
            negated ^= tok.kind != "+"
        node = self.primary(field)
        return Not(node) if negated else node

    def primary(self, field: str | None) -> Node:
        if self.peek() is None:
            raise QuerySyntaxError("unexpected end of query")
        tok = self.take()
        if tok.kind == "(":
            unclosed = QuerySyntaxError("unbalanced parenthesis: missing closing ')'", tok.col)
            nxt = self.peek()
            if nxt is None:
                raise unclosed
            if nxt.kind == ")":
                raise QuerySyntaxError("empty parentheses", tok.col)
            node = self.or_expr(field)
            if self.peek() is None:
                raise unclosed
            self.take()
            return node
        if tok.kind == "FIELD":
            return self.primary(tok.value)  # the tokenizer guarantees a glued value follows
        if tok.kind == ")":
            raise QuerySyntaxError("unbalanced parenthesis: ')' without '('", tok.col)
        if tok.kind in ("AND", "OR"):
            raise QuerySyntaxError(f"missing term before '{tok.value}'", tok.col)
        return _leaf(tok, field)


# --- leaves ---------------------------------------------------------------------------------

def _leaf(tok: _Tok, field: str | None) -> Node:
    """Turn a WORD, PHRASE or RANGE token into a leaf node for ``field``."""
    if field == "date":
        return _date_leaf(tok)
    if tok.kind == "RANGE":
        raise QuerySyntaxError(
            "ranges are only supported on dates (e.g. date:[2015-05-01 TO 2015-05-31])", tok.col)
    if tok.kind == "PHRASE":
        return Phrase(field, tok.value, tok.slop)
    return _word(tok.value, field, tok.col)


def _qmark_wildcard(text: str) -> bool:
    if "?" not in text:
        return False
    return any(c == "?" and nxt.isalnum() for c, nxt in zip(text, text[1:], strict=False))


def _word(text: str, field: str | None, col: int) -> Node:
    """Classify a bare word: plain term, prefix ``ab*``, fuzzy ``abc~N`` or match-all ``*``."""
    if text in ("*", "*:*"):
        if field is None:
            return MatchAll()
        raise QuerySyntaxError(
            f"wildcard needs at least 2 leading characters: '{_show(text)}'", col)
    fuzzy = _FUZZY.fullmatch(text)
    if fuzzy:
        base, digits = fuzzy.groups()
        if "*" in base or _qmark_wildcard(base):
            raise QuerySyntaxError(
                f"a word cannot be both a wildcard and fuzzy: '{_show(text)}'", col)
        distance = int(digits) if digits and len(digits) <= 2 else (1 if not digits else 99)
        if distance not in (1, 2):
            raise QuerySyntaxError(f"fuzzy distance must be 1 or 2: '{_show(text)}'", col)
        return Fuzzy(field, base, distance)
    if text[0] == "*" or (text[0] == "?" and _qmark_wildcard(text)):
        raise QuerySyntaxError(f"leading wildcards are not supported: '{_show(text)}'", col)
    base = text.rstrip("*")
    if "*" in base:
        raise QuerySyntaxError(
            f"wildcards are only supported at the end of a word: '{_show(text)}'", col)
    if _qmark_wildcard(base):
        raise QuerySyntaxError(
            f"'?' wildcards are not supported (use * at the end of a word): '{_show(text)}'", col)
    if base != text:
        if len(base) < 2:
            raise QuerySyntaxError(
                f"wildcard needs at least 2 leading characters: '{_show(text)}'", col)
        return Prefix(field, base)
    return Term(field, text)


def _date_leaf(tok: _Tok) -> DateRange:
    """A date value: ``2015``, ``2015-05``, ``2015-05-22``, ``*``, ``>=X`` ... or a range."""
    if tok.kind == "RANGE":
        assert tok.bounds is not None
        (start_text, start_col), (end_text, end_col) = tok.bounds
        return _range(start_text, start_col, end_text, end_col, tok.col)
    text = tok.value
    if text == "*":
        return DateRange(None, None)
    if ".." in text:
        # The shorthand other search tools take: date:2015-05..2015-06, 2015.., ..2014.
        start_text, end_text = text.split("..", 1)
        return _range(start_text, tok.col, end_text, tok.col + len(start_text) + 2, tok.col)
    comparison = _COMPARISON.fullmatch(text)
    if not comparison:
        return DateRange(*_day_span(text, tok.col))
    op, value = comparison.groups()
    first, last = _day_span(value, tok.col + len(op))
    try:
        if op == ">=":
            return DateRange(first, None)
        if op == ">":
            return DateRange(last + timedelta(days=1), None)
        if op == "<=":
            return DateRange(None, last)
        return DateRange(None, first - timedelta(days=1))
    except OverflowError:
        raise QuerySyntaxError(f"date out of range: '{_show(text)}'", tok.col) from None


def _range(start_text: str, start_col: int, end_text: str, end_col: int, col: int
           ) -> DateRange:
    """A range from its bound texts; an empty bound or ``*`` leaves that end open."""
    start = _day_span(start_text, start_col)[0] if start_text not in ("", "*") else None
    end = _day_span(end_text, end_col)[1] if end_text not in ("", "*") else None
    if start is not None and end is not None and start > end:
        raise QuerySyntaxError(f"empty date range: {start} is after {end}", col)
    return DateRange(start, end)


def _day_span(text: str, col: int) -> tuple[date, date]:
    """First and last day of a year, month or day written as YYYY, YYYY-MM or YYYY-MM-DD."""
    match = _DATE.fullmatch(text)
    try:
        if not match:
            raise ValueError(text)
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except (ValueError, calendar.IllegalMonthError):
        raise QuerySyntaxError(
            f"malformed date '{_show(text)}' (expected YYYY, YYYY-MM or YYYY-MM-DD)", col) from None
