"""Places no gazetteer of towns lists, known by the shape of their names: physical features
(islands, rivers, seas, straits) and built sites (streets, squares, grounds, landmarks).

The gazetteer holds countries, regions, towns and a few seas; "Three Mile Island", "the
Ketza River", "the Strait of Hormuz", "Lake Success", "Downing Street", "Hylands Park", "the
Millennium Stadium" or "the Palace of Westminster" are places too, and their last (or first)
word says so. No list of places: the word that names the kind of place does. A name the
actors found ("Michael Bay", "Linkin Park", "Tower Records") or a work's title ("the soap
Coronation Street") is none.
"""

from __future__ import annotations

from ..analysis import STOP_WORDS
from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import MONTHS_AND_DAYS, gazetteer, place_key
from .known import is_country, is_place
from .names import (
    FEATURE_TAILS,
    ORG_WORDS,
    SITE_TAILS,
    SURNAME_TAILS,
    TITLE_WORDS,
    WAY_TAILS,
    popular_given_names,
    site_named,
)
from .place_context import club_context
from .scan import LINKERS, Run, key_of
from .works import WORK_NEXT, WORKS

NAME_TAILS = FEATURE_TAILS | SITE_TAILS
# First words of one ("Lake Superior", "Mount Etna", "Cape Canaveral", "River Thames").
FEATURE_HEADS = wordset("lake mount mt cape river")
# First words of one when "of" follows ("Strait of Hormuz", "Isle of Man", "Palace of
# Westminster"; not "Gulf Oil").
OF_HEADS = wordset("strait straits gulf sea bay isle isles palace castle tower abbey")
_HEADS = FEATURE_HEADS | OF_HEADS
_LONGEST = 5
# After a feature's first word, words that make it a town or an office ("Lake City").
_NOT_FEATURES = wordset("city town county district division")
# First words that make a site's name a common noun ("the High Street", "a Theme Park").
_GENERIC = wordset("high main theme business science industrial retail space car")
# Words right before a name that say it is somewhere ("at Stanley Park"): a given name there
# opens no one's name. (Not place_context.LOCATIVE: "passed to Wayne Bridge".)
_LOCATIVES = wordset("at in near outside inside across along")
# Links inside a run that end what comes before a site's name ("Frank Lorenzo of Wall Street").
_CUTS = frozenset({"of", "for"})


def feature_names(body_runs: list[Run], skip: set[str]) -> list[tuple[str, int]]:
    """Names of physical features and built sites in the body's runs, with the offset of
    each, first mention only. ``skip``: keys of names the actors found (a firm "Giant Bay
    Resources", a person "Michael Bay" are no features, nor is a firm's name's opening
    "Giant Bay"). A name given anywhere as a work's title ("the soap Coronation Street") or a
    club's ("Crystal Palace fans") is none either."""
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    works: set[str] = set()  # (and clubs)
    opening: list[str] | None = None  # (built for the rare run that gets that far)
    for run in body_runs:
        keys = run.keys
        n = len(keys)
        if run.caps or n < 2 or not (keys[-1] in NAME_TAILS or not _HEADS.isdisjoint(keys[:3])):
            continue  # (most runs: two set look-ups)
        a = _start(run)
        if n - a > _LONGEST or n - a < 2:
            continue
        first = keys[a]
        tail = keys[-1] in NAME_TAILS
        if tail:
            # "Michael Bay", "Greg Lake": a given name before a tail that is a surname too is
            # a person's, unless the text puts it somewhere ("at Stanley Park"); a place
            # before a feature the gazetteer knows is that place's ("U.S. Gulf"; "George
            # Street" is no street of George); "the High Street" is any town's; "B.B. Lane"
            # is someone.
            if first in _GENERIC or run.words[a][-1] == "." or (n - a == 2 and (
                    (first in popular_given_names() and keys[-1] in SURNAME_TAILS
                     and not _located(run, a))
                    or (keys[-1] in FEATURE_TAILS and keys[-1] in gazetteer()
                        and is_place(run.words[a])))):
                continue
        elif not ((first in FEATURE_HEADS and keys[a + 1] != "of" and n - a <= 3
                   and keys[-1] not in _NOT_FEATURES
                   and (first != "river" or keys[a + 1] not in COMMON_WORDS))
                  or (first in OF_HEADS and keys[a + 1] == "of" and n - a > 2)):
            continue  # "Lake Victoria", "Gulf of Oman"; not "Lake City" (a town), "River Room"
        if run.text[run.spans[-2][1]:run.spans[-1][0]] == "-":
            continue  # "Trans-Ocean": one word
        # "Lake Shore Mining", "How Green Was My Valley"; but "Parliament Square".
        site = site_named(keys[a:])
        if any((k in ORG_WORDS and not site) or k in TITLE_WORDS
               or (k in STOP_WORDS and k not in LINKERS) for k in keys[a:]):
            continue
        surface = run.surface(a)
        key = key_of(surface)
        if tail and (_work_title(run, a) or (keys[-1] in SITE_TAILS and club_context(
                run, a, n, _spaced_next(run)) and not _located(run, a))):
            # "the soap Coronation Street", "her book Small Island", "Coronation Street star
            # Bill Roache"; a club named after its ground ("Crystal Palace fans", "Sunderland
            # v Crystal Palace"; not "won at Stamford Bridge 3-1").
            works.add(key)
            continue
        if opening is None:
            opening = [k + " " for k in skip if " " in k]
        if key in skip or key in seen or any(k.startswith(key + " ") for k in opening):
            continue
        seen.add(key)
        out.append((surface, run.spans[a][0]))
    return [(name, at) for name, at in out if key_of(name) not in works] if works else out


def _start(run: Run) -> int:
    """Where a feature's or a site's name starts in its run: past words that only date or
    place it ("March Ohio River", "U.K. North Sea": the North Sea; a place's name before a
    tail alone is part of the name, "Ohio River"), a headline in capitals the run took in
    from the line above, and, before a site's name, whatever "of" or "for" ties it to
    ("Frank Lorenzo of Wall Street")."""
    keys, words, spans, text = run.keys, run.words, run.spans, run.text
    n = len(keys)
    a = 0
    if keys[-1] in SITE_TAILS:
        for k in range(n - 2, 0, -1):
            if keys[k] in _CUTS:
                a = k + 1
                break
    for k in range(n - 1, a, -1):
        if "\n" in text[spans[k - 1][1]:spans[k][0]] and words[k - 1].isupper() \
                and len(words[k - 1]) > 1 and not words[k].isupper():
            a = k  # "... SHAREHOLDERS\nWall Street ..."
            break
    while a < n - 1 and keys[a] in MONTHS_AND_DAYS:
        a += 1
    while a < n - 2 and is_country(words[a]):
        a += 1
    return a


def _spaced_next(run: Run) -> tuple[str, str]:
    """The word after a site's name as the club test reads it, blanked past a comma: a
    player's noun after one starts a new phrase ("can leave Elland Road, manager George
    Graham said"), where "Crystal Palace manager" names the club."""
    sep, word = run.next_word()
    return (sep, word) if sep != ", " else (sep, "")


def _located(run: Run, a: int) -> bool:
    """Whether the word right before word ``a`` of a run puts what follows somewhere."""
    return (run.keys[a - 1] if a else run.prev_word()) in _LOCATIVES


def _work_title(run: Run, a: int) -> bool:
    """Whether words ``a:`` of a run are a work's title: after a work's noun ("the soap
    Coronation Street", "movie Howl's Moving Castle") or before its star or author."""
    if a == 0:
        head = run.text[max(0, run.start - 24):run.start].split()
        # A possessive may stand between the noun and the title ("film Howl's").
        if any(key_of(w.strip(",")) in WORKS for w in head[-2:]):
            return True
    sep, nxt = run.next_word()
    return sep == " " and nxt in WORK_NEXT


def way_towns(features: list[tuple[str, int]], text: str, above: str) -> set[str]:
    """Place keys of the towns the body names only to open a way's name ("Madison Square
    Garden", "Oxford Street", "can leave Elland Road"): a street or a square called after a
    town lies elsewhere, so the town is no place of the story unless the dateline or the
    headline (``above``) names it. ``text``: the body's."""
    out: set[str] = set()
    for name, _at in features:
        words = name.split(" ", 2)
        if len(words) > 1 and key_of(words[1]) in WAY_TAILS \
                and text.count(words[0]) == text.count(" ".join(words[:2])) \
                and words[0].lower() not in above.lower():
            out.add(place_key(words[0]))
    return out


def site_country(name: str, listed: dict[str, str]) -> str:
    """The country of a site or feature named after a place the story names too ("Edinburgh
    Airport" beside "Edinburgh"): that place's, from ``listed`` (place keys to countries);
    else "" (a guess from the gazetteer alone puts "Lansdowne Road" in South Africa)."""
    words = place_key(name).split()
    if words[0] in popular_given_names():
        return ""  # "George Washington Bridge" is not in George, South Africa
    for k in (2, 1):
        if len(words) > k:
            country = listed.get(" ".join(words[:k]))
            if country:
                return country
    return ""
