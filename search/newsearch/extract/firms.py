"""How wire copy writes firms' names: tickers and full names in angle brackets ("<J.P. Morgan
and Co>"), partners listed with commas ("Kidder, Peabody and Co Inc"), a possessive before the
legal form ("McDonald's Corp") and halves joined by "and" ("Securities and Exchange
Commission"). The scanner cuts runs at these marks; :mod:`.actors` and :mod:`.classify` put the
names back together here.
"""

from __future__ import annotations

import re

from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import MONTHS_AND_DAYS
from .known import is_big_place, is_country
from .namemerge import BODY_KINDS
from .names import FIRM_SUFFIXES, ORG_WORDS, PARTNERS, TITLE_WORDS, first_names
from .scan import Run, word_key


def is_ticker(run: Run) -> bool:
    """Whether the run is one word in capitals inside angle brackets, a stock ticker
    ("Engelhard Corp <EC>", "Unilever <UN.A>"): no name of its own, and no "EC" either.
    Reuters-style copy marks firms and tickers so; other text rarely has "<" at all."""
    text = run.text
    if text[run.start - 1:run.start] != "<" and text[run.end:run.end + 1] != ">":
        return False
    if len(run.words) != 1 or not run.words[0].isupper():
        return False
    after = text[run.end:run.end + 1]
    # The last word inside the brackets names no body of its own either: "<Arabian
    # Investment Banking Corp (Investcorp) EC>".
    return after == ">" or (after == "." and text[run.start - 1:run.start] == "<")


def bracketed_firm(run: Run) -> tuple[str, int] | None:
    """A firm named in full inside angle brackets, as Reuters marks firms without a ticker
    ("<J.P. Morgan and Co>", "<Johnson,\nLane, Space, Smith and Co Inc>"), when ``run`` opens
    the brackets: the name and where the brackets close; else None."""
    text, start = run.text, run.start
    if text[start - 1:start] != "<":
        return None
    close = text.find(">", start, start + 100)
    if close < 0:
        return None
    name = " ".join(text[start:close].split())
    if "<" in name or not any(c.islower() for c in name) or len(name.split()) > 8:
        return None  # a ticker ("<EC>"), or no closing bracket nearby
    return name.rstrip(" ."), close


# Partners listed with commas, the last joined by "and" to the firm's legal form: "Merrill
# Lynch, Pierce, Fenner and Smith Inc", "Bear, Stearns and Co Inc". After "and" at most one
# name comes before the form, so a list of firms ("Ford, Chrysler and General Motors Corp")
# is not taken for one.
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?"
_COMMA_FIRM = re.compile(
    rf"{_NAME}(?:,[ \t\n]+{_NAME})+,?[ \t\n]+(?:and|&)[ \t\n]+(?:[A-Z][\w'’-]*[ \t\n]+)?"
    r"(?:Co|Cos|Company|Sons|Son|Brothers|Partners|Associates|Inc|Corp|Ltd|Plc)\b\.?"
    r"(?:,?[ \t]+(?:Inc|Ltd|Corp|Co)\b\.?)?")


_BLANKS = frozenset(" \t\n")  # what may stand between a comma and the next name
_POSSESSIVE = ("'s ", "’s ")
_APOSTROPHES = frozenset({"'", "’"})
# Names joined by "and" may wrap onto the next line in wire copy ("Securities and\nExchange
# Commission").
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_AND_BETWEEN = re.compile(rf"{_GAP}(?:and|&){_GAP}")


# A rating or research firm's name ends so without a legal form: "Moody's Investors Service",
# "Standard and Poor's Ratings Group" (a plural noun, then "service" or "group").
_RATER_TAILS = frozenset({"service", "services", "group"})


def rater_tail(keys: list[str]) -> bool:
    """Whether a run's keys after a possessive end a firm's name with no legal form: two
    words, a plural noun and "service" or "group" ("Investors Service", "Ratings Group")."""
    return len(keys) == 2 and keys[1] in _RATER_TAILS and keys[0][-1] == "s" \
        and keys[0] in COMMON_WORDS


def possessive_firms(run_list: list[Run]) -> dict[int, tuple[str, int]]:
    """Firms whose name holds a possessive before the legal form and common words
    ("McDonald's Corp", "Standard and Poor's Corp", "Moody's Investors Service Inc"), or
    that speak ("Moody's said it"): the scanner cuts runs at "'s". Keyed by the position of
    the run that opens the name: the name and where it ends. ("Japan's Sony Corp" is not
    one.)"""
    out: dict[int, tuple[str, int]] = {}
    # Both readings need an apostrophe right after a run (the owner's "'s", the speaker's).
    # (A comprehension: compress() over map() with a getter and a bound __contains__ cost
    # ~1,000 machine instructions a run, the comprehension ~600.)
    marked = [k for k, run in enumerate(run_list) if run.after in _APOSTROPHES]
    for k in [a + 1 for a in marked if a + 1 < len(run_list)]:
        run = run_list[k]
        if ((tail := run.keys[-1]) not in _SUFFIXES  # (rater_tail's own last test first)
                and (tail not in _RATER_TAILS or not rater_tail(run.keys))) or not all(
                w in _SUFFIXES or w in COMMON_WORDS or w in ORG_WORDS for w in run.keys):
            continue  # "Moody's Investors Service Inc", but not "Sony's Columbia Pictures Inc"
        owner = run_list[k - 1]
        if owner.text is not run.text or owner.caps or owner.keys[-1] in _SUFFIXES \
                or run.text[owner.end:run.start] not in _POSSESSIVE \
                or (len(owner.words) == 1 and is_country(owner.words[0])):
            continue  # not a firm's or a country's own ("Canada's Northern Telecom Ltd")
        name = f"{owner.surface()}'s {run.surface()}"
        first = k - 1
        if k >= 2:  # "Standard and" + "Poor's Corp"
            partner = run_list[k - 2]
            if partner.text is run.text and partner.keys[-1] not in _SUFFIXES \
                    and _AND_BETWEEN.fullmatch(run.text, partner.end, owner.start):
                name = f"{partner.surface()} and {name}"
                first = k - 2
        out[first] = (name, run.end)
    for k in marked:
        if (said := speaking_possessive(run_list, k)) and said[1] not in out:
            out[said[1]] = (said[0], said[2])
    return out


# A possessive that speaks is a firm's name: "Moody's said it", "Standard and Poor's said".
_OWN_NAME_SAYS = re.compile(r"['’]s,? said (?:it|on|in|that|late)\b")
# Two names joined by "and" whose possessive ends a clause, where no owned thing can follow
# it, are one firm's name ("rated AAA by Standard and Poor's."); one name alone is not
# ("the U.S. and Japan's.", "Reagan's,": a word was left out).
_AFTER_S = frozenset(".,;:) \t")  # what the two expressions read after the "'s"
_OWN_NAME_ENDS = re.compile(r"['’]s(?:[.,;:)](?!\w)|[ \t]+(?!(?:19|20)\d\d\b)\d)")  # (or
# before a figure that is no year: an index named after the firm, "Standard and Poor's 500")


def speaking_possessive(run_list: list[Run], k: int) -> tuple[str, int, int] | None:
    """``(name, first run, end)`` when run ``k`` and its "'s" are a firm that speaks
    ("Moody's said it ...", "Standard and Poor's said on Monday"), else None."""
    run = run_list[k]
    if run.caps:
        return None
    # Both expressions read "s" and a stop, a comma, a bracket or a blank after the apostrophe,
    # and after a blank "said", more blanks or a figure: most possessives own a noun ("Reagan's
    # policy"), which settles them without the two matches.
    text, end = run.text, run.end
    if text[end + 1:end + 2] != "s" or (c := text[end + 2:end + 3]) not in _AFTER_S or (
            c == " " and (c := text[end + 3:end + 4]) != "s" and c not in _BLANKS
            and not c.isdigit()):
        return None
    says = _OWN_NAME_SAYS.match(text, end) is not None
    if not says and _OWN_NAME_ENDS.match(text, end) is None:
        return None
    name, first = f"{run.surface()}'s", k
    if k >= 1:
        partner = run_list[k - 1]
        if partner.text is run.text and _AND_BETWEEN.fullmatch(run.text, partner.end, run.start):
            name, first = f"{partner.surface()} and {name}", k - 1
    if not says and (first == k or run.keys[-1] in ORG_WORDS or run.keys[-1] == "community"
                     or run_list[first].keys[0] in MONTHS_AND_DAYS):
        return None  # ("Grain and Feed Trade Association's, GAFTA": its name is whole; "the
        # June Standard and Poor's 500 futures": a contract, read in its own mentions)
    return name, first, run.end + 2


def comma_firm(run: Run) -> tuple[str, int] | None:
    """A firm named as partners listed with commas, when ``run`` opens the list: the name and
    where it ends; else None."""
    if run.after != ",":
        return None
    # The next name opens with a capital after the comma and blanks (a run holds no comma: the
    # expression's first name ends at this one). Most commas after a run are followed by a
    # lower-case word or a figure, which settles them without the match (~9,000 machine
    # instructions when it fails).
    text, end = run.text, run.end
    if text[end + 1:end + 2] not in _BLANKS or not (
            "A" <= (c := text[end + 2:end + 3]) <= "Z" or c in _BLANKS):
        return None
    m = _COMMA_FIRM.match(text, run.start)
    if m is None:
        return None
    listed = m.group().replace("&", " and ").rsplit(" and ", 1)[0].split(",")
    words = [w.strip(".,").lower() for w in m.group().split()]
    items = [item.split() for item in listed]
    if any(not item or item[-1].rstrip(".").lower() in _SUFFIXES or item[-1].isupper()
           for item in items) or words[0] in PARTNERS or words[0] in _SUFFIXES \
            or words.count(items[0][-1].lower()) > 1:
        return None  # firms listed ("Advest Inc, Blunt Ellis and Loewi Inc", "AZT, Merck and
        # Co Inc"), a person and the firm bearing the name ("Thomas McKiernan, McKiernan and Co")
    return " ".join(m.group().split()).rstrip("."), m.end()


_SUFFIXES = FIRM_SUFFIXES
_NOT_FIRST = frozenset({"the", "a", "an", "and", "of"})
# A first half may open with initials ("E.F. Hutton and Co Inc"); _GAP: a line may wrap.
_AND_BEFORE = re.compile(rf"(?<![\w.])((?:[A-Z][\w'’.-]*{_GAP}){{0,2}}[A-Z][\w'’-]*){_GAP}"
                         rf"(?:and|&){_GAP}$")
# The second half may end in its seat: "Savings and Loan Association of Bristol".
_AND_AFTER = re.compile(rf"{_GAP}(?:and|&){_GAP}((?:[A-Z][\w'’-]*{_GAP}){{0,2}}[A-Z][\w'’-]*"
                        rf"(?:{_GAP}of{_GAP}[A-Z][\w'’-]*(?:{_GAP}[A-Z][\w'’-]*){{0,2}}"
                        rf"(?!{_GAP}[A-Z]))?)"
                        r"(?![ \t]+(?:of|for|de)\b|[\w'’-])")
# A title on the next line: the second name was a title's ("Treasury\nSecretary James Baker").
_TITLE_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*([A-Z][a-z]+)")


def seated(words: list[str]) -> list[str]:
    """A body's name without the seat after its head ("Loan Association" of "Loan Association
    of Bristol"); the words unchanged when no "of" follows the first."""
    for k in range(1, len(words) - 1):
        if words[k] == "of":
            return words[:k]
    return words


# Words of a first half that name a body's trade: a body's word, or a thrift's "Savings" (a
# common noun no person's name holds: "Jefferson Savings and Loan Association").
_TRADE_HALF = ORG_WORDS | {"savings"}


def _seat_joins(first: list[str], head: list[str], last: str) -> bool:
    """Whether "<first> and <head> of <seat>" is one body's name ("Jefferson Savings and Loan
    Association of Warrenton", "Wyrough and Loser Inc of Trenton"): a head of one body's
    word is a body of its own ("Federal Reserve Board and Bank of England", "Group of Five and
    Group of Seven"), and so is one after a body's name ("Dai-Ichi Kangyo Bank and Morgan
    Guaranty Trust Co of New York"; not "First National Bank and Trust Co of Washington", a
    common noun and a suffix), a place ("New York and Gleason Plant Security Inc of
    Connecticut"), an acronym ("IMF and Paris Club") or one common word ("Health and State
    University of New York"). ``last``: the folded last word, a firm's suffix after the seat
    ("Canadian Pacific Oil and Gas of Canada Ltd")."""
    if len(head) < 2 and head[0].lower() not in PARTNERS and last not in _SUFFIXES:
        return False
    if first[-1].lower() in ORG_WORDS and not (
            (head[0].lower() in COMMON_WORDS or head[0].lower() in ORG_WORDS)
            and (head[-1].lower().rstrip(".") in _SUFFIXES or last in _SUFFIXES)):
        return False
    return not (is_big_place(" ".join(first)) or first[-1].isupper() or "of" in first
                or (len(first) == 1 and first[0].lower() in COMMON_WORDS))


def _joinable(first: list[str], second: list[str]) -> bool:
    """Whether "<first> and <second>" is one body's name: the second half ends with a body's
    word, the first is no firm of its own ("Guaranty Trust Co and Lloyds Bank") and no person
    ("Paul Volcker and Federal Reserve Board") unless partners follow ("Morgan and Co")."""
    if len(first) < 1:
        return False
    last = second[-1].lower().rstrip(".")
    if (head := seated(second)) is not second:
        if not _seat_joins(first, head, last):
            return False
        last = last if last in _SUFFIXES else head[-1].lower().rstrip(".")
    if last not in ORG_WORDS or first[-1].lower().rstrip(".,") in _SUFFIXES \
            or (len(first) == 1 and is_country(first[0])):
        return False  # ... nor a country ("Canada and Pearson Plc")
    if second[0].lower().rstrip(".") in PARTNERS:
        return True
    head = first[0].lower()
    if head not in first_names() or head in COMMON_WORDS:
        return True
    # A given name opening a half that names a body's trade or a state is no person's when a
    # common noun opens the second half ("Vernon Savings and Loan Association", "Virginia
    # Electric and Power Co"); not two bodies ("Christian Democratic Union and Free ...").
    return second[0].lower() in COMMON_WORDS and first[-1].lower() not in BODY_KINDS \
        and (not _TRADE_HALF.isdisjoint(w.lower() for w in first[1:]) or is_big_place(first[0]))


def and_prefix(run: Run) -> str:
    """The words joined by "and" before a body's name ("Securities and" + "Exchange
    Commission"), or "": a run of capitals stops at the lower-case "and"."""
    start = run.start
    before = run.text[start - 6 if start > 6 else 0:start]  # (no max() call)
    if not before.rstrip(" \t\n").endswith((" and", "\nand", "&")):
        return ""
    m = _AND_BEFORE.search(run.text, max(0, start - 50), start)
    if m is None:
        return ""
    words = run.text[m.start(1):start].split()
    if run.text[m.start(1) - 3:m.start(1)] == "of " and seated(run.words) is not run.words:
        return ""  # the end of another body's name ("Department of Health and State University
        # of New York")
    # A sentence may end inside the match ("... Fauber. Sears Roebuck and", "... Corp. Allen
    # and"; initials, "Alex." and "Geo." stay), and "Maine-based" describes the firm.
    ends = [k for k, w in enumerate(words) if w[-1:] == "." and (
        len(w) > 5 and w[1:-1].islower() or w[:-1].lower() in FIRM_SUFFIXES)]
    if ends:
        words = words[ends[-1] + 1:]
    while words and (words[0].lower() in _NOT_FIRST or words[0].endswith("-based")):
        del words[0]
    if len(words) < 2 or not _joinable(words[:-1], run.words):
        return ""
    return " ".join(words) + " "


def and_suffix(run: Run) -> bool:
    """Whether the run is the first half of a body's name joined by "and" ("Nelson Research"
    in "Nelson Research and Development Co"), named in full by the run after it."""
    m = _AND_AFTER.match(run.text, run.end)
    if m is None or not _joinable(run.words[-3:], m.group(1).split()):
        return False
    wrapped = _TITLE_NEXT_LINE.match(run.text, m.end())
    return wrapped is None or word_key(wrapped.group(1)) not in TITLE_WORDS
