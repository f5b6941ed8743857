"""The person votes: what a stretch of a run that no body's cue claimed says of a person.

:func:`.classify.classify` reads the table names, places and organisation cues first; what
is left is a name of at most four words with no organisation word. It is a person when a
title, a role, "said", a given name or a line-up says so; otherwise it waits, as a single
or a weak name, for the rest of the story (:class:`.collect.Collector` settles those).
"""

from __future__ import annotations

import re

from ..analysis import ARABIC_ARTICLES
from . import orgcues as cue
from .collect import Collector
from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .headline import HEADLINE_VERBS
from .known import SAID_AFTER_COMMA, he_follows, is_country, is_demonym, is_place
from .namecues import common_word_after_first, group, in_country, ranked, trim_edges
from .names import (
    HONORIFICS,
    NOT_SURNAMES,
    PARTY_MEMBERS,
    PERSON_CONTEXT,
    PLAIN_HONORIFICS,
    REGIONS,
    ROLE_WORDS,
    SITE_TAILS,
    SURNAME_TAILS,
    THING_TAILS,
    TITLE_SURNAMES,
    TITLE_WORDS,
    WAY_TAILS,
    first_names,
    popular_given_names,
)
from .scan import LINKERS, Run
from .teams import in_lineup
from .vessels import SHIP_PREFIXES, VESSEL_KINDS, site_named, vessel_named

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_COMMON_WORDS = COMMON_WORDS
_SAID_AFTER_COMMA = SAID_AFTER_COMMA

# Verbs before a name whose subject it is ("said Hewitt"), unlike "told Reuters".
_SAID_BEFORE = wordset("said says added asked")
_NOT_NAME_START = wordset("the a an")
_PARTIES = frozenset({"d", "r", "i"})  # (US lawmakers' party initials before a state's)
_VESSEL_PEEK = frozenset({"the", ""})  # ("" : a title's word opens the run: "the Admiral X")
# Only a person has these ("Clinton's wife"; a firm has a spokesman and lawyers too).
KIN = wordset("wife husband widow son daughter mother father brother sister")
_PLACE_BEFORE = frozenset({"in", "at", "near", "outside", "from"})  # "in X, Brazil"
_NOT_NAME_INSIDE = wordset("of for the and")
_AND_OR = frozenset({"and", "or"})
# Words that open places' names (and games', papers' and firms' named after them), not people's
# ("Le Pen", "El Baradei", "La Russa" are surnames: not these).
_PLACE_PREFIXES = wordset("san santa sao los las")
_HEADLINE_CHARS = 160  # a whole text this short, on one line, is a headline
# A word after a lone surname that says it is a person ("the Reagan administration").
PERSON_AFTER = frozenset({"administration"})
# An apostrophe inside a surname: "O'Neill", "D'Amato", "Dell'Utri", an elided particle
# ("Giscard d'Estaing"; "I'd", "Reagan's" are cut before they get here or are no names).
_IRISH_ITALIAN = re.compile(r"(?:^|\s)(?:O|D|Dell|Dall|L|d|l)['’][A-Z]")


def person_vote(run: Run, i: int, j: int, titled: bool, col: Collector, pos: int,
                before: str, sep: str, nxt: str, after: str, town_said: bool,
                describes: bool, surface: str, words: list[str]) -> None:
    """Vote for a person named by words ``i:j`` of a run, which no body's cue claimed:
    ``before`` is the word before the run, ``sep`` and ``nxt`` what follows the stretch,
    ``after`` the three characters after the run, ``town_said`` a town's name before
    "said", ``describes`` the name's fact (:func:`.namefacts.name_facts`) that it only
    describes; ``surface`` and ``words``: the stretch's text and keys, as the caller read
    them (not changed here)."""
    n = j - i
    last = j == len(run.words)
    whole = n  # the facts hold for the stretch as it came, before trim_edges
    said = nxt in PERSON_CONTEXT and sep in {" ", ", "}
    if said and before == "the" and i == 0 and not titled:
        if cue.body_says(words):  # "the Bundesbank said"
            col.add(surface, "org", pos)
        return
    said = said or (nxt in PERSON_AFTER and sep == " ")  # "the Reagan administration"
    # (vessel_named reads prev_word()'s window: with no letter ending it, as before most
    # names that open a sentence, no vessel's kind stands there; None: not read yet.)
    if (before in VESSEL_KINDS or before in _VESSEL_PEEK) and run.letter_before is not False \
            and vessel_named(run.text, run.start):
        return  # "the German liner Wilhelm Gustloff", "a liner, the Admiral Nakhimov": a ship
    if before in SHIP_PREFIXES or run.keys[i - 1 if i else 0] in SHIP_PREFIXES:
        return  # "USS Abraham Lincoln"
    if n == 2 and words[0] in _PARTIES and run.text[run.spans[i][1]] == "-":
        return  # a lawmaker's party and state ("John Dingell, D-Mich., said")
    if i == 0:
        titled = titled or before in ROLE_WORDS or before in TITLE_WORDS or (
            (n > 1 or before == "old") and ranked(run, before, n))  # (one word: only an age)
        said = said or before in _SAID_BEFORE or (
            before == "quoted" and run.text.startswith(" as saying", run.end))
        titled = titled or (sep == "'s" and nxt in KIN and n == 1)  # "Yeltsin's wife"
    if not said and last and after[:1] == "," \
            and words[-1] not in REGIONS and not is_demonym(words[-1]) and "-" not in surface \
            and words[-1] not in COMMON_WORDS:
        said = _SAID_AFTER_COMMA.match(run.text, run.end) is not None  # "Jorio Dauster,\nsaid"
    if not said and not titled and n == 1 and sep == " " and words[0] not in COMMON_WORDS \
            and i == 0 and nxt.endswith("ed") and not words[0].endswith("ing") \
            and surface[1:].islower():
        # "Gandhi announced ... but he ordered": "he" is surer than "said" (a firm says).
        titled = he_follows(run.text, run.end)
    if not said and len(run.text) < _HEADLINE_CHARS and "\n" not in run.text.strip():
        # A headline: "Miyazawa sees ...", "... to limit dlr deals - Miyazawa".
        said = (sep == " " and nxt in HEADLINE_VERBS) or (
            j == len(run.words) and not run.text[run.end:].strip()
            and run.text[:run.start].rstrip().endswith(("-", ",")))
    if n > 1 and words[0] in _PLACE_PREFIXES and not titled:
        return  # "San Andreas", "Los Alamos": a saint's or an article's place, no one's name
    if n > 1:  # (nothing below until ``given`` applies to one word)
        # trim_edges cuts two words only at an acronym, honours or a nationality opening
        # them (untitled): most pairs have none, and its tests cost ~8,000 instructions.
        if n > 2 or (not titled and is_demonym(words[0])) or run.words[i].isupper() \
                or run.words[i + 1].isupper():
            edges = trim_edges(run, i, j, titled, said, before)
            if edges is None:
                return  # "Harry Potter DVD"
            if edges[:2] != (i, j):  # "BBC Michael Howard", "Sania Mirza of India", "American X"
                i, j, said = edges
                n, words, surface = j - i, run.keys[i:j], run.surface(i, j)
        # "Stephen King", "Kanye West": a popular first name before a common word or a title.
        given = n == 2 and words[0] in popular_given_names() and words[0] not in COMMON_WORDS \
            and run.words[i][1:].islower() and "-" not in surface \
            and words[1] not in REGIONS and words[1] not in PERSON_AFTER \
            and not words[1].endswith("s") and not is_place(run.words[i])
        # "M. Atherton" (initial_name's first test here: most names open with no initial)
        initial = not given and n in (2, 3) and len(run.words[i]) == 1 \
            and cue.initial_name(run, i, j)
    else:
        given = initial = False
    given = given or initial or (  # "Don King", "Mervyn King", "Mr Major": title surnames
        (n == 1 and i > 0 and run.keys[i - 1] in PLAIN_HONORIFICS) or (
            n == 2 and words[1] in TITLE_SURNAMES and words[0] in first_names()
            and run.words[i][1:].islower() and not is_place(run.words[i])
            and (words[0] not in COMMON_WORDS or words[0] in popular_given_names())))
    if (words[0] in _NOT_NAME_START and not initial) or (before == "the" and group(run, i, j)) \
            or (words[-1] in TITLE_WORDS and not given) or not \
            _NOT_NAME_INSIDE.isdisjoint(words) or (
                ("'" in surface or "’" in surface) and not _IRISH_ITALIAN.search(surface)):
        return  # "The Fog", "the Stone Roses", "Tory MP", "Campaign for Borders Rail", "I'd"
    # The remembered answer holds unless a word was cut above ("of Spain", "American").
    if n >= 2 and (describes if n == whole else cue.describes(words)):
        return  # "Illinois Democrat", "Latin American", "U.S. Officials"
    if n == 1:
        honorific = i > 0 and run.keys[i - 1] in HONORIFICS and (
            run.caps or not run.words[i - 1].isupper())  # "DR Congo" is no doctor
        if not honorific and is_demonym(words[0]):
            return  # "Chief Soviet arms negotiator", "Soviet-American talks": no one
        # (beside_body first looks for " and " or " or " right before the run: a look-up of
        # the word before settles most runs without the call.)
        if not (titled or honorific) and i == 0 and last and before in _AND_OR \
                and words[0] not in COMMON_WORDS and cue.beside_body(run) \
                and words[0] not in first_names():
            col.add(surface, "org", pos)  # "Deutsche Bank and Commerzbank"
            return
        if (titled or honorific) and (honorific or (
                words[0] not in COMMON_WORDS and words[0] not in NOT_SURNAMES)):  # "Energy Act"
            col.add(surface, "person", pos, 2 if titled else 1)
        elif sep[:1] in {",", "\n", ""} and words[0] not in COMMON_WORDS \
                and in_lineup(run):
            col.add(surface, "person", pos)  # "Dudek, Finnan, Carragher, Hyypia, ..."
        elif said and words[0] not in COMMON_WORDS:
            # "Boynton said", or "Shell said"; a town's name ("Goodyear said") is more often
            # a firm's: a person only if the story names the person otherwise too.
            (col.town_said if town_said else col.said).append((words[0], surface, pos))
        else:
            col.singles.append((words[0], surface, pos, words[0].isalpha() and not (
                i == 0 and run.sentence_start)))
        return
    tail = words[-1]
    if (tail in NOT_SURNAMES or tail in SITE_TAILS) and (
            tail not in SURNAME_TAILS or words[0] not in popular_given_names()):
        # "Geneva Convention", "Cooper Basin", "Downing Street": nobody ("Michael Bay" is
        # someone); one that speaks is a firm named after its place ("Giant Bay said"),
        # unless a way's name stands for those working there ("Downing Street said").
        if said and not titled and tail not in WAY_TAILS:
            col.add(surface, "org", pos)
        return
    if words[-1] in PARTY_MEMBERS and not titled and n <= 3:
        col.add(surface, "org", pos)  # "Christian Democrats", "Free Democrats"
        return
    if not titled and ((sep == " " and nxt in THING_TAILS) or (
            last and after[:1] == "," and before in _PLACE_BEFORE and in_country(run))
            or (last and after[:1] in {" ", "\n"} and site_named(run.text, run.end))):
        # "the Cal Miskaad mountains", "in Rio Grande do Sul, Brazil": a place's name;
        # "Don Muang airport", "the Nine Mile nuclear power plant": a site's
        return
    if words[-1] not in first_names() and is_country(run.words[j - 1]):
        if said and not titled:  # "Statistics Canada said": no one's surname is a country
            col.add(surface, "org", pos)
        return
    # A common word joined by a hyphen to a surname is part of it ("Peter Hulme-Cross").
    # (One test in C first: most names hold no common word past the first.)
    common_tail = not _COMMON_WORDS.isdisjoint(words[1:]) \
        and any(w in COMMON_WORDS for w in words[1:] if w not in LINKERS) and (
            "-" not in surface or common_word_after_first(run, i, words))
    if titled or said:
        if not _COMMON_WORDS.issuperset(words):
            col.add(surface, "person", pos, 2 if titled else 1)
    elif n == 2 and not given and is_demonym(words[1]) \
            and words[0] not in popular_given_names():
        # "Royal Dutch", "London Irish": a nationality after a word that is seldom anyone's
        # given name ends a firm's or a club's name ("Philip French", "Jerry Welsh" are people).
        col.add(surface, "org", pos)
    elif (given or (words[0] in first_names() and not common_tail and not (
            run.sentence_start and i == 0 and words[0] in COMMON_WORDS
            and words[0] not in popular_given_names()))) and not (  # "Bill Clinton arrived"
            words[0] in NOT_SURNAMES or (words[0] in ARABIC_ARTICLES
                                         and run.text[run.spans[i][1]:run.spans[i][1] + 1] == "-")):
        # (An article joined to a name is no given name: "Al-Shabaab"; nor is "River".)
        col.add(surface, "person", pos, given=True)
    elif n <= 3 and (words[0] in first_names() or _COMMON_WORDS.isdisjoint(words)):
        col.weak.append((surface, pos))  # "Simon Fuller": a name if "Mr Fuller" is one
