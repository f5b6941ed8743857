"""Firms' names as wire copy writes them (extract/firms.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_named
from newsearch.extract import extract_actors, firms
from newsearch.extract.firms import (
    and_prefix,
    and_suffix,
    bracketed_firm,
    comma_firm,
    is_ticker,
    possessive_firms,
    speaking_possessive,
)
from newsearch.extract.scan import runs


def test_tickers_and_bracketed_names() -> None:
    text = "Engelhard Corp <EC> bought <J.P. Morgan and Co> shares."
    assert is_ticker(run_named(text, "EC"))
    assert not is_ticker(run_named(text, "Engelhard Corp"))
    name, end = bracketed_firm(run_named(text, "J.P. Morgan"))
    assert name == "J.P. Morgan and Co" and text[end] == ">"


def test_partners_listed_with_commas_are_one_firm_but_a_list_of_firms_is_not() -> None:
    text = "Kidder, Peabody and Co Inc said it would."
    assert comma_firm(run_named(text, "Kidder"))[0] == "Kidder, Peabody and Co Inc"
    listed = "Advest Inc, Blunt Ellis and Loewi Inc rose."
    assert comma_firm(run_named(listed, "Advest Inc")) is None


@settings(deadline=None)  # the first example loads the gazetteer
@given(st.lists(st.sampled_from(["Kidder", "Peabody", "Merrill Lynch", ",", ", ", ",\n", " and ",
                                 " & ", "Co", "Inc", "who", "3", " ", "\t", "'s", "É", "of"]),
                max_size=14))
def test_the_comma_screen_lets_every_match_through(pieces: list[str]) -> None:
    # comma_firm answers before the match unless blanks and a capital follow the comma: the
    # expression must match nowhere else.
    text = "".join(pieces) + " said."
    for run in runs(text):
        if run.after == "," and firms._COMMA_FIRM.match(text, run.start) is not None:
            c, d = text[run.end + 1:run.end + 2], text[run.end + 2:run.end + 3]
            assert c and c in " \t\n" and ("A" <= d <= "Z" or (d and d in " \t\n"))


def test_a_possessive_before_the_legal_form() -> None:
    text = "Standard and Poor's Corp and Japan's Sony Corp rated it."
    found = possessive_firms(runs(text))
    assert [name for name, _end in found.values()] == ["Standard and Poor's Corp"]


def test_halves_joined_by_and() -> None:
    text = "the Securities and Exchange Commission said."
    assert and_prefix(run_named(text, "Exchange Commission")) == "Securities and "
    assert and_suffix(run_named("Guaranty Trust and Savings Bank said.", "Guaranty Trust"))
    # A person before "and" is no first half ("Paul Volcker and Federal Reserve Board").
    assert not and_suffix(run_named("Paul Volcker and Federal Reserve Board met.", "Paul Volcker"))


def test_partners_after_and_close_a_firm_named_after_people() -> None:
    # "Co" alone after "and": the firm is the whole "<names> and Co", and its short form
    # in the same story is the same firm, no person.
    people, orgs = extract_actors("Bonds fell, said Morgan Stanley and Co, underwriter. "
                                  "Morgan Stanley said demand was weak.")
    assert orgs == ["Morgan Stanley and Co"] and people == []
    _, orgs = extract_actors("Analysts at Fahnestock and Co and Kidder Peabody and Co agreed.")
    assert set(orgs) == {"Fahnestock and Co", "Kidder Peabody and Co"}
    # The first half stops where a sentence ends and leaves "Maine-based" out; initials stay.
    assert and_prefix(run_named("said Joe Fauber. Sears Roebuck and Co said", "Co")) \
        == "Sears Roebuck and "
    assert and_prefix(run_named("bought Maine-based G.H. Bass and Co for", "Co")) \
        == "G.H. Bass and "


def test_possessive_firms_with_common_words_and_speaking_possessives() -> None:
    from newsearch.extract import extract_actors

    assert extract_actors("Moody's Investors Service Inc said it cut the debt.")[1] == [
        "Moody's Investors Service Inc"]
    assert extract_actors("Standard and Poor's said it affirmed the rating.")[1] == [
        "Standard and Poor's"]
    # A country's or another firm's possession keeps its own name.
    assert extract_actors("Canada's Northern Telecom Ltd and Sony's Columbia Pictures Inc "
                          "said.")[1] == ["Northern Telecom Ltd", "Columbia Pictures Inc"]


def test_foreign_legal_forms_end_a_firms_name() -> None:
    from newsearch.extract import enrich
    from newsearch.model import Article

    found = enrich(Article(title="Nordic shares", body=(
        "Shares in Norsk Hydro ASA and Nokia Oyj fell, while Siemens GmbH and Philips "
        "Electronics NV gained, dealers said.")))
    names = set(found.orgs) | set(found.orgs_mentioned)
    assert {"Norsk Hydro ASA", "Nokia Oyj", "Siemens GmbH", "Philips Electronics NV"} <= names
    assert not any(" and " in name for name in names)
    assert not found.people


def test_names_joined_by_and_whose_possessive_ends_a_clause_are_one_firm() -> None:
    assert extract_actors("The notes are rated B-plus by Standard and Poor's. They pay "
                          "7 pct.")[1] == ["Standard and Poor's"]
    # One name's possessive at a clause's end is an elision, and a body's name is whole.
    assert "Japan's" not in extract_actors("Output rose in the U.S. and Japan's. It fell.")[1]
    assert extract_actors("The Grain and Feed Trade Association's, the exchange, met.")[1] \
        == ["Grain and Feed Trade Association"]


def test_halves_joined_by_and_keep_the_seat_after_of() -> None:
    text = ("Harbor Federal Savings and Loan Association of Millbrook said it agreed to buy "
            "Quimby Savings and Loan Association of Ashton. Delmont National Bank and Trust "
            "Co of Ashton rose.")
    people, orgs = extract_actors(text)
    assert {"Harbor Federal Savings and Loan Association of Millbrook",
            "Quimby Savings and Loan Association of Ashton",
            "Delmont National Bank and Trust Co of Ashton"} <= set(orgs)
    assert not any("Savings" in p for p in people)


def test_two_bodies_joined_by_and_before_a_seat_stay_two() -> None:
    text = ("The Federal Reserve Board and Bank of England met. The Bank of Taiwan and Bank "
            "of Communications lent. The State Department of Health and State University of "
            "Ashton agreed.")
    _people, orgs = extract_actors(text)
    assert {"Bank of England", "Bank of Taiwan", "Bank of Communications"} <= set(orgs)
    assert not any(" and " in o for o in orgs)


def test_a_pairs_possessive_before_an_index_figure_is_the_firm() -> None:
    assert extract_actors("Stocks in the Standard and Poor's 500 index rose.")[1] == [
        "Standard and Poor's"]
    # A year after it is a possession's date; a month before the pair opens no firm's name.
    assert "Smith and Jones's" not in extract_actors("Smith and Jones's 1986 profit rose.")[1]
    assert "June Standard and Poor's" not in extract_actors(
        "Traders sold the June Standard and Poor's 500 futures.")[1]


def _speaking_reference(run_list: list, k: int) -> tuple[str, int, int] | None:
    """firms.speaking_possessive as first written: both expressions asked of every run."""
    run = run_list[k]
    if run.caps:
        return None
    says = firms._OWN_NAME_SAYS.match(run.text, run.end) is not None
    if not says and firms._OWN_NAME_ENDS.match(run.text, run.end) is None:
        return None
    name, first = f"{run.surface()}'s", k
    if k >= 1:
        partner = run_list[k - 1]
        if partner.text is run.text \
                and firms._AND_BETWEEN.fullmatch(run.text, partner.end, run.start):
            name, first = f"{partner.surface()} and {name}", k - 1
    if not says and (first == k or run.keys[-1] in firms.ORG_WORDS
                     or run.keys[-1] == "community"
                     or run_list[first].keys[0] in firms.MONTHS_AND_DAYS):
        return None
    return name, first, run.end + 2


@settings(deadline=None)  # the first example loads the gazetteer
@given(st.lists(st.sampled_from(["Moody", "Standard", " and ", "Poor", "'s", "’s", " said it",
                                 " said", ".", ",", " 500", " 1987", " ", "\t", "\n", "x",
                                 " shares", ")", "s", "٣"]), max_size=14))
def test_a_speaking_possessive_read_as_the_expressions_read_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    run_list = runs(text)
    for k, run in enumerate(run_list):
        if run.after in "'’" and run.after:
            assert speaking_possessive(run_list, k) == _speaking_reference(run_list, k)


def test_a_raters_name_without_a_legal_form() -> None:
    from newsearch.extract import extract_actors

    text = ("Moody's Investors Service cut the bank's rating, and Standard and Poor's Ratings "
            "Group said it was reviewing it. Sony's Music Group was not rated.")
    orgs = extract_actors(text)[1]
    assert "Moody's Investors Service" in orgs
    assert "Standard and Poor's Ratings Group" in orgs
    assert "Sony's Music Group" not in orgs
