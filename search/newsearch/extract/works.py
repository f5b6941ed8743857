"""Titles of works and names of awards: films, songs, shows and prizes, no bodies or people.

A story names a work after a lower-case noun for its kind ("the film Meet the Fockers", "the
hit single Hey Ya!", "abortion drama Vera Drake"; a plural opens a list: "films such as Ray,
Closer and Sideways") or before one after a possessive ("BBC Radio 4's Today programme"); once
named so, the title is a work wherever the story uses it ("Meet the Fockers pushed Closer off
the top spot"). Awards are named by their last word ("American Music Awards", "Nobel Prize")
or after "best" and a category ("the best actress Oscar").
:func:`drop_works` takes these names, and every name inside them, out of a story's people and
bodies. :func:`work_title` is the same cue read run by run while names are classified ("the
film Vera Drake", "Vera Drake star Imelda Staunton", "her role in Vera Drake").
:func:`works_and_series` also finds names a story uses as a series of works, a franchise
("the third Harry Potter film", "the James Bond films", "Bridget Jones: The Edge of Reason"),
which are no one's name but may still name a body.
"""

from __future__ import annotations

import re

from .data import wordset
from .names import first_names, popular_given_names
from .patterns import by_first_letter
from .scan import Run, key_of, run_texts

# Nouns for a kind of work that a title follows, read both run by run (:data:`WORKS`) and
# across the story's text (:data:`WORK_NOUNS`).
_KINDS = wordset("film movie programme album song novel musical opera documentary sitcom drama "
                 "comedy thriller single track game")
# Lower-case nouns a story-level scan finds before a title ("the film Ray", "comedy sequel
# Meet the Fockers"), plurals opening lists. Some are also verbs or adjectives ("hit",
# "show", "single", "track"): those need a determiner, a possessive or an adjective before
# them (see _AMBIGUOUS).
WORK_NOUNS = _KINDS | wordset("films movies albums singles songs hit hits show shows programmes "
                              "sequel games biopic")
_AMBIGUOUS = wordset("hit hits show shows single track comedy drama")
# Genres, nouns only: after any lower-case word they name a work ("wine comedy Sideways",
# "boxing drama Million Dollar Baby"); they are ambiguous only after a capital or a stop.
_GENRES = frozenset({"comedy", "drama"})
# A game is a work only as a video game: "the game Arsenal lost" is a match.
_GAMES = frozenset({"game", "games"})
_GAME_BEFORE = wordset("video computer console pc online")
# Words before an ambiguous work noun that make it the noun ("his hit Hey Ya!", "the show Pop
# Idol", "video game Halo 2"; not "storms hit Florida", "figures show Labour").
_NOUN_BEFORE = wordset("""
the a an his her their its new latest debut first next last hit smash big biggest number
video computer tv chat quiz talent breakfast music for with in of from
""")
# Lower-case words inside a title between capitalised ones ("Top of the Pops", "Hide and
# Seek", "Meet the Fockers").
_TITLE_LINKS = wordset("the of a an and in on to")


# Nouns right before a run that is a work's title ("the film Vera Drake", "gritty abortion
# drama Vera Drake").
WORKS = _KINDS | wordset("book soap series biopic epic blockbuster")
# Those of them that also name a match or a thing ("the game", "a single"): before a popular
# given name they open a sentence about a person.
LOOSE_WORKS = wordset("game single track")
# Nouns before a place's name that make it a work's title there, the place still counting
# elsewhere ("the thriller Constantine", "her book Small Island"): not those that name a match
# or a thing, nor those that are adjectives too ("an epic New York Marathon contest",
# "blockbuster West End musicals").
TITLE_NOUNS = WORKS - LOOSE_WORKS - wordset("epic blockbuster")
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
    if before in WORKS:  # ("the end of the game Andre Nzame III": a player after a match)
        return before not in LOOSE_WORKS \
            or run.keys[len(run.keys) - n] not in popular_given_names()
    if n >= 2 and sep == " " and nxt in WORK_NEXT:
        return True
    if before != "in" or run.text[run.end:run.end + 1] in {"'", "’"}:
        return False
    head = run.text[run.start - 30 if run.start > 30 else 0:run.start].split()
    return len(head) >= 2 and head[-2].lower() in _PARTS


# A name read as a series of works, no one (people only: "the first European Union summit"
# and "the Premier League games" still name bodies): an instalment's ordinal before it ("the third
# Harry Potter film", "Ian Fleming's first James Bond book"), a plural work noun after it
# with "the" ("the Harry Potter films", "the James Bond theme") and, inside a sentence, a
# subtitle after a colon ("when Bridget Jones: The Edge of Reason was filmed"). Two words or
# more: "the second Bush term" names a man. (Not the singular "the Mike Leigh film".)
_SERIES_NAME = r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)+)"
# (No word opening with a letter no work noun opens with: "eighth" or "books" would cost the
# search a test at every "every" and "but".)
_ORDINALS = wordset("first second third fourth fifth sixth seventh ninth tenth")
_ORDINAL_AFTER = wordset("the this a an its his her their")
_NAME_AFTER = re.compile(" " + _SERIES_NAME)
_SERIES_NOUNS = wordset("films movies novels games series franchise saga trilogy theme adventures "
                        "sequels")
_THE_NAME = re.compile(r"\b[Tt]he " + _SERIES_NAME + "$")
_SUBTITLE_NAME = re.compile(r"[a-z,] " + _SERIES_NAME + "$")
_COLON = re.compile(": [A-Z]")
# A credit names a person whatever else the story does with the name ("the ninth Jim Carrey
# film" of a story with "starring Jim Carrey").
_CREDITS = ("starring ", "directed by ", "written by ", "played by ", "voiced by ")
# A work noun, a series noun or an ordinal, all in one search (the leading space spares it a
# test at every letter; the series' cues are searched by their word, not by the name, which
# would be tried at every capital; ordinals in words only: "21st" costs a test at every
# number). No group: the search would set its marks at each space it tries; the noun is the
# match after its space.
_SERIES_CUES = _SERIES_NOUNS | _ORDINALS
_NOUN = re.compile(r" (?:" + by_first_letter(WORK_NOUNS | _SERIES_CUES) + r")\b")
_QUOTES = "\"'‘“"
# Between titles of a list, and after a plural noun before it ("films such as X, Y and Z").
_LIST_SEP = re.compile(r"(?:,? and |, )[\"'‘“]?(?=[A-Z0-9])")
_LIST_OPENER = re.compile(r" (?:such as|including|[Ll]ike) ")
_TOKEN = re.compile(r"[\w'’&-]+[!?]?")
# "BBC Radio 4's Today programme": a title between a possessive and a work noun. Only one
# plain word: "Channel 4's show", "ITV1's Jonathan Dimbleby programme" name a channel or a
# presenter; "this year's Bafta film awards" names the awards' giver.
_POSSESSIVE_TITLE = re.compile(r"['’]s ([A-Z][a-z]+)$")
_POSSESSIVE_NOUNS = (WORK_NOUNS - _AMBIGUOUS - _GAMES) | {"show"}
# Last words of an award's name ("Soul Train Music Awards", "Turner Prize").
AWARD_TAILS = wordset("award awards prize prizes")
# "the best actress Oscar", "best director Bafta": an award after "best" and a category.
_BEST_AWARD = re.compile(r"best (?:[a-z]+ )?(?:actor|actress|director|film|picture|album|"
                         r"single|song|group|video|newcomer|artist|screenplay|documentary) "
                         r"([A-Z][a-z]+)\b")


def _title_at(text: str, pos: int) -> tuple[str, int]:
    """The title starting at ``pos`` and where it ends: capitalised words (or numbers), with
    lower-case links between them ("Meet the Fockers") and a colon before a subtitle ("Grand
    Theft Auto: San Andreas"); "" if none."""
    end = pos
    words: list[str] = []
    pending: list[str] = []
    while True:
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        word = m.group()
        if word[0].isupper() or (word[0].isdigit() and not pending):
            words += pending
            pending = []
            words.append(word.rstrip("!?"))
            end = m.end()
            if word[-1] in "!?":
                break
        elif word in _TITLE_LINKS and words and len(pending) < 2 and not (
                word == "and" and text.startswith(("The ", "A "), m.end() + 1)):
            # ("albums Confessions and The Diary of ...": two titles)
            pending.append(word)
        else:
            break
        pos = m.end()
        if text.startswith(": ", pos) and text[pos + 2:pos + 3].isupper():
            pos += 2
        elif text[pos:pos + 1] == " ":
            pos += 1
        else:
            break
    return " ".join(words), end


def _titles(text: str, pos: int, plural: bool) -> list[str]:
    """The title at ``pos``, and after a plural noun the list of titles it opens ("films such
    as Billy Elliot, About A Boy and Shaun of the Dead")."""
    out = []
    while len(out) < 8:
        if text[pos:pos + 1] in _QUOTES:
            pos += 1
        title, end = _title_at(text, pos)
        if not title or title.isupper() or title.endswith(("'s", "’s")):
            break  # "hit BBC comedy The Office", "shows such as Channel 4's gameshow X"
        out.append(title)
        m = _LIST_SEP.match(text, end) if plural else None
        if m is None:
            break
        pos = m.end()
    return out


def _title_follows(text: str, start: int, noun: str) -> bool:
    """Whether the work noun at ``start`` (its leading space) is a noun here: a game only as a
    video game, an ambiguous noun only after a determiner, an adjective or a possessive."""
    if noun in _GAMES or noun in _AMBIGUOUS:
        before = text[max(0, start - 20):start].rpartition(" ")[2].lower()
        if noun in _GAMES:
            return before in _GAME_BEFORE
        return before in _NOUN_BEFORE or before.endswith(("'s", "’s")) or (
            noun in _GENRES and before.isalpha() and before.islower())
    return True


def work_names(run_list: list[Run]) -> set[str]:
    """Keys of the titles of works and of awards a story names (see the module)."""
    return works_and_series(run_list)[0]


def _series_at(text: str, start: int, end: int, noun: str) -> str | None:
    """The name the series cue ``noun`` (at ``start``..``end``) marks, if any: after an
    ordinal with a determiner or a possessive before it, before a series noun after "the"."""
    if noun in _SERIES_NOUNS:
        # (Most such nouns follow a lower-case word: then no name can end there.)
        if not text[text.rfind(" ", 0, start) + 1:start][:1].isupper():
            return None
        name = _THE_NAME.search(text, max(0, start - 50), start)
        return name.group(1) if name else None
    before = text[max(0, start - 20):start].rpartition(" ")[2]
    if before.lower() in _ORDINAL_AFTER or before.endswith(("'s", "’s", "s'", "s’")):
        name = _NAME_AFTER.match(text, end)
        return name.group(1) if name else None
    return None


def _subtitled(text: str) -> set[str]:
    """Names before a colon and a capital inside a sentence ("and Bridget Jones: The Edge of
    Reason")."""
    found: set[str] = set()
    # (Most texts hold no ": ": one substring search, where the expression's search takes
    # some ten machine instructions a character.)
    for m in _COLON.finditer(text) if ": " in text else ():
        at = m.start()
        # (Most colons follow a lower-case word, "said: ": then no name can end there.)
        if text[text.rfind(" ", 0, at) + 1:at][:1].isupper() \
                and (name := _SUBTITLE_NAME.search(text, max(0, at - 50), at)) is not None:
            found.add(name.group(1))
    return found


def works_and_series(run_list: list[Run], texts: list[str] | None = None,
                     ) -> tuple[set[str], set[str]]:
    """Keys of the titles of works and awards a story names (see the module), and keys of
    the names it uses as a series of works, for people only (see :data:`_SERIES_NAME`; a name
    the story also credits, "starring Jim Carrey", stays a person's). ``texts``: the runs'
    texts (:func:`.scan.run_texts`), when the caller has them already."""
    found: set[str] = set()
    series: set[str] = set()
    texts = run_texts(run_list) if texts is None else texts
    for text in texts:
        for m in _NOUN.finditer(text):
            noun, start, end = m.group()[1:], m.start(), m.end()
            if noun in _SERIES_CUES:
                # (An ordinal is a cue only before a capital: most are not.)
                if (noun in _SERIES_NOUNS or text[end + 1:end + 2].isupper()) \
                        and (name := _series_at(text, start, end, noun)) is not None:
                    series.add(name)
                if noun not in WORK_NOUNS:
                    continue
            plural = noun[-1] == "s" and noun not in _GAMES
            opener = _LIST_OPENER.match(text, end) if plural else None
            pos = opener.end() if opener else end + 1  # "hits such as X": a noun
            first = text[pos:pos + 1]
            if text[end:end + 1] == " " and first and (first.isupper() or first.isdigit()
                                                       or first in _QUOTES):
                if opener or _title_follows(text, start, noun):
                    found.update(map(key_of, _titles(text, pos, plural)))
            elif noun in _POSSESSIVE_NOUNS and text[start - 1:start].islower() \
                    and not text.startswith((" award", " prize"), end) \
                    and (p := _POSSESSIVE_TITLE.search(text, max(0, start - 40), start)):
                found.add(key_of(p.group(1)))
        if "best " in text:
            for m in _BEST_AWARD.finditer(text):
                if not text[m.start() - 1:m.start()].isalnum():
                    found.add(key_of(m.group(1)))
        series.update(_subtitled(text))
    found.discard("")
    return found, {key_of(name) for name in series
                   if not any(credit + name in text for text in texts for credit in _CREDITS)}


def drop_works(names: list[str], works: set[str]) -> list[str]:
    """``names`` without awards ("Brit Awards") and without names that are a work's title or
    part of one (``works`` from :func:`work_names`: "Fockers" of "Meet the Fockers"); a full
    name with a given name inside a longer title stays ("The Diary of Alicia Keys").
    (``names`` itself, no copy, when the story names no work and no award.)"""
    if not works:
        # (Most stories name no work: then only an award's last word drops a name, and no
        # name of plain letters holds one unless its lower case does.)
        joined = "\t".join(names)
        if joined.isascii() and "award" not in (low := joined.lower()) and "prize" not in low:
            return names
    spaced = [f" {w} " for w in works]
    out = []
    for name in names:
        key = key_of(name)
        if key.rpartition(" ")[2] in AWARD_TAILS:
            continue
        if spaced and any(f" {key} " in w for w in spaced) and (
                key in works or " " not in key or key.partition(" ")[0] not in first_names()):
            continue
        out.append(name)
    return out
