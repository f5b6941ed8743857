"""Cues to a body in the words next to a name, as wire copy writes them.

:mod:`.actors` asks these of runs its own words leave open: an acronym in brackets that
defines a longer name ("Organisation for Security and Cooperation in Europe (OSCE)"), "of"
between a person and their firm ("Ray Stone of Merrill Lynch") or a party and its leader
("Communist Party of Gennady Zyuganov", see :func:`.known.person_after_of`), a word after
"and" beside a bank ("Deutsche Bank and Commerzbank"), a firm's description in apposition
("Volvo, Sweden's biggest industrial group,"), "news agency" and "leader" after a name, a
trade word ending a firm's name ("Mitsubishi Electric"), and a town standing for its club
in a sports story (:mod:`.teams`). None of them is a list of organisations.
"""

from __future__ import annotations

import re

from .collect import Collector
from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import MONTHS_AND_DAYS, gazetteer
from .known import is_big_place, is_country, is_demonym, is_place
from .names import (
    ORG_BEFORE,
    ORG_WORDS,
    PARTY_MEMBERS,
    REGIONS,
    TITLE_WORDS,
    first_names,
    popular_given_names,
)
from .orgs import MORE_ORG_TAILS, word_after
from .scan import Run, word_key
from .teams import score_side, team_context

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_MONTHS_AND_DAYS = MONTHS_AND_DAYS
_ORG_WORDS = ORG_WORDS
_TITLE_WORDS = TITLE_WORDS

_NOT_FIRST = frozenset({"the", "a", "an", "and", "of"})
SPEECH_VERBS = frozenset({"said", "says", "told", "added"})

# The rest of a name that an acronym in brackets defines: "Organisation for Security" + " and
# Cooperation in Europe (OSCE)"; connectors and capitalised words, then the acronym.
JOINS = (" and ", " & ", " in ", " on ", " of ", " for ")
_DEFINED_REST = re.compile(r"((?:[ \t]+(?:and|&|in|on|of|for|the|de)(?:[ \t]+the)?"
                           r"(?:[ \t]+[A-Z][\w'’-]*)+)+)[ \t]*\(([A-Z][A-Za-z]?[A-Z]{1,6})\)")


def defined_name(run: Run, i: int) -> tuple[str, str]:
    """The full name and its acronym when the text after the run goes on, through "and" or
    "in", to an acronym in brackets whose letters are the initials of the whole
    ("Organisation for Security and Cooperation in Europe (OSCE)"); else ``("", "")``.
    The run must end right before " and "/" in "/... (callers test that cheaply)."""
    text = run.text
    end = run.end
    if "(" not in text[end:end + 90]:
        return "", ""
    m = _DEFINED_REST.match(text, end)
    if m is None:
        return "", ""
    rest = m.group(1)
    acronym = m.group(2)
    words = run.words[i:] + rest.split()
    initials = "".join(w[0] for w in words if w[0].isupper())
    if initials != acronym.upper():
        return "", ""
    full = " ".join((run.surface(i) + rest).split())
    if is_country(full):
        return "", ""  # "Democratic Republic of the Congo (DRC)": a country, no body
    return full, acronym


def body_after_of(run: Run, i: int, titled: bool = False) -> int:
    """Where "of" and a body's name follow a person's full name ("Tim Daly of Michael
    Foods", "Ray Stone of Merrill Lynch"), or 0: the person, then the firm. A popular given
    name opens the run, or ``titled`` a surname ("Mr Bergman of Skandia Insurance Co"); a
    place after "of" is no body ("Conchita Martinez of Spain")."""
    keys = run.keys
    k = keys.index("of", i)
    if k - i not in ((1, 2, 3) if titled else (2, 3)) or k + 1 >= len(keys) \
            or not run.words[k + 1][0].isupper():
        return 0
    # Right after "said" a given name that is also a word is a name ("said Bill Bolster of
    # Munger Oil"): a speech verb's subject after it is a speaker.
    if (titled or keys[i] in popular_given_names() and run.words[i][1:].islower()
            and (keys[i] not in COMMON_WORDS or i == 0 and run.prev_word() in SPEECH_VERBS)) \
            and _ORG_WORDS.isdisjoint(keys[i:k]) \
            and _TITLE_WORDS.isdisjoint(keys[i:k]) and not is_place(run.surface(k + 1)) \
            and not is_place(run.surface(i, i + 2)) \
            and keys[k + 1] not in _NOT_FIRST:
        return k
    return 0


# "Jim Parton, from Families Need Fathers, said": a person's full name (a given name first),
# a comma, then "from" or "of" and maybe "the" right before the run.
_AFFILIATED = re.compile(r"\b([A-Z][a-z]+)[ \t]+[A-Z][\w'’-]+,[ \t]+(?:from|of)[ \t]+"
                         r"(?:the[ \t]+)?\Z")
_NOT_NAMES = frozenset({"tv", "pc", "it"})  # "from TV producer Illuminations"


def affiliation(run: Run) -> bool:
    """Whether the run names the body a person just named works for, given in apposition
    ("Jim Parton, from Families Need Fathers, said", "Brad Adams, of Human Rights Watch,").
    Callers test that "from" or "of" comes right before (or "the" after them) and that the
    run names no place ("Tony Martin, of Burnley": where he lives). Not a work ("Catherine
    Tate, from The Catherine Tate Show"), a possessive ("from Eminem's Encore album"), a
    region ("from West Sussex") or a medium ("from TV producer X")."""
    text, start = run.text, run.start
    if ", " not in text[start - 11 if start > 11 else 0:start]:
        return False  # (most runs after "of" or "the" follow no comma: one test settles them)
    keys = run.keys
    if run.words[0] == "The" or text.startswith(("'s", "’s"), run.end) \
            or keys[0] in _NOT_NAMES or keys[0] in REGIONS or keys[-1] in REGIONS:
        return False
    m = _AFFILIATED.search(text, max(0, start - 50), start)
    return m is not None and word_key(m.group(1)) in first_names()


def beside_body(run: Run) -> bool:
    """Whether a one-word run follows "and"/"or" after a body's name that ends in a body's
    word ("Deutsche Bank and Commerzbank"): the two are of a kind. (The other way round,
    "Commerzbank and Dresdner Bank" may be one firm's name, "Standard and Poor's Corp".)"""
    text = run.text
    start = run.start
    if text[start - 5:start] not in {" and ", "s or "} and text[start - 4:start] != " or ":
        return False
    end = run.end
    after = text[end:end + 3]
    # The name must end there: not "Goldman, Sachs and Co", "Standard and Poor's", "Moody's".
    ends = after[:1] in {" ", "\n", ".", ";", ")", ""} or (
        after[:2] == ", " and after[2:].islower())
    if not ends or text.startswith((" and", "\nand", " &", "'s", "’s"), end):
        return False
    before = text[start - 30 if start > 30 else 0:start].split()
    return len(before) >= 3 and before[-2][:1].isupper() and run.words[0].isalpha() \
        and word_key(before[-2].rstrip(",")) in ORG_WORDS


# "Volvo, Sweden's biggest industrial group, said", "Shell, the Anglo-Dutch oil company,":
# a name in apposition to a body's noun (no "of"/"for" between: "a spokesman for the bank";
# a comma after the noun: "James Skinner, the company said" reports a body's words).
_APPOSITION = re.compile(r",[ \t]+(?:the|a|an|[A-Z][\w.-]*['’]s)[ \t]+"
                         r"(?:(?!(?:of|for|at|in|with|to|and|who)\b)[\w-]+[ \t]+){0,4}?"
                         r"(?:company|firm|group|maker|carmaker|chipmaker|bank|airline|carrier|"
                         r"retailer|insurer|producer|supplier|operator|agency|newspaper|daily|"
                         r"broker|brokerage|conglomerate|giant|manufacturer|concern|utility|"
                         r"party|club|team|side|lender|regulator|watchdog|consultancy|pollster|"
                         r"think-tank|auctioneers|auction[ \t]+house|charity|union|association|"
                         r"organi[sz]ation|broadcaster|publisher|studio|label|consortium)"
                         r"(?:[ \t]*[,;)]|[ \t]+(?:which|that)\b)")


def apposed_body(run: Run) -> bool:
    """Whether the run is followed by a comma and a body's description ending in a body's noun
    ("Toshiba, Japan's largest chipmaker,", "Consob, Italy's stock market regulator,"): callers
    test the comma first. Not a month ("in January, the company said") nor the tail of an
    owner's name ("Association of Children's Hospices, the ... charity")."""
    return _APPOSITION.match(run.text, run.end) is not None \
        and _MONTHS_AND_DAYS.isdisjoint(run.keys) \
        and run.text[run.start - 3:run.start] not in ("'s ", "’s ")


def word_before(run: Run) -> str:
    """:meth:`.Run.prev_word`, also for a run early in a paragraph after the first."""
    return run.prev_word() or (para_word(run) if run.letter_before else "")


def trade_noun_before(run: Run) -> bool:
    """Whether a lower-case trade noun (:data:`.names.ORG_BEFORE`) comes right before a one-run
    name and makes even a big town's name a firm's or a club's ("carmaker Toyota", "club
    Southampton"); not a compound's tail ("film-makers Roger Michell"), nor a name that goes on
    with a hyphen or a number ("arranger London-based ...", "unit Chesterfield 8")."""
    text, start = run.text, run.start
    if text[run.end:run.end + 1] == "-" or text[run.end + 1:run.end + 2].isdigit():
        return False
    before = text[start - 30 if start > 30 else 0:start]
    word = before.rstrip().rpartition(" ")[2]
    return before.endswith(" ") and word.islower() and word.isalpha() and word in ORG_BEFORE \
        and word not in _PERIODICALS  # "three daily Atlanta flights"


_PERIODICALS = frozenset({"daily", "weekly"})


def para_word(run: Run) -> str:
    """The word before a run early in a paragraph after the first, where the scanner's
    window holds the paragraph break and :meth:`.Run.prev_word` gives up ("...\n\nShares in
    X")."""
    text = run.text
    start = run.start
    lo = start - 30 if start > 30 else 0
    if not text[lo:start].rstrip()[-1:].isalpha():
        return ""  # (a stop, a bracket or a quote before the run, as most runs prev_word left)
    line = text.rfind("\n", lo, start) + 1
    if not line:
        return ""
    last = text[line:start].rstrip()
    last = last[last.rfind(" ") + 1:]
    if not last.isalpha():
        return ""
    return last.lower() if last.isascii() else word_key(last)  # (fold() on ASCII)


def add_body(run: Run, k: int, col: Collector, pos: int) -> None:
    """Vote for words ``k:`` of a run as the body a person named before "of" works for."""
    keys = run.keys
    strong = keys[-1] in ORG_WORDS or keys[-1] in MORE_ORG_TAILS
    if strong or not is_place(run.words[k]):
        col.add(run.surface(k), "org", pos, 3 if strong else 1)


def town_side(run: Run, i: int, j: int) -> bool:
    """Whether a town's or county's name (one word, ``i:j``) stands for its club here:
    "Newcastle manager Kevin Keegan", "for Newcastle", "Leicestershire 22 pts"."""
    sep, nxt = word_after(run, j)
    return team_context(run, word_before(run) if i == 0 else "", sep, nxt) \
        or (i == 0 and score_side(run, i))


# Armed men named by their people: after a nationality and a people's name ("Rwandan Hutu
# rebels", "Iraqi Kurdish factions") these nouns name no body.
_ARMED_GROUPS = frozenset({"rebels", "fighters", "militants", "militant", "gunmen", "insurgents",
                           "faction", "factions", "commanders"})
# Nouns for a people's civilians, whom no body has: after a name they make it a people's
# ("Hutu refugees", "Tamil villagers"; not "Taliban fighters").
_CIVILIANS = (r" (?:refugees|civilians|villagers|minority|majority|population|community|"
              r"communities|tribesmen|peasants|families|women|children|exiles|areas|villages)\b")
_PEOPLE_ENDINGS = ("ish", "ian", "ese", "ic")


def people_in_arms(run: Run, j: int, words: list[str], nxt: str) -> bool:
    """Whether a two-word name (folded ``words``, ending at word ``j``) is a nationality and a
    people before an armed group's noun ``nxt`` ("Iraqi Kurdish rebels"): no body's name. The
    people's name is an adjective or a nationality itself, or the story names its civilians
    ("Rwandan Hutu rebels ... Hutu refugees"); not a movement ("Pakistani Taliban militants")."""
    if nxt not in _ARMED_GROUPS or len(words) != 2 or not is_demonym(words[0]):
        return False
    people = words[1]
    return people.endswith(_PEOPLE_ENDINGS) or is_demonym(people) or re.search(
        re.escape(run.words[j - 1]) + _CIVILIANS, run.text) is not None


# "Itar-Tass news agency said": the noun after "news" says what the name is.
NEWS_BODY = (" news agency", " news service", " news network", " news channel")
# Verbs of news outlets ("Interfax quoted him as saying", "Kyodo reported").
REPORTS = frozenset({"quoted", "reported", "reports", "quotes"})
# Firms' last words that are surnames too ("Mike Mills", "Lisa Power").
_SURNAME_TAILS = frozenset({"mills", "power"})
# "Merrill Lynch Capital Markets", "Citigroup Global Markets": a firm, unlike "U.S. Markets".
_MARKET_HEADS = frozenset({"capital", "global", "financial"})


# First words of firms' and banks' names in other languages ("Societe Generale", "Credit
# Suisse", "Banco Santander", "Groupe Danone").
ORG_HEADS = frozenset({"societe", "banque", "credit", "compagnie", "cie", "groupe", "banco",
                       "banca", "caisse", "compania", "sociedad", "istituto", "deutsche",
                       "nippon", "kabushiki"})


def trade_name(run: Run, i: int, words: list[str]) -> bool:
    """Whether words ``i:`` (folded: ``words``) end in a trade word that names a firm
    ("Mitsubishi Electric", "Merrill Lynch Capital Markets"), not a person ("Mike Mills"),
    or open with a firm's word in another language ("Societe Generale")."""
    found = trade_words(words)
    return is_place(run.words[i]) if found is None else found


def trade_words(words: list[str]) -> bool | None:
    """:func:`trade_name` from the words alone; None when the first word's place reading
    decides ("Ford Motor", unless "Mike Mills")."""
    last_word = words[-1]
    n = len(words)
    if n >= 2 and words[0] in ORG_HEADS:
        return True
    if last_word in MORE_ORG_TAILS:
        if n == 2 and last_word in _SURNAME_TAILS and words[0] in popular_given_names():
            return None
        return True
    return n >= 3 and last_word == "markets" and words[-2] in _MARKET_HEADS


# A body's leaders named after it ("Sinn Fein leader Gerry Adams", "Likud leaders").
LED_BY = frozenset({"leader", "leaders", "leadership", "lawmakers", "deputies", "activists"})
# Last words that describe rather than name ("Tory leader", "House Democratic leaders").
_DESCRIBING_ENDINGS = ("ic", "al", "an", "ist", "ive", "ory", "ity", "ish", "ese")


def leads_body(words: list[str]) -> bool:
    """Whether a name before "leader" names a body ("Sinn Fein", "Likud"), not a party's
    adjective ("Tory", "Liberal Democrat", "Congressional") or a plain word ("Party")."""
    last_word = words[-1]
    if last_word in REGIONS or last_word.endswith(_DESCRIBING_ENDINGS) or last_word == "dem" \
            or is_demonym(last_word):  # ("Lib Dem leader")
        return False
    return len(words) > 1 or (last_word not in COMMON_WORDS and last_word not in ORG_WORDS)


def body_says(words: list[str]) -> bool:
    """Whether "the <words> said" reports a body ("the Bundesbank said", "the Paris Bourse
    said"), not a description ("the Illinois Democrat said", "the Judge said")."""
    last_word = words[-1]
    return "of" in words or (last_word not in TITLE_WORDS and not is_demonym(last_word)
                             and not (last_word in REGIONS and last_word[-1] != "s")
                             and not (len(words) == 1 and last_word in COMMON_WORDS))


def describes(words: list[str]) -> bool:
    """Whether a name of two or more words only describes: a party's member, a nationality,
    a plural noun ("Illinois Democrat", "Latin American", "U.S. Officials")."""
    last_word = words[-1]
    if last_word in PARTY_MEMBERS and not is_big_place(words[0]):
        return False  # "Liberal Democrats", "Lib Dems": a party ("Illinois Democrats" are not)
    return words[0] not in first_names() and (
        # (A word no gazetteer key is has no reading: most new names' last words miss the
        # nationality test's memo, which nothing else asks of them.)
        last_word in REGIONS or (last_word in gazetteer().raw and is_demonym(last_word))
        or (last_word in COMMON_WORDS and (last_word[-1] == "s" or (
            # "U.S. Official", "U.K. Economic", "U.S. Bank": a country and common words, not
            # one of its institutions ("U.S. Treasury", "U.K. Government")
            len(words) == 2 and words[0] in _COUNTRY_INITIALS
            and last_word not in _STATE_BODIES))))


def country_common(words: list[str]) -> bool:
    """Whether a name of two words is a country's initials and a common word that is none of
    its institutions: "U.S. Banks", "U.K. Companies" (the wire capitalises the word after
    "U.S."), not "U.S. Treasury"."""
    return len(words) == 2 and words[0] in _COUNTRY_INITIALS and words[1] in COMMON_WORDS \
        and words[1] not in _STATE_BODIES


_COUNTRY_INITIALS = frozenset({"u.s.", "u.k.", "us", "uk", "u.s", "u.n.", "e.u."})
_STATE_BODIES = wordset("treasury navy army government congress senate embassy parliament "
                        "military administration cabinet mint marines")


def initial_name(run: Run, i: int, j: int) -> bool:
    """Whether words ``i:j`` are an initial and a surname ("M. Atherton", "A. Stewart" in a
    scorecard), not a state's abbreviation ("W. Va.")."""
    return len(run.words[i]) == 1 and run.text[run.spans[i][1]:run.spans[i][1] + 1] == "." \
        and run.keys[j - 1] not in COMMON_WORDS and run.words[i + 1][1:].islower() \
        and len(run.words[j - 1]) >= 3


_PLURAL_OWNER = re.compile(r"(?<![\w'’])((?:[A-Z][\w-]*[ \t]+(?:and[ \t]+)?){0,3}[A-Z][\w-]*s)"
                           r"['’][ \t]+$")


# Bodies that members own in the plural ("Workers' Union"), unlike a firm ("Partners' Co").
_MEMBERS_BODIES = frozenset({"association", "union", "federation", "front", "party", "council",
                             "league", "commission", "exchange", "court", "school", "fund",
                             "board", "committee", "society", "congress", "alliance",
                             "institute", "club", "guild", "movement", "organisation",
                             "organization", "network"})


def plural_owner(run: Run) -> str:
    """The words before a body's name that own it in the plural, as its name's first half
    ("Stockbrokers' " + "Association", "Transport and General Workers' " + "Union"), or "".
    Only members own so: no firm ("Anheuser-Busch Cos' Metal Container Corp"), no place
    ("Buenos Aires' City Council")."""
    start = run.start
    if run.text[start - 3:start] not in {"s' ", "s’ "} or run.keys[-1] not in _MEMBERS_BODIES:
        return ""
    m = _PLURAL_OWNER.search(run.text, max(0, start - 60), start)
    if m is None:
        return ""
    owner = m.group(0)
    last_word = word_key(owner.split()[-1].rstrip("'’"))
    if last_word in ORG_WORDS or last_word in REGIONS or is_place(m.group(1)):
        return ""
    first, _, rest = owner.partition(" ")
    return rest if first in ("The", "A") and rest else owner


def reporter(words: list[str], before: str) -> bool:
    """Whether a name before "reported"/"quoted" is a news outlet ("Interfax quoted",
    "Handelsblatt reported"): no given name, plain word, month, region or nationality."""
    last_word = words[-1]
    return words[0] not in first_names() and before not in ("the", "a", "an") \
        and not (len(words) == 1 and last_word in COMMON_WORDS) \
        and _MONTHS_AND_DAYS.isdisjoint(words) and last_word not in REGIONS \
        and not is_demonym(last_word)


# A share price's move: "Sony gained 50 yen", "Lukoil fell 3.5 percent to 12.50".
PRICE_VERBS = frozenset({"rose", "fell", "gained", "lost", "climbed", "slipped", "dropped",
                         "jumped", "eased", "added", "shed", "firmed", "slumped", "soared",
                         "dipped", "rallied", "tumbled", "plunged", "surged", "advanced"})
_PRICE_MOVE = re.compile(r"[ \t]+[a-z]+[ \t]+(?:[$£]|US\$)?\d[\d.,/]*[ \t]*(?:yen|cents?|pence|"
                         r"pfennigs?|marks|francs|centimes|lire|kronor|kroner|pesos|rupees|baht|"
                         r"ringgit|dlrs|dollars|percent|pct|%|p)(?![\w-])")


def price_move(run: Run, words: list[str]) -> bool:
    """Whether the run's next words move a share price ("Sony gained 50 yen"): a listed
    firm, not a person (a given name opens no such run) or an index ("120 points")."""
    return words[0] not in first_names() and not (len(words) == 1 and words[0] in COMMON_WORDS) \
        and _MONTHS_AND_DAYS.isdisjoint(words) and words[-1] not in _INDEX_WORDS \
        and _PRICE_MOVE.match(run.text, run.end) is not None


# Indices and money supply move too ("the Dow Jones Industrial Average fell 30 points").
_INDEX_WORDS = frozenset({"index", "average", "composite", "indices", "m1", "m2", "m3"})


# A source credit: a name alone in brackets after a finished sentence, closing its line
# ("... were killed. (Al Jazeera)", "(*Le Monde*)" in Markdown; wiki news pages cite so).
# ... or two, one passing the story on: "(AFP via Al Arabiya)".
_CREDIT_NAME = r"[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,4}"
_CREDIT_BEFORE = re.compile(r"[.!?)][ \t]*\([ \t*_]*(?:" + _CREDIT_NAME
                            + r"[ \t*_]+via[ \t]+[*_]*)?\Z")
_CREDIT_AFTER = re.compile(r"(?:[ \t*_]+via[ \t]+[*_]*" + _CREDIT_NAME
                           + r")?[ \t*_]*\)[ \t]*(?:\n|\Z|\()")


def source_credit(run: Run) -> bool:
    """Whether the run is a news source credited in brackets after a sentence: a body, however
    its words read ("Le Monde", "Al Arabiya" would otherwise pass for people)."""
    text = run.text
    return _CREDIT_AFTER.match(text, run.end) is not None and \
        _CREDIT_BEFORE.search(text[max(0, run.start - 60):run.start]) is not None

