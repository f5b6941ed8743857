"""Whether a sentence's first capitalised word opens the name after it."""

from __future__ import annotations

import re

from newsearch.extract.openings import (
    firm_opening,
    given_name_opening,
    place_opening,
    wire_slug,
)
from newsearch.extract.runwords import BOUNDARY_WORDS, word_key


def _words(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    found = list(re.finditer(r"\S+", text))
    return [m.group() for m in found], [m.span() for m in found]


def test_firm_opening_needs_a_legal_form_or_an_ampersand() -> None:
    for text, want in [("Intelligent Systems Corp", True), ("Marks & Spencer", True),
                       ("The Acme Corp", False), ("Intelligent Systems", False)]:
        words, spans = _words(text)
        words = [w for w in words if w != "&"]
        spans = [s for s, w in zip(spans, text.split(), strict=True) if w != "&"]
        assert firm_opening(words, len(words), text, spans) is want, text


def test_firm_opening_needs_every_word_capitalised() -> None:
    text = "Intelligent systems Corp"
    words, spans = _words(text)
    assert not firm_opening(words, 3, text, spans)


def test_given_name_opening() -> None:
    assert given_name_opening(["Bill", "Clinton"], 2)
    assert given_name_opening(["Mark", "Waugh"], 2)
    # A given name that opens sentences as a word, a common word after, or one word alone.
    assert not given_name_opening(["Man", "Utd"], 2)
    assert not given_name_opening(["Bill", "Payments"], 2)
    assert not given_name_opening(["Bill"], 1)
    assert not given_name_opening(["BILL", "Clinton"], 2)  # (capitals: a heading, no name)


def test_place_opening_takes_countries_and_sizeable_towns() -> None:
    assert place_opening(["New", "Zealand"], 2)
    assert place_opening(["Little", "Rock", "police"], 2)
    assert not place_opening(["New", "Products"], 2)
    assert not place_opening(["The", "Acme"], 2)
    assert not place_opening(["New"], 1)


def test_word_classes() -> None:
    assert word_key("Éire") == "eire"
    assert "the" in BOUNDARY_WORDS and "president" not in BOUNDARY_WORDS
    assert "as" in BOUNDARY_WORDS  # (an English opener, though an Arabic article too)
    assert "al" not in BOUNDARY_WORDS


def test_a_firms_relation_opens_no_firm() -> None:
    text = "Rival Dresdner Bank AG"
    words, spans = _words(text)
    assert not firm_opening(words, len(words), text, spans)


def test_a_wire_slug_before_a_headlines_name() -> None:
    for text, want in [("TABLE-Toshiba Corp results", True), ("UPDATE-Acme Inc", True),
                       ("IBM-Japan Ltd", False), ("TABLE-TOSHIBA CORP", False)]:
        words, spans = _words(text.replace("-", " "))
        assert wire_slug(words, text, spans) is want, text
