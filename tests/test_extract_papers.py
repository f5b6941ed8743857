"""Direct tests of extract/papers.py: a small town's name before a paper's noun after "the" is
the paper's, and a name after an Arabic article beside a paper's noun is a paper's."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.extract.papers import article_paper, paper_named
from newsearch.extract.scan import runs
from newsearch.model import Article


def _run(text: str, word: str):
    return next(r for r in runs(text) if r.words[0] == word)


def test_a_name_after_the_and_before_a_papers_noun_is_the_paper() -> None:
    assert paper_named(_run("Ministers told the Borba newspaper on Monday.", "Borba"), "newspaper")
    assert paper_named(_run("Yugoslavia's Borba daily said so.", "Borba"), "daily")
    # A paper's name after the noun: the name before it is the town it is published in.
    assert not paper_named(_run("the Borba daily Politika said", "Borba"), "daily")
    assert not paper_named(_run("a Borba newspaper said", "Borba"), "newspaper")
    assert not paper_named(_run("the Borba news conference", "Borba"), "news")


def test_the_paper_is_a_body_and_no_place() -> None:
    art = enrich(Article(title="Belgrade cabinet", body="The minister told the Borba newspaper "
                         "on Monday that Belgrade would not change course."))
    assert "Borba" in art.orgs
    assert "Borba" not in [p.name for p in art.places]
    assert "Belgrade" in [p.name for p in art.places]


def test_an_arabic_article_beside_a_papers_noun_names_a_paper() -> None:
    run = _run("The Syrian newspaper al-Baath said on Monday.", "Baath")
    assert article_paper(run, 1, " ", "said") == "al-Baath"
    run = _run("the semi-official al-Akhbar daily quoted him.", "Akhbar")
    assert article_paper(run, 1, " ", "daily") == "al-Akhbar"
    run = _run("a spokesman for al-Rahman said", "Rahman")
    assert article_paper(run, 1, " ", "said") == ""  # no paper's noun beside it


def test_the_paper_is_no_person() -> None:
    art = enrich(Article(title="Gulf talks", body="The Syrian newspaper al-Baath said the talks "
                         "had failed. Foreign Minister Walid Haddad said Syria would wait."))
    assert "al-Baath" in art.orgs
    assert "Baath" not in art.people and "Walid Haddad" in art.people
