"""Org focus: the international bodies a story is about, and every body it names."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsearch.extract import enrich, extract_actors
from newsearch.extract.orgfocus import about_orgs, lead_end, passing_mention
from newsearch.model import Article

_LEAD = ("Brazil will suspend interest payments on its foreign debt, the finance minister said. "
         "Bankers said the move was expected. ")
_FILLER = "Talks with creditor banks will resume in New York next week. " * 6


def test_passing_mention_is_not_a_focus_but_stays_mentioned() -> None:
    art = enrich(Article(title="BRAZIL SUSPENDS DEBT PAYMENTS",
                         body=_LEAD + _FILLER + "Officials will also meet the IMF next month."))
    assert "International Monetary Fund" not in art.orgs
    assert "International Monetary Fund" in art.orgs_mentioned


def test_headline_lead_and_repeated_bodies_are_focus() -> None:
    title = enrich(Article(title="IMF SEES BRAZIL DEAL", body=_LEAD + _FILLER))
    assert "International Monetary Fund" in title.orgs
    lead = enrich(Article(title="BRAZIL DEBT", body="The World Bank lent Brazil money. "
                          + _FILLER))
    assert "World Bank" in lead.orgs
    twice = enrich(Article(title="BRAZIL DEBT", body=_LEAD + _FILLER + "OPEC met. " + _FILLER
                           + "OPEC will meet again."))
    assert "OPEC" in twice.orgs


def test_full_name_and_its_acronym_count_once() -> None:
    body = _LEAD + _FILLER + "It is a member of the International Monetary Fund (IMF)."
    art = enrich(Article(title="BRAZIL DEBT", body=body))
    assert "International Monetary Fund" not in art.orgs
    assert "International Monetary Fund" in art.orgs_mentioned


def test_other_organisations_are_all_kept() -> None:
    assert about_orgs(["Acme Corp", "OPEC"], {"opec": [900]}, "A. " * 400) == ["Acme Corp"]
    assert about_orgs(["Acme Corp"], {}, "") == ["Acme Corp"]


def test_source_orgs_win_and_mentions_are_filled() -> None:
    art = enrich(Article(title="x", body="The IMF met. OPEC met.", orgs=["Given"]))
    assert art.orgs == ["Given"]
    assert {"International Monetary Fund", "OPEC"} <= set(art.orgs_mentioned)


def test_lead_end_counts_sentences_and_paragraphs() -> None:
    text = "One sentence here. Two sentences here. Three."
    assert text[:lead_end(text, 1)].strip() == "One sentence here."
    assert text[:lead_end(text, 2)].strip() == "One sentence here. Two sentences here."
    assert lead_end("no end at all", 2) == len("no end at all")
    assert lead_end("Para one\n\nPara two", 1) <= len("Para one\n\n")


@given(st.text(max_size=300), st.integers(min_value=1, max_value=4))
def test_lead_end_is_within_text(text: str, n: int) -> None:
    assert 0 <= lead_end(text, n) <= len(text)


# The sentence end as first written (two plain branches): the faster expression must find the
# same ends.
_PLAIN_SENTENCE_END = re.compile(r"[.!?][\"'”’]?(?=\s+[\"“A-Z])|\n[ \t]*\n")


@given(st.text(alphabet=st.sampled_from(list("a.!?\n\t \"'”’“A")), max_size=60),
       st.integers(min_value=1, max_value=3))
@example("x\n \nnext", 1)
@example("a!\" Yes. B\n\n\nc", 3)
@example("no. next\t\n\nAgain.’ “Q", 2)
def test_lead_end_finds_the_ends_the_two_branch_expression_finds(text: str, n: int) -> None:
    pos = 0
    for _ in range(n):
        m = _PLAIN_SENTENCE_END.search(text, pos + 1)
        if m is None:
            pos = len(text)
            break
        pos = m.end()
    assert lead_end(text, n) == pos


def test_full_names_across_lower_case_words_and_titles() -> None:
    _, orgs = extract_actors("The tariff violates the General Agreement on Tariffs and Trade, "
                             "he said.")
    assert "GATT" in orgs
    people, orgs = extract_actors("General Motors said General Smith arrived.")
    assert "GATT" not in orgs and "Smith" in people


def test_ambiguous_acronym_follows_the_full_name() -> None:
    _, orgs = extract_actors("The African Development Bank (ADB) opened an office. The ADB "
                             "said more would follow.")
    assert "African Development Bank" in orgs
    assert "Asian Development Bank" not in orgs
    _, orgs = extract_actors("The ADB lent Manila money, the ADB said.")
    assert orgs == ["Asian Development Bank"]


def test_full_names_in_capitals_headlines() -> None:
    art = enrich(Article(title="WORLD BANK OFFICIAL SAYS BOLIVIA SHOULD SEEK GROWTH",
                         body="a senior official said the lending agency would help."))
    assert "World Bank" in art.orgs


def test_late_mention_beside_a_focus_body_is_focus() -> None:
    table = {"world bank": [-1, 400], "international monetary fund": [420],
             "opec": [900]}
    out = about_orgs(["World Bank", "International Monetary Fund", "OPEC"], table,
                     _LEAD + _FILLER + " " * 800)
    assert out == ["World Bank", "International Monetary Fund"]


def test_late_mention_in_a_focus_body_s_sentence_is_focus() -> None:
    # The sentence, not the distance in characters, ties a late body to the subject: one
    # named far along the same sentence counts, one just after it in the next does not.
    text = (_LEAD + _FILLER + "Officials of the World Bank met ministers from eleven "
            "countries, bankers and traders in Washington before the International Monetary "
            "Fund joined them. The OECD said nothing.")
    table = {"world bank": [-1, text.index("World Bank")],
             "international monetary fund": [text.index("International Monetary")],
             "oecd": [text.index("OECD")]}
    assert table["international monetary fund"][0] - table["world bank"][1] > 60
    assert table["oecd"][0] - table["international monetary fund"][0] < 60
    out = about_orgs(["World Bank", "International Monetary Fund", "OECD"], table, text)
    assert out == ["World Bank", "International Monetary Fund"]


def test_body_named_only_to_describe_countries_is_no_focus() -> None:
    for lead in ("Qatar and other OPEC members raised their budgets by ten pct.",
                 "Exports to non-OPEC countries rose by ten pct.",
                 "Qatar, a member of OPEC, raised its budget by ten pct."):
        art = enrich(Article(title="QATAR BUDGET", body=lead + " " + _FILLER
                             + "OPEC countries sold more oil."))
        assert "OPEC" not in art.orgs, lead
        assert "OPEC" in art.orgs_mentioned, lead
    art = enrich(Article(title="QATAR BUDGET", body="OPEC raised its price. " + _FILLER
                         + "OPEC members agreed."))
    assert "OPEC" in art.orgs


def test_passing_mention_reads_the_words_around_the_name() -> None:
    text = "the Gulf Cooperation Council (GCC) states met"
    start = text.index("Gulf")
    assert passing_mention(text, start, text.index(" (GCC)"))
    text = "a member of the\n    EC said"
    assert passing_mention(text, text.index("EC"), text.index("EC") + 2)
    text = "the EC said its member states"
    assert not passing_mention(text, text.index("EC"), text.index("EC") + 2)
    assert passing_mention("EC member states met", 0, 2)
    assert not passing_mention("OPEC member Ecuador cut output", 0, 4)  # one member's story
    text = "according to figures received by the\nInternational Sugar Organization."
    assert passing_mention(text, text.index("International"), len(text) - 1)
    assert passing_mention("ILZSG figures show", 0, 5)
    # Members speaking or acting are the body acting: a story about it.
    for verb in ("said", "agreed", "will", "met"):
        assert not passing_mention(f"Several Opec members {verb} a cut", 8, 12), verb
    assert passing_mention("Several Opec members saw a cut", 8, 12)


def test_headline_body_outweighs_another_body_repeated_later() -> None:
    later = _FILLER + "The EC objected. " + _FILLER + "The EC objected again."
    art = enrich(Article(title="GATT TO RULE ON U.S. FEE", body=_LEAD + later))
    assert "GATT" in art.orgs
    assert "European Community" not in art.orgs
    assert "European Community" in art.orgs_mentioned
    art = enrich(Article(title="U.S. FEE DISPUTE", body=_LEAD + later))
    assert "European Community" in art.orgs


def test_headline_body_keeps_its_family_repeated_later() -> None:
    later = (_FILLER + "The European Commission objected. " + _FILLER
             + "The European Commission objected again.")
    art = enrich(Article(title="Germany calls for EU reform", body=_LEAD + later))
    assert "European Commission" in art.orgs


def test_body_cited_as_source_of_figures_is_no_focus() -> None:
    art = enrich(Article(title="THAI SUGAR OUTPUT RISES", body=(
        "Thai sugar output rose ten pct in January, according to figures received by the "
        "International Sugar Organization. " + _FILLER)))
    assert "International Sugar Organization" not in art.orgs
    assert "International Sugar Organization" in art.orgs_mentioned


def test_full_name_spelt_out_is_filtered_like_its_canonical_name() -> None:
    table = {"gatt": [900]}
    assert about_orgs(["General Agreement on Tariffs and Trade"], table, "A. " * 400) == []
    assert about_orgs(["General Agreement on Tariffs and Trade"], {"gatt": [1]},
                      "A. " * 400) == ["General Agreement on Tariffs and Trade"]
