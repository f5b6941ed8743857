"""Sports sides: a town's or a county's name that stands for its club, and results tables.

Wire sports copy names clubs by their town ("Newcastle manager Kevin Keegan", "scored twice
for Newcastle", "Chelsea beat Southampton") and prints results and standings as rows
("Coventry 0 Nottingham Forest 3", "Leicestershire 22 pts", "Somerset 83-4."). The words
around the name say it is a side; none of these rules is a list of clubs. So do they for a
club's whole name of several words ("Sale Sharks prop", "a clash with Bayer Leverkusen").
Countries stay places (national sides are read as their country), and so do the four home
nations.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..analysis import STOP_WORDS
from .data import wordset
from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import MONTHS_AND_DAYS, gazetteer, place_key
from .known import is_big_place, is_country, is_demonym, is_place, is_town
from .memo import Memo
from .names import REGIONS, ROLE_WORDS, SITE_TAILS, first_names
from .orggrammar import JOINED, PLURAL_VERBS
from .rosters import player_before
from .scan import Run, word_key
from .sportstory import sport_words, sports_text
from .transfers import transfer_side

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_COMMON_WORDS = COMMON_WORDS
_MONTHS_AND_DAYS = MONTHS_AND_DAYS

# A player's place in the side: after a town's name in a sports story its club's ("Bath prop
# Duncan Bell", "Sussex batsman"), and after a club's one-word name whatever its words
# ("Wasps flanker Johnny O'Connor", "Dragons lock Ian Gough": :func:`position_side`).
POSITIONS = wordset("prop hooker lock flanker fly-half scrum-half centre wing winger full-back "
                    "fullback loose-head tight-head back-row second-row captain skipper batsman "
                    "bowler spinner paceman seamer all-rounder wicketkeeper")
# Their first words, the word a run's next-word reading stops at ("fly" of "fly-half").
POSITION_HEADS = frozenset(word.partition("-")[0] for word in POSITIONS)
# Roles after a name that only a side has ("Newcastle manager Kevin Keegan").
TEAM_ROLES = POSITIONS | wordset(
    "manager coach striker defender midfielder goalkeeper keeper forward fans supporters squad "
    "side team boss chairman player players playmaker driver drivers rider riders teammate "
    "team-mate spokesman spokeswoman officials director directors")
# Words before a name that make it the side played for or against ("for Newcastle"); the
# verbs of a fixture too ("they play Chelsea"), unless a role follows ("face Olympic champion").
TEAM_BEFORE = wordset("for against beat beating beats defeated defeating join joined joining "
                      "over v vs rivals champions leaders")
MEET_BEFORE = wordset("play plays playing played face faces facing faced meet meets host hosts")
# Verbs after a side's name ("Chelsea beat Southampton").
TEAM_VERBS = wordset("beat beats drew draw lost won defeated thrashed edged hammered crushed "
                     "routed trail trailed host hosts visit play meet face faced")
# Last words of an event's name ("FA Cup", "Davis Cup", "US Open", "Athens Olympics"):
# neither a person ("Davis" is a given name) nor a body.
EVENT_TAILS = wordset("cup cups open opens trophy championship championships olympics "
                      "olympiad games prix classic masters marathon final finals slam "
                      "invitational festival festivals contest")
# The same words alone, which name an event or a division, not a body or a person.
EVENT_WORDS = wordset("championship championships olympics olympiad festival")
# Last words of a competition's name that a governing body shares ("Champions League",
# "Premier League", "Premiership"): a competition in a sports story unless a body's cue
# follows ("Arab League", "the Premier League said" stay bodies).
COMPETITION_TAILS = wordset("league premiership")
# Words after such a name that make it the competition, in any story ("the Champions League
# final", "Premiership leaders", "Champions League football").
_COMPETITION_NEXT = wordset("""
final finals semi-final semi-finals quarter-final quarter-finals tie ties clash clashes match
matches game games title titles group groups football rugby success trophy trophies leaders
season seasons campaign spot place places qualification debut hopefuls status table fixture
fixtures draw victory defeat record winners winner runners-up contenders encounter opener
champions race level history action side sides
""")
# Words after it that make it the governing body ("the Premier League said", "a Premier
# League spokesman", "the Premier League's chief executive").
_BODY_NEXT = wordset("""
said says say spokesman spokeswoman official officials chief chairman executive secretary
board commission statement ruled rules announced confirmed insisted decided told spokesperson
president director directors
""")
# National sides read as their country even though the gazetteer files them as regions.
_NATIONS = wordset("england scotland wales ireland")

def _side_place(surface: str) -> bool:
    """Whether a place's name may stand for a side: a town or a county, not a country, a
    nationality or a home nation."""
    if word_key(surface) in _NATIONS:
        return False
    gaz, key = gazetteer(), place_key(surface)
    entries = gaz.entries(key) if key in gaz.raw else ()
    return bool(entries) and entries[0].kind in ("city", "region")


# Asked of most places' names in every story: a dict memo on the name alone (see memo.Memo)
# answers a hit in C, where lru_cache keyed on (surface, key) built a tuple on every call.
side_place: Callable[[str], bool] = Memo(_side_place, 50_000).get_key


def team_context(run: Run, before: str, sep: str, nxt: str) -> bool:
    """Whether the words around a place's name make it a side in a sports story: a team role
    after it ("Newcastle manager"), "for"/"against"/"beat" before it, a result verb after
    it ("Chelsea beat ..."), brackets after a player's name ("S Grimes (Newcastle)"), or a
    plural verb with the name as its subject ("Bath have just been knocked out", "Tottenham
    are primed"): British copy gives a club one, a town "has".
    ``before``/``nxt``: the folded words around the run (as :func:`.orgcues.word_before`)."""
    # (A bracket right before the run leaves no word before it, a phrase of _MATCH_BEFORE its
    # last word or none: ``before`` settles most runs without the calls.)
    if not ((sep == " " and (nxt in TEAM_ROLES or nxt in TEAM_VERBS or (
            nxt in PLURAL_VERBS and plural_side(run, before))))
            or before in TEAM_BEFORE or (before in MEET_BEFORE and nxt not in ROLE_WORDS)
            or (not before and _club_in_brackets(run)) or (sep == "'s" and _owns_role(run))
            or ((not before or before in _MATCH_LAST_WORDS) and _match_before(run.text, run.start))
            or transfer_side(run, before)):
        return False
    return sports_text(run.text)


def plural_side(run: Run, before: str) -> bool:
    """Whether a place's name before a plural verb is that verb's subject, a club: not the
    object of a preposition ("sessions in Limerick have"), a verb ("quitting Anfield are") or
    "the" ("the Republic have": a nation's side, the country), nor a name with a pronoun
    after it ("the best Liverpool I have seen")."""
    return before not in JOINED and before != "the" and not before.endswith("ing") \
        and run.keys[-1] != "i"


# Phrases before a name that make it the opponent or the employer in a match report ("at the
# hands of Auxerre", "at home to Fulham", "a draw with Leeds", "the manager's job at
# Oldham"): a town so named in a sports story is its club. Two words or more, so that a
# plain "at" or "with" (a venue, a companion) says nothing.
_MATCH_BEFORE = re.compile(r"\b(?:hands[ \t]+of|home[ \t]+to|draw[ \t]+(?:with|against)|"
                           r"drew[ \t]+(?:with|against)|(?:win|victory|wins)[ \t]+(?:over|against)|"
                           r"(?:defeat|loss|lost|losing)[ \t]+(?:to|against)|job[ \t]+at|"
                           r"clash[ \t]+with|spell[ \t]+(?:at|with)|loan[ \t]+(?:at|from|to)|"
                           r"signed[ \t]+from|move[ \t]+to|transfer[ \t]+to)[ \t]+$")
# The last words of those phrases: the window must end with one and a blank.
_MATCH_LAST = ("of", "to", "with", "against", "over", "at", "from")
_MATCH_LAST_WORDS = frozenset(_MATCH_LAST)


def _match_before(text: str, start: int) -> bool:
    """Whether :data:`_MATCH_BEFORE` ends right before ``start``. (Its last word is tested
    first: the search tries every phrase at every offset of the window, ~10,000 machine
    instructions, and most names follow none.)"""
    lo = start - 24 if start > 24 else 0
    window = text[lo:start]
    if window[-1:] == "\n":
        window = window[:-1]  # ($ matches before a last line break too)
    bare = window.rstrip(" \t")
    return len(bare) < len(window) and bare.endswith(_MATCH_LAST) \
        and _MATCH_BEFORE.search(text, lo, start) is not None


def named_side(run: Run, before: str) -> bool:
    """Whether a whole run of two words or more is a club by the words around it in a sports
    story: a team role after it ("Sale Sharks prop Andrew Sheridan", "a Boca Juniors
    player"), or, when a sizeable town's name is one of its words, any cue that makes a
    town's name a side (:func:`team_context`: "a clash with Bayer Leverkusen", "the 2-1 win
    over Graz AK"). Not a person's name (a given name opens it), a place's, a region's or a
    nation's side ("Lleyton Hewitt", "South American", "England A", "All Blacks"), an event or
    a ground ("the Six Nations", "Goodison Park"). ``before``: the folded word before it."""
    keys = run.keys
    if run.caps or keys[0] in first_names() or keys[0] in REGIONS or keys[0] in STOP_WORDS \
            or keys[-1] in SITE_TAILS or not _SIDE_WORDS.isdisjoint(keys):
        return False  # "beat Roger Federer", "against South Africa", "the Six Nations"
    sep, nxt = run.next_word()
    # (The words around it first: the sports story's test reads the text.)
    if not ((sep == " " and nxt in TEAM_ROLES and sports_text(run.text)) or (
            any(map(is_big_place, run.words)) and team_context(run, before, sep, nxt))):
        return False
    return not (is_demonym(keys[0]) or any(map(_nation, run.words)) or is_place(run.surface()))


def position_side(run: Run) -> bool:
    """Whether a one-word name, the whole run and no place's (places are read before), stands
    before a player's position and the player's name in a sports story ("Wasps flanker Johnny
    O'Connor", "Munster lock Paul O'Connell", "Reds skipper Steven Gerrard"): the club he
    plays for, even when its name is a plain word. Callers test that one of
    :data:`POSITION_HEADS` follows. Not a sentence's first word, whose capital says nothing
    ("Diminutive wing Shane Williams", "Former captain Keith Wood"), a nationality
    ("Scottish flanker Simon Taylor"), a given name or a region."""
    text, start, end = run.text, run.start, run.end
    if len(run.words) != 1 or run.sentence_start or run.caps \
            or text[text.rfind(" ", 0, start - 1) + 1:start - 1][:1].isupper():
        return False  # ("All Blacks captain" read from "Blacks": a name's last word)
    gap = text.find(" ", end + 1)  # the player's name opens after the position
    key = run.keys[0]
    return gap > 0 and text[end + 1:gap] in POSITIONS and text[gap + 1:gap + 2].isupper() \
        and run.words[0][1:].islower() and key not in first_names() and key not in REGIONS \
        and not is_demonym(key) and sports_text(text)


def _nation(word: str) -> bool:
    """Whether a word names a country or a home nation ("England A", "Wales Students")."""
    return word_key(word) in _NATIONS or is_country(word)


# Words of a name that make it an event, a competition, a squad or a nation's side, not a
# club: "for the Six Nations", "in the Heineken Cup", "for the British Lions".
_SIDE_WORDS = EVENT_TAILS | COMPETITION_TAILS | wordset("nations lions tour squad xi")


_OWNED_ROLE = re.compile(r"['’]s[ \t]+(?:[A-Z][a-z]+[ \t]+)?([a-z]+)")


def _owns_role(run: Run) -> bool:
    """A town's possessive before a team role, maybe after a nationality: "Barcelona's
    Brazilian striker Ronaldo", "Newcastle's manager"."""
    m = _OWNED_ROLE.match(run.text, run.end)
    return m is not None and m.group(1) in TEAM_ROLES and m.group(1) not in _NOT_OWNED


# Roles a town has too ("London's fans"? a city's people): only a club's here.
_NOT_OWNED = frozenset({"fans", "supporters", "side", "team", "boss", "chairman"})


def _club_in_brackets(run: Run) -> bool:
    """A town in brackets after a player's name, in a squad list: "S Grimes (Newcastle)"; not
    a county (after a referee's name: where he is from), nor a surname after a given name
    ("coach John (Kirwan)")."""
    text = run.text
    start = run.start
    return text[start - 1:start] == "(" and text[run.end:run.end + 1] == ")" \
        and text[start - 3:start - 2].isalpha() and text[start - 2:start - 1] == " " \
        and is_town(run.surface()) and player_before(text[max(0, start - 24):start - 2])


# A score after a side: "343-8 declared", "83-4.", "114 (", "259 and 50-1", "22 pts".
_CRICKET_SCORE = re.compile(r"[ \t]+\d{1,3}(?:-\d{1,2})?(?:[ \t]+(?:declared|pts|points)\b|"
                            r"[ \t]+and[ \t]+\d|[ \t]*[.;(]|[ \t]*$|[ \t]*\n)")
_POINTS = re.compile(r"[ \t]+\d{1,3}[ \t]+(?:pts|points)\b")
# A side listed with its points after another: "Leicestershire 22 pts, Essex 20, Derbyshire".
_LISTED_AFTER = re.compile(r"\d{1,3}(?:[ \t]+pts)?,[ \t]+$")
_LISTED_NEXT = re.compile(r"[ \t]+\d{1,3},[ \t]+[A-Z]")


def score_side(run: Run, i: int) -> bool:
    """Whether the run is a side in a score line of a sports story: it opens a line or a
    sentence (or follows "At X:") and a score follows ("Somerset 83-4.", "Leicestershire 22
    pts"), or it is listed with points after another side ("..., Essex 20, Derbyshire 18")."""
    text = run.text
    end = run.end
    if not (text[end:end + 1] in " \t" and text[end + 1:end + 2].isdigit()):
        return False
    start = run.start
    gap = text[start - 12 if start > 12 else 0:start]
    stripped = gap.rstrip(" \t")
    words = run.keys
    initial = len(run.words[i]) <= 2 and text[run.spans[i][1]:run.spans[i][1] + 1] == "."
    if words[i] in ROW_LABELS or initial or (
            len(words) - i >= 2 and words[i] in first_names() and not is_place(run.words[i])):
        return False  # "P. Simmons 108", "Ian Woosnam 66 66": players
    if _LEADERBOARD.match(text, text.rfind("\n", 0, start) + 1):
        return False  # "141 Mark O'Meara 70 71, David Frost 73 68": a golf leaderboard's
    if _LISTED_AFTER.search(gap) or (
            _LISTED_NEXT.match(text, end) and stripped[-1:] in {"", "\n", ":", "."}):
        return sports_text(text)
    if stripped[-1:] not in {"", "\n", ":", ".", ")"}:  # ")": after the scorers
        return False
    if _POINTS.match(text, end) or _CRICKET_SCORE.match(text, end):
        return sports_text(text)
    return False


# A golf leaderboard's row opens with the total: "135 Ernie Els 68 67".
_LEADERBOARD = re.compile(r"[ \t]*\d{2,3}[ \t]+[A-Z]")


# Words that open a results line but name no side ("Halftime 2-0", "Attendance 21,000").
ROW_LABELS = wordset("halftime half-time attendance score scores result results aggregate "
                      "total overall points played")


_SCORER_AFTER = re.compile(r"[ \t]+\d{1,3}(?:[ \t]*(?:pen|penalty|og)\.?)?[ \t]*(?:[,;)\n.]|$)")
_SCORER_OPEN = re.compile(r"\d[ \t]*\($")


# A line listing scorers: "Scorers: Ravanelli 5, Vialli 20", "Goals: Rooney 68".
_SCORERS_LINE = re.compile(r"(?:Scorers?|Goalscorers?|Goals|Tries|Try|Scorer)[ \t]*:")


def scorer(run: Run) -> bool:
    """Whether the run is a scorer listed in brackets after a side's score ("Feyenoord 2
    (Van Gastel 8, Larsson 45) Graafschap 0") or on a scorers' line ("Scorers: Ravanelli
    5, Vialli 20"): a name and a minute, after "(" or ","."""
    text = run.text
    end = run.end
    if not _SCORER_AFTER.match(text, end):
        return False
    start = run.start
    line = text.rfind("\n", 0, start) + 1
    if _SCORERS_LINE.match(text, line):
        return True
    opened = text.rfind("(", start - 120 if start > 120 else 0, start)
    if opened < 0 or ")" in text[opened:start] or "\n" in text[opened:start]:
        return False
    gap = text[opened + 1:start].rstrip()
    if gap and gap[-1] != ",":
        return False
    return _SCORER_OPEN.search(text, max(0, opened - 6), opened + 1) is not None \
        and _MONTHS_AND_DAYS.isdisjoint(run.keys) and sports_text(text)  # not "(March 31)"


_COUNTRY_BEFORE = re.compile(r"\([A-Z][\w.' -]{1,30}\)[ \t]+$")
_TIME_AFTER = re.compile(r"[ \t]+\d")


_COUNTRY_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z.' -]{1,30}?)[ \t]*\)")


def competitor(run: Run) -> bool:
    """Whether the run is a competitor in a results list of a sports story: two or three
    words, none a place or a common word, then a country in brackets ("65 Retief Goosen
    (South Africa)", "Ato Boldon (Trinidad) 9.90"); sides so listed bear a place's name
    ("Aston Villa (England)", "Ajax Amsterdam (Netherlands)")."""
    if not 2 <= len(run.words) <= 3 or run.caps:
        return False
    m = _COUNTRY_AFTER.match(run.text, run.end)
    if m is None or not is_place(m.group(1)):
        return False
    if any(not w[1:].islower() or is_place(w) for w in run.words) \
            or not _COMMON_WORDS.isdisjoint(run.keys):
        return False
    return sports_text(run.text)


def side_with_country(run: Run) -> bool:
    """Whether the run is a side with its country in brackets before its score, in a
    results row of a sports story ("Aston Villa (England) 2 Helsingborg (Sweden) 0");
    callers ask :func:`competitor` first."""
    m = _COUNTRY_AFTER.match(run.text, run.end)
    if m is None or _TIME_AFTER.match(run.text, m.end()) is None or not is_place(m.group(1)):
        return False
    text = run.text
    start = run.start
    # A rank or a total opening the line makes a leaderboard: "133 Mark O'Meara (U.S.) 70 71".
    return _RANK_BEFORE.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is None \
        and sports_text(text)


_RANK_BEFORE = re.compile(r"[ \t]*\d{1,3}[.=]?[ \t]+")


# A time after a rider's team, or a cycling list's "same time" ("Gan same time", "Refin s.t.").
_TEAM_TIME_AFTER = re.compile(r"[ \t]+(?:\d|same[ \t]+time\b|s\.t\.)")


def team_after_country(run: Run) -> bool:
    """Whether the run follows a competitor's country in brackets and comes before a time or
    a score: the competitor's team or car ("Jacques Villeneuve (Canada) Williams 1:28:20")."""
    start = run.start
    if text_before(run, 2) != ") " or not _TEAM_TIME_AFTER.match(run.text, run.end):
        return False
    return _COUNTRY_BEFORE.search(run.text, max(0, start - 40), start) is not None \
        and sports_text(run.text)


def text_before(run: Run, n: int) -> str:
    """The ``n`` characters right before the run."""
    start = run.start
    return run.text[start - n if start > n else 0:start]  # (max() parses its arguments)


# After a dateline's town: a country or state, then a date ("1996-08-22", "Aug 22").
_DATELINE_AFTER = re.compile(r"(?:,[ \t]+[A-Za-z. ]{2,20})?[ \t]+(?:\d{4}-\d\d-\d\d|"
                             r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\b|\((?:Reuters|AP|AFP)\))")


def is_dateline(run: Run) -> bool:
    """Whether a word in capitals opening a line is a dateline's town ("FRANKFURT
    1996-08-22", "BAD WIESSEE, Germany 1996-08-30"), not an acronym."""
    return _DATELINE_AFTER.match(run.text, run.end) is not None


def in_lineup(run: Run) -> bool:
    """Whether a one-word run is a player in a line-up of a sports story: a line of four or
    more names split by commas or semicolons, with few lower-case words ("Dudek, Finnan,
    Carragher, Hyypia, Traore (Biscan 67), Hamann")."""
    text = run.text
    start = run.start
    end = run.end
    if text[start - 2:start] not in {", ", "; ", ": "} and text[start - 1:start] not in {"\n", ""}:
        return False
    if text[end:end + 1] not in (",", ";", "\n", "") and text[end:end + 2] not in (" (", ".\n"):
        return False
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a:b if b >= 0 else len(text)]
    if line.count(",") + line.count(";") < 4:
        return False
    words = line.split()
    lower = sum(1 for w in words if w[:1].islower())
    return lower * 5 <= len(words) and sports_text(text)


def row_vote(run: Run, i: int, c1: str) -> str:
    """What a results or standings row makes the name ending ``run`` (word ``i`` opening it):
    "person" for a scorer or a competitor, "org" for a side, "" when no row is there. ``c1``
    is the second character after the run (a digit, a bracket or the "s" of a cycling list's
    "same time" is worth asking about)."""
    if c1.isdigit():
        if scorer(run):
            return "person"  # "(Van Gastel 8, Larsson 45)"
        if team_after_country(run):
            return "org"  # "Jacques Villeneuve (Canada) Williams 1:28:20"
    elif c1 == "s":
        if team_after_country(run):
            return "org"  # "Frederic Moncassin (France) Gan same time"
    elif c1 == "(" and i == 0:
        if competitor(run):
            return "person"  # "65 Retief Goosen (South Africa)"
        if side_with_country(run):
            return "org"  # "Aston Villa (England) 2 Helsingborg"
    return ""


# Words before such a name (and "the") that make it the body: "organised by the Cyberathlete
# Professional League", "a similar role at the Premier League", "talks with the League".
_BODY_BEFORE = re.compile(r"\b(?:by|at|with)[ \t]+(?:the[ \t]+)?$")


def competition(run: Run, words: list[str], sep: str, nxt: str) -> bool:
    """Whether a name (folded ``words``) ending in one of :data:`COMPETITION_TAILS` is used
    here as the competition, not the body running it: a competition's noun after it ("the
    Champions League final", "Premiership leaders"), or in a sports story anything but a
    body's cue around it ("in the Champions League.", "top of the Premiership"; not "the
    Premier League said", "organised by the Premier League"). The story must be about sport
    beyond the name's own words: "the Toronto Argonauts of the Canadian Football League"
    leaves a business story.
    ``sep``/``nxt``: the separator and folded word after the name."""
    if (sep in (" ", "'s") and nxt in _BODY_NEXT) \
            or _BODY_BEFORE.search(run.text, max(0, run.start - 20), run.start):
        return False
    if sep == " " and nxt in _COMPETITION_NEXT:
        return True
    if not sports_text(run.text):
        return False
    found = {w if type(w) is str else w.decode() for w in sport_words(run.text)}
    return len(found.difference(words)) >= 2
