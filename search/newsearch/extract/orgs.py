"""Organisation cues: the words around a name that say it names a firm, a club or a body.

:mod:`.actors` asks these questions of a run of capitalised words it has not classified by
its own words. They are general: what a name ends or starts with (clubs' "United", "FC"), the
role nouns before it ("chairman of", "shares in", "analyst at"), an acronym defined after it
("Public Services Union (PSU)"), a sports fixture ("Arsenal v Leeds") and a results line
("Ajax 2 PSV 1"). None of them is a list of organisations.
"""

from __future__ import annotations

import re

from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .data.countries import US_STATES
from .fixtures import in_fixture
from .gazetteer import MONTHS_AND_DAYS
from .known import is_big_place, is_demonym, is_place, is_town
from .names import ORG_WORDS, first_names, popular_given_names
from .orggrammar import CLAUSE_OPENERS, MEMBER_NOUNS, beside_country, its_subject, member_noun
from .orglists import LIST_GOES_ON, LIST_WORDS, listed_after_plural, listed_before_plural
from .scan import Run, key_of, word_key
from .teams import named_side, score_side

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_MONTHS_AND_DAYS = MONTHS_AND_DAYS

# Words after a name that make even a town's name a club or a firm.
STRONG_ORG_NEXT = wordset("chairman chief boss manager defender striker coach fans shares "
                          "profits revenues customers executives midfielder goalkeeper")
# Nouns after a possessive that only an organisation owns ("Unicef's relief fund").
POSSESSED = wordset("shares profits profit revenues revenue sales customers subscribers "
                    "shareholders employees staff subsidiary stake website headquarters board "
                    "chief chairman boss sponsor fund products brand owners members workers")
# Last words of a body's name beyond :data:`.names.ORG_WORDS` ("Scottish Borders Enterprise",
# "Ulster Polytechnic", "19 Entertainment").
MORE_ORG_TAILS = wordset("enterprise polytechnic academy entertainment management media "
                         "pictures studios records productions publishing ventures consortium "
                         "cooperative laboratories pharmaceuticals brewery utilities online "
                         # Firms named for their trade ("Mitsubishi Electric", "Salomon
                         # Brothers", "Tokyo Electric Power").
                         "brothers electric electronics motor foods textiles shipping mills "
                         "stores software computer computers semiconductor pharmaceutical "
                         "chemical power gas cement tobacco brewing breweries construction "
                         "engineering aerospace aviation automotive metals minerals bourse "
                         "dairy dairies investments films capital "
                         # Companies of performers ("Birmingham Royal Ballet", "BBC Radio
                         # Orchestra").
                         "ballet orchestra "
                         # Armed and official bodies ("Royal Saudi Air Force", "Task Force"):
                         # only as the last word ("Air Force One", "Air Force Base" are none).
                         "force")
# Bodies named by one word, capitalised: an organisation wherever they appear.
INSTITUTIONS = wordset("parliament congress senate pentagon kremlin commission labour fed")
# Titles after a body that say it is a party or a house, not a portfolio ("Labour MP", but
# "Labour Minister" is a minister of labour).
SEAT_TITLES = wordset("mp mps mep meps msp leader candidate peer councillor spokesman "
                      "spokeswoman whip backbencher chairman")
# A firm's ways of speaking: "X said it ...", "X said in a report" (analysts' houses).
SAID_IT = (" said it ", " says it ", " said its ", " says its ", ", said it ", ", says it ",
           " said in a report", " said in a research note", " said in a note",
           " said in its ", " says in its ")
# The same with when or where it was said between: "X said on Tuesday it would cut 500
# jobs", "X said in a statement that its ...", the commonest wire lead.
_SAID_LATER = re.compile(r",? (?:said|says) (?:(?:late |early )?on [A-Z][a-z]+(?: \d{1,2})?|"
                         r"(?:late )?(?:yesterday|today)|in a statement)(?: that)? its? ")


def said_it(text: str, end: int) -> bool:
    """Whether what follows a name at ``end`` says the name is an "it": "X said it ...", "X
    said on Tuesday its ..."."""
    return text.startswith(SAID_IT, end) or _SAID_LATER.match(text, end) is not None


_FULL_NAME = re.compile(r"[A-Z][a-z]+[ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z][a-z]")

# Last words of a club's name ("Leicester City", "Dundee United"; athletics and rugby clubs'
# "Belgrave Harriers", "Belfast Harlequins"); a town's own name that ends so ("Mexico City")
# is in the gazetteer and read as a place before this is asked.
CLUB_TAILS = wordset("united city rovers wanderers athletic albion hotspur rangers town fc afc "
                     "sc cf bc ac harriers striders harlequins f.c. a.f.c.")
_TOWN_TAILS = frozenset({"city", "town", "united"})
# First words of a club's name ("Real Madrid", "FC Porto", "Dynamo Kiev").
CLUB_HEADS = wordset("fc ac afc sc cf real sporting dynamo dinamo spartak lokomotiv olympique "
                     "olympiakos atletico borussia racing deportivo inter")
# "<noun> of|at|for|in X": X is the body the noun belongs to ("chairman of Lonrho",
# "analysts at Nomura", "shares in Jaguar", "a unit of Hanson").
_ROLE_NOUNS = wordset("""
shares stake stakes unit subsidiary division affiliate arm spokesman spokeswoman spokesperson
chairman chairwoman director directors executive executives officer officers analyst analysts
economist economists dealer dealers trader traders strategist employee employees staff owner
owners founder board shareholders shareholder customers creditors bid takeover merger
""")
_ROLE_LINKS = frozenset({"of", "at", "for", "in"})
_SAID = frozenset({"said", "says"})
# Nouns whose body follows "with" as well: "an economist with ABN Amro", "a merger with Baker"
# ("a trader with Japan", "shares with the Nikkei" are no bodies).
_WITH_NOUNS = wordset("analyst analysts economist economists strategist strategists executive "
                      "officer merger")
_ROLE_BEFORE = _ROLE_LINKS | {"the", "with"}
_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z&]?[A-Z][A-Z&]{0,4})\)")


_WORD = re.compile(r"(?:\d[\d,.]*[ \t]+)?([^\W\d_]+)")
# Up to two more words after a possessive before the owned noun ("Unicef's emergency relief
# fund", "Oxfam's Tsunami appeal").
_OWNED_LATER = re.compile(r"['’]s[ \t]+[\w-]+[ \t]+(?:[\w-]+[ \t]+)?([a-z]+)")
_OWNED_BY_BODIES = frozenset({"fund", "appeal", "campaign", "shares", "website", "board",
                              "chief", "headquarters", "spokesman", "spokeswoman", "staff"})


def word_after(run: Run, j: int) -> tuple[str, str]:
    """Separator and folded word after word ``j - 1`` of ``run``; after a possessive, a number
    is skipped ("Unison's 800,000 members")."""
    if j < len(run.words):
        return run.text[run.spans[j - 1][1]:run.spans[j][0]], run.keys[j]
    end = run.end
    if run.text.startswith(("'s ", "’s "), end):
        m = _WORD.match(run.text, end + 3)
        return "'s", word_key(m.group(1)) if m else ""
    return run.next_word()


def possessed_later(run: Run, j: int) -> bool:
    """Whether the run's possessive owns, two or three words on, what only a body owns
    ("Unicef's emergency relief fund"); ``j`` must end the run."""
    if j != len(run.words):
        return False
    m = _OWNED_LATER.match(run.text, run.end)
    return m is not None and m.group(1) in _OWNED_BY_BODIES


# Nouns after a word that describes a firm rather than naming it ("Security firm Network Box").
_DESCRIBED = frozenset({"firm", "firms", "company", "companies", "group", "groups", "giant",
                        "maker", "makers"})


def described(run: Run, i: int, n: int, nxt: str) -> bool:
    """Whether a single word opening a sentence only describes the body named right after
    the noun ("Security firm Network Box", "Oil company Shell"): it is no name."""
    if n != 1 or nxt not in _DESCRIBED or i != 0 or not run.sentence_start:
        return False
    after = run.end + 1 + len(nxt)
    return run.text[after:after + 1] == " " and run.text[after + 1:after + 2].isupper()


_PLACE_BASED = re.compile(r"([A-Z][\w.]*)-based[ \t]$")


def place_based(run: Run) -> bool:
    """Whether "<place>-based" stands right before the run: a firm's or a body's seat
    ("Dublin, Calif.-based Plant Cell Research", "US-based Amazon"; not "PC-based Ethernet")."""
    m = _PLACE_BASED.search(run.text, max(0, run.start - 30), run.start)
    if m is None:
        return False
    place = m.group(1).rstrip(".")
    return is_place(place) or place.lower() in US_STATES


# A body's description and a comma right before its name, which a comma or a stop closes:
# "Venezuela's biggest private company, La Electricidad de Caracas, will ...", "its auditors,
# Coopers and Lybrand, again ..." (the other way round from :func:`.orgcues.apposed_body`).
_DESCRIBED_BEFORE = re.compile(r"\b(?:company|firm|group|bank|carrier|airline|carmaker|maker|"
                               r"producer|retailer|insurer|utility|concern|conglomerate|agency|"
                               r"auditors|advisers|subsidiary|affiliate|newspaper),[ \t]$")


def described_before(run: Run) -> bool:
    """Whether a body's description and a comma stand right before the run and a comma or a
    stop right after it (callers test the comma before); not a person ("the firm, John
    Smith," opens with a given name)."""
    return run.text[run.end:run.end + 1] in {",", "."} and run.keys[0] not in first_names() \
        and _DESCRIBED_BEFORE.search(run.text, max(0, run.start - 16), run.start) is not None


# A band's members, named right after it ("Led Zeppelin singer Robert Plant").
# Roles held in a body, written between the body's name and its holder's: "Coldplay singer Chris
# Martin", "Merrill Lynch analyst Charles Ryan" (a person's aide or spokesman is not here).
# Nouns before a name that only a musical act has ("the band Doves", "headliners Keane").
BAND_NOUNS = frozenset({"band", "bands", "headliners", "headliner"})
BAND_MEMBERS = frozenset({"singer", "guitarist", "bassist", "drummer", "frontman", "frontwoman",
                          "vocalist", "keyboardist", "analyst", "economist", "strategist",
                          "chairman", "chairwoman"})


def band_member(run: Run, j: int, sep: str, nxt: str) -> bool:
    """Whether the run ends before a member's role and that member's name: the run is a
    band or a firm ("Coldplay singer Chris Martin"), whatever its words."""
    if nxt not in BAND_MEMBERS or sep != " " or j != len(run.words):
        return False
    after = run.end + 2 + len(nxt)
    # "on 26 November singer Brian Harvey", "Jay-Z. Soul singer Stevie Wonder": no band.
    return run.text[after:after + 1].isupper() and _MONTHS_AND_DAYS.isdisjoint(run.keys) \
        and ". " not in run.text[run.start:run.end]


def is_plural_acronym(surface: str) -> bool:
    """Whether a word is an acronym in the plural ("MEPs", "MPs", "CEOs"): its members."""
    return len(surface) >= 3 and surface[-1] == "s" and surface[:-1].isupper()


def owns_person(run: Run, nxt: str) -> bool:
    """Whether the run's possessive is followed by a full name ("West Ham's Gavin Williams").

    A team or a firm has players and staff; a person's possessive is followed by a thing.
    """
    if nxt not in first_names() or nxt in COMMON_WORDS:
        return False
    return _FULL_NAME.match(run.text, run.end + 3) is not None


def club_name(run: Run, i: int, j: int) -> bool:
    """Whether words ``i:j`` (two or more) look like a club's name ("Leicester City", "FC
    Porto"); a town's name before "City", "Town", "United" ("Dakota City" is a town)."""
    if j - i < 2:
        return False
    words = run.keys
    if words[i] in CLUB_HEADS:
        return True
    if words[j - 1] not in CLUB_TAILS:
        return False
    return words[j - 1] not in _TOWN_TAILS or is_town(run.surface(i, j - 1))


def role_before(run: Run, before: str) -> bool:
    """Whether the run follows "<role noun> of/at/for/in" ("chief executive of Lonrho") or
    "<analyst, merger...> with" ("an economist with ABN Amro"); ``before`` is the folded word
    right before the run."""
    if before not in _ROLE_BEFORE:
        return False
    start = run.start
    window = run.text[start - 50 if start > 50 else 0:start]
    # (The last words only, split from the right: words[0] may be the window's unsplit rest.)
    words = window.rsplit(None, 3)
    if words and words[-1] == "at" and len(words := window.rsplit(None, 4)[-4:]) == 4 \
            and words[0] in _SAID and words[-2][:1].isupper() \
            and words[-2][1:].islower() and words[-3][:1].isupper() \
            and word_key(words[-3]) in popular_given_names() \
            and not is_place(run.surface()):
        return True  # "said David Anders at Merrill Lynch": where a quoted person works
    words = words[-3:]
    if words and words[-1] == "the":
        words.pop()
    if len(words) < 2:
        return False
    noun = words[-2].lower()
    # ("best director for Alexander Payne": an award's category names its winner, no body)
    # ("an analyst with Purvin and Gertz": one firm's name goes on past the run)
    return ((words[-1] in _ROLE_LINKS and noun in _ROLE_NOUNS)
            or (words[-1] == "with" and noun in _WITH_NOUNS
                and not run.text.startswith((" and ", " & "), run.end))) \
        and (len(words) < 3 or words[-3].lower() != "best")


def acronym_after(run: Run, j: int) -> str:
    """The acronym defined in brackets right after the run ("... Union (PCS)"), or "".

    Its first letter must be the name's: "Andre Agassi (USA)" gives a country, not a body.
    """
    if j != len(run.words) or run.text[run.end:run.end + 3].lstrip()[:1] != "(":
        return ""
    m = _ACRONYM_AFTER.match(run.text, run.end)
    if m is None:
        return ""
    acronym = m.group(1)
    if acronym[0] == run.words[0][0]:
        return acronym
    # Or the initials of the name's last words: "U.S. International Trade Commission (ITC)".
    initials = "".join(w[0] for w in run.words if w[0].isupper())
    return acronym if len(acronym) >= 3 and initials.endswith(acronym.upper()) else ""


_LINK_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&"})


def plain_acronym(run: Run) -> bool:
    """Whether the acronym ``run`` (one word in capitals) stands in brackets after the
    lower-case words it shortens, or before them: a thing, not a name ("bovine spongiform
    encephalopathy (BSE)", "value-added tax (VAT)", "RSS (really simple syndication)"; not
    "International Trade Commission (ITC)"). The story's other mentions are the thing too."""
    text = run.text
    start = run.start
    if text[run.end:run.end + 2] == " (":
        return _plain_before(run)
    if text[start - 1:start] != "(" or text[run.end:run.end + 1] != ")":
        return False
    acronym = run.words[0].lower()
    words = [w for w in re.split(r"[\s-]+", text[max(0, start - 120):start - 1].strip())
             if w and w.lower() not in _LINK_WORDS]
    k, letters = len(words), 0
    while k > 0 and letters < len(acronym):  # the last words, as many as the letters need
        k -= 1
        letters += len(words[k]) if words[k].isupper() else 1
    return _shortens(acronym, words[k:]) or _shortens(acronym, words[-len(acronym):], False)


_BRACKETED = re.compile(r"[ \t]+\(([^()]{4,80})\)")


def _plain_before(run: Run) -> bool:
    """Whether the acronym ``run`` is spelt out after it in lower-case words in brackets
    ("RSS (really simple syndication)", "DSL (digital subscriber line)"): a thing."""
    m = _BRACKETED.match(run.text, run.end)
    if m is None:
        return False
    acronym = run.words[0].lower()
    words = [w for w in re.split(r"[\s-]+", m.group(1).strip(" ,.")) if w.lower()
             not in _LINK_WORDS]
    return _shortens(acronym, words)


def _shortens(acronym: str, words: list[str], whole: bool = True) -> bool:
    """Whether ``words``, mostly lower case, shorten to ``acronym`` by their initials (with
    ``whole``, a word in capitals gives all its letters: "high-definition TV (HDTV)", else
    one: "digital terrestrial TV (DTT)"); not a name such as "Chama cha Mapinduzi (CCM)",
    which is mostly capitalised."""
    initials = "".join(w.lower() if whole and w.isupper() else w[0].lower() for w in words)
    lower = sum(1 for w in words if w[0].islower())
    return len(words) >= 2 and initials == acronym and (
        2 * lower > len(words) or words[-1].lower() in _TECH_TAILS)


# Last words of a technology's or a law's name, capitalised or not ("Digital Subscriber
# Line", "Liquid Crystal Display", "Waste Electrical and Electronic Equipment"): no body's.
_TECH_TAILS = frozenset({"protocol", "display", "interface", "syndication", "equipment",
                         "definition", "identification", "messaging", "access",
                         "line", "broadcasting", "recorder", "recorders", "format"})


# :data:`.orggrammar.MEMBER_NOUNS` as prefixes: one test in C settles most runs.
_MEMBER_STARTS = tuple(MEMBER_NOUNS)


def org_cue(run: Run, i: int, j: int, before: str, aliases: dict[str, str]) -> bool:
    """The weaker cues for words ``i:j`` of a run: a club's name, a role before ("analyst
    at"), a fixture or results row, a whole name's sports context ("Sale Sharks prop"), an
    acronym defined right after the name (``aliases`` maps the acronyms seen so far to the
    names they follow), a list after or before a plural noun ("firms such as X and Y", "X and
    other firms"), "House of", a body's members or sites after it ("Hamas members"), a
    one-word subject going on to "its" ("Yahoo has tweaked its"), a body joined to a country
    by "and" ("Israel and Hamas"). ``before``: the word before the run (as classify reads
    it: a letter ends the text before a run that has one, so no ", " does)."""
    keys = run.keys
    if j - i == 1 and keys[i] in _MONTHS_AND_DAYS:
        return False  # (the last test below, first: one in six calls is a date's "March 2")
    # Most runs have none of these: the cheap tests on words and characters come first.
    text = run.text
    end = run.end
    found = (j - i >= 2 and (keys[i] in CLUB_HEADS or keys[j - 1] in CLUB_TAILS)
             and club_name(run, i, j)) \
        or (i == 0 and before in _ROLE_BEFORE and role_before(run, before)) \
        or ((((c2 := text[end + 1:end + 2]) == "v" and run.after == " ") or c2.isdigit()
             or text[run.start - 3:run.start] in {" v ", "vs ", "s. "})  # maybe_fixture, inline
            and (in_fixture(run) or (i == 0 and score_side(run, i)))
            # "Nottingham Forest 3": a town's name opens a club's; "Scotland Six Nations" not.
            and (not is_place(run.words[i]) or (j - i >= 2 and is_town(run.words[i])))) \
        or (bool(aliases) and key_of(run.surface(i, j)) in aliases.values()
            and keys[j - 1] not in _DEFINED_THINGS) \
        or (i == 0 and (before in LIST_WORDS or (not before and run.text[run.start - 2:run.start]
                                                 == ", "))
            and listed_after_plural(run)) \
        or (j == len(keys) and text.startswith(LIST_GOES_ON, end) and listed_before_plural(run)) \
        or (i == 0 and j >= 2 and j == len(keys) and named_side(run, before)) \
        or (j - i >= 3 and keys[i] == "house" and keys[i + 1] == "of") \
        or (text.startswith(_MEMBER_STARTS, end + 1) and member_noun(run, i, j)) \
        or (j - i == 1 and i == 0 and j == len(keys) and before in CLAUSE_OPENERS
            and " its " in text[end:end + 80] and its_subject(run, before)) \
        or (j - i == 1 and j == len(keys) and (text.startswith(" and ", end)
                                               or "and " in text[run.start - 9:run.start])
            and beside_country(run, i, j))
    # "Sheffield Wednesday 2": a day's name after a town's is a club's.
    return found and (_MONTHS_AND_DAYS.isdisjoint(keys[i:j]) or (
        j - i == 2 and keys[i] not in MONTHS_AND_DAYS and is_place(run.words[i])
        and text[end + 1:end + 2].isdigit()))


_WHICH = (", which ", ", whose shares ")
_SINGULAR_S = frozenset({"ss", "us", "is", "as", "os"})  # "Gas", "Julius", "Mitsotakis"
_NOT_BODY_TAILS = wordset("act acts agreement accord treaty pact index indices line year day "
                          "system plan program programme sea north south east west receipts "
                          "bonds conventions")
# Things named in full before their acronym ("London Interbank Offered Rates (LIBOR)").
_DEFINED_THINGS = wordset("rate rates units product index agreement accord treaty pact act line")


def body_cue(run: Run, i: int, j: int) -> bool:
    """Cues to a body that no word of a list names: "X, which ..." (people are "who"; places
    were read before), an executive body after an adjective of place ("Scottish Executive",
    unlike "chief executive"), a city and a plural ("Chicago Bulls", "Texas Instruments")."""
    keys = run.keys
    if keys[j - 1] == "executive" and j - i >= 2:
        return is_demonym(keys[j - 2]) or is_place(run.words[j - 2])
    if j - i >= 2 and keys[j - 1][-1:] == "s" and run.words[j - 1][1:].islower() \
            and keys[j - 1] not in _NOT_BODY_TAILS and not is_demonym(keys[j - 1]) \
            and is_big_place(run.surface(i, j - 1)) and is_town(run.surface(i, j - 1)) \
            and keys[j - 1][-2:] not in _SINGULAR_S and keys[i] not in first_names():
        return True  # "Chicago Bulls", "Texas Instruments": a city's team or firm
    if j != len(keys) or not run.text.startswith(_WHICH, run.end):
        return False
    last = keys[j - 1]
    # Laws, indices, lines and plain words take "which" too ("Budget", "Glass-Steagall Act").
    return last not in _NOT_BODY_TAILS and not (j - i == 1 and (
        last in COMMON_WORDS or last in ORG_WORDS or not run.words[i][1:].isalpha())) \
        and keys[i] not in first_names() and _MONTHS_AND_DAYS.isdisjoint(keys[i:j])
