"""Words seen mostly in lower case in wire copy (``common_words.txt``, one per line).

Learned by bench/build_common_words.py on reut2-000..010 only, plus every spelled number:
wire copy writes numbers above nine in digits, so the learned list lacks "eleven" or "forty",
yet a story may open with one ("Eleven people are killed ...") and no number is a name.
"""

from importlib.resources import files

from ...analysis import NUMBER_WORDS

WORDS: frozenset[str] = frozenset(
    files(__package__).joinpath("common_words.txt").read_text(encoding="utf-8").split()
) | NUMBER_WORDS
