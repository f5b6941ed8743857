"""Runs of capitalised words: the one pass both extractors share."""

from __future__ import annotations

import re

from hypothesis import assume, example, given
from hypothesis import strategies as st

from newsearch.extract.caps import is_caps_text
from newsearch.extract.gazetteer import DATA_FILE, gazetteer
from newsearch.extract.scan import (
    _ASCII_RUN,
    _RUN,
    _TOKEN,
    _parse_several,
    run_texts,
    runs,
    word_key,
)
from newsearch.extract.sentences import opens_sentence


def _surfaces(text: str) -> list[str]:
    return [r.surface() for r in runs(text)]


def test_runs_join_connectors_initials_and_abbreviations() -> None:
    text = ("Col. Suhail Hassan met Paul A. Volcker of the Federal Reserve Board in Jisr "
            "ash-Shughur, then Procter & Gamble and the Army of Conquest.")
    assert _surfaces(text) == ["Col. Suhail Hassan", "Paul A. Volcker", "Federal Reserve Board",
                               "Jisr ash-Shughur", "Procter & Gamble", "Army of Conquest"]


def test_runs_stop_at_possessives_and_sentence_ends() -> None:
    assert _surfaces("Assad's army met Acme Corp. The company said Iran. Reagan agreed.") == [
        "Assad", "Acme Corp", "Iran", "Reagan"]
    run = runs("Syria talks. Syrian officials met.")[1]
    assert run.sentence_start and run.next_word() == (" ", "officials")


def test_initials_end_a_sentence_before_a_function_word() -> None:
    assert _surfaces("Sales rose in the U.S. It said Acme N.V. Said no.") == ["U.S.", "Acme N.V."]
    assert _surfaces("Talks in the U.K. And Zorbia went on.") == ["U.K.", "Zorbia"]
    # A lower-case connector goes on with the name.
    assert _surfaces("A unit of B.T.C. of New York Inc rose.") == ["B.T.C. of New York Inc"]


def test_a_list_item_opens_a_sentence() -> None:
    # Bullets as Markdown and wiki pages write them: "At" and "In" open sentences there.
    text = "Gaza\n  * Putin spoke.\n- In Kyiv, officials met.\n• Hamas agreed.\n* At least 2."
    found = runs(text)
    assert [r.surface() for r in found] == ["Gaza", "Putin", "Kyiv", "Hamas"]
    assert [r.sentence_start for r in found] == [True, True, False, True]
    assert not runs("officials said - Reuters reported")[0].sentence_start
    assert not runs("x\n  1 * At least")[0].sentence_start  # a product, not a list item


def test_a_name_in_brackets_by_itself_keeps_its_article() -> None:
    # A paper credited in brackets: "The" is part of its name there, not a sentence's start.
    assert _surfaces("Five were killed. (The Zorvia Herald)") == ["The Zorvia Herald"]
    assert _surfaces("Five were killed. (The Herald said so)") == ["Herald"]
    assert _surfaces("It rose. The Zorvia Herald said so.") == ["Zorvia Herald"]


def test_caps_detection() -> None:
    assert is_caps_text("BANKS EXPRESS GRAVE CONCERN")
    assert not is_caps_text("Banks express grave concern")
    assert all(r.caps for r in runs("U.S. BANKS SAY RATES WILL RISE AGAIN NEXT MONTH, DEALERS SAY"))


@given(st.text(alphabet=st.sampled_from(list("Ab .-&'\n’sOf")), max_size=60))
def test_runs_are_capitalised_spans_of_the_text(text: str) -> None:
    for r in runs(text):
        assert r.words[0][0].isupper() and r.words[-1][0].isupper()
        assert all(text[a:b] == w for w, (a, b) in zip(r.words, r.spans, strict=True))


def test_shipped_gazetteer_loads_without_building() -> None:
    assert DATA_FILE.exists() and DATA_FILE.stat().st_size < 5_000_000
    assert gazetteer().entries("reyhanli")[0].country == "Turkey"


def test_indented_next_line_ends_a_name() -> None:
    text = "said trade representative Clayton Yeutter\n    Speaking to the Asia Society, he"
    names = [r.surface() for r in runs(text)]
    assert "Clayton Yeutter" in names
    wrapped = [r.surface() for r in runs("said Clayton\nYeutter today")]
    assert "Clayton Yeutter" in wrapped


def test_several_words_keep_offsets_keys_and_drop_a_possessive() -> None:
    text = "Then the Bank of Japan's governor and O'Neill-Smith Inc. agreed."
    bank, firm = runs(text)
    assert bank.words == ["Bank", "of", "Japan"] and bank.keys == ["bank", "of", "japan"]
    assert [text[a:b] for a, b in bank.spans] == bank.words
    assert (bank.start, bank.end) == (9, 22) and bank.prev_word() == "the"
    assert firm.surface() == "O'Neill-Smith Inc" and firm.prev_word() == "and"


@given(st.text(alphabet=st.sampled_from(list("Ab7_ .-&'\n\tsOfdeal")), max_size=60))
def test_ascii_expression_matches_like_the_unicode_one(text: str) -> None:
    assert [m.span() for m in _ASCII_RUN.finditer(text)] == [m.span() for m in _RUN.finditer(text)]


_PIECES = ["A", "b", "É", "é", "7", " ", ".", "-", "&", "'", "’s", "\n", "\t", "U.S.", "Of ",
           "al-", "_"]


def _without_syllable(word: str, span: tuple[int, int], tokens: list) -> tuple:
    """A run's last word as the reference tokenises it: the scanner takes a lower-case
    syllable after a hyphen into a given name ("Kim Young-sam"), which the reference splits."""
    m = re.search(r"-[a-z]{2,5}$", word)
    if m is not None:
        short = (word[:m.start()], (span[0], span[1] - len(m.group())))
        if short in tokens:
            return short
    return (word, span)


@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.sampled_from([None, True, False]))
@example(["É", ".", "A", "."], None)  # accented initials: one word either way
@example(["A", " ", "A", "al-", "b", "b"], None)  # "A Aal-bb": a syllable taken in
def test_run_words_and_offsets_are_the_tokens_of_the_matches(pieces: list[str],
                                                              caps: bool | None) -> None:
    text = "".join(pieces)
    # Reference: every word token of every match of the run expression, with its offsets.
    tokens = [(t.group(), t.span()) for m in _RUN.finditer(text)
              for t in _TOKEN.finditer(text, m.start(), m.end())]
    got = [_without_syllable(w, span, tokens)
           for r in runs(text, caps) for w, span in zip(r.words, r.spans, strict=True)]
    it = iter(tokens)
    assert all(pair in it for pair in got)  # in order, each one a token of a match
    for r in runs(text, caps):
        assert (r.start, r.end) == (r.spans[0][0], r.spans[-1][1])
        assert r.keys == [word_key(w) for w in r.words]
        assert r.after == text[r.end:r.end + 1]  # kept for the extractors' look after a run


def test_capitals_runs_work_out_their_sentence_start_on_demand() -> None:
    first, second = runs("THE BANK SAID. NEW YORK DEALERS AGREED", True)
    assert first.words[:2] == ["THE", "BANK"] and first.sentence_start
    assert second.words[:2] == ["NEW", "YORK"] and second.sentence_start
    inner = runs("DEALERS IN NEW YORK AGREED", True)[0]
    assert inner.words[0] == "DEALERS" and inner.sentence_start
    assert not runs("dealers said NEW YORK AGREED", True)[0].sentence_start


def test_a_wrapped_line_does_not_open_a_sentence() -> None:
    wrapped = ("The following offerings were filed recently with the Economic\n"
               "Planning Board and the agency said so.")
    assert "Economic Planning Board" in _surfaces(wrapped)
    # A short line (a heading) or one ending a sentence still ends it: "Economic" may be
    # any capitalised first word there.
    assert "Economic Planning Board" not in _surfaces("Short heading\nEconomic Planning Board")
    ended = "The offerings were filed recently with the agency in the capital.\nEconomic Planning"
    assert not [r for r in runs(ended) if r.words[0] == "Economic" and not r.sentence_start]


def test_a_sentence_may_open_with_a_firms_name() -> None:
    assert _surfaces("Intelligent Systems Corp said it would.") == ["Intelligent Systems Corp"]
    # Function words and a lower-case link still fall away.
    assert _surfaces("The Acme Corp fell.") == ["Acme Corp"]
    assert "Shares of Acme Corp" not in _surfaces("Shares of Acme Corp rose.")


def test_a_sentence_may_open_with_a_places_name() -> None:
    assert _surfaces("New Zealand's deficit rose.") == ["New Zealand"]
    assert _surfaces("Results:\nNew York Yankees 4 Baltimore Orioles 2\n")[0] == "New York Yankees"
    assert _surfaces("The Hague said.") == ["The Hague"]
    # Common words that open no place still fall away.
    assert _surfaces("New Soviet proposals were made.") == ["Soviet"]
    assert _surfaces("The Treasury said.") == ["Treasury"]


def test_a_line_in_capitals_after_a_name_is_no_part_of_it() -> None:
    assert _surfaces("Peter Blackburn\nBRUSSELS 1996-08-22\nThe Commission said.")[:2] == [
        "Peter Blackburn", "BRUSSELS"]
    # Wrapped names, initials and short acronyms still join across the break.
    assert _surfaces("the Federal\nReserve Board said.") == ["Federal Reserve Board"]
    assert _surfaces("of Smith\nU.S. Inc and others") == ["Smith U.S. Inc"]
    assert _surfaces("the ACME\nCORPORATION said.") == ["ACME CORPORATION"]


def test_a_sentence_initial_article_falls_away_but_not_an_initial() -> None:
    assert _surfaces("A Gallup poll showed a lead.") == ["Gallup"]
    assert _surfaces("Squad: A Mehrtens (New Zealand), I Rawaqa (Fiji).")[1:3] == [
        "A Mehrtens", "New Zealand"]
    assert _surfaces("A. Stewart b Mushtaq Ahmed 44") == ["A. Stewart", "Mushtaq Ahmed"]


def test_a_sentence_may_open_with_a_given_name() -> None:
    assert _surfaces("Bill Clinton arrived in Ohio.") == ["Bill Clinton", "Ohio"]
    assert _surfaces("Mark Waugh made 100.") == ["Mark Waugh"]
    # Not before a common word or a letter, nor a given name that is mostly a word.
    assert _surfaces("Will Power rose.") == ["Power"]
    assert _surfaces("Man Utd won.") == ["Utd"]


def test_a_syllable_after_a_hyphen_ends_an_east_asian_given_name() -> None:
    assert _surfaces("President Kim Young-sam met Lee Teng-hui.") == [
        "President Kim Young-sam", "Lee Teng-hui"]
    # Five letters too ("Lee Jae-myung"), but not a class of ships ("Arleigh Burke-class").
    assert _surfaces("Lee Jae-myung toured an Arleigh Burke-class destroyer.") == [
        "Lee Jae-myung", "Arleigh Burke"]
    lee = runs("He met Lee Teng-hui, then left.")[-1]
    assert (lee.words[-1], lee.end, lee.after) == ("Teng-hui", 19, ",")  # moved with the end
    # Not an English word after a place or a single name.
    assert _surfaces("New York-born Aguilera and US-led talks.") == ["New York", "Aguilera",
                                                                      "US"]


def test_a_weekday_opens_no_name() -> None:
    assert _surfaces("A eurobond launched on Friday for Metal Box Plc grew.") == ["Metal Box Plc"]
    assert _surfaces("The Friday Club met.") == ["Friday Club"]


def test_english_openers_among_name_linkers_leave_a_sentence_start() -> None:
    # "As", "At", "Do" open sentences in English; joined by a hyphen they are an Arabic
    # article that belongs to the name.
    text = 'It rose. As Paul Flynn said, at first. At Marks & Spencer sales fell. As-Sahab ran it.'
    assert [r.surface() for r in runs(text)] == ["Paul Flynn", "Marks & Spencer", "As-Sahab"]


def test_several_words_stand_where_their_spans_say() -> None:
    # One space apart (computed) and any other gap (searched) give the same kind of spans.
    for s in ("Home Shopping Network Inc", "Morgan\nStanley  International", "S.G. Warburg",
              "Acme Corp. The"):
        words, pairs = _parse_several(s)[:2]
        assert [s[a:b] for a, b in pairs] == list(words)
    text = "Shares of Home Shopping Network Inc rose."
    run = runs(text)[-1]
    assert [text[a:b] for a, b in run.spans] == run.words == ["Home", "Shopping", "Network", "Inc"]


class _GeneralPath(str):
    """A text that says it is not ASCII: :func:`_parse_several` then takes its general path."""

    def isascii(self) -> bool:
        return False


_NAME_WORD = st.sampled_from(["Federal", "Reserve", "BOARD", "Peter", "BRUSSELS", "Of", "The",
                              "Kim", "Young", "Sam", "Inc", "A", "US"])


@given(st.lists(st.tuples(st.sampled_from([" ", "\n"]), _NAME_WORD), min_size=1, max_size=5),
       _NAME_WORD)
def test_a_name_wrapped_across_lines_parses_as_on_the_general_path(
        rest: list[tuple[str, str]], first: str) -> None:
    # ASCII letters one blank apart, some blanks line breaks, take a shortcut (scan._wrapped):
    # it must give what the general path gives, case-shift cuts included.
    s = first + "".join(gap + word for gap, word in rest)
    if "\n" not in s:
        s += "\nAgency"
    assert _parse_several(s) == _parse_several(_GeneralPath(s))


@given(st.lists(_NAME_WORD, min_size=1, max_size=5), _NAME_WORD)
def test_a_plain_name_parses_as_on_the_general_path(rest: list[str], first: str) -> None:
    # ASCII letters one space apart (two words have a shortcut of their own) take the plain
    # path: the same words, spans, keys and cuts as the general path gives.
    s = " ".join([first, *rest])
    assert _parse_several(s) == _parse_several(_GeneralPath(s))


_DOTTED_WORD = st.sampled_from(["U.S.", "J.C.", "S.", "A.", "Corp.", "Co", "Peter", "OF", "of",
                                "F16", "F16.", "U.S.A.", "Average.", "The"])


@given(st.lists(st.tuples(st.sampled_from([" ", "\n", "  ", " \n", "-", " & ", "&"]),
                          _DOTTED_WORD), max_size=5),
       _DOTTED_WORD)
def test_a_dotted_name_parses_as_on_the_general_path(rest: list[tuple[str, str]],
                                                      first: str) -> None:
    # ASCII words, initials, full stops, "-" and "&", no "'": cut without the token
    # expression's search; the same words, spans, keys and cuts as with it.
    s = first + "".join(gap + word for gap, word in rest)
    assume(_ASCII_RUN.fullmatch(s))  # (what the scanner can hand it: a whole match)
    assert _parse_several(s) == _parse_several(_GeneralPath(s))


def test_run_texts_lists_each_text_once_in_order() -> None:
    head, body = "Assad Speaks In Damascus", "Bashar Assad met Suhail Hassan in Idlib."
    run_list = runs(head, True) + runs(body)
    assert run_texts(run_list) == [head, body]
    assert run_texts([]) == []


def test_an_article_opening_a_text_or_an_indented_paragraph_falls_away() -> None:
    # (runs() says so from the gap before the match, without opens_sentence: the same answer.)
    text = "The Fed said.\n    The Bank of Japan agreed.\n   It rose, said   The Times.\n"
    assert _surfaces(text) == ["Fed", "Bank of Japan", "The Times"]
    for start in (0, text.index("The Bank"), text.index("It")):
        assert opens_sentence(text, start)
    assert not opens_sentence(text, text.index("The Times"))


def test_a_legal_form_ending_a_sentence_cuts_the_run() -> None:
    # "Ltd." ends a sentence before the next firm; "Co. Ltd" stays one name.
    assert [r.words for r in runs("a trader at Daiwa Securities Co Ltd. Sumitomo Bank Ltd fell")] \
        == [["Daiwa", "Securities", "Co", "Ltd"], ["Sumitomo", "Bank", "Ltd"]]
    assert [r.words for r in runs("shares of Nippon Steel Co. Ltd. rose")] \
        == [["Nippon", "Steel", "Co", "Ltd"]]


def test_a_weekday_after_on_opens_no_firm() -> None:
    assert [r.words for r in runs("Boeing said on Tuesday Singapore Airlines Ltd had ordered")] \
        == [["Boeing"], ["Singapore", "Airlines", "Ltd"]]


def test_a_wire_slug_opens_no_headline_name() -> None:
    assert [r.words for r in runs("TABLE-Toshiba Corp six-month group results")] \
        == [["Toshiba", "Corp"]]
