"""Names used as things, not bodies (extract/things.py), through extract_actors."""

from __future__ import annotations

from conftest import run_named
from newsearch.extract import extract_actors
from newsearch.extract.scan import runs
from newsearch.extract.things import (
    amount_unit,
    event_acronym,
    named_things,
    technology_in,
    thing_mention,
)


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


def test_a_release_number_makes_a_product_or_a_work() -> None:
    # A one-digit release's number, then a verb or a noun: a product's version.
    _, orgs = extract_actors(
        "Fans queued for the Zentra 2 console. Zentra 2 has sold well, and Zentra fans cheered.")
    assert orgs == []
    # Not a share, a count, a score or a channel in capitals.
    _, orgs = extract_actors("The Marplan poll gave the Liberals 3 pct and the Tories 4 seats.")
    assert {"Liberals", "Tories"} <= set(orgs)
    _, orgs = extract_actors("The BBC 3 film ran late. The BBC aired it.")
    assert orgs == ["BBC"]


def test_software_nouns_make_a_product() -> None:
    _, orgs = extract_actors(
        "Users of the Vexo browser grew. Vexo is free, and the Vexo operating system runs on "
        "phones.")
    assert orgs == []
    # "operating" alone is no software's noun: "Tabor operating profit".
    _, orgs = extract_actors("Tabor said it grew. Tabor operating profit rose, Tabor said.")
    assert orgs == ["Tabor"]


def test_an_acronym_used_as_a_technology_and_otherwise_bare_is_no_body() -> None:
    # Bare mentions ("P4P is") give it no body's cue against its uses as a technology.
    _, orgs = extract_actors("Firms embrace P4P technology. Many P4P systems exist. P4P is a "
                             "good way to share. P4P is legal, and P4P works.")
    assert orgs == []
    # A maker's acronym before its product's noun is no technology: it stays a body.
    _, orgs = extract_actors("QRX games sold well. QRX is big. QRX grows and QRX hires.")
    assert orgs == ["QRX"]


def test_technology_in_reads_the_words_around_an_acronym() -> None:
    assert technology_in(["Phones send texts via GPRS today."], "GPRS")
    assert technology_in(["Old", "The P2P networks grew."], "P2P")
    assert not technology_in(["ESPN games sold. BMW drives sales."], "ESPN")
    assert not technology_in(["BMW drives record sales."], "BMW")


def test_a_platform_compound_is_no_body() -> None:
    # "X-based" of a name no gazetteer town: a platform, not a body.
    _, orgs = extract_actors("Vexo-based players sold well. Unlike Vexo-based devices, they "
                             "record TV.")
    assert orgs == []


def test_a_name_given_to_a_technology_is_no_body() -> None:
    _, orgs = extract_actors("Firms must move to accounting standards called IFRS. IFRS will "
                             "cost money, and IFRS rules differ.")
    assert orgs == []
    assert named_things(["The site uses a technology dubbed Vexo, which reads text."]) == {"vexo"}
    # Not a network's name, nor the first of several capitalised words.
    assert named_things(["A network called NBC aired it. A system called Big Blue Box ran."]) \
        == set()


def test_an_awards_nouns_make_an_award() -> None:
    # An award's nominees, ceremony, winners or race: the award, no body.
    _, orgs = extract_actors(
        "The Glenby nominees met on Monday. The Glenby ceremony is on Sunday, and Glenby "
        "winners get a statue. The Glenby race is open.")
    assert orgs == []
    # A body voted so more often than its award's nouns name it stays a body.
    _, orgs = extract_actors("Shares in Kestrel fell. Kestrel said it would cut jobs. The "
                             "Kestrel nominees were named.")
    assert orgs == ["Kestrel"]


def test_a_handheld_or_a_mini_makes_a_product() -> None:
    _, orgs = extract_actors(
        "Fans bought the Zomo mini. The Zomo mini sold well. Nintendo said its QX handheld "
        "sold well, and QX handhelds are cheap.")
    assert orgs == ["Nintendo"]
    # A maker's name before "handheld" stays the maker's; "mini-series" is no product's noun.
    run = runs("Tell Nintendo handheld sales rose.")[0]
    assert not thing_mention(run, 0, "Nintendo", "tell", " ", "handheld")
    run = runs("Watch the BBC mini-series tonight.")[0]
    assert not thing_mention(run, 0, "BBC", "the", " ", "mini")
    run = runs("Watch the Zomo mini tonight.")[0]
    assert thing_mention(run, 0, "Zomo", "the", " ", "mini")


def test_a_word_after_an_amount_before_a_stop_or_function_word_is_its_unit() -> None:
    text = "The rebate was 45.00 Zecus per tonne, or 1.5 mln Zecus. It sold 5 mln Acme shares."
    found = runs(text)
    units = [r for r in found if r.surface() == "Zecus"]
    assert len(units) == 2 and all(amount_unit(r, 0) for r in units)
    assert not amount_unit(run_named(text, "Acme"), 0)  # a noun after it: a body's shares
    text = "The 2005 Lions toured, as did the $499 Zorbo and 50 Zent."
    assert not any(amount_unit(r, 0) for r in runs(text))  # a year, a price, a short number


def test_an_acronym_before_a_codes_or_a_samples_noun_is_a_thing() -> None:
    # "ISBN number", "IP address", "DNA samples": a code or a substance, not a body.
    _people, orgs = extract_actors("A page with a book's ISBN number links to the shop. The "
                                   "ISBN is unique. Police found DNA samples and DNA evidence. "
                                   "Each IP address is logged.")
    assert not {"ISBN", "DNA", "IP"} & set(orgs)


def test_a_credit_grade_is_no_body() -> None:
    _people, orgs = extract_actors(
        "The agency cut Zorbia Corp's senior notes to Aa-3 from Aa-2 and its paper to Baa-1. "
        "Another rated them BBB-minus, and the AA said roads were icy.")
    assert not {"Aa", "Baa", "BBB"} & set(orgs) and "Zorbia Corp" in orgs


def test_named_things_finds_what_the_whole_pattern_finds() -> None:
    # The verb is found first and the noun read back from it: the same names as a search for
    # the noun, the blanks, the verb and the name (matches never overlap).
    from newsearch.extract.things import _NAMED_THING, _named_in

    for text in ["A new system\n  dubbed Exeem. Standards called\tIFRS, devices known as Zune.",
                 "technology called Foo-system called Bar",  # "system" is inside Foo's match
                 "a recalled format called 'Xbox' and an unknown program known  as Vexo",
                 "Ecosystem called Nod; formats called Ogg Vorbis; games dubbed “Halo”"]:
        assert _named_in(text) == [m.group(1) for m in _NAMED_THING.finditer(text)]
    assert _named_in("technology called Foo-system called Bar") == ["Foo-system"]
    assert named_things(["formats called Ogg Vorbis, games dubbed “Halo”."]) == {"halo"}


def test_a_share_index_is_no_body() -> None:
    from newsearch.extract.things import index_name  # noqa: PLC0415

    text = "ING outperformed the AEX index, and the FTSE 100 share index rose."
    assert index_name(text, text.index(" index")) and index_name(text, text.index(" 100"))
    assert not index_name(text, text.index(" outperformed"))
    _, orgs = extract_actors("ING shares rose 2 percent, outperforming the AEX index. "
                             "The TOPIX index fell. The 225-share Nikkei average eased.")
    assert orgs == ["ING"]
    # A headline's index is no body when the story calls it an average.
    _, orgs = extract_actors("Nikkei ends lower on profit-taking\nThe Nikkei average closed "
                             "down 212 points. Sony Corp gained 60 yen.")
    assert orgs == ["Sony Corp"]


def test_a_name_before_crude_or_blend_is_an_oil_grade_not_a_person_or_body() -> None:
    people, orgs = extract_actors(
        "Traders said North Sea Brent blend for January was steady, and Isthmus crude fell, "
        "said John Smith.")
    assert people == ["John Smith"]
    assert orgs == []
