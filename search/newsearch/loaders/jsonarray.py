"""Stream the elements of a top-level JSON array, in bounded memory.

``json.loads`` on a whole dump holds the file's text and every parsed record at
once: several times the file's size for a large export. This reader decodes the
file in chunks and parses one element at a time with ``JSONDecoder.raw_decode``,
so memory is one chunk plus the record being parsed, whatever the file's size.

An element that runs past the end of the buffered text fails to parse; then
more text is read and the same element is parsed again (so a chunk boundary
costs one re-parse of one record). Only a failure at the end of the buffer
means "read more": an error inside the buffered text is the file's, and stops
the read there, since nothing after a syntax error can be trusted to be an
element boundary.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from typing import BinaryIO

CHUNK_BYTES = 1 << 20
# One element may take this many characters at most: past it, an element that
# still does not parse is reported instead of buffering the rest of the file.
MAX_ELEMENT_CHARS = 64 << 20
# A syntax error, or an element's end, this close to the end of the buffered
# text may be a token cut by the chunk boundary ("tr" of "true", "1" of
# "1.5"): read more first.
_TAIL = 64
_WS = " \t\n\r"
_decoder = json.JSONDecoder()


class ArrayError(ValueError):
    """The array's text is malformed at element ``number`` (1-based)."""

    def __init__(self, number: int, reason: str) -> None:
        super().__init__(reason)
        self.number = number
        self.reason = reason


class _Text:
    """UTF-8 text of a byte stream, decoded chunk by chunk (bad bytes replaced once seen)."""

    def __init__(self, stream: BinaryIO, warn: Callable[[str], None]) -> None:
        self.stream = stream
        self.warn = warn
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.bytes_read = 0
        self.eof = False

    def more(self) -> str:
        """The next chunk of text ('' once the stream is exhausted)."""
        if self.eof:
            return ""
        data = self.stream.read(CHUNK_BYTES)
        self.eof = not data
        state = self.decoder.getstate()
        try:
            text = self.decoder.decode(data, final=self.eof)
        except UnicodeDecodeError as exc:
            # exc.start counts from the bytes the decoder held back from the last chunk.
            at = self.bytes_read - len(state[0]) + exc.start
            self.warn(f"invalid utf-8 at byte {at}: "
                      "decoded with replacement")
            self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
            self.decoder.setstate(state)
            text = self.decoder.decode(data, final=self.eof)
        self.bytes_read += len(data)
        return text


def iter_array(stream: BinaryIO, warn: Callable[[str], None]) -> Iterator[object]:
    """Yield each element of the JSON array that ``stream`` holds.

    ``warn`` receives file-level warnings (replaced bytes, text after the
    array). Raises :class:`ArrayError` for malformed text, naming the element;
    elements before it have been yielded.
    """
    source = _Text(stream, warn)
    buf, pos = source.more().removeprefix("\ufeff"), 0
    buf, pos = _skip_ws(source, buf, pos)
    if buf[pos:pos + 1] != "[":
        raise ArrayError(1, "expected a JSON array")
    pos += 1
    number = 0
    while True:
        buf, pos = _skip_ws(source, buf, pos)
        if buf[pos:pos + 1] == "]":
            break
        if number:
            if buf[pos:pos + 1] != ",":
                raise ArrayError(number + 1, _at_end(buf, pos, "expecting ',' or ']'"))
            buf, pos = _skip_ws(source, buf, pos + 1)
        number += 1
        value, buf, pos = _element(source, buf, pos, number)
        yield value
    buf, pos = _skip_ws(source, buf, pos + 1)
    if pos < len(buf):
        warn(f"text after the closing ']' ignored (element {number} was the last)")


def _element(source: _Text, buf: str, pos: int, number: int) -> tuple[object, str, int]:
    """Parse the element starting at ``pos``, reading more text while it is cut short."""
    while True:
        try:
            value, end = _decoder.raw_decode(buf, pos)
        except json.JSONDecodeError as exc:
            unterminated = exc.msg.startswith("Unterminated string")
            if source.eof:
                truncated = unterminated or exc.pos >= len(buf.rstrip())
                raise ArrayError(number, "unexpected end of file" if truncated
                                 else f"invalid JSON: {exc.msg}") from None
            if not (unterminated or exc.pos >= len(buf) - _TAIL):
                raise ArrayError(number, f"invalid JSON: {exc.msg}") from None
        except RecursionError:
            raise ArrayError(number, "JSON nested too deeply") from None
        else:
            # A value ending near the buffer's end may go on ("1" of "1.5").
            if end < len(buf) - _TAIL or source.eof:
                return value, buf, end
        if len(buf) - pos > MAX_ELEMENT_CHARS:
            raise ArrayError(number, f"element longer than {MAX_ELEMENT_CHARS} characters "
                                     "or not terminated")
        buf, pos = buf[pos:] + source.more(), 0


def _skip_ws(source: _Text, buf: str, pos: int) -> tuple[str, int]:
    """Move past whitespace, reading on while the buffer holds nothing else."""
    while True:
        while pos < len(buf) and buf[pos] in _WS:
            pos += 1
        if pos < len(buf) or source.eof:
            return buf, pos
        buf, pos = source.more(), 0


def _at_end(buf: str, pos: int, reason: str) -> str:
    return "unexpected end of file" if pos >= len(buf) else f"invalid JSON: {reason}"
