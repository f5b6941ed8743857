"""Text set in capitals: whole texts and stretches inside a body."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsearch.extract.caps import caps_stretches, is_caps_text


def test_headlines_in_capitals() -> None:
    assert is_caps_text("BANKS EXPRESS GRAVE CONCERN")
    assert not is_caps_text("Banks express grave concern")
    assert not is_caps_text("U.S.")  # too few letters to say
    assert is_caps_text("ÉTATS-UNIS: LA BANQUE CENTRALE BAISSE SES TAUX")


def test_stretches_of_capitals_inside_a_body() -> None:
    head = "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT."
    text = f"{head}\nAL-AIN 1996-12-06\nJapan began the defence of their title."
    [(start, end)] = caps_stretches(text)
    assert text[start:end].startswith(head)
    assert caps_stretches("Short TEXT.") == []
    assert caps_stretches("Mixed case text " * 10) == []


@given(st.text(alphabet="aB .\n-XYZé", max_size=200))
def test_stretches_are_what_the_expression_finds(text: str) -> None:
    reference = [m.span() for m in re.finditer(r"[^a-z]{40,}", text)]
    assert caps_stretches(text) == reference
