"""Names used as things, not bodies (extract/things.py), through extract_actors."""

from __future__ import annotations

from conftest import run_named
from newsearch.extract import extract_actors
from newsearch.extract.scan import runs
from newsearch.extract.things import event_acronym, thing_mention


def test_acronym_used_as_a_common_noun_is_no_body() -> None:
    # Before a technology's noun, bare after a verb of use or an article: a format.
    _, orgs = extract_actors(
        "Phones with USB ports sold well. Users send an SMS to the show, or are using SMS.")
    assert "USB" not in orgs and "SMS" not in orgs
    # A firm's acronym before a body's noun, or saying something, stays a body.
    _, orgs = extract_actors("A BBC spokesman agreed. Analysts at IBM said IBM would grow.")
    assert {"BBC", "IBM"} <= set(orgs)


def test_product_owned_by_a_firm_and_models_are_no_bodies() -> None:
    _, orgs = extract_actors("Nintendo's DS sold well. Fans liked Nintendo's DS, and Sony's PSP.")
    assert "DS" not in orgs and "PSP" not in orgs
    _, orgs = extract_actors(
        "Plant workers said the TMI-2 reactor was shut. The TMI-2 cleanup goes on.")
    assert orgs == []
    # Britain's FSA: a country owns its bodies.
    _, orgs = extract_actors("Britain's FSA, the City watchdog, fined the bank.")
    assert "FSA" in orgs


def test_award_and_numbered_parts_are_no_bodies() -> None:
    _, orgs = extract_actors(
        "He won an Oscar in 2001. The Oscar-winning actor wants another Oscar.")
    assert orgs == []
    _, orgs = extract_actors(
        "Workers said Model 3 sales grew. Model 3 cars sold well, and the Model 3 line grew.")
    assert orgs == []
    _, orgs = extract_actors("The rate is 50 CFA francs to the French franc. The CFA franc is "
                             "pegged.")
    assert orgs == []


def test_a_chapter_number_is_no_body_even_after_said() -> None:
    # "chapter" is too rare in lower case to be a common word; a numbered part all the same,
    # and "said Chapter 11 protection would" is no body saying something.
    _, orgs = extract_actors("Shares in Winn-Dixie fell. Its boss said Chapter 11 protection "
                             "would help, and the Chapter 11 filing was needed.")
    assert orgs == ["Winn-Dixie"]


def test_thing_mention_reads_the_words_around_one_name() -> None:
    run = runs("Buy a USB port today.")[0]
    assert thing_mention(run, 0, "USB", "a", " ", "port")
    run = runs("He fined Kodo yesterday.")[0]
    assert not thing_mention(run, 0, "Kodo", "fined", " ", "yesterday")


def test_a_code_before_a_models_noun_is_no_body() -> None:
    # Capitals and digits before a vehicle's, a machine's or a measure's noun: a model.
    _, orgs = extract_actors(
        "The airline will buy ten B707 aircraft. Its EH101 helicopter lost the bid, and "
        "the firm's XJ6 luxury sedan sold well. Broad M2 money supply rose 3 pct.")
    assert orgs == []
    # A body's code takes other nouns.
    _, orgs = extract_actors("The MI6 officer said the G8 summit would start. U2 frontman Bono "
                             "sang. MI6 declined to comment, and G8 leaders met.")
    assert {"MI6", "G8", "U2"} <= set(orgs)


def test_an_events_acronym_is_no_body() -> None:
    # The story spells the acronym out as a show's name: a show, and its acronym too.
    _, orgs = extract_actors(
        "Games firm Zentek showed its player at the Consumer Electronics Show in Las Vegas. About "
        "120,000 people attend CES each year, and CES organisers expect more.")
    assert "CES" not in orgs and "Consumer Electronics Show" not in orgs
    assert "Zentek" in orgs
    # Spelt out as a body's name, or not at all, the acronym stays a body.
    _, orgs = extract_actors("The Council of Economic Studies (CES) said prices would rise. "
                             "CES officials met on Monday.")
    assert "CES" in orgs or "Council of Economic Studies" in orgs
    _, orgs = extract_actors("Analysts at QXS said the show would be busy.")
    assert "QXS" in orgs


def test_event_acronym_needs_the_events_name_spelt_out() -> None:
    text = "The Frankfurt Book Fair opened. FBF visitors queued, and the FBQ met."
    assert event_acronym(run_named(text, "FBF"))
    assert not event_acronym(run_named(text, "FBQ"))  # no event's name ends in "Q..."
    assert not event_acronym(run_named("The FBF met. Frankfurt Book Fund grew.", "FBF"))
