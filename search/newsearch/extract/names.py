"""Word lists shared by the extractors: titles, connectors, organisation words, first names.

First names come from the ``gender-guesser`` package's name dictionary (about 45,000 given
names from many countries) when it is installed; without it person detection falls back on
titles and context words alone.
"""

from __future__ import annotations

import re
from functools import cache
from operator import methodcaller
from pathlib import Path

from .. import analysis, tablecache
from ..analysis import fold, name_key
from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .memo import lookup_set

# Number words up to ten: a player's rank ("number one"), a channel ("BBC Two"), a name's part
# ("Unit Two").
NUMBER_WORDS = wordset("one two three four five six seven eight nine ten")

# Words that introduce a person's name and are not part of it (folded).
TITLE_WORDS = wordset("""
president presidents prime minister ministers premier chancellor secretary undersecretary
chairman chairwoman chair vice deputy chief executive officer director governor gov
senator sen rep representative congressman congresswoman speaker leader mayor judge justice
ambassador envoy spokesman spokeswoman spokesperson commissioner treasurer king queen prince
princess sheikh sheik emir sultan pope cardinal bishop archbishop rev reverend father imam
ayatollah col colonel gen general lt lieutenant maj major capt captain sgt sergeant cpl corporal
adm admiral brig brigadier commander marshal field mr mrs ms miss dr prof professor sir lord
lady dame foreign finance trade economy economics defence defense interior oil energy
agriculture industry justice health education labour labor transport commerce petroleum
treasury state home environment communications information culture planning budget
managing analyst economist exchequer staff mp mep msp pm attorney comptroller magistrate
constable superintendent supt inspector baroness duke duchess countess princes dj rabbi mullah
mufti hojatoleslam ceo cfo coo cto
""")
# Titles written as acronyms: alone, they name no one and no body ("the CEO said").
# (Abbreviations of ranks, "Adm", "Cpl", are also firms' and leagues' acronyms: ADM, CPL.)
ACRONYM_TITLES = wordset("ceo cfo coo cto mp mep msp pm dj")

# Title words that name a portfolio: a title only before an office's noun ("Home Secretary
# Charles Clarke", "Oil Minister"), not before a name ("Karl-Lorimar Home Video").
PORTFOLIOS = wordset("""
foreign finance trade economy economics defence defense interior oil energy agriculture
industry health education transport commerce petroleum home environment
communications information culture planning budget
""")

# A name ending (or headed) by one of these is an organisation.
ORG_WORDS = wordset("""
inc corp corporation co cos company companies ltd limited plc llc ag sa nv bv spa gmbh bhd kk ab
asa oy oyj
group holdings holding bank bancorp banks bancshares trust securities financial insurance
partners associates industries international enterprises systems technologies airlines airways
motors petroleum energy oil chemicals steel mining resources communications telecom
party front army navy brigade brigades militia movement council ministry department dept agency
authority commission committee board bureau office service services observatory organisation
organization association federation union alliance coalition league fund institute university
college school foundation court tribunal parliament congress senate assembly government institution
exchange reserve treasury police guard guards corps command forces society network
news times post press television radio club church bros utd division labs cruises chronicle
herald gazette tribune microsystems networks sport
""")

# Last words of the names of places no gazetteer of towns lists (:mod:`.features`): physical
# features ("Aegean Sea", "Kharg Island", "Cooper Basin") and built sites, ways, squares,
# grounds and landmarks ("Downing Street", "Tiananmen Square", "Hylands Park", "Millennium
# Stadium", "Petronas Towers", "Severn Bridge", "Buckingham Palace", "Dolphin Mall"). Not
# "Centre", "Hall" or "House": those mostly name the body inside ("Ames Research Center",
# "White House").
FEATURE_TAILS = wordset("island islands isle river lake lakes sea ocean gulf bay strait straits "
                        "peninsula mountains basin delta desert valley canal reef glacier plateau")
SITE_TAILS = wordset("street road avenue lane boulevard square park stadium arena tower towers "
                     "bridge airport palace castle cathedral abbey dam tunnel prison mall "
                     "garden gardens")
# Sites that are ways: one that speaks stands for those who work there ("Downing Street said",
# "Wall Street expects"), not for a firm named after it ("Giant Bay said", "Alton Towers said").
WAY_TAILS = wordset("street road avenue lane boulevard square")
# Tails that are surnames too, after a popular given name ("Michael Bay", "Greg Lake", "Wayne
# Bridge", "Nathan Lane", "Barbara Castle", "John Tower"); "George Street" is a street.
SURNAME_TAILS = wordset("bay lake park lane bridge castle tower")
# Lower-case words after a name that make it a place's, an award's, an event's or a share
# index's ("the Cal Miskaad mountains", "the Golden and Silver Bear awards", "Stockholm's GE
# Galan meeting", "the Hang Seng index").
THING_TAILS = FEATURE_TAILS | wordset("award awards prize prizes trophy meeting index indices "
                                      "indexes")

# A party's adherent before a full name describes its holder ("Democrat John Kerry").
ADHERENTS = wordset("democrat republican conservative liberal socialist communist tory "
                    "nationalist unionist")
# Last words of names that are nobody's: agreements, rounds, physical features, portfolios
# ("Geneva Convention", "Uruguay Round", "Cooper Basin", "Economic Affairs").
NOT_SURNAMES = wordset("""
act acts agreement accord accords treaty pact protocol convention conventions round index plan
basin river valley lake lakes island islands bay gulf strait sea ocean mountains peninsula
canal delta desert affairs conference summit talks county creek hotel airport harbour harbor
reservoir refinery award awards prize prison jail tour notes theatre theater gallery pavilion
festival museum cathedral temple stadium arena hospital clinic governorate province prefecture
municipality district park city fire sul norte sur
""") | ADHERENTS  # (a party's member, "Christian Democrat"; a town, "Dakota City"; a region,
# "Rio Grande do Sul", "Baja California Sur")
# Plural members that name their party ("Christian Democrats", "the Tories", "Ulster
# Unionists"): every adherent's plural, the short "Dems", and "the Greens" (whose singular
# is a surname: "Green" before a name is no adherent).
PARTY_MEMBERS = frozenset(a[:-1] + "ies" if a.endswith("y") else a + "s"
                          for a in ADHERENTS) | wordset("dems greens")
# Legal forms that end a firm's name ("Acme Corp", "Metal Box Plc"; Swedish AB, Norwegian ASA,
# Finnish Oy/Oyj, German GmbH, Dutch BV, Japanese KK, Australian Pty, Malaysian Bhd, Italian SpA).
FIRM_SUFFIXES = frozenset({"co", "inc", "corp", "ltd", "plc", "llc", "ag", "sa", "nv", "cos",
                           "ab", "asa", "oy", "oyj", "gmbh", "bv", "kk", "pty", "bhd", "spa"})
# Second halves that follow a person's name in a firm's ("Morgan Stanley and Co").
PARTNERS = frozenset({"co", "company", "sons", "son", "brothers", "partners", "associates"})


def site_named(words: list[str]) -> bool:
    """Whether a name's folded words (two or more) end in a built site's kind and hold no
    firm's legal form: its organisation words then only describe the site ("Los Angeles
    International Airport", "Parliament Square", "Church Street")."""
    return len(words) >= 2 and words[-1] in SITE_TAILS and FIRM_SUFFIXES.isdisjoint(words)
ORG_CONTEXT = wordset("""
group groups faction factions militants militant fighters rebels insurgents movement
coalition company firm shares stake unit subsidiary subsidiaries spokesman spokeswoman
officials network affiliate affiliates stock shareholders chief chairman boss executives
customers profits revenues employees staff fans supporters manager striker defender coach
midfielder goalkeeper managing spokesperson website newspaper daily weekly agency party club
airline carrier brokerage correspondent correspondents newsletter magazine journal bulletin
commander commanders gunmen negotiators lawmakers ceo cfo founder co-founder owner
""")

# Lower-case nouns right before a name that say it is an organisation ("rock band Doves").
ORG_BEFORE = wordset("""
firm company airline carrier band group club broker insurer watchdog giant maker retailer
operator provider bank side team rivals newspaper magazine channel broadcaster station agency
charity network website studio label publisher developer manufacturer chain supermarket
regulator conglomerate outfit organisation organization brokers underwriter underwriters
arranger drugmaker carmaker automaker chipmaker steelmaker shipbuilder lender brokerage utility
refiner subsidiary affiliate unit daily weekly tabloid shop
firms companies giants manufacturers retailers airlines carriers insurers lenders banks
carmakers automakers chipmakers drugmakers operators providers broadcasters publishers
developers supermarkets refiners bands act headliners headliner consultants bookmaker bookmakers
bourse monopoly bidder portal supplier distributor
analysts consultancy consultancies pollster pollsters auctioneers
""")

# Trade nouns before a name that a person may follow as well ("broadcaster Cyril Fletcher",
# "film-maker Spike Lee"): their vote for a body weighs less.
PERSON_TRADES = wordset("broadcaster broadcasters developer developers publisher publishers "
                        "maker makers act consultants arranger underwriter underwriters")

# Hyphenated modifiers after a name that say it is an organisation ("Al Qaeda-linked").
ORG_HYPHEN = wordset("linked backed led affiliated allied inspired breakaway run owned "
                       "controlled aligned held")

# Lower-case nouns right before a name that say it is a person ("singer Usher").
ROLE_WORDS = wordset("""
singer star actor actress presenter host striker defender midfielder goalkeeper coach manager
player captain champion rapper performer producer writer screenwriter author novelist comedian
model designer founder boss lawyer candidate colleague wife husband son daughter brother sister
mother crooner musician guitarist bassist drummer frontman veteran legend winner opponent
finalist batsman bowler winger jockey trainer driver golfer boxer contestant contestants
conductor composer director chairman spokesman spokeswoman economist analyst minister
secretary president chief executive leader mp head ceo cfo
dissident tycoon rebel prosecutor diplomat journalist soldier activist lawmaker legislator
politician banker businessman businesswoman financier magnate entrepreneur scientist doctor
surgeon researcher negotiator mediator guerrilla defector hostage suspect defendant witness
detective investigator priest poet painter artist photographer filmmaker dancer athlete
sprinter swimmer skier cyclist teammate challenger incumbent nominee widow teenager student
seed referee umpire skipper keeper flanker hooker substitute fullback full-back goaltender netminder
wicketkeeper all-rounder spinner paceman seamer quarterback linebacker pitcher playmaker debutant
""")

# Regions, creeds and parties' adherents: capitalised, often before "-backed", not actors.
REGIONS = frozenset(name_key(r) for r in (
    "West", "East", "North", "South", "Western", "Eastern", "Northern", "Southern", "Middle East",
    "Near East", "Far East", "Europe", "Asia", "Africa", "America", "Americas", "Latin America",
    "North America", "South America", "Gulf", "Persian Gulf", "Mediterranean", "Pacific",
    "Atlantic", "Arctic", "Antarctic", "Caribbean", "Balkans", "Scandinavia", "Arab", "Arabs",
    "Muslim", "Muslims", "Christian", "Christians", "Islamist", "Islamists", "Islamic", "Jewish",
    "Sunni", "Shia", "Shiite", "Kurdish", "Kurds", "Kurd", "Communist", "Communists",
    "Democrat", "Democrats", "Republican", "Republicans", "Conservative", "Conservatives",
    "Liberal", "Liberals", "Socialist", "Socialists", "Internet", "God", "Allah",
    # Adjectives of continents and regions ("European ministers"): no country of their own.
    "European", "Europeans", "Asian", "Asians", "African", "Africans", "Latin", "Nordic",
    "Scandinavian", "Balkan", "Baltic", "Arabian"))
# Words right after a name that say it is a person.
PERSON_CONTEXT = wordset("said says told added asked declared noted argued wrote stated "
                           "explained denied insisted warned")


COMMON_WORDS_FILE = Path(__file__).resolve().parent / "data" / "common_words.txt"
_POPULAR = re.compile("[5-9A-D]").search
# fold() without its lru_cache: the 90,000 names are folded once, and left in that cache they
# would only lengthen every full garbage collection (each entry is walked) for good.
_fold = getattr(fold, "__wrapped__", fold)
_UMLAUTS = methodcaller("translate", str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"}))


@cache
def _given_names() -> tuple[dict[str, None], dict[str, None]]:
    """(every given name, the popular ones) from gender-guesser's dictionary, in one pass;
    as :func:`.memo.lookup_set` (``in`` only), which no garbage collection walks. Kept in
    the disk cache (see :mod:`newsearch.tablecache`)."""
    path = _name_dict()
    if path is None:
        return lookup_set(()), lookup_set(())
    # What the lists are made of: the dictionary, these rules, the common words and fold().
    key = tablecache.fingerprint(path, Path(__file__), COMMON_WORDS_FILE,
                                 Path(analysis.__file__))
    names, popular = tablecache.cached("given_names", key, lambda: _read_given_names(path))
    return names, popular


def _name_dict() -> Path | None:
    """gender-guesser's name dictionary, or None when the package is not installed."""
    try:
        import gender_guesser
    except ImportError:
        return None
    return Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"


def _read_given_names(path: Path) -> tuple[dict[str, None], dict[str, None]]:
    """(every given name, the popular ones), read from the dictionary at ``path``."""
    names: set[str] = set()
    popular: set[str] = set()
    try:
        # UTF-8, columns counted in characters ("François", "Jürgen" were lost when it was
        # read as Latin-1).
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line[:1] in "#=" or len(line) < 30:
                    continue
                name = line[3:29].strip()
                if name and " " not in name and "+" not in name and name.isalpha():
                    # As the text's words are looked up (accents folded), and with German
                    # umlauts written out as wire copy does ("Juergen", "Guenter").
                    # Per-country frequencies are hexadecimal digits: 5 or more somewhere.
                    common = _POPULAR(line, 30, 85) is not None
                    forms = {_fold(name), _fold(_UMLAUTS(name.lower()))}
                    if not name.isascii():
                        # Folded, a rare or short one is a word or a place ("Fortuné",
                        # "Indíana", "Åge"): only common ones of five letters or more.
                        if not common:
                            continue
                        forms = {f for f in forms if f not in COMMON_WORDS and len(f) >= 5}
                    names.update(forms)
                    if common:
                        popular.update(forms)
    except OSError:
        return lookup_set(()), lookup_set(())
    return lookup_set(names), lookup_set(popular)


@cache
def first_names() -> dict[str, None]:
    """Folded given names from gender-guesser's dictionary (callers treat "Will" with care),
    for ``in`` tests only (see :func:`.memo.lookup_set`)."""
    return _given_names()[0]


@cache
def popular_given_names() -> dict[str, None]:
    """Folded given names that are common somewhere ("John", "Suzanne", "Tim"): 5 or more
    in some country of gender-guesser's per-country frequencies. "Reagan", "Davis" or
    "Kennedy" are given names too, but rare ones; before a common word they open a firm's or
    an office's name far more often ("Davis Water"). For ``in`` tests only."""
    return _given_names()[1]


# Honorifics before a name ("Mr Major", "Sir John").
HONORIFICS = wordset("mr mrs ms miss dr sir lord lady dame prof")
# Honorifics before a surname only ("Mr Major"; "Lord Chancellor" is an office).
PLAIN_HONORIFICS = wordset("mr mrs ms miss dr")
# Titles that are also common surnames ("Mervyn King", "John Major", "Don King").
TITLE_SURNAMES = wordset("king major pope bishop marshal judge dean")
