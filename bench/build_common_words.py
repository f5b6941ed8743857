"""Learn the common-word list used to reject capitalised false hits (Reuters train split only).

A word is *common* when, away from sentence starts, it appears in lower case more often than
capitalised: "Human", "From", "March" are words before they are places or people. Written to
``search/newsearch/extract/data/common_words.txt``; run once, the output ships with the code.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "reuters21578"
OUT = Path(__file__).resolve().parents[1] / "search/newsearch/extract/data/common_words.txt"
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_WORD = re.compile(r"(?<![\w.])([A-Za-z][a-z]+)\b")


def main() -> None:
    """Count cased occurrences over reut2-000..010 and write the list."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for n in range(11):
        with gzip.open(DATA / f"reut2-{n:03d}.sgm.gz", "rt", encoding="latin-1") as fh:
            text = fh.read()
        for body in _BODY.findall(text):
            for m in _WORD.finditer(body):
                w = m.group(1)
                before = body[max(0, m.start() - 3):m.start()]
                para = "\n    " in body[m.start() - 6:m.start()]
                if re.search(r"[.!?\"]\s*$|^\s*$", before) or para:
                    continue  # sentence or paragraph start: capital says nothing
                (upper if w[0].isupper() else lower)[w.lower()] += 1
    common = sorted(w for w, c in lower.items() if c >= 3 and c > 2 * upper[w])
    OUT.write_text("\n".join(common) + "\n")
    print(len(common))


if __name__ == "__main__":
    main()
