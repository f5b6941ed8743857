"""CoNLL-2003-style tokenisation of plain text, to check that extraction does not depend on it.

Some archives keep wire copy as NLP corpora print it: clitics and punctuation split off by
spaces ("Germany 's", "Bundesbank , said", "( BSE )"). ``extract_eval.py --labels FILE
--tokenised`` scores a label set on its stories tokenised so; the extractor glues such text
back (``newsearch.extract.spacing``), and the figures should match the plain ones.
"""

from __future__ import annotations

import re

# Tokens whose full stop belongs to them: initials and abbreviations ("U.S.", "Corp.", "Ga.").
_KEEPS_STOP = re.compile(r"^(?:[A-Za-z]\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Co|Corp|Inc|Ltd|Bros|"
                         r"Gen|Sen|Rep|Gov|Col|Lt|Capt|No|[A-Z][a-z]{0,3})\.$")


def conll(text: str) -> str:
    """``text`` with clitics and punctuation split off by spaces, line by line (indentation
    kept, as it says where paragraphs start)."""
    lines = []
    for line in text.split("\n"):
        indent = line[:len(line) - len(line.lstrip(" "))]
        t = line.replace("\u2019", "'")
        t = re.sub(r"(\w)n't\b", r"\1 n't", t)
        t = re.sub(r"(\w)'(s|re|ve|ll|d|m)\b", r"\1 '\2", t)
        t = re.sub(r"(\w)s'(\s)", r"\1s '\2", t)
        t = re.sub(r'([(\["])(?=\S)', r"\1 ", t)
        t = re.sub(r'(?<=\S)([)\]"])', r" \1", t)
        t = re.sub(r"(?<=[^\d\s]),|,(?=\s)", " ,", t)
        t = re.sub(r"([;:!?])(?=\s|$)", r" \1", t)
        tokens = [tok[:-1] + " ." if tok.endswith(".") and len(tok) > 1
                  and not _KEEPS_STOP.match(tok) else tok for tok in t.split(" ")]
        lines.append(indent + re.sub(r" {2,}", " ", " ".join(tokens)).strip())
    return "\n".join(lines)
