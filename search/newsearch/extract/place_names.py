"""Place mentions inside longer names: what a town, a region or a country says when it sits
in a firm's or a body's name (see :mod:`.places`).

A town or region opening a name the actors found ("Pacific Resources Inc", "Virginia Farm
Bureau") or inside one past its first word ("Kidder, Peabody and Co Inc") names only its
country there; a country or its adjective in a capitals headline that the body prints opening
a longer name ("BRITISH AIRWAYS" beside "British Airways said") is a modifier there too.
A region abroad opening a firm's name ("Piedmont Aviation Inc" in a story naming nothing else
of Italy) is the firm wherever it stands alone, and names no place at all; so is a town opening
the name of a firm with a legal form ("Moody's Investors Service Inc ... Moody's said"), while
inside the name it still names its country. A town in a capitals headline that the body never
names is part of a name or a word there ("TAX DECISION ANGERS BANKS"). A town in a newspaper's
masthead ("the New York Times said", "(AFP via The Manila Times)") names not even its country.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import methodcaller

from ..analysis import ARABIC_ARTICLES
from . import place_context as pc
from .gazetteer import Gazetteer, gazetteer, place_key
from .memo import Memo
from .names import FIRM_SUFFIXES
from .place_mentions import Mention
from .scan import key_of

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_FIRM_SUFFIXES = FIRM_SUFFIXES

# Bodies named after the area they govern: that area is a place of the story ("Scottish
# Borders Council").
_AREA_BODIES = frozenset({"council", "government", "assembly", "parliament", "police",
                          "authority", "administration"})
# ... and, anywhere in the name, what makes a body an area's own rather than a firm named
# after it ("Queensland Government Development Authority", "Texas Parks and Wildlife
# Department").
_OWN_BODY_WORDS = _AREA_BODIES | {"department", "ministry"}
# Last words of newspapers' names: a town in one ("The New York Times", "the Manila Times",
# "the Jerusalem Post") is the paper's masthead; quoting it says nothing of where the story
# is, so the town names not even its country there.
_MASTHEADS = frozenset({"times", "post", "herald", "tribune", "globe", "journal", "gazette",
                        "chronicle", "telegraph", "inquirer", "examiner", "star", "sun", "echo",
                        "courier", "dispatch", "bulletin"})


def mark_inside_names(found: list[Mention], names: set[str]) -> None:
    """Mark the mentions that open a name the actors found ("Pacific Resources Inc",
    "Virginia Farm Bureau", the capitals headline's "PACIFIC RESOURCES") as inside a name:
    such a town or region is no place of the story, but its country is.
    A country or its adjective opening a firm's name with a legal form is a modifier there
    ("American Can Co": "Can" is a common word, so only the actors' name shows it); one
    opening a state's own body is not ("Turkish Central Bank")."""
    heads: set[str] | None = None  # (built when a mention first has words after it)
    for m in found:
        run = m.run
        if run is None or m.index + 1 >= len(run.words):
            continue  # most mentions end their run: no name goes on from them
        if heads is None:
            # (partition and rpartition take one argument: no argument parsing, unlike
            # rfind/index.)
            long_names = [k.removeprefix("the ") + " " for k in names  # ("The New York Times")
                          if " " in k and k.rpartition(" ")[2] not in _AREA_BODIES]
            heads = {k.partition(" ")[0] for k in long_names}
            if not heads:
                return
        if key_of(run.words[m.index]) in heads:
            rest = run.surface(m.index)  # the name from here to the run's end
            if place_key(rest) == m.key:
                continue  # the place ends the run ("the Scottish Borders")
            rest = key_of(rest) + " "
            if run.caps:  # a capitals headline runs on past the name: its first two words
                rest = " ".join(rest.split()[:2]) + " "
            if m.readings[0].kind not in {"country", "demonym"}:
                if inside := [k for k in long_names if k.startswith(rest) or rest.startswith(k)]:
                    m.in_name = True
                    # (A masthead's town: a modifier, counted but never named.)
                    m.modifier = m.modifier or any(k.split()[-1] in _MASTHEADS for k in inside)
            elif any((k.startswith(rest) or rest.startswith(k))
                     and not _FIRM_SUFFIXES.isdisjoint(k.split()) for k in long_names):
                m.modifier = True


def mark_headline_names(found: list[Mention]) -> None:
    """Mark a country or its adjective in a capitals headline as a modifier where the body
    prints it opening a longer name with the same next word ("BRITISH AIRWAYS <BAB> LOAD
    FACTOR UP" beside "British Airways said", "THE JAPAN FUND GETS OFFER"): capitals hide the
    name that mixed case shows."""
    heads: dict[tuple[str, str], list[Mention]] = {}
    for m in found:  # the headline's mentions come first
        if m.segment != "title":
            break
        run = m.run
        if m.caps and not m.modifier and run is not None:
            j = m.index + m.key.count(" ") + 1
            if j < len(run.keys):
                heads.setdefault((m.key, run.keys[j]), []).append(m)
    if not heads:
        return
    for m in found:
        run = m.run
        if m.modifier and m.segment == "body" and run is not None \
                and m.readings[0].kind in {"country", "demonym"}:
            j = m.index + m.key.count(" ") + 1
            if j < len(run.keys):
                for title in heads.get((m.key, run.keys[j]), ()):
                    title.modifier = True


def mark_headline_towns(found: list[Mention]) -> None:
    """Mark a town (below a big city's size) in a capitals headline as a modifier when the
    body never names it as a place: capitals hide what mixed case shows, a verb ("TAX
    DECISION ANGERS BANKS") or a firm; the body names a town the story is about. It still
    counts for its country, as "Bank of Japan" does."""
    body: set[str] | None = None  # (gathered when a small town first asks: most have none)
    for m in found:  # the headline's mentions come first
        if m.segment != "title":
            break
        top = m.readings[0]
        if m.caps and top.kind == "city" and top.population < pc.FIRM_TOWN:
            if body is None:
                body = {b.key for b in found if b.segment == "body" and not b.in_name}
            if m.key not in body:
                m.modifier = True


def firm_towns(orgs: Iterable[str]) -> set[str]:
    """Keys of the towns that open the name of a firm the actors found ("Moody's Investors
    Service Inc", "Bear Stearns and Co"): standing alone elsewhere in the story ("Moody's
    said") the town's name is the firm's short name (see :func:`.place_context.firm_named`).
    Only a name with a legal form is a firm's: "Bristol Academy" leaves "the Bristol band"."""
    return {key for name in orgs if (key := _town_head(name))}


_NO_STOPS = methodcaller("rstrip", ".")  # "Co." is "co"


def _first_town(name: str) -> str:
    """The key of the town of one or two words that opens the firm's name ``name`` (one
    with a legal form: "Inc", "Co"...), when more follows; else ""."""
    # (A word by word rstrip() only where a full stop stands: most names have none.)
    rest = name.lower().split()[1:]
    if _FIRM_SUFFIXES.isdisjoint(map(_NO_STOPS, rest) if "." in name else rest):
        return ""
    words = name.split()
    top_kind = gazetteer().top_kind
    if len(words) > 2:
        head = f"{words[0]} {words[1]}"
        # Plain ASCII words are lower-cased, as place_key would (it checks for an Arabic
        # article as well): two words asked once per name leave its memos alone.
        key = head.lower() if head.isascii() and head.replace(" ", "").isalpha() \
            and words[0].lower() not in ARABIC_ARTICLES else place_key(head)
        if kind := top_kind(key):
            return key if kind == "city" else ""
    if len(words) > 1 and (kind := top_kind(key := place_key(words[0]))):
        return key if kind == "city" else ""
    return ""


_town_head = Memo(_first_town, 20_000).get_key


def drop_firm_regions(found: list[Mention], orgs: Iterable[str], gaz: Gazetteer
                      ) -> list[Mention]:
    """``found`` without the mentions of a region that opens the name of an organisation the
    story names ("Piedmont Aviation Inc") when no other place of that region's country is
    named: that region standing alone elsewhere ("Piedmont said", "its bid for Piedmont") is
    the firm's short name, not a place abroad. "in" or "at" before it still makes it the
    region; a region of a country the story names ("Texas" beside "Texas Instruments" and
    Dallas), and one whose own body the organisation is ("Queensland Government Development
    Authority"), are left alone."""
    heads = {key for name in orgs if (key := _region_head(name))}
    if not heads:
        return found
    drop: set[str] = set()
    for key in heads:
        country = gaz.entries(key)[0].country
        if not any((m.key != key or m.segment == "dateline")
                   and any(e.country == country for e in m.readings) for m in found):
            drop.add(key)
    if not drop:
        return found
    return [m for m in found if m.key not in drop or m.segment == "dateline" or (
        m.run is not None and not m.in_name and pc.after_locative(m.run, m.index))]


def _first_region(name: str) -> str:
    """The key of the region that opens the organisation's name ``name`` ("piedmont" for
    "Piedmont Aviation Inc"), unless the body is that region's own; else ""."""
    head, space, rest = name.partition(" ")
    if not space:
        return ""
    key = place_key(head)
    return key if gazetteer().top_kind(key) == "region" \
        and _OWN_BODY_WORDS.isdisjoint(rest.lower().split()) else ""


# Organisations recur story after story: each name is read once.
_region_head = Memo(_first_region, 20_000).get_key


def mark_inside_orgs(found: list[Mention], orgs: Iterable[str]) -> None:
    """Mark the towns and regions named inside an organisation's name of several words, past
    its first word ("Kidder, Peabody and Co Inc", "First Boston Corp", "Piedmont Aviation"
    is :func:`mark_inside_names`' case), where the text names that organisation."""
    by_word: dict[str, list[str]] = {}
    for name in orgs:
        words = name.split()
        for w in words[1:] if len(words) > 1 else ():
            by_word.setdefault(place_key(w), []).append(name)
    if not by_word:
        return
    for m in found:
        names = by_word.get(m.key.partition(" ")[0])
        if names is None or m.in_name or m.run is None \
                or m.readings[0].kind in {"country", "demonym"}:
            continue
        text = m.run.text
        at = m.run.spans[m.index][0]
        # (A capitals headline names the body in capitals: "CHASE MANHATTAN STUDYING ...".)
        m.in_name = any(named_across(text, name.upper() if m.run.caps else name, at)
                        for name in names)


def named_across(text: str, name: str, at: int) -> bool:
    """Whether ``name`` (its words joined by any white space) stands around offset ``at`` of
    ``text``, within ``len(name) + 8`` characters either side: what finditer with the
    expression ``word\\s+word...`` over that window finds, without compiling one expression
    per new name (a compile costs as much as a few stories' extraction)."""
    words = name.split()
    if not words:
        return False
    first = words[0]
    start, end = max(0, at - len(name) - 8), min(len(text), at + len(name) + 8)
    hit = text.find(first, start, end)
    while hit >= 0:
        q = hit + len(first)
        for w in words[1:]:
            gap = q
            while q < end and text[q].isspace():
                q += 1
            if q == gap or not text.startswith(w, q, end):
                break
            q += len(w)
        else:
            if hit < at < q:
                return True
            hit = text.find(first, q, end)  # matches do not overlap, as finditer's
            continue
        hit = text.find(first, hit + 1, end)
    return False
