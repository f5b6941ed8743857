"""Learn the acronym list used to keep capitals headlines' acronyms from passing for surnames
(Reuters train split only).

A word is an *acronym* when the mixed-case text of the stories writes it in capitals more than
twice as often as capitalised, and at least twice: "USDA", "OMB", "GATT" are acronyms,
"Reagan", "Lyng", "Boeing" are not. In a capitals headline ("... WHEAT FREE OF WINTERKILL -
USDA") case says nothing, so this list does. Written to
``search/newsearch/extract/data/acronyms.txt``; run once, the output ships with the code.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "reuters21578"
OUT = Path(__file__).resolve().parents[1] / "search/newsearch/extract/data/acronyms.txt"
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
# A word of three or more letters standing alone: not part of "U.S.", "AT&T" or "Hapag-Lloyd".
_WORD = re.compile(r"(?<![\w.&'-])([A-Za-z]{3,})(?![\w&'-])")


def main() -> None:
    """Count capitals and capitalised spellings over reut2-000..010 and write the list."""
    caps: Counter[str] = Counter()
    titled: Counter[str] = Counter()
    for n in range(11):
        with gzip.open(DATA / f"reut2-{n:03d}.sgm.gz", "rt", encoding="latin-1") as fh:
            text = fh.read()
        for body in _BODY.findall(text):
            for line in body.split("\n"):
                if sum(c.islower() for c in line) < 10:
                    continue  # a table or a capitals line: case says nothing there
                for m in _WORD.finditer(line):
                    w = m.group(1)
                    if w.isupper():
                        caps[w.lower()] += 1
                    elif w[0].isupper() and w[1:].islower():
                        titled[w.lower()] += 1
    acronyms = sorted(w for w, c in caps.items() if c >= 2 and c > 2 * titled[w])
    OUT.write_text("\n".join(acronyms) + "\n")
    print(len(acronyms))


if __name__ == "__main__":
    main()
