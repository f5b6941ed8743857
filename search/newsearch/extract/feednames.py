"""People a feed already knows: the names in a headline-only item, read through the rest of
its file.

A wire flash is a headline with little or no story under it ("SEC OKAYS REQUEST FROM BOESKY FIRMS",
"REGAN DEPARTURE MAKES 3RD VOLCKER TERM LIKELY"). Case says nothing in capitals, and most of
its names stand before no verb or title that :mod:`.headline` could read. The file it came
in (a day's or a month's dump of one wire) usually names the same person in full, in
mixed-case text: "Ivan Boesky", "Paul Volcker". So a word of such a headline is a person
when the file's stories with text name one by it and no more name a body by it ("BAKER
HUGHES" beside James Baker): the full name nearly all of theirs is (:data:`SHARE`), when it
opens with a given name (one story is enough: "Clayton Yeutter"), else the surname alone, when
:data:`MIN_STORIES` stories give it ("President Reagan"; the index's name groups may join it
to a full name later, see :mod:`newsearch.engine.aliases`).

The knowledge is the file's (or, for a big JSON Lines file read in parts, the part's), so
what a story gets does not depend on how files are grouped into tasks or how many workers
run. Only a field the source left empty is filled, as everywhere in :mod:`newsearch.extract`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..analysis import name_key
from ..model import Article
from .caps import is_caps_text
from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import key_of
from .headline import HEADLINE_VERBS, SUBJECT_IT, namelike
from .names import ORG_WORDS, first_names, popular_given_names

SHARE = 0.8  # the full name's share of the full names ending in the word
MIN_STORIES = 2  # stories naming a person by the word that a surname alone needs
# A story with fewer words of text than this under its headline is headline-only: its
# text cannot say who the headline names (one line of a flash, a correction, a table).
TEXT_WORDS = 25
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_JOINED = frozenset("-/&")  # (an empty slice at either end of the title is in no set)
_POSSESSIVE = re.compile(r"['’][sS]$")
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


class FeedNames:
    """The people and bodies the stories of one file name, by surname and by word.

    Counts are of (story, name) pairs: a story naming "Ronald Reagan" and "Nancy Reagan"
    counts twice for "reagan" (a story's own short forms are already joined to its full
    names, so one person counts once). They are read by name as stories come, in C, and
    regrouped by word only when a headline asks (once per file, as a rule)."""

    def __init__(self) -> None:
        self._people: Counter[str] = Counter()  # name -> stories naming that person
        self._bodies: Counter[str] = Counter()  # name -> stories naming that body
        self._grouped = True
        self._stories: Counter[str] = Counter()  # surname -> (story, person) pairs
        self._full: dict[str, Counter[str]] = defaultdict(Counter)  # surname -> full names
        self._alone: dict[str, str] = {}  # surname -> how a story wrote it alone
        self._body_words: Counter[str] = Counter()  # word -> (story, body) pairs
        self._body_pairs: set[tuple[str, str]] = set()  # two words next to each other there

    def learn(self, article: Article) -> None:
        """Count the people and the bodies ``article`` names.

        Only a story with text teaches: a headline-only one's names are what is in doubt."""
        if not headline_only(article):
            self.count(article)

    def count(self, article: Article) -> None:
        """Count the people and bodies of a story the caller knows has text."""
        self._people.update(set(article.people))
        self._bodies.update(set(article.orgs_named))
        self._grouped = False

    def _group(self) -> None:
        """Regroup the counts by surname and by a body's words."""
        self._grouped = True
        self._stories, self._full, self._alone = Counter(), defaultdict(Counter), {}
        for name, n in self._people.items():
            words = key_of(name).split()
            key = surname(words)
            self._stories[key] += n
            if len(words) >= 2:
                self._full[key][name] += n
            else:
                self._alone[key] = name
        self._body_words, self._body_pairs = Counter(), set()
        for name, n in self._bodies.items():
            words = key_of(name).split()
            self._body_pairs.update(zip(words, words[1:], strict=False))
            for word in set(words):
                self._body_words[word] += n

    def person(self, word: str) -> str | None:
        """The person the file's stories name with the surname ``word`` (a name key): the
        full name nearly all of theirs is (:data:`SHARE`), when it opens with a given name;
        else the surname alone, when :data:`MIN_STORIES` stories name such a person. None
        if no story names one, or more name a body with the word."""
        if not self._grouped:
            self._group()
        n = self._stories[word]
        if not n or self._body_words[word] > n:
            return None
        names = self._full.get(word)
        if names:
            best, m = names.most_common(1)[0]
            if m >= SHARE * sum(names.values()) and key_of(best).split()[0] in first_names():
                return best
        if n < MIN_STORIES:
            return None
        return self._alone.get(word) or word.title()

    def fill(self, article: Article) -> list[str]:
        """Add to ``article.people`` the people its headline names by the file's knowledge;
        the names added."""
        added: list[str] = []
        found = candidates(article)
        if not found:
            return added
        if not self._grouped:
            self._group()
        # A word beside the same neighbour as in a body's name of the file, anywhere in the
        # headline, names that body ("PARKER DRILLING", the file's "Parker Drilling Co").
        done = {word for before, word, after in found
                if (before, word) in self._body_pairs or (word, after) in self._body_pairs}
        for before, word, _after in found:
            if word in done:
                continue
            done.add(word)
            name = self.person(word)
            if name is not None and before in first_names() and before not in COMMON_WORDS \
                    and before not in name_key(name).split():
                # "... WITH IRWIN JACOBS" where the file knows a David M. Jacobs: the
                # headline's own full name
                name = f"{before.title()} {word.title()}"
            if name is not None and name not in article.people:
                article.people.append(name)
                added.append(name)
        return added


def surname(words: Sequence[str]) -> str:
    """The surname among a name's key words: the last, or the one before "Jr" ("Bainum" of
    "Stewart Bainum Jr")."""
    return words[-2] if len(words) > 1 and words[-1] in _GENERATIONS else words[-1]


def headline_only(article: Article) -> bool:
    """Whether ``article`` is a headline with (almost) no text under it."""
    return bool(article.title) and len(article.body.split(None, TEXT_WORDS)) < TEXT_WORDS


def candidates(article: Article) -> list[tuple[str, str, str]]:
    """Key words of a headline-only article's title that may be a surname nobody in the
    story was given, each time it occurs, with the key words before and after it ("" at the
    ends): every word that may be a name in a capitals headline, each capitalised one
    otherwise; not inside a word joined by a hyphen or a slash ("FRANCO-GERMAN"), before a
    firm's word or "SAYS IT", a common given name ("INVESTOR PAUL BILZERIAN"), nor a word
    of a name the story already holds."""
    if not headline_only(article):
        return []
    title = article.title
    if "<" in title:
        return []  # a firm's ticker ("BAKER, FENTRESS AND CO <BKFR>"): its names are firms'
    caps = is_caps_text(title)
    taken = {w for name in (*article.people, *article.orgs_named) for w in name_key(name).split()}
    found = list(_WORD.finditer(title))
    keys = [name_key(_POSSESSIVE.sub("", m.group())) for m in found]
    given = popular_given_names()
    out: list[tuple[str, str, str]] = []
    for i, (m, key) in enumerate(zip(found, keys, strict=True)):
        start, end = m.span()
        after = keys[i + 1] if i + 1 < len(keys) else ""
        if title[start - 1:start] in _JOINED or title[end:end + 1] in _JOINED \
                or after in ORG_WORDS or (after in HEADLINE_VERBS and i + 2 < len(keys)
                                          and keys[i + 2] in SUBJECT_IT):
            continue  # "FRANCO-GERMAN", "DUN/BRADSTREET"; "BAKER INTERNATIONAL"; "... SAYS IT"
        if (caps or m.group()[0].isupper()) and key not in taken and key not in given \
                and " " not in key and namelike(key):
            out.append((keys[i - 1] if i else "", key, after))
    return out


class FileFeed:
    """One file's stories as they come: each teaches :class:`FeedNames`, and the
    headline-only ones whose people extraction filled are held back until :meth:`release`
    (at the file's end), so that every story of the file has taught them first."""

    def __init__(self) -> None:
        self.names = FeedNames()
        self.held: list[Article] = []

    def offer(self, article: Article, filled: bool) -> bool:
        """Learn from ``article``; True if it is held back (``filled``: the source left its
        people empty, so extraction's may be added to)."""
        if not headline_only(article):  # (asked once: most stories have text)
            self.names.count(article)
            return False
        if filled and candidates(article):
            self.held.append(article)
            return True
        return False

    def release(self) -> list[Article]:
        """The held articles, their people filled from what the file has taught so far."""
        held, self.held = self.held, []
        for article in held:
            self.names.fill(article)
        return held


def fill_from_file(articles: Sequence[Article], filled: Sequence[bool]) -> None:
    """Learn from all of one file's ``articles``, then fill the headline-only ones whose
    people extraction filled (``filled``: the source left that field empty)."""
    feed = FileFeed()
    for article, mine in zip(articles, filled, strict=True):
        feed.offer(article, mine)
    feed.release()
