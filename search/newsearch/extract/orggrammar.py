"""A body's grammar: what the words around a name say when its own words say nothing.

British copy gives a band, a club or a firm a plural verb ("Coldplay are", "Saracens have"):
no one person's name takes one, nor "its" ("Yahoo has tweaked its search"). A firm owns
products ("Apple's iPod", "Nokia's new phone"), and a trade noun names a firm even when its
name is a plain word ("manufacturer Sharp"). A lone name doing a body's deed ("Hamas releases
three hostages") or at war with a country ("the Israel-Hamas war") is a body too.
:mod:`.classify` asks these of runs that no stronger cue has read (places, titles and given
names come first). None of them is a list of organisations.
"""

from __future__ import annotations

import re

from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .known import is_country, is_demonym, is_place
from .names import (
    FIRM_SUFFIXES,
    NOT_SURNAMES,
    NUMBER_WORDS,
    ORG_WORDS,
    REGIONS,
    ROLE_WORDS,
    SITE_TAILS,
    TITLE_WORDS,
    first_names,
)
from .scan import Run

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_NOT_SURNAMES = NOT_SURNAMES
_REGIONS = REGIONS
_TITLE_WORDS = TITLE_WORDS

# Plural verbs right after a subject ("Coldplay are", "Keane have", "Auxerre were").
PLURAL_VERBS = frozenset({"are", "were", "have"})
# Words before a name that make it the second of two subjects ("Ant and Dec are") or the
# object of a preposition, whose head noun carries the verb ("staff at Google are", "the
# centre in Weissach were").
JOINED = frozenset({"and", "or", "nor", "&", "plus", "of", "with", "in", "at", "on", "from",
                     "by", "to", "into", "for", "about", "than", "like", "as", "called"})

# The characters a name's first word may follow: not "Audio/Video", "Stoke-on-Trent".
_OPENERS = frozenset({" ", "\n", "\t", '"', "“", "‘", "(", ""})
# Words of names that are things or times, not bodies ("Hunting Bill", "New Year").
_THING_WORDS = frozenset({"bill", "bills", "year"})

# After a common word that names a firm: a stop, or a lower-case word that does not join it
# to more of a name.
_STOPS = frozenset({".", ",", ";", ":", ")"})
_NEXT_WORD = re.compile(r"[a-z]+\b(?!['’])")  # not "Centre d'Observation"
_LIST_GOES_ON = tuple(", " + c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NAME_JOINS = frozenset({"and", "of", "for", "de", "du", "la"})


def plural_subject(run: Run, words: list[str], before: str) -> bool:
    """Whether the run (its folded ``words``, the folded word ``before`` it) is the whole
    subject of a plural verb ("Coldplay are", "the Killers were", "Goldman Sachs are"): a
    body, not one person. Not the last of a list ("Blair and Brown are"), not a person named
    with a given name or a role ("winger Aurelien Rougerie are"), not a common plural noun
    opening a sentence ("Pensioners are") or ending a name ("Film Awards are"), a date, a
    region, a nationality or a place's feature ("Wall Street")."""
    if before in JOINED or before in ROLE_WORDS or before in TITLE_WORDS \
            or before.endswith("ing") or (  # "quitting Anfield are": an object
            before == "the" and JOINED.issuperset(
                run.text[max(0, run.start - 12):run.start].split()[-2:-1])):
        return False
    text, start = run.text, run.start
    surface = text[start:run.end]
    if text[start - 1:start] not in _OPENERS or text[start - 2:start] == ", " \
            or text[start - 3:start] in ("'s ", "’s ", "s' ", "s’ ") or "'" in surface \
            or "’" in surface or surface.isupper():
        # "Usher, Nelly and Green Day are": a list's item; "Nintendo's Game Cube have", "this
        # year's Oscars were": a thing owned; "Audio/Video"; "He'd have"; "DVD"
        return False
    last = words[-1]
    if len(words) == 1:
        if last in COMMON_WORDS or last in first_names() or last == "i" or last[-1] == "s" \
                or last in FIRM_SUFFIXES or last.endswith("men"):
            return False  # "Prices are", "Scots are", "the Oscars were": peoples, events
    elif words[0] in first_names() or "i" in words or (last[-1] == "s" and last in COMMON_WORDS) \
            or is_place(run.words[0]):
        return False  # "Charles Hart are" (a list's last name); "U.S. Firms", "Film Awards"
    return _REGIONS.isdisjoint(words) and not is_demonym(last) and last not in SITE_TAILS \
        and _NOT_SURNAMES.isdisjoint(words) and _TITLE_WORDS.isdisjoint(words) \
        and _THING_WORDS.isdisjoint(words)


# What may stand between a one-word subject and "its" in one clause: a verb (after up to two
# auxiliaries or adverbs; else one in "-s" or "-ed", or a common irregular past; not a
# passive's "been"), then a few lower-case words ("Sony will enter the market later this year
# with its", "Yahoo has tweaked its", "Nintendo says its"; not "Athletics officials said its").
_ITS_CLAUSE = re.compile(
    r" (?:(?:(?:has|had|is|was|will|would|can|could|may|might|must|also|now|already|still|then|"
    r"last|just|recently|did|does) ){1,2}(?!been |being )[a-z]+|"
    r"(?!(?:as|its|his|this|thus|plus|unless|perhaps|always|news|[a-z]*ss|[a-z]*ials) )"
    r"[a-z]+(?:s|ed)|said|made|took|gave|kept|sold|cut|set|put|won|lost|began|bought|told|paid|"
    r"led|held|left|got|saw|went|came|became|found|built|spent|sent|grew|fell|rose) "
    # (not another subject's: "Smith said the company would cut its")
    r"(?:(?!he |she |they |company |firm |group |government )[a-z]+ ){0,6}?its ")
# Words that open a clause before its subject; after any other word the name is an object or
# a modifier ("the Yangtze has fallen to its lowest", "the latest phone-shaped Blackberry to
# its range"). ("" stands for a sentence's start or a comma.)
CLAUSE_OPENERS = frozenset({"", "said", "says", "that", "as", "while", "but", "when", "because",
                             "after", "since", "if", "and", "although", "though", "where",
                             "whereas"})


def its_subject(run: Run, before: str) -> bool:
    """Whether a one-word name that ends the run is the subject of a clause that goes on to
    "its" ("Yahoo has tweaked its technology", "Energis also did its own work"): the name is
    a body or a thing, never one person, who owns with "his" or "her". Not a common word, a
    given name, an acronym or a word ending in "-ing" ("Podcasting takes its name"); the
    caller has read places and titled names before."""
    word = run.keys[0]
    if before == "and" and not run.text[max(0, run.start - 25):run.start - 4].rstrip() \
            .rpartition(" ")[2][:1].islower():
        return False  # "Duff and Phelps raised its ratings": partners in one firm's name
    return before in CLAUSE_OPENERS and word not in COMMON_WORDS and word not in first_names() \
        and run.words[0][1:].islower() and run.words[0].isalpha() and not word.endswith("ing") \
        and _ITS_CLAUSE.match(run.text, run.end) is not None


# A firm's products after its possessive: a product noun within four words ("Sony's new
# handheld games console"), or a product's own name, in camel case or with a model number
# ("Apple's iPod", "Microsoft's Media Player 10", "Canon's EOS 300D"). People own phones
# too, but a person named so is named in full elsewhere and keeps the name's votes.
_PRODUCT = re.compile(
    r"['’]s[ \t]+(?:(?:[\w.-]+[ \t]+){0,3}?(?:phones?|handsets?|consoles?|software|browsers?|"
    r"cameras?|chips?|processors?|laptops?|gadgets?|devices?|(?:search|games) engine|"
    # what a firm runs: "Microsoft's subscription-based broadband network", "Vodafone's
    # Japanese division", "MG Rover's Midlands plant"
    r"networks?|divisions?|plants?|factory|factories|formats?|platforms?|"
    # camel case: "iPod", "PlayStation", not "McDonald", "DiCaprio"
    r"operating system)\b|(?:[A-Z][\w-]*[ \t]+){0,2}"
    r"(?:[a-z]{1,2}|(?!Ma?c|D[aeiu]|L[ae]|V[ao]n)[A-Z][a-z]+)[A-Z]\w*|"
    # a model: "EOS 300D", "Media Player 10" (not "Wimbledon 2004", "First 100 days")
    r"(?:[A-Z][\w-]*[ \t]+){1,2}(?:\d{1,2}|[A-Z]{0,3}\d{1,4}[A-Z]{1,3})\b(?![.,:/-]?\d))")


def owns_product(run: Run, words: list[str]) -> bool:
    """Whether the run (its folded ``words``) owns a product by its possessive ("Apple's
    iPod", "Nokia's new phone"): a firm, not a person named with a given name ("Tony Hawk's
    Underground 2") nor two letters ("TV's"). Callers test that the run ends before "'s"."""
    return len(words[0]) > 2 and not any(w in first_names() for w in words[:-1]) \
        and _PRODUCT.match(run.text, run.end) is not None


def trade_word(run: Run) -> bool:
    """Whether a single common word after a lower-case trade noun is a firm's whole name
    ("manufacturer Sharp", "shop Crucial", "newspaper Variety reported"): it stands mid-
    sentence and ends there, before a lower-case word or a stop; not the head of a longer
    name ("Band Aid 20", "magazine Business and Finance", "station Key 103", "Unit Two")."""
    text, start, end = run.text, run.start, run.end
    noun = text[max(0, start - 30):start].split()[-1:]
    if run.sentence_start or run.keys[0] in NUMBER_WORDS or not noun or not noun[0].islower():
        return False  # "Band Aid": the noun is part of the name
    nxt = text[end:end + 1]
    if nxt in _STOPS:
        # "underwriters Wheat, First Securities Inc": a list of names goes on
        return text[end:end + 3] not in _LIST_GOES_ON
    if nxt != " ":
        return False
    m = _NEXT_WORD.match(text, end + 1)
    return m is not None and m.group(0) not in _NAME_JOINS


def channel_name(words: list[str], keys: list[str]) -> bool:
    """Whether two words (``words`` as written, ``keys`` folded) name a broadcaster's channel:
    an acronym in capitals, then a number word with a capital ("BBC One", "BBC Two's"). A body
    numbers its channels so; an acronym is not a person, and "One" alone opens no name."""
    return len(words) == 2 and keys[1] in NUMBER_WORDS and words[1][1:].islower() \
        and len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper() \
        and keys[0] not in COMMON_WORDS


def regional_arm(run: Run, i: int, j: int, before: str) -> bool:
    """Whether words ``i:j`` of a run (two or three; ``before``: the folded word before them)
    name a body's arm in a place: an acronym of three letters or more, then a place's name
    ("BBC Wales", "ITV London", "MTV Asia", "BBC Northern Ireland"). A body names its
    regional arms so, and no one is named so; the acronym alone would leave the place. Not
    two letters ("PJ Harvey", "EU China"), a place's own initials ("UAE Dubai"), a common
    word in capitals or a compound ("non-OPEC Mexico", "EC-U.S."), nor a site after "at" or
    "in" ("landed at RAF Northolt"), or a nationality after it ("BBC Persian")."""
    first, keys, text = run.words[i], run.keys, run.text
    start, end = run.spans[i]
    return 3 <= len(first) <= 5 and first.isalpha() and first.isupper() \
        and text[end:end + 1] == " " and text[start - 1:start] != "-" \
        and before not in _SITE_BEFORE and keys[i] not in COMMON_WORDS and not is_place(first) \
        and all(w[:1].isupper() for w in run.words[i + 1:j]) \
        and is_place(run.surface(i + 1, j)) and not is_demonym(keys[j - 1])


_SITE_BEFORE = frozenset({"at", "in", "near", "outside"})


# Initials joined by "&" that abbreviate a thing, a genre or a trade, not a body.
_AMPERSAND_THINGS = frozenset({"R&B", "R&D", "Q&A", "B&B", "M&A", "A&E", "A&R", "P&L", "G&T",
                               "S&L", "C&W", "F&O", "T&C", "B&W"})
_INITIALS = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])")


def ampersand_initials(run: Run) -> bool:
    """Whether the run is initials joined by "&" with nothing between ("M&S", "AT&T",
    "P&O"): a firm's short name; no person is named so, and a place never is. Not the
    abbreviations of things (:data:`_AMPERSAND_THINGS`: "R&B", "Q&A") nor a model ("S&W5")."""
    text, start = run.text, run.start
    m = _INITIALS.match(text, start)
    return m is not None and m.end() == run.end and m.group(0) not in _AMPERSAND_THINGS \
        and not text[start - 1:start].isalnum()


# A station's number after its name: "Radio 4", "Channel 4's", "BBC News 24" (not "Radio 4.5",
# "Channel 4%", "channel 5 per cent"). News channels number themselves by the hours only.
STATION_WORDS = frozenset({"radio", "channel", "news"})
_STATION_NUMBER = re.compile(r" (\d{1,2})(?![\d%]|[.,:]\d| per\b| -)")


def station_number(run: Run) -> str:
    """The number of a broadcaster's station named by the run, which ends in one of
    :data:`STATION_WORDS` ("Radio 4", "BBC Radio 1", "Channel 4", "BBC News 24"), or "".
    The number is part of the station's name: without it "BBC Radio" and "Channel" alone
    would be listed, or nothing."""
    m = _STATION_NUMBER.match(run.text, run.end)
    if m is None or (run.keys[-1] == "news" and m.group(1) != "24"):
        return ""
    return m.group(1)


# A public body named by its remit, a list of fields joined by "and" ("Department for Work and
# Pensions", "Department for Culture, Media and Sport", "Ministry of International Trade and
# Industry", "Office of Management and Budget"). A run of capitals stops at the lower-case
# "and", so without this the name is cut ("Department for Work") and its last field is read
# alone ("Pensions"). Banks and federations are left out: "Bank of Japan and Citibank" and
# "Federation of England and Wales" join two names or a place.
REMIT_HEADS = frozenset({"department", "ministry", "office", "council", "commission",
                         "committee", "institute", "association", "authority"})
# A holder's office in the run: "Office of the Deputy Prime Minister and ..." joins two bodies.
_HOLDERS = frozenset({"minister", "secretary", "president", "director", "chairman"})
_FIELD = r"[A-Z][a-z-]+(?:[ \t\n][A-Z][a-z-]+)?"
_REMIT_REST = re.compile(rf"((?:,\s{_FIELD}){{0,2}}),?\s+and\s+({_FIELD})"
                         r"(?![\w-]|\s+(?:of|for|de)\b|\s+[A-Z]|&)")


def remit_tail(run: Run) -> tuple[str, int] | None:
    """The full name of a public body whose run (:data:`REMIT_HEADS`, then "of" or "for")
    stops before "and" and the last field of its remit, with where that name ends; or None.
    A field of two words that is a body's own name ("Council of Mortgage Lenders, British
    Bankers Association and ..."), a place ("... of Health and Wales") or a holder's title in
    the run ("Office of the Deputy Prime Minister and ...") leaves the run as it is."""
    keys = run.keys
    if len(keys) < 3 or keys[0] not in REMIT_HEADS or keys[1] not in ("of", "for") \
            or not _HOLDERS.isdisjoint(keys):
        return None
    m = _REMIT_REST.match(run.text, run.end)
    if m is None:
        return None
    fields = [" ".join(f.split()) for f in (*m.group(1).split(","), m.group(2)) if f]
    for field in fields:
        words = field.split()
        if (len(words) > 1 and words[-1].lower() in ORG_WORDS) or is_place(field) \
                or is_demonym(words[0]):
            return None
    listed = "".join(", " + f for f in fields[:-1])
    return f"{run.surface()}{listed} and {fields[-1]}", m.end()


# Plural nouns for a body's people, posts or sites right after its name ("Hamas members",
# "Hezbollah positions", "Taliban strongholds", "Academy members"): a person has no members
# and holds no strongholds. Nouns that are often verbs too are left out ("Smith targets",
# "Nadal forces a tie-break"); so are those a leader's name takes ("the Kohl government").
MEMBER_NOUNS = frozenset({"members", "operatives", "strongholds", "stronghold", "positions",
                          "tunnels"})
# Counts that open a sentence before "members" ("Fourteen members of the crew").
_COUNTS = NUMBER_WORDS | wordset(
    "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred hundreds thousands dozens")


def member_noun(run: Run, i: int, j: int) -> bool:
    """Whether words ``i:j`` of a run, its end, stand right before one of
    :data:`MEMBER_NOUNS`: a body's name. Not an article ("The members"), a nationality
    ("Latin American members"), a number ("Fourteen members") nor a common word opening a
    sentence ("Union members", "Senior positions")."""
    if j != len(run.words) or run.text[run.end:run.end + 1] != " ":
        return False
    m = _NEXT_WORD.match(run.text, run.end + 1)
    if m is None or m.group(0) not in MEMBER_NOUNS:
        return False
    keys = run.keys[i:j]
    if run.sentence_start and i == 0 and keys[0].endswith("ing"):
        return False  # "Picketing UFCWU members": the verb is no part of the name
    if "of" in keys and is_place(run.words[i]):
        return False  # "trading in London of NYSE members": two names
    return keys[0] not in ("the", "a", "an") and keys[0] not in _COUNTS \
        and not is_demonym(keys[-1]) \
        and not (j - i == 1 and run.sentence_start and keys[0] in COMMON_WORDS)


# Up to three capitalised words right before " and " or right after " and (the) ".
_CAPS_BEFORE_AND = re.compile(r"((?:[A-Z][\w.]*[ \t]){0,2}[A-Z][\w.]*)[ \t]+and[ \t]+$")
_CAPS_AFTER_AND = re.compile(r"[ \t]+and[ \t]+(?:the[ \t]+)?((?:[A-Z][\w.]*[ \t]){0,2}[A-Z][\w.]*)")
# Words after a name that make it a place's ("Oporto in Portugal", "the Shati camp").
_PLACE_NEXT = frozenset({"in", "camp", "suburb", "district", "province", "region", "area",
                         "city", "town", "village", "neighbourhood", "neighborhood", "index"})


def _country_in(words: list[str], from_end: bool) -> bool:
    """Whether the last (``from_end``) or first one to three of ``words`` name a country."""
    for n in range(1, len(words) + 1):
        if is_country(" ".join(words[-n:] if from_end else words[:n]).rstrip(".")):
            return True
    return False


def beside_country(run: Run, i: int, j: int) -> bool:
    """Whether a one-word run, not a place's, a people's or a given name, is joined by "and"
    to a country's name ("between Israel and Hamas", "Hamas and Israel agree", "the United
    States and the Taliban"): a party of the country's own rank, a body, not one person
    (a head of state is named with a title or a given name). Not in a list ("Japan, Korea
    and Taiwain"), a country's own name ("Trinidad and Tobago"), a place in a country
    ("France and Oporto in Portugal") nor a place's part ("Gaza and the Shati camp")."""
    if j - i != 1 or j != len(run.words):
        return False
    text, start, end = run.text, run.start, run.end
    word, key = run.words[i], run.keys[i]
    # (The word's own tests first: they refuse four in ten calls before any search.)
    if not (word.isalpha() and word[1:].islower()) or key in COMMON_WORDS \
            or key in first_names():
        return False
    head = start - 4 if text[start - 4:start] == "the " else start  # "and the Taliban"
    if text[head - 4:head] == "and " and text[head - 5:head - 4] in " \t":
        m = _CAPS_BEFORE_AND.search(text, max(0, head - 40), head)
        if m is None or text[m.start() - 2:m.start()] == ", ":
            return False
        caps = m.group(1).split()
        if not _country_in(caps, True) or any(
                is_place(" ".join(caps[k:]) + " and " + word) for k in range(len(caps))):
            return False
    elif text[end:end + 5] == " and ":
        m = _CAPS_AFTER_AND.match(text, end)
        if m is None or text[start - 2:start] == ", " or text[m.end():m.end() + 2] == ", " \
                or JOINED.issuperset(text[max(0, start - 8):start].split()[-1:] or [""]):
            return False  # "trade deficits with Taiwain and Korea": places, as likely
        caps = m.group(1).split()
        if not _country_in(caps, False) or any(
                is_place(word + " and " + " ".join(caps[:k])) for k in range(1, len(caps) + 1)):
            return False
    else:
        return False
    nxt = _NEXT_WORD.match(text, end + 1)
    if nxt is not None and (nxt.group(0) in _PLACE_NEXT or nxt.group(0) in SITE_TAILS):
        return False
    return not is_place(word) and not is_demonym(key)


# Present-tense deeds of a body in news copy ("Hezbollah launches rockets", "Hamas releases
# three hostages", "SpaceX launches a satellite"). Speech ("says") is the said rules'; what a
# person does as often is left out ("signs" an order, "agrees", "takes").
DEED_VERBS = wordset("frees confirms announces denies rejects accepts seizes captures kidnaps "
                     "abducts executes threatens accuses retakes suspends halts resumes unveils")
# Those that are plural nouns too ("Houthi attacks on ships", "Taliban claims in"): verbs only
# before an article, a pronoun, "that", a number or a name.
DEED_NOUNS = wordset("launches releases claims states fires attacks hands returns vows demands "
                     "kills opens orders bans blocks")
_DEED_OBJECT = re.compile(
    r"[ \t]+[a-z]+[ \t]+(?:(?:the|a|an|all|its|their|that|over|more|up|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|dozens|hundreds)\b|\d|[A-Z])")


def deed_subject(run: Run, before: str, nxt: str) -> bool:
    """Whether a run of one word (``before``: the folded word before it, ``nxt`` the one
    after) is the whole subject of one of :data:`DEED_VERBS` or, with an object,
    :data:`DEED_NOUNS` ("the Taliban confirms that", "Hezbollah launches over 100 rockets"):
    a body. A person is named with a given name or a title, and a surname the story gives in
    full goes to the person (:func:`.collect.resolve`). Not in a headline, whose capitals say
    nothing ("Row threatens museum plan"), not after a title ("president Trump") or a
    preposition ("the leader of Hamas launches"); not a common word, a gerund ("Shelling
    kills two"), a given name, a people's name or a title."""
    text, start = run.text, run.start
    if len(run.words) != 1 or text.find(".", run.end) < 0 \
            or (nxt in DEED_NOUNS and not _DEED_OBJECT.match(text, run.end)) \
            or text[start - 1:start] not in _OPENERS or text[start - 3:start] in ("'s ", "’s ") \
            or before in JOINED or before in TITLE_WORDS or before in ROLE_WORDS:
        return False
    key = run.keys[0]
    return run.words[0].isalpha() and not key.endswith("ing") and key not in COMMON_WORDS \
        and key not in first_names() and not is_demonym(key) and key not in REGIONS \
        and key not in TITLE_WORDS and key not in NOT_SURNAMES and key not in ORG_WORDS


# The verbs after a run that :func:`verb_subject` reads.
SUBJECT_VERBS = PLURAL_VERBS | DEED_VERBS | DEED_NOUNS


def verb_subject(run: Run, words: list[str], before: str, nxt: str) -> bool:
    """Whether the run (its folded ``words``, the folded word ``before`` it) is the whole
    subject of the verb ``nxt`` after it, one of :data:`SUBJECT_VERBS`, that makes it a body:
    a plural verb (:func:`plural_subject`) or a body's deed (:func:`deed_subject`)."""
    if nxt in PLURAL_VERBS:
        return plural_subject(run, words, before)
    return deed_subject(run, before, nxt)


# Dashes joining the two sides of a conflict ("Israel-Hamas", "Israel–Hezbollah").
DASHES = frozenset("-–—")
_CONFLICT_NOUNS = wordset("war wars conflict ceasefire truce talks fighting clashes hostilities "
                          "negotiations")
_DASH_PAIR = re.compile(r"([A-Z][\w'’]*)[-–—]([A-Z][\w'’]*)[ \t]+([a-z]+)")


def dash_side(run: Run) -> str:
    """The body in a dash compound of a country and a one-word name before a conflict's noun
    ("the Israel–Hamas war", "Israel-Hezbollah conflict",
    "Hamas-Israel ceasefire"): the side a country fights or talks with, a party of its own
    rank, is a body, not a person (see :func:`beside_country`). "" if there is none: two
    countries ("Russia-Ukraine war"), a place ("Israel-Gaza war"), a people ("Arab-Israeli
    conflict"). The run holds the compound's first word, or both (a hyphen joins them)."""
    text = run.text
    start = run.start
    while start > 0 and (text[start - 1] in DASHES or text[start - 1].isalnum()):
        start -= 1  # back to the first word of the compound
    m = _DASH_PAIR.match(text, start)
    if m is None or m.end(2) < run.start or m.start() > run.end \
            or m.group(3) not in _CONFLICT_NOUNS:
        return ""
    for country, side in ((m.group(1), m.group(2)), (m.group(2), m.group(1))):
        key = side.lower()
        if is_country(country) and side.isalpha() and side[1:].islower() \
                and key not in COMMON_WORDS and key not in first_names() \
                and not is_place(side) and not is_demonym(key):
            return side
    return ""
