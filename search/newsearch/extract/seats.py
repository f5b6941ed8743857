"""Seats in a parliament: constituencies named by their members' seats ("MP for Kensington and
Chelsea", "the Ealing North MP", "the Eton and Slough seat") are places the gazetteer rarely
knows. :mod:`.places` finds them in a story's runs and lists them after the places it ranked.
"""

from __future__ import annotations

import re

from ..analysis import STOP_WORDS
from ..model import Place
from .data import wordset
from .gazetteer import MONTHS_AND_DAYS, gazetteer, place_key
from .names import ORG_WORDS, TITLE_WORDS, first_names
from .place_context import COMPASS, HONORIFICS, MEMBER_TITLES
from .scan import Run

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_HONORIFICS = HONORIFICS
_MEMBER_TITLES = MEMBER_TITLES

# Seats in a parliament: the names of constituencies are places the gazetteer rarely knows.
SEAT_NOUNS = wordset("seat constituency")
# Words before a seat title that are no part of the seat's name ("former Labour MP").
SEAT_PLAIN = wordset("""
labour conservative conservatives tory tories liberal liberals democrat democrats lib dem dems
snp plaid cymru green greens ukip independent unionist unionists sdlp sinn fein dup respect
former veteran senior backbench euro new the a commons lords house cabinet council
""")
_SEAT_BEFORE = ("seat of ", "constituency of ", "member for ")
_TITLE_TEXT = re.compile("M[SE]?P")  # "MP", "MSP" or "MEP" anywhere in a text


def seat_plain(key: str) -> bool:
    """Whether a word before "MP" is no part of a seat's name: a title, party or nationality."""
    return key in SEAT_PLAIN or key in TITLE_WORDS or key in STOP_WORDS \
        or key in MONTHS_AND_DAYS or any(e.kind == "demonym" for e in gazetteer().entries(key))


def seat_names(run_list: list[Run], people: set[str] | frozenset[str] = frozenset(),
               plain=seat_plain) -> list[tuple[int, int]]:
    """Offsets ``(start, end)`` of the constituencies named in ``run_list``: "MP for Kensington
    and Chelsea", "the Ealing North MP", "the Eton and Slough seat", "the seat of Hartlepool".

    ``plain(key)`` says whether a word before a seat title is no part of the seat's name
    (titles, party names, nationality words). A name holding a word of ``people`` (people
    the story names), or opening with a first name that is no place, is a member's own name
    ("Tom McCabe MSP").
    """
    if not run_list:
        return []
    text = run_list[0].text
    # ("P" first: a one-character search is a memchr in C, several times cheaper than one for
    # a word, and half the stories hold no capital P; then one search for the three titles.)
    if ("P" not in text or _TITLE_TEXT.search(text) is None) \
            and " seat" not in text and "constituenc" not in text and "member for" not in text:
        return []
    out: list[tuple[int, int]] = []
    for k, run in enumerate(run_list):
        keys = run.keys
        n = len(keys)
        # (Most runs hold no seat title: one test in C skips the loop over their words.)
        for t, key in enumerate(keys) if not _MEMBER_TITLES.isdisjoint(keys) else ():
            if key not in MEMBER_TITLES:
                continue
            if t + 2 < n and keys[t + 1] == "for":  # "MP for Kensington"
                e = t + 3
                names = first_names()
                while e < n and run.capitalised(e) and not plain(keys[e]) \
                        and keys[e] not in names:  # "MP for Glasgow Central Ann Smith"
                    e += 1
                out.append(_joined_after(run_list, k, run.spans[t + 2][0], run.spans[e - 1][1],
                                         e == n))
            elif t + 1 == n or keys[t + 1] != "for":  # "the Ealing North MP"
                _name_before(run_list, k, t, plain, out, people)
        text = run.text
        sep, nxt = run.next_word()
        if nxt in SEAT_NOUNS and sep == " ":
            _name_before(run_list, k, n, plain, out, people)  # "the Eton and Slough seat"
        elif text[run.start - 16 if run.start > 16 else 0:run.start].endswith(_SEAT_BEFORE):
            out.append(_joined_after(run_list, k, run.start, run.end, True))
    text = run_list[0].text
    return [span for span in out if _seat_ok(text[span[0]:span[1]], plain)]


def _seat_ok(name: str, plain) -> bool:
    """Whether a stretch found by a seat cue looks like a constituency's name: no firm or
    party ("UK Independence Party"), acronym, nationality word ("Asian") or person ("Margaret
    Moran")."""
    words = name.replace("-", " ").replace("&", " ").split()
    keys = [place_key(w) for w in words]
    raw = gazetteer().raw
    if any(k in ORG_WORDS or (w.isupper() and len(w) > 1)
           for w, k in zip(words, keys, strict=True)) \
            or plain(keys[0]) or any(plain(keys[i + 1]) for i, k in enumerate(keys[:-1])
                                     if k == "and"):
        return False
    if len(keys) == 1:
        return keys[0] in raw or not keys[0].endswith(("an", "ish", "ese", "ary"))
    return not (keys[0] in first_names() and keys[-1] not in COMPASS and keys[-1] not in raw)


def _name_before(run_list: list[Run], k: int, t: int, plain, out: list,
                 people: set[str] | frozenset[str]) -> None:
    run = run_list[k]
    s = 0
    while s < t and plain(run.keys[s]):
        s += 1
    if s == t or (s + 1 == t and run.words[s].isupper()):
        return  # "LDP MPs", "a CBOE seat": a party or an exchange
    if any(key in people for key in run.keys[s:t]) or _HONORIFICS.intersection(run.keys[:s]) or (
            run.keys[s] in first_names() and run.keys[s] not in gazetteer().raw):
        return  # "Scottish Finance Minister, Tom McCabe MSP"
    start = run.spans[s][0]
    if s == 0 and k > 0:  # "Eton and Slough"
        prev = run_list[k - 1]
        if run.text[prev.end:run.start] == " and " and not any(map(plain, prev.keys)):
            start = prev.start
    out.append((start, run.spans[t - 1][1]))


def _joined_after(run_list: list[Run], k: int, start: int, end: int,
                  at_end: bool) -> tuple[int, int]:
    """``(start, end)`` stretched over " and <Name>" when the name goes on ("Kensington and
    Chelsea")."""
    if at_end and k + 1 < len(run_list):
        nxt = run_list[k + 1]
        if nxt.text[end:nxt.start] == " and " and len(nxt.words) <= 3:
            return start, nxt.end
    return start, end


def add_seats(ranked: list[Place], seats: list[tuple[int, int]], text: str) -> list[Place]:
    """``ranked`` with the seats found by :func:`seat_names` in ``text`` appended (no focus),
    each in the country of its first word when the gazetteer knows it ("Bristol East")."""
    listed = {place_key(p.name) for p in ranked}
    gaz = gazetteer()
    for a, b in seats:
        name = " ".join(text[a:b].split())
        key = place_key(name)
        if key in listed:
            continue
        listed.add(key)
        top = gaz.entries(place_key(name.split()[0].split("-")[-1]))
        ranked.append(Place(name, top[0].country if top and top[0].kind != "demonym" else "",
                            False))
    return ranked
