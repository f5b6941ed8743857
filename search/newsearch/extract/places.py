"""Place extraction: the places a story names (:mod:`.place_mentions`), then ranking.

A town that a story also names as a firm or a person (:mod:`.place_context`) needs "in",
"at"... before its bare mentions (one that the actors list as a body comes back only as a site:
"the conference in Gateshead", not "a stake in Gateshead"), and so does a town named as a club
("Chelsea defender", "Blackburn v Burnley": then every smaller town of a sports story is a club
unless "in" comes before it); a town inside a name the actors found ("Pacific Resources Inc")
names only its country (:mod:`.place_names`). A country after a firm's name ("Gillette Canada")
and sums ("U.S. dlrs") still count, saying less. Ambiguous names take the reading whose country
the story mentions (unless a namesake abroad is twenty times bigger), else the most populous
main name; a town under 150,000 needs its country, a region or a big city of it in the story,
or "in" before it (a district named alone after "at" in a sports story is a ground: "at
Highbury", :func:`.place_context.ground`); a town of any size whose state or country follows it
after a comma ("Malibu, California", "Cairo, Ga.") is that state's. A dateline's second part
fixes its country ("BADEN, Switzerland"); a dateline town with a big namesake in the country
the headline names is that namesake ("SAN JOSE - COSTA RICA OPTIMISTIC"); else it is its first
reading or the big city an old or foreign name stands for ("COLOGNE"), never a namesake in a
country the body names. A town opening a firm's name ("Moody's Investors Service Inc") is the
firm where it stands alone ("Moody's said"), and a town in a capitals headline that the body
never names is no place ("DECISION ANGERS BANKS"). Parliamentary seats ("MP for Kensington and
Chelsea", "Bristol East") are places, and so are names the gazetteer lacks in a chain after
"in" that ends in a country ("in Heglig, West Kordofan, Sudan", :mod:`.place_chains`).
A place is a focus of the story when the dateline or headline names it, or the body repeats it
(three times; five, or three with one in the first sentence, when the dateline or headline
already names another country), or names the country itself twice, once in its first third,
or heads a row of a table ("Ivory Coast    67"); beside a dateline or headline in another
country, repetition counts only when the body names the country, its adjective or a region of
it, not only its towns ("the London talks"). A town inside a firm's name other than a big
city's ("METRO MOBILE", "Utah International") is no sign of focus. A headline with no story
under it is its own focus. (The ranking: :mod:`.place_rank`.)
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Place
from . import place_context as pc
from . import place_names as pn
from .caps import is_caps_text
from .features import feature_names, site_country, way_towns
from .gazetteer import gazetteer, place_key
from .memo import Memo
from .place_chains import chain_places
from .place_mentions import Mention, mentions
from .place_rank import rank
from .scan import Run, runs
from .seats import add_seats, seat_names
from .spacing import despace
from .toponyms import toponyms
from .units import unit_places

# A country the body names twice, once in its first third ("opening"), is a focus however
# much the dateline and headline say of another: "TAIWAN PLANS NEW TARIFF CUTS" goes on to the
# U.S. and Hong Kong by name. (The count of mentions, :mod:`.place_rank`, counts towns,
# adjectives and firms' names too; these are the country's own name.) Chosen on
# reut2-000..010: a quarter to two fifths give the same train F1.
_OPENING_SHARE = 3


def extract_places(title: str, dateline: str, body: str,
                   exclude: Iterable[str] = ()) -> list[Place]:
    """Places named in a story, focus places first.

    ``exclude`` holds name keys known to be something else (people's names found in the same
    story), so "Hassan" in "Col. Suhail Hassan" never becomes the Indian city. Each city also
    brings its country; country-level places have ``country == name``.
    """
    title, dateline, body = despace(title), despace(dateline), despace(body)
    return places_from_runs(runs(title, is_caps_text(title)) if title else [], dateline,
                            None, runs(body) if body else [],
                            len(title), exclude)


def places_from_runs(title_runs: list[Run], dateline: str, dateline_runs: list[Run] | None,
                     body_runs: list[Run], title_len: int,
                     exclude: Iterable[str] = (), orgs: Iterable[str] = (),
                     sited: Iterable[str] = ()) -> list[Place]:
    """:func:`extract_places` on segments already cut into runs (``dateline_runs`` None: cut
    here, only for a dateline new to it). ``orgs``: organisations the actors found; a town
    inside one of their names ("Kidder, Peabody and Co") names only its country there.
    ``sited``: keys in ``exclude`` that only a body bears (a club "Gateshead"): after "in",
    "near", "outside" or "around" such a name is the town ("the conference in Gateshead")."""
    gaz = gazetteer()
    skip = set(exclude)
    glued: set[str] = set()
    heads = gaz.and_heads
    sited = frozenset(sited)
    found_list = mentions(pc.join_and_names(title_runs, gaz.raw, place_key, heads), "title", 0, gaz,
                          skip, glued, sited)
    # A dateline names a place whatever the story's people or bodies are called ("SANTOS,
    # Brazil" above "Orlando dos Santos", "CORNING, N.Y." above "Corning Glass"): no skip.
    if dateline:
        found_list += _dateline_mentions(dateline, dateline_runs, title_len + 1, glued)
    base = title_len + len(dateline) + 2
    found_list += mentions(pc.join_and_names(body_runs, gaz.raw, place_key, heads), "body", base,
                           gaz, skip, glued, sited)
    if title_runs and " v " in title_runs[0].text:  # a fixture headline ("Blackburn v Burnley")
        glued.add(pc.CLUB)
    if glued:
        found_list = [m for m in found_list if not pc.firm_named(m, glued)]
    if skip:
        pn.mark_inside_names(found_list, skip)
    if orgs:
        pn.mark_inside_orgs(found_list, orgs)
        # Each test below reads every organisation's name, a memo miss for each new one:
        # asked only when a mention it could drop is there (one loop, no generator). A
        # region's mention keeps its key's first reading, a region (515 of 826 stories with
        # bodies in 1,000 name one); firm_named() drops only a town (its first test here;
        # 160 of the 826).
        region = town = False
        for m in found_list:
            top = m.readings[0]
            if top.kind == "region":
                region = True
            elif top.kind == "city" and top.population < pc.FIRM_TOWN and not m.in_name \
                    and m.segment != "dateline" and m.run is not None:
                town = True
        if region:
            found_list = pn.drop_firm_regions(found_list, orgs, gaz)
        # "Moody's Investors Service Inc ... Moody's said"
        if town and (firms := pn.firm_towns(orgs)):
            found_list = [m for m in found_list if m.in_name or not pc.firm_named(m, firms)]
    if title_runs and title_runs[0].caps and body_runs:
        pn.mark_headline_names(found_list)
        pn.mark_headline_towns(found_list)
    opening = base + len(body_runs[0].text) // _OPENING_SHARE if body_runs else base
    seats = seat_names(body_runs, skip)
    above = dateline + " " + title_runs[0].text if title_runs else dateline
    if not seats:
        return _with_features(rank(found_list, dateline, title_len, body_runs, not body_runs,
                                    body_runs[0].text if body_runs else "", base, opening),
                              body_runs, skip, above)
    text = body_runs[0].text
    found_list = [m for m in found_list if m.segment != "body" or not any(
        a <= m.start - base < b and (m.readings[0].kind == "city" or (
            m.readings[0].kind == "region" and " of " not in text[a:b])) for a, b in seats)]
    # ... ("Chelsea" in "Kensington and Chelsea", "Bedfordshire" in "Mid-Bedfordshire";
    # "England" in "South-West of England" counts)
    return _with_features(add_seats(rank(found_list, dateline, title_len, body_runs,
                                          base=base, opening=opening), seats, text),
                          body_runs, skip, above)


def _dateline_mentions(dateline: str, dateline_runs: list[Run] | None, base: int,
                       glued: set[str]) -> list[Mention]:
    """:func:`.place_mentions.mentions` of a dateline's runs (``runs(dateline, True)``, cut
    here when None), at ``base``, their glued keys added to ``glued``. Datelines recur ("NEW
    YORK, March 3 -", six stories in ten of a first pass) and their mentions depend on nothing
    else (no skip: see :func:`places_from_runs`): each is judged once, and a story gets copies,
    for the ranking rewrites their fields."""
    got = _dated(dateline)
    if got is None:
        new_glued: set[str] = set()
        if dateline_runs is None:
            dateline_runs = runs(dateline, True)
        got = _DATED[dateline] = (mentions(dateline_runs, "dateline", 0, gazetteer(), set(),
                                           new_glued), new_glued)
    judged, judged_glued = got
    if judged_glued:
        glued.update(judged_glued)
    out = []
    for m in judged:
        c = _new_mention(Mention)  # (its fields set here, as in place_mentions._judge)
        c.key = m.key
        c.surface = m.surface
        c.start = m.start + base
        c.segment = m.segment
        c.readings = m.readings
        c.currency = m.currency
        c.modifier = m.modifier
        c.in_name = m.in_name
        c.caps = m.caps
        c.run = m.run
        c.index = m.index
        c.event = m.event
        out.append(c)
    return out


_new_mention = object.__new__
# A dateline's mentions and glued keys, by the dateline: read by get(), a miss stored by the
# caller (which cuts the dateline's runs only then, when it was not handed them).
_DATED: Memo = Memo(lambda dateline: None, 20_000)
_dated = _DATED.get


def _with_features(ranked: list[Place], body_runs: list[Run], skip: set[str],
                   above: str = "") -> list[Place]:
    """``ranked`` with the physical features and built sites the gazetteer does not know
    appended, never a focus ("Three Mile Island", "the Strait of Hormuz", "Downing Street"):
    in the country of the place that opens the name when the story names that place too
    ("Edinburgh Airport"), else in none; then the unknown names of chains of places, in
    the country that ends the chain ("in Dolow, Somalia"); then one-word names with a
    place-name's ending after "at" or "in" (:mod:`.toponyms`) and names written with a unit
    of government ("in Yobe state", :mod:`.units`), in no country. A town the body names
    only to open a way's name is dropped unless ``above`` (dateline and headline) names it."""
    features = feature_names(body_runs, skip)
    chained = chain_places(body_runs, skip)
    named = dict.fromkeys(toponyms(body_runs, skip) + unit_places(body_runs, skip))
    if features or chained or named:
        listed = {place_key(p.name): p.country for p in ranked}
        ranked.extend(Place(name, site_country(name, listed), False) for name, _at in features
                      if place_key(name) not in listed)
        # The town a way is called after is dropped, its country kept for the way's name:
        # "Leicester Square" is in the UK, not in Leicester.
        if features and body_runs and (towns := way_towns(features, body_runs[0].text, above)):
            ranked = [p for p in ranked if place_key(p.name) not in towns]
        listed.update((place_key(p.name), p.country) for p in ranked)
        ranked.extend(Place(name, country, False) for name, country in chained
                      if place_key(name) not in listed)
        listed.update((place_key(p.name), p.country) for p in ranked)
        ranked.extend(Place(name, "", False) for name in named if place_key(name) not in listed)
    return ranked
