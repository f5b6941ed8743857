"""Cues around a name its own words leave open: works' titles, pairs, trade roles."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.namecues import duo, place_before_name, trade_role, work_title
from newsearch.extract.orgs import word_after
from newsearch.extract.scan import runs


def _cue(text: str, name: str) -> bool:
    run = next(r for r in runs(text) if r.surface() == name)
    sep, nxt = word_after(run, len(run.words))
    return work_title(run, len(run.words), run.prev_word(), sep, nxt)


def test_work_titles_name_no_one() -> None:
    assert _cue("The gritty abortion drama Vera Drake has won.", "Vera Drake")
    assert _cue("Then Vera Drake star Imelda Staunton spoke.", "Vera Drake")
    assert _cue("She won for her role in Vera Drake on Sunday.", "Vera Drake")
    assert not _cue("She won for her role in Mike Nichols' Closer.", "Mike Nichols")
    assert not _cue("Former Hammers star Joe Cole was hit.", "Hammers")
    assert not _cue("Vince Vaughn stars in a quirky movie.", "Vince Vaughn")
    people, _ = extract_actors("Vera Drake star Imelda Staunton thanked Mike Leigh. Her role in "
                               "Vera Drake won praise.")
    assert people == ["Imelda Staunton", "Mike Leigh"]


def test_a_soap_or_a_series_title_names_no_one() -> None:
    assert _cue("It faced the soap Coronation Street again.", "Coronation Street")
    assert _cue("He directed the US television series CSI: Crime Scene.", "CSI")
    assert extract_actors("He directed the US television series CSI: Crime Scene.") == ([], [])


def test_pairs_trade_roles_and_titles_places() -> None:
    assert duo("Richard & Judy") and duo("Serbia & Montenegro") and not duo("Marks & Spencer")
    assert trade_role("rival oil major", "major") == "firm"
    assert trade_role("the", "major") == "major"
    run = runs("He met the Ambassador to Athens Nazmi Akiman there.")[1]
    assert place_before_name(run, 0, 3, list(run.keys))
    run = runs("He met Athens Nazmi Akiman there.")[0]
    assert not place_before_name(run, 0, 3, list(run.keys))  # no "to" or "in" before
