"""What the words around a name say when its own words leave it open: a work's title, a pair
of people or places joined by "&", a trade noun made of two words, a title's place before its
holder, a nationality before a name, a common word inside a hyphenated surname, a player's
rank before a name, a month's short form as a given name, a job or a post "of" something in
apposition after it ("Milagro Navas, the mayor of La Libertad"), what befalls only a person
("Sabag Montiel is sentenced"), a name glued by "for" to what it is named for.

:mod:`.classify` asks these of runs it has not settled by their own words. Each is a general
cue of news style ("the film Vera Drake", "Vera Drake star Imelda Staunton", "oil major
Shell", "Ambassador to Athens Nazmi Akiman"), not a list of names.
"""

from __future__ import annotations

import re

from ..analysis import STOP_WORDS
from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .data.countries import US_STATES
from .gazetteer import MONTHS_AND_DAYS
from .known import is_big_place, is_country, is_demonym, is_place
from .names import (
    ADHERENTS,
    FIRM_SUFFIXES,
    NOT_SURNAMES,
    NUMBER_WORDS,
    ORG_BEFORE,
    ORG_WORDS,
    PARTY_MEMBERS,
    PERSON_TRADES,
    ROLE_WORDS,
    TITLE_WORDS,
    first_names,
    popular_given_names,
)
from .particles import particle_surname
from .scan import LINKERS, Run, key_of

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_COMMON_WORDS = COMMON_WORDS


def duo(surface: str) -> bool:
    """Whether a name with "&" joins two people, each with a popular given name ("Richard &
    Judy", "Matt Lucas & David Walliams"), or two places ("Serbia & Montenegro"), not a
    firm's partners ("Marks & Spencer")."""
    left, _, right = surface.partition(" & ")
    givens = popular_given_names()
    return (bool(right) and key_of(left).split()[0] in givens
            and key_of(right).split()[0] in givens) or is_place(left) or is_place(right)


# Nouns that name a trade only after one of these words: "oil major Shell" (a rank has its
# capital: "Major John Smith"; "major U.S. banks"), "lead manager Morgan Stanley" (a bond
# issue's; "manager Alex Ferguson" is a person), "market leader Nintendo" ("Tory leader Michael
# Howard" is a person).
_TRADE_HEADS = {"major": frozenset({"oil"}),
                "manager": frozenset({"lead", "sole", "co-lead", "joint", "co-"}),
                "leader": frozenset({"market", "sector", "industry"})}
# Words before a run that :func:`trade_role` reads.
TRADE_WORDS = frozenset(_TRADE_HEADS) | {"rival"}


def trade_role(run: Run, word: str, plain: bool = False, words: list[str] | None = None) -> str:
    """``word`` (one of :data:`TRADE_WORDS`, the word before ``run``), or "firm" when the
    words before it make it a trade noun ("oil major Shell", "market leader Nintendo").
    "rival" is a firm's noun before a ``plain`` name (one word, no given name: "rival
    Verizon", "Japanese rival Nissan"; "rival Greg Rusedski" is a person; "rivals" is a trade
    noun of its own), and before two or three words (keys ``words``) no person's name has
    (see :func:`_rival_firm`)."""
    if word == "rival":  # (no acronym: "rival ISPs", "a rival UWB standard")
        if plain:
            return "firm" if run.words[0][1:2].islower() else word
        return "firm" if words and _rival_firm(run, words) else word
    head = run.text[max(0, run.start - 20):run.start].rstrip().rsplit(None, 2)[-2:]
    if len(head) == 2 and head[1] == word and head[0].lower() in _TRADE_HEADS[word]:
        return "firm"
    return word


def _rival_firm(run: Run, words: list[str]) -> bool:
    """Whether the two or three words after "rival" (keys ``words``, the run's first) are a
    firm's: no given name opens them, and an acronym in capitals is among them ("rival ABN
    AMRO"; not "rival U.S. Shipping companies", nor "rival Pro Evolution Soccer", a game);
    a person's rival is "his" or "her"."""
    if not 2 <= len(words) <= 3 or words[0] in first_names() \
            or run.text[max(0, run.start - 11):run.start].startswith(("his ", "her ")):
        return False
    return any(len(w) > 1 and w.isupper() and w.isalpha() for w in run.words[:len(words)])


def place_before_name(run: Run, i: int, n: int, words: list[str]) -> bool:
    """Whether words ``i:`` of a run are a big place and a full name: a title's place before
    its holder ("Ambassador to Athens Nazmi Akiman", "envoy in Tokyo Mike Mansfield")."""
    return n == 3 and words[1] in first_names() and words[0] not in first_names() \
        and run.words[i + 1][1:].islower() \
        and (run.keys[i - 1] if i else run.prev_word()) in ("to", "in") \
        and is_big_place(run.words[i])  # (a first look-up reads the gazetteer: last)


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
        words[0] not in popular_given_names() and _COMMON_WORDS.isdisjoint(words[1:])
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


# A player's rank before the name: "world number 30 Harel Levy", "British number one Tim Henman"
# (and a rugby position, "number eight Simon Taylor"): a person however common their words.
_RANK = re.compile(r"\b[Nn]umber[ \t]+(?:[a-z]+|\d{1,3})[ \t]+$")


# A person's age glued before a name ("18-year-old Nadal"); a firm's age has three digits
# or more ("the 150-year-old Barclays"), and a nationality or a home town may follow one;
# so may a club or a town before the player's trade ("the 35-year-old Cobh runner").
_AGE = re.compile(r"(?<![\d-])\d{1,2}-year-old[ \t]+$")
_AGENT_AFTER = re.compile(r"[ \t]+(?!(?:n?ever|after|later|earlier|under|over|either|rather|"
                          r"whether|further|together)\b)[a-z]{3,}(?:er|or|ist)\b")


def ranked(run: Run, before: str, n: int) -> bool:
    """Whether a player's rank or position ("number one", "number 30") stands right before
    a full name of ``n`` words ("world number 30 Harel Levy"), or an age before a name of
    any length ("18-year-old Nadal"): the name is a person's. One word may be a firm's rank
    in its trade ("Number three Chrysler's car sales")."""
    start = run.start
    # (Not "the 32-year-old American Jew", "the 31-year-old Scot" of Scotland, "the
    # 35-year-old Cobh runner".)
    if before == "old":
        return _AGE.search(run.text, max(0, start - 16), start) is not None \
            and not is_demonym(run.keys[0]) and not is_place(run.words[0]) \
            and not is_place(run.words[0] + "land") \
            and _AGENT_AFTER.match(run.text, run.end) is None
    if n < 2 or (before not in NUMBER_WORDS and not run.text[start - 2:start - 1].isdigit()):
        return False  # (the cheap test first: most runs follow no number)
    m = _RANK.search(run.text, max(0, start - 20), start)
    return m is not None and (m.group().split()[1].isdigit() or before in NUMBER_WORDS)


# A month's short form that is a given name too ("Jan Egeland", "Jan Carlzon"). Full months
# are not: they open dates before a name ("in June Grewcock scored", "June T-bonds").
_GIVEN_MONTHS = frozenset({"jan"})


def month_given(surface: str, words: list[str]) -> bool:
    """Whether a month's short form opens a name as a given name before a surname set in
    title case ("Jan Egeland"), not a date's words ("Jan Friday", "JAN REUTER", "Jan T")."""
    last = surface.rpartition(" ")[2]
    return len(words) == 2 and words[0] in _GIVEN_MONTHS and surface[1:2].islower() \
        and len(last) >= 3 and last[1:].isalpha() and last[1:].islower() \
        and words[1] not in MONTHS_AND_DAYS and words[1] not in COMMON_WORDS \
        and not is_demonym(words[1]) and not is_place(last)


# ", Brazil." / ", Brazil, killing ...": a country closing a place's address.
_COUNTRY_AFTER = re.compile(r",[ \t]+([A-Z][\w.]*(?:[ \t]+[A-Z]\w*)?)(?=[.,;:)]|[ \t]+\(|\n|$)")


def in_country(run: Run) -> bool:
    """Whether a country follows the run after a comma, closing its sentence or clause: after
    "in" a place's address ("in Rio Grande do Sul, Brazil, killing seven"), not a person's
    ("Lula, Brazil's president")."""
    m = _COUNTRY_AFTER.match(run.text, run.end)
    return m is not None and is_country(m.group(1))


# ", executive vice president," after a name: a job held by a person, whatever its words say
# ("Court Shannon" holds an org word). Only heads a body never has after a comma.
_JOB_AFTER = re.compile(
    r",[ \t\n]+(?:(?:senior|executive|chief|deputy|vice|first|managing|general|assistant|"
    r"associate|acting)[ \t\n]+){0,3}(?:president|chairman|chairwoman|director|analyst|"
    r"spokesman|spokeswoman|treasurer|economist|officer)(?=[,;.]|[ \t\n]+[^A-Z\s]|\s*$)")
# ", a former director of", ", chief revenue officer at", ", head of", ", editor of": an article
# and up to two words of any trade before a person's job and the body it is held at. (Words
# up to a link word are matched, then read: an alternation of the jobs is slow to try.)
_JOB_OF = re.compile(r",[ \t\n]+((?:[a-z][a-z-]*[ \t\n]+){1,4}?)(?:of|at|for|with)\b")
_JOBS = wordset("president chairman chairwoman director spokesman spokeswoman economist officer "
                "head manager editor founder co-founder professor lecturer correspondent "
                "journalist secretary minister leader chief star")
# Words before such a job that make it no apposition: a verb or an auxiliary ("Acme, said the
# chairman of", "Acme, will be chairman of"), a clause's opening, a bond issue's "lead manager".
_NOT_JOB_WORDS = wordset("said says told added is was are were has had will would be been become "
                         "became remain remains named as to who which and or its his her their "
                         "whose lead co-lead sole joint")
_ARTICLES_JOB = frozenset({"a", "an", "the"})


# ", the mayor of", ", a former leader of": a post held in something, in apposition. A body
# heads nothing "of" anything this way ("Sumy, the capital of" is no post).
_POST_OF_AFTER = re.compile(
    r",[ \t\n]+(?:the|a|an)[ \t\n]+(?:(?:former|new|deputy|acting|interim|then|current|"
    r"incumbent|elected|vice|self-proclaimed|longtime|late)[ \t\n]+){0,2}(?:mayor|governor|"
    r"leader|head|founder|co-founder|chief|commander|president|chairman|chairwoman|spokesman|"
    r"spokeswoman|premier|ambassador|wife|husband|son|daughter|widow|brother|sister|father|"
    r"mother)[ \t\n]+of\b")


def job_after(run: Run) -> bool:
    """Whether a job title stands in apposition after the run ("Gary Hunt, vice president
    sales, resigned", "Iggy Fanlo, chief revenue officer at Shopping.com", "Persio Arida, a
    former director of the central bank", "Milagro Navas, the mayor of La Libertad,"), not
    before its holder's name ("the Bank of Nova Scotia, deputy chief economist Warren
    Jestin"): the run names a person."""
    if _JOB_AFTER.match(run.text, run.end) is not None:
        return True
    if _POST_OF_AFTER.match(run.text, run.end) is not None:
        return run.keys[-1] not in US_STATES  # "Rep. Edward Markey, D-Mass, the chairman of"
    m = _JOB_OF.match(run.text, run.end)
    if m is None:
        return False
    words = m.group(1).split()
    if words[0] in _ARTICLES_JOB:
        del words[0]
    return 1 <= len(words) <= 3 and words[-1] in _JOBS and _NOT_JOB_WORDS.isdisjoint(words)


# Letters after a name that are honours or seats, not part of it ("Andrew Nicol QC").
# (Seats are titles: "the Glasgow Kelvin MP" names no one.)
POST_NOMINALS = wordset("qc kc obe mbe cbe kbe dbe gbe frs phd")
_ROMAN = frozenset("IVX")


def _acronym(word: str) -> bool:
    """Whether a word is set in capitals as an acronym or a model's code ("BBC", "DVD",
    "C180"), not a regnal number ("III") or an initial ("W.")."""
    return len(word) >= 2 and word.isupper() and "." not in word and not _ROMAN.issuperset(word)


def caps_trim(run: Run, i: int, j: int) -> tuple[int, int] | None:
    """Words ``i:j`` of a run without the acronyms around a name, or None when an acronym
    inside them says they name no one: honours after the name are cut ("Andrew Nicol QC"),
    and a body or a place before a full name ("the BBC Michael Howard", "GATT Michael
    Samuels"); initials before a surname stay ("JK Rowling", "JPR Williams"). Any other
    acronym, or a country's before the name, makes a product's or a body's name ("Harry Potter
    DVD", "Mac OSX", "Run DMC", "UK Athletics")."""
    words, keys = run.words, run.keys
    while j - i > 1 and keys[j - 1] in POST_NOMINALS and words[j - 1].isupper():
        j -= 1
    if j - i > 1 and _acronym(words[i]):
        if keys[i + 1] in first_names() and len(words[i]) >= 3 and keys[i + 1] not in COMMON_WORDS \
                and words[i + 1][1:].islower():
            i += 1  # (two letters are initials: "JM Barry", "JP Morgan Chase"; "AOL UK": a body)
        elif is_country(words[i]):
            return None  # "UK Athletics", "USA Today"
    rest = words[i + 1:j]
    return None if any(map(str.isupper, rest)) and any(map(_acronym, rest)) else (i, j)


def group(run: Run, i: int, j: int) -> bool:
    """Whether words ``i:j`` of a run, after "the", name a group by its plural: a band, a side
    or a regiment ("the Stone Roses", "the Bee Gees", "the Royal Scots"), not one person: two
    words or more, the last a plural and the first no popular given name. (A party's
    members, "the Liberal Democrats", are read as the party later.) A noun after it makes
    the name a modifier ("the Serena Williams show")."""
    last = run.words[j - 1]
    if j - i < 2 or last[-1:] != "s" or last[-2:] == "ss" or not last[1:].islower() \
            or run.keys[i] in popular_given_names() or run.keys[j - 1] in PARTY_MEMBERS:
        return False
    # A noun after it makes the name a modifier: "the Serena Williams show" is hers.
    sep, nxt = run.next_word() if j == len(run.words) else ("", "")
    return not (sep == " " and nxt[:1].islower() and nxt not in STOP_WORDS)


_ARTICLES = frozenset({"the", "a", "an"})


def trim_edges(run: Run, i: int, j: int, titled: bool, said: bool, before: str,
               ) -> tuple[int, int, bool] | None:
    """Words ``i:j`` of a run (two or more) without what stands at a name's edges, and
    whether it now reads as a speaker's (``said``); None when an acronym inside makes it no
    one's name (see :func:`caps_trim`). Cut in turn: acronyms ("BBC Michael Howard"), a
    country "of" a full name ("Conchita Martinez of Spain", a player or an envoy: a speaker
    when the two words before are a plain given name and surname), and a nationality or a
    party before it ("American Davenport said", "champion Briton Hayley Yelling", "Democrat
    John Kerry", "to Athens Nazmi Akiman")."""
    trim = caps_trim(run, i, j)
    if trim is None:
        return None
    i, j = trim
    n, words = j - i, run.keys[i:j]
    if n >= 3 and words[-2] in LINKERS and run.words[j - 2][0].islower() \
            and run.text[run.spans[j - 2][1]] != "-" and is_place(run.words[j - 1]) \
            and not particle_surname(run, i, j):  # ("Orlando dos Santos": a surname)
        # (an article joined by a hyphen is the name's: "Ali al-Khalifa al-Sabah")
        said = said or (n == 4 and words[-2] == "of" and _COMMON_WORDS.isdisjoint(words[:2])
                        and before not in _ARTICLES and before != "" and all(
                            w.isalpha() and w[1:].islower() for w in run.words[i:i + 2])
                        and words[1][-1] != "s")
        j -= 2
        n -= 2
        words = words[:n]
    if (n >= 2 and (not titled or n > 2) and (is_demonym(words[0]) or (
            n > 2 and words[0] in ADHERENTS and words[1] in first_names()))
            and after_demonym(run, i, n, words, said, before)) \
            or (n == 3 and place_before_name(run, i, n, words)) \
            or (n >= 3 and i == 0 and _trade_opens(run, i, n, words)):  # (cheap tests first)
        i += 1
    return i, j, said


# A trade's ending on the first word of a sentence ("Cinematographer", "Songwriter").
_TRADE_END = re.compile(r"(?:er|or|ist|ant|ian)\Z")


def _trade_opens(run: Run, i: int, n: int, words: list[str]) -> bool:
    """Whether a sentence opens with a trade's noun, capitalised only there, before a given
    name and a surname ("Cinematographer John Mathieson, who ..."; not "Victor Hugo Smith":
    a given name; nor "Bookmaker William Hill": a firm's trade). A sentence's opening "For"
    ends so too and is cut alike ("For Andrea Arnold, who won")."""
    return n >= 3 and i == 0 and words[1] in first_names() and words[0] not in first_names() \
        and run.sentence_start and _TRADE_END.search(words[0]) is not None \
        and run.words[0][1:].islower() and words[0] not in ORG_BEFORE  # ("Bookmaker William Hill")


# Person trades after which a popular given name opens a person's name ("publisher Jason
# Grady", "film-maker George Lucas"); an act is a band ("dance act The Prodigy").
_NAMED_TRADES = PERSON_TRADES - wordset("act")
# Every word before a name that :func:`role_named` reads: callers test it first, cheaply.
JOB_BEFORE = ROLE_WORDS | _NAMED_TRADES


def role_named(i: int, n: int, words: list[str], surface: str, before: str) -> bool:
    """Whether a person's role noun right before a run of two or three words names a person
    though a word of the run is a body's: "star Thomas Hayden Church", "goalkeeper Energy
    Murambadoro" (an unknown surname ends it), "publisher Jason Grady" (a trade a person may
    follow, then a popular given name). Not "producer Santos Ltd", "host Dundee United"."""
    if before not in ROLE_WORDS and before not in _NAMED_TRADES:
        return False  # (the commonest case, first)
    tail = words[-1]
    if i or not 2 <= n <= 3 or "&" in surface or not surface[1:2].islower() \
            or tail in FIRM_SUFFIXES:
        return False
    if before in ROLE_WORDS:
        return words[0] in first_names() or not (
            tail in COMMON_WORDS or tail in ORG_WORDS or is_place(surface.split()[0]))
    return before in _NAMED_TRADES and words[0] in popular_given_names() \
        and tail not in ORG_WORDS and tail not in COMMON_WORDS


# What only befalls a person, in the passive right after a name ("Sabag Montiel is sentenced",
# "Nicusor Dan was sworn in", "Larissa Waters is elected leader", "Charles Ongondo is shot
# dead"): a body is fined or charged, never jailed, sworn in, elected, killed or wounded.
# (Not "born": "the Gameboyzz Orchestra Project was born"; not "named" or "released": a
# firm is named the best, a film is released; not "shot" alone: a drone is shot down.)
_FATE_AFTER = re.compile(
    r"[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been|will[ \t]+be)[ \t]+(?:(?:formally|later|"
    r"then|also|reportedly|allegedly|officially|narrowly|unanimously|fatally|seriously)[ \t]+)?"
    r"(?:sentenced|jailed|imprisoned|arrested|executed|hanged|extradited|pardoned|assassinated|"
    r"sworn[ \t]+in|acquitted|kidnapped|abducted|knighted|elected|re-elected|killed|wounded|"
    r"injured|stabbed|impeached|shot[ \t]+dead)\b")


# The three characters after a run that may open :data:`_FATE_AFTER` (callers' cheap test).
FATE_OPENS = frozenset({" is", " wa", " ha", " wi"})


def fate_after(run: Run, i: int, n: int, words: list[str]) -> bool:
    """Whether words ``i:i+n`` of a run (folded: ``words``), two or more and the run's last,
    are followed by what befalls only a person ("Sabag Montiel is sentenced to ten years"),
    and are its subject: no article or "of" before them ("a member of the Multinational
    Security Mission is killed")."""
    return n > 1 and i + n == len(run.keys) and run.after == " " \
        and words[-1] not in ORG_WORDS and _FATE_AFTER.match(run.text, run.end) is not None \
        and (i > 0 or run.prev_word() not in _NOT_SUBJECT)


_NOT_SUBJECT = frozenset({"the", "a", "an", "of"})


def job_named(run: Run, i: int, n: int, words: list[str], surface: str, before: str,
              after: str) -> bool:
    """Whether a person's job names words ``i:i+n`` of a run a person's, outweighing an org
    word in them: a job title after a comma (``after``: the text right after a run's last
    name; "Court Shannon, executive vice president"; not a state's, "Cos Cob, Mass, president
    of", nor a body's, "president of X, vice ..."), or a role's noun right before the name
    (:func:`role_named`)."""
    return (after[:1] == "," and words[-1] not in ORG_WORDS and surface[1:2] != "-"
            and job_after(run) and (
            n > 1 or (words[0] not in COMMON_WORDS and words[0] not in US_STATES
                      and run.text[run.start - 1:run.start] != "-"))
            and not (i == 0 and run.text.endswith(" of ", 0, run.start))) or (
            bool(before) and role_named(i, n, words, surface, before)) \
        or fate_after(run, i, n, words)


# Words that end an award's or a trophy's name, not a person's ("Peter Sellers Award For ...").
_AWARD_WORDS = wordset("award awards prize prizes trophy medal cup")


def name_before_for(run: Run, i: int) -> int:
    """Where "for" stands in a run that opens (at word ``i``) with a given name and a surname
    glued by it to what the person is named for ("Martin Scorsese for The Aviator", "Luc Bondy
    for Cruel and Tender", "Ferenc Horvath for Bahoken"): award, cast and substitution copy.
    0 when it does not: "for" two or three words in, after a capitalised given name it
    knows, with no body's, firm's, title's or award's word before it ("Peter Sellers Award
    For Comedy", "George Soros Foundation for Southern Africa", "Morgan Guaranty Ltd for ...")
    and no common word after a rare given name or a word ("Ivy Road Rovers for ...").
    :mod:`.actors` classifies the words before "for" alone; what follows is mostly a work."""
    keys = run.keys
    for k in (i + 2, i + 3):
        # (Not before a lone letter ending the run: "Red Star Belgrade for Â£1.2m", mis-decoded.)
        if k + 1 < len(keys) and keys[k] == "for" and (k + 2 < len(keys)
                                                      or len(run.words[k + 1]) > 1):
            break
    else:
        return 0
    name = keys[i:k]
    if name[0] not in first_names() or not run.words[i][1:].islower() \
            or not all(w[0].isupper() for w in run.words[i:k]) or (
                is_place(run.words[i]) and name[0] not in popular_given_names()):
        return 0
    if any(w in ORG_WORDS or w in FIRM_SUFFIXES or w in TITLE_WORDS or w in _AWARD_WORDS
           for w in name) or (not _COMMON_WORDS.isdisjoint(name[1:]) and (
               name[0] in COMMON_WORDS or name[0] not in popular_given_names())):
        return 0  # "Ivy Road Rovers for ...": a word, or a rare name, before a common word
    return k
