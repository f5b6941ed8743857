"""Metadata extraction: dates, places, people, organisations and bylines from article text.

:func:`enrich` fills only what the source left empty; source-given metadata always wins and
nothing is invented. The gazetteer and name lists load lazily, once per process, so the
function is safe to call from indexer worker processes.
"""

from __future__ import annotations

from ..analysis import name_key
from ..model import Article
from .actors import extract_actors, org_code
from .byline import extract_byline
from .dates import extract_date, split_dateline
from .places import extract_places

__all__ = ["enrich", "extract_actors", "extract_byline", "extract_date", "extract_places",
           "org_code", "split_dateline"]


def enrich(article: Article) -> Article:
    """Fill the article's empty date, places, people, orgs and byline from its text.

    Uses the title, dateline, caption and body; a known ``article.date`` resolves relative
    mentions. Returns the same (mutated) article for convenience.
    """
    dateline = article.dateline
    body = article.body
    if not dateline:
        dateline, cut = split_dateline(body)
        body = body[cut:]
    text_parts = [p for p in (article.title, article.caption, body) if p]
    need_actors = not article.people or not article.orgs or not article.places
    people: list[str] = []
    orgs: list[str] = []
    if need_actors:
        people, orgs = extract_actors("\n\n".join(text_parts))
    if article.date is None:
        article.date = extract_date(body, dateline, None)
    if not article.places:
        exclude = {w for p in people for w in name_key(p).split()} | {name_key(p) for p in people}
        exclude |= {name_key(o) for o in orgs}
        lead = "\n\n".join(p for p in (article.caption, body) if p)
        article.places = extract_places(article.title, dateline, lead, exclude)
    if not article.people:
        article.people = people
    if not article.orgs:
        article.orgs = orgs
    if not article.byline:
        article.byline = extract_byline(article.body)
    return article
