"""Direct tests of extract/vessels.py: ships and installations named by people's names."""

from __future__ import annotations

from newsearch.extract.vessels import site_named, vessel_named


def test_a_name_after_a_vessels_kind_is_a_ship() -> None:
    text = "the Zorvian liner Marek Bolgan sank; a freighter, the Admiral Tusk, left"
    assert vessel_named(text, text.index("Marek"))
    assert vessel_named(text, text.index("Admiral"))
    text = "the liner's captain Marek Bolgan and the carrier Zorvair"
    assert not vessel_named(text, text.index("Marek"))  # the captain is someone
    assert not vessel_named(text, text.index("Zorvair"))  # a carrier is an airline too


def test_a_name_before_an_installations_noun_is_a_site() -> None:
    text = "at the Dal Morrow airport and the Nine Furlong nuclear power plant"
    assert site_named(text, text.index(" airport"))
    assert site_named(text, text.index(" nuclear"))
    text = "Dal Morrow runs the plant; the Ernie Zell field"
    assert not site_named(text, text.index(" runs"))  # a verb before the noun: the person
    assert not site_named(text, text.index(" field"))  # a golfer's field
