"""Filling an article's empty metadata fields from its text (:func:`enrich`): the one place
where the date, place, actor and byline extractors meet."""

from __future__ import annotations

from itertools import count

from ..model import Article
from .actors import actors_from_runs
from .byline import extract_byline, name_line
from .caps import is_caps_text
from .dates import extract_date, split_dateline
from .lowercase import add_lower_case_people
from .memo import trim
from .noise import blank_noise
from .places import places_from_runs
from .scan import key_of, runs
from .spacing import despace
from .sportstory import mark_sports_headline

# Stories enriched, for trimming the memos every 64th (see :func:`.memo.trim`).
_STORIES = count()


def enrich(article: Article) -> Article:
    """Fill the article's empty date, places, people, orgs and byline from its text.

    Uses the title, dateline, caption and body, and which of those fields are empty; a date
    the source gave is kept as it is (relative mentions need one, see
    :func:`.dates.extract_date`, so an undated story's "on Friday" stays unresolved). Returns
    the same (mutated) article for convenience.
    """
    if not next(_STORIES) & 63:
        trim()
    dateline = despace(article.dateline) if article.dateline else ""
    # Tokenised copy ("Germany 's", "Bank , said") is read as plain text; the article keeps
    # its own.
    body = plain = despace(article.body)
    title = despace(article.title)
    if not title and body:
        # A wire headline in capitals on the body's first line is the title ("SOCCER -
        # JAPAN GET LUCKY WIN .\nAL-AIN , United Arab Emirates 1996-12-06\n...").
        head, _, rest = body.lstrip().partition("\n")
        if rest and len(head) >= 12 and is_caps_text(head) and not dateline \
                and not split_dateline(body)[0]:
            title, body = head.strip(), rest
    author = ""
    if not dateline:
        dateline, cut = split_dateline(body)
        if not dateline and (named := name_line(body))[0]:
            # "Peter Blackburn\nBRUSSELS 1996-08-22\n": a byline above the dateline. The
            # name stays in the text (it is a person too); the dateline is cut out.
            dateline, cut = split_dateline(body[named[1]:])
            if dateline:
                author = named[0]
                body = f"{body[:named[1]]}\n{body[named[1] + cut:]}"  # a paragraph break
                cut = 0
        body = body[cut:]
    if article.date is None:
        article.date = extract_date(body, dateline, None)
    if not article.people or not article.orgs or not article.places:
        title_runs = runs(title, is_caps_text(title)) if title else []
        caption = article.caption
        lead = f"{caption}\n\n{body}" if caption and body else (caption or body)
        text = blank_noise(lead) if lead else ""
        if title:
            mark_sports_headline(title, text)  # "GOLF - ...": results lists hold few words
        lead_runs = runs(text) if text else []
        cut: list[str] = []  # names cut at a sentence's start: a body's, no place
        people, orgs, mentioned = actors_from_runs(title_runs + lead_runs, len(title_runs), cut)
        # A story set in lower case. (Each run opens with a capital of its own, or follows the
        # weekday scan._emit left out of it: so many runs, so many capitals at least.)
        people = add_lower_case_people(people, lead, len(lead_runs))
        if not article.places:
            # People's names and each of their words, and organisations' names (no
            # comprehension frames: this runs for every story).
            people_keys = list(map(key_of, people))
            exclude = set(" ".join(people_keys).split())
            exclude.update(people_keys)
            org_keys = set(map(key_of, orgs))
            sited = org_keys - exclude  # bodies' names no person bears: "in Gateshead" is a town
            exclude |= org_keys
            exclude.update(map(key_of, cut))  # a body's name cut short is no place either
            # (A dateline's runs: cut by the place extractor, only for a dateline new to it.)
            article.places = places_from_runs(title_runs, dateline, None, lead_runs, len(title),
                                              exclude, mentioned, sited)
        if not article.people:
            article.people = people
        if not article.orgs:
            article.orgs = orgs
        if not article.orgs_mentioned:
            article.orgs_mentioned = mentioned
    if not article.byline:
        article.byline = extract_byline(plain, author)
    return article
