"""Tokenised text glued back before extraction (extract/spacing.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsearch.extract import enrich
from newsearch.extract.spacing import despace, tokenised
from newsearch.model import Article

PLAIN = ('"We don\'t support any such recommendation," Commission spokesman Nikolaus van der '
         "Pas told a news briefing. Germany's representative to the European Union's "
         "veterinary committee, Werner Zwingmann, said the banks' shares (BSE) fell 5%.")
TOKENISED = ('" We do n\'t support any such recommendation , " Commission spokesman Nikolaus van '
             "der Pas told a news briefing . Germany 's representative to the European Union 's "
             "veterinary committee , Werner Zwingmann , said the banks ' shares ( BSE ) fell 5 % .")


def test_tokenised_text_is_glued_back() -> None:
    assert tokenised(TOKENISED) and not tokenised(PLAIN)
    assert despace(TOKENISED) == PLAIN


def test_extraction_reads_tokenised_copy_as_plain() -> None:
    def fields(body: str) -> tuple:
        a = enrich(Article(title="EU vets", body=body, dateline=""))
        return a.people, a.orgs, [p.name for p in a.places]

    assert fields(TOKENISED) == fields(PLAIN)
    assert "Werner Zwingmann" in fields(TOKENISED)[0]
    # The article keeps its own text.
    article = Article(title="T", body=TOKENISED)
    enrich(article)
    assert article.body == TOKENISED


@given(st.text(alphabet="ab ,.'()\"\nsnt", max_size=60))
def test_text_that_does_not_look_tokenised_is_left_alone(text: str) -> None:
    if not tokenised(text):
        assert despace(text) == text


def test_no_break_spaces_become_spaces() -> None:
    text = "Four men were sentenced.\xa0(Al\u202fArabiya)"
    assert despace(text) == "Four men were sentenced. (Al Arabiya)"
    assert len(despace(text)) == len(text)  # offsets into the text stay where they were
