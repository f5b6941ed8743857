"""What the words around a name say when its own words leave it open: a work's title, a pair
of people or places joined by "&", a trade noun made of two words, a title's place before its
holder.

:mod:`.classify` asks these of runs it has not settled by their own words. Each is a general
cue of news style ("the film Vera Drake", "Vera Drake star Imelda Staunton", "oil major
Shell", "Ambassador to Athens Nazmi Akiman"), not a list of names.
"""

from __future__ import annotations

from .data import wordset
from .known import is_big_place, is_place
from .names import first_names, popular_given_names
from .scan import Run, key_of

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
