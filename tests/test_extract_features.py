"""Physical features the gazetteer does not list (extract/features.py), and through enrich."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.extract.features import feature_names
from newsearch.extract.scan import runs
from newsearch.model import Article


def _names(text: str, skip: frozenset[str] = frozenset()) -> list[str]:
    return [name for name, _at in feature_names(runs(text), set(skip))]


def test_a_features_kind_word_makes_it_a_place() -> None:
    text = ("Ships in the Aegean Sea and the Strait of Hormuz were hit near Three Mile Island, "
            "Lake Success and the Ketza River.")
    assert _names(text) == ["Aegean Sea", "Strait of Hormuz", "Three Mile Island",
                            "Lake Success", "Ketza River"]


def test_dates_and_countries_before_a_feature_are_no_part_of_it() -> None:
    assert _names("Barges on the March Ohio River and the U.K. North Sea fields.") == [
        "Ohio River", "North Sea"]
    assert _names("Prices on the U.S. Gulf coast fell.") == []  # the gazetteer's Gulf


def test_people_firms_towns_and_titles_are_no_features() -> None:
    assert _names("Michael Bay met Lake City officials and Gulf Oil.") == []
    assert _names("Oil from the Cooper Basin rose.") == ["Cooper Basin"]  # a rare given name
    assert _names("How Green Was My Valley aired.") == []
    assert _names("Giant Bay said output rose.", frozenset({"giant bay resources ltd"})) == []


def test_features_are_places_without_country_or_focus() -> None:
    article = enrich(Article(title="T", body="Tankers near Kharg Island were hit by Iraq."))
    assert ("Kharg Island", "", False) in [(p.name, p.country, p.focus) for p in article.places]
