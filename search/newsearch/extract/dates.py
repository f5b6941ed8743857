"""Story dates: the dateline first, then explicit full dates, then relative mentions.

Own regexes cover the common forms ("WASHINGTON, March 3 -", "May 22, 2015", "22 May 2015",
"2015-05-22"); ``dateparser`` (slow) is only tried on a dateline the regexes cannot read.
Relative mentions ("on Friday", "yesterday") and year-less datelines are resolved only against a
known reference (publication) date: nothing is invented.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from .data import wordlist, wordset

_MONTHS = {m: i + 1 for i, m in enumerate(
    wordlist("jan feb mar apr may jun jul aug sep oct nov dec"))}
_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?" \
       r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
# The year is on the date's own line: "25 February\n\n2000 GMT" is a day and a kick-off time.
_MONTH_DAY = re.compile(rf"\b{_MON}\s+{_DAY}\b(?:,?[^\S\n]+{_YEAR}\b)?")
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+{_MON}\b(?:,?[^\S\n]+{_YEAR}\b)?")
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")
# Datelines are typed in a hurry ("FEb 26"): there, month names match in any case.
_DATELINE_PATTERNS = (re.compile(_MONTH_DAY.pattern, re.I), re.compile(_DAY_MONTH.pattern, re.I),
                      _ISO)
# A dateline at the head of a body: "DAMASCUS, May 22 (Reuters) -", "BEIRUT —".
_HEAD_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .,'’()-]{1,60}?)(?:,[ \t]*[A-Z][a-z]{1,12}\.?(?:[ \t][A-Z][a-z]+\.?)?"
    r"(?=,))?(?:,\s*(?P<date>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}"
    r"(?:,?\s+\d{4})?))?\s*(?:\([A-Za-z .]+\)\s*)?[-—–]{1,2}\s")
# The same with the town in mixed case ("New York, March 12 -", "Calgary, Alberta, March 16
# -"): only with a month's name and a day, or any sentence with a dash would pass.
_MIXED_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})(?:,[ \t]*[A-Z][a-z]{1,12}\.?"
    r"(?:[ \t][A-Z][a-z]+\.?)?(?=,))?,\s*(?P<date>" + _MON[:-3].replace("(?P<mon>", "(?:")
    + r"\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*(?:\([A-Za-z .]+\)\s*)?[-—–]{1,2}\s")
# A dateline on a line of its own, with a numeric date: "BRUSSELS 1996-08-22", "AL-AIN ,
# United Arab Emirates 1996-12-06".
_LINE_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'’-]{1,40}?)(?:[ \t]*,[ \t]*[A-Z][\w.'’ -]{1,40}?)?[ \t]+"
    r"(?P<date>\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})[ \t]*(?:\n|$)")
_WEEKDAYS = {d: i for i, d in enumerate(
    wordlist("monday tuesday wednesday thursday friday saturday sunday"))}
_RELATIVE = re.compile(r"\b(?:(?P<on>on|last|this|late|early)\s+)?(?P<wd>Monday|Tuesday|"
                       r"Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?P<rel>yesterday|"
                       r"today|tonight)\b", re.I)


def _make(year: int | None, mon: str, day: str, reference: datetime | None) -> datetime | None:
    """A date from parts; a missing year comes from the reference, never from nowhere."""
    try:
        month = int(mon) if mon.isdigit() else _MONTHS[mon[:3].lower()]
        d = int(day)
    except (KeyError, ValueError):
        return None
    if year is None:
        if reference is None:
            return None
        year = reference.year
        try:
            candidate = datetime(year, month, d)
        except ValueError:
            return None
        # A dateline is never far after publication: "Dec 31" read in January is last year.
        if candidate - reference > timedelta(days=7):
            year -= 1
    try:
        return datetime(year, month, d)
    except ValueError:
        return None


_YEAR_ANY = re.compile(r"(?:1[89]|20)\d\d\b")
_YEAR_LEADS = ("18", "19", "20")
# Every month name _MON matches starts with one of these (case matters there).
_MONTH_PREFIXES = tuple(m.title() for m in _MONTHS)
# Whether a text holds one of them: one search in C, not a test per month.
_HAS_MONTH = re.compile("|".join(_MONTH_PREFIXES)).search


def _year_spans(text: str) -> list[tuple[int, int]]:
    """Where ``_YEAR_ANY`` matches in ``text``, in order (two matches never overlap).

    ``str.find`` jumps to the few "18", "19", "20" in a story; a regular expression scanning
    for the class [12] costs some 60 machine instructions a character.
    """
    out = []
    for lead in _YEAR_LEADS:
        at = text.find(lead)
        while at >= 0:
            m = _YEAR_ANY.match(text, at)
            if m is not None:
                out.append(m.span())
            at = text.find(lead, at + 1)
    if len(out) > 1:
        out.sort()
    return out


# A full date found in running text is the story's date only where news puts a publication
# date: near the top ("Posted 22 May 2015", "May 22, 2015 - The army said ...", or an event
# "on 22 May 2015" in the lead), or on a line of its own. Deeper in a story a full date is what
# the story tells about (a birth, a deadline, a war) and dating the story by it would put a
# 2005 profile in 1951: undated is the honest answer there.
LEAD_CHARS = 400
# A date right after one of these bounds a period or names another event: "until 15 July 2006",
# "the three months to 31 December 2004", "born on ...", not the day the story happened.
_BOUND_WORDS = wordset("until till to by from since before after between through ending "
                        "ended born died expires expiring deadline")
# In the date's sentence, these make it a past event told about: "born on 5 April 1920",
# "vanished 10 years ago, on 1 February 1995".
_HISTORY_WORDS = wordset("born died ago anniversary")
# Words a dateline or publication line may hold besides the date itself.
_PUBLISHED_WORDS = wordset("published posted updated filed dated")
_STAMP_WORDS = _PUBLISHED_WORDS | wordset(
    "last date on at gmt bst utc cet est edt pst pdt et "
    "am pm a.m. p.m. local time monday tuesday wednesday thursday friday saturday sunday "
    "mon tue wed thu fri sat sun")
_LINE_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")


def _publication_position(text: str, start: int, end: int) -> bool:
    """Whether a date at ``text[start:end]`` stands where a story's own date stands."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    rest = (text[line_start:start] + " " + text[end:line_end]).lower()
    if all(w in _STAMP_WORDS for w in _LINE_WORD.findall(rest)):
        return True  # a line of its own: a publication stamp, a table of fixtures
    before = _LINE_WORD.findall(text[max(line_start, start - 40):start].lower())
    if before and before[-1] in _BOUND_WORDS:
        return False
    sentence_start = max(line_start, text.rfind(". ", 0, start) + 1)
    sentence_end = text.find(". ", end)
    sentence = text[sentence_start:line_end if sentence_end < 0 else min(sentence_end, line_end)]
    if not _HISTORY_WORDS.isdisjoint(_LINE_WORD.findall(sentence.lower())):
        return False
    if start < LEAD_CHARS:
        return True
    return bool(before) and before[-1] in _PUBLISHED_WORDS


def _first_full(text: str, reference: datetime | None, need_year: bool) -> datetime | None:
    if need_year:
        # A full date holds a year: look only around the years, not through the whole story,
        # and only where a month's name or an ISO dash could make one. (Finding the years is
        # cheaper than testing the whole story for twelve month names first.)
        spans = _year_spans(text)
        latest = None  # (worked out for a date found: most stories have none)
        for start, end in spans:
            origin = start - 24 if start > 24 else 0  # (max() is a dear call)
            window = text[origin:end + 7]
            if "-" not in window and _HAS_MONTH(window) is None:
                continue
            found = _first_in(window, reference, True, with_span=True)
            if found is not None:
                date, (m_start, m_end) = found
                at, to = origin + m_start, origin + m_end
                # A story names no year after its own (give or take one for what it
                # announces): a date followed by talk of later years is history ("met on 14
                # May, 1870 ... in 1995").
                if latest is None:
                    latest = max(int(text[a:b]) for a, b in spans)
                if date.year + 1 >= latest and _publication_position(text, at, to):
                    return date
        return None
    return _first_in(text, reference, False)


def _first_in(text: str, reference: datetime | None, need_year: bool,
              patterns: tuple[re.Pattern, ...] = (_MONTH_DAY, _DAY_MONTH, _ISO),
              with_span: bool = False) -> Any:
    """The first date in ``text`` (with its span when ``with_span``), or None."""
    best: tuple[int, datetime, tuple[int, int]] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            year = m.group("year")
            if need_year and not year:
                continue
            date = _make(int(year) if year else None, m.group("mon"), m.group("day"), reference)
            if date is not None:
                if best is None or m.start() < best[0]:
                    best = (m.start(), date, m.span())
                break
    if best is None:
        return None
    return (best[1], best[2]) if with_span else best[1]


def dateline_date(dateline: str, reference: datetime | None = None) -> datetime | None:
    """The date in a dateline string ("WASHINGTON, March 3 -"), or None."""
    if reference is None and not _year_spans(dateline):
        # Without a reference only a date with its year counts, and there is none: the
        # case-blind expressions below would cost more than the rest of the story's dating.
        return None
    date = _first_in(dateline, reference, False, _DATELINE_PATTERNS)
    if date is None and reference is not None and re.search(r"\d", dateline):
        date = _dateparser(dateline, reference)
    return date


def _dateparser(text: str, reference: datetime) -> datetime | None:
    import dateparser  # slow to import and to run: the last resort only

    try:
        parsed = dateparser.parse(text.strip(" -—–"), languages=["en"],
                                  settings={"RELATIVE_BASE": reference,
                                            "PREFER_DATES_FROM": "past"})
    except Exception:  # dateparser raises assorted internal errors on odd input
        return None
    return datetime(parsed.year, parsed.month, parsed.day) if parsed else None


def split_dateline(body: str) -> tuple[str, int]:
    """A dateline at the head of ``body`` and the offset where the story proper starts."""
    head = body[:120]
    m = _HEAD_DATELINE.match(head) or _LINE_DATELINE.match(head) or _MIXED_DATELINE.match(head)
    if not m or len(m.group("place").split()) > 6:
        return "", 0
    letters = [c for c in body[m.end():m.end() + 60].partition("\n")[0] if c.isalpha()]
    if len(letters) >= 10 and sum(c.islower() for c in letters) < 0.3 * len(letters):
        return "", 0  # a headline in capitals goes on: "SOCCER - JAPAN GET LUCKY WIN"
    return m.group(0), m.end()


def relative_date(text: str, reference: datetime) -> datetime | None:
    """The first weekday or "yesterday"/"today" mention, resolved against ``reference``.

    A weekday means the latest such day not after the reference: a Friday story's "on Friday"
    is that Friday; "last Friday" is at least a day back.
    """
    ref = datetime(reference.year, reference.month, reference.day)
    for m in _RELATIVE.finditer(text):
        if m.group("rel"):
            word = m.group("rel").lower()
            return ref - timedelta(days=1) if word == "yesterday" else ref
        back = (ref.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7
        if back == 0 and (m.group("on") or "").lower() == "last":
            back = 7
        return ref - timedelta(days=back)
    return None


def extract_date(text: str, dateline: str = "",
                 reference: datetime | None = None) -> datetime | None:
    """The date a story is from, or None when the text does not say.

    Order: the dateline (given, or found at the head of ``text``), then the first explicit full
    date with a year where a story's own date stands (the lead, a line of its own, after
    "Published"; not after "until" or "born"), then, only if ``reference`` is known, a relative
    mention.
    """
    if not dateline:
        dateline, _ = split_dateline(text)
    if dateline:
        date = dateline_date(dateline, reference)
        if date is not None:
            return date
    date = _first_full(text, reference, need_year=True)
    if date is not None:
        return date
    return relative_date(text, reference) if reference is not None else None
