"""Plain-text articles: title on the first non-empty line, then the body.

The shipped form also repeats the title on the next line (dropped) and may
carry a photo caption with its credit right after it (kept out of the body
used for snippets, but still searchable).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import LoadError
from ..model import Article
from .common import (
    LoadOptions,
    LoadProblem,
    Reporter,
    content_hash,
    decode,
    ignore_problem,
    read_bytes,
)

# A caption ends with a parenthesised credit naming a photographer or agency:
# "(Ali Nasser / AFP/Getty Images)", "(Photo: Reuters)", "(AP Photo/John Doe)".
_CREDIT = re.compile(
    r"\((?:[^()]*/[^()]*|[^()]*\b(?:Photo|Photograph|Getty|AFP|AP|Reuters|EPA|Credit)\b[^()]*)\)\s*$"
)
_CAPTION_MAX_WORDS = 80


def is_caption(line: str) -> bool:
    """True if ``line`` looks like a photo caption with a credit at its end."""
    return bool(_CREDIT.search(line)) and len(line.split()) <= _CAPTION_MAX_WORDS


def parse_text(text: str, source_path: str = "") -> Article:
    """Split plain article text into title, caption and body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    if not nonempty:
        raise LoadError(source_path, "no text")
    title = lines[nonempty[0]].strip()
    rest = nonempty[1:]
    if rest and lines[rest[0]].strip() == title:
        rest = rest[1:]
    caption = ""
    if rest and is_caption(lines[rest[0]].strip()):
        caption = lines[rest[0]].strip()
        rest = rest[1:]
    body = "\n".join(lines[rest[0]:]).strip() if rest else ""
    # Collapse runs of blank lines to one paragraph break.
    body = re.sub(r"\n\s*\n+", "\n\n", body)
    return Article(title=title, body=body, caption=caption, path=source_path,
                   key=source_path, content_hash=content_hash(title, caption, body))


_MIN_WORDS_PER_LINE = 4
_WORD = re.compile(r"[^\W\d_]{2,}")


def not_article_reason(text: str) -> str | None:
    """Why ``text`` is a list or table rather than an article, or None if it may be one.

    Category lists, stop-word lists and id tables have one token per line or
    no line with a few real words; any prose has at least one such line.
    """
    lines = [line.split() for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and all(len(tokens) == 1 for tokens in lines):
        return "not an article (one token per line: a word list?)"
    if not any(len(_WORD.findall(" ".join(tokens))) >= _MIN_WORDS_PER_LINE for tokens in lines):
        return f"not an article (no line has {_MIN_WORDS_PER_LINE} or more words)"
    return None


def load(path: Path, options: LoadOptions | None = None,
         report: Reporter = ignore_problem) -> Iterator[Article]:
    """Yield the one article held by a plain-text file."""
    text, warning = decode(read_bytes(path), path)
    if warning:
        report(LoadProblem(str(path), warning, skipped=False))
    reason = not_article_reason(text)
    if reason:
        raise LoadError(str(path), reason)
    yield parse_text(text, str(path))
