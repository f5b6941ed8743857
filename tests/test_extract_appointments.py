"""Direct tests of extract/appointments.py: a name after a verb of appointing and before its
new post is the person appointed, not the post's body."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.extract.appointments import appointed
from newsearch.extract.scan import runs
from newsearch.model import Article


def _run(text: str, first: str):
    return next(r for r in runs(text) if r.words[0] == first)


def test_a_name_between_an_appointing_verb_and_a_post_is_the_appointee() -> None:
    text = "Zorvex Inc said it named executive vice president Walter Q. Brenkman chief " \
           "operating officer."
    assert appointed(_run(text, "Walter"), 0, 3)
    text = "The board elected Marta Olwen chairman of the Board."
    assert appointed(_run(text, "Marta"), 0, 2)  # a body after "of" is no holder
    text = "It named Zorvex Motors chairman Walter Brenkman to the board."
    assert not appointed(_run(text, "Zorvex"), 0, 2)  # the post's holder follows: a body
    text = "Last year Walter Brenkman chief of staff left."
    assert not appointed(_run(text, "Walter"), 0, 2)  # no verb of appointing


def test_the_appointee_is_a_person_not_an_organisation() -> None:
    art = enrich(Article(title="", body="Zorvex Inc said it named Walter Brenkman chairman of "
                                        "the company, succeeding Tom Ferrow."))
    assert "Walter Brenkman" in art.people
    assert "Walter Brenkman" not in art.orgs_named
