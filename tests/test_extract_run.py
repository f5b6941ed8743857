"""A run of capitalised words: its neighbours, worked out once and remembered."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch.extract import run as run_module
from newsearch.extract.run import Run
from newsearch.extract.scan import runs, word_key

_NEXT_PIECES = ["Acme Corp.", "The", "Bank of England", "U.S.", "Paul A. Volcker", ",", ".",
                "\n", "Rio de Janeiro", "and", "Jisr ash-Shughur", "Reagan's", "NEW YORK",
                "Mr.", "-", "In", "Smith & Wesson", "O'Neill", " "]


def _prev_word_reference(text: str, start: int) -> str:
    """Run.prev_word as first written (max, count and rfind), to hold the faster form to."""
    before = text[max(0, start - 30):start]
    stripped = before.rstrip()
    if not stripped or not stripped[-1].isalpha() or before.count("\n") > 1:
        return ""
    last = stripped[stripped.rfind(" ") + 1:]
    if last.isalpha():
        return word_key(last)
    m = re.search(r"[^\W\d_]+$", last)
    return word_key(m.group()) if m else ""


@settings(deadline=None)  # the first example loads the gazetteer
@given(st.lists(st.sampled_from(["the", "Said", " ", "\n", ",", "-", "x7", "'", "Acme", "of",
                                 "é"]), max_size=25))
def test_prev_word_is_the_folded_word_before_the_run(pieces: list[str]) -> None:
    text = "".join(pieces) + " Zed Co"
    for r in runs(text):
        assert r.prev_word() == _prev_word_reference(text, r.start)


@settings(deadline=None)  # the first example loads the gazetteer
@given(st.lists(st.sampled_from(_NEXT_PIECES + ["said", "said,", "it", "  ", "é", "Lee's", "of"]),
                max_size=20))
def test_next_word_short_cut_reads_what_the_expression_reads(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for run in runs(text):
        m = run_module._NEXT.match(text, run.end)
        assert run.next_word() == ((m.group(1), word_key(m.group(2))) if m else ("", ""))


def test_neighbours_are_worked_out_once_then_remembered() -> None:
    run = runs("Shares of the Bank of England rose, officials said.")[0]
    assert isinstance(run, Run) and run.surface() == "Bank of England"
    assert (run.prev_word(), run.next_word()) == ("the", (" ", "rose"))
    # A second answer comes from the run itself: changing the text behind it changes nothing.
    run.text = run.text.replace("the Bank", "our Bank").replace("rose", "fell")
    assert (run.prev_word(), run.next_word()) == ("the", (" ", "rose"))
    fresh = Run(run.text, run.words, run.spans, None, False)
    assert (fresh.prev_word(), fresh.next_word()) == ("our", (" ", "fell"))


@settings(deadline=None)  # the first example loads the gazetteer
@given(st.lists(st.sampled_from(_NEXT_PIECES + ["said", "Friday", "Al-Shabaab", "É.A."]),
                max_size=20))
def test_the_scanners_runs_are_what_the_class_makes(pieces: list[str]) -> None:
    # The scanner sets a run's fields itself on its two common paths (no class call): each
    # slot must be set, and as Run() would set it.
    text = " ".join(pieces)
    for run in runs(text):
        made = Run(run.text, run.words, run.spans, run._sentence_start, run.caps, run.keys)
        for slot in Run.__slots__:
            assert getattr(run, slot) == getattr(made, slot), slot
