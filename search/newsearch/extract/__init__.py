"""Metadata extraction: dates, places, people, organisations and bylines from article text.

:func:`enrich` fills only what the source left empty; source-given metadata always wins and
nothing is invented. Each text segment is cut into runs of capitalised words once
(:mod:`.scan`) and both the place and the actor extractors work on those runs. The gazetteer and
name lists load lazily, once per process, so the function is safe to call from indexer workers.
"""

from __future__ import annotations

from ..model import Article
from .actors import actors_from_runs, extract_actors
from .byline import extract_byline
from .dates import extract_date, split_dateline
from .known import org_code
from .noise import blank_noise
from .places import extract_places, places_from_runs
from .scan import is_caps_text, key_of, runs

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
    if article.date is None:
        article.date = extract_date(body, dateline, None)
    if not article.people or not article.orgs or not article.places:
        title = article.title
        title_runs = runs(title, is_caps_text(title)) if title else []
        lead = "\n\n".join(p for p in (article.caption, body) if p)
        lead_runs = runs(blank_noise(lead)) if lead else []
        people, orgs, mentioned = actors_from_runs(title_runs + lead_runs, len(title_runs))
        if not article.places:
            exclude = {w for p in people for w in key_of(p).split()}
            exclude |= {key_of(p) for p in people} | {key_of(o) for o in orgs}
            article.places = places_from_runs(title_runs, dateline,
                                              runs(dateline, True) if dateline else [],
                                              lead_runs, len(title), exclude)
        if not article.people:
            article.people = people
        if not article.orgs:
            article.orgs = orgs
        if not article.orgs_mentioned:
            article.orgs_mentioned = mentioned
    if not article.byline:
        article.byline = extract_byline(article.body)
    return article
