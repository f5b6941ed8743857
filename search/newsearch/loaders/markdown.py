"""Markdown articles, optionally with YAML front matter.

Front matter (between ``---`` lines at the top) gives the metadata with the
same field names and ``--map`` overrides as JSON records. Without a title
there, the first ``# heading`` (or else the first line) is the title. The
body keeps its Markdown, except that link and image syntax is reduced to its
text, so ``[the report](http://...)`` is searched and shown as ``the report``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..errors import LoadError
from ..model import Article
from .common import (
    LoadOptions,
    LoadProblem,
    Reporter,
    article_hash,
    decode,
    ignore_problem,
    read_bytes,
)
from .records import ALIASES, RecordError, record_to_article

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# A link's target may hold balanced parentheses, in its address or its quoted title:
# [war](https://en.wikipedia.org/wiki/War_%282023%29 "War (2023–present)").
_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"
# (A link's text is bounded: unbounded, a long line of unclosed brackets takes quadratic time.)
_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\]" + _TARGET)
_LINK = re.compile(r"\[([^\]\n]{1,500})\](?:" + _TARGET + r"|\[[^\]\n]{0,500}\])")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
# Emphasis as CommonMark reads it on one line: the opening run touches no space after it,
# the closing run none before it ("5 * 3 * 2" is arithmetic), and underscores never
# open or close inside a word ("snake_case_name"). At most 300 characters between the marks:
# unbounded, a long line of unmatched stars takes quadratic time.
_STARS = re.compile(r"(\*{1,3})(?=[^\s*])(.{1,300}?)(?<=[^\s*])\1(?!\*)")
_UNDERSCORES = re.compile(r"(?<![\w_])(_{1,3})(?=[^\s_])(.{1,300}?)(?<=[^\s_])\1(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~")
_CODE = re.compile(r"(`+)([^`\n]+?)\1(?!`)")
_HEADING = re.compile(r"^ {0,3}#\s+(.+?)\s*#*\s*$")
_SETEXT = re.compile(r"^ {0,3}=+\s*$")
# Keys no front matter uses, to hand body and derived title to the record mapper.
_BODY_KEY = "\x00body"
_TITLE_KEY = "\x00title"


def sniff(head: bytes) -> bool:
    """True if the file starts with YAML front matter holding a ``title:``."""
    return head.startswith(b"---\n") and b"\ntitle:" in head


def strip_links(text: str) -> str:
    """Reduce Markdown links and images to their text; drop reference definitions."""
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _LINK_DEF.sub("", text)
    return _AUTOLINK.sub(r"\1", text)


def strip_emphasis(text: str) -> str:
    """Drop emphasis, strike-through and code span markers, keeping their text.

    Left in, ``USS *Abraham Lincoln*`` splits a ship's name for the extractor and shows
    its asterisks in snippets. A line with more than ``_MAX_MARKS`` stars or underscores (a
    table, a rule, ASCII art) is left as it is."""
    if "`" in text:
        text = _CODE.sub(r"\2", text)
    if "~~" in text:
        text = _STRIKE.sub(r"\1", text)
    if "*" not in text and "_" not in text:
        return text
    return "\n".join(_line_emphasis(line) for line in text.split("\n"))


_MAX_MARKS = 60


def _line_emphasis(line: str) -> str:
    if ("*" not in line and "_" not in line) \
            or line.count("*") + line.count("_") > _MAX_MARKS:
        return line
    for _ in range(2):  # one pass per level: "**a *b* c**"
        line = _UNDERSCORES.sub(r"\2", _STARS.sub(r"\2", line))
    return line


def split_front_matter(text: str, path: str) -> tuple[dict[str, object], str]:
    """Return (front matter mapping, rest of the text); LoadError for bad YAML."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml  # only for files with front matter: every command would pay its import

    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise LoadError(path, f"bad front matter: {problem}{where}") from None
    except RecursionError:
        raise LoadError(path, "bad front matter: nested too deeply") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, Mapping):
        raise LoadError(path, "bad front matter: expected key: value pairs")
    return {str(k): v for k, v in meta.items()}, text[match.end():]


def _title_from_body(body: str) -> tuple[str, str]:
    """Take the first heading (ATX or setext), else the first line, as the title."""
    lines = body.split("\n")
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    if not nonempty:
        return "", ""
    first = nonempty[0]
    for i in nonempty:
        heading = _HEADING.match(lines[i])
        if heading:
            return heading.group(1).strip(), "\n".join(lines[:i] + lines[i + 1:])
        if i + 1 < len(lines) and _SETEXT.match(lines[i + 1]):
            return lines[i].strip(), "\n".join(lines[:i] + lines[i + 2:])
        break  # only a heading that opens the text counts
    title = re.sub(r"^[#>*\-\s]+", "", lines[first]).strip()
    return title, "\n".join(lines[first + 1:])


def load(path: Path, options: LoadOptions | None = None,
         report: Reporter = ignore_problem) -> Iterator[Article]:
    """Yield the one article of a Markdown file."""
    text, warning = decode(read_bytes(path), path)
    if warning:
        report(LoadProblem(str(path), warning, skipped=False))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(text, str(path))
    body = strip_emphasis(strip_links(body))
    options = options or LoadOptions()
    field_map = dict(options.field_map)
    title_keys = [field_map["title"]] if "title" in field_map else ALIASES["title"]
    if not any(meta.get(k) for k in title_keys):
        title, body = _title_from_body(body)
        meta[_TITLE_KEY] = title
        field_map["title"] = _TITLE_KEY
    # The text below the front matter is the body, whatever --map says.
    meta[_BODY_KEY] = re.sub(r"\n\s*\n+", "\n\n", body).strip()
    field_map["body"] = _BODY_KEY
    record = meta
    try:
        article = record_to_article(
            record, field_map=field_map, path=str(path), key=str(path),
            warn=lambda msg: report(LoadProblem(str(path), msg, skipped=False)))
    except RecordError as exc:
        reason = "no text" if str(exc) == "no title or body" else str(exc)
        raise LoadError(str(path), reason) from None
    article.title = strip_emphasis(strip_links(article.title))
    article.content_hash = article_hash(article)
    yield article
