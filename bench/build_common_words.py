"""Learn the word lists that letter case teaches (Reuters train split only).

- *Common words* (``common_words.txt``): away from sentence starts, a word seen in lower case
  more often than capitalised. "Human", "From", "March" are words before they are places or
  people.
- *Acronyms* (``acronyms.txt``): a word the mixed-case text writes in capitals more than
  twice as often as capitalised, and at least twice. "USDA", "OMB", "GATT" are acronyms,
  "Reagan", "Lyng", "Boeing" are not; in a capitals headline ("... WHEAT FREE OF WINTERKILL -
  USDA") case says nothing, so this list does.

Both are written to ``search/newsearch/extract/data/``; run once, the output ships with the
code.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "reuters21578"
OUT = Path(__file__).resolve().parents[1] / "search/newsearch/extract/data"
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_WORD = re.compile(r"(?<![\w.])([A-Za-z][a-z]+)\b")
# A word of three or more letters standing alone: not part of "U.S.", "AT&T" or "Hapag-Lloyd".
_ALONE = re.compile(r"(?<![\w.&'-])([A-Za-z]{3,})(?![\w&'-])")


def _count_case(body: str, lower: Counter[str], upper: Counter[str]) -> None:
    """Lower-case and capitalised uses of each word away from sentence starts."""
    for m in _WORD.finditer(body):
        w = m.group(1)
        before = body[max(0, m.start() - 3):m.start()]
        para = "\n    " in body[m.start() - 6:m.start()]
        if re.search(r"[.!?\"]\s*$|^\s*$", before) or para:
            continue  # sentence or paragraph start: capital says nothing
        (upper if w[0].isupper() else lower)[w.lower()] += 1


def _count_capitals(body: str, caps: Counter[str], titled: Counter[str]) -> None:
    """Capitals and capitalised spellings of each word on mixed-case lines."""
    for line in body.split("\n"):
        if sum(c.islower() for c in line) < 10:
            continue  # a table or a capitals line: case says nothing there
        for m in _ALONE.finditer(line):
            w = m.group(1)
            if w.isupper():
                caps[w.lower()] += 1
            elif w[0].isupper() and w[1:].islower():
                titled[w.lower()] += 1


def main() -> None:
    """Count cased occurrences over reut2-000..010 and write both lists."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    caps: Counter[str] = Counter()
    titled: Counter[str] = Counter()
    for n in range(11):
        with gzip.open(DATA / f"reut2-{n:03d}.sgm.gz", "rt", encoding="latin-1") as fh:
            text = fh.read()
        for body in _BODY.findall(text):
            _count_case(body, lower, upper)
            _count_capitals(body, caps, titled)
    common = sorted(w for w, c in lower.items() if c >= 3 and c > 2 * upper[w])
    (OUT / "common_words.txt").write_text("\n".join(common) + "\n")
    acronyms = sorted(w for w, c in caps.items() if c >= 2 and c > 2 * titled[w])
    (OUT / "acronyms.txt").write_text("\n".join(acronyms) + "\n")
    print(len(common), "common words,", len(acronyms), "acronyms")


if __name__ == "__main__":
    main()
