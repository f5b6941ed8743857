"""What the words around a name say when its own words leave it open: a work's title, a pair
of people or places joined by "&", a trade noun made of two words, a title's place before its
holder, a nationality before a name, a common word inside a hyphenated surname.

:mod:`.classify` asks these of runs it has not settled by their own words. Each is a general
cue of news style ("the film Vera Drake", "Vera Drake star Imelda Staunton", "oil major
Shell", "Ambassador to Athens Nazmi Akiman"), not a list of names.
"""

from __future__ import annotations

import re

from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .known import is_big_place, is_country, is_place
from .names import NOT_SURNAMES, ROLE_WORDS, first_names, popular_given_names
from .scan import LINKERS, Run, key_of

# Nouns before a work's title ("the film Vera Drake", "gritty abortion drama Vera Drake").
WORKS = wordset("film movie programme album song novel book musical opera documentary sitcom "
                "drama comedy thriller soap series")
# Nouns right after a work's title ("Vera Drake star Imelda Staunton", "Harry Potter author").
WORK_NEXT = wordset("star author sequel soundtrack")
# The words before a run that may open a work's title: callers test these first, cheaply.
WORK_BEFORE = WORKS | {"in"}
# Nouns before "in" and a work's title ("her role in Vera Drake").
_PARTS = wordset("role roles performance performances")


def work_title(run: Run, n: int, before: str, sep: str, nxt: str) -> bool:
    """Whether the run's ``n`` words name a work (a film, a book, a show), so no one: after a
    work's noun ("the film Vera Drake"), a title of two words or more before its star or
    author ("Vera Drake star Imelda Staunton"; "Hammers star Joe Cole" is a club's), or after
    a part played in it ("her role in Vera Drake"; not in "Mike Nichols' Closer"). ``before``
    and ``nxt`` are the words around the run, ``sep`` what stands between the run and
    ``nxt``."""
    if before in WORKS or (n >= 2 and sep == " " and nxt in WORK_NEXT):
        return True
    if before != "in" or run.text[run.end:run.end + 1] in ("'", "’"):
        return False
    head = run.text[max(0, run.start - 30):run.start].split()
    return len(head) >= 2 and head[-2].lower() in _PARTS


def duo(surface: str) -> bool:
    """Whether a name with "&" joins two people, each with a popular given name ("Richard &
    Judy", "Matt Lucas & David Walliams"), or two places ("Serbia & Montenegro"), not a
    firm's partners ("Marks & Spencer")."""
    left, _, right = surface.partition(" & ")
    givens = popular_given_names()
    return (bool(right) and key_of(left).split()[0] in givens
            and key_of(right).split()[0] in givens) or is_place(left) or is_place(right)


def trade_role(before: str, word: str) -> str:
    """``word`` ("major", "manager"), or "firm" when the words before the run make it a trade
    noun: "oil major Shell" (a rank has its capital: "Major John Smith"; "major U.S. banks"),
    "lead manager Morgan Stanley" (a bond issue's; "manager Alex Ferguson" is a person)."""
    head = before.rstrip().rsplit(None, 2)[-2:]
    if len(head) == 2 and head[1] == word and head[0].lower() in (
            ("oil",) if word == "major" else ("lead", "sole", "co-lead", "joint", "co-")):
        return "firm"
    return word


def place_before_name(run: Run, i: int, n: int, words: list[str]) -> bool:
    """Whether words ``i:`` of a run are a big place and a full name: a title's place before
    its holder ("Ambassador to Athens Nazmi Akiman", "envoy in Tokyo Mike Mansfield")."""
    return n == 3 and words[1] in first_names() and words[0] not in first_names() \
        and run.words[i + 1][1:].islower() and is_big_place(run.words[i]) \
        and (run.keys[i - 1] if i else run.prev_word()) in ("to", "in")


def after_demonym(run: Run, i: int, n: int, words: list[str], said: bool, before: str,
                  ) -> bool:
    """Whether the words after a run's opening nationality (``words[0]``) name someone on
    their own: a surname before "said" or after a role ("American Davenport said", "Russian
    striker Kerzhakov"), or a full name ("Australian Lynton Crosby"; a given name keeps a
    demonym that is one too, "German Gref"). Alone, "American Express" is a firm."""
    if not run.words[i + 1][1:].islower():
        return False
    if n == 2:
        return words[1] not in COMMON_WORDS and (said or (i == 0 and before in ROLE_WORDS))
    return words[1] in first_names() or (
        words[0] not in popular_given_names() and COMMON_WORDS.isdisjoint(words[1:])
        and words[-1] not in NOT_SURNAMES and not is_place(run.surface(i + 1, i + n)))


def common_word_after_first(run: Run, i: int, words: list[str]) -> bool:
    """Whether a name's words after the first hold a common word that stands alone, not one
    joined by a hyphen to a surname's first part that is no common word ("Peter
    Hulme-Cross", "Mark Lewis-Francis"; "Tri-Nations" has no given name before it)."""
    spans, text = run.spans, run.text
    given = run.words[i][1:].islower()  # "Peter", not "UK"
    for k in range(1, len(words)):
        w = words[k]
        if w in COMMON_WORDS and w not in LINKERS and not (
                given and k >= 2 and text[spans[i + k][0] - 1] == "-" and len(words[k - 1]) >= 4
                and words[k - 1] not in COMMON_WORDS):
            return True
    return False


# ", Brazil." / ", Brazil, killing ...": a country closing a place's address.
_COUNTRY_AFTER = re.compile(r",[ \t]+([A-Z][\w.]*(?:[ \t]+[A-Z]\w*)?)(?=[.,;:)]|[ \t]+\(|\n|$)")


def in_country(run: Run) -> bool:
    """Whether a country follows the run after a comma, closing its sentence or clause: after
    "in" a place's address ("in Rio Grande do Sul, Brazil, killing seven"), not a person's
    ("Lula, Brazil's president")."""
    m = _COUNTRY_AFTER.match(run.text, run.end)
    return m is not None and is_country(m.group(1))
